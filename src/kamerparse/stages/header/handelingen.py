"""The Handelingen: the report of a sitting, whose running footer names the debate and day."""

from __future__ import annotations

import datetime

from ...extract.dates import parse_date_line
from ..furniture import Sitting
from .common import Header


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
