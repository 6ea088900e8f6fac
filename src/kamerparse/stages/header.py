"""Stage 3: read the document header: dossier line(s), number and title, addressee, dagtekening.

The Kamerstuk header, in the order it is printed:

    27 925 Bestrijding internationaal terrorisme          dossier number (+ addition) and title
    Nr. 963 BRIEF VAN DE MINISTERS VAN DEFENSIE EN …      number and document title
    Aan de Voorzitter van de Tweede Kamer der …           addressee (letters)
    Den Haag, 20 december 2023                            dagtekening (letters) or
    Voorgesteld 27 juni 2002 / Ontvangen 30 juni 2005     (moties, amendementen)

Variants: the number and title on separate lines ("nr. 15" / "MOTIE VAN …", 1990s layout), an
Eerste Kamer letter number ("G BRIEF VAN …"), the rijksbegroting line "34775 A 62 BRIEF VAN …"
with the dossier title on the line above it, a dossier title wrapped over several lines, several
dossier lines for a joint letter. The body starts after the last header line found.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..extract.dates import parse_date_line
from ..layout import Line
from ..model import Dossier
from .furniture import Sitting
from .unwrap import join_lines

_KINDS = (
    r"(?:(?:NADER )?GEWIJZIGDE? )?(?:BRIEF|MOTIE|AMENDEMENT|VERSLAG|EINDVERSLAG|NOTA|MEMORIE"
    r"|VOORSTEL|ANTWOORD|LIJST|NOTULEN|ADVIES|KONINKLIJKE|VERKLARING|BIJLAGE|OVERZICHT)"
)
# a dossier number: five digits ("27 925", "27925"), optional sub-dossier ("-02") and addition
# (Roman budget chapter, fund letter, rijkswet number); or an Eerste Kamer Roman-numeral dossier
_DOSSIER = re.compile(
    r"(?P<num>\d{2} ?\d{3})(?:\s*[-–]\s*(?P<sub>\d{1,3}))?"
    r"(?:(?:\s+|\s*[-–]\s*)(?P<add>[IVXLC]+[AB]?|[A-Z])(?=\s|$))?"
    r"(?:\s*\((?P<rw>R\s?\d{3,4})\))?"
    r"(?:\s+(?P<title>\S.*))?"
)
_EK_DOSSIER = re.compile(r"(?P<num>C[IVXLC]*|[IVXLC]{2,})\s+(?P<title>\S.*)")
_NUMBER_LINE = re.compile(r"[Nn]r\.\s*(?P<nr>[0-9]+[A-Za-z]?|[A-Z]{1,3})(?:\s+(?P<title>\S.*))?")
_EK_NUMBER_LINE = re.compile(rf"(?P<nr>[A-Z]{{1,2}})\s+(?P<title>{_KINDS}\b.*)")
_RB_LINE = re.compile(
    r"(?P<num>\d{2} ?\d{3})(?:\s*[-–]\s*(?P<sub>\d{1,3}))?"
    r"(?:\s+(?P<add>[IVXLC]+[AB]?|[A-Z]))?"
    rf"\s+(?P<nr>\d+)\s+(?P<title>{_KINDS}\b.*)"
)
_ADDRESSEE = re.compile(r"Aan (?:de|het|het lid|de leden) \S.*")
# no lower case, some upper case; the first capital ends the first run, so a long line
# without capitals fails at once instead of trying every split (quadratic)
_UPPER_LINE = re.compile(r"[^A-Za-z]*[A-Z][^a-z]*")

DOCUMENT_TYPES = (
    ("NOTA VAN WIJZIGING", "nota van wijziging"),
    ("MEMORIE VAN ANTWOORD", "memorie van antwoord"),
    ("MOTIE", "motie"),
    ("AMENDEMENT", "amendement"),
    ("VERSLAG", "verslag"),
    ("BRIEF", "brief"),
    ("ANTWOORD", "aanhangsel"),
)


@dataclass(slots=True)
class Header:
    dossiers: list[Dossier] = field(default_factory=list)
    number: str | None = None
    title: str | None = None
    document_type: str | None = None
    addressee: str | None = None
    place: str | None = None
    date: str | None = None
    chamber: str | None = None
    body_start: int = 0


def dossier_id(num: str, sub: str | None = None, add: str | None = None) -> str:
    """ "27 925" → "27925"; with "-02" → "27925-02"; with "XII" → "27925-XII"."""
    parts = [num.replace(" ", "")]
    parts += [p for p in (sub, add) if p]
    return "-".join(parts)


def parse_dossier(text: str) -> Dossier | None:
    """A dossier as printed ("21 501-20", "36 200 XII", "CII") → a normalised ``Dossier``."""
    m = _DOSSIER.fullmatch(text.strip()) or _EK_DOSSIER.fullmatch(text.strip() + " -")
    if not m:
        return None
    groups = m.groupdict()
    add = groups.get("add")  # a rijkswet number "(R2160)" is not part of the kst id
    sub = groups.get("sub")
    return Dossier(dossier_id(m["num"], sub, add), m["num"].replace(" ", ""), _addition(sub, add))


def document_type(title: str | None) -> str | None:
    if not title:
        return None
    upper = title.upper()
    for prefix, kind in DOCUMENT_TYPES:
        if re.match(rf"(?:\S+ ){{0,3}}{prefix}\b", upper):
            return kind
    return "other"


# "Ter vervanging van die gedrukt onder nr. 8": a changed motie or amendement names the one it
# replaces right under its title
_REPLACES = re.compile(r"ter vervanging van \w+ gedrukt onder nr\. ?\S+", re.I)


def parse_header(lines: list[Line], limit: int = 40) -> Header:
    """Read the header from the first lines; ``body_start`` is where the body begins."""
    head = Header()
    texts = [line.text for line in lines[:limit]]
    n = _find_number_line(texts)
    last = -1
    if n is not None:
        last = _read_number_and_title(texts, n, head)
        if head.dossiers:  # rijksbegroting: the dossier title stands alone above that line
            head.dossiers[0].title = _title_above(texts[:n])
        else:
            head.dossiers = _read_dossiers(texts[:n])
    for i in range(last + 1, min(len(texts), last + 8)):
        text = texts[i]
        if head.addressee is None and _ADDRESSEE.fullmatch(text):
            head.addressee = text
            last = i
            continue
        place, date = parse_date_line(text)
        if date is not None:
            head.place, head.date = place, date.isoformat()
            last = i
            break
        if re.fullmatch(r"[Nn]r\. ?\S+", text):
            last = i
            continue
        if not text.strip():
            last = i
            continue
        break
    if head.addressee:
        m = re.search(r"(Tweede|Eerste) Kamer", head.addressee)
        head.chamber = f"{m.group(1)} Kamer" if m else None
    head.document_type = document_type(head.title)
    head.body_start = last + 1
    return head


def _find_number_line(texts: list[str]) -> int | None:
    for i, text in enumerate(texts):
        if _NUMBER_LINE.fullmatch(text) or _RB_LINE.fullmatch(text):
            return i
        if _EK_NUMBER_LINE.fullmatch(text) and i > 0:
            return i
    return None


def _read_number_and_title(texts: list[str], n: int, head: Header) -> int:
    text = texts[n]
    if m := _RB_LINE.fullmatch(text):
        head.dossiers = [
            Dossier(
                dossier_id(m["num"], m["sub"], m["add"]),
                m["num"].replace(" ", ""),
                _addition(m["sub"], m["add"]),
            )
        ]
    else:
        m = _NUMBER_LINE.fullmatch(text) or _EK_NUMBER_LINE.fullmatch(text)
    assert m is not None
    head.number = m["nr"]
    parts = [m["title"]] if m["title"] else []
    last = n
    for j in range(n + 1, min(len(texts), n + 6)):
        nxt = texts[j]
        if (
            _ADDRESSEE.fullmatch(nxt)
            or parse_date_line(nxt)[1]
            or re.fullmatch(r"[Nn]r\. ?\S+", nxt)
        ):
            break
        if _REPLACES.fullmatch(nxt):
            # a Word original prints the replacement note in sentence case on its own line;
            # the publication sets it in the title, in capitals
            parts.append(nxt.upper())
            last = j
            continue
        if not _UPPER_LINE.fullmatch(nxt) and not (
            parts and parts[-1].endswith("NR.") and re.fullmatch(r"\d+[A-Z]?", nxt)
        ):
            break
        parts.append(nxt)
        last = j
    head.title = join_lines(parts) or None
    return last


def _addition(sub: str | None, add: str | None) -> str | None:
    return "-".join(p for p in (sub, add) if p) or None


def _read_dossiers(texts: list[str]) -> list[Dossier]:
    dossiers: list[Dossier] = []
    titles: list[list[str]] = []
    for text in texts:
        m = _DOSSIER.fullmatch(text) or _EK_DOSSIER.fullmatch(text)
        if m:
            groups = m.groupdict()
            add = groups.get("add")  # "(R2160)": kst-36027-12, not kst-36027-R2160-12
            did = dossier_id(m["num"], groups.get("sub"), add)
            dossiers.append(
                Dossier(did, m["num"].replace(" ", ""), _addition(groups.get("sub"), add))
            )
            titles.append([m["title"]] if m["title"] else [])
        elif dossiers:
            titles[-1].append(text)
    for dossier, parts in zip(dossiers, titles, strict=True):
        dossier.title = join_lines(parts) or None
    return dossiers


def _title_above(texts: list[str]) -> str | None:
    for text in reversed(texts):
        if text.strip() and not _DOSSIER.fullmatch(text):
            return text
    return None


# --- Aanhangsel van de Handelingen (written questions and their answers) ---------------------

_AH_PREAMBLE = re.compile(
    r"Vragen gesteld door de leden der Kamer, met de daarop door de|regering gegeven antwoorden"
)
_AH_TITLE_START = re.compile(r"Vragen (?:van|gesteld door) ")
_AH_DATE = re.compile(r"\((?:ontvangen|ingezonden) (?:\(ontvangen )?(\d{1,2} \w+ \d{4})\)")


def parse_aanhangsel_header(lines: list[Line], limit: int = 40) -> Header:
    """The header of an Aanhangsel: its number alone on a line, then "Vragen van … (ingezonden
    30 mei 2024)." as its title. The date is when the answer was received, else when the
    questions were sent in."""
    head = Header(document_type="aanhangsel")
    texts = [line.text for line in lines[:limit]]
    i = 0
    while i < len(texts) and (_AH_PREAMBLE.fullmatch(texts[i]) or not texts[i].strip()):
        i += 1
    if i < len(texts) and re.fullmatch(r"\d{1,5}", texts[i]):
        head.number = texts[i]
        i += 1
    if i < len(texts) and _AH_TITLE_START.match(texts[i]):
        parts = []
        while i < len(texts):
            parts.append(texts[i])
            i += 1
            if parts[-1].endswith((").", ")")):
                break
        head.title = join_lines(parts)
    head.body_start = i
    dates = []
    for text in [head.title or "", *texts[i : i + 4]]:
        for m in _AH_DATE.finditer(join_lines([text])):
            _, date = parse_date_line(f"Datum {m.group(1)}")
            if date:
                dates.append(date)
    if dates:
        head.date = max(dates).isoformat()
    return head


# --- Handelingen (the report of a sitting) ----------------------------------------------------


def parse_sitting_header(sitting: Sitting) -> Header:
    """A Handelingen document prints no header block: its footer names the debate and the day
    of the sitting, and the whole text is body."""
    head = Header(document_type="handelingen", title=sitting.title, chamber=sitting.chamber)
    if sitting.date:
        _, date = parse_date_line(f"Datum {sitting.date}")
        head.date = date.isoformat() if date else None
    return head


def session_year(day: datetime.date) -> str:
    """The vergaderjaar a day falls in: it opens on the third Tuesday of September."""
    first = datetime.date(day.year, 9, 1)
    opening = first + datetime.timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = day.year if day >= opening else day.year - 1
    return f"{start}-{start + 1}"


# --- a ministry's own letter (Rijkshuisstijl): the letterhead blocks -------------------------

# "Datum" over "16 mei 2024", "Onderwerp" (or "Betreft") over the subject
_LH_DATE_LABEL = re.compile(r"Datum")
_LH_SUBJECT_LABEL = re.compile(r"Onderwerp|Betreft")
# label lines of the sender and reference blocks; the line under each is its value
_LH_LABELS = re.compile(
    r"Contactpersoon|Projectnaam|Ons kenmerk|Uw kenmerk|Uw brief(?: van)?|Bijlage\(n\)|Bijlagen?"
    r"|Kopie aan|Inlichtingen|Doorkiesnummer|Behandeld door"
)
# the clause that closes the letterhead: what follows it is the letter
_LH_CLOSE = re.compile(r"Bij beantwoording de datum en ons kenmerk vermelden\b.*")
# the addressee block without its "Aan": "De voorzitter van de Tweede Kamer"
_LH_TO = re.compile(r"[Dd]e [Vv]oorzitter van de (?:Tweede|Eerste)(?: Kamer)?\b.*")
_LH_RETURN = re.compile(r">?\s*Retouradres\b.*")
_LH_ADDRESS = re.compile(
    r"Postbus \d+(?: \d{4} ?[A-Z]{2}.*)?|\d{4} ?[A-Z]{2}\b.*|www\.\S+|[TF] \d[\d ]+|"
    r"(?:[A-Z][\w’'-]+ )+\d+[a-z]?|[\w.-]+@[\w.-]+"
)


def parse_letterhead_header(lines: list[Line], limit: int = 40) -> Header | None:
    """The header of a ministry's letter in its own layout, or None when it is not one.

    The letterhead carries the addressee block ("Aan de Voorzitter van de Tweede Kamer" /
    "der Staten-Generaal" / "Postbus 20018"), "Datum" and "Onderwerp" each over its value, and
    the sender and reference blocks; the letter starts after the last of them (at the latest
    after "Bij beantwoording de datum en ons kenmerk vermelden …").
    """
    texts = [line.text for line in lines[:limit]]
    labels = {t for t in texts if _LH_DATE_LABEL.fullmatch(t) or _LH_SUBJECT_LABEL.fullmatch(t)}
    if len(labels) < 2:
        return None
    head = Header(document_type="brief")
    last = -1
    i = 0
    while i < len(texts):
        text = texts[i]
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if _LH_DATE_LABEL.fullmatch(text) and head.date is None:
            _, date = parse_date_line(f"Datum {nxt}")
            if date is not None:
                head.date = date.isoformat()
                last = i = i + 1
        elif _LH_SUBJECT_LABEL.fullmatch(text) and head.title is None and nxt:
            head.title = nxt
            last = i = i + 1
        elif _LH_LABELS.fullmatch(text):
            last = i = i + 1  # the label and its value
        elif head.addressee is None and (_ADDRESSEE.fullmatch(text) or _LH_TO.fullmatch(text)):
            parts = [text]
            # "Aan de Voorzitter van de Tweede" / "Kamer der Staten-Generaal", then the address
            while i + 1 < len(texts) and re.fullmatch(r"(?:der |Kamer )\S.*", texts[i + 1]):
                i += 1
                parts.append(texts[i])
            head.addressee = join_lines(parts)
            last = i
        elif _LH_CLOSE.fullmatch(text):
            last = i
            break
        elif _LH_RETURN.fullmatch(text) or _LH_ADDRESS.fullmatch(text):
            last = i
        elif head.date is not None and head.title is not None and i > last + 1:
            break  # two lines past the letterhead: the letter has begun
        i += 1
    if head.date is None or head.title is None:
        return None
    if head.addressee:
        m = re.search(r"(Tweede|Eerste) Kamer", head.addressee)
        head.chamber = f"{m.group(1)} Kamer" if m else None
    # the sender's name over its address ("Directoraat-Generaal …") is letterhead too: all
    # that stands before the last letterhead line is not the letter
    head.body_start = last + 1
    return head
