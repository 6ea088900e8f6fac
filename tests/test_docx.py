"""The Word front end: the Kamer's own motie .docx files against their official XML twins,
and .docx shapes built here to the Office Open XML standard, one feature each."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import kamerparse
from kamerparse.frontends.docx import read_docx

from .test_pdf_twin import xml_truth

DATA = Path(__file__).parent / "data"
TWINS = [
    # (docx, its official XML, kst id, what the Word original types otherwise than published)
    ("motie-kst-36278-32.docx", "1975718b-2d90-44b9-ad1a-e33f1b4ad5b4.xml", "kst-36278-32", {}),
    (
        "motie-kst-36682-10.docx",
        "3bb6b74d-77a1-4670-bffb-b925474468bb.xml",
        "kst-36682-10",
        # the author typed a space before the semicolon; the publisher took it out
        {"groothandelsvergunning hebben;": "groothandelsvergunning hebben ;"},
    ),
]


@pytest.mark.parametrize(("docx", "xml", "kst", "as_typed"), TWINS)
def test_motie_docx_equals_its_xml_twin(docx: str, xml: str, kst: str, as_typed: dict) -> None:
    truth = xml_truth(DATA / "xml" / xml)
    for published, typed in as_typed.items():
        truth["paragraphs"] = [p.replace(published, typed) for p in truth["paragraphs"]]
    doc = kamerparse.parse_file(DATA / "docx" / docx)
    assert doc.source.format == "docx" and doc.source.pages is None
    assert doc.id == kst
    assert doc.document_type == "motie"
    assert doc.chamber == "Tweede Kamer" and doc.parliamentary_year == "2024-2025"
    assert doc.dossiers[0].id == truth["dossier"]
    assert doc.dossiers[0].title == truth["dossier_title"]
    assert (doc.number, doc.title, doc.date) == (truth["number"], truth["title"], truth["date"])
    assert [p.text for p in doc.paragraphs] == truth["paragraphs"]
    assert [s.name for s in doc.signatories] == truth["names"]


def test_word_97_doc_is_refused_with_a_reason() -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(DATA / "docx" / "motie-2008-2009.doc")
    assert e.value.kind == "unsupported"
    assert "save it as .docx or PDF" in str(e.value)


# --- shapes built here ------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def p(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def note_ref(note_id: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'


def docx(body: str, footnotes: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml", f"<w:document {W} {MC}><w:body>{body}</w:body></w:document>"
        )
        if footnotes is not None:
            z.writestr(
                "word/footnotes.xml",
                f"<w:footnotes {W}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                f"</w:footnote>{footnotes}</w:footnotes>",
            )
    return buf.getvalue()


LETTER = [
    p(r("27 925 Bestrijding internationaal terrorisme")),
    p(r("Nr. 963 BRIEF VAN DE MINISTER VAN DEFENSIE")),
    p(r("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")),
    p(r("Den Haag, 20 december 2023")),
]


def test_paragraphs_headings_and_footnotes() -> None:
    body = "".join(
        [
            *LETTER,
            p(r("Veiligheidssituatie in Irak"), style="Kop1"),
            # Word numbers notes by where they first stand, whatever their ids
            p(r("Op 13 november jl. zijn er aanvallen geweest"), note_ref(7), r(" op de basis.")),
            p(r("Een tweede alinea"), note_ref(3), r(".")),
            p(r("Een eigen kop", bold=True)),
            p(r("Een "), r("vetgedrukt", bold=True), r(" woord is geen kop.")),
            p(r("De Minister van Defensie,")),
            p(r("K.H. Ollongren")),
        ]
    )
    notes = (
        '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Tweede noot.")
        + '</w:p></w:footnote><w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Eerste noot, ")
        + "</w:p>"
        + p(r("met een tweede alinea."))
        + "</w:footnote>"
    )
    doc = kamerparse.parse_bytes(docx(body, notes), source="brief.docx")
    assert doc.id == "kst-27925-963"
    assert doc.date == "2023-12-20"
    assert [(s.heading, [x.text for x in s.paragraphs]) for s in doc.sections] == [
        (
            "Veiligheidssituatie in Irak",
            ["Op 13 november jl. zijn er aanvallen geweest op de basis.", "Een tweede alinea."],
        ),
        ("Een eigen kop", ["Een vetgedrukt woord is geen kop."]),
    ]
    assert [x.footnotes for x in doc.paragraphs[:2]] == [["1"], ["2"]]
    assert [(n.number, n.text) for n in doc.footnotes] == [
        ("1", "Eerste noot, met een tweede alinea."),
        ("2", "Tweede noot."),
    ]
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De Minister van Defensie", "K.H. Ollongren")
    ]
    assert [d.value for d in doc.dates] == ["2023-11-13"]


def test_line_breaks_tabs_text_boxes_and_alternate_content() -> None:
    box = (
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        + p(r("Tekst in een kader."))
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + p(r("Tekst in een kader."))
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = "".join(
        [
            p(r("Eerste regel"), "<w:r><w:br/></w:r>", r("tweede regel.")),
            p(r("Een"), "<w:r><w:tab/></w:r>", r("tab.")),
            p(),  # Word's blank line
            p(r("Na de lege regel."), box),
            "<w:tbl><w:tr><w:tc>" + p(r("In een tabel.")) + "</w:tc></w:tr></w:tbl>",
        ]
    )
    lay = read_docx(docx(body))
    assert [(x.text, x.starts_paragraph, x.gap_before) for x in lay.lines] == [
        ("Eerste regel", True, False),
        ("tweede regel.", False, False),
        ("Een tab.", True, False),
        ("Na de lege regel.", True, True),
        ("Tekst in een kader.", True, False),
        ("In een tabel.", True, False),
    ]
    assert lay.format == "docx" and lay.pages is None


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"PK\x03\x04 not really a zip", "brief.docx", "corrupt-docx"),
        (b"Dit is gewone tekst, geen Word.", "brief.docx", "corrupt-docx"),
        (docx("").replace(b"word/document.xml", b"word/other000.xml"), "brief.docx",
         "corrupt-docx"),
        (docx(p()), "brief.docx", "empty"),
        (docx("<w:p><w:r><w:t>kapot"), "brief.docx", "corrupt-docx"),
        (docx("<w:tbl>" * 5000 + p(r("x")) + "</w:tbl>" * 5000), "brief.docx", "corrupt-docx"),
    ],
)  # fmt: skip
def test_bad_docx_gives_one_clear_error(data: bytes, name: str, kind: str) -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(data, source=name)
    assert e.value.kind == kind
    assert str(e.value).startswith(f"{name}: ")
    assert "\n" not in str(e.value)


# a ministry's own letter: the letterhead in the first page's header, the letter, its
# signature, and the answers to the written questions as an appendix below it
LETTERHEAD = "".join(
    [
        p(r("> Retouradres Postbus 20301 2500 EH Den Haag")),
        p(r("De voorzitter van de Tweede Kamer")),
        p(r("der Staten-Generaal")),
        p(r("Postbus 20018")),
        p(r("2500 EA DEN HAAG")),
        p(r("Datum")),
        p(r("25 juli 2024")),
        p(r("Betreft")),
        p(r("Beantwoording Kamervragen over het politiebureau in Wolvega")),
        p(r("Directoraat-Generaal Politie en Veiligheidsregio’s")),
        p(r("Turfmarkt 147")),
        p(r("2511 DP Den Haag")),
        p(r("Ons kenmerk")),
        p(r("5401166")),
        p(r("Bij beantwoording de datum en ons kenmerk vermelden.")),
    ]
)
MINISTRY_BODY = "".join(
    [
        p(r("In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, deel ik u mede dat de "
            "vragen worden beantwoord zoals aangegeven in de bijlage van deze brief.")),
        p(r("Mede namens de minister van Binnenlandse Zaken,")),
        p(r("De minister van Justitie en Veiligheid")),
        p(r("D.M. van Weel")),
        p(r("Antwoorden van de minister van Justitie en Veiligheid op Kamervragen")),
        p(r("Vraag 1"), style="Kop2"),
        p(r("Kent u het bericht?")),
        p(r("Antwoord op vraag 1"), style="Kop2"),
        p(r("Ja.")),
    ]
)  # fmt: skip


def ministry_letter(letterhead_in_header: bool) -> bytes:
    body = MINISTRY_BODY if letterhead_in_header else LETTERHEAD + MINISTRY_BODY
    if letterhead_in_header:
        body += '<w:sectPr><w:headerReference w:type="first" r:id="rId9"/></w:sectPr>'
    data = docx(body)
    if not letterhead_in_header:
        return data
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="header" Target="header2.xml"/></Relationships>'
    )
    return _rezip(
        data,
        {"word/document.xml": [(b"<w:document ", b'<w:document xmlns:r="http://schemas.'
                                b'openxmlformats.org/officeDocument/2006/relationships" ')]},
        {"word/_rels/document.xml.rels": rels, "word/header2.xml": f"<w:hdr {W}>{LETTERHEAD}</w:hdr>"},
    )  # fmt: skip


def _rezip(data: bytes, edits: dict[str, list[tuple[bytes, bytes]]], add: dict[str, str]) -> bytes:
    """The .docx ``data`` with replacements made in its parts and parts added."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as z:
        for item in src.infolist():
            content = src.read(item)
            for old, new in edits.get(item.filename, []):
                content = content.replace(old, new)
            z.writestr(item, content)
        for name, text in add.items():
            z.writestr(name, text)
    return buf.getvalue()


@pytest.mark.parametrize("in_header", [False, True], ids=["in the text", "in the page header"])
def test_ministry_letter(in_header: bool) -> None:
    doc = kamerparse.parse_bytes(ministry_letter(in_header), source="brief.docx")
    assert doc.document_type == "brief"
    assert doc.date == "2024-07-25"
    assert doc.title == "Beantwoording Kamervragen over het politiebureau in Wolvega"
    assert doc.addressee == "De voorzitter van de Tweede Kamer der Staten-Generaal"
    assert doc.chamber == "Tweede Kamer"
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De minister van Justitie en Veiligheid", "D.M. van Weel")
    ]
    assert [(s.heading, [x.text[:30] for x in s.paragraphs]) for s in doc.sections] == [
        (None, ["In antwoord op uw brief van 5 ", "Antwoorden van de minister van"]),
        ("Vraag 1", ["Kent u het bericht?"]),
        ("Antwoord op vraag 1", ["Ja."]),
    ]
    assert [r.id for r in doc.references] == ["2024Z11859"]
    assert doc.warnings == []


def test_document_property_fields_show_their_value(data_dir):
    """A ministry's Word letter fills its salutation with a DOCPROPERTY field whose stored
    result is empty: the property's value (docProps/custom.xml) is what prints. A field inside
    another field's instruction (the page footer's "IF … Pagina …") prints nothing."""
    doc = kamerparse.parse_file(data_dir / "docx" / "letter-docproperty-fields.docx")
    assert doc.salutation == "Geachte heer/mevrouw,"
    assert doc.reference == "5086975" and doc.date == "2023-12-04"
    assert not any(p.text.startswith("Pagina") for p in doc.paragraphs)
    assert doc.paragraphs[0].text.startswith("In antwoord op uw brief van 9 november 2023")


def _with_next_page_header(data: bytes, header: str) -> bytes:
    """The letter of ``ministry_letter(True)`` with a header for the pages after the first."""
    first = b'<w:headerReference w:type="first" r:id="rId9"/>'
    rel = b'<Relationship Id="rId8" Type="header" Target="header1.xml"/>'
    return _rezip(
        data,
        {
            "word/document.xml": [(first, first + first.replace(b"first", b"default")
                                   .replace(b"rId9", b"rId8"))],
            "word/header2.xml": [(b"5401166", b"-")],
            "word/_rels/document.xml.rels": [(b"</Relationships>", rel + b"</Relationships>")],
        },
        {"word/header1.xml": f"<w:hdr {W}>{header}</w:hdr>"},
    )  # fmt: skip


def test_the_following_pages_letterhead_fills_a_field_the_first_page_leaves_empty() -> None:
    # a ministry's Word letter (answers to written questions) whose first page prints "-"
    # under "Ons kenmerk"; the header of the following pages prints the number
    repeated = "".join(p(r(t)) for t in ["Directoraat-Generaal Politie en Veiligheidsregio’s",
                                         "Datum", "25 juli 2024", "Ons kenmerk", "5646209"])  # fmt: skip
    data = _with_next_page_header(ministry_letter(True), repeated)
    doc = kamerparse.parse_bytes(data, source="brief.docx")
    assert doc.reference == "5646209" and doc.date == "2024-07-25"
    # the repeated column is no text of the letter
    assert not any("Veiligheidsregio" in p.text for p in doc.paragraphs)
    first_page_only = kamerparse.parse_bytes(ministry_letter(True), source="brief.docx")
    assert doc.to_dict()["sections"] == first_page_only.to_dict()["sections"]
    # a following pages' header without a letterhead field (a page number) is left out
    plain = _with_next_page_header(ministry_letter(True), p(r("Pagina 2")))
    assert kamerparse.parse_bytes(plain, source="brief.docx").reference is None
