"""Stage 5: the body lines to sections and paragraphs.

Where a paragraph starts is taken from the best evidence there is:
- the front end knows (a PDF: vertical gaps and indentation) → ``Line.starts_paragraph``;
- the text has blank lines between paragraphs (web text, some extractions) → ``gap_before``;
- neither (text extracted from a justified PDF, hard-wrapped web text): a line that ends a
  sentence and leaves room for the next line's first word ended its paragraph, because a
  justified line is only short when the paragraph stops there.
A heading is a short line standing alone, without closing punctuation, before running text
(or the front end says so from the font).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..extract._find import has_digit
from ..layout import MARK_CLOSE, MARK_OPEN, QA_LABEL, Line, first_unit, marker
from ..model import Paragraph, Section
from .structure import is_fractie_heading
from .textwidth import text_width
from .unwrap import Vocabulary, join_lines

_SPACE = text_width(" ")
_FIT_TOLERANCE = 100

_TERMINAL = tuple(".:;!?")
# a line ending in one of these ends with an abbreviation, not a sentence: "(31 936, nr." / "50)."
_ABBREVIATION = re.compile(
    r"(?:\b(?:nrs?|p|pp|art|blz|bijv|ca|resp|vs|dhr|mw|mevr|drs?|prof|mr|ir|ing|jo|vgl|zgn|incl"
    r"|excl|evt|max|min|o\.a|d\.d|t\.a\.v|i\.v\.m|m\.b\.t|m\.u\.v|c\.q|e\.d|z\.g|n\.a\.v)"
    r"|(?<![\w.])[A-Z](?:\.[A-Z][a-z]?)*)\.$"
)
# the clauses of a motie each start a paragraph: "overwegende, dat …;" / "verzoekt de regering …"
_MOTIE_CLAUSE = re.compile(
    r"(?:overwegende?|constaterende?|concluderende?|waarschuwende?|van mening|gehoord|gelezen|"
    r"kennis ?genomen|verzoekt|verzoek (?:de regering|het kabinet)|spreekt|zegt|roept|draagt|"
    r"besluit|keurt|wijst|steunt|erkent|"
    r"veroordeelt|betreurt|neemt|dringt|en gaat over|gaat over|en gaan over tot de orde|voorts|"
    r"tevens|gelet op|"
    r"van oordeel|na te gaan|stelt vast)\b",
    re.I,
)
# after a comma these go on with the sentence as often as they open a clause: "… afgegeven," /
# "gelet op het gegeven dat …"; a motie sets them after a semicolon. Not "van mening" and "van
# oordeel": in 8,041 motie XMLs they open a clause after a comma 117 times, and never go on
# with one
_PROSE_AFTER_COMMA = re.compile(r"(?:gelet op|voorts|tevens|na te gaan)\b", re.I)
_CLOSERS = ")»”’\"'"
_BULLET = re.compile(r"(?:[-–•·▪*]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)])\s+\S")
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.)\s+[A-Z]\S*(?:\s+\S+){0,7}")
# labels that head what follows in questions-and-answers and amendementen
_LABEL = re.compile(
    rf"{QA_LABEL.pattern}|(?:Toelichting|Mededeling|Artikel [IVXLC\d]+[a-z]?)"
    r"(?: \d{1,3}(?:(?:, | en | t/m | tot en met |-| )\d{1,3})*)?"
)
_ROMAN = re.compile(r"[IVXLC]{1,6}\.?")
# a verslag of an overleg heads each agenda item with the paper it discusses, its citation in
# brackets at the end: "Het onderdeel referendum uit het kabinetsstandpunt inzake grote
# projecten (24 690, nr. 1)"; the citation does not make the title long
_CITED_PAPER = re.compile(r"\s+\([^()]{0,40}\bnrs?\.\s[^()]{1,20}\)")
# short lines that stand alone but title nothing: a copy note, a date or a dagtekening (of a
# letter printed inside a verslag: "Den Haag, 17 oktober 2025"), that letter's addressee ("Aan
# de Minister van Binnenlandse Zaken en Koninkrijksrelaties"; the letters a Presidium's paper
# prints as its annex: "Aan het Presidium", "Aan de vaste commissie voor …"), who chaired
# and clerked the meeting a verslag reports ("Voorzitter: Ziengs", "Griffier: Hendrickx"; a
# web page of about 2009 prints both on one line: "Voorzitter: Van de Camp Griffier: Nava",
# kst-19637-1266), a closing formula
_NO_HEADING = re.compile(
    r"(?:In )?[Aa]fschrift (?:aan|van)\b.*|"
    r"(?:Voorzitter|Griffier): [A-Z][^.:;]{0,60}?(?: Griffier: [A-Z][^.:;]{0,60})?|"
    r"Aan (?:de|het) (?:[Vv]oorzitter|[Mm]inister|[Ss]taatssecretaris|leden|lid|Presidium"
    r"|(?:vaste )?commissie)\b.*|"
    r"(?:(?:['’]s-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, )?\d{1,2} [a-z]+ (?:19|20)\d\d|"
    r"(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?),?"
)
_MARKS = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")


@dataclass(slots=True)
class Block:
    lines: list[Line] = field(default_factory=list)
    heading: bool = False


# footnote digits after the end of a sentence: "verwondingen.2", "zijn?2", "(EUAM).12", and
# after a sentence that ends on a year: "van 18 juni 2025.1"
_TRAILING_MARKER = re.compile(
    r"(?:(?<=[^\W\d_][.:;])|(?<=[)»”’\"'][.:;])|(?<=[!?)»”’\"'])|(?<=\b(?:19|20)\d\d\.))\d{1,2}$"
)


def _ends_sentence(text: str) -> bool:
    # asked of nearly every line: each pattern is anchored at the end, so it is tried only where
    # that end can match (a search tries every position of the line)
    if text[-1:].isdigit():
        text = _TRAILING_MARKER.sub("", text)
    if not text.rstrip(_CLOSERS).endswith(_TERMINAL):
        return False
    # an abbreviation has no space in it and ends the line: only the last word can be one
    return not (text.endswith(".") and _ABBREVIATION.search(text.rsplit(None, 1)[-1]))


def _ends_clause(text: str) -> bool:
    return _ends_sentence(text) or text.endswith(",")


def _opens_clause(prev: str, text: str) -> bool:
    # a motie asks nothing: after a question "Erkent u dat …" is the question's next sentence
    if prev.endswith("?"):
        return False
    if m := _CLAUSE_ADVERB.match(text):  # "daarbij constaterende dat …"
        text = text[m.end() :]
    if prev.endswith(";") and _AFTER_SEMICOLON.match(text):
        return True
    if not _MOTIE_CLAUSE.match(text):
        return False
    # those that go on with a sentence after a comma open one after a full stop as often, with a
    # capital: "… voor veel ondernemers." / "Gelet op voorgaande is …" (a motie's "Overwegende"
    # may follow a full stop, so only these)
    after_stop = text[:1].isupper() and prev.rstrip(_CLOSERS).endswith((".", "!"))
    return not ((prev.endswith(",") or after_stop) and _PROSE_AFTER_COMMA.match(text))


# less common verbs of a motie's clauses, taken as one only after a clause that ends in a
# semicolon ("… toe te passen;" / "doet een beroep op het kabinet …", "… van Hamas;" /
# "bevestigt dat …"): after a comma or a full stop running text goes on with them as well
_AFTER_SEMICOLON = re.compile(
    r"(?:constateert|constateerde|ervan overtuigd|merkt op|doet een beroep|vraagt|bevestigt|"
    r"herbevestigt|benadrukt|betuigt|onderschrijft|verwelkomt|verwerpt)\b"
)
# a motie's clause in the shape no sentence goes on with, whatever the line before leaves:
# "… aan banden dient te worden gelegd" / "verzoekt de regering om …" (but "… aangenomen die de
# regering" / "verzoekt om …" goes on)
_CLAUSE_SHAPE = re.compile(
    r"(?:(?:verder |voorts |tevens )?(?:constaterende?|overwegende?|van mening|van oordeel) dat"
    r"|verzoekt (?:de regering|het kabinet)|en gaat over tot de orde van de dag)\b"
)
# the two lines that open every motie, each a paragraph of its own
_PREAMBLE = re.compile(r"(?:De Kamer|[Gg]ehoord de beraadslaging(?:en)?),")


# a clause of a motie typed without its closing punctuation ("… binnen de farmaceutische zorg" /
# "Constaterende dat …"): running text sets none of these capitalised where a sentence goes on
# ("besluit" is left out: "het" / "Besluit kwaliteit leefomgeving" is a decree's name)
_CAPITAL_CLAUSE = re.compile(
    r"(?:Overwegende?|Constaterende?|Concluderende?|Gehoord|Gelezen|Verzoekt|Spreekt|Roept|"
    r"Draagt|Keurt|Wijst|Betreurt|Veroordeelt|En gaat over|Gaat over)\b"
)


def _bullet(prev: str, text: str) -> bool:
    """A list item starts here. "–" and "3)" also stand inside running text ("(36 200-VI, nr." /
    "55) op …", "werkomgeving – dat is" wrapped before the dash): those only start an item
    after a line that ends a clause or another item; a bullet glyph always does."""
    if not _BULLET.match(text):
        return False
    if text[0] in "•·▪*":
        return True
    if _runs_on(prev, text):
        return False
    return _ends_clause(prev) or prev.endswith(":") or bool(_BULLET.match(prev))


_ENUMERATOR = re.compile(r"(\d{1,2}|[a-z])([.)])\s")


def _runs_on(prev: str, text: str) -> bool:
    """A numbered part that goes on with an enumeration inside a sentence: the line before holds
    the part before it after some words ("«actielijnen»: 1. bestuurlijke afspraken maken, 2.
    impact behalen in kansrijke sectoren," / "3. maatschappelijk …"), where a list sets each part
    at the start of a line of its own."""
    m = _ENUMERATOR.match(text)
    if m is None or _ends_sentence(prev):
        return False
    mark, close = m.groups()
    if mark.isdigit():
        if mark == "1":
            return False
        before = str(int(mark) - 1)
    elif mark == "a":
        return False
    else:
        before = chr(ord(mark) - 1)
    return re.search(rf"\s{before}\{close}\s", prev) is not None


# the title of a paper printed inside another, in capitals and often long: "BRIEF VAN DE
# VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT" in a verslag; the
# chairs of three committees writing together name them all in some two hundred characters
_PAPER_TITLE = re.compile(r"(?:BRIEF|VERSLAG|NOTA|MEMORIE) (?:VAN|AAN) [A-ZÀ-Ý ,.’'()/-]{8,240}")
# words a title never ends on: articles, prepositions, conjunctions, a few adverbs
_OPEN_ENDS = frozenset(
    {"de", "het", "een", "van", "en", "of", "in", "op", "met", "voor", "aan", "te", "door", "bij",
     "naar", "om", "uit", "tot", "dat", "die", "als", "wel", "niet", "ook", "nog", "zijn", "is",
     "dan", "maar", "want", "omdat", "zodat", "waarin", "waarbij", "over", "onder", "tussen",
     "tegen"}
)  # fmt: skip


def _heading_like(text: str, nxt: Line | None = None) -> bool:
    t = text.strip()
    if _ROMAN.fullmatch(t):
        return True
    if not t or _ends_clause(t):
        return False
    bare = t[: m.start()] if (m := _CITED_PAPER.search(t)) and m.end() == len(t) else t
    if len(bare) > 90 or len(bare.split()) > 12:
        return is_fractie_heading(t) or _PAPER_TITLE.fullmatch(t) is not None
    if _BULLET.match(t):
        # "1. Inleiding" / "2.1 Achtergrond" title what follows; an item in a list of short
        # items does not (the next line is another item)
        numbered = _NUMBERED_HEADING.fullmatch(t)
        if not numbered or nxt is None or _BULLET.match(nxt.text):
            return False
    if t.count("(") != t.count(")"):  # a heading does not leave a parenthesis open
        return False
    if t.endswith("-") or t.rsplit(" ", 1)[-1] in _OPEN_ENDS:
        return False  # "… ondersteunt het kabinet wel het": a sentence wraps on, no title ends so
    if _NO_HEADING.fullmatch(t):
        return False
    return t[0].isupper() or t[0].isdigit()


def _heads(text: str, nxt: Line) -> bool:
    """A heading, or a question or answer label ("Antwoord op vraag 1:"): its colon does not
    make it running text."""
    return _heading_like(text, nxt) or bool(QA_LABEL.fullmatch(text.strip()))


# a footnote digit inside a line, text going on after it: "moties1 verzocht", "gestuurd.2 Met",
# "c.s.3, de", "(Woo).1 Met". tweedekamer.nl drops the line break after a footnote link, so such
# a line there is two printed lines run together
_MID_MARKER = re.compile(r"[^\W\d_][.,;:)»”’]{0,2}\d{1,2}[,;:]? (?=\S)")
_JOINED = 1.25  # how much wider than the column a line must be to be two lines run together


def _percentile(widths: list[int]) -> int:
    widths.sort()
    return widths[min(len(widths) - 1, int(0.95 * len(widths)))] if widths else 0


# how much shorter than the narrowest full line a line must be to be surely not full itself
_SHORTER = 1000


def _width(lines: list[Line], widths: list[int], marked: list[bool]) -> tuple[int, int]:
    """The column width: near the widest body line (justified lines all come close to it), but
    not an outlier: one long URL or table row would make every line look short. Lines run
    together at a footnote link (tweedekamer.nl) are no measure of it either.

    And a width below which no line is full: well under the narrowest line that a sentence goes
    on from (0 where too few lines tell). A sentence that ends on such a line ends its paragraph
    though the next word would not have fitted ("… ik u als volgt." / "Dinsdag 27 mei …").

    ``widths`` and ``marked`` are each line's width and whether it holds a mid-line marker."""
    width = _percentile(widths.copy())
    plain = [w for w, mark in zip(widths, marked, strict=True) if not mark]
    if len(plain) >= 5 and width > _JOINED * (column := _percentile(plain)):
        width = column
    # a line the next one goes on from mid-sentence is full. Web text moves a word broken at a
    # line end up whole, so full lines there run from short to long: the widest of them would
    # make a full line that ends a sentence look short (tweedekamer.nl, kst-35165-46); the
    # middle one does not, and a justified text's full lines are all alike anyway
    full = sorted(
        widths[i]
        for i, (line, nxt) in enumerate(pairwise(lines))
        if nxt.text[:1].islower()
        and not marked[i]
        # an item of a list without bullets ends on a semicolon before the next in lower case
        # ("… zowel sectoraal als regionaal;" / "de beloning van …"), short of the column
        and not line.text.endswith((";", "."))
    )
    if len(full) >= 5:
        return min(width, full[len(full) // 2]), full[0] - _SHORTER
    return width, 0


_LOWER_WORD = re.compile(r"[a-zà-ÿ]{2,}\b")
_SHORT_ITEM = 60  # characters


def _mid_sentence(prev: str, text: str) -> bool:
    """A blank line inside a sentence: the line before ends on a word, this one goes on in lower
    case ("… en ze toe te rusten zodat ze" / "" / "veerkrachtig zijn om …", where a web page
    breaks a paragraph at a page of its print). Not after a short line: items of a list without
    bullets may each start in lower case. Not where a motie's clause or its closing formula
    opens: a clause typed without its closing punctuation ("… de samenleving" / "van mening dat
    …", "… te verbeteren" / "en gaat over tot de orde van de dag.") still ends there."""
    if _BULLET.match(text) or _opens_motie_clause(text):
        return False
    # no paragraph ends on an article or a preposition, however short and whatever follows:
    # "… advies van de" / "" / "Autoriteit Persoonsgegevens,", "… opleiding tot" / "" /
    # "islamitisch geestelijke …"; nor on a compound's first part ("… aan SMART-" / "" / "doelen")
    if prev.rsplit(" ", 1)[-1] in _GOES_ON or (
        prev[-2:-1].isalpha() and prev.endswith("-") and text[:1].islower()
    ):
        return True
    if len(prev) <= _SHORT_ITEM and not _opens_part(prev):
        return False
    # a list item is followed by the short label of the next list, not its own last words:
    # "– Huis der Koningin, …, Welzijn en Sport" / "" / "op 4 juni 1998:" (a 1998 letter)
    if _BULLET.match(prev) and len(text) <= _SHORT_ITEM and text.endswith(":"):
        return False
    return _LOWER_WORD.match(text) is not None and (prev[-1:].islower() or prev.endswith(","))


def _opens_part(prev: str) -> bool:
    """A short line that is no item of a list without bullets: a motie's clause that the page
    breaks after a few words ("verzoekt de regering om specifiek te kijken of de Wet vaste" /
    "" / "huurcontracten …", "verzoekt de regering," / "" / "om woningdelen …"), or a bulleted
    item broken after a comma ("– het verwachte personeelstekort," / "" / "met waar mogelijk
    …"): what follows in lower case goes on with it."""
    if _BULLET.match(prev):
        return prev.endswith(",")
    # the two lines that open a motie are paragraphs of their own, whatever follows
    return _opens_motie_clause(prev) and _PREAMBLE.fullmatch(prev) is None


# the words a sentence goes on after: a title's open ends, and a few a title may end on
_GOES_ON = _OPEN_ENDS | {"zoals", "vóór", "waaronder"}


# an adverb before a motie's clause word: "voorts constaterende dat …", "verder van mening …"
_CLAUSE_ADVERB = re.compile(r"(?:verder|voorts|tevens|daarbij|daarnaast|ook) ")


def _opens_motie_clause(text: str) -> bool:
    if m := _CLAUSE_ADVERB.match(text):
        text = text[m.end() :]
    return bool(_MOTIE_CLAUSE.match(text)) and not _PROSE_AFTER_COMMA.match(text)


# characters: a printed line holds about 100 at most, and two run together at a footnote link
# (tweedekamer.nl) some 200
_UNWRAPPED = 160
# a line longer than three printed lines is a paragraph on a line of its own, also among the
# short lines of a list: it ends its paragraph where it ends a sentence
_PARAGRAPH_LINE = 300
# characters: more than a printed line of running text holds
_PRINTED_LINE = 120


def _unwrapped(lines: list[Line]) -> bool:
    """Each paragraph on a line of its own, no blank line between them (a publication page
    saved as text: "Datum publicatie | Organisatie | …" / "Aan de Voorzitter …" / a line per
    paragraph). Most lines are then longer than any printed line: a line that ends a sentence
    ends its paragraph however long, where the column width would join the longest lines to the
    next."""
    sizes = sorted(len(line.text) for line in lines)
    if not sizes:
        return False
    if sizes[len(sizes) // 2] > _UNWRAPPED:
        return True
    # a short body of such a page (a paragraph, a list of short lines, the signature): a line
    # longer than any printed one, not two run together at a footnote link, and no line that
    # goes on in lower case from the one before, as wrapped lines do
    return any(
        len(line.text) > _PRINTED_LINE and not _MID_MARKER.search(line.text) for line in lines
    ) and not any(nxt.text[:1].islower() and not _BULLET.match(nxt.text) for nxt in lines[1:])


def _fits(prev: Line, line: Line, width: int, share: float = 1.0) -> bool:
    """Whether the first word of ``line`` would have fitted at the end of ``prev`` (in the
    given ``share`` of the column).

    Widths are estimates (the real font is not known from text); the tolerance is what the dev
    letters show separates paragraph ends from full lines. Of two lines run together at a
    footnote link, the printed line that ends ``prev`` is what follows the last link.
    """
    used = text_width(prev.text)
    if used > _JOINED * width:
        tails = [m.end() for m in _MID_MARKER.finditer(prev.text)]
        if tails:
            used = text_width(prev.text[tails[-1] :])
    need = used + _SPACE + text_width(first_unit(line.text))
    return need <= int(width * share) + _FIT_TOLERANCE


# a table row: a label and three or more figures ("Seksuele gerichtheid 10 14 34"); running
# text sets no bare numbers side by side (a dossier number "27 925" is two), but for an amount
# in groups of three digits ("€ 1 250 000")
_FIGURES = re.compile(r"(?:\s[\d.,%]*\d%?){3,}$")
_GROUPED = re.compile(r"(?<!\S)\d{1,3}(?: \d{3})+$")


def _table_row(text: str) -> bool:
    # the patterns are tried only where a figure ends the line
    return (
        (text[-1:].isdigit() or text.endswith("%"))
        and _FIGURES.search(text) is not None
        and _GROUPED.search(text) is None
    )


_NUMBERED = re.compile(r"\d{1,2}\.\s+[A-Z]")


def _titles(text: str, nxt: str) -> bool:
    """A numbered item on one line that titles what follows, however full the line: "3. De
    Gezondheidsraad adviseert om een onderzoeksagenda op te stellen" / "Het doen van …". No
    sentence ends there, none wraps on an article or a preposition, no parenthesis stays open;
    and what follows opens a sentence with an article, a preposition or a conjunction and a word
    in lower case (a name that wraps goes on: "n.a.v. de motie" / "Van Toorenburg-Dijsselbloem")."""
    t = text.strip()
    words = nxt.split(None, 2)
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _OPEN_ENDS
        and words[1][:1].islower()
        and _NUMBERED.match(t) is not None
        and not _ends_clause(t)
        and not t.endswith(("-", ":"))
        and t.rsplit(" ", 1)[-1] not in _OPEN_ENDS
        and t.count("(") == t.count(")")
    )


def _caption(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands over a table's head, which stands over a row of figures; a sentence
    before such a row ("De kosten zijn als volgt.") is no head."""
    return (
        i + 2 < len(lines) and _table_row(lines[i + 2].text) and not _ends_clause(lines[i + 1].text)
    )


def _next_item(blocks: list[Block], text: str) -> bool:
    """The next item of a numbered list: the block before is the item numbered one lower ("11.
    Uitstel reactie …;" / "12. Manifest MVO Nederland"). A list's last item needs no full stop
    and looks like a numbered heading, but a heading follows a section's text, not an item."""
    m = _ENUMERATOR.match(text)
    if m is None or not blocks or blocks[-1].heading:
        return False
    mark, close = m.groups()
    if mark in ("1", "a"):
        return False
    before = str(int(mark) - 1) if mark.isdigit() else chr(ord(mark) - 1)
    return blocks[-1].lines[0].text.startswith(f"{before}{close} ")


_ITEM_MARK = re.compile(r"(?:[-–•·▪*]|\d{1,2}[.)]|[a-z][.)])\s+")
# how far back a list that announces the sections may stand, in blocks
_OUTLINE_REACH = 80


def _announced(blocks: list[Block], text: str) -> bool:
    """A line that repeats an item of a list above it word for word is the heading the list
    announced: "De brief volgt de volgende opbouw:" / "– Wat is gepast gebruik?" / … / "Wat is
    gepast gebruik?" heads its section, though a question ends it."""
    key = text.strip().lower()
    # a line that ends a sentence with a full stop is one, though an item said it before
    if not key or key.endswith((".", ":", ";", ",")) or _BULLET.match(key) or len(key.split()) > 12:
        return False
    for block in blocks[-_OUTLINE_REACH:]:
        first = block.lines[0].text
        m = _ITEM_MARK.match(first) if len(block.lines) == 1 else None
        if m and first[m.end() :].strip().rstrip(";,.").lower() == key:
            return True
    return False


# a section's number and title: "2. De tweede lezing van …", "2.3 Reikwijdte"
_SECTION_NUMBER = re.compile(r"(?P<n>\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-Z]")


def _next_section(blocks: list[Block], text: str) -> bool:
    """A numbered title that goes on with the numbering of the last numbered heading: "1.
    Inleiding" / … / "2. De tweede lezing van voorstellen tot wijziging van de Grondwet" (a
    memorie van toelichting, tweedekamer.nl). It may run longer than a heading otherwise does
    (up to twelve words); the next number at the same level, a level down ("2" → "2.1") or up
    ("2.3" → "3") continues it. No sentence or clause ends it."""
    t = text.strip()
    m = _SECTION_NUMBER.match(t)
    if (
        m is None
        or len(t) > 90
        or len(t.split()) > 13
        or _ends_clause(t)
        or t.endswith(("-", "?"))
        or t.count("(") != t.count(")")
        or t.rsplit(" ", 1)[-1] in _OPEN_ENDS
    ):
        return False
    for block in reversed(blocks):
        if not block.heading:
            continue
        before = _SECTION_NUMBER.match(block.lines[0].text.strip())
        if before is not None:
            return _follows([int(n) for n in before["n"].split(".")], m["n"])
    return False


def _follows(before: list[int], number: str) -> bool:
    parts = [int(n) for n in number.split(".")]
    if parts == [*before, 1]:
        return True  # a level down
    depth = len(parts)
    return depth <= len(before) and parts == [*before[: depth - 1], before[depth - 1] + 1]


_LEAD_LABEL = re.compile(r"[^\W\d]\w{1,20}: ")


def _same_label(text: str, nxt: Line | None) -> bool:
    """Lines that open on the same label are the items of a list, the first no heading over the
    rest: "Fiche: Mededeling Methaanstrategie" / "Fiche: Mededeling strategie voor …"."""
    m = _LEAD_LABEL.match(text)
    return m is not None and nxt is not None and nxt.text.startswith(m.group(0))


def _label_text(blocks: list[Block], nxt: Line | None) -> bool:
    """A short line between two labels is the first one's text, however like a heading it
    looks: an answer without a full stop ("Antwoord 2" / "Zie antwoord op vraag 1" / "Vraag 3",
    ah-tk-20222023-591)."""
    return (
        bool(blocks)
        and blocks[-1].heading
        and QA_LABEL.fullmatch(blocks[-1].lines[-1].text.strip()) is not None
        and nxt is not None
        and QA_LABEL.fullmatch(nxt.text.strip()) is not None
    )


def _after_item(blocks: list[Block], prev: Line, line: Line, width: int) -> bool:
    """A list item ends without a stop, and its line leaves room for the next word: the line
    after it starts afresh and may head what follows ("– Overzicht inzet internationaal op
    luchtkwaliteit" / "Het Schone Lucht Akkoord (SLA)" / "Schone lucht is …")."""
    return (
        bool(blocks)
        and not blocks[-1].heading
        and _BULLET.match(blocks[-1].lines[0].text) is not None
        and _BULLET.match(line.text) is None
        and _fits(prev, line, width)
    )


# words in a heading wrapped over two lines at most: a line holds some fifteen
_WRAPPED_HEADING_WORDS = 30
# a letter's writer and reader are in its sentences, not in its headings
_PERSONS = re.compile(r"\b(?:ik|wij|we|u|uw|mij|ons)\b", re.I)


def _wrapped_heading(blocks: list[Block], nxt: Line | None, width: int) -> bool:
    """A heading a hard-wrapped page breaks over two lines, then the text it titles: "Motie
    Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde" / "als
    niet-bekostigde scholen" / "De motie van het lid …" (tweedekamer.nl). The first line is full,
    the second ends on no stop and leaves room for the next word, after a sentence's end or a
    heading."""
    block = blocks[-1]
    if block.heading or len(block.lines) != 2 or nxt is None:
        return False
    if len(blocks) > 1 and not (blocks[-2].heading or _ends_sentence(blocks[-2].lines[-1].text)):
        return False
    first, second = block.lines
    text = f"{first.text.strip()} {second.text.strip()}"
    return (
        text[:1].isupper()
        and nxt.text[:1].isupper()
        and _BULLET.match(text) is None
        and _CAPITAL_CLAUSE.match(text) is None  # a motie's clause: "Constaterende dat …"
        and not first.text.rstrip().endswith((",", ";", ":", "-"))
        and not _ends_clause(second.text)
        and len(text.split()) <= _WRAPPED_HEADING_WORDS
        and text.count("(") == text.count(")")
        and text.rsplit(" ", 1)[-1] not in _OPEN_ENDS
        and _MID_MARKER.search(text) is None
        and _PERSONS.search(text) is None
        and not _table_row(nxt.text)
        and not _fits(first, second, width)
        and _fits(second, nxt, width)
    )


def _label_after_page_turn(prev: Line | None, line: Line) -> bool:
    """At the top of a page no gap shows where a paragraph starts: a label there ("Antwoord 6")
    after a finished sentence heads what follows, as it would anywhere else."""
    return line.page_start and prev is not None and _ends_sentence(strip_marks(prev.text)[0])


def _blocks(lines: list[Line]) -> list[Block]:
    gaps = sum(1 for line in lines[1:] if line.gap_before)
    # blank lines are deliberate: two of them mean the text separates paragraphs that way
    gap_mode = gaps >= 2 or (gaps == 1 and len(lines) < 12)
    unwrapped = not gap_mode and _unwrapped(lines)
    # the column width serves only a text without blank lines: with them, they decide
    width, short, linked = 0, 0, False
    widths: list[int] = []
    if not gap_mode:
        # each line measured and searched for a marker once, for the width and for ``linked``
        widths = [text_width(line.text) for line in lines]
        marked = [_MID_MARKER.search(line.text) is not None for line in lines]
        width, short = _width(lines, widths, marked)
        # a page that drops the line break after a footnote link (tweedekamer.nl) keeps only
        # a paragraph's break after one: a line that ends a sentence on a marker ends its
        # paragraph
        linked = not unwrapped and any(
            mark and w > _JOINED * width for w, mark in zip(widths, marked, strict=True)
        )
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if line.heading is not None:
            # the font decides, but a label line in the running font ("Vraag 1", "Antwoord 1",
            # "Toelichting") heads what follows when it stands alone
            heading = line.heading or bool(
                _LABEL.fullmatch(line.text)
                and nxt is not None
                and nxt.starts_paragraph is not False
                and (line.starts_paragraph is not False or _label_after_page_turn(prev, line))
            )
        elif gap_mode:
            # a sentence that a page breaks with a blank line goes on in lower case under it, so
            # the line above the break titles nothing: "… verslag uit van het gevoerde
            # schriftelijk" / "" / "overleg."
            heading = nxt is not None and (
                (
                    (prev is None or line.gap_before)
                    and nxt.gap_before
                    and not _mid_sentence(line.text, nxt.text)
                    and (
                        _heads(line.text, nxt)
                        or _announced(blocks, line.text)
                        or _next_section(blocks, line.text)
                    )
                )
                or (
                    # a label ("Vraag 3", "Antwoord op vraag 3") heads what follows where no
                    # blank line sets it off, as text extracted from a letter's PDF prints it
                    (prev is None or line.gap_before or _ends_sentence(prev.text))
                    and _LABEL.fullmatch(line.text) is not None
                    and nxt.text[:1].isupper()
                )
            )
        else:
            heading = (
                # a label ("Vraag 3", "Antwoord 3") heads what follows after any line, and a
                # numbered heading a heading of a higher level ("I Algemeen" / "1. Inleiding",
                # a nota as tweedekamer.nl prints it)
                (
                    prev is None
                    or _ends_sentence(prev.text)
                    or bool(_LABEL.fullmatch(line.text))
                    or (blocks[-1].heading and _NUMBERED_HEADING.fullmatch(line.text) is not None)
                    or _after_item(blocks, prev, line, width)
                    # a heading under a heading, each on a line of its own
                    or (unwrapped and blocks[-1].heading)
                )
                and nxt is not None
                # a list of questions numbers each on a line of its own ("Vragen en antwoorden"
                # / "1" / "Hoe groot is …", tweedekamer.nl)
                and (
                    nxt.text[:1].isupper()
                    or nxt.text.isdigit()
                    or _NUMBERED_HEADING.fullmatch(nxt.text) is not None
                    # or a question numbered at the start of its paragraph (an Eerste Kamer
                    # verslag: "Vragen en opmerkingen van de fracties van …" / "1. De leden …")
                    or _NUMBERED.match(nxt.text) is not None
                )
                # the head of a table, over its first row, titles no section; nor does the
                # table's caption over that head ("Meldingen Tumba, kenniscentrum …" / "Grond
                # Meldingen in 2021 Meldingen in 2022 …" / "Geslacht(Trans) 2 3 6"): the text
                # after the table goes on with the section before it
                and not _table_row(nxt.text)
                and not _caption(lines, i)
                and (
                    _heads(line.text, nxt)
                    or _announced(blocks, line.text)
                    or _next_section(blocks, line.text)
                )
                and widths[i] < 0.9 * width
            )
        if (
            heading
            and line.heading is None
            and (
                _next_item(blocks, line.text)
                or _same_label(line.text, nxt)
                or _label_text(blocks, nxt)
            )
        ):
            heading = False
        if heading and blocks and blocks[-1].heading and line.starts_paragraph is False:
            start = False  # the second line of a heading that wraps
        elif prev is None or heading or blocks[-1].heading:
            start = True
        elif line.starts_paragraph is not None:
            start = line.starts_paragraph
        elif gap_mode:
            start = (line.gap_before and not _mid_sentence(prev.text, line.text)) or _bullet(
                prev.text, line.text
            )
        elif unwrapped:
            start = True
        else:
            first = blocks[-1].lines[0].text
            start = (
                _bullet(prev.text, line.text)
                # the next item of a list whose items start with the same dash, however the
                # item before it ends ("… hun woonruimte hebben verlaten en" / "– woningzoekenden")
                or (line.text[:2] in ("– ", "- ", "— ") and first[:2] == line.text[:2])
                or (
                    _ends_sentence(prev.text)
                    and (
                        _fits(prev, line, width)
                        or widths[i - 1] < short
                        or len(prev.text) > _PARAGRAPH_LINE
                        or (linked and _TRAILING_MARKER.search(prev.text) is not None)
                    )
                )
                # a table's rows, each a line that ends in a row of figures, and its head: the
                # line above the first row, after a line that leaves room
                or _table_row(prev.text)
                or _table_row(line.text)
                or (nxt is not None and _table_row(nxt.text) and _fits(prev, line, width))
                # and a caption over that head, after a finished sentence
                or (_caption(lines, i) and _ends_sentence(prev.text))
                # a list item that ends without a full stop ("• «HAPKIDO (…)»"), followed by
                # the paragraph about it: the item's last line leaves room for the next word
                or (
                    line.text[:1].isupper()
                    and _BULLET.match(first) is not None
                    and _fits(prev, line, width)
                )
                # the sentence goes on after a list whose items each close on a semicolon
                # ("– … na 4 maanden;" / "en de Kamer te informeren …,"): an item runs on below
                # such a line hardly ever (2 of 903 motie list items hold an inner semicolon)
                or (_BULLET.match(first) is not None and prev.text.endswith(";"))
                or (len(blocks[-1].lines) == 1 and _titles(first, line.text))
                or (_ends_clause(prev.text) and _opens_clause(prev.text, line.text))
                or _PREAMBLE.fullmatch(prev.text) is not None
                or (_CLAUSE_SHAPE.match(line.text) is not None and not prev.text.endswith("-"))
                or (
                    line.text[:1].isupper()
                    and _CAPITAL_CLAUSE.match(line.text) is not None
                    and not prev.text.endswith("-")
                )
                # a dash item or a motie's clause after a line that leaves room for its first
                # word ("constaterende dat" / "– de reductie van …", "… van het Ministerie van
                # LVVN" / "verzoekt de regering"): a sentence that goes on wraps to a new line
                # only where that word would not have fitted on the line before
                or (
                    (line.text[:2] in ("– ", "— ") or _opens_clause("", line.text))
                    and _fits(prev, line, width)
                )
                or (
                    prev.text.endswith(",")
                    and _fits(prev, line, width, 0.6)
                    # a sentence broken after a comma goes on in lower case ("… voor
                    # slachtoffers," / "overlevenden, getuigen en …"), but for a motie's clause
                    and not (
                        _LOWER_WORD.match(line.text) and not _opens_clause(prev.text, line.text)
                    )
                )
            )
        if start:
            blocks.append(Block([line], heading))
        else:
            blocks[-1].lines.append(line)
            if not (gap_mode or unwrapped) and line.starts_paragraph is None:
                blocks[-1].heading = _wrapped_heading(blocks, nxt, width)
    return blocks


# a molecule whose subscript pdfplumber sets on a line of its own, below the line it belongs to:
# "De initiatiefnemer voor de CO -buis is bezig …" / "2". Only the common ones: an abbreviation
# of element letters ("NS", "CS") takes no subscript
_SUBSCRIPTED = re.compile(r"(?<![\w-])(?:CO|NO|SO|CH|NH)(?= [-/\w])")
_SUBSCRIPTS = re.compile(r"[2-4](?: [2-4])*")


def _place_subscripts(lines: list[Line]) -> list[Line]:
    """Put subscript digits that the extraction moved to a line of their own back into the
    molecule names of the line above, one digit for each name ("CO -opslag" + "2" →
    "CO2-opslag"); the digit line is no line of the text."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and not line.page_start and _SUBSCRIPTS.fullmatch(line.text.strip()):
            digits = line.text.split()
            gaps = list(_SUBSCRIPTED.finditer(prev.text))
            if len(gaps) == len(digits):
                text = prev.text
                for m, digit in zip(reversed(gaps), reversed(digits), strict=True):
                    rest = text[m.end() + 1 :]
                    # the gap stood where the digit was: before a hyphen it closes up
                    text = text[: m.end()] + digit + ("" if rest[:1] in "-/" else " ") + rest
                out[-1] = replace(prev, text=text)
                continue
        out.append(line)
    return out


PageTurns = dict[int, list[tuple[int, str]]]


def build_sections(lines: list[Line], page_turns: PageTurns | None = None) -> list[Section]:
    """Sections of paragraphs; paragraph text still carries in-band footnote markers.

    ``page_turns``, when given, receives for each paragraph that runs over a page break (keyed
    by ``id(paragraph)``) the new page and the first words printed on it, so that a mention can
    later be placed on the page it stands on (see ``page_at``).
    """
    sections: list[Section] = []
    lines = _place_subscripts(lines)
    vocabulary = Vocabulary([line.text for line in lines])
    for block in _blocks(lines):
        text = join_lines([line.text for line in block.lines], vocabulary)
        if block.heading:
            sections.append(Section(heading=strip_marks(text)[0]))
            continue
        if not sections:
            sections.append(Section(heading=None))
        para = Paragraph(text=text, page=block.lines[0].page)
        sections[-1].paragraphs.append(para)
        if page_turns is not None:
            turns = [
                (line.page, _probe(line.text))
                for prev, line in zip(block.lines, block.lines[1:], strict=False)
                if line.page != prev.page
            ]
            if turns:
                page_turns[id(para)] = turns
    return [s for s in sections if s.paragraphs or s.heading]


def _probe(text: str) -> str:
    """The first words of a line as they will stand in the clean paragraph text."""
    words = strip_marks(text)[0].split()[:3]
    return " ".join(w.rstrip("0123456789") or w for w in words)


def page_at(para: Paragraph, turns: list[tuple[int, str]], offset: int) -> int | None:
    """The page on which ``offset`` of the (clean) paragraph text is printed."""
    page, pos = para.page, 0
    for new_page, probe in turns:
        found = para.text.find(probe, pos)
        if found < 0 or found > offset:
            break
        page, pos = new_page, found
    return page


def strip_marks(text: str) -> tuple[str, list[str]]:
    """Take the in-band markers out: the clean text and the marker numbers in order. A marker
    between a sentence's end and the next sentence, with no space after it ("gesproken.³
    Toekomstige" as a PDF sets it, the superscript taking the space's place), leaves a space."""
    numbers = _MARKS.findall(text)
    if not numbers:
        return text, numbers
    return _MARKS.sub("", _MARK_BETWEEN_SENTENCES.sub(" ", text)), numbers


_MARK_BETWEEN_SENTENCES = re.compile(rf"(?<=[.!?]){_MARKS.pattern}(?=[A-ZÀ-Þ])")


# --- footnote markers in plain text ---------------------------------------------------------

# a footnote digit glued to a word or to punctuation: "milities1 op", "verwondingen.2 De", and
# glued to the next sentence too where the print sets no space after it ("gesproken.3Toekomstige")
# the look-behind starts a word only at its first letter: without it a long run of letters is
# tried from every position, quadratic in its length
_GLUED = re.compile(
    r"(?P<pre>(?<![^\W\d_])[^\W\d_]++|[.,;:!?)»”’\"'])(?P<num>\d{1,3})"
    r"(?=[\s.,;:!?)»”’\"']|$|(?<=[.!?]\d)[A-Z]|(?<=[.!?]\d\d)[A-Z])"
)
_DIGIT_RUN = re.compile(r"\d+")
# a footnote digit between two words where a web page lost the space after the link: "van het
# lid De Kort1het kabinet verzocht" (openkamer, kst-35394-48), "DMP bij de tijd1gaf de Minister
# aan" (kst-34225-15). Only before a short word that opens a clause or a phrase, one no code or
# unit written with digits runs into ("CO2uitstoot", "mp3speler", "Euro6motor" have none), and
# whole words on both sides: not a page footer run together ("Pagina1van2") nor an identifier
_BETWEEN_WORDS = re.compile(
    r"(?P<pre>(?<!\w)[^\W\d_]{3,}+)(?P<num>\d{1,2})(?P<between>)"
    r"(?=(?:het|de|een|dat|die|is|zijn|was|werd|wordt|heeft|hebben|gaf|geeft|ik|wij|we|zij|hij"
    r"|u|ook|in|op|van|voor|met|om|aan|bij|naar|over|door|tot|uit|te|en|niet|nog|zal|kan|zou"
    r"|waarin|waarbij|waarmee|waarop|waaruit)(?![\w-]))"
)
# a footnote digit glued to a year: "12 juli 20221," (2022 + note 1)
_GLUED_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<num>\d{1,2})(?=[\s.,;:)]|$)")
# a footnote digit glued to a cited number: "(Kamerstuk 27 925, nr. 9591)" (nr. 959 + note 1),
# or to a code that ends in digits: "NIS24" (NIS2 + note 4). Only taken for a footnote that has
# no other marker anywhere in the document.
_GLUED_NUMBER = (
    re.compile(r"(?<=\bnr\. )(?P<base>\d+)(?P<num>\d)(?=[\s.,;:)]|$)"),
    re.compile(r"(?<=\bnr\. )(?P<base>\d+)(?P<num>\d\d)(?=[\s.,;:)]|$)"),
    re.compile(r"(?<!\w)(?P<base>[A-Z]{1,4}\d+)(?P<num>\d)(?=[\s.,;:)»”’]|$)"),
    re.compile(r"(?<!\w)(?P<base>[A-Z]{1,4}\d+)(?P<num>\d\d)(?=[\s.,;:)»”’]|$)"),
)
# a marker set apart and closed by a bracket, as older web pages print them: "is verzocht 1)."
# (the notes at the end numbered "1)"); the space and the bracket go with the number. Only
# taken for a footnote that has no other marker anywhere in the document.
_BRACKET_MARKER = re.compile(r"(?<=\S)(?P<cut> (?P<num>\d{1,3})\))(?=[\s.,;:]|$)")
# a marker in angle brackets glued to its word, as a press-archive copy of a 2000s paper prints
# it: "De vaste commissie voor Volksgezondheid, Welzijn en Sport<1> heeft op" (nieuwsbank.nl);
# the brackets go with the number
_ANGLED_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)»”’])(?P<cut><(?P<num>\d{1,3})>)(?=[\s.,;:!?)]|$)")
# a sentence that ends on a year, its footnote digit after the full stop and the next sentence
# after it: "Wetgevingsoverleg Defensie van 18 juni 2025.1 Ik streef ernaar" (no decimal number
# is written that way)
_YEAR_SENTENCE_END = re.compile(r"(?:^|\D)(?:19|20)\d\d\.\d{1,2}(?:$| [A-Z])")
# a number with a letter after it, as articles are numbered ("artikel 14a"): a point and a digit
# after it go on numbering
_LETTERED_NUMBER = re.compile(r"\d[a-z]$")
# digits after these are numbers, not markers: "nr.19", "p.3"; "bijlage" is a whole word and
# numbers its appendices with a space, so a digit glued to it is a marker ("In de bijlage1 treft
# u een tabel aan", kst-21501-20-1356)
_NUMBER_WORDS = re.compile(
    r"(?:\b(?:nrs?|p|pp|blz|art|no|fig|par|hfdst|lid|sub|jo|vgl|ca|Stb|Stcrt|Trb)\.?|\bbijlage\.)$",
    re.I,
)


# the next of two markers in a row, set apart by a comma as a web page prints them: "het bericht
# «Unicef: …»1?, 2" (tweedekamer.nl, notes 1 and 2). The comma goes with the marker: the page
# sets it between the links, the sentence has none. Only the number that follows the marker just
# taken, and not where a count goes on in words ("20221, 2 miljoen")
_NEXT_MARKER = re.compile(r"[?!.»”’)]{0,2}(?P<sep>, )(?P<num>\d{1,3})(?=$|[.,;:!?)»”’]|\s+[A-Z«(])")


@dataclass(slots=True)
class MarkerState:
    """Marker numbering across the paragraphs of one document."""

    known: frozenset[str]  # footnote numbers whose text the document has
    expected: int = 1
    # known numbers that no digit glued to a word marks anywhere: their marker may be glued to
    # a number instead ("nr. 9591")
    orphans: frozenset[str] = frozenset()


def orphan_footnotes(
    texts: list[str], known: frozenset[str], found: list[list[re.Match[str]]] | None = None
) -> frozenset[str]:
    """Footnote numbers with no ordinary marker candidate in any of ``texts``; ``found``: the
    texts' ``marker_candidates`` if the caller has them already."""
    if found is None:
        found = [marker_candidates(t) for t in texts]
    seen = {m.group("num") for ms in found for m in ms}
    return known - seen


def mark_footnotes(text: str, state: MarkerState, found: list[re.Match[str]] | None = None) -> str:
    """Replace footnote digits glued to words by in-band markers, in reading order.
    ``found``: the text's ``marker_candidates``, if the caller has them already."""
    if found is None:
        if not any(c.isdigit() for c in text):
            return text
        found = marker_candidates(text)
    elif not found and not state.orphans:
        return text  # nothing to mark
    out: list[str] = []
    pos = 0
    if state.orphans:
        extra = [m for rx in (*_GLUED_NUMBER, _BRACKET_MARKER) for m in rx.finditer(text)]
        found = sorted([*found, *extra], key=lambda m: m.start("num"))
    for m in found:
        if m.start("num") < pos:  # overlaps a marker already taken
            continue
        num = m.group("num")
        n = int(num)
        if not _accept(text, m, n, state) and not _code_confirmed(text, m, n, state, found):
            continue
        cut = "cut" if m.re in (_BRACKET_MARKER, _ANGLED_MARKER) else "num"
        out.append(text[pos : m.start(cut)])
        out.append(marker(num))
        pos = m.end(cut)
        state.expected = n + 1
        if (text[pos : pos + 1].isupper() and text[m.start("num") - 1] in ".!?") or (
            m.re is _BETWEEN_WORDS
        ):
            # the page glues the next sentence or word to the marker ("weg te nemen.1Ik grijp",
            # "De Kort1het kabinet"): the space the link took goes back in
            out.append(" ")
        while (after := _NEXT_MARKER.match(text, pos)) and _next_in_row(after, state):
            out.append(text[pos : after.start("sep")])
            out.append(marker(after.group("num")))
            pos = after.end()
            state.expected += 1
    out.append(text[pos:])
    return "".join(out)


def _code_confirmed(
    text: str, m: re.Match[str], n: int, state: MarkerState, found: list[re.Match[str]]
) -> bool:
    """On a page without the notes' texts, a marker glued to an abbreviation in capitals, which
    alone reads as a code ("CO2", "Q1"): taken where the paragraph's next candidate goes on with
    the next number ("de conclusies van de ARK1 dat voor de Subsidieregeling verbetering
    basisvaardigheden 20222, Subsidieregeling School en omgeving3", tweedekamer.nl,
    kst-36360-VIII-8)."""
    if state.known or n != state.expected or m.re is not _GLUED:
        return False
    pre = m.group("pre")
    if not (pre.isalpha() and pre.isupper() and len(pre) <= 4):
        return False
    after = MarkerState(state.known, n + 1, state.orphans)
    for k in found:
        if k.start("num") < m.end("num"):
            continue
        nxt = k.group("pre") if k.re is _GLUED else ""
        # a second code does not confirm the first
        return not (nxt.isalpha() and nxt.isupper()) and _accept(
            text, k, int(k.group("num")), after
        )
    return False


def _next_in_row(m: re.Match[str], state: MarkerState) -> bool:
    num = m.group("num")
    return int(num) == state.expected and (not state.known or num in state.known)


def marker_candidates(text: str) -> list[re.Match[str]]:
    """Digits glued to a word or a year that may be footnote markers, in text order."""
    # The same matches as both patterns' finditer over the whole text, found faster: a
    # candidate's digits start a run of digits, what they are glued to has no space or digit
    # in it, and the character after the run decides the look-ahead. So each pattern is tried
    # only on the word before each run (a scan of every position took most of the marker time).
    found: list[re.Match[str]] = []
    if not has_digit(text):  # half the paragraphs have no digit: str.find tells at once
        return found
    after_run = 0  # where the run before ended: no candidate starts before it
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        window = min(len(text), end + 1)
        word = max(after_run, text.rfind(" ", after_run, start) + 1)
        if m := _GLUED.search(text, word, window):
            found.append(m)
        elif end < len(text) and text[end].islower():
            space = text.find(" ", end)
            if m := _BETWEEN_WORDS.search(text, word, len(text) if space < 0 else space):
                found.append(m)
        if 5 <= end - start <= 6 and (m := _GLUED_YEAR.match(text, start, window)):
            found.append(m)
        after_run = end
    if "<" in text:
        found += _ANGLED_MARKER.finditer(text)
    return sorted(found, key=lambda m: m.start("num"))


def _accept(text: str, m: re.Match[str], n: int, state: MarkerState) -> bool:
    num = m.group("num")
    if num.startswith("0"):
        return False
    groups = m.groupdict()
    if groups.get("base") is not None:
        return num in state.orphans and n == state.expected
    if groups.get("between") is not None:  # the next note only, not after a code in capitals
        pre = groups["pre"]
        return n == state.expected and not pre.isupper() and (not state.known or num in state.known)
    if m.re is _ANGLED_MARKER:  # no number is written so: a marker wherever it stands
        return not state.known or num in state.known
    if groups.get("cut") is not None:
        # "(zie bijlage 1)" closes its parenthesis: no marker
        before = text[: m.start()]
        return (
            num in state.orphans and n == state.expected and before.count("(") <= before.count(")")
        )
    if groups.get("year") is not None:
        return n == state.expected and (not state.known or num in state.known)
    pre = groups["pre"]
    # only the few characters before the digits: a search of the whole prefix is quadratic
    if _NUMBER_WORDS.search(text, max(0, m.start("num") - 16), m.start("num")):
        return False
    start = m.start("pre")
    if (
        pre in ".,:"
        and start
        and (text[start - 1].isdigit() or _LETTERED_NUMBER.match(text, max(0, start - 2), start))
        and num not in state.known
        and not _YEAR_SENTENCE_END.match(text, max(0, start - 5), m.end("num") + 2)
    ):
        # "artikel 11.1", "2,1 miljard", "artikel 2:1", and an article numbered with a letter,
        # "de artikelen 14a.1, 14a.4": a number, not a marker
        return False
    strict = pre.isalpha() and pre.isupper() and len(pre) <= 4  # CO2, G20, F35
    strict = strict or (pre.isalpha() and len(pre) <= 2)  # "Ja21", "m2"
    if not state.known:
        return n == state.expected and not strict
    if num not in state.known:
        return False
    if strict:
        return n == state.expected
    # a note cited twice: the page glues the number just taken to a later word again
    # ("een afschrift1 toekomen … treft u bijgaand aan1.", one note, kst-31568-100)
    return n >= state.expected or (n == state.expected - 1 and pre.isalpha() and len(pre) > 2)
