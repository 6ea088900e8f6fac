"""Stage 1: take page furniture and site chrome out of the content, keeping what they tell.

Furniture is what a page or a web site prints around the document: the first-page block of a
Kamerstuk PDF (chamber mark, "Tweede Kamer der Staten-Generaal", "Vergaderjaar …"), its footers
("kst-27925-963", "ISSN …", "’s-Gravenhage 2023 Tweede Kamer, vergaderjaar …, 27 925, nr. 963 1",
running "Tweede Kamer, vergaderjaar …, nr. 963 2"), the running footer of the Handelingen
("8 februari 2024" over "Tweede Kamer Staat van de Volkshuisvesting TK 40 40-6-1"), and a web
page's chrome ("Naar boven",
"Datum publicatie…", "Brief regering : …", signer blocks). None of it is content, but the
vergaderjaar, the chamber, the kst id and the sitting it prints are facts about the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract._find import has_digit
from ..layout import Line
from .unwrap import join_lines

_DASH = "[-–—]"
_YEAR = rf"((?:19|20)\d\d)\s*{_DASH}\s*((?:19|20)\d\d)"
_CHAMBER = r"(Tweede|Eerste) Kamer"

_CHAMBER_MARK = re.compile(r"[12]")
# a page that renders the first-page block as a table ends its cells with a pipe, the chamber
# mark in a cell of its own: "Tweede Kamer der Staten-Generaal | 2 |", "Vergaderjaar 2024-2025 |"
_CELLS = r"(?:\s*\|(?:\s*[12](?=\s*\|))?)*"
# "Tweede Kamer der Staten-Generaal"; the Word originals set it in capitals; a page that reads
# the PDF's first line whole keeps the chamber mark after it ("… Staten-Generaal 2")
_CHAMBER_LINE = re.compile(rf"{_CHAMBER} der Staten-Generaal(?: [12])?{_CELLS}", re.I)
# "Vergaderjaar 2023–2024"; an Aanhangsel: "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen"
_VERGADERJAAR = re.compile(
    rf"Vergaderjaar {_YEAR}(?P<ah> Aanhangsel van de Handelingen)?{_CELLS}", re.I
)
# parlementairemonitor.nl breaks the vergaderjaar at its dash: "Vergaderjaar 2021" / "2022";
# eumonitor.nl after it: "Vergaderjaar 2020-" / "2021" (kst-35526-60)
_VERGADERJAAR_START = re.compile(rf"Vergaderjaar ((?:19|20)\d\d)(?:\s*{_DASH})?")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# the publication id printed in the first-page footer: kst-…, or ah-tk-… for an Aanhangsel
_KST_ID = re.compile(r"(?:kst-[0-9A-Z][\w-]*-[0-9A-Za-z]+(?:-h\d+)?|ah-[te]k-\d{8}-\d+)")
# the Aanhangsel footers: "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"
_AH_FOOTER = re.compile(
    rf"(?:['’]s-Gravenhage \d{{4}} )?{_CHAMBER}, vergaderjaar {_YEAR}, Aanhangsel(?: (\d+))?"
)
# the first-page footer of a 1990s paper: its print number, the ISSN and the printer, on one line
# or on lines of their own ("KST33173 ISSN 0921 - 7371 Sdu Uitgevers ’s-Gravenhage 1999"); the
# 2000s print the file's name after the number: vergaderjaar, chamber and paper ("KST106054
# 0607tkkst30928-6 ISSN …")
_PRINTER_FOOTER = re.compile(
    r"(?=\S)(?:KST\d{4,6}\s*)?(?:\d{4}[te]kkst[\w-]+\s*)?(?:ISSN \d{4} ?- ?\d{3}[\dX]\s*)?"
    r"(?:Sdu Uitgevers,? ['’]s-Gravenhage \d{4})?"
)
# "’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 1" and the running
# footer without the place: "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 2"; a
# one-page document prints no page number: "… 2024–2025, 21 501-02, nr. 3121"; OCR may drop
# the small "’s-" before "Gravenhage"
_FOOTER = re.compile(
    rf"(?:(?:['’]s-)?Gravenhage \d{{4}} )?{_CHAMBER}, vergaderjaar {_YEAR}, (.+?), nr\. (\S+?)"
    r"(?: (\d+))?"
)
# the Handelingen footer: "Tweede Kamer Staat van de Volkshuisvesting TK 40 40-6-1" (meeting
# 40, agenda item 6, page 1), under the date, a long debate title wrapped over both lines:
# "Begroting Landbouw, Natuur en 1 februari 2024" / "Tweede Kamer Voedselkwaliteit 2024 TK 37 …"
# a one-page document's footer may stop after the vergaderjaar: "’s-Gravenhage 2011 Tweede
# Kamer, vergaderjaar 2011–2012 1"
_SHORT_FOOTER = re.compile(
    rf"['’]s-Gravenhage \d{{4}} {_CHAMBER}, vergaderjaar {_YEAR}(?: \d{{1,3}})?"
)
# a letter's page number line: "Pagina 2 van 9"
_PAGE_NUMBER = re.compile(r"Pagina \d{1,4}(?: van \d{1,4})?")
_SITTING_FOOTER = re.compile(
    rf"{_CHAMBER}(?: (?P<title>.+?))? (?:TK|EK) (?P<meeting>\d{{1,3}}) "
    r"(?P=meeting)-(?P<item>\d{1,3})-\d{1,4}"
)
_SITTING_DATE = re.compile(r"(?:(?P<title>.+?) )?(?P<date>\d{1,2} [a-z]+ (?:19|20)\d\d)")
# web chrome: "Tweede Kamer der Staten-Generaal2019-202028286 nr. 1066"
# (a page read as a table sets its cells apart: "| Tweede Kamer der Staten-Generaal | 2009-2010 |
# 31371 nr. 342 |")
_WEB_META = re.compile(
    rf"(?:\|\s*)?{_CHAMBER} der Staten-Generaal(?:\s*\|\s*)?{_YEAR}(?:\s*\|\s*)?"
    r"(\S+) nr\. (\S+?)(?:\s*\|)?"
)
# the same row on an Aanhangsel's page: the chamber, the vergaderjaar and the Aanhangsel's number,
# "Tweede Kamer der Staten-Generaal2014-20151365" (or "… | 2014-2015 | 1365 |")
_AH_WEB_META = re.compile(
    rf"(?:\|\s*)?{_CHAMBER} der Staten-Generaal(?:\s*\|\s*)?{_YEAR}(?:\s*\|\s*)?\d{{1,5}}(?:\s*\|)?"
)
# officielebekendmakingen.nl read as a table: the rules under its header row, the site's
# taglines and breadcrumb above the paper
_WEB_TABLE = re.compile(
    r"[-|: ]*\|[-|: ]*|\|? ?Datum publicatie.*|Zoals vergunningen, bouwplannen en lokale "
    r"regelgeving\.|Adressen en contactpersonen van overheidsorganisaties\.|U bent hier:"
)
_WEB_CHROME = re.compile(
    r"Kamerstuk|Naar boven|Datum publicatie.*|Direct naar \(in deze pagina\).*|"
    r"[•·]\s*Download PDF|Brief regering ?: .*|Download|Print|Delen"
)
# an answer to written questions as tweedekamer.nl prints it names its Aanhangsel's vergaderjaar
# after the day it was received: "(ontvangen 4 februari 2025). Zie ook Aanhangsel Handelingen,
# vergaderjaar 2024–2025, nr. 1028." (the page prints no chrome that states it)
_ANSWER_PRINTED = re.compile(
    rf"\(ontvangen [^)]*\d{{4}}\)\.?\s+Zie ook Aanhangsel\s+Handelingen,\s+vergaderjaar\s+{_YEAR}"
)
_ANSWER_REACH = 12  # lines: the title and the answer's line come first
# from these lines on, everything on a web page is chrome (signer lists, related documents; a
# press archive's share line under the letter, its page title in quotes, and "Lees ook" after it:
# "Deel: ' BUZA Geen verwarring Nederlands ontwikkelingsbeleid '", nieuwsbank.nl)
_WEB_TAIL = re.compile(r"Ondertekenaars|Gerelateerde documenten|Eerste ondertekenaar|Deel: '.*'")
# openkamer's metadata block
_OPENKAMER_META = re.compile(r"(Dossier|Gepubliceerd|Indiener\(s\)|Bron|ID|Type|Datum):\s.*")
# openkamer's page of a vote prints that block under the paper, after the page's title again and
# the day of the vote: "Motie Leerdam c.s. over …" / "2010-04-14" / "Dossier: 32213-(R1903)" /
# "Indiener(s): …" / "Onderwerpen: …" / "Bron: https://zoek.officielebekendmakingen.nl/…"
_OPENKAMER_TAIL = re.compile(r"(?:Dossier|Gepubliceerd|Indiener\(s\)|Onderwerpen|Bron|ID):\s.*")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
# a letter's addressee broken before the chamber, as a web copy of a ministry's letter of 1999
# sets it ("Aan de Voorzitter van de" / "Tweede Kamer der Staten-Generaal"): that chamber line is
# the addressee's, not a first-page block's
_ADDRESSEE_OPEN = re.compile(r"(?:Aan )?[Dd]e [Vv]oorzitter van de")


@dataclass(slots=True)
class Sitting:
    """The sitting and agenda item a Handelingen document reports, as its footer prints them."""

    chamber: str
    meeting: str
    item: str
    date: str | None  # as printed: "8 februari 2024"
    title: str | None  # the debate: "Staat van de Volkshuisvesting"


@dataclass(slots=True)
class Facts:
    """What the furniture states about the document."""

    chamber: str | None = None
    parliamentary_year: str | None = None
    kst_id: str | None = None
    aanhangsel: bool = False
    dossier: str | None = None
    number: str | None = None
    sitting: Sitting | None = None
    removed: list[Line] = field(default_factory=list)
    # a ministry letter's letterhead column, as the PDF front end found it
    letterhead: list[Line] = field(default_factory=list)


def _year(m: re.Match[str], first: int) -> str:
    return f"{m.group(first)}-{m.group(first + 1)}"


def strip_furniture(lines: list[Line]) -> tuple[list[Line], Facts]:
    """Return the content lines and the facts read from the furniture."""
    facts = Facts()
    kept: list[Line] = []
    contents = _table_of_contents(lines)
    tail = _openkamer_tail(lines)
    for i, line in enumerate(lines):
        if i >= tail:
            facts.removed.extend(lines[i:])
            break
        if i in contents:
            facts.removed.append(line)
            continue
        # a front end that knows the roles (PDF) is trusted; plain text is judged by its words
        known = line.role is not None
        if line.role == "letterhead":
            facts.letterhead.append(line)
            continue
        if line.role == "furniture" or (not known and _is_furniture(line, i, lines, facts)):
            facts.removed.append(line)
            continue
        if _WEB_TAIL.fullmatch(line.text):
            facts.removed.extend(lines[i:])
            break
        kept.append(line)
    before = ""
    for line in facts.removed:
        _read_facts(line.text, facts, before)
        before = line.text
    if facts.parliamentary_year is None:
        head = " ".join(line.text for line in kept[:_ANSWER_REACH])
        if "Zie ook" in head and (m := _ANSWER_PRINTED.search(head)):
            facts.parliamentary_year = _year(m, 1)
    return kept, facts


# a paper's table of contents (a verslag, a memorie van toelichting): "Inhoudsopgave" or "Inhoud",
# perhaps "blz.", then its entries with their page numbers, which a web page sets on lines of
# their own ("I." / "ALGEMEEN" / "2" / "1." / "Inleiding" / "3") and a PDF after the entry
# ("1. Inleiding 3", "Inleiding ..... 3"). It tells where the text stands on the printed page;
# its entries are no headings of the text after them.
_TOC_HEAD = re.compile(r"(?:Inhoud(?:sopgave)?|INHOUD(?:SOPGAVE)?)(?:\s*:|\s+blz\.?)?")
# (a 1990s page glues number, entry and page number together: "2.1.Rechtsvorm3")
_TOC_PAGE = re.compile(r"(?:.*?[^\d.,\s](?:[ .]*\s)?|\.{3,}\s*)?(?P<page>\d{1,3})")
# the number or letter of an entry, printed before it or on a line of its own: "I.", "1.",
# "2.1", "A"
_TOC_NUMBERING = re.compile(
    r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[A-Z])(?:\.?(?=\s|$)|\.(?=[A-ZÀ-Þ]))\s*"
)
_TOC_REACH = 400  # lines: how far the entries may run before the text repeats the first


def _table_of_contents(lines: list[Line]) -> range:
    """The lines of a table of contents near the top: from its head to the last page number
    before the text's first heading repeats the first entry. Nothing where no entry repeats
    or no page numbers stand among them (a heading "Inhoud" over text)."""
    for i, line in enumerate(lines[:80]):
        if _TOC_HEAD.fullmatch(line.text):
            return _contents_from(lines, i)
    # a page whose table of contents lost its head (kst-31957-5, 2009: "1. Inleiding 2" /
    # "2. Algemeen uitgangspunt inzake regelgeving 3" / …): three numbered entries in a row,
    # each with its page number, read as if a head stood above them
    # each line tried once, not once for each of the three runs it could stand in
    run = 0
    for i, line in enumerate(lines[1:80], start=1):
        run = run + 1 if _NUMBERED_ENTRY.fullmatch(line.text) else 0
        if run == 3:
            found = _contents_from(lines, i - 3)
            return range(i - 2, found.stop) if found else range(0)
    return range(0)


# an entry with its number and page number on one line: "4. Van toepassing blijven van
# Antilliaanse regelgeving 3"
_NUMBERED_ENTRY = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Þ][^.;:]{0,100}?\s\d{1,3}")


def _contents_from(lines: list[Line], head: int) -> range:
    first: str | None = None
    pages: list[int] = []
    for k in range(head + 1, min(len(lines), head + _TOC_REACH)):
        text = lines[k].text
        entry = _toc_entry(text)
        if first is not None and entry.casefold() == first and pages:
            # the text begins: the first entry again, as a heading (its number may stand on
            # the line above it, or before it on this line)
            return range(head, pages[-1] + 1) if len(pages) >= 2 else range(0)
        if _TOC_PAGE.fullmatch(text) and (first is not None or text.isdecimal()):
            pages.append(k)
        if first is None and entry and text.lower() != "blz.":
            first = entry.casefold()
    return range(0)


def _toc_entry(text: str) -> str:
    """An entry's words without its number and page number."""
    m = _TOC_PAGE.fullmatch(text)
    if m and not text.isdecimal():
        text = text[: m.start("page")].rstrip(" .")
    elif text.isdecimal():
        return ""
    m = _TOC_NUMBERING.match(text)
    return text[m.end() if m else 0 :].strip()


def _openkamer_tail(lines: list[Line]) -> int:
    """Where openkamer's metadata block under the paper starts (``len(lines)`` if it has none)."""
    end = start = len(lines)
    while start and _OPENKAMER_TAIL.fullmatch(lines[start - 1].text):
        start -= 1
    # its source link and a field of its own tell the block from a paper's last lines "Bron: …"
    # (a table's source)
    block = [line.text.split(":", 1)[0] for line in lines[start:]]
    if "Bron" not in block or not {"Dossier", "Indiener(s)", "ID"} & set(block):
        return end
    if start and _ISO_DAY.fullmatch(lines[start - 1].text):
        start -= 1
        title = lines[start - 1].text if start else ""
        if any(line.text == title for line in lines[: min(5, start - 1)]):
            start -= 1  # the page's title, as printed at its top
    return start


def _is_furniture(line: Line, i: int, lines: list[Line], facts: Facts) -> bool:
    text = line.text
    # most lines are running text: the patterns that have a digit in every match are tried
    # only on a line with a digit, and a pattern that holds only near the top only there
    if has_digit(text) and _numbered_furniture(text, i, lines):
        return True
    if (
        _CHAMBER_LINE.fullmatch(text)
        and (i < 4 or _vergaderjaar_next(i, lines))
        and not (i and _ADDRESSEE_OPEN.fullmatch(lines[i - 1].text))
    ):
        # below a page's own chrome (berthub.eu) it is told by the vergaderjaar under it
        return True
    if _KST_ID.fullmatch(text):  # "kst-…" needs no digit
        return True
    if (i < 8 or i >= len(lines) - 3) and _WEB_CHROME.fullmatch(text):
        return True
    return i < 20 and bool(_OPENKAMER_META.fullmatch(text) or _WEB_TABLE.fullmatch(text))


def _numbered_furniture(text: str, i: int, lines: list[Line]) -> bool:
    """The furniture whose every match has a digit: footers, page numbers, the vergaderjaar,
    the chamber mark."""
    # the footers name the chamber: a line without "Kamer" (most lines) is tried on none
    if "Kamer" in text and (
        _FOOTER.fullmatch(text)
        or _WEB_META.fullmatch(text)
        or _AH_WEB_META.fullmatch(text)
        or _SHORT_FOOTER.fullmatch(text)
        or _AH_FOOTER.fullmatch(text)
        or _SITTING_FOOTER.fullmatch(text)
    ):
        return True
    if _PRINTER_FOOTER.fullmatch(text) or _PAGE_NUMBER.fullmatch(text):
        return True
    if text.isdecimal() and len(text) <= 3 and _ends_page_under_footer(i, lines):
        return True  # the page number a reading-order extraction sets under the footer
    if (
        i + 1 < len(lines)
        and _SITTING_FOOTER.fullmatch(lines[i + 1].text)
        and _SITTING_DATE.fullmatch(text)
    ):
        return True
    if _VERGADERJAAR.fullmatch(text) or _split_vergaderjaar(text, i, lines):
        return True
    # the chamber mark "2", above the chamber line or (Word originals) under it
    return bool(_CHAMBER_MARK.fullmatch(text)) and (
        i == 0 or (i == 1 and bool(_CHAMBER_LINE.fullmatch(lines[0].text)))
    )


def _ends_page_under_footer(i: int, lines: list[Line]) -> bool:
    """The last line of its page, a few lines under the page's running footer."""
    page = lines[i].page
    if i + 1 < len(lines) and lines[i + 1].page == page:
        return False
    return any(
        line.page == page and (_FOOTER.fullmatch(line.text) or _SHORT_FOOTER.fullmatch(line.text))
        for line in lines[max(0, i - 4) : i]
    )


def _vergaderjaar_next(i: int, lines: list[Line]) -> bool:
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text
    return bool(_VERGADERJAAR.fullmatch(nxt)) or _split_vergaderjaar(nxt, i + 1, lines)


def _split_vergaderjaar(text: str, i: int, lines: list[Line]) -> bool:
    """The two halves of a vergaderjaar broken at its dash, either of them."""
    if i + 1 < len(lines) and (m := _VERGADERJAAR_START.fullmatch(text)):
        return lines[i + 1].text == str(int(m.group(1)) + 1)
    return bool(i and _YEAR_ONLY.fullmatch(text)) and _split_vergaderjaar(
        lines[i - 1].text, i - 1, lines
    )


def _read_facts(text: str, facts: Facts, before: str) -> None:
    """Read one furniture line; ``before`` is the furniture line above it."""
    if m := _FOOTER.fullmatch(text):
        facts.chamber = facts.chamber or f"{m.group(1)} Kamer"
        facts.parliamentary_year = facts.parliamentary_year or _year(m, 2)
        facts.dossier = facts.dossier or m.group(4)
        facts.number = facts.number or m.group(5)
    elif (m := _SHORT_FOOTER.fullmatch(text)) or (m := _WEB_META.fullmatch(text)):
        facts.chamber = facts.chamber or f"{m.group(1)} Kamer"
        facts.parliamentary_year = facts.parliamentary_year or _year(m, 2)
    elif (m := _AH_FOOTER.fullmatch(text)) or (m := _AH_WEB_META.fullmatch(text)):
        facts.chamber = facts.chamber or f"{m.group(1)} Kamer"
        facts.parliamentary_year = facts.parliamentary_year or _year(m, 2)
        facts.aanhangsel = True
    elif m := _VERGADERJAAR.fullmatch(text):
        facts.parliamentary_year = facts.parliamentary_year or _year(m, 1)
        facts.aanhangsel = facts.aanhangsel or bool(m.group("ah"))
    elif (m := _YEAR_ONLY.fullmatch(text)) and (start := _VERGADERJAAR_START.fullmatch(before)):
        facts.parliamentary_year = facts.parliamentary_year or f"{start.group(1)}-{text}"
    elif m := _CHAMBER_LINE.fullmatch(text):
        facts.chamber = facts.chamber or f"{m.group(1).capitalize()} Kamer"
    elif m := _SITTING_FOOTER.fullmatch(text):
        facts.chamber = facts.chamber or f"{m.group(1)} Kamer"
        if facts.sitting is None:
            d = _SITTING_DATE.fullmatch(before)
            titles = [t for t in (d and d["title"], m["title"]) if t]
            facts.sitting = Sitting(
                chamber=f"{m.group(1)} Kamer",
                meeting=m["meeting"],
                item=m["item"],
                date=d["date"] if d else None,
                title=join_lines(titles) or None,
            )
    elif _KST_ID.fullmatch(text):
        facts.kst_id = facts.kst_id or text
