"""What every page builder shares: the Page it returns, paths of pages, links between them."""

from __future__ import annotations

import hashlib
import pickle
import posixpath
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, ParamSpec

import jinja2

from dossier import lang
from dossier.config import Settings
from dossier.memo import Memo, PageMeta, no_memo
from dossier.model import UNKNOWN_OUTLET
from dossier.render.escape import attr, md, md_cell, safe_url

TEMPLATES = Path(__file__).parent / "templates"
P = ParamSpec("P")


@dataclass(frozen=True)
class Page:
    """One generated file: ``path`` is relative to the output folder, POSIX style."""

    path: str
    content: str


class Kept(Page):
    """A page from the render cache that has not been unpickled: its path, the sha-256 and
    length of its UTF-8 bytes, and the cache entry it is in. The writer keeps the file on disk
    when the manifest says it holds those bytes (``Staging.keep``); anything that reads
    ``content`` gets it from the entry."""

    sha: str
    size: int
    _blob: bytes
    _index: int

    def __init__(self, path: str, sha: str, size: int, blob: bytes, index: int) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "sha", sha)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "_blob", blob)
        object.__setattr__(self, "_index", index)

    @property  # type: ignore[override]
    def content(self) -> str:
        pages: list[Page] = pickle.loads(zlib.decompress(self._blob))
        return pages[self._index].content


def _is_pages(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(p, Page) for p in value)


def page_meta(pages: list[Page]) -> PageMeta:
    """(path, sha-256, length) of each page's UTF-8 bytes: what ``Kept`` pages carry."""
    out = []
    for p in pages:
        if isinstance(p, Kept):
            out.append((p.path, p.sha, p.size))
        else:
            data = p.content.encode("utf-8")
            out.append((p.path, hashlib.sha256(data).hexdigest(), len(data)))
    return tuple(out)


# ---- where each kind of page lives (URLs depend only on stable ids) -------------------
def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


def entity_path(entity_id: str) -> str:
    return f"entities/{entity_id}.md"


def event_path(event_id: str) -> str:
    return f"events/{event_id}.md"


def claim_path(claim_id: str) -> str:
    return f"claims/{claim_id}.md"


def outlet_path(outlet_id: str) -> str:
    return f"outlets/{outlet_id}.md"


def paged_path(first: str, number: int) -> str:
    """Page ``number`` of a list that starts at ``first`` (``x/index.md`` -> ``x/page-2.md``)."""
    if number <= 1:
        return first
    return f"{posixpath.dirname(first)}/page-{number}.md" if "/" in first else f"page-{number}.md"


def pager(from_path: str, first: str, count: int, current: int) -> list[dict[str, Any]]:
    """Links to every page of a list split into ``count`` pages (empty when it fits on one)."""
    if count <= 1:
        return []
    return [{"number": k, "link": href(from_path, paged_path(first, k)), "current": k == current}
            for k in range(1, count + 1)]


def chunks(items: list[Any], size: int) -> list[list[Any]]:
    """``items`` in pages of ``size`` (one empty page when there are none)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


TYPE_INDEX = {
    "person": "people/index.md",
    "organization": "organisations/index.md",
    "place": "places/index.md",
    "other": "other/index.md",
}


def href(from_path: str, to_path: str, anchor: str | None = None) -> str:
    """A relative Markdown link from one generated page to another."""
    rel = _relpath(to_path, posixpath.dirname(from_path) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=65536)
def _relpath(to_path: str, from_dir: str) -> str:
    """``posixpath.relpath`` for site paths, without its two getcwd() calls (href is called millions of times)."""
    if ".." in to_path or ".." in from_dir or to_path.startswith("/") or from_dir.startswith("/"):
        return posixpath.relpath(to_path, from_dir)
    start = [p for p in from_dir.split("/") if p and p != "."]
    target = [p for p in to_path.split("/") if p and p != "."]
    i = 0
    while i < len(start) and i < len(target) and start[i] == target[i]:
        i += 1
    return "/".join([".."] * (len(start) - i) + target[i:]) or "."


def outlet_label(name: object, t: Any = None) -> str:
    """An outlet's name for a page; an article without one shows as "unknown outlet (<article id>)",
    its first words in the dossier's language."""
    text = "" if name is None else str(name)
    if t is not None and text.startswith(UNKNOWN_OUTLET + " ("):
        return str(t(UNKNOWN_OUTLET)) + text[len(UNKNOWN_OUTLET):]
    return text


@cache
def _ui(language: str) -> dict[str, str]:
    """UI labels: English text is the key; lang/<tag>/ui*.yml translates it."""
    table: dict[str, str] = {}
    folder = lang.LANG_DIR / language
    if folder.is_dir():
        for path in sorted(folder.glob("ui*.yml")):
            table.update({str(k): str(v) for k, v in (lang.load(language, path.stem).get("labels") or {}).items()})
    return table


@dataclass
class RenderContext:
    settings: Settings
    language: str  # the dossier's language, resolved (never "auto")
    memo: Memo = field(default_factory=no_memo)  # the builder's render cache (none: always render)
    env: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        cache = self.settings.cache_dir
        self.env = make_env(self.language, str(cache / "templates") if cache is not None else None)

    def t(self, label: str) -> str:
        return _ui(self.language).get(label, label)

    def pages(self, key: object, build: Callable[P, list[Page]], *args: P.args, **kwargs: P.kwargs) -> list[Page]:
        """``memo.get(key, build, ...)`` for a builder of pages: on a hit whose pages were
        recorded, ``Kept`` pages that are not unpickled unless their content is read."""
        return self._cached_pages(key, lambda: build(*args, **kwargs))

    def page(self, key: object, build: Callable[P, Page], *args: P.args, **kwargs: P.kwargs) -> list[Page]:
        """``pages`` for a builder of one page."""
        return self._cached_pages(key, lambda: [build(*args, **kwargs)])

    def _cached_pages(self, key: object, make: Callable[[], list[Page]]) -> list[Page]:
        memo = self.memo
        if memo.path is None:
            return make()
        k = memo.key(key)
        hit = memo.page_hit(k)
        if hit is not None:
            blob, meta = hit
            return [Kept(path, sha, size, blob, i) for i, (path, sha, size) in enumerate(meta)]
        pages = memo.checked(k, _is_pages, make)
        memo.note_pages(k, page_meta(pages))
        return pages

    def render(self, template: str, page_path: str, **context: Any) -> Page:
        text = self.env.get_template(template).render(t=self.t, **context)
        return Page(page_path, text.rstrip() + "\n")


@lru_cache(maxsize=8)
def make_env(language: str, bytecode_dir: str | None = None) -> jinja2.Environment:
    """The templates' environment; with ``bytecode_dir``, compiled templates are kept there
    between builds (Jinja checks each template's modification time)."""
    bytecode: jinja2.BytecodeCache | None = None
    if bytecode_dir is not None:
        try:
            Path(bytecode_dir).mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(bytecode_dir)
        except OSError:
            bytecode = None
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=bytecode,
        autoescape=False,  # Markdown output: escaping is explicit through the md filters
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md
    env.filters["cell"] = md_cell
    env.filters["attr"] = attr
    env.filters["safe_url"] = safe_url
    env.filters["outlet"] = lambda name: outlet_label(name, lambda label: _ui(language).get(label, label))
    env.globals["t"] = lambda label: _ui(language).get(label, label)
    return env
