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

import re
from dataclasses import replace

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
    if any(_NOOT_HEAD.fullmatch(line.text) or _NOOT_INLINE.fullmatch(line.text) for line in lines):
        return _from_web_notes(lines)
    return _from_page_feet(lines)


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
    wide = _footnote_width(lines)
    for end in _page_ends(lines):
        block = _foot_block(lines, start, end, expected)
        first = block[0] if block is not None else end
        if notes and not _finished(notes[-1].text):
            # the last note of the page before runs on at the foot of this page, unnumbered,
            # in the small type that makes its lines wider than the body column
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
    lines: list[Line], start: int, end: int, expected: int
) -> tuple[int, list[tuple[str, list[int]]]] | None:
    """The footnotes at the foot of one page: the earliest start that numbers on to the end."""
    body_before = " ".join(line.text for line in lines[:start])
    for k in range(start + 1, end):
        m = _NUMBERED.fullmatch(lines[k].text)
        if not m or int(m.group(1)) != expected or _DATE_START.match(lines[k].text):
            continue
        groups = _number_run(lines, k, end, expected)
        if groups is None:
            continue
        context = body_before + " " + " ".join(line.text for line in lines[start:k])
        if all(_marked(context, number) for number, _ in groups):
            return k, groups
    return None


def _number_run(
    lines: list[Line], k: int, end: int, expected: int
) -> list[tuple[str, list[int]]] | None:
    groups: list[tuple[str, list[int]]] = []
    for j in range(k, end):
        m = _NUMBERED.fullmatch(lines[j].text)
        if m and int(m.group(1)) == expected:
            groups.append((m.group(1), [j]))
            expected += 1
        elif groups:
            groups[-1][1].append(j)
    return groups or None


def _marked(context: str, number: str) -> bool:
    """Whether a footnote digit ``number`` stands glued to a word or punctuation in context."""
    if f"{MARK_OPEN}{number}" in context:
        return True
    for m in re.finditer(rf"(?<!\S)(\S*?[^\s\d]){number}(?!\d)", context):
        if not _CODE.fullmatch(m.group(1)):  # "Q1", "CO2", "G20" are codes, not markers
            return True
    # a marker glued to a cited number: "(Kamerstuk 27 925, nr. 9591)"
    return re.search(rf"\bnr\. \d+{number}(?=[\s.,;:)]|$)", context) is not None
