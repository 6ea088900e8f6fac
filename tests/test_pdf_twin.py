"""The official motie PDF against its official XML twin (kst-21501-02-3121): same document,
so the PDF path must give the XML's header fields and text.

The XML sometimes splits one sentence over two <al> elements inside an <al-groep>; the PDF
prints the group as one paragraph.
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kamerparse

DATA = Path(__file__).parent / "data"
PDF = DATA / "pdf" / "motie-kst-21501-02-3121.pdf"
XML = DATA / "xml" / "4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml"


def xml_truth(path: Path = XML) -> dict:
    """What an official motie XML states: the fields and paragraphs a parse must give."""
    root = ET.parse(path).getroot()
    text = {e.tag: " ".join("".join(e.itertext()).split()) for e in root.iter()}
    titles = [" ".join("".join(e.itertext()).split()) for e in root.iter("titel")]
    date = next(root.iter("datum")).attrib["isodatum"]
    grouped = {id(al) for g in root.iter("al-groep") for al in g.iter("al")}
    paragraphs: list[str] = []
    for e in root.iter():
        if e.tag == "al-groep":  # one sentence split over several <al>: one printed paragraph
            paragraphs.append(
                " ".join(" ".join("".join(al.itertext()).split()) for al in e.iter("al"))
            )
        elif e.tag == "al" and id(e) not in grouped:
            paragraphs.append(" ".join("".join(e.itertext()).split()))
    # the member names under the text close the body
    names = [p for p in paragraphs if p[:1].isupper() and " " not in p and not p.endswith(",")]
    body = [p for p in paragraphs if p not in names]
    return {
        "dossier": text["dossiernummer"].replace(" ", ""),
        "dossier_title": titles[0],
        "number": text["ondernummer"],
        "title": titles[1],
        "date": date,
        "paragraphs": body,
        "names": names,
    }


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_motie_pdf_equals_its_xml_twin(backend):
    truth = xml_truth()
    doc = kamerparse.parse_file(PDF, backend=backend)
    assert doc.id == "kst-21501-02-3121"
    assert doc.dossiers[0].id == truth["dossier"] == "21501-02"
    assert doc.dossiers[0].title == truth["dossier_title"]
    assert (doc.number, doc.title, doc.date) == (truth["number"], truth["title"], truth["date"])
    assert doc.document_type == "motie" and doc.parliamentary_year == "2024-2025"
    assert [p.text for p in doc.paragraphs] == truth["paragraphs"]
    assert [s.name for s in doc.signatories] == truth["names"] == ["Ceder"]
    assert doc.source.format == "pdf" and doc.source.pages == 1
