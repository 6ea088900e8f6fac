"""Periods in Dutch parliamentary prose: the time words that are no single calendar date.

"het eerste kwartaal van 2025", "het 4de kwartaal", "Q3 2024", "de tweede helft van 2025",
"medio 2025", "eind januari", "begin volgend jaar", "voor de zomer van 2024", "het najaar",
"vanaf 2030", "sinds 2015", "uiterlijk 2026", "juli en augustus", "van januari tot maart 2025",
"december tot en met februari", "1 t/m 3 maart", "23 en 24 oktober" (two days in a row), "van
juni jl.", "van 2020 tot 2025", "dit jaar", "volgend jaar". These go to ``Document.periods``,
not to ``dates``: the dates list keeps the project's gold rule (exact days and month + year
only).

Tokenise, then resolve, as the dates extractor does: one regex per shape finds the mention and
its parts; the resolver gives it a ``value`` and a ``precision`` and its first and last day
(ISO ``start``/``end``, so that any tool can sort and filter them). A mention without a year
takes the year of the letter date (quarters, halves, seasons, begin/medio/eind; a season or
quarter that year has already seen is the next one after "voor" or "uiterlijk" or in a sentence
in the future), or for months and day ranges the nearest year, as the dates extractor does for a
year-less date; without a letter date such a mention is left out.

Values: quarter "2025-Q1", half year "2025-H2", season "2024-summer" ("spring", "autumn",
"winter"; winter runs from December into the next year), year "2025", month "2025-03", a
range "2025-07/2025-08", "2025-03-01/2025-03-03" or "2020/2025". "begin", "medio" and "eind"
of a year cover its first, middle and last four months; of a month days 1-10, 11-20 and 21 to
its end. "vanaf", "sinds", "na", "uiterlijk", "voor", "tot", "per" and "begin"/"medio"/"eind"
are kept as ``qualifier``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import Generic, NamedTuple, TypeVar

from kamerparse.extract._find import SENTENCE_END_RE, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.extract.dates import _FULL_MONTHS as FULL_MONTHS
from kamerparse.extract.dates import month_key_positions_before
from kamerparse.model import Period, Where

__all__ = ["find_periods"]

_SP = r"[ \u00a0]"
# the month names and numbers the date grammar reads
_MONTHS = FULL_MONTHS
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3, "4e": 4}
# "in het 4de kwartaal van 2025", "het 1ste kwartaal"
_ORDINALS |= {"1ste": 1, "2de": 2, "3de": 3, "4de": 4}
_ORDINAL = "(?:eerste|tweede|derde|vierde|[1-4]e|1ste|[2-4]de)"
_RELATIVE = {"dit": 0, "deze": 0, "volgend": 1, "komend": 1, "vorig": -1, "verleden": -1}
# "2025", "volgend jaar", "dit jaar", "het komende jaar"
# a footnote marker may follow a year that ends a sentence ("voor de periode 2021–2027.3 Sinds")
# or be glued to it where a page lost its superscript ("in het voorjaar van 20151.", and in a
# list, "in februari 20233, juli 20234"), as dates.py reads it; a comma decimal or a group of
# thousands may not
_YEAR = rf"""(?:(?P<year>(?:19|20)\d\d)(?:(?=\d\d?(?!\w|,\d))|(?![\d/-]|,\d|\.\d{{3}}))
    |(?:het{_SP})?(?P<rel>dit|deze|volgend|komend|vorig|verleden)e?{_SP}jaar(?![\w]))"""
_QUALIFIER = r"(?P<qual>[Vv]anaf|[Ss]inds|[Nn]a|[Uu]iterlijk|[Vv]oor|[Vv]óór|[Tt]ot|[Pp]er)"
_SEASONS = {
    "voorjaar": "spring",
    "lente": "spring",
    "zomer": "summer",
    "zomerreces": "summer",
    "zomervakantie": "summer",
    "najaar": "autumn",
    "herfst": "autumn",
    "winter": "winter",
}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_EDGE = {"begin": "begin", "medio": "medio", "half": "medio", "halverwege": "medio"}
_EDGE |= {"eind": "eind", "einde": "eind", "eide": "eind", "ultimo": "eind", "eind-": "eind"}

_QUARTER_RE = lazy_compile(
    rf"""
    (?<![\w])(?:{_QUALIFIER}{_SP}(?:in{_SP}|het{_SP}einde?{_SP}van{_SP})?(?:(?:het|de){_SP})?|(?:[Hh]et{_SP}))?
    (?:
        (?P<ord>{_ORDINAL}){_SP}(?P<unit>kwartaal|helft|halfjaar|half{_SP}jaar)
        (?!{_SP}van{_SP}(?:de{_SP}maand{_SP})?{_MONTH})  # half a month: see _EDGE_RE
        (?:{_SP}(?:van{_SP})?(?:het{_SP}jaar{_SP})?{_YEAR})?
      | (?P<code>[QH][1-4])(?:{_SP}|-)(?P<cyear>(?:19|20)\d\d)(?!\d)
    )
    """,
    re.X,
)
# A season counts with a year, or after a word that makes it one season ("het najaar", "dit
# voorjaar", "voor de zomer"), not in "een mooi voorjaar".
_SEASON_RE = lazy_compile(
    rf"""
    (?<![\w])
    (?:
        (?:(?:{_QUALIFIER}|[Ii]n|[Tt]ijdens){_SP})?
        (?:[Hh]et|[Dd]e|(?P<det>[Dd]it|[Dd]eze|[Vv]olgend|[Kk]omend|[Vv]orig|[Aa]fgelopen)e?){_SP}
    )?
    (?P<season>voorjaar|lente|zomerreces|zomervakantie|zomer|najaar|herfst|winter)(?![\w])
    (?:{_SP}(?:van{_SP})?{_YEAR})?
    """,
    re.X,
)
_EDGE_RE = lazy_compile(
    rf"""
    (?<![\w-])(?:{_QUALIFIER}{_SP}(?:het{_SP})?)?
    (?P<edge>[Bb]egin|[Mm]edio|[Hh]alverwege|[Ee]inde?|[Uu]ltimo|[Hh]alf|(?:eerste|tweede){_SP}helft)
    {_SP}(?:van{_SP})?(?:(?:het|de){_SP}(?:maand{_SP})?)?
    (?:(?P<month>{_MONTH})(?:{_SP}(?P<myear>(?:19|20)\d\d)(?!\d))?|{_YEAR}
    # "voor het einde van het (kalender)jaar": the letter's year, read only after a qualifier,
    # since a rule's "aan het einde van het jaar waarin …" names no particular year
    |(?<=het[ \u00a0])(?P<this>(?:kalender)?jaar)(?![\w]|{_SP}(?:19|20)\d\d))
    """,
    re.X,
)
# A year after a qualifier. The year is found first (a pattern that starts with digits lets
# ``re`` skip ahead), then _YEAR_BEFORE_RE reads the words before it.
_BARE_YEAR_RE = lazy_compile(
    rf"(?P<year>(?:19|20)\d\d)(?![\d/-]|,\d|\.\d{{3}}|{_SP}(?:{_MONTH}|%|procent|euro|mensen|keer|gevallen)(?![\w]))"
)
# The kinds of year that are one calendar year: "vanaf boekjaar 2024", "het belastingjaar 2025"
# (not "schooljaar" or "vergaderjaar", which straddle two)
_CALENDAR_YEARS = ("boek", "kalender", "belasting", "begrotings", "berekenings", "peil")
_YEAR_NOUN = rf"(?:{'|'.join(_CALENDAR_YEARS)})?jaar"
_YEAR_BEFORE_RE = lazy_compile(
    rf"""
    (?<![\w])(?:(?P<qual>[Vv]anaf|[Ss]inds|[Ss]edert|[Uu]iterlijk|[Vv]óór|[Tt]ot{_SP}en{_SP}met|[Tt]ot
        |[Pp]er|[Ii]n|[Nn]a|[Vv]oor|[Oo]ver|[Tt]egen)
    {_SP}(?:in{_SP})?(?:(?:het{_SP})?(?:{_YEAR_NOUN}|eind|begin){_SP}|de{_SP}jaren{_SP}
        # "In respectievelijk 2013 en 2014 zullen …": each year its own
        |(?<=[Ii]n{_SP})respectievelijk{_SP})?
    |(?:[Hh]et{_SP})?(?:{"|".join(_CALENDAR_YEARS)})jaar{_SP}|[Hh]et{_SP}jaar{_SP})\Z
    """,
    re.X,
)
# "van 2020 tot 2025", "tussen 2021 en 2025", "de periode 2021–2025", "2024 t/m 2028", and
# after "in" with a dash, "de door Defensie in 2015–2016 uitgevoerde evaluatie"; a bare
# "2023-2024" is left alone: it is as often a vergaderjaar in a citation.
_YEAR_RANGE_RE = lazy_compile(
    rf"""
    (?:
        (?P<lead>[Vv]an|[Tt]ussen|[Pp]eriode|[Jj]aren|[Vv]anaf){_SP}(?:(?:de|het){_SP})?
        (?P<y1>(?:19|20)\d\d){_SP}?(?P<sep>[-–]|tot{_SP}en{_SP}met|t/m|tot|en){_SP}?
      | (?P<y1b>(?:19|20)\d\d){_SP}(?:tot{_SP}en{_SP}met|t/m){_SP}
    )
    (?P<y2>(?:19|20)\d\d)(?![\d/-]|,\d|\.\d{{3}})
    """,
    re.X,
)
# two years joined by a dash, read after "in" (see _dashed_after_in)
_DASHED_YEARS_RE = lazy_compile(
    rf"(?P<y1>(?:19|20)\d\d){_SP}?[-–]{_SP}?(?P<y2>(?:19|20)\d\d)(?![\d/-]|,\d|\.\d{{3}})"
)
# the word right before the year in every _YEAR_BEFORE_RE match, lower-cased
_LAST_WORDS = frozenset(
    {"vanaf", "sinds", "uiterlijk", "vóór", "met", "tot", "per", "in", "na", "voor", "over"}
    # "sedert 1992", the older word for "sinds" that Eerste Kamer papers of the 2000s still use
    | {"sedert"}
    # "een vermindering van 55 % tegen 2030": a target's year, as EU texts set it
    | {"tegen"}
    | {"jaar", "jaren", "eind", "begin"}  # "over de jaren 2015 en 2016": each year
    | {"respectievelijk"}  # after "in" only (_YEAR_BEFORE_RE): "in respectievelijk 2013 en 2014"
    | {f"{kind}jaar" for kind in _CALENDAR_YEARS}
)


# the word right before "jaar" in every _RELATIVE_YEAR_RE match, lower-cased
_RELATIVE_WORDS = frozenset(
    w + e for w in ("dit", "volgend", "komend", "vorig", "afgelopen", "verleden") for e in ("", "e")
)


def _word_before(text: str, end: int) -> str:
    """The word, lower-cased, that ends one space before ``end`` ("" when none does)."""
    if text[end - 1 : end] not in (" ", "\u00a0"):
        return ""
    start = end - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start : end - 1].lower()


# what follows "over 2015" where it is the year ("de cijfers over 2015 zijn …"), not a
# number ("over 1990 woningen")
_AFTER_OVER = lazy_compile(
    # a bracket too: "het verslag van de Nationale ombudsman over 2007 (31363)"
    # and a question's mark: "de zorgpremie over 2006?"; "dat de Najaarsnota over 2007 gaat";
    # "de EU-begroting over 2016 als gevolg van de voltooiing van het ratificatieproces"
    rf"[.,;:)?!]|\Z|{_SP}\(|{_SP}(?:als|en|of|is|zijn|was|waren|heeft|hebben|wordt|worden|zal|zullen"
    r"|bedraagt|bedroeg|bedragen|blijkt|bleek|gaat|gaan|ging|gingen|kan|kon|moet|moest)(?!\w)"
    # a past participle: "de Algemene Rekenkamer heeft over 2020 geconstateerd dat …"
    rf"|{_SP}ge[a-zë]{{3,}}[dt](?!\w)"
)
# "in 2025 en 2026", "in 2024, 2025 en 2026": the years after the first of a list
_MORE_YEARS_RE = lazy_compile(
    rf"(?:,{_SP}|{_SP}(?:en|of){_SP})(?P<year>(?:19|20)\d\d)(?![\d/-]|,\d|\.\d{{3}})"
)
# "volgend jaar", "dit jaar", "het afgelopen jaar", "in de loop van volgend jaar"
_RELATIVE_YEAR_RE = lazy_compile(
    rf"""
    (?<![\w])(?:{_QUALIFIER}{_SP})?(?:in{_SP}de{_SP}loop{_SP}van{_SP})?(?:het{_SP})?
    (?P<rel>[Dd]it|[Vv]olgend|[Kk]omend|[Vv]orig|[Aa]fgelopen|[Vv]erleden)e?{_SP}jaar(?![\w])
    """,
    re.X,
)

_MONTH_RANGE_RE = lazy_compile(
    rf"""
    (?<![\w])(?:(?:[Vv]an|[Ii]n|[Tt]ussen|[Vv]anaf){_SP})?(?<!\d{_SP})
    (?P<m1>{_MONTH})(?:{_SP}(?P<y1>(?:19|20)\d\d))?
    # "de maanden september/oktober": a slash joins two months as "en" does
    {_SP}?(?:{_SP}en{_SP}|{_SP}tot(?:{_SP}en{_SP}met)?{_SP}|{_SP}t/m{_SP}|{_SP}?[-–]{_SP}?|/)
    (?P<m2>{_MONTH})(?![\w])(?:{_SP}(?P<y2>(?:19|20)\d\d)(?!\d))?
    """,
    re.X,
)
_DAY_RANGE_RE = lazy_compile(
    rf"""
    (?<![\w.,/-])(?<!\d,{_SP})
    # days in a row before the last two: "de verkiezingen van 14, 15 en 16 maart"
    (?P<list>(?:\d{{1,2}},{_SP}){{1,5}}(?=\d{{1,2}}{_SP}en{_SP}))?
    (?P<d1>\d{{1,2}})
    (?:{_SP}(?P<mm1>{_MONTH}))?
    (?:{_SP}t/m{_SP}|{_SP}tot(?:{_SP}en{_SP}met)?{_SP}|{_SP}?[-–]{_SP}?|{_SP}(?P<en>en){_SP})
    # a weekday before the second day: "op donderdag 19 en vrijdag 20 februari a.s."
    (?:(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag){_SP})?
    (?P<d2>\d{{1,2}}){_SP}(?P<m>{_MONTH})(?![\w])(?:{_SP}(?P<y>(?:19|20)\d\d)(?!\d))?
    """,
    re.X,
)
# the word right before the month in every _MONTH_ALONE_RE match, lower-cased: a qualifier,
# or "maand" ("in de maand mei")
_ALONE_BEFORE = frozenset(
    {"in", "vanaf", "sinds", "tot", "uiterlijk", "vóór", "voor", "na", "per", "maand"}
)
_MONTH_ALONE_RE = lazy_compile(
    rf"""
    (?<![\w])(?P<qual>[Ii]n|[Vv]anaf|[Ss]inds|[Tt]ot|[Uu]iterlijk|[Vv]óór|[Vv]oor|[Nn]a|[Pp]er)
    {_SP}(?:(?:de{_SP})?maand{_SP})?(?P<month>{_MONTH})(?![\w])
    (?!{_SP}(?:van{_SP})?(?:19|20)\d\d)  # "in april (van) 2024" is a date
    # "sinds juni vorig jaar": the year the words name, not the nearest
    (?:{_SP}(?P<rel>vorig|verleden|volgend|komend|dit)e?{_SP}jaar(?![\w]))?
    """,
    re.X,
)
# Words every mention of a shape contains. A pattern that starts with a lookbehind or with
# optional words makes ``re`` try it at every position of a paragraph; these anchors are found
# quickly (str.find runs in C, many times faster than a regex scan), once per text for all
# shapes, and the full pattern then runs only in a window around each.
_MONTH_WORDS = tuple(_MONTHS)
# each month word by its first three letters, which no other shares
_MONTH_BY_KEY = {word[:3]: word for word in _MONTH_WORDS}
_QUARTER_WORDS = ("kwartaal", "helft", "half")
_EDGES = "begin medio half halverwege eind ultimo"
_EDGE_WORDS = (*_EDGES.split(), *_EDGES.title().split(), "helft")
_SEASON_WORDS = ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter")
# the seasons searched for on their own; "voorjaar" and "najaar" are found from "jaar"
_SEASONS_APART = tuple(word for word in _SEASON_WORDS if not word.endswith("jaar"))
# The most characters between the two years of a range ("2021 tot en met 2025")
_PAIR_GAP = 20
_BACK, _AHEAD = 48, 72
# The month shapes' own reach around the month name that every mention of them ends with
# (the last one of a range): the words before it ("uiterlijk de maand", "1 tot en met 3",
# "van januari 2025 tot en met") and a year and lookahead after it ("april van 2024").
_MONTH_ALONE_REACH = (32, 16)
_DAY_RANGE_REACH = (40, 16)
_MONTH_RANGE_REACH = (48, 16)
# around two years close together: "de periode" before them, a lookahead after
_YEAR_RANGE_REACH = (24, 8)

Span = tuple[int, int]


def _spans(text: str, words: tuple[str, ...]) -> list[Span]:
    """Where ``words`` stand in ``text``, in order, without overlaps (the longer word first at
    one position): what ``finditer`` of a trie of the words gives."""
    return _without_overlaps(_occurrences(text, words))


def _occurrences(text: str, words: tuple[str, ...]) -> list[Span]:
    """Where ``words`` stand in ``text``, overlapping ones included, word by word."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + 1)
    return found


# The edge words by the letters their forms share, each search with how far its match starts
# after the word: one search for "begin" and "Begin", which ``re`` skips through to each "gin"
# in C (a pattern led by a literal; the rarer its first letter the faster), where _spans reads
# the text once for every form (thirteen edge words). The letters before are looked back at.
# No word of a search can overlap another of it, so every match follows the previous one.
_EDGE_SEARCHES = (
    (lazy_compile(r"gin(?<=[Bb]egin)"), 2),
    (lazy_compile(r"dio(?<=[Mm]edio)"), 2),
    (lazy_compile(r"al(?:f(?<=[Hh]alf)|verwege(?<=[Hh]alverwege))"), 1),
    (lazy_compile(r"ind(?<=[Ee]ind)"), 1),
    (lazy_compile(r"ltimo(?<=[Uu]ltimo)"), 1),
    (lazy_compile(r"helft"), 0),
)


def _led_spans(text: str, searches: tuple[tuple[re.Pattern[str], int], ...]) -> list[Span]:
    """What _spans gives for the words of ``searches`` (see _EDGE_SEARCHES)."""
    found = []
    for pattern, offset in searches:
        search = pattern.search
        m = search(text)
        while m is not None:
            found.append((m.start() - offset, m.end()))
            m = search(text, m.end())
    return _without_overlaps(found)


def _without_overlaps(found: list[Span]) -> list[Span]:
    """The spans in order, each dropped that overlaps one kept before it (the longer first)."""
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _code_spans(text: str) -> list[Span]:
    """ "Q1" to "Q4", "H1" to "H4": a capital and a digit from 1 to 4."""
    return [
        (at, at + 2)
        for at in positions(text, ("Q", "H"))
        if text[at + 1 : at + 2] in ("1", "2", "3", "4")
    ]


def _year_starts(text: str) -> list[int]:
    """Every position where ``(?:19|20)\\d\\d`` matches, overlapping ones included."""
    return [
        at
        for at in positions(text, ("19", "20"))
        if text[at + 2 : at + 4].isdecimal() and len(text) >= at + 4
    ]


_T = TypeVar("_T")


class _once(Generic[_T]):  # lower case: a decorator, like cached_property
    """``functools.cached_property`` without the lock that Python 3.11 takes on every first
    read: an anchor list is read once per paragraph, thousands of times a document, and one
    thread owns its ``_Anchors``."""

    def __init__(self, fn: Callable[[_Anchors], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj: _Anchors, owner: type | None = None) -> _T:
        # not a data descriptor: once set, the instance's own attribute is read instead
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class _Anchors:
    """The anchors of one text, each kind found on first use and then shared by the gate and
    the scanner that need it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @_once
    def months(self) -> list[Span]:
        text = self.text
        # find_dates has most often just read this text: every month word starts at one of
        # the month keys it found, which are few, so testing the words there costs less than
        # searching the text for each
        keys = month_key_positions_before(text)
        if keys is None:
            return _spans(text, _MONTH_WORDS)
        found = []
        for at in keys:
            # the one month word that can start there, by its first three letters
            word = _MONTH_BY_KEY.get(text[at : at + 3])
            if word is not None and text.startswith(word, at):
                found.append((at, at + len(word)))
        return _without_overlaps(found)

    # Each month shape ends with a month name (the last of a range), and what must stand right
    # before that name is cheap to test: the shape is scanned only around the months that
    # pass, most often none (a window scan costs a few microseconds).

    @_once
    def day_range_ends(self) -> list[Span]:
        """Months after a day number and a space ("1 t/m 3 maart")."""
        text = self.text
        return [
            (s, e)
            for s, e in self.months
            if text[s - 1 : s] in (" ", "\u00a0") and text[s - 2 : s - 1].isdecimal()
        ]

    @_once
    def month_range_ends(self) -> list[Span]:
        """Months with another month before them within the shape's reach."""
        back = _MONTH_RANGE_REACH[0]
        return [b for a, b in pairwise(self.months) if a[0] >= b[0] - back]

    @_once
    def qualified_months(self) -> list[Span]:
        """Months after a qualifier ("vanaf maart") or after "maand" ("in de maand mei")."""
        text = self.text
        return [span for span in self.months if _word_before(text, span[0]) in _ALONE_BEFORE]

    @_once
    def sided_months(self) -> list[Span]:
        """Months without a day before them and "jl." or "a.s." after them ("juni jl.")."""
        text = self.text
        return [
            (s, e)
            for s, e in self.months
            if text.startswith(_SIDE_STARTS, e + 1) and not text[s - 2 : s - 1].isdecimal()
        ]

    @_once
    def year_starts(self) -> list[int]:
        return _year_starts(self.text)

    @_once
    def years(self) -> list[Span]:
        """The year-like numbers without overlaps, as ``finditer`` would give them."""
        spans: list[Span] = []
        for start in self.year_starts:
            if not spans or start >= spans[-1][1]:
                spans.append((start, start + 4))
        return spans

    @_once
    def year_pairs(self) -> list[Span]:
        """Two year-like numbers close together: where a range of years can stand."""
        years = self.years
        return [(a[0], b[1]) for a, b in pairwise(years) if b[0] - a[1] <= _PAIR_GAP]

    @_once
    def quarters(self) -> list[Span]:
        return sorted([*_spans(self.text, _QUARTER_WORDS), *_code_spans(self.text)])

    @_once
    def edges(self) -> list[Span]:
        return _led_spans(self.text, _EDGE_SEARCHES)

    @_once
    def jaar(self) -> list[int]:
        """Where "jaar" stands: for "volgend jaar" and the seasons "voorjaar" and "najaar"."""
        return positions(self.text, ("jaar",))

    @_once
    def seasons(self) -> list[Span]:
        text = self.text
        # "voorjaar" and "najaar" from the "jaar" found once for both and for relative_jaar
        found = _occurrences(text, _SEASONS_APART)
        for at in self.jaar:
            if at >= 4 and text.startswith("voor", at - 4):
                found.append((at - 4, at + 4))
            elif at >= 2 and text.startswith("na", at - 2):
                found.append((at - 2, at + 4))
        return _without_overlaps(found)

    @_once
    def relative_jaar(self) -> list[Span]:
        """ "jaar" after "dit", "volgend(e)", "vorig(e)" and the like."""
        text = self.text
        return [(at, at + 4) for at in self.jaar if _word_before(text, at) in _RELATIVE_WORDS]


def _scan(
    pattern: re.Pattern[str],
    anchors: list[Span],
    text: str,
    back: int = _BACK,
    ahead: int = _AHEAD,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, but only in windows around the anchors (merged, so that no
    match is found twice); a window reaches far enough for the longest mention, ``back``
    characters before its anchor and ``ahead`` after it (lookaheads included)."""
    lo = hi = -1
    for a_start, a_end in anchors:
        start, end = max(0, a_start - back), a_end + ahead
        if start <= hi:
            hi = end
            continue
        if hi >= 0:
            yield from pattern.finditer(text, lo, hi)
        lo, hi = start, end
    if hi >= 0:
        yield from pattern.finditer(text, lo, hi)


class _Found(NamedTuple):
    start: int
    end: int
    period: Period


def _last_day(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def _year_of(m: re.Match[str], letter: datetime.date | None) -> int | None:
    if m["year"]:
        return int(m["year"])
    if m["rel"]:
        return letter.year + _RELATIVE[m["rel"].lower()] if letter else None
    return letter.year if letter else None


# Qualifiers that look ahead: "voor de zomer" in a letter of November is next year's summer.
_LOOKING_AHEAD = frozenset({"voor", "uiterlijk"})


def _ahead(m: re.Match[str], letter: datetime.date | None, year: int, last: datetime.date) -> int:
    """The year of a year-less season or quarter that a forward-looking qualifier bounds, or
    that a sentence in the future names: the letter's year, or the next one when that year's
    has already passed."""
    groups = m.groupdict()
    if letter is None or groups.get("year") or groups.get("rel") or groups.get("det"):
        return year
    if year == letter.year and last < letter:
        qualifier = _qualifier(m)
        if qualifier in _LOOKING_AHEAD or (qualifier is None and _speaks_ahead(m)):
            return year + 1
    return year


# Verbs that put a sentence in the future or in the past: "In het voorjaar volgt een missie" in a
# letter of December is next spring, "In het voorjaar heb ik u geïnformeerd" this year's
_FUTURE = """zal zullen zult volgt volgen verwacht verwachten ga gaat gaan kom komt komen streef
    streeft streven beoog beoogt beogen"""
_FUTURE_WORDS = frozenset(_FUTURE.split())
_PAST = "heb hebt heeft hebben had hadden was waren werd werden"
_PAST_WORDS = frozenset(_PAST.split())


def _speaks_ahead(m: re.Match[str]) -> bool:
    """Whether the sentence of a year-less season or quarter speaks of the future (a verb of
    ``_FUTURE_WORDS``, none of ``_PAST_WORDS``): then one that the letter's year has already
    seen is the next one."""
    text = m.string
    ends = [e.end() for e in SENTENCE_END_RE.finditer(text, 0, m.start())]
    start = ends[-1] if ends else 0
    after = SENTENCE_END_RE.search(text, m.end())
    words = set(text[start : after.start() if after else len(text)].lower().split())
    return bool(words & _FUTURE_WORDS) and not words & _PAST_WORDS


def _nearest_year(month: int, day: int, letter: datetime.date | None) -> int | None:
    """The year that puts day and month nearest the letter date (the earlier one on a tie)."""
    if letter is None:
        return None
    best: tuple[int, int] | None = None
    for year in (letter.year - 1, letter.year, letter.year + 1):
        try:
            distance = abs((datetime.date(year, month, day) - letter).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _qualifier(m: re.Match[str]) -> str | None:
    qual = m.groupdict().get("qual")
    if not qual:
        return None
    qual = qual.lower().replace("óó", "oo").replace("\u00a0", " ")
    return "sinds" if qual == "sedert" else qual


def _period(
    text: str,
    m: re.Match[str],
    value: str,
    precision: str,
    start: datetime.date,
    end: datetime.date,
    qualifier: str | None,
) -> _Found:
    return _period_at(text, m.start(), m.end(), value, precision, start, end, qualifier)


def _period_at(
    text: str,
    at: int,
    stop: int,
    value: str,
    precision: str,
    start: datetime.date,
    end: datetime.date,
    qualifier: str | None,
) -> _Found:
    return _Found(
        at,
        stop,
        Period(
            text=text[at:stop],
            value=value,
            precision=precision,  # type: ignore[arg-type]
            start=start.isoformat(),
            end=end.isoformat(),
            qualifier=qualifier,
            where=Where(start=at, end=stop),
        ),
    )


# "in het afgelopen kwartaal", "het komende kwartaal": a quarter the letter date places
_RELATIVE_QUARTER_RE = lazy_compile(
    rf"(?<![\w])(?:het{_SP})?(?P<rel>[Aa]fgelopen|[Vv]orig|[Dd]it|[Hh]uidig|[Kk]omend|[Vv]olgend)e?"
    rf"{_SP}kwartaal(?![\w])"
)
_QUARTER_STEP = {"afgelopen": -1, "vorig": -1, "dit": 0, "huidig": 0, "komend": 1, "volgend": 1}


def _relative_quarters(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    if letter is None:
        return
    for m in _scan(_RELATIVE_QUARTER_RE, a.quarters, text):
        # "het afgelopen kwartaal" in a letter of April is the first quarter: the last that ended
        index = letter.year * 4 + (letter.month - 1) // 3 + _QUARTER_STEP[m["rel"].lower()]
        year, n = divmod(index, 4)
        first, last = datetime.date(year, n * 3 + 1, 1), _last_day(year, n * 3 + 3)
        yield _period(text, m, f"{year}-Q{n + 1}", "quarter", first, last, None)


def _quarters(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_QUARTER_RE, a.quarters, text):
        if m["code"]:
            kind, n, year = m["code"][0], int(m["code"][1]), int(m["cyear"])
            if kind == "H" and n > 2:
                continue
        else:
            kind = "Q" if m["unit"] == "kwartaal" else "H"
            n = _ORDINALS[m["ord"]]
            if kind == "H" and n > 2:
                continue
            found = _year_of(m, letter)
            if found is None:
                continue
            year = found
        months = 3 if kind == "Q" else 6
        if not m["code"]:
            year = _ahead(m, letter, year, _last_day(year, n * months))
        first = datetime.date(year, (n - 1) * months + 1, 1)
        last = _last_day(year, n * months)
        precision = "quarter" if kind == "Q" else "half"
        yield _period(text, m, f"{year}-{kind}{n}", precision, first, last, _qualifier(m))


def _seasons(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_SEASON_RE, a.seasons, text):
        if m.start() == m.start("season") and not (m["year"] or m["rel"]):
            continue  # a season with neither article nor year is no particular one
        year = _year_of(m, letter)
        season = _SEASONS[m["season"]]
        lo, hi = _SEASON_MONTHS[season]
        if m["det"] and letter and not (m["year"] or m["rel"]):
            det = m["det"].lower()
            year = letter.year + _RELATIVE.get(det, 0)
            if det.startswith("afgelopen"):
                # the last one that has ended: "afgelopen voorjaar" in July is this year's
                while _last_day(year + (1 if hi < lo else 0), hi) >= letter:
                    year -= 1
        if year is None:
            continue
        year = _ahead(m, letter, year, _last_day(year + (1 if hi < lo else 0), hi))
        first = datetime.date(year, lo, 1)
        last = _last_day(year + (1 if hi < lo else 0), hi)
        yield _period(text, m, f"{year}-{season}", "season", first, last, _qualifier(m))
        pos = m.end()
        # the same season of more years: "in het voorjaar van 2016 en 2017"
        while m["year"] and (more := _MORE_YEARS_RE.match(text, pos)) is not None:
            year = int(more["year"])
            first = datetime.date(year, lo, 1)
            last = _last_day(year + (1 if hi < lo else 0), hi)
            yield _period_at(
                text,
                more.start("year"),
                more.end(),
                f"{year}-{season}",
                "season",
                first,
                last,
                _qualifier(m),
            )
            pos = more.end()


def _edges(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_EDGE_RE, a.edges, text):
        edge = _EDGE.get(m["edge"].lower().replace("\u00a0", " "), m["edge"].lower())
        if edge.endswith("helft") and not m["month"]:
            continue  # half a year is _QUARTER_RE's
        if m["month"]:
            month = _MONTHS[m["month"]]
            year = int(m["myear"]) if m["myear"] else _nearest_year(month, 15, letter)
            if year is None:
                continue
            end_day = _last_day(year, month).day
            lo, hi = {
                "begin": (1, 10),
                "medio": (11, 20),
                "eind": (21, end_day),
                "eerste helft": (1, 15),
                "tweede helft": (16, end_day),
            }[edge]
            first, last = datetime.date(year, month, lo), datetime.date(year, month, hi)
            value, precision = f"{year}-{month:02d}", "month"
        else:
            if m["this"] and not m["qual"]:
                continue
            found = _year_of(m, letter)
            if found is None:
                continue
            year = found
            lo, hi = {"begin": (1, 4), "medio": (5, 8), "eind": (9, 12)}[edge]
            first, last = datetime.date(year, lo, 1), _last_day(year, hi)
            value, precision = str(year), "year"
        qual = _qualifier(m)
        yield _period(text, m, value, precision, first, last, f"{qual} {edge}" if qual else edge)


def _dashed_after_in(text: str, start: int) -> _Found | None:
    """Two years joined by a dash after "in": "de door Defensie in 2015–2016 uitgevoerde
    evaluatie" (not "binnen 2020-2021", nor a bare "2023-2024", often a vergaderjaar)."""
    if _word_before(text, start) != "in" or not (m := _DASHED_YEARS_RE.match(text, start)):
        return None
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not 0 < y2 - y1 <= 50:
        return None
    first, last = datetime.date(y1, 1, 1), datetime.date(y2, 12, 31)
    return _period_at(text, start - 3, m.end(), f"{y1}/{y2}", "range", first, last, None)


def _bracketed_years(text: str, start: int) -> _Found | None:
    """Two years a dash joins that fill a bracket: "fase III (2013–2020)". Years one apart
    are left alone: "(2023-2024)" is as often a vergaderjaar."""
    if text[start - 1 : start] != "(" or not (m := _DASHED_YEARS_RE.match(text, start)):
        return None
    y1, y2 = int(m["y1"]), int(m["y2"])
    if text[m.end() : m.end() + 1] != ")" or not 1 < y2 - y1 <= 50:
        return None
    first, last = datetime.date(y1, 1, 1), datetime.date(y2, 12, 31)
    return _period_at(text, start, m.end(), f"{y1}/{y2}", "range", first, last, None)


def _years(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    pos = 0
    for start in a.year_starts:  # where _BARE_YEAR_RE.finditer(text) would try a match
        if start < pos:
            continue
        if (y := _BARE_YEAR_RE.match(text, start)) is None:
            # a year before a hyphen: "In 2013-2014 heeft de Auditdienst …"
            if text[start + 4 : start + 5] == "-" and (
                (r := _dashed_after_in(text, start)) or (r := _bracketed_years(text, start))
            ):
                yield r
                pos = r.end
            continue
        pos = y.end()
        word = _word_before(text, y.start())
        if word not in _LAST_WORDS:
            if text[start - 1 : start] == "(" and (r := _bracketed_years(text, start)):
                yield r  # "in fase III (2013–2020) van het Europese systeem van emissiehandel"
                pos = r.end
            continue  # a cheap no for most years: a date's, a citation's
        if (
            word == "in"
            and text[pos : pos + 2].lstrip()[:1] in ("-", "–")
            and (r := _dashed_after_in(text, start))
        ):
            yield r  # "in 2015–2016": the years an en dash joins, not the first alone
            pos = r.end
            continue
        if word == "jaren" and _MORE_YEARS_RE.match(text, y.end()) is None:
            continue  # "de jaren 2015 en 2016" lists years; "de jaren 2021–2023" is a range
        m = _YEAR_BEFORE_RE.search(text, max(0, y.start() - 24), y.start())
        if m is None:
            continue
        year = int(y["year"])
        qual = _qualifier(m)
        if qual == "over" and word == "over" and not _AFTER_OVER.match(text, y.end()):
            continue  # "over 1990 woningen": about a number, no year ("over het jaar 2018" is)
        # "in 2015", "over 2015" (the figures over a year), "het jaar 2015": the year itself
        qual = None if qual in ("in", "over") else qual
        yield _year_item(text, m.start(), y.end(), year, qual)
        pos = y.end()
        while (more := _MORE_YEARS_RE.match(text, pos)) is not None:
            year = int(more["year"])
            yield _year_item(text, more.start("year"), more.end(), year, qual)
            pos = more.end()


def _year_item(text: str, start: int, end: int, year: int, qual: str | None) -> _Found:
    return _Found(
        start,
        end,
        Period(
            text=text[start:end],
            value=str(year),
            precision="year",
            start=f"{year}-01-01",
            end=f"{year}-12-31",
            qualifier=qual,
            where=Where(start=start, end=end),
        ),
    )


def _year_ranges(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_YEAR_RANGE_RE, a.year_pairs, text, *_YEAR_RANGE_REACH):
        y1, y2 = int(m["y1"] or m["y1b"]), int(m["y2"])
        if not 0 < y2 - y1 <= 50:
            continue
        if m["sep"] == "en" and (m["lead"] or "").lower() != "tussen":
            continue  # "van 2020 en 2021" is no range
        first, last = datetime.date(y1, 1, 1), datetime.date(y2, 12, 31)
        yield _period(text, m, f"{y1}/{y2}", "range", first, last, None)


def _relative_years(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    if letter is None:
        return
    for m in _scan(_RELATIVE_YEAR_RE, a.relative_jaar, text):
        if _MONTH_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "7 oktober vorig jaar" is a date
        rel = m["rel"].lower()
        year = letter.year + _RELATIVE.get(rel, -1 if rel == "afgelopen" else 0)
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        yield _period(text, m, str(year), "year", first, last, _qualifier(m))


def _month_ranges(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_MONTH_RANGE_RE, a.month_range_ends, text, *_MONTH_RANGE_REACH):
        m1, m2 = _MONTHS[m["m1"]], _MONTHS[m["m2"]]
        y2 = int(m["y2"]) if m["y2"] else None
        y1 = int(m["y1"]) if m["y1"] else None
        if y2 is None and y1 is None:
            y1 = _nearest_year(m1, 15, letter)
            if y1 is None:
                continue
        if y1 is None:
            assert y2 is not None
            y1 = y2 if m1 < m2 else y2 - 1
        if y2 is None:  # "van juli tot juli": a year on
            y2 = y1 if m2 > m1 else y1 + 1
        first, last = datetime.date(y1, m1, 1), _last_day(y2, m2)
        value = f"{y1}-{m1:02d}/{y2}-{m2:02d}"
        yield _period(text, m, value, "range", first, last, None)


def _day_ranges(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_DAY_RANGE_RE, a.day_range_ends, text, *_DAY_RANGE_REACH):
        month = _MONTHS[m["m"]]
        month1 = _MONTHS[m["mm1"]] if m["mm1"] else month
        d1, d2 = int(m["d1"]), int(m["d2"])
        if m["en"] and (d2 != d1 + 1 or m["mm1"]):
            continue  # "23 en 24 oktober" is a two-day meeting; "5 en 7 maart" two dates
        if m["list"]:
            days = [int(d) for d in m["list"].split(",")[:-1]]
            # days in a row are one span; a list with a gap names dates ("5, 7 en 8 maart")
            if days != list(range(d1 - len(days), d1)):
                continue
            d1 = days[0]
        year = int(m["y"]) if m["y"] else _nearest_year(month, d2, letter)
        if year is None:
            continue
        year1 = year if month1 <= month else year - 1
        try:
            first, last = datetime.date(year1, month1, d1), datetime.date(year, month, d2)
        except ValueError:
            continue
        if last < first:
            continue
        value = f"{first.isoformat()}/{last.isoformat()}"
        yield _period(text, m, value, "range", first, last, None)


def _months_alone(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    for m in _scan(_MONTH_ALONE_RE, a.qualified_months, text, *_MONTH_ALONE_REACH):
        month = _MONTHS[m["month"]]
        if m["rel"] and letter is not None:
            year: int | None = letter.year + _RELATIVE[m["rel"]]
        elif letter is not None and m["qual"].lower() == "sinds":
            # "sinds februari" looks back: the last such month up to the letter, not the nearest
            # (in a letter of November, this year's February, not next year's)
            year = letter.year if month <= letter.month else letter.year - 1
        else:
            year = _nearest_year(month, 15, letter)
        if year is None:
            continue
        first, last = datetime.date(year, month, 1), _last_day(year, month)
        qual = _qualifier(m)
        yield _period(
            text, m, f"{year}-{month:02d}", "month", first, last, None if qual == "in" else qual
        )


# "van juni jl.", "in maart aanstaande": a month without a day whose "jl." or "a.s." says which
# year, the last such month up to the letter or the first from it; after a day it is a date
# ("12 december jl.")
_SIDE_STARTS = ("jl", "j.l.", "jongs", "a.s", "aanst")
_MONTH_SIDE_RE = lazy_compile(
    rf"""
    (?<![\w])(?:(?P<qual>[Ii]n|[Vv]anaf|[Ss]inds|[Tt]ot|[Uu]iterlijk|[Vv]óór|[Vv]oor|[Nn]a|[Pp]er)
    {_SP}(?:de{_SP}maand{_SP})?)?(?<!\d{_SP})
    (?P<month>{_MONTH}){_SP}(?P<side>jl\.?|j\.l\.|jongstleden|jongsleden|a\.s\.?|aanstaande|aanst\.)
    (?!\w)
    """,
    re.X,
)


def _months_sided(text: str, letter: datetime.date | None, a: _Anchors) -> Iterator[_Found]:
    if letter is None:
        return
    for m in _scan(_MONTH_SIDE_RE, a.sided_months, text, *_MONTH_ALONE_REACH):
        month = _MONTHS[m["month"]]
        year = letter.year
        if m["side"].startswith("j"):
            year -= month > letter.month
        else:
            year += month < letter.month
        first, last = datetime.date(year, month, 1), _last_day(year, month)
        qual = _qualifier(m)
        yield _period(
            text, m, f"{year}-{month:02d}", "month", first, last, None if qual == "in" else qual
        )


_MONTH_BEFORE_RE = lazy_compile(rf"{_MONTH}(?:{_SP}van)?{_SP}\Z")


# (gate, scanner) in order of precedence where two shapes claim the same words. A gate is a
# cheap test every mention of its scanner passes; most paragraphs fail most of them.
_GATED: tuple[tuple[Callable[[_Anchors], object], Callable[..., Iterator[_Found]]], ...] = (
    (lambda a: a.day_range_ends, _day_ranges),
    (lambda a: a.month_range_ends, _month_ranges),
    (lambda a: a.year_pairs, _year_ranges),
    (lambda a: a.quarters, _quarters),
    (lambda a: a.quarters, _relative_quarters),
    # an edge stands before a month or a year ("begin 2025", "eind volgend jaar")
    (lambda a: (a.months or a.years or "jaar" in a.text) and a.edges, _edges),
    (lambda a: a.seasons, _seasons),
    (lambda a: a.sided_months, _months_sided),
    (lambda a: a.qualified_months, _months_alone),
    (lambda a: a.years, _years),
    (lambda a: a.relative_jaar, _relative_years),
)


def find_periods(text: str, letter_date: datetime.date | None) -> list[Period]:
    """Every period named in ``text`` (one paragraph or footnote), in order of position."""
    anchors = _Anchors(text)
    found = [
        (rank, item)
        for rank, (gate, scan) in enumerate(_GATED)
        if gate(anchors)
        for item in scan(text, letter_date, anchors)
    ]
    found.sort(key=lambda ri: (ri[1].start, -ri[1].end, ri[0]))
    kept: list[_Found] = []
    for _, item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return [item.period for item in kept]
