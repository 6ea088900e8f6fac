"""The one pipeline: a front end's ``Layout`` in, a ``Document`` out.

    front end (text | pdf) → furniture → footnotes → header → signature → body → markers
                           → extractors (references, dates, signatories) → Document

Each stage is a function in ``kamerparse.stages`` with one job; the extractors live in
``kamerparse.extract``. Nothing here keeps state between documents.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from .extract.dates import find_dates, parse_date_line
from .extract.references import find_references
from .extract.signatories import parse_signatories
from .layout import Layout, Line
from .model import DateMention, Document, Footnote, Reference, Section, Source, Where
from .quality import assess
from .stages.body import (
    MarkerState,
    PageTurns,
    build_sections,
    mark_footnotes,
    orphan_footnotes,
    page_at,
    strip_marks,
)
from .stages.footnotes import split_footnotes
from .stages.furniture import Facts, strip_furniture
from .stages.header import Header, parse_dossier, read_header, session_year
from .stages.signature import split_signature

_MEMBER_DOCUMENTS = {"motie", "amendement"}


def parse_layout(
    layout: Layout, source: Source | None = None, trace: dict[int, str] | None = None
) -> Document:
    """Run every stage over a front end's lines and return the document.

    ``trace``, when given, receives what each of ``layout.lines`` was taken for (keyed by the
    line's ``id``): furniture, header, body, footnote or signature (``kamerparse view``)."""
    source = source or Source(format=layout.format)
    source.pages = layout.pages
    source.encoding = layout.encoding
    warnings = list(layout.warnings)

    lines, facts = strip_furniture(layout.lines)
    edges = [
        line.text
        for i, line in enumerate(lines)
        if i == 0 or line.page_start or line.page != lines[i - 1].page
        or i + 1 == len(lines) or lines[i + 1].page_start or lines[i + 1].page != line.page
    ]  # fmt: skip
    content_lines = lines
    lines, footnotes = split_footnotes(lines)
    head = read_header(lines, facts)
    # what the body, signature and footnotes were read from: the header's labels and a
    # letterhead's boilerplate are read into fields or left out by design
    content = [line.text for line in lines[head.body_start :]] + [f.text for f in footnotes]
    members = head.document_type in _MEMBER_DOCUMENTS
    body, signature = split_signature(lines[head.body_start :], members=members)
    if trace is not None:
        _trace(trace, layout.lines, content_lines, lines[: head.body_start], body, signature)
    if head.date is None:  # a koninklijke boodschap dates itself above the signature
        for line in signature:
            place, date = parse_date_line(line.text)
            if date is not None:
                head.place, head.date = place, date.isoformat()
                break
    page_turns: PageTurns = {}
    sections = build_sections(body, page_turns)
    _resolve_markers(sections, footnotes, text_markers=layout.format in ("text", "html"))
    _fix_glued_number(head, sections, footnotes)

    doc = Document(
        source=source,
        dossiers=head.dossiers,
        number=head.number,
        document_type=head.document_type,
        title=head.title,
        addressee=head.addressee,
        place=head.place,
        date=head.date,
        sender=head.sender,
        reference=head.reference,
        their_reference=head.their_reference,
        attachments=head.attachments,
        salutation=head.salutation,
        sections=sections,
        footnotes=footnotes,
        signatories=parse_signatories([line.text for line in signature], members=members),
        warnings=warnings,
    )
    _apply_facts(doc, head, facts)
    letter_date = datetime.date.fromisoformat(doc.date) if doc.date else None
    doc.references, doc.dates = _extract(sections, footnotes, letter_date, page_turns)
    if layout.pages is None:
        _drop_pages(doc)
    doc.warnings += _check(doc)
    footer_id = re.sub(r"-h\d+$", "", facts.kst_id) if facts.kst_id else None
    doc.quality = assess(doc, content, edges, footer_id)
    return doc


def _trace(
    trace: dict[int, str],
    every: list[Line],
    content: list[Line],
    header: list[Line],
    body: list[Line],
    signature: list[Line],
) -> None:
    for line in every:  # the letterhead column is read by the header, the rest is furniture
        trace[id(line)] = "header" if line.role == "letterhead" else "furniture"
    for line in content:  # what the footnote stage took out of the content
        trace[id(line)] = "footnote"
    for role, part in (("header", header), ("body", body), ("signature", signature)):
        for line in part:
            trace[id(line)] = role


def finish_document(doc: Document) -> Document:
    """What ``parse_layout`` does after the stages, for a front end that builds the Document
    itself from a structured source (publication XML): the references and dates of every
    paragraph and footnote, placed, and the warnings."""
    letter_date = datetime.date.fromisoformat(doc.date) if doc.date else None
    doc.references, doc.dates = _extract(doc.sections, doc.footnotes, letter_date, {})
    doc.warnings += _check(doc)
    doc.quality = assess(doc)
    return doc


def _resolve_markers(
    sections: list[Section], footnotes: list[Footnote], text_markers: bool
) -> None:
    known = frozenset(f.number for f in footnotes)
    texts = [p.text for s in sections for p in s.paragraphs]
    state = MarkerState(
        known=known, orphans=orphan_footnotes(texts, known) if text_markers else known
    )
    for section in sections:
        for para in section.paragraphs:
            text = mark_footnotes(para.text, state) if text_markers else para.text
            para.text, para.footnotes = strip_marks(text)
    for note in footnotes:
        note.text = strip_marks(note.text)[0]


def _fix_glued_number(head: Header, sections: list[Section], footnotes: list[Footnote]) -> None:
    """'nr. 151' where note 1 marks the number line (a herdruk's reason): the number is 15."""
    if not head.number or not footnotes:
        return
    cited = {n for s in sections for p in s.paragraphs for n in p.footnotes}
    for note in footnotes:
        num = note.number
        if num not in cited and head.number.endswith(num) and len(head.number) > len(num):
            head.number = head.number[: -len(num)]
            return


def _apply_facts(doc: Document, head: Header, facts: Facts) -> None:
    """Fill what the header did not state from what the page furniture states."""
    doc.chamber = facts.chamber or head.chamber
    doc.parliamentary_year = facts.parliamentary_year
    doc.number = doc.number or facts.number
    if not doc.dossiers and facts.dossier:
        found = parse_dossier(facts.dossier)
        doc.dossiers = [found] if found else []
    if doc.dossiers and doc.number:
        doc.id = f"kst-{doc.dossiers[0].id}-{doc.number}"
    elif facts.kst_id:
        doc.id = re.sub(r"-h\d+$", "", facts.kst_id)
    elif facts.sitting is not None and doc.date:
        # the Handelingen id names the vergaderjaar, which the day of the sitting decides
        year = session_year(datetime.date.fromisoformat(doc.date))
        doc.parliamentary_year = doc.parliamentary_year or year
        house = "tk" if facts.sitting.chamber == "Tweede Kamer" else "ek"
        doc.id = f"h-{house}-{year.replace('-', '')}-{facts.sitting.meeting}-{facts.sitting.item}"


def _extract(
    sections: list[Section],
    footnotes: list[Footnote],
    letter_date: datetime.date | None,
    page_turns: PageTurns,
) -> tuple[list[Reference], list[DateMention]]:
    """References and dates of every paragraph, then of every footnote, each placed."""
    texts = [
        (para.text, Where(part="body", section=si, paragraph=pi, page=para.page), para)
        for si, section in enumerate(sections)
        for pi, para in enumerate(section.paragraphs)
    ]
    texts += [
        (note.text, Where(part="footnote", footnote=note.number, page=note.page), None)
        for note in footnotes
    ]
    refs: list[Reference] = []
    dates: list[DateMention] = []
    for text, where, para in texts:
        turns = page_turns.get(id(para)) if para is not None else None
        mentions: list[Reference | DateMention] = [
            *find_references(text),
            *find_dates(text, letter_date),
        ]
        for item in mentions:
            start, end = item.where.start, item.where.end
            page = page_at(para, turns, start) if turns and para else where.page
            item.where = replace(where, start=start, end=end, page=page)
            (refs if isinstance(item, Reference) else dates).append(item)
    return refs, dates


def _drop_pages(doc: Document) -> None:
    """Text without page breaks knows no page numbers: say null rather than a guess."""
    for section in doc.sections:
        for para in section.paragraphs:
            para.page = None
    for note in doc.footnotes:
        note.page = None
    for item in [*doc.references, *doc.dates]:
        item.where.page = None


def _check(doc: Document) -> list[str]:
    warnings = []
    if doc.title is None:
        warnings.append("no document title found: not a Kamerstuk in a known layout?")
    if not doc.sections:
        warnings.append("no body text found")
    cited = {n for p in doc.paragraphs for n in p.footnotes}
    missing = [f.number for f in doc.footnotes if f.number not in cited]
    if missing:
        warnings.append(f"footnotes without a marker in the text: {', '.join(missing)}")
    return warnings
