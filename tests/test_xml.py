"""The XML front end: officielebekendmakingen publication XML in, the same JSON as the other
forms of the same paper out.

The motie XMLs in ``data/xml`` are official files from the corpus
(``shared/corpus/raw/motiematcher/document_publications``), copied unchanged; the expected
values below were read off the XML by eye. ``data/xml/other`` holds official publication XML
of other types (Staatsblad, Staatscourant, Gemeenteblad, from the wetsuite test files).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import kamerparse

DATA = Path(__file__).parent / "data"
XML = DATA / "xml"


def _same(a: kamerparse.Document, b: kamerparse.Document, pages: bool = True) -> dict:
    """The fields in which two documents differ, source aside (and pages, where one form has
    none: the XML states no page numbers). Of the quality, the verdict: the checks measure
    each form's own input (the XML has no lines whose words could go missing)."""
    x, y = a.to_dict(), b.to_dict()
    x["quality"], y["quality"] = x["quality"]["verdict"], y["quality"]["verdict"]
    if not pages:
        for d in (x, y):
            for s in d["sections"]:
                for p in s["paragraphs"]:
                    p["page"] = None
            for item in [*d["footnotes"]]:
                item["page"] = None
            for item in [*d["references"], *d["dates"]]:
                item["where"]["page"] = None
    return {k: (x[k], y[k]) for k in x if k != "source" and x[k] != y[k]}


# --- twins: the same paper in two forms -------------------------------------------------------


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_motie_xml_equals_its_pdf_twin(backend: str) -> None:
    xml = kamerparse.parse_file(XML / "4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml")
    pdf = kamerparse.parse_file(DATA / "pdf" / "motie-kst-21501-02-3121.pdf", backend=backend)
    assert xml.source.format == "xml" and xml.source.pages is None
    assert _same(xml, pdf, pages=False) == {}
    # one sentence the Word original broke over two <al> of a group is one printed paragraph
    assert xml.paragraphs[5].text.endswith(
        "vrijlating van gijzelaars, terugtrekking van "
        "Israëlische troepen en een duurzaam perspectief,"
    )


@pytest.mark.parametrize(
    ("docx", "xml", "as_typed"),
    [
        ("motie-kst-36278-32.docx", "1975718b-2d90-44b9-ad1a-e33f1b4ad5b4.xml", {}),
        (
            "motie-kst-36682-10.docx",
            "3bb6b74d-77a1-4670-bffb-b925474468bb.xml",
            # the author typed a space before the semicolon; the publisher took it out
            {"groothandelsvergunning hebben;": "groothandelsvergunning hebben ;"},
        ),
    ],
)
def test_motie_xml_equals_its_docx_twin(docx: str, xml: str, as_typed: dict) -> None:
    from_xml = kamerparse.parse_file(XML / xml)
    for published, typed in as_typed.items():
        for para in from_xml.paragraphs:
            para.text = para.text.replace(published, typed)
    assert _same(from_xml, kamerparse.parse_file(DATA / "docx" / docx)) == {}


# --- what the XML states, field by field -----------------------------------------------------

CASES = [
    # file, id, dossiers, title, date, signatories
    (
        "009647bd-1f64-4fcc-9447-402950f7e825.xml",
        "kst-32317-898",
        [("32317", "JBZ-Raad")],
        "MOTIE VAN DE LEDEN DIEDERIK VAN DIJK EN EERDMANS",
        "2024-10-09",
        ["Diederik van Dijk", "Eerdmans"],
    ),
    (  # a budget chapter; eight members, one typed with a comma after the name
        "14f0304e-d288-4e29-91fa-cc3725027197.xml",
        "kst-36600-IX-10",
        [("36600-IX", "Vaststelling van de begrotingsstaat van het Ministerie van Financiën "
                      "(IXB) en de begrotingsstaat van Nationale Schuld (IXA) voor het jaar 2025")],
        "MOTIE VAN HET LID VIJLBRIEF C.S.",
        "2024-10-03",
        ["Vijlbrief", "Grinwis", "Flach", "Dassen", "Van der Lee", "Teunissen", "Inge van Dijk",
         "Eerdmans"],
    ),
    (  # a rijkswet number "(R2160)" is not part of the id; a treaty reference in the title
        "1b7aab44-8f12-4236-92d8-cba8a4b29d71.xml",
        "kst-36027-12",
        [("36027", "Goedkeuring van het op 2 december 2004 te New York tot stand gekomen Verdrag "
                   "van de Verenigde Naties inzake de immuniteit van rechtsmacht van staten en "
                   "hun eigendommen (Trb. 2010, 272)")],
        "MOTIE VAN HET LID VAN DER LEE",
        "2024-06-13",
        ["Van der Lee"],
    ),
    (  # a changed motie; its closing clause ends in a comma
        "0037dc14-ffaa-4d74-ade5-18b94967fc12.xml",
        "kst-36372-23",
        [("36372", "Wijziging van de Penitentiaire beginselenwet in verband met aanvullende "
                   "maatregelen tegen georganiseerde criminaliteit tijdens detentie")],
        "GEWIJZIGDE MOTIE VAN HET LID EERDMANS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19",
        "2024-03-12",
        ["Eerdmans"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kst", "dossiers", "title", "date", "names"), CASES)
def test_motie_fields_as_the_xml_states_them(name, kst, dossiers, title, date, names) -> None:
    doc = kamerparse.parse_file(XML / name)
    assert doc.id == kst and doc.number == kst.rsplit("-", 1)[1]
    assert [(d.id, d.title) for d in doc.dossiers] == dossiers
    assert (doc.title, doc.date, doc.document_type) == (title, date, "motie")
    assert doc.chamber == "Tweede Kamer"
    assert [s.name for s in doc.signatories] == names
    assert all(s.function is None for s in doc.signatories)
    assert doc.paragraphs[0].text == "De Kamer," and "orde van de dag" in doc.paragraphs[-1].text
    assert doc.warnings == []


def test_the_references_the_xml_links_keep_their_official_id() -> None:
    # <extref doc="kst-36410-VI-87">36 410-VI, nr. 87</extref>
    doc = kamerparse.parse_file(XML / "009647bd-1f64-4fcc-9447-402950f7e825.xml")
    # the motie also names the EU's crisis regulation, Verordening (EU) 2024/1359, twice
    assert [(r.type, r.text, r.id) for r in doc.references if r.type != "kamerstuk"] == [
        ("eu-legislation", "EU-crisisverordening", "32024R1359"),
        ("eu-legislation", "crisisverordening", "32024R1359"),
    ]
    (ref,) = [r for r in doc.references if r.type == "kamerstuk"]
    assert (ref.type, ref.id, ref.dossier, ref.number) == ("kamerstuk", "kst-36410-VI-87",
                                                           "36410-VI", "87")  # fmt: skip
    para = doc.sections[ref.where.section].paragraphs[ref.where.paragraph]
    assert para.text[ref.where.start : ref.where.end] == "36 410-VI, nr. 87" == ref.text
    # <dossierref dossier="36410-VII">36 410-VII</dossierref>: a bare dossier number the
    # extractors leave alone in running text, kept because the XML links it
    doc = kamerparse.parse_file(XML / "14f0304e-d288-4e29-91fa-cc3725027197.xml")
    (ref,) = [r for r in doc.references if r.type == "dossier"]
    assert (ref.type, ref.id, ref.text) == ("dossier", "36410-VII", "36 410-VII")
    assert ref.url == "https://zoek.officielebekendmakingen.nl/dossier/36410-VII"
    para = doc.sections[ref.where.section].paragraphs[ref.where.paragraph]
    assert para.text[ref.where.start : ref.where.end] == "36 410-VII"


def test_list_items_keep_their_label() -> None:
    # <lijst><li><li.nr>•</li.nr><al>zich in te spannen …</al></li> … inside an <al-groep>
    doc = kamerparse.parse_file(XML / "636d4be1-7d87-4ca3-af85-b612c5191049.xml")
    items = [p.text for p in doc.paragraphs if p.text[:1] in "•–"]
    assert items and all(t[1] == " " for t in items)


# --- refusals and bad XML --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("stb.xml", "a Staatsblad publication"),
        ("stcrt.xml", "a Staatscourant publication"),
        ("gmb.xml", "a municipal gazette (Gemeenteblad)"),
    ],
)
def test_other_publication_types_are_refused_in_one_line(name: str, what: str) -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(XML / "other" / name)
    assert e.value.kind == "unsupported"
    assert str(e.value) == (
        f"{XML / 'other' / name}: {what}: kamerparse reads Kamerstukken, Aanhangsels and "
        "Handelingen"
    )


BAD = [
    # entity definitions are refused before any parser sees them (billion laughs, XXE)
    (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<officiele-publicatie><kamerstuk><stuk><titel>&b;</titel></stuk></kamerstuk>"
        b"</officiele-publicatie>",
        "unsupported",
        "XML with a document type declaration: refused",
    ),
    (
        b'<?xml version="1.0"?>\n<officiele-publicatie><kamerstuk><stuk>',
        "corrupt-xml",
        "not well-formed XML: no element found: line 2, column 39",
    ),
    (
        b'<?xml version="1.0"?>\n<officiele-publicatie><metadata/></officiele-publicatie>',
        "unsupported",
        "publication XML holding nothing: kamerparse reads Kamerstukken, Aanhangsels and "
        "Handelingen",
    ),
]


@pytest.mark.parametrize(("data", "kind", "message"), BAD)
def test_bad_publication_xml_gets_one_line(data: bytes, kind: str, message: str) -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(data, source="x.xml")
    assert (e.value.kind, str(e.value)) == (kind, f"x.xml: {message}")


def test_deep_or_cut_off_publication_xml_gets_one_line() -> None:
    deep = b"<officiele-publicatie><kamerstuk><stuk>" + b"<divisie>" * 5000 + b"<al>x</al>"
    deep += b"</divisie>" * 5000 + b"</stuk></kamerstuk></officiele-publicatie>"
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(deep, source="x.xml")
    assert (e.value.kind, e.value.message) == (
        "corrupt-xml",
        "XML nested too deeply to be a publication",
    )
    whole = (XML / "009647bd-1f64-4fcc-9447-402950f7e825.xml").read_bytes()
    for cut in range(200, len(whole) - 40, 97):  # every cut is refused, never a traceback
        with pytest.raises(kamerparse.ParseError) as e:
            kamerparse.parse_bytes(whole[:cut], source="x.xml")
        assert e.value.kind == "corrupt-xml" and "\n" not in str(e.value)


def test_other_xml_keeps_its_refusal() -> None:
    data = b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>'
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(data, source="x.xml")
    assert e.value.kind == "unsupported" and "<officiele-publicatie>" in str(e.value)


# --- Aanhangsel and Handelingen ----------------------------------------------------------------
# No official XML of an Aanhangsel or of the Handelingen was at hand. ``data/xml/transcribed``
# holds parts of two real papers whose PDFs are in ``data/pdf``, set word for word in the
# elements the publication XML uses for them (<kamervragen>: kamervraagnummer,
# kamervraagomschrijving, vraag/antwoord with nr and al, noot; <handelingen>: agendapunt, kop,
# spreekbeurt, spreker, tekst, al). The PDF of the same paper states what they must give.

TRANSCRIBED = XML / "transcribed"


def test_an_aanhangsel_gives_what_its_pdf_gives() -> None:
    xml = kamerparse.parse_file(TRANSCRIBED / "ah-tk-20232024-1786-part.xml")
    pdf = kamerparse.parse_file(DATA / "pdf" / "aanhangsel-ah-tk-20232024-1786.pdf")
    fields = ("id", "number", "title", "date", "chamber", "parliamentary_year", "document_type")
    assert [getattr(xml, f) for f in fields] == [getattr(pdf, f) for f in fields]
    assert xml.id == "ah-tk-20232024-1786" and xml.date == "2024-05-21"
    # each question and answer under its own heading; the answer's line ("Antwoord van …
    # (ontvangen …).") is the header's in every form, as a letter's dagtekening
    assert not any(p.text.startswith("Antwoord van") for s in xml.sections for p in s.paragraphs)
    for got, printed in zip(xml.sections[:2], pdf.sections[:2], strict=True):
        assert got.heading == printed.heading
        assert [(p.text, p.footnotes) for p in got.paragraphs] == [
            (p.text, p.footnotes) for p in printed.paragraphs
        ]
    question_12 = next(s for s in pdf.sections if s.heading == "Vraag 12")
    assert xml.sections[2].heading == "Vraag 12"
    assert xml.sections[2].paragraphs[0].text == question_12.paragraphs[0].text
    assert [(n.number, n.text) for n in xml.footnotes] == [
        (n.number, n.text) for n in pdf.footnotes if n.number in ("1", "10")
    ]
    # the footnote's linked Kamerstuk, beside what the extractors find
    assert [(r.id, r.where.footnote) for r in xml.references if r.type == "kamerstuk"] == [
        ("kst-26485-267", "10")
    ]
    assert xml.warnings == []


def test_the_handelingen_give_what_their_pdf_gives() -> None:
    xml = kamerparse.parse_file(TRANSCRIBED / "h-tk-20232024-40-6-part.xml")
    pdf = kamerparse.parse_file(DATA / "pdf" / "handelingen-h-tk-20232024-40-6-p1.pdf")
    fields = ("id", "title", "date", "chamber", "parliamentary_year", "document_type")
    assert [getattr(xml, f) for f in fields] == [getattr(pdf, f) for f in fields]
    assert xml.id == "h-tk-20232024-40-6" and xml.title == "Staat van de Volkshuisvesting"
    got = [p.text for p in xml.paragraphs]
    printed = [p.text for p in pdf.paragraphs]
    # speakers and their words in the order the page prints them; the PDF sets the chair's
    # line as a heading, the XML as a paragraph
    assert pdf.sections[1].heading == "Voorzitter: Martin Bosma"
    assert got == ["Voorzitter: Martin Bosma", *printed[3:9]]


def test_a_letter_gives_what_its_pdf_gives() -> None:
    # the opening and first section of Kamerstuk 27 925, nr. 963 and its signature, set word
    # for word in the elements of a letter (brief: adres, dagtekening, tekst, tussenkop, al,
    # noot, extref, ondertekening with functie and naam)
    xml = kamerparse.parse_file(TRANSCRIBED / "kst-27925-963-part.xml")
    pdf = kamerparse.parse_file(DATA / "pdf" / "kst-27925-963.pdf")
    fields = ("id", "number", "title", "document_type", "addressee", "place", "date", "chamber",
              "parliamentary_year", "dossiers", "footnotes", "signatories")  # fmt: skip
    for f in fields:
        got, printed = getattr(xml, f), getattr(pdf, f)
        if f == "footnotes":
            printed = [replace(n, page=None) for n in printed]
        assert got == printed, f
    for got, printed in zip(xml.sections, pdf.sections[:2], strict=True):
        assert got.heading == printed.heading
        assert [(p.text, p.footnotes) for p in got.paragraphs] == [
            (p.text, p.footnotes) for p in printed.paragraphs[: len(got.paragraphs)]
        ]
    # the linked Kamerstukken are the ones the extractors find, in the same places
    assert [(r.id, r.where.section, r.where.paragraph, r.where.start) for r in xml.references] == [
        (r.id, r.where.section, r.where.paragraph, r.where.start)
        for r in pdf.references
        if r.where.part == "body" and r.where.section <= 1 and r.where.paragraph <= 1
    ]
    assert xml.warnings == []
