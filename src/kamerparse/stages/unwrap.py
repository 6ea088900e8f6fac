"""Undo line wrapping: join the lines of one paragraph into running text.

A hyphen at a line end is either a word broken by the typesetter ("commissiede-" + "bat") or a
real hyphen that happens to fall there ("NAVO-" + "hoofdkwartier", "drone-" + "en"). The rules,
in order: digits on either side keep the hyphen ("21 501-" + "02"); a following "en"/"of"/"tot"
is a suspended compound ("drone- en"); an upper-case abbreviation before it keeps it ("EU-" +
"lidstaten"), unless both sides are upper case ("BUITEN-" + "LANDSE", a broken upper-case word);
a capital after a mixed-case part keeps it ("Noord-" + "Holland"); two vowels meeting keep it
("missie-" + "inzet", Dutch spelling hyphenates vowel clashes); otherwise the word is joined.

Before those rules, the document itself is asked: where the same word stands elsewhere in it,
unbroken, with its hyphen ("wo-studenten") or without ("commissiedebat"), that spelling wins;
then the words of official parliamentary text (``data/words.txt``), where one spelling is listed
or the first part stands only ever before a hyphen there ("pfas-" + "lobbydocumenten").
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache, cached_property
from importlib import resources

from .normalise import lower_words

_VOWELS = set("aeiouyAEIOUYáéíóúëïöüèàäâêîôû")
_SUSPENSION = {"en", "of", "tot", "en/of", "dan", "noch"}
_WORD_END = re.compile(r"(\w+)-$")
_TOKEN_END = re.compile(r"(\S+)-$")
# a hyphen after these is never a syllable break: "niet-westerse"
_PREFIXES = {"niet"}
_FIRST_WORD = re.compile(r"\S+")
_OPENERS = "(«\"'“‘"


@cache
def dutch_words() -> frozenset[str]:
    """The words of official parliamentary text (``data/words.txt``, lower case), with and
    without hyphens; see ``scripts/build_word_list.py`` for their source."""
    text = resources.files("kamerparse").joinpath("data/words.txt").read_text("utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


@cache
def hyphen_only_parts() -> frozenset[str]:
    """The first parts of the hyphenated words of ``dutch_words`` that no word without a hyphen
    there starts with ("pfas" of "pfas-uitstoot", "hbo" of "hbo-opleiding"; not "mede" of
    "mede-eigenaar", since "medewerker" starts with it)."""
    known = dutch_words()
    parts = {w.split("-", 1)[0] for w in known if "-" in w}
    parts.discard("")
    glued = {w[:i] for w in known for i in range(2, len(w)) if w[i].isalpha() and w[:i] in parts}
    return frozenset(p for p in parts if len(p) >= 2 and p not in glued)


class Hyphen(Enum):
    JOIN = ""  # a broken word: drop the hyphen
    KEEP = "-"  # a real hyphen inside a compound: keep it, no space
    SPACE = "- "  # a suspended compound ("drone- en"): keep it and the space


_WORD = re.compile(r"[^\W\d_][\w-]*[^\W\d_]")


class Vocabulary:
    """The words a document spells in full, lowered, with their hyphens where they have one.

    Read when first asked: only a line that ends on a hyphen asks, and most texts (web pages)
    have none."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines

    @cached_property
    def words(self) -> set[str]:
        # one scan of all lines: no word runs over a line break (_WORD takes no "\n"); a word
        # at a line end ending in "-" is not in full, and _WORD never ends on "-"
        return set(lower_words(_WORD, "\n".join(self._lines)))


def line_end_hyphen(before: str, after: str, vocabulary: Vocabulary | None = None) -> Hyphen:
    """How a line ending in "-" (``before``) joins the next line (``after``)."""
    # both end patterns take no space: searched from the last one, not tried at every
    # position of the text before (the same leftmost match)
    last_word = before.rfind(" ") + 1
    m = _WORD_END.search(before, last_word)
    first = _FIRST_WORD.match(after)
    if not m or not first:
        return Hyphen.SPACE
    left, right = m.group(1), first.group(0)
    head = right.lstrip(_OPENERS)[:1]
    if left[-1].isdigit() or head.isdigit():
        return Hyphen.KEEP
    if right.rstrip(",.;:") in _SUSPENSION:
        return Hyphen.SPACE
    word = right.strip(_OPENERS + ",.;:!?)»”’\"'").lower()
    hyphenated, plain = f"{left.lower()}-{word}", f"{left.lower()}{word}"
    if vocabulary is not None:
        if hyphenated in vocabulary.words:
            return Hyphen.KEEP
        # (the next line's first word may have a hyphen of its own: then no plain spelling)
        if "-" not in plain and plain in vocabulary.words:
            return Hyphen.JOIN
    # then the words of official parliamentary text: "mili-" + "eubeleid" is "milieubeleid"
    # though the letter spells it once, "regie-" + "orgaan" keeps its hyphen
    known = dutch_words()
    if hyphenated in known:
        return Hyphen.KEEP
    if plain in known:
        return Hyphen.JOIN
    if left.lower() in hyphen_only_parts():
        # a first part that official text only ever sets before a hyphen ("pfas-", "hbo-",
        # "non-", "interim-"): a word of its own or an abbreviation, no syllable of a longer word
        return Hyphen.KEEP
    token = _TOKEN_END.search(before, last_word)
    if (token and "-" in token.group(1)) or "-" in right.rstrip("-"):
        # a word that already has a hyphen is only broken at one: "staakt-het-" + "vuren",
        # "EU-Israël-" + "associatieakkoord", "klip-en-" + "klaar"
        return Hyphen.KEEP
    if left.isupper() and len(left) > 1:
        # "EU-lidstaten", "VN-Veiligheidsraad": an abbreviation before a word keeps its hyphen;
        # upper case on both sides is a broken word of an upper-case title ("MILI-" + "EU")
        word = right.strip(_OPENERS + ",.;:)»”’")
        return Hyphen.JOIN if word.isupper() else Hyphen.KEEP
    if not any(c in _VOWELS for c in left) or left.lower() in _PREFIXES:
        return Hyphen.KEEP  # no syllable without a vowel: "mkb-" + "bedrijven", "Wlz-" + "zorg"
    if head.isupper():
        return Hyphen.KEEP
    if left[-1] in _VOWELS and head in _VOWELS:
        # a prefix broken off the word it opens is no vowel clash of a compound's parts:
        # "arbeidsongeschiktheidsbe-" + "oordeling" ends on "beoordeling", "missie-" + "inzet"
        # on no word
        if any(left[-k:].lower() + word in known for k in (2, 3) if k < len(left)):
            return Hyphen.JOIN
        return Hyphen.KEEP
    return Hyphen.JOIN


# a web address wrapped where it cannot end: after "?", "&", "=", "#", "%" or "_"
_URL_BROKEN = re.compile(r"(?:https?://|www\.)\S*[?&=#%_]$")
# searched for only where a line ends on one of these (the search reads the whole tail)
_URL_BREAKS = tuple("?&=#%_")
# how much of the text joined so far a line-end hyphen is judged on: the broken word and more
_TAIL = 200


def join_lines(lines: list[str], vocabulary: Vocabulary | None = None) -> str:
    """Join wrapped lines into one string with single spaces, undoing line-end hyphenation."""
    if len(lines) == 1:  # a paragraph printed on one line (web text): nothing to join
        return " ".join(lines[0].split())
    # pieces, not one growing string, and rules that read only its tail: joining stays linear
    # in the length of a paragraph however many lines it has
    parts: list[str] = []
    tail = ""
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        if not parts:
            joiner = ""
        elif tail.endswith("-") and not tail.endswith(" -") and len(tail) > 1:
            joiner = line_end_hyphen(tail, text, vocabulary).value
            parts[-1] = parts[-1][:-1]
            tail = tail[:-1]
        elif tail.endswith("/") or (tail.endswith(_URL_BREAKS) and _URL_BROKEN.search(tail)):
            # "en/" + "of", "2017/" + "18": a slash binds both sides; so does a web address
            # wrapped where it cannot end ("…?" + "utm_source=google")
            joiner = ""
        elif text[0] in ")];,":
            # a closing bracket or a comma a page wrapped on its own ("nr. 218" + ");"): no
            # line starts with one that a space stood before
            joiner = ""
        else:
            joiner = " "
        parts.append(joiner)
        parts.append(text)
        tail = (tail + joiner + text[-_TAIL:])[-_TAIL:]
    return " ".join("".join(parts).split())
