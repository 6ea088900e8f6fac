"""The Word front end: a .docx (the Kamer's own motie files, ministry letters) to lines.

A .docx is a zip of XML: ``word/document.xml`` holds the paragraphs (``w:p``) in reading order,
in the body, in tables and in text boxes; ``word/footnotes.xml`` the footnote texts. Word knows
where a paragraph starts and which are headings (by style or outline level), so this front end
says so on each ``Line``, as the PDF front end does, and the shared stages do the rest.

Footnote references become in-band markers numbered as Word prints them: in the order they
first appear in the text. Only the standard library reads the file, so nothing is installed
for it.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import ParseError
from ..layout import Layout, Line, marker
from ..stages.header.letter import field_label
from ..stages.normalise import normalise_text

DOCX_MAGIC = b"PK\x03\x04"
# the parts read are XML text; beyond this a part is a zip bomb or not a letter
MAX_PART_BYTES = 64 * 1024 * 1024
# a long ministry letter has a few thousand elements in a part; a 300-page report some 100,000
MAX_XML_ELEMENTS = 400_000
# what zipfile raises on a damaged archive: a bad CRC or header, an entry that is encrypted
# (RuntimeError) or compressed with a method it lacks (NotImplementedError), a bad stream
_ZIP_ERRORS = (
    zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, ValueError, OSError,
    EOFError, KeyError, UnicodeDecodeError, OverflowError,
)  # fmt: skip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _R, _T, _TAB, _BR, _CR = (f"{_W}{t}" for t in ("p", "r", "t", "tab", "br", "cr"))
_FOOTREF, _TXBX, _PPR, _RPR = (
    f"{_W}{t}" for t in ("footnoteReference", "txbxContent", "pPr", "rPr")
)
_NOBREAK_HYPHEN, _SOFT_HYPHEN = f"{_W}noBreakHyphen", f"{_W}softHyphen"
_FLDCHAR, _INSTR = f"{_W}fldChar", f"{_W}instrText"
_DOCPROPERTY = re.compile(r"\s*DOCPROPERTY\s+\"?([^\s\"]+)")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_FALLBACK = f"{_MC}Fallback"  # an older copy of what mc:Choice holds: read once, not twice
_VAL = f"{_W}val"
_ID = f"{_W}id"
_TYPE = f"{_W}type"
# paragraph styles that head a section, in the English and Dutch names Word uses
_HEADING_STYLE = re.compile(r"(?:heading|kop|titel|title|subtitle|ondertitel)\s*\d*", re.I)


@dataclass(slots=True)
class _Para:
    """One Word paragraph: its text pieces (a line break splits it) and its style evidence."""

    lines: list[str] = field(default_factory=lambda: [""])
    heading: bool = False
    bold_chars: int = 0
    chars: int = 0


@dataclass(slots=True)
class _Context:
    """What reading one document carries from run to run: footnote numbers, and the field
    being read (a field may open in one paragraph and close in the next)."""

    numbers: dict[str, str] = field(default_factory=dict)  # footnote id -> the printed number
    properties: dict[str, str] = field(default_factory=dict)  # docProps/custom.xml
    # the open fields, innermost last: [instruction, in its result part, result has text]
    fields: list[list] = field(default_factory=list)


def is_docx(data: bytes) -> bool:
    """A zip whose first entry names a Word part ([Content_Types].xml or word/…)."""
    return data[:4] == DOCX_MAGIC and (b"word/" in data[:4096] or b"[Content_Types]" in data[:200])


def read_docx(data: bytes) -> Layout:
    """Read a .docx into lines: paragraph starts and headings from Word, footnotes marked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as e:
        raise ParseError("corrupt-docx", f"not a readable .docx (bad zip: {e})") from None
    with archive:
        document = _part(archive, "word/document.xml")
        if document is None:
            raise ParseError("corrupt-docx", "a zip without word/document.xml: not a .docx")
        notes_xml = _part(archive, "word/footnotes.xml")
        custom = _part(archive, "docProps/custom.xml")
        root = _xml(document)
        first_header = _page_header(archive, root, "first")
        # the header of the following pages: a letter repeats part of its letterhead there
        next_header = _page_header(archive, root, "default") if first_header is not None else None
    body = root.find(f"{_W}body")
    if body is None:
        raise ParseError("corrupt-docx", ".docx without a document body")
    ctx = _Context(properties=_properties(custom) if custom is not None else {})
    try:
        # a letter's letterhead (addressee, date, subject) is often the first page's header
        paras = list(_paragraphs(first_header, ctx)) if first_header is not None else []
        paras += _paragraphs(body, ctx)
        notes = _footnotes(_xml(notes_xml), ctx.numbers) if notes_xml is not None else []
    except RecursionError:  # tables in tables thousands deep: made to break readers
        raise ParseError("corrupt-docx", ".docx nested too deeply to be a letter") from None
    lines = _lines(paras) + notes
    if next_header is not None:
        lines += _letterhead(_lines(list(_paragraphs(next_header, ctx))))
    if not any(line.text for line in lines):
        raise ParseError("empty", ".docx without text")
    return Layout(lines=lines, format="docx")


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise ParseError("too-large", f"{name} unpacks to {info.file_size // 2**20} MB")
    try:
        # the size in the zip's directory may lie: read no more than the limit
        with archive.open(info) as f:
            data = f.read(MAX_PART_BYTES + 1)
    except _ZIP_ERRORS as e:  # a damaged, cut-off, encrypted or oddly compressed entry
        raise ParseError("corrupt-docx", f"damaged .docx: {e}") from None
    if len(data) > MAX_PART_BYTES:
        raise ParseError("too-large", f"{name} unpacks to more than {MAX_PART_BYTES // 2**20} MB")
    return data


_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _page_header(archive: zipfile.ZipFile, root: ET.Element, kind: str) -> ET.Element | None:
    """The header of the first section Word prints on the first page only (``kind`` "first")
    or on the pages after it ("default"), if the document has one."""
    ref = next((h for h in root.iter(f"{_W}headerReference") if h.get(_TYPE) == kind), None)
    rels = _part(archive, "word/_rels/document.xml.rels")
    if ref is None or rels is None:
        return None
    target = next(
        (r.get("Target", "") for r in _xml(rels).iter(_REL) if r.get("Id") == ref.get(_R_ID)),
        "",
    )
    name = "word/" + target.lstrip("/").removeprefix("word/")
    data = _part(archive, name) if target else None
    return _xml(data) if data is not None else None


# a field of a letter's letterhead column, as the following pages repeat it
# the fields of a letterhead that the following pages repeat
_REPEATED_FIELDS = ("date", "reference", "their_reference")


def _letterhead(lines: list[Line]) -> list[Line]:
    """The following pages' header lines as the letterhead column they are, where they hold
    one of its fields ("Ons kenmerk 5646209" where the first page prints a placeholder), so
    they fill fields and never become text; any other page header is left out as before."""
    if not any(field_label(line.text) in _REPEATED_FIELDS for line in lines):
        return []
    for line in lines:
        line.role = "letterhead"
    return lines


class _CountingBuilder(ET.TreeBuilder):
    """A tree builder that stops at ``MAX_XML_ELEMENTS``: each element costs some hundred
    bytes, so a few MB of tiny tags (a 100 KB .docx) would otherwise take gigabytes."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.count += 1
        if self.count > MAX_XML_ELEMENTS:
            raise _TooManyElements
        return super().start(tag, attrs)


class _TooManyElements(Exception):
    pass


def _xml(data: bytes) -> ET.Element:
    try:
        parser = ET.XMLParser(target=_CountingBuilder())
        parser.feed(data)
        return parser.close()
    except ET.ParseError as e:
        raise ParseError("corrupt-docx", f"damaged .docx XML: {e}") from None
    except _TooManyElements:
        raise ParseError(
            "too-large", f"more than {MAX_XML_ELEMENTS:,} XML elements in one part"
        ) from None


def _paragraphs(root: ET.Element, ctx: _Context) -> Iterator[_Para]:
    """Every paragraph under ``root`` in reading order, nested ones (text boxes) after their
    host, each read once."""
    for elem in root:
        if elem.tag == _FALLBACK:
            continue
        if elem.tag == _P:
            para = _Para()
            nested: list[ET.Element] = []
            _read(elem, para, ctx, nested)
            para.heading = _is_heading(elem, para)
            yield para
            for box in nested:
                yield from _paragraphs(box, ctx)
        else:
            yield from _paragraphs(elem, ctx)


def _read(elem: ET.Element, para: _Para, ctx: _Context, nested: list) -> None:
    """The text of one paragraph, in order; text boxes inside it are kept for later."""
    for child in elem:
        tag = child.tag
        if tag == _FALLBACK:
            continue
        if tag == _TXBX:
            nested.append(child)
        elif tag == _R:
            _read_run(child, para, ctx, nested)
        elif tag not in (_PPR, _P):
            _read(child, para, ctx, nested)  # hyperlinks, insertions, fields, smart tags


def _read_run(run: ET.Element, para: _Para, ctx: _Context, nested: list) -> None:
    bold = _is_bold(run.find(_RPR))
    for child in run:
        tag = child.tag
        if tag == _FLDCHAR:
            _field_char(child.get(f"{_W}fldCharType", ""), para, ctx)
        elif tag == _INSTR:
            if ctx.fields:
                ctx.fields[-1][0] += child.text or ""
        elif tag == _T:
            if ctx.fields and (child.text or "").strip():
                ctx.fields[-1][2] = True
            # normalised piece by piece: the markers added below must survive it
            text = normalise_text(child.text or "")
            para.lines[-1] += text
            count = len(text.strip())
            para.chars += count
            para.bold_chars += count if bold else 0
        elif tag == _TAB:
            para.lines[-1] += " "
        elif tag in (_BR, _CR):
            para.lines.append("")
        elif tag == _NOBREAK_HYPHEN:
            para.lines[-1] += "-"
        elif tag == _FOOTREF:
            note = child.get(_ID, "")
            number = ctx.numbers.setdefault(note, str(len(ctx.numbers) + 1))
            para.lines[-1] += marker(number)
        elif tag != _SOFT_HYPHEN and tag != _RPR:
            _read(child, para, ctx, nested)  # drawings holding text boxes, alternate content


def _field_char(kind: str, para: _Para, ctx: _Context) -> None:
    """Follow a field through its begin, separate and end marks.

    A document property field ("DOCPROPERTY aanhefdoc") whose stored result is empty shows
    the property's value when the document is opened or printed: ministries' letter templates
    fill the salutation, subject and signature that way. That value is the field's text.
    """
    if kind == "begin":
        ctx.fields.append(["", False, False])
    elif kind == "separate" and ctx.fields:
        ctx.fields[-1][1] = True
    elif kind == "end" and ctx.fields:
        instruction, _, shown = ctx.fields.pop()
        # a field inside another field's instruction ("IF … "Pagina" …") is not printed
        visible = all(in_result for _, in_result, _ in ctx.fields)
        m = _DOCPROPERTY.match(instruction)
        value = ctx.properties.get(m.group(1)) if m else None
        if value and visible and not shown:
            pieces = value.split("\n")
            para.lines[-1] += pieces[0]
            para.lines.extend(pieces[1:])
            para.chars += len(value.strip())


def _properties(data: bytes) -> dict[str, str]:
    """The custom document properties by name, as text (Word's _x000d_ escapes undone)."""
    out: dict[str, str] = {}
    for prop in _xml(data):
        name = prop.get("name")
        value = next((c.text for c in prop if c.text is not None), None)
        if name and value:
            text = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
            out[name] = normalise_text(text).replace("\f", "")
    return out


def _is_bold(rpr: ET.Element | None) -> bool:
    if rpr is None:
        return False
    b = rpr.find(f"{_W}b")
    return b is not None and b.get(_VAL, "true") not in ("0", "false", "off")


def _is_heading(p: ET.Element, para: _Para) -> bool:
    ppr = p.find(_PPR)
    if ppr is not None:
        style = ppr.find(f"{_W}pStyle")
        if style is not None and _HEADING_STYLE.fullmatch(style.get(_VAL, "")):
            return True
        if ppr.find(f"{_W}outlineLvl") is not None:
            return True
    # a short paragraph set wholly in bold, not a sentence, heads what follows
    text = " ".join(" ".join(para.lines).split())
    return (
        0 < para.chars == para.bold_chars
        and len(text.split()) <= 12
        and not text.endswith((".", ":", ";", ",", "?", "!"))
    )


def _lines(paras: list[_Para]) -> list[Line]:
    lines: list[Line] = []
    gap = False
    for para in paras:
        texts = [" ".join(t.split()) for t in para.lines]
        texts = [t for t in texts if t]
        if not texts:
            gap = bool(lines)  # an empty paragraph is Word's blank line
            continue
        for i, text in enumerate(texts):
            lines.append(
                Line(
                    text=text,
                    gap_before=gap and i == 0,
                    heading=para.heading,
                    starts_paragraph=i == 0,
                    bold=para.bold_chars == para.chars > 0,
                )
            )
        gap = False
    return lines


def _footnotes(root: ET.Element, numbers: dict[str, str]) -> list[Line]:
    """The footnote texts, in the order of their numbers, each starting "N text"."""
    found: dict[str, list[str]] = {}
    for note in root.iter(f"{_W}footnote"):
        if note.get(_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        number = numbers.get(note.get(_ID, ""))
        if number is None:  # a note no text refers to is not printed
            continue
        paras = list(_paragraphs(note, _Context()))
        texts = [" ".join(" ".join(p.lines).split()) for p in paras]
        found[number] = [t for t in texts if t]
    lines: list[Line] = []
    for number in sorted(found, key=int):
        for i, text in enumerate(found[number] or [""]):
            lines.append(
                Line(
                    text=f"{number} {text}".strip() if i == 0 else text,
                    role="footnote",
                    heading=False,
                    starts_paragraph=i == 0,
                )
            )
    return lines
