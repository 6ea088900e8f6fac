"""The letterhead column of a ministry's letter in text extracted page-wide from its PDF.

A letter in the Rijkshuisstijl prints a narrow column at the right of every page: the sender
("Directoraat-Generaal" / "Politie en" / "Veiligheidsregio’s"), its address and fields on the
first page, and on the following pages again the sender, "Datum" and "Ons kenmerk" with their
values. A text extraction that reads the page line by line (as most do) runs each of the
column's lines into the line of the text column that shares its baseline, or sets it on a line
of its own between them:

    dat de vragen van Beantwoording van Kamervragen van het van het lid Politie en
    Veiligheidsregio’s
    Beckerman (SP) aan de staatssecretaris van Infrastructuur en de minister van

The PDF front end sees the column by its position; here it is found by what it is: the lines
that the following pages repeat at their top (the column's items, whole or at a line's end),
the first page's letterhead lines that are the same items, the template's closing clause ("Bij
beantwoording de datum en ons kenmerk vermelden. …"), and the page numbers that a Word
original's fields leave glued to the text ("1Pagina1van2"). Each item is split off as a line
of role ``letterhead``, which the header stage reads as the PDF's column; nothing is decided by
the names of ministries.
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Line
from ..stages.header.letter import RETURN_ADDRESS, SALUTATION, field_label, split_label

# how many lines at the top of a following page may hold the column's items: the column has
# at most about eight there, and the text column's lines stand between them
_TOP = 14
# how far into the first page the letterhead reaches (a long address block, a wrapped subject)
_FIRST_PAGE = 45
# the longest column item read at a line's end, in words ("4 december 2023", "Ministerie van")
_ITEM_WORDS = 4
# the template's clause that closes the first page's column; the column breaks it anywhere
_CLOSING = "Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw"
_CLOSING_CLAUSE = tuple(f"{_CLOSING} brief behandelen.".split())
_CLOSING_END = "behandelen."
# the fewest words of a copy of the subject that a column field runs in beside it, and the most
# read off a line's end ("over verbieden van", "Landbouw, Natuur en")
_COPY_WORDS = 3
_TAIL_WORDS = 6
# the page number fields of a Word original, as a render prints them run into the text
_PAGE_FIELDS = re.compile(r"(?:\d{1,4}Pagina\d{1,4}van\d{1,4} ?)+")


def split_letterhead_column(lines: list[Line]) -> list[Line]:
    """``lines`` with the letterhead column's items split off as lines of their own (role
    ``letterhead``), where the text is a ministry's letter; else ``lines`` unchanged."""
    first = [line for line in lines if line.page == 1][:_FIRST_PAGE]
    if not _is_letter(first):
        return lines
    lines = _without_page_fields(lines)
    first = [line for line in lines if line.page == 1][:_FIRST_PAGE]
    salutation = next((i for i, ln in enumerate(first) if SALUTATION.fullmatch(ln.text)), None)
    head = first if salutation is None else first[:salutation]
    items = _repeated_items(lines, head)
    out: list[Line] = []
    head_ids = {id(line) for line in head}
    rank, page = 0, 0  # the line's place on its page
    for line in lines:
        rank, page = (rank + 1, page) if line.page == page else (0, line.page)
        in_head = id(line) in head_ids
        if not (in_head or (page > 1 and rank < _TOP)):
            out.append(line)
            continue
        parts = _split(line, items, closing=in_head)
        if in_head and parts[-1].role == "letterhead" and parts[-1].text.endswith(_CLOSING_END):
            # the clause closes the letterhead: the line that shares its last words, or else
            # the next (see _keep_gaps), starts the letter (where no salutation does)
            parts[0].gap_before = True
        out += parts
    return _keep_gaps(_split_subject_copies(out, head_ids))


def _split_subject_copies(lines: list[Line], head_ids: set[int]) -> list[Line]:
    """A field of the column that repeats the subject ("Projectnaam": the subject again,
    wrapped to the column's width) is printed on the first page only, so no following page
    tells its lines; run in beside the subject's own lines they repeat its words:

        Onderwerp Beantwoording Kamervragen van de leden Lahlah en Chakor over verbieden van
        hoofddoekjes en andere
        (GroenLinks-PvdA) over verbieden van hoofddoekjes en andere
        religieuze uitingen bij boa’s
        religieuze uitingen bij boa’s

    Where a field of the column is seen to start with the subject's words, from the subject's
    label up to the next field, a line of the head (``head_ids``), or the end of one, of at
    least ``_COPY_WORDS`` words that the subject's other lines hold as well (across their line
    breaks) is such a copy, and is split off as the column's, from the top down: a subject
    does not say the same words twice."""
    start = next(
        (i for i, ln in enumerate(lines) if id(ln) in head_ids and field_label(ln.text) == "title"),
        None,
    )
    if start is None or not _column_repeats_subject(lines[:start], lines[start].text):
        return lines
    region = [lines[start]]
    for line in lines[start + 1 :]:
        # the subject ends where the next field starts, at a gap or where the head ends
        if id(line) not in head_ids or line.gap_before or field_label(line.text) is not None:
            break
        if line.role != "letterhead":
            region.append(line)
    tails: dict[int, Line] = {}  # id of a line → the copy split off its end
    for n, line in enumerate(region):
        others = (
            f" {' '.join(ln.text for ln in region if ln is not line and ln.role != 'letterhead')} "
        )
        words = line.text.split(" ")
        if n > 0 and len(words) >= _COPY_WORDS and f" {line.text} " in others:
            line.role = "letterhead"
            continue
        for k in range(max(1, len(words) - _TAIL_WORDS), len(words) - _COPY_WORDS + 1):
            tail = " ".join(words[k:])
            if f" {tail} " in others:
                line.text = " ".join(words[:k])
                tails[id(line)] = Line(tail, page=line.page, role="letterhead")
                break
    out = []
    for line in lines:
        out.append(line)
        if id(line) in tails:
            out.append(tails[id(line)])
    return out


def _column_repeats_subject(before: list[Line], subject: str) -> bool:
    """Whether a field of the column that the letter reads no value from ("Projectnaam"),
    standing above the subject, starts with the subject's first words: the evidence that the
    column prints the subject again. Its value is the whole lines under its label, up to the
    next label; the subject's line holds the subject's start after its own label."""
    parts = split_label(subject)
    first = parts.value.split() if parts else []
    for i, line in enumerate(before):
        label = split_label(line.text)
        if label is None or label.value or label.field is not None:
            continue
        value: list[str] = []
        for below in before[i + 1 :]:
            if split_label(below.text) is not None:
                break
            value += below.text.split()
        if len(value) >= 2 and first[: len(value)] == value:
            return True
    return False


def _without_page_fields(lines: list[Line]) -> list[Line]:
    """The lines with a Word original's page number fields taken out ("1Pagina1van2"), and a
    line that held only those left out."""
    kept = []
    for line in lines:
        if "Pagina" in line.text and (text := _PAGE_FIELDS.sub("", line.text)) != line.text:
            if not text.strip():
                continue
            line.text = text.strip()
        kept.append(line)
    return kept


def _keep_gaps(lines: list[Line]) -> list[Line]:
    """A blank line before an item of the column stood before the text that follows it: the
    header reads a field's value up to a gap, the body a paragraph."""
    gap = False
    for line in lines:
        if line.role == "letterhead":
            gap = gap or line.gap_before
            continue
        if gap:
            line.gap_before = True
        gap = False
    return lines


def _is_letter(first: list[Line]) -> bool:
    """A return address line and a Datum or subject label on the first page."""
    texts = [line.text for line in first]
    return any(RETURN_ADDRESS.fullmatch(t) for t in texts) and any(
        field_label(t) in ("date", "title") for t in texts
    )


def _candidates(text: str) -> set[str]:
    """What a line may hold of the column: the whole line, or its last few words where they
    start with a capital or a digit (an item of the column does; "en", "van de" do not)."""
    words = text.split(" ")
    found = {text}
    for k in range(max(1, len(words) - _ITEM_WORDS), len(words)):
        tail = " ".join(words[k:])
        if tail[:1].isupper() or tail[:1].isdigit():
            found.add(tail)
    return found


def _repeated_items(lines: list[Line], head: list[Line]) -> set[str]:
    """The column's items: what the tops of the following pages repeat. With one following
    page, what its top shares with the first page's letterhead, whole on a line somewhere or of
    two words or more."""
    tops: dict[int, list[str]] = {}
    for line in lines:
        if line.page > 1 and len(tops.setdefault(line.page, [])) < _TOP:
            tops[line.page].append(line.text.strip())
    if not tops:
        return set()
    counts: Counter[str] = Counter()
    whole: set[str] = set()
    for texts in tops.values():
        counts.update({c for t in texts if t for c in _candidates(t)})
        whole.update(texts)
    if len(tops) >= 2:
        need = max(2, (len(tops) + 1) // 2)
        items = {c for c, n in counts.items() if n >= need}
    else:
        head_texts = [line.text for line in head]
        whole.update(head_texts)
        first = {c for t in head_texts for c in _candidates(t)}
        items = {c for c in counts if c in first and (c in whole or " " in c)}
    # a field the following pages print with its label ("Ons kenmerk5086975") stands on the
    # first page as its label and, under it, its value, each whole or run into another line
    for c in list(items):
        parts = split_label(c)
        if parts is None or parts.field not in ("reference", "their_reference"):
            continue
        if parts.value and " " not in parts.value:
            items |= {parts.value, parts.label}
    return items


def _split(line: Line, items: set[str], closing: bool) -> list[Line]:
    """The line, with a column item at its end (or the whole line) split off."""
    text = line.text
    if text in items or (closing and _in_closing_clause(text)):
        line.role = "letterhead"
        return [line]
    words = text.split(" ")
    # the longest item first; the closing clause is split off however much of it a line holds
    reach = len(_CLOSING_CLAUSE) if closing else _ITEM_WORDS
    for k in range(max(1, len(words) - reach), len(words)):
        tail = " ".join(words[k:])
        if (len(words) - k <= _ITEM_WORDS and tail in items) or (
            closing and " " in tail and _in_closing_clause(tail)
        ):
            if (parts := split_label(" ".join(words[:k]))) and not parts.value:
                return [line]  # "Datum 4 december 2023": the field, label and value
            line.text = " ".join(words[:k])
            side = Line(tail, page=line.page, role="letterhead")
            return [line, side]
    return [line]


def _in_closing_clause(text: str) -> bool:
    """Whether ``text`` is a run of the template's closing clause, word for word."""
    words = tuple(text.split())
    n = len(words)
    return any(_CLOSING_CLAUSE[i : i + n] == words for i in range(len(_CLOSING_CLAUSE) - n + 1))
