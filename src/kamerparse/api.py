"""The library entry points. Pure functions: same input, same Document."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import ParseError, source_name
from .frontends.docx import is_docx, read_docx
from .frontends.html import is_html, publication_facts, read_html
from .frontends.text import MAX_TEXT_BYTES, decode, read_text
from .frontends.vlos import is_vlos, read_vlos
from .frontends.xml import is_publication_xml, read_publication
from .layout import Layout
from .model import Document, Source
from .pipeline import parse_layout
from .second_reading import add_second_reading

PDF_MAGIC = b"%PDF-"
#: the back end name that reads a PDF with both back ends and compares the readings
BOTH = "both"
_T = TypeVar("_T")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc and other OLE files
# the largest PDF or .docx read: a Handelingen volume is tens of MB, a scan a few hundred
MAX_FILE_BYTES = 512 * 2**20
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_text(text: str, source: str | None = None) -> Document:
    """Parse a letter given as text (web text or text extracted from a PDF)."""
    warnings = []
    if _SURROGATE.search(text):
        # a str can hold halves of UTF-16 pairs (from a file name, a bad decoder) that no
        # output encoding accepts: each becomes U+FFFD, as a decoder would make of it
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append("lone surrogates in the text replaced by U+FFFD")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not text.strip():
        raise ParseError("empty", "empty input", source)
    layout = read_text(text, warnings=warnings)
    return parse_layout(layout, Source(path=source, format="text", sha256=digest))


def parse_bytes(
    data: bytes, source: str | None = None, backend: str = "auto", ocr: bool = False
) -> Document:
    """Parse raw bytes: a PDF or a .docx (by their magic numbers), publication XML (by its root
    element), a saved publication page (HTML) or text in UTF-8, cp1252 or latin-1.

    ``ocr``: a PDF without a text layer (a scan) is OCR'd with Tesseract rather than refused.
    ``backend="both"``: a PDF is read by pypdfium2 and again by pdfplumber, and the quality
    gets the check ``second_reading`` naming the fields the two readings give differently.
    """
    if backend == BOTH and PDF_MAGIC in data[:1024]:
        from .frontends.pdf import PDFPLUMBER_MISSING, has_pdfplumber

        if not has_pdfplumber():
            raise ValueError(f"backend 'both': {PDFPLUMBER_MISSING}")
        doc = parse_bytes(data, source, "pdfium", ocr)
        second = parse_bytes(data, source, "pdfplumber", ocr)
        add_second_reading(doc, second, "read again by pdfplumber")
        return doc
    backend = "auto" if backend == BOTH else backend
    digest = hashlib.sha256(data).hexdigest()
    try:
        if PDF_MAGIC in data[:1024]:  # the PDF header may stand anywhere in the first 1 KB
            # imported late: text users need no PDF stack
            from .frontends.pdf import check_backend, read_pdf

            check_backend(backend)  # a wrong name is the caller's error, not the file's
            try:
                layout = _front_end(read_pdf, data, "corrupt-pdf", backend=backend)
            except ParseError as e:
                if not ocr or e.kind != "no-text-layer":
                    raise
                from .frontends.pdf.ocr import ocr_pdf

                layout = _front_end(read_pdf, ocr_pdf(data), "corrupt-pdf", backend=backend)
            return parse_layout(layout, Source(path=source, format="pdf", sha256=digest))
        if is_docx(data):
            layout = _front_end(read_docx, data, "corrupt-docx")
            return parse_layout(layout, Source(path=source, format="docx", sha256=digest))
        if is_publication_xml(data):
            return read_publication(data, Source(path=source, format="xml", sha256=digest))
        if is_vlos(data):
            return read_vlos(data, Source(path=source, format="xml", sha256=digest))
        if data[:8] == OLE_MAGIC:
            raise ParseError("unsupported", "a Word 97-2003 .doc: save it as .docx or PDF first")
        if source and source.lower().endswith(".pdf"):
            raise ParseError("not-pdf", "named .pdf but is not a PDF")
        if source and source.lower().endswith(".docx"):
            raise ParseError("corrupt-docx", "named .docx but is not a Word document")
        text, encoding, warnings = decode(data)
        if is_html(text):
            return _parse_html(text, encoding, warnings, Source(path=source, sha256=digest))
        _refuse_markup(text)
        layout = read_text(text, encoding=encoding, warnings=warnings)
        return parse_layout(layout, Source(path=source, format="text", sha256=digest))
    except ParseError as e:
        e.path = e.path or source
        raise


def _parse_html(text: str, encoding: str, warnings: list[str], source: Source) -> Document:
    """A saved publication page: its content element through the text stages; the id and
    vergaderjaar its metadata states fill what the text does not."""
    layout, meta = read_html(text)
    layout.encoding, layout.warnings = encoding, warnings
    return page_document(layout, meta, source)


def page_document(
    layout: Layout, meta: dict[str, str], source: Source, trace: dict[int, str] | None = None
) -> Document:
    """The document of a publication page's lines and metadata (``trace`` as parse_layout's)."""
    source.format = "html"
    doc = parse_layout(layout, source, trace)
    ident, year = publication_facts(meta)
    doc.id = doc.id or ident
    doc.parliamentary_year = doc.parliamentary_year or year
    if ident and (m := re.fullmatch(r"ah-(tk|ek)-\d{8}-(\d+)", ident)):
        # an Aanhangsel page prints its number and chamber in the chrome, its id names them
        doc.number = doc.number or m[2]
        doc.chamber = doc.chamber or ("Tweede Kamer" if m[1] == "tk" else "Eerste Kamer")
    return doc


def _front_end(read: Callable[..., _T], data: bytes, kind: str, **options: str) -> _T:
    """A front end's reading of a file; what a damaged file makes a library raise (a zip
    module, a PDF reader) is a ParseError of ``kind`` too, so callers catch one exception."""
    try:
        return read(data, **options)
    except ParseError:
        raise
    except MemoryError:
        raise ParseError("too-large", "needs more memory than there is") from None
    except RecursionError:
        raise ParseError(kind, "nested too deeply to be a letter") from None
    except Exception as e:
        raise ParseError(kind, f"damaged file: {type(e).__name__}: {e}") from None


def _refuse_markup(text: str) -> None:
    """An XML file read as text gives tags, not a letter."""
    head = text[:1000].lstrip("\ufeff \t\r\n").lower()
    if not head.startswith("<"):
        return
    if head.startswith("<?xml"):
        raise ParseError(
            "unsupported",
            "an XML file that is no officielebekendmakingen publication (<officiele-publicatie>)",
        )


def parse_file(path: str | os.PathLike[str], backend: str = "auto", ocr: bool = False) -> Document:
    """Parse a file (.pdf, .docx, .xml, a saved page or text); the file is read whole, then
    closed. ``backend="both"`` reads a PDF twice (see ``parse_bytes``), and a .docx with a PDF
    of the same name beside it from both files, the quality naming where they disagree.

    Only regular files are read: a FIFO would block for ever and a device such as /dev/zero
    never ends, so both are refused before they are opened.
    """
    p = Path(path)
    name = source_name(str(p))
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ParseError("unreadable", "is a directory", name)
        if not stat.S_ISREG(st.st_mode):
            raise ParseError("unreadable", f"not a regular file ({_file_kind(st.st_mode)})", name)
        with p.open("rb") as f:
            head = f.read(1024)
            binary = PDF_MAGIC in head or head[:4] == b"PK\x03\x04"
            limit = MAX_FILE_BYTES if binary else MAX_TEXT_BYTES
            what = "a PDF or .docx" if binary else "text"
            size = st.st_size
            if size <= limit:  # the file may grow after the stat: read no more than allowed
                data = head + f.read(limit + 1 - len(head))
                size = len(data)
            if size > limit:  # refused before it is read into memory
                raise ParseError("too-large", f"{size // 2**20} MB of {what} is more than "
                                 f"{limit // 2**20} MB", name)  # fmt: skip
    except FileNotFoundError:
        raise ParseError("unreadable", "no such file", name) from None
    except PermissionError:
        raise ParseError("unreadable", "permission denied", name) from None
    except IsADirectoryError:
        raise ParseError("unreadable", "is a directory", name) from None
    except OSError as e:
        raise ParseError("unreadable", e.strerror or str(e), name) from None
    doc = parse_bytes(data, source=source_name(os.fspath(path)), backend=backend, ocr=ocr)
    twin = p.with_suffix(".pdf")
    if backend == BOTH and doc.source.format == "docx" and twin.is_file():
        # a Word original and its PDF export beside it: two readings of one letter
        add_second_reading(doc, parse_file(twin, ocr=ocr), f"read again from {twin.name}")
    return doc


def _file_kind(mode: int) -> str:
    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "a special file")
