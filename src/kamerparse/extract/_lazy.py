"""Regexes compiled on their first use.

Compiling the extractors' patterns takes tens of milliseconds, which every ``import
kamerparse`` would pay even when it parses nothing (``kamerparse --help``, a tool that only reads
the schema). A lazy pattern compiles itself when one of its methods is first looked up and from
then on hands out the compiled pattern's own bound methods, so a call costs what it did.
"""

from __future__ import annotations

import re
from typing import cast

__all__ = ["lazy_compile"]

_METHODS = ("match", "search", "finditer", "fullmatch", "findall", "sub", "subn", "split")
_ATTRIBUTES = ("pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    # unset slots raise AttributeError, which sends their first lookup to __getattr__
    __slots__ = ("_source", *_METHODS, *_ATTRIBUTES)

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        compiled = re.compile(*self._source)
        for attribute in (*_METHODS, *_ATTRIBUTES):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
