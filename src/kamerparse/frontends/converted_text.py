"""Undo what two common PDF text extractors do to a Kamerstuk's page, so that the shared stages
read their text as they read pdfplumber's.

Markdown made from the PDF (one page after another, "-----" between them) marks the first-page
block up as headings and bold ("# 2", "#### Vergaderjaar 2023–2024 Aanhangsel van de
Handelingen", "**Vragen gesteld door de leden der Kamer, …**", "### 387"), sets italics in
underscores at the ends of a line ("_spreekkamer» en het artikel …_"), writes a superscript
footnote marker in brackets after its word ("«Netjes gezuiverd»[1 ] en …»[2]?") and the
Aanhangsel's id line without its hyphens ("h tk 20232024 387").

A plain extraction without form feeds (the extractor that joins a paragraph into one line) runs
each page's footer into the next page's first line ("… 2023Tweede Kamer, vergaderjaar
2022–2023, Aanhangsel 1Antwoord 3"), sets a superscript marker on a line of its own or at the
start of the next line ("… zitten»?" / "1" / "Antwoord 1"; "(GL)" / "4 is de problematiek")
and glues each note's number to its text ("1Brabants Dagblad, 2 juli 2023, …").
"""

from __future__ import annotations

import re

from ..layout import marker
from ..stages.unwrap import Vocabulary, dutch_words

# -- markdown -------------------------------------------------------------------------------------

_MD_PAGE_BREAK = re.compile(r"^-----[ \t]*$", re.M)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6} (?=\S)", re.M)
_MD_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*[ \t]*$", re.M)
# an italic run over line ends: "_" opens a line or closes one (a URL's "_" stands inside a word)
_MD_ITALIC_OPEN = re.compile(r"^_(?=\S)", re.M)
_MD_ITALIC_CLOSE = re.compile(r"(?<=\S)_[ \t]*$", re.M)
# a superscript marker in brackets right after a word or a punctuation mark: "»[1 ]", "EU»[2]?",
# two notes in one: "zorgvraagtypering.[4 5 ]"
_MD_MARKER = re.compile(r"(?<=\S)\[(\d{1,3}(?: \d{1,3})*) ?\]")
_MD_BLANK = re.compile(r"\n[ \t]*(?=\n)")
# the id line under the first page's notes, its hyphens (and its "a") lost: "h tk 20232024 387"
_MD_AH_ID = re.compile(r"^a?h ([te]k) (\d{8}) (\d+)[ \t]*$", re.M)


def _is_markdown(text: str) -> bool:
    """A page break line "-----" and a heading mark on a line of the first-page block."""
    return bool(_MD_PAGE_BREAK.search(text)) and bool(
        re.search(r"^[ \t]*#{1,6} (?:\d|Vergaderjaar|Tweede|Eerste)", text, re.M)
    )


def _from_markdown(text: str) -> str:
    text = _MD_PAGE_BREAK.sub("\f", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_BOLD_LINE.sub(r"\1", text)
    text = _MD_ITALIC_OPEN.sub("", text)
    text = _MD_ITALIC_CLOSE.sub("", text)
    # the markers in band, as the PDF front end carries them: none is read as a digit of a year
    text = _MD_MARKER.sub(lambda m: "".join(marker(n) for n in m.group(1).split()), text)
    text = _MD_AH_ID.sub(r"ah-\1-\2-\3", text)
    # blank lines set off the blocks the converter saw (a label, an answer, a page's notes), not
    # the paragraphs inside an answer: without them the lines' widths tell paragraphs apart, as
    # in the PDF's own text
    return _MD_BLANK.sub("", text)


# -- a plain extraction that runs pages together ---------------------------------------------------

_YEARS = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
# the running footer of an Aanhangsel page and its page number, run into the next page's first
# word: "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2Antwoord 7"
_RUN_FOOTER = re.compile(
    rf"((?:Tweede|Eerste) Kamer, vergaderjaar {_YEARS}, Aanhangsel \d{{1,3}})(?=[A-Z])"
)
# the first page's footer in one run: "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, …"
_FIRST_FOOTER = re.compile(
    r"(ISSN \d{4} ?- ?\d{3}[\dX])(['’]s-Gravenhage \d{4})(?=(?:Tweede|Eerste) Kamer, )"
)
_LONE_NUMBER = re.compile(r"\d{1,2}")
_NUMBER_FIRST = re.compile(r"(\d{1,2}) (\S.*)")
_GLUED_NOTE = re.compile(r"(\d{1,2})(?=[(A-Z])")


def _runs_pages_together(text: str) -> bool:
    return "\f" not in text and bool(_RUN_FOOTER.search(text))


def _split_pages(text: str) -> str:
    text = _FIRST_FOOTER.sub("\\1\n\\2 ", text)
    text = _RUN_FOOTER.sub("\\1\f", text)
    lines = text.split("\n")
    return _join_broken_words("\n".join(_lift_markers(lines)))


# a word broken at a line end of the page, its two parts joined with the hyphen left between
# them: "emissiefacto-ren", "onderne-mingen" (lower case on both sides)
_BROKEN = re.compile(r"(?<![\w-])([^\W\d_A-Z]{2,})-([^\W\d_A-Z]{2,})(?![\w-])")


def _join_broken_words(text: str) -> str:
    """Join a word this extractor left broken where the document or official text spells it
    whole and official text never with that hyphen; a compound's own hyphen stays ("niet-werkende",
    "stikstof-fosfaatverhouding")."""
    vocabulary = Vocabulary(text.split("\n")).words
    known = dutch_words()

    def join(m: re.Match[str]) -> str:
        hyphenated, plain = m.group(0).lower(), (m.group(1) + m.group(2)).lower()
        # (the document's own words hold the broken one too: only official text says a hyphen
        # belongs there)
        if hyphenated in known:
            return m.group(0)
        if plain in vocabulary or plain in known:
            return m.group(1) + m.group(2)
        return m.group(0)

    return _BROKEN.sub(join, text)


def _lift_markers(lines: list[str]) -> list[str]:
    """Glue each superscript marker to the word it stands after, as other extractions give it.

    A marker is the next footnote number, the note whose text, glued to its number, stands
    lower on the page ("1Brabants Dagblad, …"): on a line of its own, or first on the next
    line before a word in lower case ("4 is de problematiek"). The note's own number is then set
    apart from its text.
    """
    notes = {m.group(1) for line in lines if (m := _GLUED_NOTE.match(line.strip()))}
    out: list[str] = []
    expected = 1
    for raw in lines:
        line = raw.strip()
        number = str(expected)
        if out and number in notes and out[-1].strip():
            if _LONE_NUMBER.fullmatch(line) and line == number:
                out[-1] = out[-1].rstrip() + number
                expected += 1
                continue
            m = _NUMBER_FIRST.fullmatch(line)
            if m and m.group(1) == number and m.group(2)[:1].islower():
                out[-1] = out[-1].rstrip() + number
                out.append(m.group(2))
                expected += 1
                continue
        m = _GLUED_NOTE.match(line)
        if m and int(m.group(1)) < expected:
            # a note whose marker stands above it: its number set apart, as the stages read it
            raw = f"{m.group(1)} {line[m.end() :]}"
        out.append(raw)
    return out


def undo_extractor_forms(text: str) -> str:
    """``text`` as the shared stages read it; unchanged if it is in neither form."""
    if "-----" in text and _is_markdown(text):
        return _from_markdown(text)
    if "Aanhangsel" in text and _runs_pages_together(text):
        return _split_pages(text)
    return text
