"""The JSON Schema of dossier.json, derived from the data model so that the two cannot drift.

``python -m dossier.schema_gen`` rewrites ``dossier/schema/dossier.schema.json``; a test checks
that the committed file is current and that a real dossier.json validates against it.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dossier import model
from dossier.export import SCHEMA_VERSION

SCHEMA_FILE = Path(__file__).parent / "schema" / "dossier.schema.json"


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type(a, defs) for a in args]}
    if origin is tuple or origin is list:
        return {"type": "array", "items": _type(args[0], defs) if args else {}}
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return {"type": "object"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _record(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
            bool: {"type": "boolean"}}.get(tp, {})


def _record(cls: Any, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {f.name: _type(hints[f.name], defs) for f in dataclasses.fields(cls)}
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    return {"type": "object", "description": doc, "properties": props, "required": sorted(props)}


def schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    refs = {name: _type(cls, defs) for name, cls in (
        ("entity", model.Entity), ("event", model.Event), ("claim", model.Claim), ("quote", model.QuoteGroup),
        ("outlet", model.Outlet), ("skipped", model.Skipped), ("removed", model.Removed),
        ("time", model.TimeExpr), ("mention", model.Mention))}
    article = {
        "type": "object",
        "required": ["id", "source", "title", "outlet", "url", "published", "author", "language", "removed"],
        "properties": {
            "id": {"type": "string"}, "source": {"type": "string"},
            **{k: {"type": ["string", "null"]} for k in ("title", "outlet", "url", "published", "author")},
            "language": {"type": "string"}, "format": {"type": "string"}, "words": {"type": "integer"},
            "removed": {"type": "array", "items": refs["removed"]}, "notes": {"type": "array", "items": {"type": "string"}},
            "metadata": {"type": "object"}, "paragraphs": {"type": "array", "items": {"type": "string"}},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dossier.invalid/schema/dossier.schema.json",
        "title": f"dossier.json, version {SCHEMA_VERSION}",
        "type": "object",
        "required": ["version", "articles", "entities", "events", "claims", "quotes", "outlets", "skipped"],
        "properties": {
            "version": {"const": SCHEMA_VERSION},
            "generator": {"type": "string"},
            "language": {"type": ["string", "null"]},
            "articles": {"type": "array", "items": article},
            "entities": {"type": "array", "items": refs["entity"]},
            "events": {"type": "array", "items": refs["event"]},
            "claims": {"type": "array", "items": refs["claim"]},
            "quotes": {"type": "array", "items": refs["quote"]},
            "outlets": {"type": "array", "items": refs["outlet"]},
            "wire_overlap": {"type": "array"},
            "redirects": {"type": "object", "additionalProperties": {"type": "string"}},
            "extractions": {"type": "object", "additionalProperties": {
                "type": "object",
                "properties": {"anchor": {"type": ["string", "null"]}, "anchor_inferred": {"type": "boolean"},
                               "times": {"type": "array", "items": refs["time"]},
                               "mentions": {"type": "array", "items": refs["mention"]}}}},
            "skipped": {"type": "array", "items": refs["skipped"]},
        },
        "$defs": defs,
    }


def render() -> str:
    return json.dumps(schema(), indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_FILE.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}", file=sys.stderr)
