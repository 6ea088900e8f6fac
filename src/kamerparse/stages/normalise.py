"""Stage 0: make raw text uniform before anything reads it.

Unicode NFC; no-break and other exotic spaces become plain spaces; soft hyphens and zero-width
characters go (they are invisible in the source and break word matching); the rarer hyphen and
minus code points become "-" (en and em dashes stay: they are real punctuation and the gold keeps
them); private-use code points go, because the pipeline uses two of them as in-band markers.
A glyph a PDF text extractor could not map stands as "(cid:129)", and a Symbol-font bullet as a
private-use character; at a line start either is the bullet of a list item, so it becomes "•".
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_CHARS = r"\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v"
_INVISIBLE_CHARS = r"\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff"
_HYPHEN_CHARS = r"\u2010\u2011\u2212\ufe63\uff0d"
_CONTROL_CHARS = r"\x00-\x08\x0e-\x1f\x7f"
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_HYPHENS = re.compile(f"[{_HYPHEN_CHARS}]")
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# every character that one of the replacements below acts on (the Symbol bullets are
# private-use characters too): a text with none of them, and without "(cid:", is left as it is
_ANY_TO_CHANGE = re.compile(f"[{_SPACE_CHARS}{_INVISIBLE_CHARS}{_HYPHEN_CHARS}{_CONTROL_CHARS}]")
_CID_BULLET = re.compile(r"^([ \f]*)\(cid:\d+\)(?= )", re.M)
# a Symbol or Wingdings bullet (U+F0B7 …) that a text extractor copied as a private-use character
_SYMBOL_BULLET = re.compile(r"^([ \f]*)[\uf000-\uf0ff](?= )", re.M)


def normalise_text(text: str) -> str:
    """Return ``text`` made uniform; line breaks and form feeds (page breaks) are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if "(cid:" not in text and not _ANY_TO_CHANGE.search(text):
        return text  # most texts: one scan instead of one for each replacement
    text = _SYMBOL_BULLET.sub(r"\1•", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _HYPHENS.sub("-", text)
    text = _CID_BULLET.sub(r"\1•", text)
    return _CONTROL.sub("", text)


def collapse(text: str) -> str:
    """Whitespace runs to one space, ends trimmed."""
    return " ".join(text.split())


def lower_words(pattern: re.Pattern[str], text: str) -> list[str]:
    """Each word ``pattern`` finds in ``text``, lowered: the same as lowering each found word.

    Lowering maps every character but two to one character of the same kind (letter, digit,
    other), so the words of the lowered text are the lowered words, found in one pass instead
    of one call per word. The two: "İ" lowers to two characters and "Σ" by what follows it;
    a text with either is lowered word by word, as read.

    ``pattern`` takes no white space, takes a run of two letters or more whole and nothing of
    one letter (both callers' word patterns do): then a token between spaces that is letters
    only, as most are, is its own word and needs no match, and only the others are searched.
    The same words in the same order, in about a quarter less time than the pattern over the
    whole text.
    """
    if "\u0130" in text or "\u03a3" in text:
        return [w.lower() for w in pattern.findall(text)]
    words: list[str] = []
    for token in text.lower().split():
        if token.isalpha():  # a letter is never a digit, "_" or a space
            if len(token) > 1:
                words.append(token)
        else:
            words += pattern.findall(token)
    return words
