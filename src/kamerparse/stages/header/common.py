"""What every header reader returns, whatever the layout it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Dossier

_CHAMBER = re.compile(r"(Tweede|Eerste) Kamer", re.I)


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
    # a ministry letter's letterhead (null for a Kamerstuk)
    sender: str | None = None
    reference: str | None = None
    their_reference: str | None = None
    attachments: str | None = None
    salutation: str | None = None
    body_start: int = 0
    # footnote numbers the title's own markers take (a reprint's "HERDRUK1", a glued "STAAT1"):
    # the body's markers count on after them
    title_notes: list[str] = field(default_factory=list)


def chamber_of(text: str | None) -> str | None:
    """The chamber a line names (an addressee, a title, a signer's function):
    "… van de Tweede Kamer der …" → "Tweede Kamer"."""
    m = _CHAMBER.search(text or "")
    return f"{m.group(1).capitalize()} Kamer" if m else None
