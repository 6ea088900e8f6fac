"""The PDF front end: an official Kamerstuk PDF to the ``Layout`` the shared stages parse.

``read_pdf`` checks the bytes, lets a backend turn each page into glyph runs (pypdfium2 by
default, pdfplumber as the alternative: both yield the same ``Glyph`` records) and hands the
runs to ``lines.build_lines``, which knows nothing of the backend. Every failure is a
``ParseError`` with a one-line reason and a stable kind.
"""

from __future__ import annotations

import importlib.util
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol

from ...errors import ParseError
from ...layout import Layout, Line, marker
from .glyphs import PageGlyphs
from .lines import build_lines

BACKENDS = ("pdfium", "pdfplumber")
# at least this many printed characters a page on average, else pages that carry images are
# taken for a scan whose text layer is missing (a page number or a stamp is not a text layer)
MIN_CHARS_PER_PAGE = 20
# an OCR size this common beside the page's most common one is body text set at the other size
BODY_TWIN_SHARE = 0.25
# OCR sizes closer than this are one size set a little differently
SIZE_STEP = 0.6


class _Reader(Protocol):
    """What both backends offer: a page count, pages of glyph runs, and close()."""

    pages: int

    def __iter__(self) -> Iterator[PageGlyphs]: ...
    def close(self) -> None: ...


def _open(data: bytes, backend: str) -> _Reader:
    if backend == "pdfplumber":
        from .backend_pdfplumber import PdfplumberReader

        return PdfplumberReader(data)
    from .backend_pdfium import PdfiumReader

    return PdfiumReader(data)


PDFPLUMBER_MISSING = (
    "the pdfplumber back end is an optional extra: pip install 'kamerparse[pdfplumber]'"
)


def has_pdfplumber() -> bool:
    return importlib.util.find_spec("pdfplumber") is not None


# What the Flate streams of a PDF may unpack to: 20 times the file, at least 32 MB. Text and
# fonts pack 3 to 10 times; a content stream of a million repeated operators packs a thousand
# times and costs a PDF reader gigabytes and minutes to lay out (a 200 KB file: 3 GB, 60 s).
UNPACK_RATIO = 20
MIN_UNPACK_LIMIT = 32 * 2**20
_STREAM = re.compile(rb"stream\r?\n")
# the dictionary of a stream that holds an image (read just before "stream")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a PDF whose compressed streams unpack to more than the limit, counting as it
    unpacks (in pieces, nothing kept) and stopping at the limit: bounded time and memory."""
    limit = max(MIN_UNPACK_LIMIT, UNPACK_RATIO * len(data))
    total = 0
    for m in _STREAM.finditer(data):
        if data[m.start() - 3 : m.start()] == b"end":
            continue
        if _IMAGE.search(data, max(0, m.start() - 400), m.start()):
            continue  # an image: reading the text never decodes it
        inflate = zlib.decompressobj()
        pending = memoryview(data)[m.end() :]
        try:
            while pending and not inflate.eof:
                total += len(inflate.decompress(pending, 2**20))
                if total > limit:
                    raise ParseError(
                        "too-large",
                        f"its compressed streams unpack to more than {limit // 2**20} MB",
                    )
                pending = memoryview(inflate.unconsumed_tail)
        except zlib.error:
            continue  # not Flate (an image, a font in another filter) or damaged: the reader's


def check_backend(backend: str) -> str:
    """The backend ``backend`` names ("auto" is pdfium); ValueError for an unknown name,
    ImportError for pdfplumber when that optional extra is not installed."""
    if backend == "auto":
        return "pdfium"
    if backend not in BACKENDS:
        raise ValueError(f"unknown PDF backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if backend == "pdfplumber" and not has_pdfplumber():
        raise ImportError(PDFPLUMBER_MISSING)
    return backend


def read_pdf(data: bytes, backend: str = "auto") -> Layout:
    """Read a PDF into lines with roles, markers, headings and paragraph starts.

    ``backend``: "auto" (pypdfium2: it reads the dev set as well as pdfplumber at a fraction
    of the time), "pdfium" or "pdfplumber".
    """
    backend = check_backend(backend)
    if not data.strip():
        raise ParseError("empty", "empty input")
    if b"%PDF-" not in data[:1024]:
        raise ParseError("not-pdf", "not a PDF: no %PDF header")
    if b"%%EOF" not in data:  # a cut-off download: pdfium might rebuild part of it silently
        raise ParseError("corrupt-pdf", "truncated PDF: no end-of-file marker")
    _check_unpacked_size(data)
    reader = _open(data, backend)
    try:
        if reader.pages == 0:
            raise ParseError("no-pages", "PDF has no pages")
        pages: list[PageGlyphs] = list(reader)
    finally:
        reader.close()
    text = "".join([g.text for p in pages for g in p.glyphs])
    chars = len(text) - text.count(" ")
    with_images = sum(1 for p in pages if p.images)
    if chars == 0 or (chars < MIN_CHARS_PER_PAGE * len(pages) and 2 * with_images >= len(pages)):
        raise ParseError("no-text-layer", NO_TEXT_LAYER)
    warnings = ocr_warnings(pages)
    scans = {page.number for page in pages if _is_scan(page)}
    for page in pages:
        if page.number in scans:
            _even_sizes(page)
            _mend_words(page)
    lines = _join_chamber_line(build_lines(pages), scans)
    if scans:
        _mark_ocr_footnotes(lines, scans)
    for line in lines:
        if line.page in scans and line.role is None:
            # an OCR layer has one font, neither bold nor italic: whether a line is a heading
            # is left to the stages, which judge it from the text as they do for plain text
            line.heading = None
    return Layout(lines=lines, format="pdf", pages=len(pages), warnings=warnings)


NO_TEXT_LAYER = (
    "no text layer (a scan): parse it with --ocr (Tesseract: "
    "apt-get install tesseract-ocr tesseract-ocr-nld), or give its text"
)


def _is_scan(page: PageGlyphs) -> bool:
    """Most of the page's text is invisible and lies over an image: an OCR layer."""
    if not (page.images and page.invisible):  # most pages: no need to count
        return False
    chars = sum(len(g.text) - g.text.count(" ") for g in page.glyphs)
    return 2 * page.invisible >= chars


def _even_sizes(page: PageGlyphs) -> None:
    """OCR sizes each line by its own letters: the body text of a page comes out at 8 points
    on one line and 9 on the next (Tesseract rounds to whole points), or at 8.8, 9.1, 8.9 (other
    programs). Sizes that close together are one size, and where the page's most common size
    has a whole-point neighbour nearly as common, both are the body size; so a line's size no
    longer reads as a new paragraph, while smaller type (footnotes) and larger (titles) keep
    their own."""
    weight: dict[float, int] = {}
    for g in page.glyphs:
        weight[g.size] = weight.get(g.size, 0) + len(g.text)
    if not weight:
        return
    # runs of sizes less than SIZE_STEP apart: each takes the run's (weighted) median size
    same: dict[float, float] = {}
    run: list[float] = []
    for size in [*sorted(weight), None]:
        if run and (size is None or size - run[-1] >= SIZE_STEP):
            half, seen = sum(weight[s] for s in run) / 2, 0
            median = next(s for s in run if (seen := seen + weight[s]) >= half)
            same.update((s, median) for s in run)
            run = []
        if size is not None:
            run.append(size)
    merged: dict[float, int] = {}
    for size, w in weight.items():
        merged[same[size]] = merged.get(same[size], 0) + w
    body = max(merged, key=lambda size: merged[size])
    near = [s for s in merged if s != body and abs(s - body) <= 1.0]
    twin = max(near, key=lambda size: merged[size], default=None)
    if twin is not None and merged[twin] >= BODY_TWIN_SHARE * merged[body]:
        same = {s: body if t == twin else t for s, t in same.items()}
    for g in page.glyphs:
        g.size = same[g.size]


_CHAMBER_LINE = re.compile(r"(?:Tweede|Eerste) Kamer der Staten-Generaal", re.I)


def _join_chamber_line(lines: list[Line], scans: set[int]) -> list[Line]:
    """The chamber line of the title block is set letter-spaced: OCR gives each word its own
    box, far enough apart to read as columns. Its pieces are one line again."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.page in scans and line.role == "furniture":
            for n in (2, 3, 4):
                parts = lines[i : i + n]
                text = " ".join(p.text for p in parts)
                if (
                    len(parts) == n
                    and all(p.role == "furniture" for p in parts)
                    and (_CHAMBER_LINE.fullmatch(text))
                ):
                    out.append(replace(line, text=text))
                    i += n
                    break
            else:
                out.append(line)
                i += 1
            continue
        out.append(line)
        i += 1
    return out


# a footnote marker as OCR reads a superscript digit glued to the word before it: the digit
# itself, or (a small "1" or "2") an apostrophe, "!" or "?"
_OCR_MARK = re.compile(r"(?<=[^\W\d_])(?:(\d{1,3})|[’'!?¹²³°])(?=[\s,.;:)»”]|$)")
_NOTE_START = re.compile(r"(\d{1,3})\s")


def _mark_ocr_footnotes(lines: list[Line], scans: set[int]) -> None:
    """OCR has no superscript: a footnote marker comes out glued to its word ("gemeld’,",
    "verwondingen?", "brief2."). Where the scan's body holds exactly one such mark per
    footnote, in the footnotes' order, each becomes that footnote's marker; otherwise (a real
    question mark, a quote) none is taken."""
    numbers: list[str] = []
    for line in lines:
        if line.role == "footnote" and line.page in scans:
            m = _NOTE_START.match(line.text)
            expected = str(int(numbers[-1]) + 1) if numbers else "1"
            if m and m.group(1) == expected:
                numbers.append(expected)
    if not numbers:
        return
    found = [
        (k, m)
        for k, line in enumerate(lines)
        if line.role is None and line.page in scans
        for m in _OCR_MARK.finditer(line.text)
    ]
    if len(found) != len(numbers) or any(
        m.group(1) is not None and m.group(1) != n for (_, m), n in zip(found, numbers, strict=True)
    ):
        return
    for (k, m), n in reversed(list(zip(found, numbers, strict=True))):
        text = lines[k].text
        lines[k].text = text[: m.start()] + marker(n) + text[m.end() :]


# OCR reads the Roman II of "Handelingen II", "Kamerstukken II" as "Il", a word Dutch has not
_OCR_WORDS = {"Il": "II", "Il,": "II,", "Il.": "II."}


def _mend_words(page: PageGlyphs) -> None:
    for g in page.glyphs:
        if "Il" in g.text:
            g.text = " ".join(_OCR_WORDS.get(w, w) for w in g.text.split(" "))


def ocr_warnings(pages: list[PageGlyphs]) -> list[str]:
    """A warning when the text is an OCR layer: invisible text over page images."""
    scanned = [p.number for p in pages if _is_scan(p)]
    if not scanned:
        return []
    where = "every page" if len(scanned) == len(pages) else "pages " + ", ".join(map(str, scanned))
    return [f"the text is OCR (an invisible text layer over the scan, {where}): "
            "letters and digits may be misread"]  # fmt: skip
