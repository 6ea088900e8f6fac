"""The Kamerstuk header: dossier line(s), number and title, addressee, dagtekening.

The header, in the order it is printed:

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

import re
from dataclasses import replace

from ...extract.dates import parse_date_line
from ...layout import Line
from ...model import Dossier
from ..unwrap import join_lines
from .common import Header, chamber_of

_KINDS = (
    r"(?:(?:NADER )?GEWIJZIGDE? )?(?:NADER )?(?:BRIEF|MOTIE|AMENDEMENT|VERSLAG|EINDVERSLAG|NOTA"
    r"|MEMORIE|VOORSTEL|ANTWOORD|LIJST|NOTULEN|ADVIES|KONINKLIJKE|VERKLARING|BIJLAGE|OVERZICHT"
    r"|VOORLOPIG)"
)
# a dossier number: five digits ("27 925", "27925"), optional sub-dossier ("-02") and addition
# (Roman budget chapter, fund letter, rijkswet number); or an Eerste Kamer Roman-numeral dossier.
# A paper on several bills marks each dossier with a footnote, which a web page glues to the
# number: "23 9821" / "26 9982" (kst-23982-173); five digits set apart by their space end there.
# A paper on a notitie of the 1990s-2000s names the paper of its dossier it answers on the
# dossier line ("26 976, nr. 1" / "Notitie «Reflecties …»", kst-26976-175a): the dossier is 26976
_DOSSIER = re.compile(
    r"(?P<num>\d{2} ?\d{3})(?:(?<=\d\d \d{3})\d{1,2}(?=\s|$))?(?:\s*[-–]\s*(?P<sub>\d{1,3}))?"
    r"(?:(?:\s+|\s*[-–]\s*)(?P<add>[IVXLC]+[AB]?|[A-Z])(?=\s|$))?"
    r"(?:\s*\((?P<rw>R\s?\d{3,4})\))?"
    r"(?:,\s*nrs?\.\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?(?=\s|$))?"
    r"(?:\s+(?P<title>\S.*))?"
)
_EK_DOSSIER = re.compile(r"(?P<num>C[IVXLC]*|[IVXLC]{2,})\s+(?P<title>\S.*)")
_NUMBER_LINE = re.compile(r"[Nn]r\.\s*(?P<nr>[0-9]+[A-Za-z]?|[A-Z]{1,3})(?:\s+(?P<title>\S.*))?")
# an Eerste Kamer paper's letter before its title: "G BRIEF VAN …", "B VOORLOPIG VERSLAG …"; the
# web text glues a footnote marker to the letter ("H1 BRIEF VAN …", kst-35979-H), or sets the
# letter on a line of its own above the title (2000s pages). A reprint says so before the title,
# with the reason in a footnote: "B HERDRUK1 VOORLOPIG VERSLAG …" (kst-34086-B-n1)
_HERDRUK = r"HERDRUK\d{0,2}\s+"
_EK_NUMBER_LINE = re.compile(rf"(?P<nr>[A-Z]{{1,2}})\d?\s+(?:{_HERDRUK})?(?P<title>{_KINDS}\b.*)")
_EK_LETTER = re.compile(r"(?P<nr>[A-Z]{1,2})(?P<title>)")
# a committee's inbreng as tweedekamer.nl prints it, before it has a number of a paper: the
# Kamer's document number, then the title ("2022D31701 INBRENG VERSLAG VAN EEN SCHRIFTELIJK
# OVERLEG")
_DOCUMENT_NUMBER_LINE = re.compile(
    rf"(?P<nr>)(?:19|20)\d\dD\d{{5}}\s+(?P<title>(?:INBRENG )?{_KINDS}\b.*)"
)
_KIND_LINE = re.compile(rf"{_KINDS}\b[^a-z]*")
# the kinds as a web page may set them in sentence case: "Brief van de minister …"
_SENTENCE_KINDS = (
    r"(?:(?:Nader )?[Gg]ewijzigde? )?(?:Brief|Motie|Amendement|Verslag|Eindverslag|Nota|Memorie"
    r"|Voorstel|Lijst|Koninklijke)(?= [a-z])"
)
_RB_LINE = re.compile(
    r"(?P<num>\d{2} ?\d{3})(?:\s*[-–]\s*(?P<sub>\d{1,3}))?"
    r"(?:\s+(?P<add>[IVXLC]+[AB]?|[A-Z]))?"
    rf"\s+(?P<nr>\d+)\s+(?P<title>(?:{_KINDS}\b|{_SENTENCE_KINDS}).*)"
)
# an Eerste Kamer paper on rijksbegroting.nl: its letter where the number stands ("34775 AC
# BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER …"), the letter alone again under the vergaderjaar
_RB_LETTER_LINE = re.compile(
    r"(?P<num>\d{2} ?\d{3})(?:\s*[-–]\s*(?P<sub>\d{1,3}))?(?P<add>)"
    rf"\s+(?P<nr>[A-Z]{{1,2}})\s+(?P<title>{_KINDS}\b.*)"
)
# the Voorzitter writes to persons by name too: "Aan mevrouw Jorritsma-Lebbink en mevrouw
# Ollongren" (the verkenners, kst-35788-2)
_ADDRESSEE = re.compile(r"Aan (?:de|het|het lid|de leden|mevrouw) \S.*")
# no lower case, some upper case; the first capital ends the first run, so a long line
# without capitals fails at once instead of trying every split (quadratic)
_UPPER_LINE = re.compile(r"[^A-Za-z]*[A-Z][^a-z]*")

DOCUMENT_TYPES = (
    ("NOTA VAN WIJZIGING", "nota van wijziging"),
    ("MEMORIE VAN ANTWOORD", "memorie van antwoord"),
    ("MOTIE", "motie"),
    ("AMENDEMENT", "amendement"),
    # one member's several amendments to a bill in one paper: "AMENDEMENTEN VAN HET LID
    # DANKERS" (kst-24450-37, 1996), signed by the member as one amendement is
    ("AMENDEMENTEN", "amendement"),
    ("VERSLAG", "verslag"),
    ("EINDVERSLAG", "verslag"),
    ("BRIEF", "brief"),
    ("ANTWOORD", "aanhangsel"),
)


# a page that lost the line breaks of a paper's header runs its parts into one line: the title
# (its number before it) into its date and text ("VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld
# 7 april 2000 De vaste commissie …", the kind alone: "VERSLAG Vastgesteld 27 maart 2007 …",
# "ADVIES RAAD VAN STATE EN NADER RAPPORT1 Hieronder zijn opgenomen …"), the addressee into the
# text ("Aan de Tweede Kamer der Staten-Generaal Wij bieden U hiernevens …")
_RUN_IN_TITLE = re.compile(
    rf"(?P<head>(?:[Nn]r\. ?\d+[A-Za-z]? )?{_KINDS}\b"
    r"(?:[A-Z0-9À-Þ ,.'’()/-]*?[A-ZÀ-Þ.)])?\d{0,2})"
    r"(?: (?P<date>(?:Vastgesteld|Ontvangen|Voorgesteld) \d{1,2} [a-z]+ \d{4}))?"
    r"(?: (?P<rest>[A-Z][a-zà-ÿ]+\b.{40,}))?"
)
_RUN_IN_ADDRESSEE = re.compile(
    r"(?P<head>Aan (?:de|het) [^,]{0,60}?(?:Tweede|Eerste) Kamer der Staten-Generaal)"
    r"(?P<date>) (?P<rest>[A-Z][a-zà-ÿ]*\b(?: \S+){7}.*)"
)
_RUN_IN_REACH = 30  # lines: a header stands at the top


def split_run_in_header(lines: list[Line]) -> list[Line]:
    """The header lines a page ran together, each on a line of its own again."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        parts = _run_in_parts(line.text) if i < _RUN_IN_REACH and " " in line.text else []
        if len(parts) < 2:
            out.append(line)
            continue
        out.append(replace(line, text=parts[0]))
        out += [replace(line, text=part, gap_before=True, page_start=False) for part in parts[1:]]
    return out


def _run_in_parts(text: str) -> list[str]:
    for pattern in (_RUN_IN_TITLE, _RUN_IN_ADDRESSEE):
        m = pattern.fullmatch(text)
        if m and (m["date"] or m["rest"]):
            parts = [p for p in (m["head"], m["date"]) if p]
            return parts + (_run_in_parts(m["rest"]) or [m["rest"]] if m["rest"] else [])
    return []


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


# the formulas that open a motie and an amendement
_OPENINGS = (
    (re.compile(r"De Kamer,(?: gehoord de beraadslaging.*)?|gehoord de beraadslaging,?"), "motie"),
    (re.compile(r".*\bwordt als volgt gewijzigd:?|Het voorstel van wet wordt .*"), "amendement"),
)


# the formula an amendement opens with, which no other paper writes: "De ondergetekende stelt
# het volgende amendement voor:", "De ondergetekenden stellen de volgende amendementen voor:"
_AMENDEMENT_OPENING = re.compile(
    r"De ondergetekenden? stel(?:t|len) (?:het|de) volgende amendement(?:en)? voor:?"
)


def _type_from_text(texts: list[str]) -> str | None:
    for text in texts:
        for pattern, kind in _OPENINGS:
            if pattern.fullmatch(text.strip()):
                return kind
    return None


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
            _title_on_dossier_line(texts[:n], head)
    elif (t := _title_over_its_date(texts)) is not None:
        head.title, last = _GLUED_MARKER.sub("", texts[t].strip()), t
    last = _past_voorhang_notice(texts, last)
    for i in range(last + 1, min(len(texts), last + 8)):
        text = texts[i]
        if head.addressee is None and _ADDRESSEE.fullmatch(text):
            head.addressee, dated = _split_dated(text)
            last = i
            if dated is not None:  # the dagtekening on the addressee's line
                head.place, head.date = dated
                break
            continue
        taken = i
        if _DATE_LABEL.fullmatch(text.strip()) and i + 1 < len(texts):
            # a text laid out a line per PDF line prints the label above its date
            # ("Voorgesteld" / "26 mei 2021")
            text, taken = f"{text.strip()} {texts[i + 1].strip()}", i + 1
        place, date = parse_date_line(_LABELLED_DATE.sub(r"\1 ", text))
        if date is None:  # a dagtekening without its place: "31 oktober 2001"
            place, date = None, parse_date_line(f"Datum {text}")[1]
        if date is not None:
            head.place, head.date = place, date.isoformat()
            last = taken
            break
        if re.fullmatch(r"[Nn]r\. ?\S+", text) or (head.number and text.strip() == head.number):
            last = i
            continue
        if not text.strip():
            last = i
            continue
        break
    head.chamber = chamber_of(head.addressee) or _chamber_of_kind(head.title)
    head.document_type = document_type(head.title)
    if head.document_type is None and head.number is not None:
        # a numbered paper without its heading: its opening formula says what it is
        head.document_type = _type_from_text(texts[last + 1 : last + 12])
    elif (
        head.document_type is None
        and head.date is not None
        and last + 1 < len(texts)
        and _AMENDEMENT_OPENING.fullmatch(texts[last + 1].strip())
    ):
        # a page that starts at the amendement's date, without its dossier, number and title
        # (openkamer's page of a vote: "Ontvangen 24 mei 2011" / "De ondergetekende stelt het
        # volgende amendement voor:", kst-32377-16)
        head.document_type = "amendement"
    head.body_start = last + 1
    return head


# since the 1990s only the Eerste Kamer writes a voorlopig verslag on a bill and receives a
# memorie van antwoord (the Tweede Kamer: a verslag, a nota naar aanleiding van het verslag);
# a web page of one often prints no chamber at all
_EK_KINDS = re.compile(r"(?:VOORLOPIG VERSLAG|(?:NADERE )?MEMORIE VAN ANTWOORD)\b")


def _chamber_of_kind(title: str | None) -> str | None:
    return "Eerste Kamer" if title and _EK_KINDS.match(title) else None


# a draft regulation laid before the Kamer (voorhang) prints a notice between its title and the
# addressee: "Ter griffie van de Tweede Kamer der Staten-Generaal ontvangen op 22 mei 2023.", or
# for a regulation already made: "Ontvangen ter Griffie op 15 maart 2022.", then when the Kamer
# may ask about it or stop it; the letter itself starts at the addressee
_VOORHANG = re.compile(
    r"(?:Ter griffie van de (?:Tweede|Eerste) Kamer|Ontvangen ter [Gg]riffie)\b.*"
)


def _past_voorhang_notice(texts: list[str], last: int) -> int:
    """The last header line before the addressee when a voorhang notice stands above it."""
    if last + 1 >= len(texts) or not _VOORHANG.fullmatch(texts[last + 1]):
        return last
    for k in range(last + 2, min(len(texts), last + 30)):
        if _ADDRESSEE.fullmatch(texts[k]):
            return k - 1
    return last


# the date of a paper that is no letter, as pages print it: "Vastgesteld op 15 juli 2024",
# "Vastgesteld16 april 2010" (the space lost)
_LABELLED_DATE = re.compile(r"^(Vastgesteld|Ontvangen|Voorgesteld)(?:\s*op\s+|(?=\d))")
_DATE_LABEL = re.compile(r"(?:Vastgesteld|Ontvangen|Voorgesteld)\b")
# a page that lost the line break between addressee and dagtekening: "Aan de Voorzitter van de
# Tweede Kamer der Staten-Generaal Den Haag, 12 maart 2024"
_DATED_TAIL = re.compile(r"\s(?=(?:['’]s-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, \d{1,2} \w+ \d{4}$)")


def _split_dated(text: str) -> tuple[str, tuple[str | None, str] | None]:
    """The addressee, and the place and date of a dagtekening printed on its line."""
    m = _DATED_TAIL.search(text)
    if m:
        place, date = parse_date_line(text[m.end() :])
        if date is not None:
            return text[: m.start()], (place, date.isoformat())
    return text, None


_UNNUMBERED_REACH = 20  # lines: a site's own heading and contents may stand above the title


def _title_over_its_date(texts: list[str]) -> int | None:
    """A page that kept a paper's title but not its dossier and number lines: the title of a
    known kind in capitals right above its labelled date ("MEMORIE VAN ANTWOORD" / "Ontvangen
    16 februari 1981", a grondwet site's page of one paper). What stands above it is the
    site's."""
    for i, text in enumerate(texts[: _UNNUMBERED_REACH - 1]):
        if (
            " " in text.strip()
            and _KIND_LINE.fullmatch(text.strip())
            and _DATE_LABEL.match(texts[i + 1])
            and parse_date_line(_LABELLED_DATE.sub(r"\1 ", texts[i + 1]))[1] is not None
        ):
            return i
    return None


def _find_number_line(texts: list[str]) -> int | None:
    for i, text in enumerate(texts):
        if _NUMBER_LINE.fullmatch(text) or _RB_LINE.fullmatch(text):
            return i
        if (m := _RB_LETTER_LINE.fullmatch(text)) and m["nr"] in texts[i + 1 : i + 5]:
            return i
        if _DOCUMENT_NUMBER_LINE.fullmatch(text):
            return i
        if _EK_NUMBER_LINE.fullmatch(text) and i > 0:
            return i
        if (
            i > 0
            and i + 1 < len(texts)
            and _EK_LETTER.fullmatch(text)
            and _KIND_LINE.fullmatch(texts[i + 1])
        ):
            return i
    return None


def _read_number_and_title(texts: list[str], n: int, head: Header) -> int:
    text = texts[n]
    if m := _RB_LINE.fullmatch(text) or _RB_LETTER_LINE.fullmatch(text):
        head.dossiers = [
            Dossier(
                dossier_id(m["num"], m["sub"], m["add"]),
                m["num"].replace(" ", ""),
                _addition(m["sub"], m["add"]),
            )
        ]
    else:
        m = (
            _NUMBER_LINE.fullmatch(text)
            or _EK_NUMBER_LINE.fullmatch(text)
            or _EK_LETTER.fullmatch(text)
            or _DOCUMENT_NUMBER_LINE.fullmatch(text)
        )
    assert m is not None
    head.number = m["nr"] or None
    # the reprint note is no part of the paper's title
    title = _drop_reprint_note(m["title"] or "", head)
    if _DATE_LABEL.match(title):
        # the date after the number, the title elsewhere ("Nr. 29 Voorgesteld 1 december 2005")
        place, date = parse_date_line(_LABELLED_DATE.sub(r"\1 ", title))
        if date is not None:
            head.place, head.date, title = place, date.isoformat(), ""
    parts = [title] if title else []
    last = n
    for j in range(n + 1, min(len(texts), n + 6)):
        nxt = texts[j]
        if (
            _ADDRESSEE.fullmatch(nxt)
            or parse_date_line(nxt)[1]
            or re.fullmatch(r"[Nn]r\. ?\S+", nxt)
            or nxt.strip() == head.number
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
    # the reprint note may stand alone after the number, the title on the next line ("Nr. 7
    # HERDRUK1" / "BRIEF VAN DE MINISTER …", tweedekamer.nl)
    joined = _drop_reprint_note(join_lines(parts), head)
    if (glued := _GLUED_MARKER.search(joined)) is not None:
        head.title_notes.append(glued.group())
    head.title = (joined[: glued.start()] if glued else joined) or None
    return last


def _drop_reprint_note(title: str, head: Header) -> str:
    """The title without a reprint's note before it ("HERDRUK1 BRIEF VAN …"), whose footnote
    number, if any, goes to ``head.title_notes``."""
    m = re.match(rf"{_HERDRUK}(?={_KINDS}\b)", title)
    if m is None:
        return title
    if note := re.sub(r"\D", "", m.group()):
        head.title_notes.append(note)
    return title[m.end() :]


# the web text glues a footnote marker to the title's last word: "VOORLOPIG VERSLAG VAN DE VASTE
# COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT1" (the committee's members)
_GLUED_MARKER = re.compile(r"(?<=[A-ZÀ-Þ]{2})\d{1,2}$")


def _addition(sub: str | None, add: str | None) -> str | None:
    return "-".join(p for p in (sub, add) if p) or None


# the addition and title of a dossier whose number a page set on a line of its own:
# "36 600" / "C Vaststelling van de begrotingsstaat van het provinciefonds" (tweedekamer.nl)
_ADDITION_LINE = re.compile(r"(?P<add>[IVXLC]+[AB]?|[A-Z])\s+(?P<title>\S.*)")


def _read_dossiers(texts: list[str]) -> list[Dossier]:
    dossiers: list[Dossier] = []
    titles: list[list[str]] = []
    for text in texts:
        last = dossiers[-1] if dossiers else None
        if (
            last
            and last.addition is None
            and not titles[-1]
            and (a := _ADDITION_LINE.fullmatch(text))
        ):
            dossiers[-1] = Dossier(dossier_id(last.number, None, a["add"]), last.number, a["add"])
            titles[-1].append(a["title"])
            continue
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


def _title_on_dossier_line(texts: list[str], head: Header) -> None:
    """rijksbegroting.nl (2005) prints the paper's title after the dossier number ("30 300 VII
    MOTIE VAN HET LID VAN BEEK C.S."), the dossier's title alone above that line and the number
    under it without a title: the title is the paper's, the line above the dossier's."""
    if head.title is not None or not head.dossiers:
        return
    last = head.dossiers[-1]
    if not _KIND_LINE.fullmatch(last.title or ""):
        return
    at = max(i for i, text in enumerate(texts) if _DOSSIER.fullmatch(text))
    head.title, last.title = last.title, _title_above(texts[:at])


def _title_above(texts: list[str]) -> str | None:
    for text in reversed(texts):
        if text.strip() and not _DOSSIER.fullmatch(text):
            return text
    return None
