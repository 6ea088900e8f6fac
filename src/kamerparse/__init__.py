"""kamerparse: Dutch parliamentary documents in, structured JSON out.

    >>> import kamerparse
    >>> doc = kamerparse.parse_file("letter.txt")       # or .pdf
    >>> doc.title, doc.date, [r.id for r in doc.references]

``parse_text``, ``parse_bytes`` and ``parse_file`` return a ``Document`` (plain dataclasses,
picklable, ``to_dict()``/``to_json()``/``from_dict()``); bad input raises ``ParseError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# The names are imported when first used (PEP 562), so that `import kamerparse.cli` to print
# the help does not compile the whole parser's regexes, and `import kamerparse` stays cheap.
_LAZY = {
    "parse_bytes": "api",
    "parse_file": "api",
    "parse_text": "api",
    "ParseError": "errors",
    **dict.fromkeys(
        ("DateMention", "Document", "Dossier", "Footnote", "Paragraph", "Quality",
         "QualityCheck", "Reference", "Section", "Signatory", "Source", "Where"),
        "model",
    ),
}  # fmt: skip


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:  # one place for the version: pyproject.toml, as installed
        return version("kamerparse")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _installed_version()
    elif name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
