"""A letter as the ministry sends it (the Rijkshuisstijl letter): the letterhead and its fields.

What the first page prints, in the text column:

    > Retouradres Postbus 20901 2500 EX Den Haag           return address, small type
    De voorzitter van de Tweede Kamer                      address block: the addressee line(s),
    der Staten-Generaal                                    then the postal address
    Postbus 20018
    2500 EA DEN HAAG
    Datum 22 december 2022                                 labelled fields, the value beside the
    Betreft Emissies door de luchtvaart                    label (wrapped under the value)
    Geachte voorzitter,                                    salutation: the letter begins after it

and in the letterhead column at the right (the PDF front end hands it over as ``letterhead``
lines; a .docx has it in text boxes or the page header): the sender, its address, and fields
each under its label ("Ons kenmerk" / "IENW/BSK-2022/268034", "Bijlage(n)" / "2"). Following
pages repeat part of that column ("Datum", "Ons kenmerk").

The reader goes by labels and the shape of the blocks, never by the names of ministries.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import NamedTuple

from ...extract.dates import parse_date_line
from ...layout import Line
from ..unwrap import join_lines
from .common import Header, chamber_of

# the labels of the letterhead's fields, and the field each fills (None: read and dropped)
_FIELDS: tuple[tuple[str, str | None], ...] = (
    (r"Datum", "date"),
    (r"Betreft|Onderwerp", "title"),
    (r"Uw [kK]enmerk|Uw referentie|Uw brief(?: van)?|Uw nummer", "their_reference"),
    (r"Ons [kK]enmerk|Onze referentie|Ons nummer|Kenmerk|Referentie", "reference"),
    (r"Bijlagen?\s?\(n\)|Bijlage\(s\)|Bijlagen?", "attachments"),
    (
        r"Contactpersoon|Projectnaam|Inlichtingen|Doorkiesnummer|Behandeld door|Kopie aan"
        r"|Telefoon|E-mail|Afdeling|Directie|Auteur|Dossiernummer|Zaaknummer|Documentnummer"
        r"|Ons documentnummer|Onze brief",
        None,
    ),
)
_LABEL = re.compile("|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(_FIELDS)))
# a label alone on its line, or followed by its value (glued to it where a renderer lost the
# tab: "Ons kenmerk5086975")
_LABEL_LINE = re.compile(rf"(?:{_LABEL.pattern})(?::|\s*$|\s+(?=\S)|(?=\d))(?P<value>.*)")
# a letter of the 1990s prints its labels in lower case, each alone on its line over its value
# ("ons kenmerk" / "IZ. 991396", "datum" / "08-10-1999", "onderwerp" / …); alone on its line, a
# label in lower case is no sentence's first word
_LOWER_LABEL = re.compile(
    "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(_FIELDS)), re.I
)
SALUTATION = re.compile(r"(?:(?:Zeer |Hoog)?[Gg]eachte|Beste)\s[^.;:!?]{1,80},?")
RETURN_ADDRESS = re.compile(r">?\s*Retouradres\b.*")
# lines of a postal address: what ends the addressee in the address block
_POSTAL = re.compile(
    r"Postbus\b.*|\d{4} ?[A-Z]{2}\b.*|(?:[A-Z][\w’'.-]+ )+\d+[a-z]?(?: .*)?|Binnenhof\b.*|"
    r"Plein \d.*|[A-Z ]*DEN HAAG|'?[’']?s-GRAVENHAGE|www\.\S+|[TF] \d[\d -]+|[\w.-]+@[\w.-]+"
)
_SENDER = re.compile(r"Ministerie van\b.*")
_DATE_VALUE = re.compile(r"\d{1,2} [a-z]+ \d{4}\b")
# a letter of the 1990s dates its field in figures, day first: "datum" / "08-10-1999"
_NUMERIC_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)")
# the clause that closes the letterhead column
_CLOSE = re.compile(r"Bij beantwoording\b.*")
# how far into the content the header may reach (a long address block, a wrapped subject)
LIMIT = 60


def _label_line(text: str) -> re.Match[str] | None:
    """The label a letterhead line starts with, and its value."""
    if m := _LABEL_LINE.fullmatch(text):
        return m
    return _LOWER_LABEL.fullmatch(text) if text[:1].islower() else None


def _value(m: re.Match[str]) -> str:
    return m.groupdict().get("value") or ""


def _numeric_date(value: str) -> datetime.date | None:
    if (m := _NUMERIC_DATE.fullmatch(value.strip())) is None:
        return None
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


@dataclass(slots=True)
class _Field:
    name: str | None
    value: str
    index: int  # the line its label stands on
    end: int  # the last line of its value


def looks_like_letter(lines: list[Line]) -> bool:
    """Evidence of the letter layout in text: a date and a subject field (or a return address
    and a salutation) among the first lines."""
    texts = [line.text.strip() for line in lines[:LIMIT]]
    labels = {_field_of(m) for t in texts if (m := _label_line(t))}
    if {"date", "title"} <= labels:
        return True
    return any(RETURN_ADDRESS.fullmatch(t) for t in texts) and any(
        SALUTATION.fullmatch(t) for t in texts
    )


def parse_letter_header(lines: list[Line], letterhead: list[Line]) -> Header:
    head = Header(document_type="brief")
    texts = [line.text.strip() for line in lines[:LIMIT]]
    salutation = next((i for i, t in enumerate(texts) if SALUTATION.fullmatch(t)), None)
    zone = texts if salutation is None else texts[:salutation]
    fields = _fields(lines[: len(zone)], zone)
    last = max((f.end for f in fields), default=-1)
    # the letterhead's closing clause ("Bij beantwoording de datum en ons kenmerk vermelden")
    last = max([last, *(i for i, t in enumerate(zone) if _CLOSE.fullmatch(t))])
    side = [line.text.strip() for line in letterhead]
    fields += _fields(letterhead, side)
    for k, f in enumerate(fields):
        if f.name is None or not re.search(r"\w", f.value):
            continue  # a field the letter prints empty ("Ons kenmerk -")
        if f.name == "date":
            # the value alone, or (text extracted from a PDF) with the letterhead column's
            # neighbouring value run into it: "22 december 2022 2"
            m = _DATE_VALUE.match(f.value)
            _, date = parse_date_line(f"Datum {m.group(0)}") if m else (None, None)
            if date is None:
                date = _numeric_date(f.value)
            if date is not None and head.date is None:
                head.date = date.isoformat()
            if m is not None and k and (run_in := f.value[m.end() :].strip()):
                _run_in(head, fields[k - 1], f, run_in)
        elif getattr(head, f.name) is None:
            setattr(head, f.name, f.value)
    end = _address_block(zone, head)
    if head.date is None:  # "Den Haag, 22 december 2022" in place of a Datum field
        for i, t in enumerate(zone):
            place, date = parse_date_line(t)
            if date is not None:
                head.place, head.date = place, date.isoformat()
                last = max(last, i)
                break
    head.sender = _sender(zone, side)
    head.chamber = chamber_of(head.addressee)
    if salutation is not None:
        head.salutation = texts[salutation]
        head.body_start = salutation + 1
    else:
        head.body_start = max(last, end) + 1
    return head


# a value of the letterhead column that text extraction ran into the date's line: a number of
# attachments or a reference, one token
_RUN_IN = re.compile(r"[\w/.-]{1,40}")


def _run_in(head: Header, label: _Field, date: _Field, value: str) -> None:
    """ "Bijlage(n)" / "Datum 22 december 2022 2": the column's label stood alone on the line
    above the date's, and its value, printed level with the date, ran into the date's line. It
    is the label's value where the label printed none."""
    if label.name is None or label.value or label.end != date.index - 1:
        return
    if _RUN_IN.fullmatch(value) and getattr(head, label.name) is None:
        setattr(head, label.name, value)


def field_label(text: str) -> str | None:
    """The field a letterhead line labels ("Ons kenmerk 5646209" → "reference"), None for
    another line or a label read and dropped ("Contactpersoon")."""
    label = split_label(text)
    return label.field if label else None


class Label(NamedTuple):
    field: str | None  # None for a label read and dropped ("Contactpersoon", "Projectnaam")
    label: str
    value: str


def split_label(text: str) -> Label | None:
    """A letterhead line's field, label and value ("Ons kenmerk5086975" → ("reference", "Ons
    kenmerk", "5086975"), "Betreft" → ("title", "Betreft", "")), None for a line without a
    label."""
    m = _label_line(text.strip())
    if m is None:
        return None
    value = _value(m)
    return Label(_field_of(m), m.string[: len(m.string) - len(value)].strip(), value.strip())


def _field_of(m: re.Match[str]) -> str | None:
    for i, (_, name) in enumerate(_FIELDS):
        if m.group(f"f{i}") is not None:
            return name
    return None


def _fields(lines: list[Line], texts: list[str]) -> list[_Field]:
    """Labelled fields: the value beside its label (continued on lines indented under it) or on
    the lines under a label that stands alone (up to the next label or a gap)."""
    out: list[_Field] = []
    i = 0
    while i < len(texts):
        m = _label_line(texts[i])
        if m is None or _CLOSE.fullmatch(texts[i]):
            i += 1
            continue
        name = _field_of(m)
        value = _value(m).strip()
        parts = [value] if value else []
        j = i + 1
        label = lines[i]
        while j < len(texts) and texts[j]:
            line = lines[j]
            if _label_line(texts[j]) or _CLOSE.fullmatch(texts[j]):
                break
            if SALUTATION.fullmatch(texts[j]) or line.gap_before or line.page != label.page:
                break
            if line.bold and (label.bold or parts):
                break  # the next block's heading
            if value and label.x0 is None:
                # plain text: only the subject runs on, to the salutation or the next label
                # (text extracted page-wide wraps it as the column wraps it)
                if name != "title" or _POSTAL.fullmatch(texts[j]):
                    break  # the column's address where its sender was taken out
            elif value:
                # beside its label: a wrapped value stands indented under the value, not the label
                if line.x0 is None or line.x0 < label.x0 + 20:
                    break
            elif label.x0 is None and parts:
                break  # plain text: one line under a label alone
            parts.append(texts[j])
            j += 1
        out.append(_Field(name, join_lines(parts), i, j - 1))
        i = j
    return out


def _address_block(zone: list[str], head: Header) -> int:
    """Read the addressee from the address block; return the index of its last line."""
    start = next((i + 1 for i, t in enumerate(zone) if RETURN_ADDRESS.fullmatch(t)), None)
    if start is None:
        start = next(
            (i for i, t in enumerate(zone) if re.match(r"(?:Aan )?[Dd]e [Vv]oorzitter\b", t)),
            None,
        )
    if start is None:
        return -1
    parts: list[str] = []
    i = start
    while i < len(zone) and len(parts) < 4:
        t = zone[i]
        if not t or _POSTAL.fullmatch(t) or _label_line(t) or SALUTATION.fullmatch(t):
            break
        parts.append(t)
        i += 1
    if parts:
        head.addressee = join_lines(parts)
    while i < len(zone) and _POSTAL.fullmatch(zone[i]):
        i += 1
    return i - 1


def _sender(zone: list[str], side: list[str]) -> str | None:
    """The ministry as the letterhead prints it: beside the logo above the return address, or
    at the head of the letterhead column ("Ministerie van" / "Infrastructuur en" / "Waterstaat").
    A unit of a ministry heading the column ("Directoraat-Generaal …") names no sender."""
    top = []
    for t in zone:
        if RETURN_ADDRESS.fullmatch(t):
            break
        top.append(t)
    for texts in (top, side):
        for i, t in enumerate(texts):
            if _SENDER.fullmatch(t):
                parts = [t]
                for nxt in texts[i + 1 : i + 3]:
                    if not nxt or _POSTAL.fullmatch(nxt) or _label_line(nxt):
                        break
                    if not re.fullmatch(r"[A-Z][\w’'-]*(?: (?:en|voor|van|[A-Z][\w’'-]*))*", nxt):
                        break
                    parts.append(nxt)
                return join_lines(parts)
            if i >= 2:
                break
    return None
