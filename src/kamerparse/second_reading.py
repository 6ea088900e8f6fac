"""A second, independent reading of the same document, and where the two disagree.

A PDF is read by both back ends (pypdfium2 and pdfplumber decode the text layer each in their
own way); a .docx beside a PDF of the same name (a Word original and its export) is read from
both files. Fields the two readings give differently are fields one of them got wrong: they go
into the quality as the check ``second_reading``, which names them. Costly (a second parse,
and pdfplumber is the slow back end), so only on request: ``--backend both``.
"""

from __future__ import annotations

from collections import Counter

from .model import Document
from .quality import _Grade, _make, add_check

#: the fields compared, as the quality checks name them
_FIELDS = ["id", "chamber", "parliamentary_year", "number", "document_type", "title",
           "addressee", "place", "date", "sender", "reference", "their_reference",
           "attachments", "salutation"]  # fmt: skip
# every field and the body must agree: one disagreement is a look, half of them poor
_GRADE = _Grade(check_at=0.999, poor_at=0.5, ideal=1.0)
# the share of the body's words both readings have, below which the bodies differ
BODY_AGREES = 0.98


def disagreements(first: Document, second: Document) -> tuple[list[str], float]:
    """The fields ``first`` and ``second`` give differently, and how far their bodies agree
    (the F1 of their words as multisets: order-free, so linear in the length)."""
    fields = [f for f in _FIELDS if getattr(first, f) != getattr(second, f)]
    if [d.id for d in first.dossiers] != [d.id for d in second.dossiers]:
        fields.append("dossiers")
    if [(s.function, s.name) for s in first.signatories] != [
        (s.function, s.name) for s in second.signatories
    ]:
        fields.append("signatories")
    if [(f.number, f.text) for f in first.footnotes] != [
        (f.number, f.text) for f in second.footnotes
    ]:
        fields.append("footnotes")
    a, b = _words(first), _words(second)
    both = sum((a & b).values())
    total = sum(a.values()) + sum(b.values())
    body = 2 * both / total if total else 1.0
    if body < BODY_AGREES:
        fields.append("sections")
    return fields, body


def add_second_reading(doc: Document, second: Document, what: str) -> None:
    """Put the check of ``second`` (read as ``what`` says) into ``doc``'s quality."""
    fields, body = disagreements(doc, second)
    compared = len(_FIELDS) + 4  # the header fields, dossiers, signatories, footnotes, body
    agree = 1 - len(fields) / compared
    detail = f"{what}: " + (
        f"{', '.join(fields)} {'differs' if len(fields) == 1 else 'differ'}"
        f" (bodies share {body:.1%} of their words)"
        if fields
        else f"every field the same, bodies share {body:.1%} of their words"
    )
    if doc.quality is not None:
        add_check(doc.quality, _make("second_reading", _GRADE, agree, detail, fields))


def _words(doc: Document) -> Counter[str]:
    return Counter(w for s in doc.sections for p in s.paragraphs for w in p.text.split())
