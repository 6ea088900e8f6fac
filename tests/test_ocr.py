"""Scans: a PDF whose page is an image, with an OCR text layer or without one.

Both test PDFs are the official motie kst-21501-02-3121 scanned (see ``data/pdf/README.md``);
its official XML twin states what the parse must give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kamerparse
from kamerparse.frontends.pdf import ocr

DATA = Path(__file__).parent / "data"
WITH_LAYER = DATA / "pdf" / "scan-ocr-motie-kst-21501-02-3121.pdf"
WITHOUT_LAYER = DATA / "pdf" / "scan-motie-kst-21501-02-3121.pdf"
XML = DATA / "xml" / "4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml"
OCR_WARNING = (
    "the text is OCR (an invisible text layer over the scan, every page): letters and digits "
    "may be misread"
)
needs_tesseract = pytest.mark.skipif(
    ocr.tesseract() is None,
    reason="Tesseract with Dutch data is not installed (apt-get install tesseract-ocr "
    "tesseract-ocr-nld)",
)


def _differences(doc: kamerparse.Document) -> dict:
    """Where the scan's parse differs from the XML twin's, source and page numbers aside."""
    a, b = doc.to_dict(), kamerparse.parse_file(XML).to_dict()
    # of the quality, the verdict: the checks measure each form's own input
    a["quality"], b["quality"] = a["quality"]["verdict"], b["quality"]["verdict"]
    for section in a["sections"]:
        for para in section["paragraphs"]:
            assert para["page"] == 1
            para["page"] = None
    return {k: (a[k], b[k]) for k in a if k != "source" and a[k] != b[k]}


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_scan_with_an_ocr_layer_is_read_from_that_layer(backend: str) -> None:
    doc = kamerparse.parse_file(WITH_LAYER, backend=backend)
    assert doc.source.format == "pdf" and doc.source.pages == 1
    assert _differences(doc) == {"warnings": ([OCR_WARNING], [])}


def test_a_born_digital_pdf_gets_no_ocr_warning() -> None:
    for backend in ("pdfium", "pdfplumber"):
        doc = kamerparse.parse_file(DATA / "pdf" / "motie-kst-21501-02-3121.pdf", backend=backend)
        assert doc.warnings == []


def test_a_scan_without_a_text_layer_says_how_to_ocr_it() -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(WITHOUT_LAYER)
    assert e.value.kind == "no-text-layer"
    assert str(e.value) == (
        f"{WITHOUT_LAYER}: no text layer (a scan): parse it with --ocr (Tesseract: apt-get "
        "install tesseract-ocr tesseract-ocr-nld), or give its text"
    )


def test_ocr_without_tesseract_says_how_to_install_it(monkeypatch) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(WITHOUT_LAYER, ocr=True)
    assert (e.value.kind, e.value.message) == (
        "no-text-layer",
        "no text layer, and --ocr needs Tesseract with Dutch data: apt-get install tesseract-ocr "
        "tesseract-ocr-nld",
    )


@needs_tesseract
def test_ocr_on_request_reads_the_scan() -> None:
    doc = kamerparse.parse_file(WITHOUT_LAYER, ocr=True)
    assert doc.source.format == "pdf"
    assert _differences(doc) == {"warnings": ([OCR_WARNING], [])}


@needs_tesseract
def test_ocr_from_the_command_line(capsys) -> None:
    import json

    from kamerparse.cli import main

    assert main(["parse", "--ocr", str(WITHOUT_LAYER)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["id"] == "kst-21501-02-3121" and doc["warnings"] == [OCR_WARNING]


def test_ocr_sizes_of_body_lines_are_evened_and_footnotes_keep_theirs() -> None:
    # sizes as Tesseract set them on page 1 of a scanned Kamerstuk 24 587, nr. 689: body lines
    # at 8 or 9 points by their letters, footnotes at 6
    from kamerparse.frontends.pdf import _even_sizes
    from kamerparse.frontends.pdf.glyphs import Glyph, PageGlyphs

    def glyph(text: str, size: float) -> Glyph:
        return Glyph(text, 1, 0, 100, 0, size, size, "GlyphLessFont", size, False, False)

    page = PageGlyphs(1, 595, 842, images=1)
    page.glyphs = [
        glyph("Het eindrapport Koers en Kansen is inmiddels gereed. U ontvangt het als", 8),
        glyph("bijlage bij deze brief?. Het document is een whitepaper, een ambtelijk", 9),
        glyph("document dat als basis dient voor verdere gesprekken en voor beleidsmatige", 8),
        glyph("keuzes ten aanzien van de detentiecapaciteit, ligt logischerwijs bij een", 9),
        glyph("1 Zie bijvoorbeeld Kamerstuk 24 587, nrs. 659 en 660", 6),
    ]
    _even_sizes(page)
    assert [g.size for g in page.glyphs] == [8, 8, 8, 8, 6]


# OCR output of a scanned Kamerstuk 24 587, nr. 689 (page 1): the superscript markers 1 and 2
# come out as "’" and "?" glued to their words
BODY = [
    "Zoals ik eerder aan uw Kamer heb gemeld’, is onder de naam «Koers en",
    "Het eindrapport Koers en Kansen is inmiddels gereed. U ontvangt het als",
    "bijlage bij deze brief?. Het document is een whitepaper, een ambtelijk",
]
NOTES = [
    "1 Zie bijvoorbeeld Kamerstuk 24 587, nrs. 659 en 660",
    "2 Raadpleegbaar via www.tweedekamer.nl",
]


@pytest.mark.parametrize(
    ("body", "marked"),
    [
        (BODY, ["gemeld\ue0001\ue001,", "brief\ue0002\ue001."]),
        # a digit OCR did read, glued to its word
        ([BODY[0], BODY[1], "bijlage bij deze brief2. Het document is een whitepaper"],
         ["gemeld\ue0001\ue001,", "brief\ue0002\ue001."]),
        # a real question besides the marks: which mark is which cannot be told, none is taken
        ([*BODY, "Is dat zo? Ja."], []),
        # one mark short: none is taken
        (BODY[:2], []),
    ],
)  # fmt: skip
def test_ocr_footnote_marks_become_markers_only_when_they_match_the_notes(body, marked) -> None:
    from kamerparse.frontends.pdf import _mark_ocr_footnotes
    from kamerparse.layout import Line

    lines = [Line(t) for t in body] + [Line(t, role="footnote") for t in NOTES]
    _mark_ocr_footnotes(lines, {1})
    got = [w for line in lines[: len(body)] for w in line.text.split() if "\ue000" in w]
    assert got == marked
    if not marked:
        assert [line.text for line in lines[: len(body)]] == body


def test_fractional_ocr_sizes_of_one_type_are_one_size() -> None:
    # an OCR program that sizes lines to a tenth of a point: body 8.8 to 9.2, footnotes 6.9-7.1
    from kamerparse.frontends.pdf import _even_sizes
    from kamerparse.frontends.pdf.glyphs import Glyph, PageGlyphs

    sizes = [9.0, 8.8, 9.1, 9.0, 9.2, 7.0, 6.9, 7.1]
    page = PageGlyphs(1, 595, 842, images=1)
    page.glyphs = [
        Glyph("een regel lopende tekst", 1, 0, 100, 0, s, s, "Arial", s, False, False)
        for s in sizes
    ]
    _even_sizes(page)
    assert [g.size for g in page.glyphs] == [9.0] * 5 + [7.0] * 3
