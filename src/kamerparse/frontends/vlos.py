"""The VLOS front end: the Tweede Kamer's XML report of a sitting to a ``Document``.

The Tweede Kamer's open-data service gives the report of each plenary sitting as XML
(``<vlosCoreDocument>``, the stenographic report, published while still uncorrected and again
when corrected). It states the sitting (``<vergadering>``: chamber, vergaderjaar, number, day,
title) and its parts in order: each agenda item (``<activiteit>``: an opening, a debate, the
regeling van werkzaamheden) with its title, its rounds (``<activiteithoofd>``: "Termijn
inbreng", "Termijn antwoord"), and the spoken text (``<tekst>``) as paragraphs
(``<alinea>``/``<alineaitem>``), the speaker's line ("De heer Omtzigt (CDA):") among them as
the printed Handelingen have it, and the moties read out (``<alineagroep type="Motietekst">``).

One plenary sitting becomes one document of kind ``handelingen`` (a committee's meeting, one
of kind ``verslag``): its id the sitting's
(``h-tk-20142015-14``, the form a citation of it takes), a section for each agenda item and
each round, a paragraph for each ``alineaitem``. The speakers' records and the agenda's
metadata beside the text are not copied: the text names both. The references, dates, warnings
and quality come from the same pipeline helpers as for every other form.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

from ..errors import ParseError
from ..model import Document, Paragraph, Section, Source
from ..pipeline import finish_document
from ..stages.header import session_year
from ..stages.normalise import normalise_text
from .xml import parse_xml

ROOT = "vlosCoreDocument"
# where the spoken text stands; every other element beside it is metadata (speakers' records,
# times, the agenda's cases), which the text states as well
_TEXT = "tekst"
_ITEM = "alineaitem"


def is_vlos(data: bytes) -> bool:
    """An XML file whose root is ``<vlosCoreDocument>`` (after a BOM and declaration)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"<" + ROOT.encode() in head


def read_vlos(data: bytes, source: Source) -> Document:
    """Parse the XML report of a sitting into one document of kind ``handelingen``."""
    root = parse_xml(data)
    if _name(root) != ROOT:
        raise ParseError("unsupported", f"an XML file with root <{_name(root)}>, not <{ROOT}>")
    sitting = _child(root, "vergadering")
    if sitting is None:
        raise ParseError("empty", f"a <{ROOT}> without a <vergadering>")
    doc = Document(source=source, document_type="handelingen")
    _header(sitting, doc)
    sections: list[Section] = [Section()]
    try:
        _walk(sitting, sections, None)
    except RecursionError:  # elements thousands deep: made to break readers, not a report
        raise ParseError("corrupt-xml", "XML nested too deeply to be a report") from None
    doc.sections = [s for s in sections if s.paragraphs]
    if not doc.sections:
        raise ParseError("empty", "a report of a sitting without any text")
    if (root.get("status") or "").lower() == "ongecorrigeerd":
        doc.warnings.append("an uncorrected report of the sitting: its text may still change")
    return finish_document(doc)


def _name(el: ET.Element) -> str:
    """The tag without its namespace: the schema's namespace carries a version."""
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if _name(c) == name), None)


def _text(el: ET.Element | None) -> str:
    if el is None:
        return ""
    return " ".join(normalise_text("".join(el.itertext())).split())


def _header(sitting: ET.Element, doc: Document) -> None:
    house = (sitting.get("kamer") or "").strip()
    doc.chamber = house if house in ("Tweede Kamer", "Eerste Kamer") else None
    doc.title = _text(_child(sitting, "titel")) or None
    doc.number = _text(_child(sitting, "vergaderingnummer")) or None
    day = _text(_child(sitting, "datum"))[:10]
    doc.date = day if len(day) == 10 and day[4] == "-" and day[7] == "-" else None
    years = _text(_child(sitting, "vergaderjaar"))
    if len(years) == 9 and years[:4].isdigit() and years[5:].isdigit():
        doc.parliamentary_year = years
    elif doc.date is not None:
        doc.parliamentary_year = session_year(datetime.date.fromisoformat(doc.date))
    # a committee's meeting is reported as well, but published as a Kamerstuk, not under a
    # sitting's number in the Handelingen
    plenary = (sitting.get("soort") or "Plenair").lower() == "plenair"
    if not plenary:
        doc.document_type = "verslag"  # of a committee's debate
    if plenary and doc.chamber and doc.parliamentary_year and doc.number and doc.number.isdigit():
        house_code = "tk" if doc.chamber == "Tweede Kamer" else "ek"
        doc.id = f"h-{house_code}-{doc.parliamentary_year.replace('-', '')}-{doc.number}"


def _title(el: ET.Element) -> str:
    return _text(_child(el, "titel")) or _text(_child(el, "onderwerp"))


def _walk(el: ET.Element, sections: list[Section], item: str | None) -> None:
    """Sections and paragraphs of ``el``'s children, in the order they stand: an agenda item
    opens a section under its title, a round within it one under the round's title (where it
    is not the item's own: "Opening" under "Opening" is one heading)."""
    for child in el:
        name = _name(child)
        if name == "activiteit":
            item = _title(child)
            sections.append(Section(heading=item or None))
            _walk(child, sections, item)
        elif name == "activiteithoofd":
            title = _title(child)
            if title and title != item:
                sections.append(Section(heading=title))
            _walk(child, sections, item)
        elif name == _TEXT:
            for node in child.iter():
                if _name(node) != _ITEM or not (text := _text(node)):
                    continue
                section = sections[-1]
                if not section.paragraphs and text == section.heading:
                    continue  # the item's title, printed above its text: the heading itself
                section.paragraphs.append(Paragraph(text=text))
        elif name not in ("titel", "onderwerp", "sprekers", "spreker", "zaken"):
            _walk(child, sections, item)
