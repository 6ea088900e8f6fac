"""Citations of EU legislation: regulations, directives and decisions, with their CELEX id.

"Verordening (EU) 2016/679", "Verordening (EU) nr. 1308/2013", "Richtlijn 2011/95/EU",
"richtlijn 2024/1385", "Richtlijn 2008/115/EG", "Richtlijn 91/676/EEG", "Besluit (EU)
2019/1937", "Uitvoeringsverordening (EU) 2019/1793", and a few acts by their common name
("AVG", "AI-verordening").

CELEX for legislation is ``3`` + year + ``R`` (regulation), ``L`` (directive) or ``D``
(decision) + the number in four digits: "32016R0679". Numbering: directives are year/number
("2011/95/EU"); regulations before 2015 are number/year ("nr. 1308/2013", "nr. 2913/92"),
from 2015 on year/number ("(EU) 2016/679"), as the Publications Office numbers them.
"""

from __future__ import annotations

import re

from kamerparse.model import Reference, Where

__all__ = ["find_eu_legislation"]

EURLEX_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{}"

_SP = r"[ \u00a0]"
_KINDS = {"verordening": "R", "richtlijn": "L", "besluit": "D", "kaderbesluit": "F"}
_EU_RE = re.compile(
    rf"""
    (?<![\w-])
    (?P<kind>(?:[Gg]edelegeerde{_SP}|[Uu]itvoerings)?[Vv]erordening|[Rr]ichtlijn|[Bb]esluit
        |[Kk]aderbesluit)
    (?:{_SP}?\((?P<org>EU|EG|EEG|Euratom|GBVB)\))?
    {_SP}?(?:(?:nr\.|nummer){_SP}?)?
    (?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?:/(?P<suffix>EU|EG|EEG|Euratom|GBVB|JBZ))?
    (?![\w/])
    """,
    re.X,
)
# Acts cited by name: (pattern, CELEX)
_NAMED = {
    "AVG": "32016R0679",
    "Algemene verordening gegevensbescherming": "32016R0679",
    "Algemene Verordening Gegevensbescherming": "32016R0679",
    "AI-verordening": "32024R1689",
    "Dublinverordening": "32013R0604",
    "Digital Services Act": "32022R2065",
    "Digital Markets Act": "32022R1925",
}
_NAMED_ALTERNATIVES = "|".join(sorted(map(re.escape, _NAMED), key=len, reverse=True))
_NAMED_RE = re.compile(rf"(?<![\w-])(?:{_NAMED_ALTERNATIVES})(?![\w-])")


def _year(text: str) -> int | None:
    if len(text) == 4 and text[:2] in ("19", "20"):
        return int(text)
    if len(text) == 2:
        n = int(text)
        return 1900 + n if n >= 50 else 2000 + n
    return None


def _celex(kind: str, a: str, b: str, has_nr: bool, suffix: str | None) -> str | None:
    """The CELEX id, or None when the numbers do not say which is the year."""
    letter = _KINDS[kind.lower().removeprefix("gedelegeerde ").removeprefix("uitvoerings")]
    if letter == "R" and (has_nr or (_year(b) and not _year(a)) or len(b) == 2):
        year, number = _year(b), a  # old regulation numbering: number/year
    else:
        year, number = _year(a), b
    if year is None or not number.isdigit():
        return None
    if letter == "R" and year < 2015 and not has_nr and _year(b) is None and suffix is None:
        return None  # "Verordening 2013/2014": neither order can be told
    return f"3{year}{letter}{int(number):04d}"


def _may_name_an_act(text: str) -> bool:
    return "AVG" in text or "erordening" in text or " Act" in text


def find_eu_legislation(text: str) -> list[Reference]:
    """Every regulation, directive or decision of the EU cited in ``text``."""
    refs = []
    if "/" in text and ("erordening" in text or "ichtlijn" in text or "esluit" in text):
        for m in _EU_RE.finditer(text):
            if m["org"] is None and m["suffix"] is None and m["kind"].lower() == "besluit":
                continue  # "besluit 12/3" without (EU) or /EU is no EU act
            has_nr = "nr" in text[m.start("kind") : m.start("a")] or "nummer" in m[0]
            celex = _celex(m["kind"], m["a"], m["b"], has_nr, m["suffix"])
            refs.append(_ref(text, m.start(), m.end(), celex))
    for m in _NAMED_RE.finditer(text) if _may_name_an_act(text) else ():
        refs.append(_ref(text, m.start(), m.end(), _NAMED[m[0]]))
    refs.sort(key=lambda r: r.where.start)
    return refs


def _ref(text: str, start: int, end: int, celex: str | None) -> Reference:
    return Reference(
        type="eu-legislation",
        text=text[start:end],
        id=celex,
        url=EURLEX_URL.format(celex) if celex else None,
        where=Where(start=start, end=end),
    )
