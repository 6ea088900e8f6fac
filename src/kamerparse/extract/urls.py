"""Web addresses in a text, with the official id when the address is of an official
publication site.

Every "http://", "https://" or "www." address is one reference of type "url"; its ``url`` is
the address (with "https://" added to a bare "www."), its ``id``:

==================================================  ======================
address                                             id
==================================================  ======================
zoek.officielebekendmakingen.nl/kst-36410-XIV-33    kst-36410-XIV-33 (also h-, ah-, stb-)
tweedekamer.nl/…?id=2024Z01234&did=2024D04567       2024D04567
uitspraken.rechtspraak.nl/…?id=ECLI:NL:HR:2019:1    ECLI:NL:HR:2019:1
eur-lex.europa.eu/…?uri=CELEX:32016R0679            32016R0679
wetten.overheid.nl/BWBR0001840/…                    BWBR0001840
==================================================  ======================

Addresses are cut at whitespace; an address broken over two lines (the text has a space
there) is joined when the first part ends where an address cannot end ("/", "-", "=", "?",
"&", "_", ".") and the next piece looks like the rest of an address, or when the next piece
can only be the end of one ("%202022.pdf", "rapport.html").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kamerparse.extract._find import matches_at, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.model import Reference, Where

__all__ = ["find_urls"]

# brackets end an address: "…/politie[3] https://…" has a footnote marker glued to it
_URL_RE = lazy_compile(r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"'“”‘’\[\]]+", re.I)
# the rest of an address after a line break that fell inside a word: "%202022.pdf", "x.html"
_TAIL_PIECE_RE = lazy_compile(r"%[0-9A-Fa-f]{2}\S*|[\w%-]*\.(?:pdf|html?|aspx|php|docx?)(?![\w])")
# a continuation after a line break: no capital start, no sentence words, address characters
_CONTINUATION_RE = lazy_compile(r"[a-z0-9_\-/.?=&%#~+]+[a-z0-9/=_\-]?")
_PROSE = frozenset(
    [
        "en",
        "of",
        "in",
        "op",
        "te",
        "is",
        "de",
        "het",
        "van",
        "voor",
        "met",
        "naar",
        "bij",
        "om",
        "dat",
        "die",
        "zie",
        "ook",
        "als",
        "aan",
        "door",
    ]
)
_OPEN_ENDINGS = ("/", "-", "=", "?", "&", "_", ".")
_TRAILING = ".,;:!?)]}»"
_ID_RULES = (
    re.compile(
        r"officielebekendmakingen\.nl/(?:[\w/]*/)?((?:kst|h|ah|stb|stcrt|trb|blg)-[\w-]+?)"
        r"(?:\.html|\.pdf|$|[?#/])",
        re.I,
    ),
    re.compile(r"tweedekamer\.nl/.*[?&]did=((?:19|20)\d\d[DZ]\d{5})", re.I),
    re.compile(r"rechtspraak\.nl/.*(ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+)", re.I),
    re.compile(r"eur-lex\.europa\.eu/.*CELEX(?::|%3A)(\d[\dA-Z()]+)", re.I),
    re.compile(r"wetten\.overheid\.nl/(?:jci1\.\d:c:)?(BWB[RV]\d{7})", re.I),
)


def _official_id(url: str) -> str | None:
    for rule in _ID_RULES:
        m = rule.search(url)
        if m is not None:
            return m.group(1)
    return None


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_URL_RE.finditer(text)``: each starts with "http" or "www." in any
    case, which the lower-cased text shows."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer: positions would shift
        return _URL_RE.finditer(text)
    return matches_at(_URL_RE, text, positions(lower, ("http", "www.")))


def find_urls(text: str) -> list[Reference]:
    """Every web address in ``text`` (one paragraph or footnote)."""
    if "http" not in text and "www." not in text and "HTTP" not in text:
        return []
    refs = []
    for m in _url_matches(text):
        start, end = m.start(), m.end()
        while text[end - 1 : end] and text[end - 1] in _OPEN_ENDINGS and text[end : end + 1] == " ":
            more = _CONTINUATION_RE.match(text, end + 1)
            after = text[more.end() : more.end() + 1] if more else ""
            if more is None or (after and not after.isspace() and after not in _TRAILING):
                break  # the next word is prose, not the rest of the address
            if more.group().rstrip(_TRAILING) in _PROSE:
                break  # "zie https://…/ en …": a word of the sentence
            end = more.end()
        piece = _TAIL_PIECE_RE.match(text, end + 1) if text[end : end + 1] == " " else None
        if piece is not None:
            end = piece.end()
        while end > start and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        shown = text[start:end]
        url = shown.replace(" ", "")
        if url.lower().startswith("www."):
            url = "https://" + url
        refs.append(
            Reference(
                type="url",
                text=shown,
                id=_official_id(url),
                url=url,
                where=Where(start=start, end=end),
            )
        )
    return refs
