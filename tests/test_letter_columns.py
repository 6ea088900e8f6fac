"""A ministry's letter as text extracted page-wide from its PDF: the letterhead column's items,
run into the text column's lines or set between them, are split off and read as the column.

The two files in tests/data/letter_text are the first pages of real letters as pdfplumber
extracts them from the PDF (one a render of the Word original, one the ministry's own export),
cut short; the expected values were read off the printed letters.
"""

from pathlib import Path

import pytest

from kamerparse import parse_text
from kamerparse.frontends.columns import split_letterhead_column
from kamerparse.layout import Line

DATA = Path(__file__).parent / "data" / "letter_text"


def _lines(pages: list[list[str]]) -> list[Line]:
    return [Line(t, page=p) for p, texts in enumerate(pages, start=1) for t in texts]


def _split(pages: list[list[str]]) -> tuple[list[str], list[str]]:
    out = split_letterhead_column(_lines(pages))
    return (
        [ln.text for ln in out if ln.role != "letterhead"],
        [ln.text for ln in out if ln.role == "letterhead"],
    )


FIRST = [
    "> Retouradres Postbus 20301 2500 EH Den Haag",
    "Directoraat-Generaal",
    "Aan de Voorzitter van de Tweede Kamer Politie en",
    "der Staten-Generaal Veiligheidsregio’s",
    "Datum 4 december 2023",
    "Ons kenmerk",
    "Onderwerp Beantwoording van Kamervragen van het van het lid Beckerman (SP)",
    "5086975",
    "aan de staatssecretaris van Infrastructuur en de minister van Justitie",
    "Bij beantwoording de datum",
    "en Veiligheid over het artikel 'Agenten willen meer aandacht voor en ons kenmerk vermelden.",
    "milieu: ‘Delicten met de meeste doden krijgen geen prioriteit.’' Wilt u slechts één zaak in uw",
    "brief behandelen.",
    "Geachte heer/mevrouw,",
]
FOLLOWING = [
    "In antwoord op uw brief van 9 november 2023, nr. 2023Z19006, deel ik u mede",
    "Directoraat-Generaal",
    "dat de vragen van het lid Politie en",
    "Veiligheidsregio’s",
    "Beckerman (SP) over het artikel 'Agenten willen meer aandacht voor milieu: Datum",
    "‘Delicten met de meeste doden’ worden beantwoord zoals 4 december 2023",
    "aangegeven in de bijlage van deze brief.",
    "Ons kenmerk5086975",
]
THIRD = [
    "Antwoorden van de Minister van Justitie en Veiligheid mede namens de",
    "Directoraat-Generaal",
    "staatssecretaris van Infrastructuur en Waterstaat op vragen van het lid Politie en",
    "Veiligheidsregio’s",
    "minister van Justitie en Veiligheid over het artikel 'Agenten willen meer Datum",
    "aandacht voor milieu: ‘Delicten met de meeste doden krijgen geen 4 december 2023",
    "Ons kenmerk5086975",
    "Vraag 1",
]


@pytest.mark.parametrize(
    ("pages", "kept", "column"),
    [
        # the items the following pages repeat at their top come off every page; the first
        # page's letterhead loses them too, and the template's closing clause however the
        # column broke it
        (
            [FIRST, FOLLOWING, THIRD],
            [
                "> Retouradres Postbus 20301 2500 EH Den Haag",
                "Aan de Voorzitter van de Tweede Kamer",
                "der Staten-Generaal",
                "Datum 4 december 2023",  # the field with its value: not the column's date
                "Onderwerp Beantwoording van Kamervragen van het van het lid Beckerman (SP)",
                "aan de staatssecretaris van Infrastructuur en de minister van Justitie",
                "en Veiligheid over het artikel 'Agenten willen meer aandacht voor",
                "milieu: ‘Delicten met de meeste doden krijgen geen prioriteit.’'",
                "Geachte heer/mevrouw,",
                FOLLOWING[0],
                "dat de vragen van het lid",
                "Beckerman (SP) over het artikel 'Agenten willen meer aandacht voor milieu:",
                "‘Delicten met de meeste doden’ worden beantwoord zoals",
                "aangegeven in de bijlage van deze brief.",
                THIRD[0],
                "staatssecretaris van Infrastructuur en Waterstaat op vragen van het lid",
                "minister van Justitie en Veiligheid over het artikel 'Agenten willen meer",
                "aandacht voor milieu: ‘Delicten met de meeste doden krijgen geen",
                "Vraag 1",
            ],
            [
                "Directoraat-Generaal",
                "Politie en",
                "Veiligheidsregio’s",
                "Ons kenmerk",
                "5086975",
                "Bij beantwoording de datum",
                "en ons kenmerk vermelden.",
                "Wilt u slechts één zaak in uw",
                "brief behandelen.",
                *["Directoraat-Generaal", "Politie en", "Veiligheidsregio’s", "Datum"],
                *["4 december 2023", "Ons kenmerk5086975"],
                *["Directoraat-Generaal", "Politie en", "Veiligheidsregio’s", "Datum"],
                *["4 december 2023", "Ons kenmerk5086975"],
            ],
        ),
        # one following page: only what it shares with the first page's letterhead, whole
        # somewhere or of two words or more ("Datum" alone is no item here)
        (
            [[*FIRST[:4], "Datum 4 december 2023"], FOLLOWING[:5]],
            [
                "> Retouradres Postbus 20301 2500 EH Den Haag",
                "Aan de Voorzitter van de Tweede Kamer",
                "der Staten-Generaal",
                "Datum 4 december 2023",
                FOLLOWING[0],
                "dat de vragen van het lid",
                FOLLOWING[4],
            ],
            ["Directoraat-Generaal", "Politie en", "Veiligheidsregio’s"] * 2,
        ),
    ],
)
def test_column_items_are_split_off(
    pages: list[list[str]], kept: list[str], column: list[str]
) -> None:
    assert _split(pages) == (kept, column)


@pytest.mark.parametrize(
    "pages",
    [
        # a Kamerstuk has no return address: nothing is taken, however its pages repeat
        [
            ["Tweede Kamer der Staten-Generaal", "Datum 4 december 2023", "Aan de Voorzitter"],
            ["Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 2", "Datum 4 december 2023"],
            ["Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 3", "Datum 4 december 2023"],
        ],
        # a letter's body lines that end alike on two pages but start small are no items
        [
            [*FIRST[:2], "Datum 4 december 2023"],
            ["de maatregelen die wij nemen voor", "de komende jaren en"],
            ["ook de maatregelen die wij nemen voor", "in de komende jaren en"],
        ],
    ],
)
def test_nothing_else_is_taken(pages: list[list[str]]) -> None:
    assert _split(pages) == ([t for texts in pages for t in texts], [])


def test_page_number_fields_of_a_word_render_come_off() -> None:
    # a render prints the page fields of the first page's header and footer run together
    pages = [[*FIRST, "1Pagina1van2", "7Pagina1van7 1Pagina1van2In antwoord op uw brief"], ["Ja."]]
    kept, _ = _split(pages)
    assert kept[-3:] == ["Geachte heer/mevrouw,", "In antwoord op uw brief", "Ja."]


@pytest.mark.parametrize(
    ("name", "fields", "paragraph"),
    [
        (
            "lo-jenv-beckerman",
            {
                "addressee": "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "date": "2023-12-04",
                "reference": "5086975",
                "title": "Beantwoording van Kamervragen van het van het lid Beckerman (SP) aan de "
                "staatssecretaris van Infrastructuur en de minister van Justitie en Veiligheid over "
                "het artikel 'Agenten willen meer aandacht voor milieu: ‘Delicten met de meeste "
                "doden krijgen geen prioriteit.’'",
            },
            "In antwoord op uw brief van 9 november 2023, nr. 2023Z19006, deel ik u mede dat de "
            "vragen van Beantwoording van Kamervragen van het van het lid Beckerman (SP) aan de "
            "staatssecretaris van Infrastructuur en de minister van Justitie en Veiligheid over "
            "het artikel 'Agenten willen meer aandacht voor milieu: ‘Delicten met de meeste doden "
            "krijgen geen prioriteit.’' worden beantwoord zoals aangegeven in de bijlage van deze "
            "brief.",
        ),
        (
            "min-ienw-2022-emissie-luchtvaart",
            {
                "addressee": "De voorzitter van de Tweede Kamer der Staten-Generaal",
                "date": "2022-12-22",
                "reference": "IENW/BSK-2022/268034",
                "title": "Emissies door de luchtvaart",
                "sender": "Ministerie van Infrastructuur en Waterstaat",
            },
            "In de Kamerbrief over het eindrapport van het RIVM-onderzoekprogramma is opgenomen "
            "dat Nederland het belang van meer kennis en inzicht over ultrafijn stof nadrukkelijk "
            "heeft opgenomen in een non-paper aan de Europese Commissie (hierna: Commissie).",
        ),
    ],
)
def test_letter_text_reads_as_the_letter(name: str, fields: dict[str, str], paragraph: str) -> None:
    doc = parse_text((DATA / f"{name}.txt").read_text(encoding="utf-8"))
    assert doc.document_type == "brief"
    assert {k: getattr(doc, k) for k in fields} == fields
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any(t.startswith(paragraph) for t in texts), texts
    assert not any("Ons kenmerk" in t or t == "Infrastructuur en Waterstaat" for t in texts)


def test_letter_text_in_reading_order_reads_as_the_letter() -> None:
    # the same letter as a tool that keeps the column's blocks whole extracts it: the column's
    # repeat stands between blank lines, and the answers' labels are set off by no blank line
    doc = parse_text((DATA / "lo-jenv-beckerman.pdftotext.txt").read_text(encoding="utf-8"))
    assert doc.title is not None and doc.title.endswith("geen prioriteit.’'")  # not the address
    assert (doc.reference, doc.date) == ("5086975", "2023-12-04")
    headings = [s.heading for s in doc.sections if s.heading]
    assert headings[:4] == ["Vraag 1", "Antwoord op vraag 1", "Vraag 2", "Antwoord op vraag 2"]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "Ja." in texts
    assert not any("Ons kenmerk" in t or "Directoraat-Generaal" in t for t in texts)


def test_the_closing_clause_ends_the_letterhead_of_a_letter_without_salutation() -> None:
    # the letter starts on the line that carries the clause's last words
    pages = [
        [
            "> Retouradres Postbus 20301 2500 EH Den Haag",
            "Aan de Voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Datum 16 mei 2024",
            "Onderwerp Beantwoording Kamervragen van de leden Lahlah en Chakor over verbieden van",
            "religieuze uitingen bij boa’s",
            "Bij beantwoording de datum",
            "en ons kenmerk vermelden.",
            "Wilt u slechts één zaak in uw",
            "In het antwoord op uw brief van 8 maart 2024, nr. 5293107, deel ik u mede dat de brief "
            "behandelen.",
            "vragen van de leden worden beantwoord zoals aangegeven in de bijlage van deze brief.",
        ]
    ]
    lines = split_letterhead_column(_lines(pages))
    first = next(ln for ln in lines if ln.text.startswith("In het antwoord"))
    assert first.gap_before and first.text.endswith("mede dat de")
    doc = parse_text("\n".join(pages[0]))
    assert doc.title == (
        "Beantwoording Kamervragen van de leden Lahlah en Chakor over verbieden van religieuze "
        "uitingen bij boa’s"
    )


# The first page of two letters whose column prints a "Projectnaam" field: the subject again,
# wrapped to the column's width, on the first page only (pdfplumber's text of the renders).
PROJECT_LAHLAH = [
    "Contactpersoon",
    "T 070 426 64 26",
    "Projectnaam",
    "Beantwoording Kamervragen",
    "van de leden Lahlah en",
    "Datum 16 mei 2024 Chakor (GroenLinks-PvdA)",
    "Onderwerp Beantwoording Kamervragen van de leden Lahlah en Chakor over verbieden van",
    "hoofddoekjes en andere",
    "(GroenLinks-PvdA) over verbieden van hoofddoekjes en andere",
    "religieuze uitingen bij boa’s",
    "religieuze uitingen bij boa’s",
    "Ons kenmerk",
    "5401166",
]
PROJECT_WASSENBERG = [
    "Projectnaam",
    "Beantwoording Kamervragen",
    "van het lid Wassenberg",
    "Datum 18 oktober 2023 (PvdD) aan de ministers van",
    "Onderwerp Beantwoording Kamervragen van het lid Wassenberg (PvdD) aan de Landbouw, Natuur en",
    "Voedselkwaliteit en van",
    "ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie en",
    "Justitie en Veiligheid",
    "Veiligheid over het gebrek aan landelijke registratie van bijtincidenten",
    "Ons kenmerk",
]


@pytest.mark.parametrize(
    ("head", "subject", "copies"),
    [
        (
            PROJECT_LAHLAH,
            [
                "Onderwerp Beantwoording Kamervragen van de leden Lahlah en Chakor",
                "(GroenLinks-PvdA) over verbieden van hoofddoekjes en andere",
                "religieuze uitingen bij boa’s",
            ],
            ["over verbieden van", "hoofddoekjes en andere", "religieuze uitingen bij boa’s"],
        ),
        (
            PROJECT_WASSENBERG,
            [
                "Onderwerp Beantwoording Kamervragen van het lid Wassenberg (PvdD) aan de",
                "ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie en",
                "Veiligheid over het gebrek aan landelijke registratie van bijtincidenten",
            ],
            # a copy is found across the subject's own line break ("Justitie en" / "Veiligheid")
            ["Landbouw, Natuur en", "Voedselkwaliteit en van", "Justitie en Veiligheid"],
        ),
    ],
)
def test_a_column_field_repeating_the_subject_comes_off_it(
    head: list[str], subject: list[str], copies: list[str]
) -> None:
    first = ["> Retouradres Postbus 20301 2500 EH Den Haag", *head, "Geachte voorzitter,"]
    out = split_letterhead_column(_lines([first]))
    start = next(i for i, ln in enumerate(out) if ln.text.startswith("Onderwerp"))
    kept = [ln.text for ln in out[start:] if ln.role != "letterhead"]
    assert kept[: len(subject)] == subject
    assert [ln.text for ln in out[start:] if ln.role == "letterhead"][: len(copies)] == copies


@pytest.mark.parametrize(
    "head",
    [
        # no column field above the subject starts with its words: a repeated run stays
        [h for h in PROJECT_LAHLAH if h not in ("Projectnaam",)][:2] + PROJECT_LAHLAH[5:],
        # the field is there, but holds other words than the subject's start
        ["Projectnaam", "Handhaving milieu", *PROJECT_LAHLAH[5:]],
    ],
)
def test_a_subject_is_left_whole_without_evidence_of_the_column(head: list[str]) -> None:
    first = ["> Retouradres Postbus 20301 2500 EH Den Haag", *head, "Geachte voorzitter,"]
    out = split_letterhead_column(_lines([first]))
    texts = [ln.text for ln in out if ln.role != "letterhead"]
    assert "hoofddoekjes en andere" in texts and texts.count("religieuze uitingen bij boa’s") == 2
