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
from typing import Protocol

from ...errors import ParseError
from ...layout import Layout
from .glyphs import PageGlyphs
from .lines import build_lines

BACKENDS = ("pdfium", "pdfplumber")
# at least this many printed characters a page on average, else pages that carry images are
# taken for a scan whose text layer is missing (a page number or a stamp is not a text layer)
MIN_CHARS_PER_PAGE = 20


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


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a PDF whose compressed streams unpack to more than the limit, counting as it
    unpacks (in pieces, nothing kept) and stopping at the limit: bounded time and memory."""
    limit = max(MIN_UNPACK_LIMIT, UNPACK_RATIO * len(data))
    total = 0
    for m in _STREAM.finditer(data):
        if data[m.start() - 3 : m.start()] == b"end":
            continue
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
    chars = sum(len(g.text) - g.text.count(" ") for p in pages for g in p.glyphs)
    with_images = sum(1 for p in pages if p.images)
    if chars == 0 or (chars < MIN_CHARS_PER_PAGE * len(pages) and 2 * with_images >= len(pages)):
        raise ParseError("no-text-layer", "no text layer: OCR it first")
    return Layout(lines=build_lines(pages), format="pdf", pages=len(pages))
