"""dossier.json: the whole linked dossier as data. Its shape is described by
``dossier/schema/dossier.schema.json``; ``SCHEMA_VERSION`` changes when a field changes meaning.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
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


def to_json(dossier: Dossier, republish: bool = False) -> dict[str, Any]:
    extractions = {
        aid: {
            "anchor": ext.anchor,
            "anchor_inferred": ext.anchor_inferred,
            "times": plain(ext.times),
            "mentions": plain(ext.mentions),
        }
        for aid, ext in dossier.extractions.items()
    }
    return {
        "version": SCHEMA_VERSION,
        "generator": f"dossier {__version__}",
        "language": dossier.extras.get("language"),
        "articles": [article_record(a, republish) for a in dossier.articles],
        "entities": plain(dossier.entities),
        "events": plain(dossier.events),
        "claims": plain(dossier.claims),
        "quotes": plain(dossier.quotes),
        "outlets": plain(dossier.outlets),
        "wire_overlap": plain(dossier.extras.get("wire_overlap", [])),
        "redirects": plain(dossier.redirects),
        "extractions": extractions,
        "skipped": plain(dossier.skipped),
    }


def dumps(dossier: Dossier, republish: bool = False) -> str:
    return json.dumps(to_json(dossier, republish), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
