"""pdfplumber backend: characters from pdfminer, grouped into the same runs pdfium gives.

pdfminer hands out one dict per character; this backend folds consecutive characters that share
font, size and baseline and follow each other on the line into one ``Glyph`` run, so that the
layout code sees the same kind of records from both backends. Where two characters stand apart
without a space character between them (a gap made by positioning, as pdfium would see it) a
space is put into the run; where they stand far apart (a column gap) a new run starts, so the
gap stays visible.

Each page's object cache is flushed after reading and the document is closed at the end:
pdfplumber otherwise keeps every parsed page in memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ...errors import ParseError
from .glyphs import Glyph, PageGlyphs, Rule, clean_text, font_style

# a gap wider than this share of the font size between two characters is a word space
SPACE_GAP = 0.15
# a gap wider than this share of the font size ends the run (columns, tab stops)
SPLIT_GAP = 1.0
# pdfminer writes "(cid:N)" for a glyph its font maps to no character. In the official
# Kamerstuk PDFs (Univers with a custom encoding) code 129 is the list bullet, which pdfium
# does read as "•"; any other unmapped glyph becomes U+FFFD rather than literal "(cid:N)".
_CID = {"(cid:129)": "•"}


def _open_error(exc: BaseException) -> ParseError:
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
        return ParseError("encrypted", "encrypted PDF: a password is needed")
    return ParseError("corrupt-pdf", f"corrupt or truncated PDF: {inner}".rstrip(": "))


class PdfplumberReader:
    """Open a PDF held in memory and yield one ``PageGlyphs`` per page."""

    def __init__(self, data: bytes) -> None:
        try:
            self._pdf = pdfplumber.open(io.BytesIO(data))
            self.pages: int = len(self._pdf.pages)
        except (PdfminerException, PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise _open_error(exc) from None
        except Exception as exc:  # pdfminer raises many kinds on broken files
            raise ParseError("corrupt-pdf", f"corrupt or truncated PDF: {exc}") from None

    def close(self) -> None:
        self._pdf.close()

    def __enter__(self) -> PdfplumberReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[PageGlyphs]:
        for page in self._pdf.pages:
            try:
                yield self._read_page(page)
            except ParseError:
                raise
            except Exception as exc:
                raise ParseError(
                    "corrupt-pdf", f"corrupt PDF: page {page.page_number} cannot be read: {exc}"
                ) from None
            finally:
                page.close()

    def _read_page(self, page: Any) -> PageGlyphs:
        out = PageGlyphs(
            number=page.page_number, width=float(page.width), height=float(page.height)
        )
        objects = page.objects
        out.glyphs = _runs(objects.get("char", ()), page.page_number)
        for obj in (*objects.get("line", ()), *objects.get("rect", ())):
            if obj["bottom"] - obj["top"] <= 2.0 and obj["x1"] - obj["x0"] >= 10.0:
                out.rules.append(Rule(obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
        out.images = len(objects.get("image", ()))
        # pdfminer does not report the render mode: the OCR layer of Tesseract (and of the
        # tools built on it) is known by its font, which draws no glyphs
        out.invisible = sum(
            1 for c in objects.get("char", ()) if _GLYPHLESS in c["fontname"] and c["text"] != " "
        )
        return out


_GLYPHLESS = "GlyphLessFont"


def _runs(chars: Any, page_no: int) -> list[Glyph]:
    """Fold pdfminer characters into runs of one font, size and baseline."""
    runs: list[Glyph] = []
    styles: dict[str, tuple[str, bool, bool]] = {}
    parts: list[str] = []
    cur: Glyph | None = None
    cur_fontname = ""
    # where the last non-space character ends (a run's x1 ignores trailing spaces); None while
    # the run has only spaces (its x0 then moves to the first visible character)
    ink_x1: float | None = None
    for c in chars:
        if not c.get("upright", True):
            continue  # rotated text (margin stamps) is not part of the reading
        text = c["text"]
        if text.startswith("(cid:"):
            text = _CID.get(text, "\ufffd")
        size = c["size"]
        if not size > 0:  # text set at size 0 is invisible (pdfium does not report it either)
            continue
        fontname = c["fontname"]
        x0 = c["x0"]
        baseline = c["bottom"] + c["y0"] - c["matrix"][5]
        if cur is not None:
            gap = x0 - cur.x1
            if (
                fontname == cur_fontname
                and abs(size - cur.size) < 0.01
                and abs(baseline - cur.baseline) < 0.01 * size
                and -0.5 * size < gap <= SPLIT_GAP * size
            ):
                if gap > SPACE_GAP * size and text != " " and parts[-1] != " ":
                    parts.append(" ")
                parts.append(text)
                cur.x1 = c["x1"]
                if text != " ":
                    if ink_x1 is None:  # the run started with spaces: it begins here
                        cur.x0 = x0
                    ink_x1 = c["x1"]
                continue
            cur.text = clean_text("".join(parts))
            cur.x1 = cur.x1 if ink_x1 is None else ink_x1
            if cur.text.strip():
                runs.append(cur)
        style = styles.get(fontname)
        if style is None:
            style = styles[fontname] = font_style(fontname)
        name, bold, italic = style
        cur_fontname = fontname
        ink_x1 = None if text == " " else c["x1"]
        parts = [text]
        cur = Glyph(
            text, page_no, x0, c["x1"], c["top"], c["bottom"], baseline, name, size, bold, italic
        )
    if cur is not None:
        cur.text = clean_text("".join(parts))
        cur.x1 = cur.x1 if ink_x1 is None else ink_x1
        if cur.text.strip():
            runs.append(cur)
    return runs
