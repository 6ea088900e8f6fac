"""The document model: plain dataclasses that every stage reads and writes.

The JSON form of a document is ``Document.to_dict()``; ``Document.from_dict()`` reads it back.
The JSON Schema in ``schema.json`` is generated from these classes (see ``kamerparse.schema``),
so a field added here shows up in the schema and in its drift test.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

# major.minor: a minor step only adds fields or values (a reader of 1.0 reads 1.1 unchanged);
# a major step renames, removes or changes the meaning of something. 1.1 added a ministry
# letter's letterhead (sender, reference, their_reference, attachments, salutation), the
# citation families (law, eu-legislation, motie, amendement, url, …) with law, article, lid and
# members on a reference, start, end and recurring on a date, periods, the quality verdict, and
# the xml and html source formats. 1.2 added the kind and label of a section (an article, a
# part, a fractie, a question or an answer) and the written questions with their answers.
SCHEMA_VERSION = "1.2"

Part = Literal["header", "body", "footnote"]


@dataclass(slots=True)
class Where:
    """Where a mention stands: offsets are into the text of that paragraph or footnote."""

    part: Part = "body"
    section: int | None = None
    paragraph: int | None = None
    footnote: str | None = None
    start: int = 0
    end: int = 0
    page: int | None = None


@dataclass(slots=True)
class Source:
    path: str | None = None
    format: Literal["text", "pdf", "docx", "xml", "html"] = "text"
    sha256: str | None = None
    pages: int | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Dossier:
    """A dossier (Kamerstuk series); ``id`` is normalised: "21501-02", "36200-XII", "34775-A"."""

    id: str
    number: str
    addition: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Paragraph:
    """Running text without footnote markers; ``footnotes`` lists the numbers it cites."""

    text: str
    footnotes: list[str] = field(default_factory=list)
    page: int | None = None


@dataclass(slots=True)
class Section:
    """A heading and the paragraphs under it.

    ``kind`` says what a heading titles where it is one of a paper's structural units, null
    otherwise: "article" (a bill's article: "Artikel 1", "ARTIKEL 2.1", "Artikel I"), "fractie"
    (one party's contribution to a verslag: "Vragen en opmerkingen van de leden van de
    VVD-fractie"), "question" and "answer" (numbered written questions and the answers to them:
    "Vraag 3", "Antwoord op vraag 3", or a bare "3" over a question and its answer in a list of
    questions and answers), "part" (an onderdeel of an amendement or a nota van wijziging: "I",
    "A", "Na"). ``label`` is what the heading numbers or names: the article number ("1", "I",
    "2.1"), the fractie ("VVD"; several joined by ", "), the question number(s), the part.
    """

    heading: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    kind: Literal["article", "part", "fractie", "question", "answer"] | None = None
    label: str | None = None


@dataclass(slots=True)
class Footnote:
    number: str
    text: str
    page: int | None = None


@dataclass(slots=True)
class Reference:
    """A citation of another paper.

    ``type`` is "kamerstuk" (dossier and number), "dossier" (dossier only), "handelingen",
    "aanhangsel", "staatsblad", "staatscourant", "tractatenblad", "ecli", "eu" (a Commission
    document), "eu-legislation" (a regulation, directive or decision: CELEX id), "law" (a Dutch
    act or an article of one: BWB id), "motie", "amendement" (named after members), "url",
    "replaces" (the paper a changed motie replaces), "tk-document", "tk-zaak". ``page`` is the
    page the citation points at ("p. 3"), not where it stands. ``law``, ``article``, ``lid`` and
    ``members`` are null where they do not apply.
    """

    type: str
    text: str
    id: str | None = None
    url: str | None = None
    chamber: str | None = None
    parliamentary_year: str | None = None
    dossier: str | None = None
    number: str | None = None
    page: str | None = None
    law: str | None = None
    article: str | None = None
    lid: str | None = None
    members: list[str] | None = None
    where: Where = field(default_factory=Where)


@dataclass(slots=True)
class DateMention:
    """A calendar date in the text; ``value`` is ISO (YYYY-MM-DD, or YYYY-MM for a month).

    ``start``/``end`` are the first and last day it covers (a month: its first and last day).
    ``recurring`` marks a date that returns every year ("elk jaar op 1 juli").
    """

    text: str
    value: str
    precision: Literal["day", "month"] = "day"
    start: str | None = None
    end: str | None = None
    recurring: bool = False
    where: Where = field(default_factory=Where)


@dataclass(slots=True)
class Period:
    """A stretch of time that is no single date: a quarter, a half year, a season, "medio 2025",
    "vanaf 2030", "juli en augustus", "1 t/m 3 maart".

    ``value`` is "2025-Q1", "2025-H2", "2024-summer", "2025" or "2025-03" (with ``precision``
    quarter, half, season, year or month), a range "2025-07/2025-08" (precision range);
    ``start``/``end`` are ISO days; ``qualifier`` is the word that bounds it ("vanaf", "sinds",
    "na", "uiterlijk", "voor", "tot", "begin", "medio", "eind") or null.
    """

    text: str
    value: str
    precision: Literal["year", "half", "quarter", "season", "month", "range"] = "year"
    start: str | None = None
    end: str | None = None
    qualifier: str | None = None
    where: Where = field(default_factory=Where)


@dataclass(slots=True)
class Signatory:
    function: str | None
    name: str


@dataclass(slots=True)
class Question:
    """A written question and its answer, as a list of questions and answers, an Aanhangsel or a
    minister's answer letter prints them; ``number`` as printed ("3", "3 en 4"), ``answer``
    null where the document gives none. Paragraphs are joined with a blank line."""

    number: str | None
    question: str
    answer: str | None = None


@dataclass(slots=True)
class QualityCheck:
    """One measurement behind the verdict: what was measured, how it stands, and the fields
    that are uncertain when it is not ``ok`` (a user can ignore just those)."""

    name: str
    status: Literal["ok", "check", "poor"]
    value: float
    detail: str
    fields: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quality:
    """How far to trust this output: ``good`` (use it), ``check`` (look at the named fields),
    ``poor`` (the parse is probably wrong). ``score`` is the lowest check's score."""

    verdict: Literal["good", "check", "poor"] = "good"
    score: float = 1.0
    checks: list[QualityCheck] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    source: Source = field(default_factory=Source)
    id: str | None = None
    chamber: Literal["Tweede Kamer", "Eerste Kamer"] | None = None
    parliamentary_year: str | None = None
    dossiers: list[Dossier] = field(default_factory=list)
    number: str | None = None
    document_type: str | None = None
    title: str | None = None
    addressee: str | None = None
    place: str | None = None
    date: str | None = None
    # a ministry's own letter: its letterhead as printed (null for a Kamerstuk)
    sender: str | None = None
    reference: str | None = None
    their_reference: str | None = None
    attachments: str | None = None
    salutation: str | None = None
    sections: list[Section] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    # the questions and answers read from the sections (empty for a paper without them)
    questions: list[Question] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # null only for a document not built by the pipeline (e.g. read from older JSON)
    quality: Quality | None = None
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        from .output import plain  # dataclasses.asdict, without its deep copies

        d = plain(self)
        # schema_version first: readers check it before anything else
        return {"schema_version": d.pop("schema_version"), **d}

    def to_json(self, indent: int | None = 1) -> str:
        if indent is None:  # the C encoder
            return json.dumps(self.to_dict(), ensure_ascii=False)
        from .output import pretty_json

        return pretty_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _build(cls, data)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]


def _build(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from its JSON form (the inverse of ``asdict``)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in known})
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in value]
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is not type(None):
                return _build(arg, value)
    return value
