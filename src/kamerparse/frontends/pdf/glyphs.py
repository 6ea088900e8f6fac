"""The one record every PDF backend produces, so the layout code never sees a backend.

A ``Glyph`` is a *run* of text set in one font, one size, on one baseline, as the PDF shows it
(pdfium: consecutive characters of one text object; pdfplumber: consecutive characters that
agree on font, size and baseline and follow each other on the line). Runs, not single
characters, keep the hot path lean: a page of a Kamerstuk has about 2,000 characters but only
40 to 200 runs, and all that the layout needs (superscript markers, italic headings, column
gaps) changes at run boundaries anyway.

Coordinates are PDF points, top-down like pdfplumber's (``top`` grows down the page), relative
to the page's media box. ``baseline`` is the pen's y: two runs on one printed line share it
whatever their sizes, which is what line building needs; a superscript sits above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# pdfium reports a hyphen that ends a line as U+0002 (per character) or U+FFFE (in page text);
# a soft hyphen can show up as U+00AD.
# Both are printed hyphens, and the text is kept as printed.
_HYPHENS = str.maketrans(
    {"\x02": "-", "\ufffe": "-", "\xad": "-", "\x00": None}
    # Word sets list bullets in the Symbol or Wingdings font, whose glyphs a PDF names by
    # private-use code points (U+F0B7 for "•"): as text they are a list item's bullet
    | {chr(c): "•" for c in range(0xF000, 0xF100)}
)
# tabs, no-break spaces, odd widths: one plain space each, so the line joiner sees spaces
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# "ABCDEF+Univers-Black": the subset prefix is noise, the rest names the face
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|-bd\b|extrabold|ultra", re.I)
_ITALIC = re.compile(r"italic|oblique|slanted|-it\b|kursiv", re.I)


@dataclass(slots=True)
class Glyph:
    """A run of text in one font, size and baseline."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    font: str
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class Rule:
    """A horizontal rule (a thin line or rectangle): title-block rules, the footnote separator."""

    x0: float
    x1: float
    y: float


@dataclass(slots=True)
class PageGlyphs:
    """What one page gives: its size, its runs (in content order) and its horizontal rules."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: int = 0
    # characters of text the page does not show (render mode 3): over a page image, that is
    # the text layer an OCR program lays over a scan (counted on pages with an image only)
    invisible: int = 0


def clean_text(text: str) -> str:
    """Printed text as a string: line-end hyphens back to "-", odd spaces to plain spaces."""
    if text.isascii() and text.isprintable():
        return text  # no control character, hyphen mark, odd space or private-use glyph
    text = text.translate(_HYPHENS)
    if "\r" in text or "\n" in text:
        text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text)


def font_style(name: str) -> tuple[str, bool, bool]:
    """Face name without subset prefix, and whether it is bold and italic.

    Decided from the name alone, in both backends, so that they agree: "Helvetica-Bold",
    "Univers-Black", "Helvetica-Oblique", "Univers-Oblique" say it all in official PDFs.
    """
    name = _SUBSET.sub("", name)
    return name, _BOLD.search(name) is not None, _ITALIC.search(name) is not None
