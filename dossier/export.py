"""dossier.json: the whole linked dossier as data. Its shape is described by
``dossier/schema/dossier.schema.json``; ``SCHEMA_VERSION`` changes when a field changes meaning.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from dossier import __version__
from dossier.model import Article, Dossier

SCHEMA_VERSION = "1.0"


_FIELDS: dict[type, tuple[str, ...] | None] = {}
_SCALARS = (str, int, float, bool, type(None))


def _field_names(cls: type) -> tuple[str, ...] | None:
    names = _FIELDS.get(cls, ())
    if names == ():
        names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
        _FIELDS[cls] = names
    return names


def plain(value: Any) -> Any:
    """Dataclasses, mappings and tuples as JSON-ready dicts and lists."""
    if type(value) in _SCALARS:
        return value
    names = None if isinstance(value, type) else _field_names(type(value))
    if names is not None:
        return {n: plain(getattr(value, n)) for n in names}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return sorted(items, key=json.dumps) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def article_record(article: Article, republish: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "author": article.author,
        "language": article.language,
        "format": article.fmt,
        "words": len(article.text.split()),
        "removed": plain(article.removed),
        "notes": list(article.notes),
        "metadata": plain(article.metadata),
    }
    if republish:
        record["paragraphs"] = list(article.paragraphs)
    return record


def _sections(dossier: Dossier, republish: bool) -> list[tuple[str, Any, Callable[[Any], Any]]]:
    """dossier.json's top-level fields: (name, raw value, how one item of it becomes plain data)."""

    def extraction(ext: Any) -> dict[str, Any]:
        return {"anchor": ext.anchor, "anchor_inferred": ext.anchor_inferred,
                "times": plain(ext.times), "mentions": plain(ext.mentions)}

    return [
        ("version", SCHEMA_VERSION, plain),
        ("generator", f"dossier {__version__}", plain),
        ("language", dossier.extras.get("language"), plain),
        ("articles", list(dossier.articles), lambda a: article_record(a, republish)),
        ("entities", dossier.entities, plain),
        ("events", dossier.events, plain),
        ("claims", dossier.claims, plain),
        ("quotes", dossier.quotes, plain),
        ("outlets", dossier.outlets, plain),
        ("wire_overlap", dossier.extras.get("wire_overlap", []), plain),
        ("redirects", dossier.redirects, plain),
        ("extractions", dict(dossier.extractions), extraction),
        ("skipped", dossier.skipped, plain),
    ]


def _items(value: Any, item: Callable[[Any], Any]) -> Iterator[tuple[str | None, Any]] | None:
    """A list's or mapping's items, one at a time (None for anything else)."""
    if isinstance(value, list | tuple):
        return ((None, item(v)) for v in value)
    if isinstance(value, Mapping) and _field_names(type(value)) is None:
        return ((str(k), item(v)) for k, v in value.items())
    return None


def to_json(dossier: Dossier, republish: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value, item in _sections(dossier, republish):
        items = _items(value, item) if item is not plain else None
        if items is None:
            out[name] = item(value)
        elif isinstance(value, Mapping):
            out[name] = dict(items)
        else:
            out[name] = [v for _, v in items]
    return out


def _dump(value: Any) -> str:
    """One item on one line (Python's C encoder; an indented dump takes its pure-Python one)."""
    return json.dumps(value, ensure_ascii=False)


def iter_dumps(dossier: Dossier, republish: bool = False, batch: int = 1 << 16) -> Iterator[str]:
    """``dumps`` in pieces of about ``batch`` characters: the same text, never whole in memory.
    Each article, entity, event, … is encoded on its own, on one line: quick to write and to
    read, and a rebuild's diff shows which items changed."""
    buf: list[str] = []
    size = 0
    sections = _sections(dossier, republish)
    for i, (name, value, item) in enumerate(sections):
        buf.append(("{\n " if i == 0 else ",\n ") + json.dumps(name, ensure_ascii=False) + ": ")
        items = _items(value, item)
        if items is None:
            buf.append(_dump(item(value)))
            continue
        opening = "[" if isinstance(value, list | tuple) else "{"
        first = True
        for key, v in items:
            piece = ("\n  " if first else ",\n  ") + ("" if key is None else json.dumps(key, ensure_ascii=False) + ": ")
            buf.append((opening if first else "") + piece + _dump(v))
            first = False
            size += len(buf[-1])
            if size >= batch:
                yield "".join(buf)
                buf, size = [], 0
        buf.append(("[]" if opening == "[" else "{}") if first else "\n " + ("]" if opening == "[" else "}"))
    buf.append("\n}\n")
    yield "".join(buf)


def dumps(dossier: Dossier, republish: bool = False) -> str:
    return "".join(iter_dumps(dossier, republish))
