"""The one pipeline: a front end's ``Layout`` in, a ``Document`` out.

    front end (text | pdf) → furniture → footnotes → header → signature → body → markers
                           → extractors (references, dates, signatories) → Document

Each stage is a function in ``kamerparse.stages`` with one job; the extractors live in
``kamerparse.extract``. Nothing here keeps state between documents.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from .extract.dates import find_dates, parse_date_line, weekday_mismatch
from .extract.laws import DefinedActs
from .extract.periods import find_periods
from .extract.references import (
    Debate,
    debate_papers,
    find_references,
    replaced_paper,
    take_chamber_from_document,
)
from .extract.signatories import parse_signatories
from .layout import Layout, Line
from .model import (
    DateMention,
    Document,
    Footnote,
    Paragraph,
    Period,
    Reference,
    Section,
    Source,
    Where,
)
from .quality import assess
from .stages.body import (
    MarkerState,
    PageTurns,
    build_sections,
    mark_footnotes,
    marker_candidates,
    orphan_footnotes,
    page_at,
    strip_marks,
)
from .stages.footnotes import split_footnotes
from .stages.furniture import Facts, strip_furniture
from .stages.header import Header, chamber_of, parse_dossier, read_header, session_year
from .stages.signature import split_signature
from .stages.structure import annotate_sections, read_questions

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
    _resolve_markers(sections, footnotes, layout.format in ("text", "html"), after=head.title_notes)
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
    finish_document(doc, page_turns, quality=False)
    if layout.pages is None:
        _drop_pages(doc)
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


def finish_document(
    doc: Document, page_turns: PageTurns | None = None, quality: bool = True
) -> Document:
    """What follows the stages, for every front end (``parse_layout``, and the publication XML
    that builds the Document itself): the references, dates and periods of every paragraph
    and footnote, placed; citations that take the document's chamber; the paper a changed
    motie replaces; the warnings; and (unless the caller judges it with more evidence) the
    quality verdict."""
    annotate_sections(doc.sections)
    doc.questions = read_questions(doc.sections)
    letter_date = datetime.date.fromisoformat(doc.date) if doc.date else None
    doc.references, doc.dates, doc.periods = _extract(
        doc.sections, doc.footnotes, letter_date, page_turns or {}
    )
    take_chamber_from_document(doc.references, doc.chamber)
    replaces = replaced_paper(doc.title, doc.dossiers[0].id if doc.dossiers else None)
    if replaces is not None:
        doc.references.insert(0, replaces)
    doc.warnings += _check(doc)
    if quality:
        doc.quality = assess(doc)
    return doc


def _resolve_markers(
    sections: list[Section],
    footnotes: list[Footnote],
    text_markers: bool,
    after: Sequence[str] = (),
) -> None:
    """Footnote markers of the body, numbered on ``after`` the notes the header's title took."""
    known = frozenset(f.number for f in footnotes)
    texts = [p.text for s in sections for p in s.paragraphs]
    # each paragraph's candidates are found once, for the orphans and for the marking
    found = [marker_candidates(t) for t in texts] if text_markers else []
    state = MarkerState(
        known=known, orphans=orphan_footnotes(texts, known, found) if text_markers else known
    )
    if after:
        # "Nr. 108 HERDRUK1 BRIEF VAN …": the body's first marker is 2
        state.expected = max(int(n) for n in after) + 1
    paras = (p for s in sections for p in s.paragraphs)
    for i, para in enumerate(paras):
        text = mark_footnotes(para.text, state, found[i]) if text_markers else para.text
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
    # failing those, a Kamer's own paper names its chamber in its title or signature ("BRIEF
    # VAN DE VOORZITTER VAN DE TWEEDE KAMER", "De Voorzitter van de Eerste Kamer,")
    named = [doc.title, *(s.function for s in doc.signatories)]
    doc.chamber = (
        facts.chamber
        or head.chamber
        or next((c for text in named if (c := chamber_of(text)) is not None), None)
    )
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
) -> tuple[list[Reference], list[DateMention], list[Period]]:
    """References, dates and periods of every heading and paragraph, then of every footnote,
    each placed. A heading's mentions have the section and no paragraph: a verslag heads an
    agenda item with the paper it discusses ("… grote projecten (24 690, nr. 1)")."""
    texts: list[tuple[str, Where, Paragraph | None]] = []
    for si, section in enumerate(sections):
        if section.heading:
            # a typeset heading is kept with the text it titles, on that text's page
            page = section.paragraphs[0].page if section.paragraphs else None
            texts.append((section.heading, Where(part="body", section=si, page=page), None))
        texts += [
            (para.text, Where(part="body", section=si, paragraph=pi, page=para.page), para)
            for pi, para in enumerate(section.paragraphs)
        ]
    texts += [
        (note.text, Where(part="footnote", footnote=note.number, page=note.page), None)
        for note in footnotes
    ]
    refs: list[Reference] = []
    dates: list[DateMention] = []
    periods: list[Period] = []
    debate = Debate()
    acts = DefinedActs()
    for text, where, para in texts:
        turns = page_turns.get(id(para)) if para is not None else None
        found = find_references(text)
        if more := [*debate_papers(text, found, debate), *acts.cite(text, found)]:
            found = sorted([*found, *more], key=lambda r: r.where.start)
        acts.learn(text)
        mentions: list[Reference | DateMention | Period] = [
            *found,
            *find_dates(text, letter_date),
            *find_periods(text, letter_date),
        ]
        for item in mentions:
            start, end = item.where.start, item.where.end
            page = page_at(para, turns, start) if turns and para else where.page
            item.where = _placed(where, start, end, page)
            if isinstance(item, Reference):
                refs.append(item)
            elif isinstance(item, DateMention):
                dates.append(item)
            else:
                periods.append(item)
    return refs, dates, periods


def _placed(where: Where, start: int, end: int, page: int | None) -> Where:
    """``where`` with a mention's offsets and page: ``dataclasses.replace`` without its cost
    (several times a direct construction, once for every mention). Every field of ``Where``
    is named here; a test holds the list to the class."""
    return Where(
        part=where.part,
        section=where.section,
        paragraph=where.paragraph,
        footnote=where.footnote,
        start=start,
        end=end,
        page=page,
    )


def _drop_pages(doc: Document) -> None:
    """Text without page breaks knows no page numbers: say null rather than a guess."""
    for section in doc.sections:
        for para in section.paragraphs:
            para.page = None
    for note in doc.footnotes:
        note.page = None
    for item in [*doc.references, *doc.dates, *doc.periods]:
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
    notes = {note.number: note.text for note in doc.footnotes}
    for date in doc.dates:
        w = date.where
        if w.part == "footnote":
            text = notes.get(w.footnote or "", "")
        elif w.section is not None and w.paragraph is not None:
            text = doc.sections[w.section].paragraphs[w.paragraph].text
        else:
            continue
        if (problem := weekday_mismatch(text, date)) is not None:
            warnings.append(problem)
    return warnings
