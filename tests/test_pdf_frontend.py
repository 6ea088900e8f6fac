"""The PDF front end: lines, roles, markers, headings and paragraph starts read off real PDFs.

The expectations below were read by eye from the PDFs in tests/data/pdf (see the README
there). Every case runs with both backends, and the two must give the same lines.
"""

from __future__ import annotations

import ctypes
import io
import os
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from kamerparse.errors import ParseError
from kamerparse.frontends.pdf import read_pdf
from kamerparse.layout import MARK_CLOSE, MARK_OPEN, Layout, Line

PDFS = Path(__file__).parent / "data" / "pdf"
BACKENDS = ["pdfium", "pdfplumber"]
LETTER = "kst-27925-963.pdf"
AANHANGSEL = "aanhangsel-ah-tk-20232024-1786.pdf"
MOTIE = "motie-kst-21501-02-3121.pdf"
CII = "kst-CII-G.pdf"
A62 = "rb-kst-34775-A-62.pdf"


@cache
def layout(name: str, backend: str) -> Layout:
    return read_pdf((PDFS / name).read_bytes(), backend)


def shown(text: str) -> str:
    """Line text with in-band markers written [^N], as the gold writes them."""
    return text.replace(MARK_OPEN, "[^").replace(MARK_CLOSE, "]")


def find(lay: Layout, text: str) -> Line:
    hits = [line for line in lay.lines if shown(line.text) == text]
    assert hits, f"no line {text!r}"
    return hits[0]


# (file, printed line as shown, expected fields)
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # first-page masthead: furniture, text as printed
    (LETTER, "2", {"role": "furniture", "page": 1}),
    (LETTER, "Tweede Kamer der Staten-Generaal", {"role": "furniture"}),
    (LETTER, "Vergaderjaar 2023–2024", {"role": "furniture"}),
    # dossier and title block: header content, label column and text column on one line
    (LETTER, "27 925 Bestrijding internationaal terrorisme", {"role": None, "heading": False}),
    (
        LETTER,
        "Nr. 963 BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE",
        {"role": None, "heading": False, "starts_paragraph": True, "bold": True, "x0": 55.0},
    ),
    (LETTER, "ZAKEN", {"heading": False, "starts_paragraph": False, "x0": 221.0}),
    (LETTER, "Den Haag, 20 december 2023", {"starts_paragraph": True, "gap_before": True}),
    # headings: italic body-size lines standing alone
    (
        LETTER,
        "Veiligheidssituatie in Irak",
        {"heading": True, "italic": True, "starts_paragraph": True, "gap_before": True},
    ),
    (LETTER, "NMI en OIR", {"heading": True, "page": 2}),
    (LETTER, "Combined Maritime Forces (CMF)", {"heading": True, "page": 3}),
    # running text: paragraph starts from gaps, continuation lines, markers in-band
    (
        LETTER,
        "Op 13 november jl. is het dreigingsniveau voor drones en indirect vuur op",
        {"heading": False, "starts_paragraph": True, "gap_before": True, "italic": False},
    ),
    (
        LETTER,
        "aan Iran gelieerde milities[^1] op verschillende coalitiebases (onder andere Ain Al",
        {"starts_paragraph": False, "gap_before": False, "size": 9.1},
    ),
    (
        LETTER,
        "van beperkte materiële schade en lichte verwondingen.[^2] De dreiging tegen",
        {"starts_paragraph": False},
    ),
    # hyphenation kept as printed
    (
        LETTER,
        "Conform de toezegging van de Minister van Defensie tijdens het commissiede-",
        {"starts_paragraph": True},
    ),
    (LETTER, "bat over de veiligheidsinzet in Irak van 26 oktober jl. (Kamerstuk 27 925, nr.", {}),
    # footnotes: "N text" on the first line, continuation lines after it
    (
        LETTER,
        "1 De aanvallen worden in vrijwel alle gevallen geclaimd door «al-Muqawama"
        " al-Islamiyah fil Iraq»",
        {"role": "footnote", "starts_paragraph": True, "size": 7.0},
    ),
    (
        LETTER,
        "(het Islamitische Verzet in Irak). Dit is geen daadwerkelijke militie, maar wordt"
        " gebruikt als een",
        {"role": "footnote", "starts_paragraph": False},
    ),
    (
        LETTER,
        "2 In totaal hebben er in de periode 18 oktober tot 12 december jl. ca. 117 aanvallen"
        " plaatsgevonden",
        {"role": "footnote", "starts_paragraph": True},
    ),
    # footers: furniture, text as printed
    (LETTER, "kst-27925-963", {"role": "furniture"}),
    (LETTER, "ISSN 0921 - 7371", {"role": "furniture"}),
    (
        LETTER,
        "’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 1",
        {"role": "furniture", "page": 1},
    ),
    (LETTER, "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 2", {"role": "furniture"}),
    # a paragraph running over a page break stays one paragraph
    (
        LETTER,
        "Iraakse regering verzekerd dat zij haar verantwoordelijkheid neemt in het be-",
        {"page": 2, "page_start": True, "starts_paragraph": False, "role": None},
    ),
    (
        LETTER,
        "fen voor de bescherming van het missiepersoneel. Er zijn onder andere aan-",
        {"page": 3, "page_start": True, "starts_paragraph": False},
    ),
    (
        LETTER,
        "over het besluit met maximaal twee stafofficieren extra bij te dragen aan de",
        {"page": 4, "page_start": True, "starts_paragraph": False},
    ),
    # signature: each line its own paragraph
    (LETTER, "De Minister van Defensie,", {"starts_paragraph": True, "heading": False}),
    (LETTER, "K.H. Ollongren", {"starts_paragraph": True, "heading": False}),
    # Eerste Kamer letter: chamber mark 1, a dossier title wrapped under the text column
    (CII, "1", {"role": "furniture"}),
    (CII, "Eerste Kamer der Staten-Generaal", {"role": "furniture"}),
    (CII, "CII Nota «Bestuur in samenhang. De bestuurlijke", {"role": None, "heading": False}),
    (CII, "organisatie in Nederland.»", {"starts_paragraph": False, "heading": False}),
    (CII, "RIJKSRELATIES", {"starts_paragraph": False, "heading": False}),
    # markers just before punctuation; footnotes of one line each
    (
        A62,
        "openbaar vervoer, niemand wil het betalen.».[^1] Op 14 maart 2018 is door de",
        {"starts_paragraph": False},
    ),
    (
        A62,
        "reageren op het bericht «NS waarschuwt voor verbouwing Amsterdam CS»[^2].",
        {"starts_paragraph": False},
    ),
    (A62, "2 NRC, 5 maart 2018.", {"role": "footnote", "starts_paragraph": True}),
    # the official motie: Univers fonts, "21 501" and a smaller "-02" on one baseline
    (MOTIE, "21 501-02 Raad Algemene Zaken en Raad Buitenlandse", {"role": None, "bold": True}),
    (MOTIE, "Zaken", {"starts_paragraph": False, "heading": False}),
    (MOTIE, "Nr. 3121 MOTIE VAN HET LID CEDER", {"heading": False, "x0": 55.3}),
    (MOTIE, "Voorgesteld 10 april 2025", {"starts_paragraph": True, "heading": False}),
    (MOTIE, "en Rafah wil ontruimen;", {"starts_paragraph": False}),
    (MOTIE, "Ceder", {"starts_paragraph": True, "gap_before": True}),
    (MOTIE, "kst-21501-02-3121", {"role": "furniture"}),
    # the place and the running footer share a baseline at different sizes: one line
    (
        MOTIE,
        "’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121",
        {"role": "furniture"},
    ),
    # the official Aanhangsel: masthead items beside each other are separate lines
    (AANHANGSEL, "Vergaderjaar 2023–2024", {"role": "furniture"}),
    (AANHANGSEL, "Aanhangsel van de Handelingen", {"role": "furniture"}),
    (
        AANHANGSEL,
        "Vragen gesteld door de leden der Kamer, met de daarop door de",
        {"role": "furniture"},
    ),
    (AANHANGSEL, "1786", {"role": None, "heading": False}),
    # a superscript marker between a word and "?" (pdfium and pdfplumber see a gap each side)
    (AANHANGSEL, "destruction» van Both Ends[^1]?", {"starts_paragraph": False}),
    # two-digit markers; the text right of a marker comes first in the content stream
    (
        AANHANGSEL,
        "gepubliceerd op de website.[^16] De evaluator merkt hierbij op dat exportkre-",
        {"page": 6, "starts_paragraph": False},
    ),
    (
        AANHANGSEL,
        "standaarden voor maatschappelijk verantwoord ondernemen (mvo).[^2] Sinds",
        {"page": 2, "page_start": True, "starts_paragraph": False},
    ),
    # no vertical gap between paragraphs here: the previous line ended short of the margin
    (
        AANHANGSEL,
        "Als er in projecten milieu wordt aangetast of het levensonderhoud van",
        {"starts_paragraph": True, "gap_before": False},
    ),
    (AANHANGSEL, "Vraag 2", {"starts_paragraph": True, "gap_before": True}),
    # footnote numbers set small and raised, text on a hanging indent
    (
        AANHANGSEL,
        "16 Het actuele transparantiebeleid is te raadplegen op de website van ADSB:"
        " Beleidsdocumenten",
        {"role": "footnote", "starts_paragraph": True, "size": 6.93},
    ),
    (
        AANHANGSEL,
        "Atradius DSB, transparantie, mvo (atradiusdutchstatebusiness.nl)",
        {"role": "footnote", "starts_paragraph": False},
    ),
    (
        AANHANGSEL,
        "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
        {"role": "furniture"},
    ),
    (AANHANGSEL, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 6", {"role": "furniture"}),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_line(name: str, text: str, expected: dict[str, Any], backend: str) -> None:
    line = find(layout(name, backend), text)
    for field, value in expected.items():
        got = getattr(line, field)
        if isinstance(value, float):
            assert got == pytest.approx(value, abs=0.05), field
        else:
            assert got == value, f"{field}: {got!r} != {value!r}"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("name", "pages", "headings", "footnotes"),
    [
        (
            LETTER,
            4,
            [
                "Veiligheidssituatie in Irak",
                "Gevolgen huidige en geplande Nederlandse missie-inzet in Irak",
                "NMI en OIR",
                "EUAM Irak",
                "Combined Maritime Forces (CMF)",
            ],
            ["1", "2"],
        ),
        (A62, 1, [], ["1", "2"]),
        (CII, 1, [], []),
        (MOTIE, 1, [], []),
        (AANHANGSEL, 6, [], [str(n) for n in range(1, 17)]),
    ],
)
def test_document(
    name: str, pages: int, headings: list[str], footnotes: list[str], backend: str
) -> None:
    lay = layout(name, backend)
    assert lay.format == "pdf"
    assert lay.pages == pages
    assert [line.text for line in lay.lines if line.heading] == headings
    starts = [
        line.text.split(" ", 1)[0]
        for line in lay.lines
        if line.role == "footnote" and line.starts_paragraph
    ]
    assert starts == footnotes
    # every marker names a footnote of the document, and only body lines carry markers
    marks = [
        part.split(MARK_CLOSE)[0] for line in lay.lines for part in line.text.split(MARK_OPEN)[1:]
    ]
    assert sorted(set(marks), key=int) == footnotes
    assert all(MARK_OPEN not in line.text for line in lay.lines if line.role)
    # every line carries the evidence fields
    for line in lay.lines:
        assert line.text == line.text.strip() and line.text
        assert 1 <= line.page <= pages
        assert isinstance(line.bold, bool) and isinstance(line.italic, bool)
        assert line.size and line.size > 0 and line.x0 is not None
        if line.role != "furniture":
            assert isinstance(line.starts_paragraph, bool) and isinstance(line.heading, bool)
    firsts = [line for line in lay.lines if line.page_start]
    assert [line.page for line in firsts] == list(range(2, pages + 1))


@pytest.mark.parametrize("name", [LETTER, A62, CII, MOTIE, AANHANGSEL])
@pytest.mark.needs_pdfplumber
def test_backends_agree(name: str) -> None:
    def key(line: Line) -> tuple:
        return (
            line.text,
            line.page,
            line.role,
            line.heading,
            line.starts_paragraph,
            line.gap_before,
            line.page_start,
            line.bold,
            line.italic,
        )

    a, b = layout(name, "pdfium"), layout(name, "pdfplumber")
    assert [key(line) for line in a.lines] == [key(line) for line in b.lines]
    for x, y in zip(a.lines, b.lines, strict=True):
        assert x.x0 == pytest.approx(y.x0, abs=0.5)
        assert x.size == pytest.approx(y.size, abs=0.05)


def test_auto_is_pdfium() -> None:
    data = (PDFS / CII).read_bytes()
    assert read_pdf(data).lines == read_pdf(data, "pdfium").lines


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="unknown PDF backend"):
        read_pdf((PDFS / CII).read_bytes(), "mupdf")


# --- synthetic PDFs, made with pdfium's editing API --------------------------------------


def make_pdf(
    pages: list[list[tuple[str, float | None, float, float, str]]], image: bool = False
) -> bytes:
    """A PDF whose pages show the given (text, x, top-down baseline y, size, font) items.

    x None: right after the previous item's ink, as a typesetter sets a superscript. An item
    whose text is ``RULE`` draws a horizontal rule of length ``size``.
    """
    doc = pdfium.PdfDocument.new()
    try:
        for items in pages:
            page = doc.new_page(595, 842)
            right = 0.0
            for text, x, y, size, font in items:
                if text == RULE:  # a thin horizontal line from x to x + size at y
                    path = pdfium_c.FPDFPageObj_CreateNewPath(x, 842 - y)
                    pdfium_c.FPDFPath_LineTo(path, x + size, 842 - y)
                    pdfium_c.FPDFPageObj_SetStrokeWidth(path, 0.3)
                    pdfium_c.FPDFPath_SetDrawMode(path, pdfium_c.FPDF_FILLMODE_NONE, True)
                    pdfium_c.FPDFPage_InsertObject(page.raw, path)
                    continue
                obj = pdfium_c.FPDFPageObj_NewTextObj(doc.raw, font.encode(), size)
                buf = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
                pdfium_c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
                x = right + 0.3 if x is None else x
                pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, 842 - y)
                pdfium_c.FPDFPage_InsertObject(page.raw, obj)
                edges = [ctypes.c_float() for _ in range(4)]
                pdfium_c.FPDFPageObj_GetBounds(obj, *edges)
                right = edges[2].value
            if image:
                img = pdfium.PdfImage.new(doc)
                img.set_bitmap(pdfium.PdfBitmap.new_native(40, 40, pdfium_c.FPDFBitmap_BGR))
                img.set_matrix(pdfium.PdfMatrix().scale(500, 700).translate(40, 60))
                page.insert_obj(img)
            page.gen_content()
            page.close()
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    finally:
        doc.close()


H = "Helvetica"
RULE = "<rule>"


def body(lines: list[str], top: float = 100.0, step: float = 12.0) -> list[tuple]:
    return [(text, 100.0, top + i * step, 10.0, H) for i, text in enumerate(lines)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_scripts_that_are_not_markers_stay_text(backend: str) -> None:
    items = [
        ("De uitstoot van CO", 100, 100, 10, H),
        ("2", None, 102.5, 6, H),  # subscript: sunk under the baseline
        (" daalt met 3 procent per m", None, 100, 10, H),
        ("2", None, 96, 6, H),  # raised, but a power: "m2"
        (" oppervlak en dat staat in noot", None, 100, 10, H),
        ("3", None, 96, 6, H),  # raised, and there is no footnote 3
        ("Dit zegt een woord", 100, 112, 10, H),
        ("1", None, 108, 6, H),  # raised, and footnote 1 exists: a marker
        (" hier.", None, 112, 10, H),
        ("1 De voetnoot.", 100, 700, 7, H),
    ]
    lay = read_pdf(make_pdf([items]), backend)
    texts = [shown(line.text) for line in lay.lines]
    assert (
        texts[0] == "De uitstoot van CO2 daalt met 3 procent per m2 oppervlak en dat staat in noot3"
    )
    assert texts[1] == "Dit zegt een woord[^1] hier."
    assert lay.lines[-1].role == "footnote"
    assert texts[-1] == "1 De voetnoot."


# a document that prints no footnotes (a render that left them out): raised numbers that
# count 1, 2, ... are its markers; anything else breaks the count and stays text
UNNOTED = [
    (["1", "2"], ["Eerste Kamer[^1]. Mij was verzocht", "Kieswet[^2] niet"]),
    (["2", "3"], ["Eerste Kamer2. Mij was verzocht", "Kieswet3 niet"]),
    (["1", "1"], ["Eerste Kamer1. Mij was verzocht", "Kieswet1 niet"]),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("raised", "texts"), UNNOTED, ids=["count", "no start", "repeat"])
def test_raised_numbers_without_footnotes(
    raised: list[str], texts: list[str], backend: str
) -> None:
    items = [
        ("Eerste Kamer", 100, 100, 10, H),
        (raised[0], None, 96, 6, H),
        (". Mij was verzocht", None, 100, 10, H),
        ("Kieswet", 100, 112, 10, H),
        (raised[1], None, 108, 6, H),
        (" niet", None, 112, 10, H),
    ]
    lay = read_pdf(make_pdf([items]), backend)
    assert [shown(line.text) for line in lay.lines] == texts


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_columns_read_column_by_column(backend: str) -> None:
    left = [f"Links regel {i} met genoeg tekst om breed te zijn" for i in range(8)]
    right = [f"Rechts regel {i} met genoeg tekst om breed te zijn" for i in range(8)]
    items = [(t, 55, 100 + 12 * i, 9, H) for i, t in enumerate(left)]
    items += [(t, 310, 100 + 12 * i, 9, H) for i, t in enumerate(right)]
    lay = read_pdf(make_pdf([items]), backend)
    assert [line.text for line in lay.lines] == left + right


PARAGRAPH_STARTS = [
    (
        [
            "Dit is een lange regel die tot aan de rechterkant van de kolom doorloopt, zo",
            "lang als de rest. Deze regel eindigt de alinea.",
            "Nieuwe alinea zonder witregel, want het eerste woord had gepast op de vorige",
            "regel.",
            "",
            "Na een witregel.",
        ],
        [True, False, True, False, True],
    ),
    (
        # an Aanhangsel's answer line: the ministry's name wraps before its dash, which starts
        # no item; the dashes after a finished clause do
        [
            "Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport",
            "– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024).",
            "",
            "Het kabinet neemt twee maatregelen:",
            "– een hogere bijdrage;",
            "– een kortere termijn.",
        ],
        [True, False, True, True, True],
    ),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("lines", "starts"), PARAGRAPH_STARTS, ids=["gaps", "dashes"])
def test_paragraph_starts_without_gaps(lines: list[str], starts: list[bool], backend: str) -> None:
    items = [item for item in body(lines) if item[0]]
    lay = read_pdf(make_pdf([items]), backend)
    assert [line.starts_paragraph for line in lay.lines] == starts
    gaps = [bool(i) and not lines[i - 1] for i, text in enumerate(lines) if text]
    assert [line.gap_before for line in lay.lines] == gaps


HI = "Helvetica-Oblique"
HB = "Helvetica-Bold"
# (items, paragraph starts): a line under a label or number set in a style of its own
STYLED_LABELS = {
    # an Aanhangsel answer quoting measures in italic, the item numbers set upright: the
    # item's second line goes on in the item (the style changed only at the number)
    "upright item number": (
        [
            ("Naar aanleiding van deze signaalrapportage heeft de ILT de volgende tijdelijke", 100, 100, 10, HI),
            ("maatregelen van de vuurwerkbranche geaccepteerd om de opslag veilig te maken:", 100, 112, 10, HI),
            ("2.", 100, 124, 10, H),
            ("Alle producten met «whirl» effect (ronddraaiend effect) niet meer in", 120, 124, 10, HI),
            ("gaasverpakking vervoeren en/of opslaan, ongeacht welk type gaasver-", 120, 136, 10, HI),
            ("pakking.", 120, 148, 10, HI),
            ("3.", 100, 160, 10, H),
            ("Alle producten met een burstpercentage van meer dan 12,5% niet meer", 120, 160, 10, HI),
            ("in «rondom gaasverpakking» vervoeren en/of opslaan.", 120, 172, 10, HI),
            ("Bovenstaande producten worden momenteel niet meer opgeslagen in", 100, 184, 10, HI),
            ("woonwijken.", 100, 196, 10, HI),
        ],
        [True, False, True, False, False, True, False, True, False],
    ),
    # a committee's decision list: an upright label cell ("Agendapunt:") beside a bold title
    # that wraps under itself; the wrapped line goes on in the title
    "upright label cell": (
        [
            ("Zaak:", 108, 100, 10, H),
            ("Brief regering - minister van Binnenlandse Zaken en Koninkrijksrelaties,", 194, 100, 10, H),
            ("Horst ter G. - 12 maart 2009", 194, 112, 10, H),
            ("8.", 92, 136, 10, H),
            ("Agendapunt:", 108, 136, 10, H),
            ("Beleidsdoorlichting art. 11.2: Het bevorderen van de kwaliteit van het", 194, 136, 10, HB),
            ("management", 194, 148, 10, HB),
            ("Besluit:", 108, 172, 10, H),
            ("Aanhouden tot de volgende procedurevergadering en BOR-notitie afwachten.", 194, 172, 10, H),
        ],
        [True, False, True, False, True],
    ),
}  # fmt: skip


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", list(STYLED_LABELS))
def test_a_label_in_its_own_style_starts_no_paragraph_under_it(case: str, backend: str) -> None:
    items, starts = STYLED_LABELS[case]
    lay = read_pdf(make_pdf([items]), backend)
    assert [line.starts_paragraph for line in lay.lines] == starts
    assert not any(line.heading for line in lay.lines)
    if case == "upright item number":  # the item is in the style of its words
        assert all(line.italic for line in lay.lines)


@pytest.mark.skip(
    reason="an item's title line that nearly fills the column, its text going on under it "
    "without a gap: the next word would not have fitted, so nothing in the layout says the "
    "title ended (only the wording does: no closing stop, a capital article next)"
)
def test_an_item_title_that_fills_its_line_ends_there() -> None:
    items = [
        ("3.", 100, 100, 10, H),
        ("De Gezondheidsraad adviseert om een onderzoeksagenda op te stellen", 120, 100, 10, H),
        (
            "Het doen van onderzoek naar prevalentie en effectiviteit van behandelen",
            120,
            112,
            10,
            H,
        ),
        ("is een taak die primair ligt bij zorgaanbieders, universitaire centra,", 120, 124, 10, H),
    ]
    lay = read_pdf(make_pdf([items]))
    assert [line.starts_paragraph for line in lay.lines] == [True, True, False]


@pytest.mark.parametrize("backend", BACKENDS)
def test_table_rows_set_close_are_lines_of_their_own(backend: str) -> None:
    # the rows of a small table, set 8 points apart in 7-point type: each row is cut into
    # cells by wide gaps that line up, so each is a paragraph, however close the next one
    cells = [
        ("Grond", "Meldingen in 2021", "Meldingen in 2022"),
        ("Geslacht(Trans)", "2", "3"),
        ("Seksuele gerichtheid", "10", "14"),
    ]
    items = [
        ("Bijgaande cijfers zijn aangeleverd door Discriminatie.nl/Fryslân/Tumba:", 100, 100, 10, H),
        *[
            (cell, x, 116 + 8 * i, 7, H)
            for i, row in enumerate(cells)
            for cell, x in zip(row, (100, 300, 420), strict=True)
        ],
        ("Het aantal meldingen is in drie jaar gestegen, zoals de tabel laat zien en", 100, 148, 10, H),
        ("zoals de provincie ook in haar eigen rapportage heeft gemeld.", 100, 160, 10, H),
    ]  # fmt: skip
    lay = read_pdf(make_pdf([items]), backend)
    assert [line.text for line in lay.lines][1:4] == [" ".join(row) for row in cells]
    assert [line.starts_paragraph for line in lay.lines] == [True, True, True, True, True, False]


# --- errors ----------------------------------------------------------------------------


def minimal_pdf(extra_objects: tuple[bytes, ...] = (), trailer: bytes = b"") -> bytes:
    """A hand-written one-page PDF with correct offsets, for the cases pdfium cannot write."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 44 >>\nstream\nBT /F1 10 Tf 100 700 Td (Hallo wereld) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def encrypted_pdf() -> bytes:
    """Standard security handler, RC4 40-bit, with a user password: no empty-password access."""
    encrypt = (
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> >>"
    )
    file_id = b"<0123456789abcdef0123456789abcdef>"
    return minimal_pdf((encrypt,), b"/Encrypt 6 0 R /ID [%s %s] " % (file_id, file_id))


@pytest.mark.parametrize("backend", BACKENDS)
def test_minimal_pdf_reads(backend: str) -> None:
    """The hand-written PDF is valid: the error cases below differ from it in one way each."""
    assert [line.text for line in read_pdf(minimal_pdf(), backend).lines] == ["Hallo wereld"]


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    random_pdf = tmp_path / "random.pdf"
    random_pdf.write_bytes(os.urandom(4000))
    letter = (PDFS / LETTER).read_bytes()
    return {
        "random bytes named .pdf": (random_pdf.read_bytes(), "not-pdf"),
        "html": (b"<!DOCTYPE html><html><body>Kamerstuk</body></html>", "not-pdf"),
        "empty": (b"", "empty"),
        "truncated": (letter[: len(letter) // 2], "corrupt-pdf"),
        "garbage after header": (b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n", "corrupt-pdf"),
        "encrypted": (encrypted_pdf(), "encrypted"),
        "image only": (make_pdf([[], []], image=True), "no-text-layer"),
        "blank page": (make_pdf([[]]), "no-text-layer"),
        "zero pages": (make_pdf([]), "no-pages"),
    }


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "case",
    [
        "random bytes named .pdf",
        "html",
        "empty",
        "truncated",
        "garbage after header",
        "encrypted",
        "image only",
        "blank page",
        "zero pages",
    ],
)
def test_errors(case: str, backend: str, tmp_path: Path) -> None:
    data, kind = _bad_inputs(tmp_path)[case]
    with pytest.raises(ParseError) as info:
        read_pdf(data, backend)
    assert info.value.kind == kind
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message
    if kind == "no-text-layer":
        assert message.startswith("no text layer (a scan): parse it with --ocr")


@pytest.mark.parametrize("backend", BACKENDS)
def test_footnote_runs_over_the_page_break(backend: str) -> None:
    page1 = [
        ("Een zin met een voetnoot", 100, 100, 10, H),
        ("1", None, 96, 6, H),
        (" en verder.", None, 100, 10, H),
        (RULE, 100, 690, 60, H),
        ("1", 100, 700, 7, H),
        ("De noot begint hier en loopt door", 110, 700, 7, H),
    ]
    page2 = [
        ("die tekst gaat verder.", 100, 100, 10, H),
        ("op de volgende pagina.", 110, 700, 7, H),
    ]
    lay = read_pdf(make_pdf([page1, page2]), backend)
    got = [
        (shown(line.text), line.role, line.starts_paragraph, line.page_start) for line in lay.lines
    ]
    assert got == [
        ("Een zin met een voetnoot[^1] en verder.", None, True, False),
        ("1 De noot begint hier en loopt door", "footnote", True, False),
        ("die tekst gaat verder.", None, False, True),  # the paragraph goes on
        ("op de volgende pagina.", "footnote", False, False),
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_text_inside_a_form_xobject(backend: str) -> None:
    """Text drawn through a form XObject, moved by the form's matrix, reads like page text."""
    inner = pdfium.PdfDocument(make_pdf([[("In een formulier", 100, 100, 10, H)]]))
    outer = pdfium.PdfDocument.new()
    try:
        xobject = pdfium_c.FPDF_NewXObjectFromPage(outer.raw, inner.raw, 0)
        page = outer.new_page(595, 842)
        form = pdfium_c.FPDF_NewFormObjectFromXObject(xobject)
        pdfium_c.FPDFPageObj_Transform(form, 1, 0, 0, 1, 20, -30)
        pdfium_c.FPDFPage_InsertObject(page.raw, form)
        page.gen_content()
        pdfium_c.FPDF_CloseXObject(xobject)
        out = io.BytesIO()
        outer.save(out)
    finally:
        outer.close()
        inner.close()
    lines = read_pdf(out.getvalue(), backend).lines
    assert [(line.text, line.x0) for line in lines] == [("In een formulier", 120.0)]


def test_text_at_size_zero_gives_no_scale_and_no_crash() -> None:
    # a mutated letter PDF (seeded) whose text the reader finds at size 0: the layout takes a
    # usual body size instead of dividing by zero
    import random

    from kamerparse import parse_bytes
    from tests.mutate import pdf_mutant

    doc = parse_bytes(pdf_mutant(random.Random(32)), source="mutant.pdf")
    assert doc.quality is not None and doc.quality.verdict == "poor"


def owners_both_ways(data: bytes) -> list[tuple[list[int | None], list[int | None]]]:
    """Per page: the text objects of the characters as the reader takes them (a line at a time
    where it can), and as pdfium names them character by character."""
    from itertools import repeat

    from kamerparse.frontends.pdf.backend_pdfium import PdfiumReader, _text_object_at

    pages = []
    with PdfiumReader(data) as reader:
        for index in range(reader.pages):
            page = pdfium_c.FPDF_LoadPage(reader._doc, index)
            textpage = pdfium_c.FPDFText_LoadPage(page)
            try:
                count = pdfium_c.FPDFText_CountChars(textpage)
                chars = "".join(
                    chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count)
                )
                each = list(map(_text_object_at, repeat(textpage, count), range(count)))
                pages.append((reader._owners(textpage, chars), each))
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
                pdfium_c.FPDF_ClosePage(page)
    return pages


@pytest.mark.parametrize("name", sorted(p.name for p in PDFS.glob("*.pdf")))
def test_owners_read_a_line_at_a_time_are_pdfiums(name: str) -> None:
    """The text object of each character, taken a line (or half a line, a quarter, ...) at a
    time where its first and last characters share one, is the one pdfium names when asked
    character by character."""
    for read, each in owners_both_ways((PDFS / name).read_bytes()):
        assert read == each


@pytest.mark.parametrize(
    "text, right_to_left",
    [
        ("Kamerstuk 36 410, nr. 12", False),
        ("de minister van Justitie en Veiligheid\ufffe", False),  # pdfium's line-end hyphen
        ("\uf0b7 Wingdings-opsommingsteken, “aanhalingstekens”, één", False),
        ("de Knesset (כנסת) in Jeruzalem", True),
        ("Arabisch: العربية", True),
    ],
)
def test_right_to_left_pages_are_asked_per_character(text: str, right_to_left: bool) -> None:
    from kamerparse.frontends.pdf.backend_pdfium import _has_right_to_left

    assert _has_right_to_left(text) is right_to_left


def test_a_right_to_left_document_is_asked_per_character() -> None:
    # pdfium reorders a right-to-left document's lines by direction ("410 36 Kamerstuk"),
    # across objects: the reader then asks for every character's object
    from kamerparse.frontends.pdf.backend_pdfium import PdfiumReader

    plain = make_pdf([[("Kamerstuk", 100, 100, 10, H), ("36 410", 160, 100, 10, H)]])
    assert b"/Type/Catalog>>" in plain
    reversed_ = plain.replace(
        b"/Type/Catalog>>", b"/Type/Catalog/ViewerPreferences<</Direction/R2L>>>>"
    )
    for data, right_to_left in ((plain, False), (reversed_, True)):
        with PdfiumReader(data) as reader:
            assert reader._right_to_left is right_to_left
        for read, each in owners_both_ways(data):
            assert read == each
