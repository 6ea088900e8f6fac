"""The HTML front end: the publication page of zoek.officielebekendmakingen.nl, as a user saves
it, to lines.

The page sets the publication in one content element, ``<div id="broodtekst">``; around it
stand the site's chrome (search box, menus, table of contents, download links), which is not
the document. This front end keeps the content element only and gives its text the shape of
the page's text as a browser shows it: one line per block (paragraph, heading, list item,
table row), a blank line between blocks. From there the text stages read it, as they read the
copied text of such a page. The page's metadata (``DC.identifier``, ``OVERHEIDop.vergaderjaar``)
states the publication id and the vergaderjaar.

Pages of other publication types (Staatsblad, Staatscourant, gazettes) are refused, and so is
any HTML page without the content element. The standard library's tolerant HTML tokenizer
reads the page: it fetches nothing and expands no entities beyond the HTML ones.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..errors import ParseError
from ..layout import Layout, Line
from .text import read_text

CONTENT_ID = "broodtekst"
# blocks: each ends a line of the page's text
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "dl", "dt",
     "dd", "section", "article", "blockquote", "br", "hr", "caption", "header", "footer"}
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "button", "form", "select"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
# chrome that some page versions set inside the content element: tables of contents
_CHROME_CLASS = re.compile(r"\b(?:toc|inhoudsopgave|inhouds-opgave|verberg|sr-only)\b")
# a footnote's own element (not the marker that cites it)
_NOTE_CLASS = re.compile(r"(?:voet)?noot(?!num|-?ref|nr)|footnote(?!-?ref)", re.I)
# a footnote whose number and text the page sets in one block: "X Noot 1 Zie …", "1 Zie …"
_NOTE_HEAD = re.compile(r"(?:X\s*)?Noot\s*(\d{1,3})[.:]?")
_NOTE_LINE = re.compile(r"(?:X\s*)?(?:Noot\s*)?(\d{1,3})[.):]?\s+(\S.*)")

# publication id prefixes of the types kamerparse reads, and of those it refuses
_ACCEPTED_IDS = re.compile(r"(?:kst|ah|h|blg|nds|kv)-")
_REFUSED_IDS = {
    "stb": "a Staatsblad publication",
    "stcrt": "a Staatscourant publication",
    "trb": "a Tractatenblad publication",
    "gmb": "a municipal gazette (Gemeenteblad)",
    "prb": "a provincial gazette (Provinciaal blad)",
    "wsb": "a water board gazette (Waterschapsblad)",
    "bgr": "a gazette of a joint arrangement",
}
_ACCEPTED = "kamerparse reads Kamerstukken, Aanhangsels and Handelingen"


class _Page(HTMLParser):
    """Collects the page's metadata and the text of its content element, block by block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.found = False
        self.depth = 0  # open elements inside the content element (0: outside it)
        self.skip_depth = 0  # open elements inside chrome or a script within it
        self.lines: list[str] = []
        self.line: list[str] = []
        self.note_depth = 0  # open elements inside a footnote's element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and a.get("name") and "content" in a:
            self.meta.setdefault(a["name"], a["content"])
        if self.depth == 0:
            if a.get("id") == CONTENT_ID and not self.found:
                self.found = True
                self.depth = 1
            return
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._end_line()
            return
        self.depth += 1
        if self.note_depth:
            self.note_depth += 1
        elif _NOTE_CLASS.search(a.get("class", "")):
            self._end_line()
            self.note_depth = 1
        if self.skip_depth:
            self.skip_depth += 1
        elif tag in _SKIP or _CHROME_CLASS.search(a.get("class", "")):
            self.skip_depth = 1
        elif tag in _BLOCKS:
            self._end_line()
        elif tag in _CELLS:
            self.line.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID and self.depth:  # "<div/>" in XHTML: opened and closed at once
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
        else:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0 or tag in _VOID:
            return
        self.depth -= 1
        if self.skip_depth:
            self.skip_depth -= 1
            if self.note_depth:
                self.note_depth -= 1
            return
        if tag in _BLOCKS or self.depth == 0 or self.note_depth == 1:
            self._end_line()
        if self.note_depth:
            self.note_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip_depth:
            self.line.append(data)

    def _end_line(self) -> None:
        text = " ".join("".join(self.line).split())
        if text and self.note_depth and (m := _NOTE_HEAD.fullmatch(text)):
            # "X Noot 1" over the note's text: the head and its number, as the page shows them
            self.lines.append("X Noot")
            text = m[1]
        elif text and self.note_depth and (m := _NOTE_LINE.fullmatch(text)):
            # number and text in one block: the form the text stages read as a web footnote
            text = f"Noot {m[1]}: {m[2]}"
        if text:
            self.lines.append(text)
        self.line = []


def is_html(text_head: str) -> bool:
    head = text_head[:1000].lstrip("\ufeff \t\r\n").lower()
    return head.startswith("<") and ("<html" in head or head.startswith("<!doctype html"))


def read_html(text: str) -> tuple[Layout, dict[str, str]]:
    """The content element of a publication page as lines, and the page's metadata."""
    page = _Page()
    page.feed(text)
    page.close()
    ident = page.meta.get("DC.identifier", "")
    prefix = ident.split("-", 1)[0].lower()
    if prefix in _REFUSED_IDS:
        raise ParseError("unsupported", f"the page of {_REFUSED_IDS[prefix]}: {_ACCEPTED}")
    if not page.found or not page.lines:
        raise ParseError(
            "unsupported",
            "an HTML page that is no publication page of zoek.officielebekendmakingen.nl "
            "(no content element): parse the letter's text, its PDF or its XML",
        )
    if ident and not _ACCEPTED_IDS.match(ident):
        raise ParseError("unsupported", f"the page of publication {ident}: {_ACCEPTED}")
    layout = read_text("\n\n".join(page.lines) + "\n")
    layout.format = "html"
    _, year = publication_facts(page.meta)
    if ident.startswith("ah-") and year:
        # the page prints no furniture; its metadata says it is an Aanhangsel, which is what
        # the header stage reads from the printed furniture line
        y1, y2 = year.split("-")
        fact = Line(f"Vergaderjaar {y1}–{y2} Aanhangsel van de Handelingen", role="furniture")
        layout.lines.insert(0, fact)
    return layout, page.meta


def publication_facts(meta: dict[str, str]) -> tuple[str | None, str | None]:
    """The publication id and the vergaderjaar the page's metadata states."""
    ident = meta.get("DC.identifier") or None
    if ident and not _ACCEPTED_IDS.match(ident):
        ident = None
    m = re.fullmatch(r"\s*((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\s*",
                     meta.get("OVERHEIDop.vergaderjaar", ""))  # fmt: skip
    return ident, (f"{m[1]}-{m[2]}" if m else None)
