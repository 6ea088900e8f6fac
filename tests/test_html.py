"""The HTML front end: the saved publication page of zoek.officielebekendmakingen.nl.

``data/html/other`` holds real saved pages that must be refused: publication pages of a
Staatsblad, a Staatscourant and a Gemeenteblad (from the wetsuite test files) and a
tweedekamer.nl page as openkamer saved it. No saved page of a Kamerstuk was at hand, so the
page of Kamerstuk 24 587, nr. 689 is set here from its real page text
(``data/text/web-kst-24587-689.txt``, copied from that page): each block of the text in a
``<p>`` of the content element (a line break in it a ``<br>``), the site's chrome around it.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

import kamerparse

DATA = Path(__file__).parent / "data"
WEB_TEXT = DATA / "text" / "web-kst-24587-689.txt"

CHROME_TOP = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Justitiële Inrichtingen | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="kst-24587-689">
<meta name="OVERHEIDop.vergaderjaar" content="2016-2017">
<script>var menu = "Zoeken Uitgebreid zoeken";</script></head>
<body><header><nav><a href="/">Officiële bekendmakingen</a> <a href="/help">Help</a></nav>
<form><input name="q"><button>Zoeken</button></form></header>
<div class="inhoudsopgave"><ul><li><a href="#d1">Kamerstuk 24587, nr. 689</a></li></ul></div>
<main><div id="broodtekst" class="stuk">
"""
CHROME_BOTTOM = """</div>
<aside><ul><li><a href="kst-24587-689.pdf">Download PDF</a></li>
<li><a href="kst-24587-689.xml">Download XML</a></li></ul></aside></main>
<footer><p>Overheid.nl werkt samen met Rijksoverheid.nl</p></footer></body></html>
"""


def _page(text: str) -> bytes:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip() and b.strip() != "Naar boven"]
    # a line break inside a block ("X Noot" over its number) is a <br> on the page
    body = "\n".join(
        "<p>" + "<br>".join(html.escape(line.strip()) for line in b.splitlines()) + "</p>"
        for b in blocks
    )
    return (CHROME_TOP + body + CHROME_BOTTOM).encode("utf-8")


def test_the_publication_page_gives_the_document_of_its_text() -> None:
    text = WEB_TEXT.read_text(encoding="utf-8")
    from_page = kamerparse.parse_bytes(_page(text), source="kst-24587-689.html")
    from_text = kamerparse.parse_text(text, source="web-kst-24587-689.txt")
    assert from_page.source.format == "html" and from_page.source.path == "kst-24587-689.html"
    a, b = from_page.to_dict(), from_text.to_dict()
    # the page's metadata states the vergaderjaar, which its text does not
    assert (a.pop("parliamentary_year"), b.pop("parliamentary_year")) == ("2016-2017", None)
    assert {k: (a[k], b[k]) for k in a if k != "source" and a[k] != b[k]} == {}
    assert from_page.id == "kst-24587-689" and from_page.title.startswith("BRIEF VAN DE STAATS")
    assert [f.number for f in from_page.footnotes] == ["1", "2"]
    # nothing of the chrome comes through
    everything = " ".join(p.text for p in from_page.paragraphs)
    for chrome in ("Zoeken", "Download", "Overheid.nl", "Help", "Kamerstuk 24587, nr. 689"):
        assert chrome not in everything


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("stb.html", "the page of a Staatsblad publication: kamerparse reads Kamerstukken, "
                     "Aanhangsels and Handelingen"),
        ("stcrt.html", "the page of a Staatscourant publication: kamerparse reads Kamerstukken, "
                       "Aanhangsels and Handelingen"),
        ("gmb.html", "the page of a municipal gazette (Gemeenteblad): kamerparse reads "
                     "Kamerstukken, Aanhangsels and Handelingen"),
        ("openkamer-2015D04817.html", "an HTML page that is no publication page of "
         "zoek.officielebekendmakingen.nl (no content element): parse the letter's text, its "
         "PDF or its XML"),
    ],
)  # fmt: skip
def test_other_pages_are_refused_in_one_line(name: str, message: str) -> None:
    path = DATA / "html" / "other" / name
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(path)
    assert e.value.kind == "unsupported" and str(e.value) == f"{path}: {message}"


def test_the_content_element_of_a_real_page_is_read_without_its_chrome() -> None:
    # the Staatsblad page is refused as a type, but its content element is what a Kamerstuk
    # page holds too: the reading itself is checked on this real page
    from kamerparse.frontends.html import _Page

    page = _Page()
    page.feed((DATA / "html" / "other" / "stb.html").read_text(encoding="utf-8"))
    page.close()
    assert page.lines[0].startswith("Besluit van 14 juli 2014, houdende verlenging van de")
    assert "ARTIKEL I" in page.lines and "Wassenaar, 14 juli 2014" in page.lines
    # a signature in spans: function and name on one line, as the page shows them
    assert ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, R.H.A. Plasterk"
            in page.lines)  # fmt: skip
    assert not any(line in ("Aanhef", "Lichaam", "Ondertekening") for line in page.lines)


NOTE_SHAPES = {
    # a page may set a footnote's head, number and text in one element or in several
    "head and number inline, text in a block": '<div class="voetnoot"><a>X</a> Noot '
    '<span class="nr">1</span> <p>Zie bijvoorbeeld Kamerstuk 24 587, nrs. 659 en 660</p></div>',
    "a list item": '<ol class="noten"><li class="noot"><sup>1</sup> Zie bijvoorbeeld Kamerstuk '
    "24 587, nrs. 659 en 660</li></ol>",
    "each part a block": '<div class="noot"><p>X Noot</p><p>1</p><p>Zie bijvoorbeeld Kamerstuk '
    "24 587, nrs. 659 en 660</p></div>",
}


@pytest.mark.parametrize("shape", NOTE_SHAPES)
def test_footnotes_of_the_page_are_read_whatever_their_markup(shape: str) -> None:
    page = (
        '<html><head><meta name="DC.identifier" content="kst-24587-689"></head><body>'
        '<div id="broodtekst"><p>24 587 Justitiële Inrichtingen</p>'
        "<p>Nr. 689 BRIEF VAN DE STAATSSECRETARIS VAN VEILIGHEID EN JUSTITIE</p>"
        '<p>Zoals ik eerder aan uw Kamer heb gemeld<sup><a class="nootnum" href="#n1">1</a>'
        "</sup>, is onder de naam «Koers en Kansen voor de sanctie-uitvoering» een brede "
        f"verkenning uitgevoerd.</p>{NOTE_SHAPES[shape]}</div></body></html>"
    )
    doc = kamerparse.parse_bytes(page.encode("utf-8"), source="x.html")
    assert [(n.number, n.text) for n in doc.footnotes] == [
        ("1", "Zie bijvoorbeeld Kamerstuk 24 587, nrs. 659 en 660")
    ]
    assert doc.paragraphs[0].footnotes == ["1"]
    assert doc.paragraphs[0].text.startswith("Zoals ik eerder aan uw Kamer heb gemeld, is")


def test_an_aanhangsel_page_gives_what_its_pdf_gives() -> None:
    # the page of Aanhangsel 2023-2024, nr. 1786, set here from the text of its official PDF:
    # the title, the answer's preamble (the header's, not the body's), questions and answers,
    # each block a <p>
    pdf = kamerparse.parse_file(DATA / "pdf" / "aanhangsel-ah-tk-20232024-1786.pdf")
    blocks = [
        pdf.title or "",
        "Antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst), mede "
        "namens de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking (ontvangen 21 "
        "mei 2024).",
    ]
    for section in pdf.sections[:5]:
        blocks += [section.heading] if section.heading else []
        blocks += [p.text for p in section.paragraphs]
    page = (
        '<!DOCTYPE html><html><head><meta name="DC.identifier" content="ah-tk-20232024-1786">'
        '<meta name="OVERHEIDop.vergaderjaar" content="2023-2024"></head><body><nav>Zoeken</nav>'
        '<div id="broodtekst">' + "".join(f"<p>{html.escape(b)}</p>" for b in blocks)
        + "</div></body></html>"
    )  # fmt: skip
    doc = kamerparse.parse_bytes(page.encode("utf-8"), source="ah-tk-20232024-1786.html")
    fields = ("id", "number", "title", "date", "chamber", "parliamentary_year", "document_type")
    assert [getattr(doc, f) for f in fields] == [getattr(pdf, f) for f in fields]
    assert [s.heading for s in doc.sections] == [s.heading for s in pdf.sections[:5]]
    assert [p.text for p in doc.paragraphs] == [
        p.text for s in pdf.sections[:5] for p in s.paragraphs
    ]
