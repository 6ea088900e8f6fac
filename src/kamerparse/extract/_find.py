"""Fast tests and searches for literal text, shared by the extractors.

``str.find`` and ``in`` run in C and, for a single character, at memory speed; a regex scan
costs several nanoseconds a character. Each extractor runs on every paragraph, and most
paragraphs cite nothing, so the first look at a text is made with these.

Why each extractor looks for its own literals, rather than one search answering all of them:
``re`` skips through a text in C only to a pattern's first literal; an alternation of several
literals is led by a choice of characters, which it tests at every position (about 4 ns a
character, whatever matches). Over the letters of ``benchmarks/extract_throughput.py`` one
``finditer`` of thirty gate literals of the reference extractors costs 1.75 times the thirty
``in`` tests it would replace, and those stop at the first that holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import AnyStr

from kamerparse.extract._lazy import lazy_compile

__all__ = ["SENTENCE_END_RE", "before_digit", "digit_image", "has_digit", "matches_at", "positions"]

_DIGIT_RE = re.compile(r"\d")
# where a sentence ends: its mark and the space or end of text after it
SENTENCE_END_RE = lazy_compile(r"[.;?!](?:\s|$)")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit, as ``re.search(r"\\d", text)`` says (which also counts
    the digits of other scripts, looked for only in a text that is not ASCII)."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or (not text.isascii() and _DIGIT_RE.search(text) is not None)
    )


# Latin-1 holds no decimal digit but 0-9 (re's ``\d`` is ``str.isdecimal``): a digit of another
# script is a character beyond Latin-1, which encoding writes as "?"; both read "0" in the image
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789?", b"0000000000")


def digit_image(text: str) -> bytes:
    """``text`` as one byte a character, where every decimal digit reads ``b"0"``, and so does
    every character beyond Latin-1 but the en dash, which reads ``b"-"``. Where a pattern of
    digits matches in ``text``, the same pattern with "0" for each digit matches the image at
    the same position: a superset of the candidates, found by a pattern that starts with a
    literal, which ``re`` skips to in C (``\\d`` it tries at every position of a ``str``)."""
    # the en dash is the character beyond Latin-1 that stands between digits most: read as a
    # digit, a year range ("2011–2012") would be a run of nine, a candidate at five positions
    return text.replace("–", "-").encode("latin-1", "replace").translate(_DIGITS_TO_ZERO)


def before_digit(text: str, char: str, spaces: str = "") -> bool:
    """Whether ``char`` stands right before a decimal digit (what ``\\d`` matches) somewhere in
    ``text``, or before one of ``spaces`` and a digit after it. Found from ``char`` to ``char``
    with str.find: for a character that is rare in running text (a hyphen, a bracket) far
    cheaper than a regex, which tries every position."""
    at = text.find(char)
    while at >= 0:
        after = text[at + 1 : at + 2]
        if after.isdecimal() or (after and after in spaces and text[at + 2 : at + 3].isdecimal()):
            return True
        at = text.find(char, at + 1)
    return False


def positions(text: AnyStr, words: tuple[AnyStr, ...]) -> list[int]:
    """Every position where one of ``words`` starts, overlapping ones included, in order."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()
    return found


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that matches no empty string and
    whose every match starts at one of ``starts`` (in order, a superset is fine): the pattern
    is matched only there, each time from the end of the previous match, as ``finditer`` goes
    on. Much faster for a pattern that begins with a lookbehind or a choice of letters, which
    ``re`` tries at nearly every position of a text."""
    pos = 0
    for at in starts:
        if at >= pos and (m := pattern.match(text, at)) is not None:
            yield m
            pos = m.end()
