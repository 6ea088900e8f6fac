"""pypdfium2 backend: text runs from pdfium's text page, grouped by the text object they show.

Why this shape: every ctypes call costs from a third of a microsecond up, and some pdfium calls
scan the whole page each time (``FPDFTextObj_GetText`` and ``FPDFText_GetCharIndexAtPos`` are
linear in the page's characters, so calling them per object is quadratic). So the page's text
comes out in one ``FPDFText_GetText`` call, a cheap call names the text object that shows a
character (two per printed line where the line is one object, see ``_owners``; else one per
character), and consecutive characters of one object form a ``Glyph`` run: one font, one
size, one baseline. Only a handful of calls per run follow (origin, matrix, size, font, the
loose boxes of its first and last visible characters). A Kamerstuk page has about 2,000
characters in 40 to 200 runs; a Handelingen page sets each word as its own object, 1,100 runs.
The calls made per character or per run go through prototypes without argument types (see
``_bare``): the conversions of typed ones cost more than the calls.

Character data from the text page is in page space, so text inside form XObjects needs no
matrix work; the page-object walk is only for rules (paths) and images.

pdfium is not thread-safe: all calls run under one module lock. Every page, text page and
document handle is closed in ``finally`` blocks, so memory stays flat over long batches.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator
from itertools import compress, islice, repeat
from operator import eq, ne
from typing import Any
from unicodedata import bidirectional

import pypdfium2  # noqa: F401  (importing it initialises the pdfium library)
import pypdfium2.raw as pdfium_c

from ...errors import ParseError
from .glyphs import Glyph, PageGlyphs, Rule, clean_text, font_style

_LOCK = threading.RLock()
# a space pdfium generates inside a text object over a gap narrower than this share of the font
# size is kerning, not a word space (see ``_drop_tight_spaces``)
TIGHT_GAP = 0.18
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
# a printed line of the text page, or the line break pdfium put after it
_LINE = re.compile(r"[^\r\n]+|[\r\n]+")
# the blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their
# presentation forms), where Unicode gives a code point not yet assigned a right-to-left class
_RIGHT_TO_LEFT_BLOCKS = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)


def _is_right_to_left(c: str) -> bool:
    kind = bidirectional(c)
    if kind in ("R", "AL"):
        return True
    # an unassigned code point in those blocks: pdfium's own table may know it as a letter
    return kind == "" and any(lo <= ord(c) <= hi for lo, hi in _RIGHT_TO_LEFT_BLOCKS)


def _has_right_to_left(chars: str) -> bool:
    """Some character of the page is a right-to-left letter."""
    if chars.isascii():
        return False
    return any(map(_is_right_to_left, set(chars)))


_VOIDP = ctypes.c_void_p
_INT, _DOUBLE = ctypes.c_int, ctypes.c_double


def _bare(function: object, restype: object) -> Callable[..., Any]:
    """A library function without argument types, for the calls made per character or per
    run. ctypes then passes each argument as it is: a handle the bindings returned or a
    ``byref`` made once as the address, a Python int as a C int. Typed prototypes convert
    every argument on every call, which costs twice the call itself. Only indices may be
    passed as Python ints: an address has to come wrapped (a plain int would be cut to 32
    bits)."""
    address = ctypes.cast(function, _VOIDP).value
    return ctypes.CFUNCTYPE(restype)(address)  # type: ignore[arg-type]


def _plain_call(function: object, restype: object, *argtypes: object) -> Callable[..., Any]:
    """A library function called with plain addresses (Python ints), for the calls that take
    an object the text page named: the bindings' typed pointers cost more in conversions."""
    address = ctypes.cast(function, _VOIDP).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)  # type: ignore[arg-type]


# The bindings return handles as ctypes pointer objects, which cannot be compared or hashed
# cheaply; these return plain addresses (ints, None for no object).
_text_object_at = _bare(pdfium_c.FPDFText_GetTextObject, _VOIDP)
_page_object = _bare(pdfium_c.FPDFPage_GetObject, _VOIDP)
_font_of = _plain_call(pdfium_c.FPDFTextObj_GetFont, _VOIDP, _VOIDP)
_render_mode = _plain_call(pdfium_c.FPDFTextObj_GetTextRenderMode, _INT, _VOIDP)
_object_type = _plain_call(pdfium_c.FPDFPageObj_GetType, _INT, _VOIDP)
# (text page, character index, out-parameters)
_char_matrix = _bare(pdfium_c.FPDFText_GetMatrix, _INT)
_char_size = _bare(pdfium_c.FPDFText_GetFontSize, _DOUBLE)
_char_origin = _bare(pdfium_c.FPDFText_GetCharOrigin, _INT)
_loose_box = _bare(pdfium_c.FPDFText_GetLooseCharBox, _INT)
_is_generated = _bare(pdfium_c.FPDFText_IsGenerated, _INT)

# (a, b, c, d, e, f): PDF's affine matrix
_Matrix = tuple[float, float, float, float, float, float]


def _compose(m: _Matrix, parent: _Matrix) -> _Matrix:
    """``m`` applied inside a form whose own matrix is ``parent`` (row-vector convention)."""
    a, b, c, d, e, f = m
    pa, pb, pc, pd, pe, pf = parent
    return (
        a * pa + b * pc,
        a * pb + b * pd,
        c * pa + d * pc,
        c * pb + d * pd,
        e * pa + f * pc + pe,
        e * pb + f * pd + pf,
    )


def _stretches(
    owners: list[int | None], chars: str
) -> tuple[list[int], list[int], list[int | None]]:
    """The stretches of characters one text object shows: their starts, ends and objects
    (None: characters pdfium generated between objects). Spaces pdfium put inside an
    object, between two stretches of it, belong to it. Found in C where the owner changes,
    so the caller's loop runs per stretch, not per character."""
    count = len(owners)
    starts = [0, *compress(range(1, count), map(ne, owners, islice(owners, 1, None)))]
    heads = list(map(owners.__getitem__, starts))
    ends = starts[1:]
    ends.append(count)
    inner = [
        k
        for k in compress(range(1, len(heads) - 1), map(eq, heads, islice(heads, 2, None)))
        if heads[k] is None
        and heads[k - 1] is not None
        and chars.count(" ", starts[k], ends[k]) == ends[k] - starts[k]
    ]
    for k in reversed(inner):  # (backwards, so that a chain of them ends up in its first)
        ends[k - 1] = ends[k + 1]
        del starts[k : k + 2], ends[k : k + 2], heads[k : k + 2]
    return starts, ends, heads


# a stretch of a line this short is asked character by character (see ``_split``)
_FEW = 12


def _split(
    textpage: object, lo: int, hi: int, first: int | None, last: int | None, out: list
) -> None:
    """Append the owners of characters ``lo`` to ``hi - 1`` of a printed line, ``first``
    and ``last`` being those of ``lo`` and ``hi``: where both ends belong to one object, so
    does every character between (see ``_owners``); else the stretch is halved. A line of
    a few objects costs a few calls per object instead of one per character."""
    if first == last and first is not None:
        out += repeat(first, hi - lo)
    elif hi - lo <= _FEW:
        out.append(first)
        out += map(_text_object_at, repeat(textpage), range(lo + 1, hi))
    else:
        mid = (lo + hi) // 2
        owner = _text_object_at(textpage, mid)
        _split(textpage, lo, mid, first, owner, out)
        _split(textpage, mid, hi, owner, last, out)


class PdfiumReader:
    """Open a PDF held in memory and yield one ``PageGlyphs`` per page."""

    def __init__(self, data: bytes) -> None:
        self._buf = ctypes.create_string_buffer(data, len(data))  # pdfium reads from it
        self._doc = None
        with _LOCK:
            doc = pdfium_c.FPDF_LoadMemDocument64(self._buf, len(data), None)
            if not doc:
                code = pdfium_c.FPDF_GetLastError()
                if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                    raise ParseError("encrypted", "encrypted PDF: a password is needed")
                raise ParseError("corrupt-pdf", "corrupt or truncated PDF: pdfium cannot load it")
            self._doc = doc
            self.pages: int = pdfium_c.FPDF_GetPageCount(doc)
        self._fonts: dict[int, tuple[str, bool, bool, float, float]] = {}
        self._modes: dict[int, int] = {}  # text object → render mode, for the current page
        # pdfium reorders the characters of a right-to-left document (see ``_owners``); the
        # bytes are searched too, as the name lookup misses a direction written as a string
        self._right_to_left = b"R2L" in data or self._direction() == b"R2L"
        self._name_buf = ctypes.create_string_buffer(256)
        self._floats = [ctypes.c_float() for _ in range(4)]
        self._doubles = [ctypes.c_double() for _ in range(2)]
        self._matrix = pdfium_c.FS_MATRIX()
        self._rect = pdfium_c.FS_RECTF()
        self._rect_right = pdfium_c.FS_RECTF()
        # the same out-parameters by reference, made once, for the bare calls
        self._at_matrix = ctypes.byref(self._matrix)
        self._at_rect = ctypes.byref(self._rect)
        self._at_rect_right = ctypes.byref(self._rect_right)
        self._at_doubles = [ctypes.byref(d) for d in self._doubles]

    def _direction(self) -> bytes:
        """The document's reading direction as its viewer preferences name it (b"" if not)."""
        buf = ctypes.create_string_buffer(16)
        with _LOCK:
            n = pdfium_c.FPDF_VIEWERREF_GetName(self._doc, b"Direction", buf, len(buf))
        return buf.raw[: max(0, n - 1)]

    def close(self) -> None:
        if self._doc is not None:
            with _LOCK:
                pdfium_c.FPDF_CloseDocument(self._doc)
            self._doc = None

    def __enter__(self) -> PdfiumReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[PageGlyphs]:
        for index in range(self.pages):
            with _LOCK:
                page_glyphs = self._read_page(index)
            yield page_glyphs

    def _read_page(self, index: int) -> PageGlyphs:
        page = pdfium_c.FPDF_LoadPage(self._doc, index)
        if not page:
            raise ParseError("corrupt-pdf", f"corrupt PDF: page {index + 1} cannot be loaded")
        textpage = None
        self._modes.clear()  # object addresses are reused from page to page
        try:
            left, bottom, right, top = self._floats
            if not pdfium_c.FPDFPage_GetMediaBox(page, left, bottom, right, top):
                left.value, bottom.value = 0.0, 0.0
                right.value = pdfium_c.FPDF_GetPageWidthF(page)
                top.value = pdfium_c.FPDF_GetPageHeightF(page)
            box = (left.value, top.value)
            out = PageGlyphs(
                number=index + 1,
                width=right.value - left.value,
                height=top.value - bottom.value,
            )
            textpage = pdfium_c.FPDFText_LoadPage(page)
            if not textpage:
                raise ParseError("corrupt-pdf", f"corrupt PDF: page {index + 1} has no text page")
            shown, known = self._runs(textpage, box, out)
            # the text objects the text page named need no type asked (a Handelingen page
            # sets each word and each space as its own object): the walk looks at the rest
            count = pdfium_c.FPDFPage_CountObjects(page)
            objects = list(map(_page_object, repeat(page, count), range(count)))
            self._walk([o for o in objects if o not in known], None, box, out)
            # the invisible text only counts over a page image (an OCR layer): elsewhere
            # its render mode is not asked for
            if out.images:
                for owner, glyph in zip(shown, out.glyphs, strict=True):
                    if self._invisible(owner):
                        text = glyph.text
                        out.invisible += len(text) - text.count(" ")
            return out
        finally:
            if textpage:
                pdfium_c.FPDFText_ClosePage(textpage)
            pdfium_c.FPDF_ClosePage(page)

    def _walk(
        self, objects: list, parent: _Matrix | None, box: tuple[float, float], out: PageGlyphs
    ) -> None:
        """Rules and images from the page objects (and from inside form XObjects)."""
        kinds = list(map(_object_type, objects))
        for address, kind in zip(objects, kinds, strict=True):
            if kind == _TEXT:  # most objects: the text page reads them
                continue
            if kind == _PATH:
                rule = self._rule(ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT), parent, box)
                if rule is not None:
                    out.rules.append(rule)
            elif kind == _IMAGE:
                out.images += 1
            elif kind == _FORM:
                obj = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
                m = self._matrix
                pdfium_c.FPDFPageObj_GetMatrix(obj, m)
                own: _Matrix = (m.a, m.b, m.c, m.d, m.e, m.f)
                form_matrix = own if parent is None else _compose(own, parent)
                n = pdfium_c.FPDFFormObj_CountObjects(obj)
                children = [
                    ctypes.cast(pdfium_c.FPDFFormObj_GetObject(obj, k), _VOIDP).value
                    for k in range(n)
                ]
                self._walk(children, form_matrix, box, out)

    def _runs(
        self, textpage: object, box: tuple[float, float], out: PageGlyphs
    ) -> tuple[list[int], set[int | None]]:
        """Group the text page's characters by text object into runs. Returns the text
        object of each run, in the order of ``out.glyphs``, and every object named."""
        count = pdfium_c.FPDFText_CountChars(textpage)
        if count <= 0:
            return [], set()
        buf = (ctypes.c_ushort * (count + 1))()
        pdfium_c.FPDFText_GetText(textpage, 0, count, buf)
        chars = bytes(buf)[: 2 * count].decode("utf-16-le", "replace")
        if len(chars) != count:  # characters outside the BMP: index i is no longer char i
            chars = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        owners = self._owners(textpage, chars)
        starts, ends, heads = _stretches(owners, chars)
        shown: list[int] = []
        glyphs = out.glyphs
        page_no = out.number
        box_left, box_top = box
        fonts = self._fonts
        m, at_matrix = self._matrix, self._at_matrix
        rect, at_rect = self._rect, self._at_rect
        (_, oy), (at_x, at_y) = self._doubles, self._at_doubles
        # (the stretches pdfium generated, between objects, are left out in C)
        for start, end, owner in zip(
            compress(starts, heads), compress(ends, heads), compress(heads, heads), strict=True
        ):
            # The run's glyph, written out here rather than in a method: this runs once per
            # word on a Handelingen page. Indices into the text page count the raw characters
            # (clean_text may drop some); first and last are its first and last visible ones.
            raw = chars[start:end]
            body = raw.strip()
            if len(body) == len(raw):
                first, last = start, end - 1
            elif not body:
                continue
            else:
                first = start + len(raw) - len(raw.lstrip())
                last = start + len(raw.rstrip()) - 1
            _char_matrix(textpage, first, at_matrix)
            b, c = m.b, m.c
            if b == 0.0 and c == 0.0:
                d = m.d
                if m.a <= 0 or d <= 0:
                    continue  # mirrored text: not part of the reading
            else:
                a, d = m.a, m.d
                if abs(b) > 0.01 * abs(a) or abs(c) > 0.01 * abs(d) or a <= 0 or d <= 0:
                    continue  # rotated or mirrored text (margin stamps): not part of the reading
            size = _char_size(textpage, first) * d
            if " " in raw:
                raw = self._drop_tight_spaces(textpage, start, raw, size)
            # (clean_text's own first test, here: most words need no cleaning)
            text = raw if raw.isascii() and raw.isprintable() else clean_text(raw)
            if size <= 0 or not text.strip():
                continue
            _char_origin(textpage, first, at_x, at_y)
            # Loose character boxes are advance-based, as pdfplumber's are, so the backends
            # agree on where a run starts and ends (ink bounds would stop short of the last
            # glyph's advance by its side bearing, a fifth of an em for a "1": a false word
            # space).
            found = _loose_box(textpage, first, at_rect)
            x0 = rect.left if found else self._doubles[0].value
            if last != first:
                found = _loose_box(textpage, last, at_rect)
            x1 = rect.right if found else x0
            font = _font_of(owner) or 0
            info = fonts.get(font)
            if info is None:
                info = fonts[font] = self._font_info(font)
            baseline = box_top - oy.value
            glyphs.append(
                Glyph(
                    text,
                    page_no,
                    x0 - box_left,
                    (x1 if x1 > x0 else x0) - box_left,
                    baseline - info[3] * size,
                    baseline - info[4] * size,
                    baseline,
                    info[0],
                    size,
                    info[1],
                    info[2],
                )
            )
            shown.append(owner)
        return shown, set(heads)

    def _owners(self, textpage: object, chars: str) -> list[int | None]:
        """The text object that shows each character (None: one pdfium generated).

        pdfium lists the characters of a text object one after the other (it only inserts
        its own spaces and line breaks between objects, and spaces it makes inside one
        object belong to that object), so where the first and the last character of a
        printed line belong to one object, every character between them does: one call
        each for the line's ends instead of one per character. A Word or Kamerstuk line is
        mostly one object; a longer line of a few is halved until the ends of each part
        agree (``_split``). Where most lines are sets of objects (a Handelingen page sets
        each word apart) the rest of the page is asked character by character, which is
        then the cheaper. Right-to-left text is the exception: pdfium reverses
        stretches of it within a line, across objects, so there every character is asked.
        """
        count = len(chars)
        every = repeat(textpage)
        # map, not a list comprehension: the calls are made from C, one per character
        if self._right_to_left or _has_right_to_left(chars):
            return list(map(_text_object_at, every, range(count)))
        owners: list[int | None] = []
        tried = whole = 0
        for m in _LINE.finditer(chars):
            start, end = m.span()
            if tried > 8 + 4 * whole:
                # the lines are sets of objects (a Handelingen page): the rest at once
                owners += map(_text_object_at, every, range(start, count))
                break
            if end - start > 2 and chars[start] not in "\r\n":
                tried += 1
                owner = _text_object_at(textpage, start)
                last = _text_object_at(textpage, end - 1)
                if owner is not None and owner == last:
                    whole += 1
                    owners += repeat(owner, end - start)
                    continue
                if end - start > _FEW:
                    _split(textpage, start, end - 1, owner, last, owners)
                    owners.append(last)
                    continue
            owners += map(_text_object_at, every, range(start, end))
        return owners

    def _drop_tight_spaces(self, textpage: object, start: int, raw: str, size: float) -> str:
        """Take out the spaces pdfium made up inside a word that is merely letter-spaced.

        pdfium puts a space wherever a text object moves its pen forward between two glyphs.
        Word's PDF export moves it by a few hundredths of an em to kern small type ("2515 XP",
        "IENW/BSK"), which pdfium reads as "2 5 15 XP" and "I E NW/BSK". A real word space is
        at least a fifth of an em even in tightly justified lines, so narrower gaps are kerning.
        The run keeps its length (a space becomes a zero-width mark removed by ``clean_text``),
        so the character indices the caller uses for boxes stay valid. ``size`` is the run's
        font size on the page: one text object has one matrix and one font size, so it is the
        same at every character of the run.
        """
        out: list[str] | None = None
        left, right = self._rect, self._rect_right
        at_left, at_right = self._at_rect, self._at_rect_right
        tight = TIGHT_GAP * size
        for m in _INNER_SPACE.finditer(raw):
            k = m.start()
            index = start + k
            if _is_generated(textpage, index) != 1:
                continue  # a space the PDF prints
            if not (
                _loose_box(textpage, index - 1, at_left)
                and _loose_box(textpage, index + 1, at_right)
            ):
                continue
            if abs(left.top - right.top) < 1.0 and right.left - left.right < tight:
                out = out or list(raw)
                out[k] = "\x00"
        if out is None:
            return raw
        return "".join(out)

    def _invisible(self, owner: int) -> bool:
        mode = self._modes.get(owner)
        if mode is None:
            mode = self._modes[owner] = _render_mode(owner)
        return mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE

    def _font_info(self, address: int) -> tuple[str, bool, bool, float, float]:
        """Name, bold, italic, and ascent/descent per point of size (for top and bottom)."""
        if not address:
            return "", False, False, 0.8, -0.2
        font = ctypes.cast(address, pdfium_c.FPDF_FONT)
        buf = self._name_buf
        n = pdfium_c.FPDFFont_GetBaseFontName(font, buf, len(buf))
        name, bold, italic = font_style(buf.raw[: max(0, n - 1)].decode("latin-1"))
        metric = self._floats[3]
        ascent, descent = 0.8, -0.2
        if pdfium_c.FPDFFont_GetAscent(font, 1000.0, metric):
            ascent = metric.value / 1000.0 or ascent
        if pdfium_c.FPDFFont_GetDescent(font, 1000.0, metric):
            descent = metric.value / 1000.0 or descent
        return name, bold, italic, ascent, descent

    def _rule(self, obj: object, parent: _Matrix | None, box: tuple[float, float]) -> Rule | None:
        left, bottom, right, top = self._floats
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return None
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if parent is not None:
            pa, pb, pc, pd, pe, pf = parent
            x0, y0, x1, y1 = (
                x0 * pa + y0 * pc + pe,
                x0 * pb + y0 * pd + pf,
                x1 * pa + y1 * pc + pe,
                x1 * pb + y1 * pd + pf,
            )
            x0, x1 = min(x0, x1), max(x0, x1)
            y0, y1 = min(y0, y1), max(y0, y1)
        if y1 - y0 > 2.0 or x1 - x0 < 10.0:
            return None
        box_left, box_top = box
        return Rule(x0 - box_left, x1 - box_left, box_top - (y0 + y1) / 2)
