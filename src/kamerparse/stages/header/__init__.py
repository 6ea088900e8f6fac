"""Stage 3: read the document header. Each layout has its own small reader, chosen by evidence.

    kamerstuk.py    the typeset Kamerstuk (and the web text of one): dossier, number, title,
                    addressee, dagtekening; moties and amendementen too
    aanhangsel.py   the Aanhangsel van de Handelingen: its number and "Vragen van …" title (also
                    a web page of the questions and answers, without the masthead)
    handelingen.py  the report of a sitting: all from the running footer the furniture read
    letter.py       a ministry's own letter: letterhead, labelled fields, salutation

``read_header`` picks the reader from what the furniture stage and the front end found (a
sitting's footer, an Aanhangsel masthead, a letterhead column) and, for plain text, from the
first lines themselves.
"""

from __future__ import annotations

from ...layout import Line
from ..furniture import Facts
from .aanhangsel import is_answered_by, looks_like_aanhangsel, parse_aanhangsel_header
from .common import Header, chamber_of
from .handelingen import parse_sitting_header, session_year
from .kamerstuk import document_type, parse_dossier, parse_header
from .letter import looks_like_letter, parse_letter_header

__all__ = [
    "Header",
    "chamber_of",
    "document_type",
    "is_answered_by",
    "parse_aanhangsel_header",
    "parse_dossier",
    "parse_header",
    "parse_letter_header",
    "parse_sitting_header",
    "read_header",
    "session_year",
]


def read_header(lines: list[Line], facts: Facts) -> Header:
    """The header of the document whose content lines (furniture and footnotes taken out) these
    are; ``body_start`` in the result is where the body begins in ``lines``."""
    if facts.sitting is not None:
        return parse_sitting_header(facts.sitting)
    if facts.aanhangsel:
        return parse_aanhangsel_header(lines)
    if facts.letterhead:  # the PDF front end saw a letterhead column
        return parse_letter_header(lines, facts.letterhead)
    head = parse_header(lines)
    if head.title is None and looks_like_letter(lines):
        return parse_letter_header(lines, [])
    if head.title is None and looks_like_aanhangsel(lines):
        return parse_aanhangsel_header(lines)
    return head
