"""The editor's curation file: corrections to the machine's entities, kept as data.

``curation.yml`` sits beside ``mkdocs.yml``. It is read (never written) on every build and
applied inside :func:`dossier.link.entities.link_entities`. The format is documented in
``content/guide/curation.md``; ``curation.example.yml`` at the repository root is a sample::

    merge:
      - into: united-nations
        ids: [pbb, perserikatan-bangsa-bangsa]
    split:
      - id: washington
        into:
          - {id: george-washington, name: George Washington, type: person, aliases: [George Washington]}
    entities:
      xi-jinping:
        name: Xi Jinping            # rename; the id (and URL) stays
        description: President of the People's Republic of China since 2013.
        wikidata: Q15031
        links: [https://en.wikipedia.org/wiki/Xi_Jinping]
      board-of-peace: {type: organization, subtype: international}
      google-news: {hidden: true}
      kremlin: {id: russian-presidency}   # a new id: the old URL gets a redirect page

Errors are raised as :class:`CurationError` with the message ``path:line: message``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dossier.model import frozen_map

TYPES = ("person", "organization", "place", "other")
ENTITY_KEYS = {"name", "id", "type", "subtype", "hidden", "description", "wikidata", "links", "aliases"}
SPLIT_KEYS = {"id", "name", "type", "subtype", "aliases", "articles"}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")


class CurationError(ValueError):
    """A curation file that cannot be applied; the message is ``path:line: message``."""


@dataclass(frozen=True)
class Merge:
    into: str
    ids: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class SplitPart:
    id: str
    name: str
    type: str | None = None
    subtype: str | None = None
    aliases: tuple[str, ...] = ()  # surface forms whose mentions move to this part
    articles: tuple[str, ...] = ()  # article ids whose mentions move to this part


@dataclass(frozen=True)
class Split:
    id: str
    into: tuple[SplitPart, ...]
    line: int = 0


@dataclass(frozen=True)
class EntityEdit:
    id: str
    name: str | None = None
    new_id: str | None = None
    type: str | None = None
    subtype: str | None = None
    hidden: bool | None = None
    description: str | None = None
    wikidata: str | None = None
    links: tuple[str, ...] | None = None
    aliases: tuple[str, ...] = ()  # extra aliases to show
    line: int = 0


@dataclass(frozen=True)
class Curation:
    """Everything the editor asked for. Empty by default."""

    merges: tuple[Merge, ...] = ()
    splits: tuple[Split, ...] = ()
    edits: Mapping[str, EntityEdit] = field(default_factory=frozen_map)
    source: str = ""


# ---------------------------------------------------------------------------------------
# line numbers


def _lines(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[(*path, key, "<key>")] = key_node.start_mark.line + 1
            _lines(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, i), out)


class _Checker:
    def __init__(self, path: Path, lines: dict[tuple[Any, ...], int]):
        self.path = path
        self.lines = lines

    def fail(self, where: tuple[Any, ...], message: str) -> CurationError:
        line = 0
        for n in range(len(where), -1, -1):
            if where[:n] in self.lines:
                line = self.lines[where[:n]]
                break
        return CurationError(f"{self.path}:{line}: {message}")

    def line(self, where: tuple[Any, ...]) -> int:
        return self.lines.get(where, 0)

    def mapping(self, value: Any, where: tuple[Any, ...], what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"{what} must be a mapping")
        return value

    def sequence(self, value: Any, where: tuple[Any, ...], what: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"{what} must be a list")
        return value

    def string(self, value: Any, where: tuple[Any, ...], what: str) -> str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
            raise self.fail(where, f"{what} must be a non-empty text")
        return str(value).strip()

    def entity_id(self, value: Any, where: tuple[Any, ...], what: str) -> str:
        s = self.string(value, where, what)
        if not _ID.match(s):
            raise self.fail(where, f"{what} {s!r} is not an entity id (lower-case letters, digits and hyphens)")
        return s

    def strings(self, value: Any, where: tuple[Any, ...], what: str) -> tuple[str, ...]:
        if isinstance(value, str):
            return (value,)
        items = self.sequence(value, where, what)
        return tuple(self.string(v, (*where, i), what) for i, v in enumerate(items))

    def type_(self, value: Any, where: tuple[Any, ...]) -> str:
        s = self.string(value, where, "type")
        if s not in TYPES:
            raise self.fail(where, f"type {s!r} is not one of {', '.join(TYPES)}")
        return s

    def keys(self, data: dict[str, Any], allowed: set[str], where: tuple[Any, ...], what: str) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail((*where, key, "<key>"), f"unknown key {key!r} in {what} "
                                                        f"(expected one of {', '.join(sorted(allowed))})")


def load_curation(path: Path) -> Curation:
    """Read and validate a curation file. A missing file is an empty curation."""
    path = Path(path)
    if not path.is_file():
        return Curation(source=str(path))
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise CurationError(f"{path}:{line}: not valid YAML: {problem}") from exc
    if data is None:
        return Curation(source=str(path))
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _lines(node, (), lines)
    c = _Checker(path, lines)
    top = c.mapping(data, (), "the curation file")
    c.keys(top, {"merge", "split", "entities"}, (), "the curation file")

    merges = []
    for i, item in enumerate(c.sequence(top.get("merge") or [], ("merge",), "merge")):
        where: tuple[Any, ...] = ("merge", i)
        m = c.mapping(item, where, "a merge")
        c.keys(m, {"into", "ids"}, where, "a merge")
        if "into" not in m or "ids" not in m:
            raise c.fail(where, "a merge needs 'into' (the id that stays) and 'ids' (the ids merged into it)")
        into = c.entity_id(m["into"], (*where, "into"), "into")
        ids = tuple(c.entity_id(v, (*where, "ids", k), "id") for k, v in
                    enumerate(c.sequence(m["ids"], (*where, "ids"), "ids")))
        if into in ids:
            raise c.fail((*where, "ids"), f"{into!r} cannot be merged into itself")
        merges.append(Merge(into, ids, c.line(where)))

    splits = []
    for i, item in enumerate(c.sequence(top.get("split") or [], ("split",), "split")):
        where = ("split", i)
        s = c.mapping(item, where, "a split")
        c.keys(s, {"id", "into"}, where, "a split")
        if "id" not in s or "into" not in s:
            raise c.fail(where, "a split needs 'id' (the entity to split) and 'into' (the new entities)")
        parts = []
        for k, part in enumerate(c.sequence(s["into"], (*where, "into"), "into")):
            pw = (*where, "into", k)
            p = c.mapping(part, pw, "a split part")
            c.keys(p, SPLIT_KEYS, pw, "a split part")
            if "id" not in p or "name" not in p:
                raise c.fail(pw, "a split part needs 'id' and 'name'")
            if not p.get("aliases") and not p.get("articles"):
                raise c.fail(pw, "a split part needs 'aliases' or 'articles' to say which mentions move to it")
            parts.append(SplitPart(
                id=c.entity_id(p["id"], (*pw, "id"), "id"), name=c.string(p["name"], (*pw, "name"), "name"),
                type=c.type_(p["type"], (*pw, "type")) if "type" in p else None,
                subtype=c.string(p["subtype"], (*pw, "subtype"), "subtype") if p.get("subtype") else None,
                aliases=c.strings(p.get("aliases") or [], (*pw, "aliases"), "aliases"),
                articles=c.strings(p.get("articles") or [], (*pw, "articles"), "articles"),
            ))
        splits.append(Split(c.entity_id(s["id"], (*where, "id"), "id"), tuple(parts), c.line(where)))

    edits: dict[str, EntityEdit] = {}
    entities = c.mapping(top.get("entities") or {}, ("entities",), "entities")
    for key, value in entities.items():
        where = ("entities", key)
        eid = c.entity_id(key, (*where, "<key>"), "entity id")
        e = c.mapping(value if value is not None else {}, where, f"entities.{eid}")
        c.keys(e, ENTITY_KEYS, where, f"entities.{eid}")
        hidden = e.get("hidden")
        if hidden is not None and not isinstance(hidden, bool):
            raise c.fail((*where, "hidden"), "hidden must be true or false")
        wikidata = None
        if e.get("wikidata") is not None:
            wikidata = c.string(e["wikidata"], (*where, "wikidata"), "wikidata")
            if not _WIKIDATA.match(wikidata):
                raise c.fail((*where, "wikidata"), f"wikidata {wikidata!r} is not a Wikidata id such as Q15031")
        links = None
        if e.get("links") is not None:
            links = c.strings(e["links"], (*where, "links"), "links")
            for k, link in enumerate(links):
                if not re.match(r"^https?://", link):
                    raise c.fail((*where, "links", k), f"link {link!r} must start with http:// or https://")
        edits[eid] = EntityEdit(
            id=eid,
            name=c.string(e["name"], (*where, "name"), "name") if e.get("name") is not None else None,
            new_id=c.entity_id(e["id"], (*where, "id"), "id") if e.get("id") is not None else None,
            type=c.type_(e["type"], (*where, "type")) if e.get("type") is not None else None,
            subtype=c.string(e["subtype"], (*where, "subtype"), "subtype") if e.get("subtype") else None,
            hidden=hidden,
            description=c.string(e["description"], (*where, "description"), "description")
            if e.get("description") is not None else None,
            wikidata=wikidata,
            links=links,
            aliases=c.strings(e.get("aliases") or [], (*where, "aliases"), "aliases"),
            line=c.line(where),
        )
    return Curation(tuple(merges), tuple(splits), frozen_map(edits), str(path))
