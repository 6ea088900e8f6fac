"""Calendar dates in Dutch parliamentary prose.

Two public functions:

* :func:`find_dates` finds every calendar date named in one paragraph or footnote text and
  returns them as :class:`~kamerparse.model.DateMention` objects with character offsets.
* :func:`parse_date_line` reads a dagtekening line ("Den Haag, 20 december 2023",
  "Voorgesteld 27 juni 2002") into ``(place, date)``.

How :func:`find_dates` works, in three steps that each live in their own function:

1. *Tokenise*: one compiled regex (``_UNIT_RE``) finds *units*. A unit is one month name with
   the days written before it and the year and qualifier written after it
   ("14, 15 en 16 maart aanstaande", "18 oktober", "januari 2024", "3 sept. 2019"), or one
   numeric date ("15-11-2022").
2. *Chain*: units that stand directly next to each other, joined only by "en", "tot", "t/m",
   a comma or a dash, form a chain ("18 oktober tot 12 december jl."); inside a chain a year or
   a qualifier carries over to neighbours that lack one.
3. *Resolve*: every unit gets a year: its own, one inferred from a neighbour in its chain, or one
   inferred from the letter date and the qualifier ("jl." → on or before the letter date,
   "a.s." → on or after, neither → the nearest). Units that end up without a year, or that are
   bare months ("in oktober"), are dropped, and so are impossible days ("31 februari").

What counts as a date follows the project's gold rules: day + month (with or without year) or
month + year. Not dates: bare months, bare years, seasons, quarters, "vorig jaar".

Decisions worth knowing when reading the output:

* Mention text: the day, month, year and qualifier as written ("12 december jl.",
  "februari van 1998", "7 oktober vorig jaar"); a weekday before the day is left out. In a list
  every day but the last is its own digits: "5 en 7 maart 2018" gives "5" and "7 maart 2018",
  and "maandag 18 en dinsdag 19 oktober" gives "18" and "19 oktober".
* A year-less date whose year nothing fixes (no letter date, no neighbour with a year) is
  skipped rather than guessed.
* "nearest" ties (the date lies exactly half a year from the letter date) go to the earlier
  year. A list counts as "a.s." when its last day is on or after the letter date and as
  "jl." when its first day is on or before it.
* Abbreviated months need a dot or a year ("1 jan 2024", "1 jan."); numeric dates need
  "-" or "/" ("15-11-2022"), or dots right after "d.d."; years run 1800-2099.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from kamerparse.extract._find import has_digit, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.model import DateMention, Where

__all__ = ["find_dates", "parse_date_line", "weekday_mismatch"]

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_FULL_MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations as Dutch government texts write them. They only count when a dot or a year
# follows ("1 jan. 2024", "1 jan 2024", "3 sept. 2019"): "Jan" and "Dec" are also names.
_ABBR_MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}

# Oldest and newest year a four-digit number after a month name may be. Bounded so that
# "in mei 2500 woningen" is not read as May 2500.
_MIN_YEAR = 1800
_MAX_YEAR = 2099

# Qualifiers after a year-less date, mapped to how the year is inferred.
_PAST_WORDS = frozenset({"jl.", "jl", "j.l.", "jongstleden", "jongsleden"})
_FUTURE_WORDS = frozenset({"a.s.", "a.s", "as.", "aanstaande", "aanst."})
_RELATIVE_YEAR: dict[str, int] = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1, "komend": 1}

Mode = Literal["past", "future", "nearest"]


def _trie(words: list[str]) -> str:
    """A regex that matches exactly ``words``, written as a trie ("j(?:an(?:uari)?|u(?:ni|li))").

    ``re`` tries the branches of a plain alternation one by one at every position; factored
    into a trie, a position that starts no month name fails on its first one or two letters.
    Longer words win because every optional tail is greedy.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _case_forms(words: list[str]) -> list[str]:
    """Each word as written in running text, at the start of a sentence, and in capitals."""
    return sorted({f for w in words for f in (w, w.capitalize(), w.upper())})


_SP = r"[ \u00a0]"  # the text is whitespace-collapsed; a no-break space may survive
_DAY = r"\d{1,2}(?:ste|de|e)?(?!\w)"  # "5", "05", "1e", "1ste", "2de"
# How the last day of a list is joined to the one before it; a comma alone does not make a
# list ("nr. 5, 7 maart" names one date), so commas are only allowed before such a joiner.
_DAY_JOIN = rf"(?:{_SP}(?:en|of|tot{_SP}en{_SP}met|tot|t/m|&){_SP}|{_SP}?[-–—]{_SP}?)"
# a weekday before the last day, as the days are announced: "maandag 18 en dinsdag 19 oktober
# 1999" (the one before the first day stands outside the mention, as it does before one day)
_WEEKDAY = r"(?:[Mm]aan|[Dd]ins|[Ww]oens|[Dd]onder|[Vv]rij|[Zz]ater|[Zz]on)dag"
# a footnote marker may follow a year, after the full stop that ends a sentence ("1 januari
# 2025.3 Het") or glued to it where the page lost its superscript ("van 16 februari 20181.",
# before a list's comma too); a comma decimal or a group of thousands may not
_YEAR = r"(?:(?:1[89]|20)\d\d(?=\d\d?(?!\w|,\d))|\d{4}(?!\d|,\d|\.\d{3}))"
# At most this many comma-separated days before the "en" of a list. Bounded because a scan
# restarts at every digit: an unbounded list in "1, 1, 1, …" (no month, no "en") would be
# read to its end from each of its numbers, which takes quadratic time.
_MAX_LIST = 8
# Every unit starts with a digit or with the first letter of a month name. Checking that one
# character first lets the scan drop most positions at once (``re`` has no such shortcut for a
# pattern that begins with a lookbehind or an alternation of groups).
_FIRST_CHARS = "".join(sorted({w[0] for w in _case_forms([*_FULL_MONTHS, *_ABBR_MONTHS])}))

# One unit. Group names are read by ``_unit_from_match``. Case-sensitive on purpose (month
# names are matched in their three written forms): IGNORECASE makes ``re`` several times slower.
#  - numeric: "15-11-2022", "15/11/2022"; "15.11.2022" only right after "d.d." (a dotted triple
#    elsewhere is as likely a section or version number).
#  - named: [days ] month[ [van ]year][ qualifier]
# Lookbehinds keep the first day from being the tail of a number ("2.15 maart", "21501-20") or
# a Kamerstuk number ("nr. 5 en 7 maart" names only 7 maart).
_UNIT_RE = lazy_compile(
    rf"""
    (?=[0-9{_FIRST_CHARS}])
    (?:
        (?P<numeric>
            (?<![\w./-])
            (?P<n_day>\d{{1,2}})(?P<n_sep>[-/])(?P<n_month>\d{{1,2}})(?P=n_sep)(?P<n_year>\d{{4}})
            (?![\w/-]|[.,]\d)
          |
            (?<=d\.d\.{_SP})
            (?P<dd_day>\d{{1,2}})\.(?P<dd_month>\d{{1,2}})\.(?P<dd_year>\d{{4}})
            (?![\w/-]|[.,]\d)
        )
      |
        (?:
            (?<![\w.,/-])(?<!nr\.{_SP})(?<!nrs\.{_SP})
            (?P<days>{_DAY}(?:(?:,{_SP}{_DAY}){{0,{_MAX_LIST}}}+{_DAY_JOIN}(?:{_WEEKDAY}{_SP})?{_DAY})?)
            {_SP}
        )?
        (?<!\w)
        (?:
            (?P<month>{_trie(_case_forms(list(_FULL_MONTHS)))})(?:(?![\w-])|(?P<fn>\d\d?)(?![\w-]))
          |
            (?P<abbr>{_trie(_case_forms(list(_ABBR_MONTHS)))})(?P<abbr_dot>\.)?(?![\w-])
        )
        (?:{_SP}(?:van{_SP})?(?P<year>{_YEAR}))?
        (?:{_SP}
            (?P<qual>
                jl\.?|j\.l\.|jongstleden|jongsleden|a\.s\.?|as\.|aanstaande|aanst\.
              | (?:van{_SP})?(?P<rel>dit|vorig|verleden|volgend|komend){_SP}jaar
            )(?!\w)
        )?
    )
    """,
    re.VERBOSE,
)

_DAY_TOKEN_RE = lazy_compile(r"\d{1,2}(?:ste|de|e)?")

# What may stand between two units of one chain ("18 oktober tot 12 december jl.").
_CHAIN_GAP_RE = lazy_compile(
    rf"(?:,{_SP}|,?{_SP}(?:en|of|tot{_SP}en{_SP}met|tot|t/m|&){_SP}|{_SP}?[-–—]{_SP}?)"
)

# Prefilter: every date has a digit, and a month name or a numeric form (_numeric_anchors).
# These patterns start with a plain literal or character class, which ``re`` scans for in C,
# several times faster than the full ``_UNIT_RE``; most paragraphs name no date and are done
# after them. The month names found are also where ``_UNIT_RE`` is tried (_unit_matches).
# a footnote digit may be glued to a month name after its day: "In mijn brief van 5 februari1
# jongstleden" (_UNIT_RE's group fn)
_HAS_MONTH_RE = lazy_compile(
    _trie(_case_forms([*_FULL_MONTHS, *_ABBR_MONTHS])) + r"(?:(?!\w)|(?=\d\d?(?!\w)))"
)

# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Day:
    """One day number inside a unit, with its own span (for "5" in "5 en 7 maart")."""

    day: int
    start: int
    end: int


@dataclass(slots=True)
class _Unit:
    """One month name with its days, year and qualifier; or one numeric date.

    ``year`` starts as the written year and is filled in by the resolver. ``mode`` says how to
    infer a missing year from the letter date; ``rel_year`` is set for "vorig jaar" and the like.
    ``explicit`` says the year is written (here or in the chain it was taken from): only such a
    year may turn a bare month into a date ("september en oktober 2013").
    """

    start: int
    end: int
    month: int
    days: list[_Day]
    year: int | None
    mode: Mode
    rel_year: int | None = None
    explicit: bool = False


def _unit_from_match(m: re.Match[str]) -> _Unit | None:
    """Turn one ``_UNIT_RE`` match into a unit, or None when the match is no date at all."""
    # one call for all groups: this runs for every month name in the text
    numeric, abbr, abbr_dot, month_name, written_year, days_text, qual, rel_word, fn = m.group(
        "numeric", "abbr", "abbr_dot", "month", "year", "days", "qual", "rel", "fn"
    )
    if numeric is not None:
        return _numeric_unit(m)
    if abbr is not None:
        # A bare abbreviation needs a dot or a year: "1 jan 2024", "1 jan.", not "Jan Smit".
        if abbr_dot is None and written_year is None:
            return None
        month = _ABBR_MONTHS[abbr.lower()]
    else:
        if fn is not None and days_text is None:
            return None  # a footnote digit after a bare month: no date to carry it
        month = _FULL_MONTHS[month_name.lower()]
    year = _parse_year(written_year)
    if written_year is not None and year is None:
        return None
    days = _parse_days(m) if days_text is not None else []
    mode, rel = _parse_qualifier(qual, rel_word)
    # A bare month ("in oktober", "eind oktober") stays a unit: it is no date by itself, but
    # in "september en oktober 2013" it takes the year of its neighbour.
    return _Unit(
        start=m.start(),
        end=m.end(),
        month=month,
        days=days,
        year=year,
        mode=mode,
        rel_year=rel,
        explicit=year is not None,
    )


def _numeric_unit(m: re.Match[str]) -> _Unit | None:
    """A "15-11-2022" style date; None unless day, month and year form a real date."""
    if m.group("n_day") is not None:
        d, mo, y = (int(m.group(g)) for g in ("n_day", "n_month", "n_year"))
    else:
        d, mo, y = (int(m.group(g)) for g in ("dd_day", "dd_month", "dd_year"))
    if not (_MIN_YEAR <= y <= _MAX_YEAR) or _make_date(y, mo, d) is None:
        return None
    s, e = m.span("numeric")
    return _Unit(s, e, mo, [_Day(d, s, e)], y, "nearest", explicit=True)


def _parse_year(text: str | None) -> int | None:
    """The year as an int when it is plausible for a date in a letter, else None."""
    if text is None:
        return None
    y = int(text)
    return y if _MIN_YEAR <= y <= _MAX_YEAR else None


def _parse_days(m: re.Match[str]) -> list[_Day]:
    """The day numbers of the ``days`` group, each with its span in the full text."""
    base = m.start("days")
    days = m.group("days")
    if days.isdecimal():  # one day and no more, the common case: "5 maart"
        return [_Day(int(days), base, base + len(days))]
    return [
        _Day(int(t.group().rstrip("stde")), base + t.start(), base + t.end())
        for t in _DAY_TOKEN_RE.finditer(days)
    ]


def _parse_qualifier(qual: str | None, rel: str | None) -> tuple[Mode, int | None]:
    """How a missing year is to be found: from "jl."/"a.s." or "vorig jaar" after the date."""
    if qual is None:
        return "nearest", None
    if rel is not None:
        return "nearest", _RELATIVE_YEAR[rel.lower()]
    q = qual.lower()
    if q in _PAST_WORDS:
        return "past", None
    if q in _FUTURE_WORDS:
        return "future", None
    return "nearest", None


def _tokenise(
    text: str, months: list[int] | None = None, numeric: list[int] | None = None
) -> list[_Unit]:
    """All units in ``text``, in order. ``months`` and ``numeric`` are where month names and
    numeric dates may stand (see _month_anchors, _numeric_anchors), when the caller knows."""
    units = []
    months = _month_anchors(text) if months is None else months
    numeric = _numeric_anchors(text) if numeric is None else numeric
    for m in _unit_matches(text, months, numeric):
        unit = _unit_from_match(m)
        if unit is not None:
            units.append(unit)
    return units


# Every unit holds a month name or a numeric date (its anchor) and starts at the anchor or at
# most this far before it, at its first day number: five characters a day ("12ste"), eight
# more after ", ", the widest join (" tot en met "), a weekday ("donderdag ") and the last day,
# and a space.
_MAX_DAYS_BEFORE = 5 + _MAX_LIST * 7 + 12 + 10 + 5 + 1
# A numeric date's first separator and what follows it ("15-11-2022": "-11-2022"); dots
# separate only after "d.d.". Each pattern starts with its separator, a literal that ``re``
# skips to in C (as str.find does) and tries the rest of the pattern only there.
_NUMERIC_SEP_RES = (lazy_compile(r"-\d{1,2}[-/]\d{4}"), lazy_compile(r"/\d{1,2}[-/]\d{4}"))
_DOTTED_SEP_RE = lazy_compile(r"\.\d{1,2}\.\d{4}")
# Where a unit may start before its anchor: a digit that continues no word or number. The
# lookbehind stands after the digit (it looks back over it), so that the pattern starts with
# the digit class and ``re`` skips from digit to digit instead of trying every position.
_DAY_START_RE = lazy_compile(r"\d(?<![\w./-]\d)")


def _numeric_anchors(text: str) -> list[int]:
    """The positions where ``[-/]\\d{1,2}[-/]\\d{4}`` (or, after "d.d.", ``_DOTTED_SEP_RE``)
    matches: those of the dashes, then those of the slashes, then those of the dots."""
    found = []
    patterns = (*_NUMERIC_SEP_RES, _DOTTED_SEP_RE) if "d.d." in text else _NUMERIC_SEP_RES
    for pattern in patterns:
        search = pattern.search
        m = search(text)
        while m is not None:
            found.append(m.start())
            m = search(text, m.start() + 1)
    return found


# Every month name and abbreviation, in any of its written forms, starts with one of these
# (lower-cased): found in C (see _MONTH_KEY_PATTERNS), several times faster than scanning with
# the month regex, which then only needs to be matched where one stands.
_MONTH_KEYS = (
    "jan",
    "feb",
    "maart",  # the only form with "maa"; the longer key skips "maar", "maatregel"
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)


# The keys found from their rarest letter in Dutch text ("j", "f", "m", "p", "u", "k", "v", "c":
# about one character in ten), the letters before it checked by a lookbehind: a pattern that
# starts with one literal character ``re`` skips to in C as str.find does, where str.find of a
# key of three letters reads every character (thirteen keys: thirteen reads of the text), and
# a pattern that starts with a choice of characters tests each one. Each pattern with how far
# its match starts after its key; the keys of one pattern cannot overlap.
_MONTH_KEY_PATTERNS = (
    (rb"j(?:an|u[nl])", 0),
    (rb"feb", 0),
    (rb"m(?:aart|rt|ei)", 0),
    (rb"pr(?<=apr)", 1),
    (rb"p(?<=sep)", 2),
    (rb"ug(?<=aug)", 1),
    (rb"kt(?<=okt)", 1),
    (rb"v(?<=nov)", 2),
    (rb"c(?<=dec)", 2),
)


@cache
def _month_key_searches() -> tuple[tuple[Callable[..., re.Match[bytes] | None], int], ...]:
    # compiled on first use, as lazy_compile does for the str patterns
    return tuple((re.compile(pattern).search, offset) for pattern, offset in _MONTH_KEY_PATTERNS)


# find_dates and find_periods read the same paragraph one after the other (the pipeline hands
# both the same str object) and both look for month names: where the month keys stand is
# kept for the last text, so that find_periods need not search again. One tuple, replaced
# whole, so that a thread never sees half of another's.
_last_keys: tuple[str | None, list[int] | None] = (None, None)


def month_key_positions(text: str) -> list[int] | None:
    """Every position where one of ``_MONTH_KEYS`` stands in ``text.lower()``, in order; None
    when lower-casing changes the length of the text (a position would not be the text's)."""
    global _last_keys
    if "\u0130" in text or "\u212a" in text:
        # the two characters whose lower case is longer ("İ") or an ASCII letter (the Kelvin
        # sign's "k"): lower-case the text itself
        lower = text.lower()
        found = positions(lower, _MONTH_KEYS) if len(lower) == len(text) else None
    else:
        # the keys are ASCII: the text as one byte a character, ASCII lower-cased, holds them
        # where its lower case does, and bytes are lower-cased and searched faster
        image = text.encode("latin-1", "replace").lower()
        found = []
        for search, offset in _month_key_searches():
            m = search(image)
            while m is not None:
                found.append(m.start() - offset)
                m = search(image, m.end())
        found.sort()
    _last_keys = (text, found)
    return found


def month_key_positions_before(text: str) -> list[int] | None:
    """What ``month_key_positions`` gave for ``text`` when it was the last text it read; else
    None (and nothing is searched)."""
    last, found = _last_keys
    return found if last is text else None


def _month_anchors(text: str) -> list[int]:
    """Every position where ``_HAS_MONTH_RE`` matches, in order."""
    keys = month_key_positions(text)
    if keys is None:  # a letter whose lower case is longer: positions would shift
        return [i for i in range(len(text)) if _HAS_MONTH_RE.match(text, i)]
    return [at for at in keys if _HAS_MONTH_RE.match(text, at) is not None]


def _anchors(text: str, months: list[int], numeric: list[int]) -> list[int]:
    """Positions of month names and of numeric dates' separators, in order."""
    return sorted([*months, *numeric]) if numeric else months


def _days_may_end_before(text: str, month: int) -> bool:
    """Whether the days of a unit can end right before the month name at ``month``: its last
    day ("5", "1ste", "2de", "5e") and a space stand there. A unit that starts before a month
    name (and after the anchors already tried) runs from its days up to that name: its days
    and joiners hold no month name and no separator of a numeric date."""
    before = text[month - 2 : month - 1]
    return text[month - 1 : month] in (" ", "\u00a0") and (before.isdecimal() or before == "e")


def _unit_matches(text: str, months: list[int], numeric: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_UNIT_RE.finditer(text)``, found faster: ``_UNIT_RE`` is tried only at
    the anchors and at the digits shortly before them, in order, so the first success after
    the previous match is the one ``finditer`` would find. (Tried at every position, it
    starts at any digit and at the many letters that begin a month name.)"""
    pos = 0  # where the previous match ended
    tried = 0  # the positions before this that may start a unit have been tried
    for a in _anchors(text, months, numeric):
        if a < pos:
            continue
        lo = max(pos, tried, a - _MAX_DAYS_BEFORE)
        if text[a].isalpha() and not _days_may_end_before(text, a):
            starts = []  # "in maart", "eind mei": no unit starts before the month name
        else:
            starts = [d.start() for d in _DAY_START_RE.finditer(text, lo, a)]
        for start in [*starts, a]:
            m = _UNIT_RE.match(text, start)
            if m is not None:
                yield m
                pos = tried = m.end()
                break
        else:
            tried = a + 1


def _chains(text: str, units: list[_Unit]) -> list[list[_Unit]]:
    """Group units that are joined only by "en", "tot", a comma or a dash."""
    chains: list[list[_Unit]] = []
    for unit in units:
        if chains and _CHAIN_GAP_RE.fullmatch(text, chains[-1][-1].end, unit.start):
            chains[-1].append(unit)
        else:
            chains.append([unit])
    return chains


# ---------------------------------------------------------------------------------------------
# Year inference
# ---------------------------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None for an impossible one ("31 februari", "29 februari 2023")."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: datetime.date, mode: Mode) -> int | None:
    """The year for a year-less day and month, seen from the reference date ``ref``.

    "past": the latest such date on or before ``ref``; "future": the earliest on or after;
    "nearest": the one closest to ``ref``, the earlier one on a tie (letters look back more
    often than ahead). Years are tried far enough out for 29 februari to find a leap year.
    """
    if mode == "past":
        years = range(ref.year, ref.year - 9, -1)
        return next((y for y in years if (d := _make_date(y, month, day)) and d <= ref), None)
    if mode == "future":
        years = range(ref.year, ref.year + 9)
        return next((y for y in years if (d := _make_date(y, month, day)) and d >= ref), None)
    # a day that every year has stands nearest in the year of ``ref`` or in one beside it (the
    # last one on or before ``ref`` and the first after it are among them), and a day no year
    # has in none; only 29 februari needs the years out to the leap years around ``ref``
    reach = 4 if (month, day) == (2, 29) else 1
    best: tuple[int, int] | None = None  # (distance in days, year)
    for y in range(ref.year - reach, ref.year + reach + 1):  # ascending: a tie keeps the earlier
        d = _make_date(y, month, day)
        if d is not None and (best is None or abs((d - ref).days) < best[0]):
            best = (abs((d - ref).days), y)
    return None if best is None else best[1]


def _first_day(unit: _Unit) -> int:
    """The day the unit starts on; 1 for a month ("januari 2024")."""
    return unit.days[0].day if unit.days else 1


def _last_day(unit: _Unit) -> int:
    """The day the unit ends on; 28 for a month, so that any month compares by its number."""
    return unit.days[-1].day if unit.days else 28


def _resolve_alone(unit: _Unit, letter_date: datetime.date | None) -> None:
    """Give a unit without a chain neighbour to lean on its year from the letter date.

    A list "14, 15 en 16 maart a.s." counts as after the letter date when its last day is, and
    "14, 15 en 16 maart jl." as before it when its first day is.
    """
    if unit.year is not None or letter_date is None or not unit.days:
        return
    if unit.rel_year is not None:
        unit.year = letter_date.year + unit.rel_year
    elif unit.mode == "past":
        unit.year = _infer_year(unit.month, _first_day(unit), letter_date, "past")
    elif unit.mode == "future":
        unit.year = _infer_year(unit.month, _last_day(unit), letter_date, "future")
    else:
        unit.year = _infer_year(unit.month, _last_day(unit), letter_date, "nearest")


def _resolve_chain(chain: list[_Unit], letter_date: datetime.date | None) -> None:
    """Fill in the years of one chain in place.

    Units with a written year or a qualifier anchor the chain (with no anchor, the last unit
    is resolved from the letter date). The others take their year from a neighbour, keeping
    the written order: a unit before an anchor takes the latest year that puts it on or
    before the anchor ("18 oktober tot 12 december jl."), a unit after one the earliest year
    that puts it on or after ("5 maart 2018 en 7 april"). Month units ("september") only get a
    year from a neighbour with a written year.
    """
    for unit in chain:
        if unit.year is None and (unit.mode != "nearest" or unit.rel_year is not None):
            _resolve_alone(unit, letter_date)
    if all(u.year is None for u in chain):
        _resolve_alone(chain[-1], letter_date)
    for i in range(len(chain) - 2, -1, -1):  # backward: before the next
        unit, nxt = chain[i], chain[i + 1]
        if unit.year is None and nxt.year is not None and (unit.days or nxt.explicit):
            unit.year = _year_before(unit, nxt)
            unit.explicit = nxt.explicit
    for i in range(1, len(chain)):  # forward: after the previous
        unit, prev = chain[i], chain[i - 1]
        if unit.year is None and prev.year is not None and (unit.days or prev.explicit):
            unit.year = _year_after(unit, prev)
            unit.explicit = prev.explicit


def _year_before(unit: _Unit, anchor: _Unit) -> int:
    """The anchor's year, or the one before when the unit would otherwise come after it."""
    assert anchor.year is not None
    later = (unit.month, _first_day(unit)) > (anchor.month, _first_day(anchor))
    return anchor.year - 1 if later else anchor.year


def _year_after(unit: _Unit, anchor: _Unit) -> int:
    """The anchor's year, or the next when the unit would otherwise come before it."""
    assert anchor.year is not None
    earlier = (unit.month, _last_day(unit)) < (anchor.month, _last_day(anchor))
    return anchor.year + 1 if earlier else anchor.year


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


# "elk jaar op 1 juli", "jaarlijks op 4 mei", "ieder jaar rond 5 december": a date that returns
_RECURRING_RE = lazy_compile(
    r"(?:(?:[Ee]lk|[Ii]eder)e?[ \u00a0]jaar|[Jj]aarlijks)"
    r"(?:[ \u00a0](?:op|rond|vóór|voor|per|tot))?"
    r"[ \u00a0]\Z"
)


# Days that come back every year and are named as such: Dodenherdenking (4 May),
# Bevrijdingsdag (5 May), Koningsdag (27 April), Keti Koti (1 July), Sinterklaas (5 December),
# Christmas, New Year's Eve and Day, Veteranendag is a Saturday and so has no fixed date.
_NATIONAL_DAYS = frozenset({(5, 4), (5, 5), (4, 27), (7, 1), (12, 5), (12, 25), (12, 26), (12, 31)})


def _month_end(first: datetime.date) -> datetime.date:
    """The last day of the month that starts on ``first``."""
    following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
    return following - datetime.timedelta(days=1)


def _mentions(text: str, unit: _Unit) -> list[DateMention]:
    """One mention per day named in a resolved unit (or one for a month unit).

    Every day but the last is cited by its own digits ("5" in "5 en 7 maart 2018"); the last
    day's text runs to the end of the unit, qualifier included ("7 maart 2018", "12 december
    jl."). Impossible days are left out.
    """
    if unit.year is None:
        return []
    before = max(0, unit.start - 24)
    # every recurring phrase has "jaar" ("elk jaar", "jaarlijks"): a cheap test first
    recurring = "aar" in text[before : unit.start] and (
        _RECURRING_RE.search(text, before, unit.start) is not None
    )
    if not recurring and not unit.explicit and unit.mode == "nearest" and len(unit.days) == 1:
        # a national day without year or "jl."/"a.s.": "op 4 mei", "rond 5 december"
        recurring = (unit.month, unit.days[0].day) in _NATIONAL_DAYS
    if not unit.days:
        first = datetime.date(unit.year, unit.month, 1)
        return [
            DateMention(
                text=text[unit.start : unit.end],
                value=f"{unit.year:04d}-{unit.month:02d}",
                precision="month",
                start=first.isoformat(),
                end=_month_end(first).isoformat(),
                recurring=recurring,
                where=Where(start=unit.start, end=unit.end),
            )
        ]
    out = []
    last = len(unit.days) - 1
    for i, day in enumerate(unit.days):
        date = _make_date(unit.year, unit.month, day.day)
        if date is None:
            continue
        end = unit.end if i == last else day.end
        iso = date.isoformat()
        out.append(
            DateMention(
                text=text[day.start : end],
                value=iso,
                precision="day",
                start=iso,
                end=iso,
                recurring=recurring,
                where=Where(start=day.start, end=end),
            )
        )
    return out


def find_dates(text: str, letter_date: datetime.date | None) -> list[DateMention]:
    """Every calendar date named in ``text``, in order of position.

    ``text`` is one paragraph or footnote: whitespace collapsed, hyphenation joined, footnote
    markers removed. ``letter_date`` is the date of the letter, used to give a year to dates
    written without one; when it is None such dates are skipped unless a neighbouring date
    in the same list or range carries a year ("5 en 7 maart 2018").

    Each mention's ``where`` has ``start``/``end`` set to its offsets in ``text``; the other
    ``Where`` fields are left for the caller to fill in.
    """
    if isinstance(letter_date, datetime.datetime):  # a datetime does not compare with a date
        letter_date = letter_date.date()
    if not has_digit(text):
        return []
    months = _month_anchors(text)
    numeric = _numeric_anchors(text)
    if not months and not numeric:
        return []
    units = _tokenise(text, months, numeric)
    if not units:
        return []
    out: list[DateMention] = []
    for chain in _chains(text, units):
        _resolve_chain(chain, letter_date)
        for unit in chain:
            out.extend(_mentions(text, unit))
    return out


# ---------------------------------------------------------------------------------------------
# Dagtekening
# ---------------------------------------------------------------------------------------------

_WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
# A place: capitalised words (a capital then a small letter: "NOS, 5 maart 2018" and
# "Handelingen II, ..." are citations), "'s-" and "’s " prefixes, and the small words of Dutch place
# names ("Bergen op Zoom", "Alphen aan den Rijn"); at most six words. It may not start with a
# preposition or a citation word ("Op 3 maart 2020" has no comma, but "In Den Haag, ..." does).
_PLACE_WORD = r"(?:['’]s[- ])?[A-ZÀ-Þ][a-zß-ÿ][\w'’.]*(?:-[\w'’.]+)*"
_PLACE_SMALL = r"(?:op|aan|den|de|der|bij|in|ter|ten|van|a/d|en)"
_NOT_PLACE = (
    r"(?:In|Op|Bij|Tot|Per|Sinds|Vanaf|Tijdens|Na|Voor|Van|Aan|Zie|Brief|Kamerstuk\w*"
    r"|Handelingen|Aanhangsel|Vergadering|Datum|Voorgesteld|Ontvangen|Vastgesteld)\b"
)
_PLACE = rf"(?!{_NOT_PLACE}){_PLACE_WORD}(?:[ ](?:{_PLACE_SMALL}|{_PLACE_WORD})){{0,5}}"
_DATE_LINE_RE = lazy_compile(
    rf"""
    (?:
        (?P<place>{_PLACE}),[ ]*
      | (?P<verb>[Vv]oorgesteld|[Oo]ntvangen|[Vv]astgesteld|[Dd]atum)[ ]+
        # "Voorgesteld tijdens het Wetgevingsoverleg van 29 januari 2024" (moties)
        (?:tijdens[ ]+(?:het[ ]+)?(?:[\w-]*overleg[ ]+)?(?:van[ ]+)?)?
    )
    (?:(?i:{_WEEKDAYS})[ ]+)?
    (?P<day>\d{{1,2}})[ ]+(?P<month>{_trie(_case_forms(list(_FULL_MONTHS)))})[ ]+(?P<year>\d{{4}})
    """,
    re.VERBOSE,
)


def parse_date_line(text: str) -> tuple[str | None, datetime.date | None]:
    """Read a dagtekening line into ``(place, date)``; ``(None, None)`` when it is none.

    Accepted, with the whole line (spaces around it aside) being the dagtekening:
    "Den Haag, 20 december 2023", "’s-Gravenhage, 9 oktober 2020" (place as printed), and
    "Voorgesteld 27 juni 2002", "Ontvangen 30 juni 2005", "Vastgesteld 3 juli 2019",
    "Datum 12 maart 2024" (place None). Strict on purpose: the header reader uses this to find
    the dagtekening, so a body sentence that merely contains a date must not match.
    """
    # a full stop after the year, as some letters print it ("Den Haag, 1 december 2023.")
    m = _DATE_LINE_RE.fullmatch(" ".join(text.split()).removesuffix("."))
    if m is None:
        return None, None
    year = int(m.group("year"))
    date = _make_date(year, _FULL_MONTHS[m.group("month").lower()], int(m.group("day")))
    if date is None or not (_MIN_YEAR <= year <= _MAX_YEAR):
        return None, None
    return m.group("place"), date


# ---------------------------------------------------------------------------------------------
# Weekdays
# ---------------------------------------------------------------------------------------------

_WEEKDAY_NUMBERS = {
    name: n
    for n, name in enumerate(
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    )
}
_WEEKDAY_BEFORE_RE = lazy_compile(
    r"(?i:(?P<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))"
    r",?[ \u00a0](?:de[ \u00a0])?\Z"
)


def weekday_mismatch(text: str, mention: DateMention) -> str | None:
    """A warning when the weekday written before a date is not that date's weekday
    ("dinsdag 3 maart 2025", a Monday), else None. The date stays as written: the warning says
    that the text contradicts itself, it does not guess which half is wrong."""
    if mention.precision != "day":
        return None
    start = mention.where.start
    m = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 14), start)
    if m is None:
        return None
    date = datetime.date.fromisoformat(mention.value)
    written = m["weekday"].lower()
    if _WEEKDAY_NUMBERS[written] == date.weekday():
        return None
    actual = next(name for name, n in _WEEKDAY_NUMBERS.items() if n == date.weekday())
    return f"date {mention.text!r} is a {actual}, the text says {written}"
