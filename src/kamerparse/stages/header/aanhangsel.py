"""The Aanhangsel van de Handelingen: written questions and the answers to them."""

from __future__ import annotations

import re

from ...extract.dates import parse_date_line
from ...layout import Line
from ..unwrap import join_lines
from .common import Header

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
