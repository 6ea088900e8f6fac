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


# the line under the title that says who answered and when: "Antwoord van Minister Uitermark
# (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 4 februari 2025).", or a notice that the
# answer is put off: "Mededeling van minister Van Bijsterveldt-Vliegenthart (…) (ontvangen …)."
_ANSWERED_BY = re.compile(r"(?:Antwoord|Mededeling)(?:en)? van ")
_RECEIVED = re.compile(r"\(ontvangen (?:\(ontvangen )?\d{1,2} \w+ \d{4}\)\.?")
# tweedekamer.nl and the PDF go on with where the answer is printed: "Zie ook Aanhangsel
# Handelingen, vergaderjaar 2024–2025, nr. 1028." (at times without "nr." or the full stop, on
# a line of its own, or naming two numbers: "nrs. 1016 en 1044")
_SEE_ALSO = re.compile(
    r"Zie ook Aanhangsel Handelingen, vergaderjaar \d{4}\s*[–-]\s*\d{4}, "
    r"(?:nrs?\. ?)?\d+(?:(?:, | en )\d+)*\.?"
)

# the title ends with the day the questions were sent in: "… (ingezonden 30 mei 2024)."
_SENT_IN = re.compile(r"\(ingezonden (?:\(ontvangen )?\d{1,2} \w+ \d{4}\)\.?$")


def looks_like_aanhangsel(lines: list[Line], limit: int = 12) -> bool:
    """Written questions and their answers without the Aanhangsel's masthead (a web page of
    them): a "Vragen van … (ingezonden …)." title near the top."""
    start = _title_start([line.text for line in lines[:limit]])
    if start is None:
        return False
    return bool(_SENT_IN.search(_read_title([line.text for line in lines[start : start + 8]])[0]))


def parse_aanhangsel_header(lines: list[Line], limit: int = 40) -> Header:
    """The header of an Aanhangsel: its number alone on a line, then "Vragen van … (ingezonden
    30 mei 2024)." as its title. The date is when the answer was received ("Antwoord van …
    (ontvangen 25 maart 2024)." under the title), else when the questions were sent in. A web
    page's chrome above the title is left out."""
    head = Header(document_type="aanhangsel")
    texts = [line.text for line in lines[:limit]]
    i = 0
    while i < len(texts) and (_AH_PREAMBLE.fullmatch(texts[i]) or not texts[i].strip()):
        i += 1
    start = _title_start(texts[:12])
    if start is not None and start > i + 1:
        i = start - 1  # chrome above the number (or the title) is no body
    if i < len(texts) and re.fullmatch(r"\d{1,5}", texts[i]):
        head.number = texts[i]
        i += 1
    elif start is not None and start > i:
        i = start
    if i < len(texts) and _AH_TITLE_START.match(texts[i]):
        head.title, used = _read_title(texts[i:])
        i += used
    head.body_start = i + _answered_by(texts[i : i + 6])
    dates = []
    # the answer's line may wrap inside its "(ontvangen …)": read the lines as one text
    for text in (head.title or "", join_lines(texts[i : i + 6])):
        for m in _AH_DATE.finditer(text):
            _, date = parse_date_line(f"Datum {m.group(1)}")
            if date:
                dates.append(date)
    if dates:
        head.date = max(dates).isoformat()
    return head


def is_answered_by(text: str) -> bool:
    """Whether ``text`` is the whole "Antwoord van … (ontvangen …)." line of an Aanhangsel, as a
    front end that keeps it as a paragraph (the publication XML) has it."""
    return _answered_by([text]) == 1


def _answered_by(texts: list[str]) -> int:
    """How many lines the "Antwoord van … (ontvangen …)." line under the title takes (0 where
    there is none): like a letter's dagtekening it dates the paper and is no part of its body."""
    if not texts or not _ANSWERED_BY.match(texts[0]):
        return 0
    k, m = next(
        (
            (k, m)
            for k in range(1, len(texts) + 1)
            if (m := _RECEIVED.search(join_lines(texts[:k])))
        ),
        (0, None),
    )
    if m is None:
        return 0
    # the date ends the line, or where the answer is printed follows, on its line or the next
    for j in range(k, min(len(texts), k + 3) + 1):
        rest = join_lines(texts[:j])[m.end() :].strip()
        if _SEE_ALSO.fullmatch(rest):
            return j
        if rest and not (rest.startswith("Zie ook") or "Zie ook".startswith(rest)):
            break
    # more text after the date is read as the body's
    return 0 if join_lines(texts[:k])[m.end() :].strip() else k


def _title_start(texts: list[str]) -> int | None:
    # the masthead's "Vragen gesteld door de leden der Kamer, …" is no title, also where a text
    # sets it below "Aanhangsel van de Handelingen" on a line of its own
    return next(
        (
            k
            for k, text in enumerate(texts)
            if _AH_TITLE_START.match(text) and not _AH_PREAMBLE.fullmatch(text)
        ),
        None,
    )


def _read_title(texts: list[str]) -> tuple[str, int]:
    """The title from its first line on, and how many lines it takes: it ends with its
    "(ingezonden …)." (a line that ends with another bracket, "… het lid Erkens (VVD)", wraps
    on when the next line goes on in lower case)."""
    parts: list[str] = []
    for k, text in enumerate(texts[:8]):
        parts.append(text)
        if not text.endswith((").", ")")):
            continue
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if _SENT_IN.search(join_lines(parts)) or not nxt[:1].islower():
            break
    return join_lines(parts), len(parts)
