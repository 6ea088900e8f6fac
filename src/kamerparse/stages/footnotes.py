"""Stage 2: find the footnote texts and take them out of the running text.

Three places footnote texts stand:
- a PDF front end has already marked them (``role == "footnote"``), each starting "N text";
- web pages list them at the end: "X Noot" / "XNoot", the number on its own line, then the text;
  or "Noot 1: text";
- text extracted from a PDF has them at the foot of each page: lines starting "N " just before
  the page ends, numbered on from the previous page. There they are told from body lines that
  happen to start with a number by the numbering (the next expected footnote number) and by the
  marker: footnote N is only taken when a digit N glued to a word stands in the text before it.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..extract._find import has_digit
from ..layout import MARK_OPEN, Line
from ..model import Footnote
from .textwidth import text_width
from .unwrap import join_lines

_NOOT_HEAD = re.compile(r"X ?Noot")
_NOOT_NUMBER = re.compile(r"\d{1,3}")
_NOOT_INLINE = re.compile(r"Noot (\d{1,3}): ?(.*)")
_NUMBERED = re.compile(r"(\d{1,3})\s+(\S.*)")
# a body line that starts with a date ("1 juli 2026, uiterlijk …") is no footnote
_DATE_START = re.compile(
    r"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\b",
    re.I,
)
_CODE = re.compile(r"[A-Z]{1,4}")  # "Q1", "CO2", "G20": a code, not a word with a marker


def split_footnotes(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    """Return the lines without footnote texts, and the footnotes in number order."""
    if any(line.role == "footnote" for line in lines):
        return _from_roles(lines)
    if any(
        "Noot" in line.text
        and (_NOOT_HEAD.fullmatch(line.text) or _NOOT_INLINE.fullmatch(line.text))
        for line in lines
    ):
        return _from_web_notes(lines)
    if any(line.text.startswith("1) ") for line in lines) and (found := _from_bracket_notes(lines)):
        return found
    return _from_page_feet(lines)


_BRACKET_NOTE = re.compile(r"(\d{1,3})\) (\S.*)")


def _from_bracket_notes(lines: list[Line]) -> tuple[list[Line], list[Footnote]] | None:
    """Notes numbered "1)", "2)" at the end of a web page of an older paper (2012 and before),
    each set off by a blank line, their markers set apart in the text ("is verzocht 1).").

    Taken only where the last such "1)" starts a run of notes numbered on to the end and every
    note's marker stands in the text before it: a numbered list at the end of a letter has no
    markers."""
    first = max(i for i, line in enumerate(lines) if line.text.startswith("1) "))
    if not lines[first].gap_before:
        return None
    groups: list[tuple[str, list[Line]]] = []
    for line in lines[first:]:
        m = _BRACKET_NOTE.fullmatch(line.text)
        if m and line.gap_before and int(m.group(1)) == len(groups) + 1:
            groups.append((m.group(1), [replace(line, text=m.group(2))]))
        elif groups and not line.gap_before:
            groups[-1][1].append(line)
        else:
            return None
    before = "\n".join(line.text for line in lines[:first])
    if not all(_bracket_marked(before, number) for number, _ in groups):
        return None
    return lines[:first], [_make(n, parts) for n, parts in groups]


def _bracket_marked(text: str, number: str) -> bool:
    """Whether " N)" stands in ``text`` as a marker: after a word, before a space or a
    punctuation mark, and closing no parenthesis ("(zie bijlage 1)" is none)."""
    for m in re.finditer(rf"(?<=\S) {number}\)(?=[\s.,;:]|$)", text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if line.count("(") <= line.count(")"):
            return True
    return False


def _make(number: str, parts: list[Line]) -> Footnote:
    return Footnote(number=number, text=join_lines([p.text for p in parts]), page=parts[0].page)


def _from_roles(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    kept: list[Line] = []
    groups: list[tuple[str, list[Line]]] = []
    for line in lines:
        if line.role != "footnote":
            kept.append(line)
            continue
        m = _NUMBERED.fullmatch(line.text)
        if m and (not groups or _is_next(groups[-1][0], m.group(1))):
            groups.append((m.group(1), [replace(line, text=m.group(2))]))
        elif groups:
            groups[-1][1].append(line)
    return kept, [_make(n, parts) for n, parts in groups]


def _is_next(previous: str, number: str) -> bool:
    return previous.isdigit() and int(number) == int(previous) + 1


def _from_web_notes(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    kept: list[Line] = []
    groups: list[tuple[str, list[Line]]] = []
    i = 0
    in_notes = False
    while i < len(lines):
        text = lines[i].text
        if _NOOT_HEAD.fullmatch(text) and i + 1 < len(lines):
            number = lines[i + 1].text
            if _NOOT_NUMBER.fullmatch(number):
                groups.append((number, []))
                in_notes = True
                i += 2
                continue
        if m := _NOOT_INLINE.fullmatch(text):
            groups.append((m.group(1), [replace(lines[i], text=m.group(2))]))
            in_notes = True
        elif in_notes and groups:
            groups[-1][1].append(lines[i])
        else:
            kept.append(lines[i])
        i += 1
    return kept, [_make(n, parts) for n, parts in groups if parts]


def _page_ends(lines: list[Line]) -> list[int]:
    """Indexes just past the last line of each page (a page ends where the next one starts)."""
    ends = [i for i in range(1, len(lines)) if lines[i].page_start]
    return [*ends, len(lines)]


def _from_page_feet(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    lines = list(lines)
    drop: set[int] = set()
    notes: list[Footnote] = []
    expected = 1
    start = 0
    wide: float | None = None  # measured when a note first may run on: most texts have none
    marks = _MarkIndex(lines)
    for end in _page_ends(lines):
        block = _foot_block(lines, start, end, expected, marks)
        first = block[0] if block is not None else end
        if notes and not _finished(notes[-1].text):
            # the last note of the page before runs on at the foot of this page, unnumbered,
            # in the small type that makes its lines wider than the body column
            if wide is None:
                wide = _footnote_width(lines)
            cont = _continuation(lines, start, first, wide)
            if cont:
                notes[-1].text = join_lines([notes[-1].text] + [lines[j].text for j in cont])
                drop.update(cont)
                first = min(first, cont[0])
        if block is not None:
            for number, idx in block[1]:
                head = lines[idx[0]]
                head = replace(head, text=head.text[len(number) :].lstrip())
                notes.append(_make(number, [head] + [lines[j] for j in idx[1:]]))
            expected = int(block[1][-1][0]) + 1
            drop.update(range(block[0], end))
        if first < end and end < len(lines):
            # the text after the notes continues, or not, as the text before them did
            lines[end] = replace(lines[end], gap_before=lines[first].gap_before)
        start = end
    if not drop:
        return lines, notes
    return [line for i, line in enumerate(lines) if i not in drop], notes


def _finished(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ")", "»", "”", '"'))


def _footnote_width(lines: list[Line]) -> float:
    """A width above which a line is set in footnote type: clearly wider than the body column."""
    widths = sorted(text_width(line.text) for line in lines)
    if not widths:
        return 0.0
    return 1.12 * widths[int(len(widths) * 0.75)]


def _continuation(lines: list[Line], start: int, end: int, wide: float) -> list[int]:
    """The lines just above ``end`` on this page that continue the previous page's last note."""
    idx: list[int] = []
    j = end - 1
    # the note's own last line may be short; the lines above it are full footnote lines
    if j > start and text_width(lines[j - 1].text) > wide:
        idx.append(j)
        j -= 1
    while j > start and text_width(lines[j].text) > wide:
        idx.append(j)
        j -= 1
    return sorted(idx) if any(text_width(lines[i].text) > wide for i in idx) else []


def _foot_block(
    lines: list[Line], start: int, end: int, expected: int, marks: _MarkIndex
) -> tuple[int, list[tuple[str, list[int]]]] | None:
    """The footnotes at the foot of one page: the earliest start that numbers on to the end.

    A start k is taken when every number of the run from k ("N", then the first "N+1" after
    it, and so on) is marked in the text before k. Walking the page backwards once gives, for
    every numbered line, the last line by which its whole run is marked, so a page of
    thousands of numbered lines costs no more than a page of ten.
    """
    numbers: dict[int, str] = {}
    for j in range(start + 1, end):
        m = _NUMBERED.fullmatch(lines[j].text)
        if m:
            numbers[j] = m.group(1)
    marked_by: dict[int, float] = {}  # line -> the line before which its run is all marked
    following: dict[int, int] = {}  # number -> the nearest line below that starts with it
    for j in sorted(numbers, reverse=True):
        n = int(numbers[j])
        rest = following.get(n + 1)
        here = marks.first(numbers[j])
        marked_by[j] = here if rest is None else max(here, marked_by[rest])
        following[n] = j
    for k in sorted(numbers):
        if int(numbers[k]) != expected or _DATE_START.match(lines[k].text):
            continue
        if marked_by[k] < k:
            return k, _number_run(lines, k, end, expected)
    return None


def _number_run(lines: list[Line], k: int, end: int, expected: int) -> list[tuple[str, list[int]]]:
    groups: list[tuple[str, list[int]]] = []
    for j in range(k, end):
        m = _NUMBERED.fullmatch(lines[j].text)
        if m and int(m.group(1)) == expected:
            groups.append((m.group(1), [j]))
            expected += 1
        elif groups:
            groups[-1][1].append(j)
    return groups


class _MarkIndex:
    """Where in the text a footnote digit first stands glued to a word or a cited number.

    Built once per document, so that asking "is N marked anywhere before line k" costs a
    lookup instead of a scan of everything before the page (which made long texts quadratic).
    """

    def __init__(self, lines: list[Line]) -> None:
        # built when first asked: a text without a numbered line at a page foot never asks
        # (the caller may replace lines meanwhile, but only to change their flags)
        self._lines = lines
        self._first: dict[str, int] | None = None

    def _build(self) -> dict[str, int]:
        first: dict[str, int] = {}
        prev = ""
        for i, line in enumerate(self._lines):
            # every mark is digits in this line; "nr. 5" at the end of the line before, read
            # again with it, gives no number (one digit is no glued marker), so a line without
            # a digit is skipped, and most lines are
            if has_digit(line.text):
                for number in _marks_in(line.text, prev[-5:]):
                    first.setdefault(number, i)
            prev = line.text
        return first

    def first(self, number: str) -> int | float:
        """The first line in which a marker ``number`` may stand; infinity if none."""
        if self._first is None:
            self._first = self._build()
        return self._first.get(number, math.inf)


# a word with a digit in it: only those can carry a glued marker (most words have none, and
# the pattern skips them without a match object each); linear, as it starts only at a word start
_DIGIT_TOKEN = re.compile(r"(?<!\S)[^\s\d]*\d\S*")
_GLUED_RUN = re.compile(r"(?<=[^\s\d])\d+")
_MARK_RUN = re.compile(MARK_OPEN + r"(\d+)")
# a marker glued to a year: "brief van 7 november 20231" (2023 + note 1)
_YEAR_RUN = re.compile(r"(?<![\d,.])(?:19|20)\d\d(\d{1,2})(?=[\s.,;:)]|$)")
# a marker glued to a cited number: "(Kamerstuk 27 925, nr. 9591)"
_NR_RUN = re.compile(r"\bnr\. (\d+)(?=[\s.,;:)]|$)")
# a marker glued to other digits is one of their short ends: a run's every prefix or suffix
# would take memory in the square of its length ("nr. " and 100,000 digits: gigabytes)
_GLUED_MARK_DIGITS = 3


def _marks_in(text: str, tail: str) -> set[str]:
    """The footnote numbers that a line may mark; ``tail`` ends the line before it."""
    found: set[str] = set()
    for m in _MARK_RUN.finditer(text):
        digits = m.group(1)
        found.add(digits)
        found.update(digits[:n] for n in range(1, min(len(digits), _GLUED_MARK_DIGITS) + 1))
    for token in _DIGIT_TOKEN.finditer(text):
        word = token.group()
        seen: set[str] = set()
        for run in _GLUED_RUN.finditer(word):
            number = run.group()
            if number in seen:
                continue
            seen.add(number)
            # "Q1", "CO2", "G20" are codes, not words with a marker; a code may still carry
            # one glued to its digits: "NIS24" (NIS2 + note 4)
            if not _CODE.fullmatch(word[: run.start()]):
                found.add(number)
            else:
                found.update(number[n:] for n in range(1, len(number)) if len(number) - n <= 2)
    found.update(m.group(1) for m in _YEAR_RUN.finditer(text))
    # "nr." may end the line before and its number start this one
    for m in _NR_RUN.finditer(f"{tail} {text}" if tail else text):
        digits = m.group(1)
        found.update(digits[-n:] for n in range(1, min(len(digits) - 1, _GLUED_MARK_DIGITS) + 1))
    return found
