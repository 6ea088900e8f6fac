"""What a front end hands to the pipeline: the document as lines with layout evidence.

The text front end knows only line breaks, blank lines and form feeds; the PDF front end also
knows fonts, sizes and positions. Both describe what they know in the same ``Line`` record, and
everything after them (``kamerparse.stages``) is shared. Where a front end is sure of something
(a PDF knows which lines are footnotes, page furniture or headings) it says so in the line; where
it is not (plain text), it leaves the field ``None`` and the stages decide from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

# A footnote marker carried in-band in line text: MARK_OPEN + number + MARK_CLOSE. The PDF front
# end writes these for superscript markers; the text path writes them where it finds a footnote
# digit glued to a word. The body stage takes them out and records the numbers on the paragraph.
# Private-use code points, so they cannot clash with real text (input is stripped of them first).
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

# "letterhead": a ministry letter's sender and reference column, kept out of the content and
# read by the letter's header reader
Role = Literal["body", "footnote", "furniture", "letterhead"]


def marker(number: str) -> str:
    return f"{MARK_OPEN}{number}{MARK_CLOSE}"


@dataclass(slots=True)
class Line:
    text: str
    page: int = 1
    # a blank line (text) or a clear vertical gap (PDF) stands before this line
    gap_before: bool = False
    # None: unknown, let the stages decide from the text
    role: Role | None = None
    heading: bool | None = None
    # the line starts a new paragraph (PDF: gap or indent); None when the front end cannot tell
    starts_paragraph: bool | None = None
    # a new page began right before this line (text: form feed or the seed's leading space)
    page_start: bool = False
    # font evidence from a PDF (None from text)
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    x0: float | None = None
    # a PDF line's box in points from the page's top left: x0, top, x1, bottom (for ``view``)
    box: tuple[float, float, float, float] | None = None


@dataclass(slots=True)
class Layout:
    lines: list[Line]
    format: Literal["text", "pdf", "docx", "html"] = "text"
    pages: int | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


# a question-and-answer label that heads what follows: "Vraag 1", "Antwoord 3", "Antwoord op
# vraag 2", "Antwoorden op vragen 3, 4, 5, 9 en 10", "Vragen 4 en 5"
QA_LABEL = re.compile(
    r"(?:Vraag|Vragen|Antwoord|Antwoorden)(?: op (?:vraag|vragen))?"
    r"(?: \d{1,3}(?:(?:, | en | t/m | tot en met |-| )\d{1,3})*)?:?"
)

_MONTHS = frozenset(
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"}
)  # fmt: skip


_BEFORE_NUMBER = frozenset({"nr.", "nrs.", "art.", "artt.", "blz.", "p.", "pag.", "€", "§"})


def first_unit(text: str) -> str:
    """The start of a line that a typesetter would have moved up whole: its first word, or the
    first two where Dutch typesetting ties them ("22 augustus", "– Jeugd", "nr. 1137", "36 410").

    Both front ends ask whether this would have fitted at the end of the line before: if so,
    that line ended a paragraph.
    """
    words = text.split(" ", 2)
    if len(words) > 1:
        first, second = words[0], words[1]
        if (
            first in ("–", "—", "-")
            or (first.isdigit() and len(first) <= 2 and second.lower().rstrip(".,") in _MONTHS)
            # "nr. 1137", "art. 5", "€ 12": an abbreviation or sign and its number
            or (first.lower() in _BEFORE_NUMBER and second[:1].isdigit())
            # "36 410", "12 345": the groups of one number
            or (first.isdigit() and len(first) <= 3 and second.rstrip(".,;:)").isdigit()
                and len(second.rstrip(".,;:)")) == 3)
        ):  # fmt: skip
            return f"{first} {second}"
    return words[0]
