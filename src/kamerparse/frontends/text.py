"""The text front end: bytes or str of a letter (web text, text extracted from a PDF) to lines.

Plain text carries little layout: line breaks, blank lines, form feeds between PDF pages, and in
some extractions a single leading space on the first line of a new page. This front end records
exactly that on each ``Line`` and leaves every structural decision to the shared stages.
"""

from __future__ import annotations

from itertools import pairwise

from ..errors import ParseError
from ..layout import Layout, Line
from ..stages.header.kamerstuk import split_run_in_header
from ..stages.normalise import normalise_text
from .columns import split_letterhead_column
from .converted_text import undo_extractor_forms

MAX_TEXT_BYTES = 50 * 1024 * 1024
_LEGACY = ("cp1252", "latin-1")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode letter bytes: UTF-8 (with or without BOM), else cp1252/latin-1 with a warning."""
    if not data.strip():
        raise ParseError("empty", "empty input")
    if len(data) > MAX_TEXT_BYTES:
        raise ParseError(
            "too-large",
            f"{len(data) // 2**20} MB of text is more than {MAX_TEXT_BYTES // 2**20} MB",
        )
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise ParseError("binary", "binary data, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, enc, [f"input is not UTF-8; decoded as {enc}"]
    raise ParseError("binary", "undecodable bytes")  # latin-1 decodes anything: unreachable


def _control_ratio(sample: bytes) -> float:
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / max(1, len(sample))


def read_text(text: str, encoding: str | None = None, warnings: list[str] | None = None) -> Layout:
    """Split normalised text into ``Line`` records with page and blank-line evidence."""
    text = undo_extractor_forms(normalise_text(text))
    pages = text.split("\f")
    # Some extractions mark a new page only by one leading space on its first line; that is
    # evidence only where ordinary lines do not start with a space.
    raw_lines = text.replace("\f", "\n").split("\n")
    indented = sum(1 for s in raw_lines if s.startswith(" ") and s.strip())
    space_marks_page = 0 < indented <= max(3, len(raw_lines) // 8)
    hanging = _hanging_indent(raw_lines)
    lines: list[Line] = []
    for page_no, page in enumerate(pages, start=1):
        gap = False
        first_on_page = page_no > 1
        for raw in page.split("\n"):
            stripped = raw.strip()
            if not stripped:
                gap = True
                continue
            if hanging and not raw.startswith(" "):
                gap = True  # a paragraph or a heading starts at the margin
            starts_page = first_on_page or (
                space_marks_page and raw.startswith(" ") and not raw.startswith("  ") and lines
            )
            lines.append(Line(stripped, page=page_no, gap_before=gap, page_start=bool(starts_page)))
            gap = False
            first_on_page = False
    return Layout(
        lines=split_letterhead_column(split_run_in_header(lines)),
        format="text",
        pages=len(pages) if len(pages) > 1 else None,
        encoding=encoding,
        warnings=list(warnings or []),
    )


_DEEP = " " * 8


def _hanging_indent(raw_lines: list[str]) -> bool:
    """Some tweedekamer.nl pages indent every line of a paragraph but its first (the page's
    markup showing through): a paragraph, a heading and a list item start at the margin. Told by
    lines at the margin followed by deeply indented lines, again and again."""
    starts = sum(
        1
        for line, nxt in pairwise(raw_lines)
        if line[:1].strip() and nxt.startswith(_DEEP) and nxt.strip()
    )
    return starts >= 3
