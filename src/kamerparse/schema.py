"""The JSON Schema of the output, generated from the dataclasses in ``kamerparse.model``.

The schema is checked in as ``schema.json`` beside this module (so that tools can read it without
running Python) and a test regenerates it and fails when the two differ: the model is the one
source of truth. Regenerate with ``python -m kamerparse.schema > src/kamerparse/schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from importlib import resources
from typing import Any, Literal

from .model import SCHEMA_VERSION, Document

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _dataclass_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {}
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        doc = _FIELD_DOCS.get(f"{cls.__name__}.{f.name}")
        if doc:
            prop = {**prop, "description": doc}
        props[f.name] = prop
    schema: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": [f.name for f in dataclasses.fields(cls)],
        "additionalProperties": False,
    }
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


_FIELD_DOCS = {
    "Document.id": 'kst-<dossier id>-<number>, e.g. "kst-27925-963" (an Aanhangsel '
    '"ah-tk-20232024-1786", Handelingen "h-tk-20232024-40-6"); null unless stated',
    "Document.parliamentary_year": 'vergaderjaar, "2023-2024"',
    "Document.date": "the dagtekening, ISO YYYY-MM-DD",
    "Document.document_type": "brief, motie, amendement, verslag, nota van wijziging, "
    "memorie van antwoord, aanhangsel, handelingen or other",
    "Document.warnings": "what the parser was unsure of; an empty list when nothing",
    "Document.sender": "a ministry letter: the ministry as its letterhead prints it; null for a "
    "Kamerstuk, or when only the logo image names it",
    "Document.reference": 'a ministry letter: its own kenmerk ("Ons kenmerk", "Kenmerk")',
    "Document.their_reference": 'a ministry letter: the kenmerk it answers ("Uw kenmerk", '
    '"Uw brief")',
    "Document.attachments": 'a ministry letter: the "Bijlage(n)" field as printed',
    "Document.salutation": 'a ministry letter: the salutation, "Geachte voorzitter,"',
    "Where.paragraph": "index of the paragraph in its section; null for a mention in the "
    "section's heading (or in a footnote)",
    "Where.start": "offset of the mention's first character in that heading, paragraph or "
    "footnote text",
    "Where.end": "offset just past the mention's last character",
    "Where.page": "page the text stands on (PDF and form-feed text only)",
}


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _dataclass_schema(Document, defs)
    root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    order = ["schema_version", *[k for k in root["properties"] if k != "schema_version"]]
    root["properties"] = {k: root["properties"][k] for k in order}
    root["required"] = order
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "kamerparse document",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def packaged_schema() -> dict[str, Any]:
    """The schema shipped with the package (``schema.json``)."""
    return json.loads(resources.files("kamerparse").joinpath("schema.json").read_text("utf-8"))


if __name__ == "__main__":
    print(schema_json(), end="")
