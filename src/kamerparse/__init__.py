"""kamerparse: Dutch parliamentary documents in, structured JSON out.

    >>> import kamerparse
    >>> doc = kamerparse.parse_file("letter.txt")       # or .pdf
    >>> doc.title, doc.date, [r.id for r in doc.references]

``parse_text``, ``parse_bytes`` and ``parse_file`` return a ``Document`` (plain dataclasses,
picklable, ``to_dict()``/``to_json()``/``from_dict()``); bad input raises ``ParseError``.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from .api import parse_bytes, parse_file, parse_text
from .errors import ParseError
from .model import (
    DateMention,
    Document,
    Dossier,
    Footnote,
    Paragraph,
    Quality,
    QualityCheck,
    Reference,
    Section,
    Signatory,
    Source,
    Where,
)

try:  # one place for the version: pyproject.toml, as installed
    __version__ = _version("kamerparse")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "DateMention",
    "Document",
    "Dossier",
    "Footnote",
    "Paragraph",
    "ParseError",
    "Quality",
    "QualityCheck",
    "Reference",
    "Section",
    "Signatory",
    "Source",
    "Where",
    "__version__",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
