"""The library entry points. Pure functions: same input, same Document."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .errors import ParseError
from .frontends.docx import is_docx, read_docx
from .frontends.html import is_html, publication_facts, read_html
from .frontends.text import MAX_TEXT_BYTES, decode, read_text
from .frontends.xml import is_publication_xml, read_publication
from .model import Document, Source
from .pipeline import parse_layout

PDF_MAGIC = b"%PDF-"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc and other OLE files


def parse_text(text: str, source: str | None = None) -> Document:
    """Parse a letter given as text (web text or text extracted from a PDF)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not text.strip():
        raise ParseError("empty", "empty input", source)
    return parse_layout(read_text(text), Source(path=source, format="text", sha256=digest))


def parse_bytes(
    data: bytes, source: str | None = None, backend: str = "auto", ocr: bool = False
) -> Document:
    """Parse raw bytes: a PDF or a .docx (by their magic numbers), publication XML (by its root
    element), a saved publication page (HTML) or text in UTF-8, cp1252 or latin-1.

    ``ocr``: a PDF without a text layer (a scan) is OCR'd with Tesseract rather than refused.
    """
    digest = hashlib.sha256(data).hexdigest()
    try:
        if PDF_MAGIC in data[:1024]:  # the PDF header may stand anywhere in the first 1 KB
            from .frontends.pdf import read_pdf  # imported late: text users need no PDF stack

            try:
                layout = read_pdf(data, backend=backend)
            except ParseError as e:
                if not ocr or e.kind != "no-text-layer":
                    raise
                from .frontends.pdf.ocr import ocr_pdf

                layout = read_pdf(ocr_pdf(data), backend=backend)
            return parse_layout(layout, Source(path=source, format="pdf", sha256=digest))
        if is_docx(data):
            layout = read_docx(data)
            return parse_layout(layout, Source(path=source, format="docx", sha256=digest))
        if is_publication_xml(data):
            return read_publication(data, Source(path=source, format="xml", sha256=digest))
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
    source.format = "html"
    doc = parse_layout(layout, source)
    ident, year = publication_facts(meta)
    doc.id = doc.id or ident
    doc.parliamentary_year = doc.parliamentary_year or year
    if ident and (m := re.fullmatch(r"ah-(tk|ek)-\d{8}-(\d+)", ident)):
        # an Aanhangsel page prints its number and chamber in the chrome, its id names them
        doc.number = doc.number or m[2]
        doc.chamber = doc.chamber or ("Tweede Kamer" if m[1] == "tk" else "Eerste Kamer")
    return doc


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
    """Parse a file (.pdf, .docx or text); the file is read whole, then closed."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            # refuse a huge text before reading it into memory; a PDF may be that large
            with p.open("rb") as f:
                head = f.read(1024)
                if PDF_MAGIC not in head and head[:4] != b"PK\x03\x04":
                    raise ParseError("too-large", f"{size // 2**20} MB of text is more than "
                                     f"{MAX_TEXT_BYTES // 2**20} MB", str(p))  # fmt: skip
        data = p.read_bytes()
    except IsADirectoryError:
        raise ParseError("unreadable", "is a directory", str(p)) from None
    except FileNotFoundError:
        raise ParseError("unreadable", "no such file", str(p)) from None
    except PermissionError:
        raise ParseError("unreadable", "permission denied", str(p)) from None
    except OSError as e:
        raise ParseError("unreadable", e.strerror or str(e), str(p)) from None
    return parse_bytes(data, source=str(path), backend=backend, ocr=ocr)
