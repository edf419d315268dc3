"""Search that fits the language: word forms and aliases added to MkDocs' search index.

Material's search (lunr) stems only the languages lunr-languages has; Indonesian is not one
of them, so ``lang: id`` silently falls back to English and "pembicaraan" does not find a
page that says "berbicara". After the build, :func:`rewrite_search_index` adds a field
``terms`` to every section of ``search/search_index.json`` whose page is in such a language:
the Snowball stem of each of its words and the other forms of the same stem found anywhere
on the site. A query in any form seen on the site (or the bare stem) then finds every page
that uses another form of it, without changing Material's JavaScript: the extra field is
declared in the index's ``config.fields``, which Material's search worker indexes as is.

Entity pages also get a field ``aliases`` (every surface form merged into the entity), boosted
like a title, so an entity is found first by any name it was written with.

Languages that lunr already stems on the client (those in the search plugin's ``lang`` with
a pipeline that includes ``stemmer``) are left alone, which keeps English working as before.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import snowballstemmer
from babel import Locale, UnknownLocaleError

from dossier.model import Dossier
from dossier.render.site import article_path, entity_path

TERMS_FIELD = "terms"
ALIASES_FIELD = "aliases"
TERMS_BOOST = 1.0
ALIASES_BOOST = 1e5  # above titles (1e3): a name is what a reader types; below tags (1e6)
MAX_FORMS = 12  # other word forms added per stem
MIN_LENGTH = 3

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class SearchHints:
    """What the rewrite needs from the dossier: page languages and entity aliases, by URL."""

    languages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # page url -> languages
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # page url -> aliases
    default: tuple[str, ...] = ()  # languages of pages not listed (hand-written pages: none)


@cache
def stemmer_for(language: str) -> Any | None:
    """The Snowball stemmer of a BCP 47 language tag (``id`` -> Indonesian), or None."""
    tag = language.split("-")[0].lower()
    try:
        name = Locale.parse(tag).english_name
    except (ValueError, UnknownLocaleError):
        return None
    algorithm = (name or "").split(" (")[0].lower()
    if algorithm not in snowballstemmer.algorithms():
        return None
    return snowballstemmer.stemmer(algorithm)


def words(text: str) -> list[str]:
    """The lower-cased words of an index field (HTML tags and entities removed, no numbers)."""
    plain = _ENTITY.sub(" ", _TAG.sub(" ", text))
    return [w.lower() for w in _WORD.findall(plain) if len(w) >= MIN_LENGTH]


class _Stems:
    """Snowball stems of one language, each word stemmed once (a site repeats its words a lot)."""

    def __init__(self, language: str) -> None:
        self.stemmer: Any = stemmer_for(language)
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        s = self.cache.get(word)
        if s is None:
            s = self.cache[word] = self.stemmer.stemWord(word)
        return s


@cache
def _stems(language: str) -> _Stems:
    return _Stems(language)


def word_forms(texts: Iterable[str], language: str) -> dict[str, frozenset[str]]:
    """stem -> every form of it in ``texts`` (only stems with a form other than the stem itself)."""
    if stemmer_for(language) is None:
        return {}
    return _forms((set(words(text)) for text in texts), _stems(language))


def _forms(word_sets: Iterable[set[str]], stem: _Stems) -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = defaultdict(set)
    for ws in word_sets:
        for w in ws:
            forms[stem(w)].add(w)
    return {s: frozenset(f) for s, f in forms.items() if f - {s}}


def expansion(text: str, language: str, forms: Mapping[str, frozenset[str]]) -> list[str]:
    """Terms to add to ``text`` so its words are found by their stems and their other forms."""
    if stemmer_for(language) is None:
        return []
    return _expansion(set(words(text)), _stems(language), {s: sorted(f) for s, f in forms.items()})


def _expansion(present: set[str], stem: _Stems, sorted_forms: Mapping[str, list[str]]) -> list[str]:
    out: set[str] = set()
    for w in present:
        s = stem(w)
        if len(s) >= MIN_LENGTH:
            out.add(s)
        others = sorted_forms.get(s)
        if others:
            out.update([f for f in others[:MAX_FORMS + 1] if f != w][:MAX_FORMS])
    return sorted(out - present)


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page at ``path`` (``entities/x.md`` -> ``entities/x/``)."""
    stem = path[:-3] if path.endswith(".md") else path
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/" if directory_urls else f"{stem}.html"


def search_hints(dossier: Dossier, paths: Iterable[str], directory_urls: bool = True) -> SearchHints:
    """Languages of the generated pages at ``paths`` and aliases of the entity pages.

    An article page is in its article's language; every other generated page quotes all the
    articles, so it gets all their languages. Hand-written pages get none.
    """
    all_languages = tuple(sorted({a.language for a in dossier.articles if a.language}))
    by_path = {article_path(a.id): (a.language,) for a in dossier.articles if a.language}
    languages = {page_url(p, directory_urls): by_path.get(p, all_languages) for p in paths if p.endswith(".md")}
    aliases = {page_url(entity_path(e.id), directory_urls): tuple(dict.fromkeys((e.label, e.name, *e.aliases)))
               for e in dossier.entities if not e.hidden}
    return SearchHints(languages=languages, aliases=aliases)


def _page(location: str) -> str:
    return location.split("#", 1)[0]


def _client_stemmed(config: Mapping[str, Any]) -> set[str]:
    """Languages lunr stems in the browser with this index's configuration."""
    pipeline = config.get("pipeline")
    if pipeline is not None and "stemmer" not in pipeline:
        return set()
    return set(config.get("lang") or ["en"])


def expand_index(index: dict[str, Any], hints: SearchHints) -> dict[str, Any]:
    """``index`` (Material's search_index.json, parsed) with ``terms`` and ``aliases`` fields added."""
    config = dict(index.get("config") or {})
    docs = [dict(d) for d in index.get("docs") or []]
    skip = _client_stemmed(config)

    def langs(doc: Mapping[str, Any]) -> list[str]:
        found = hints.languages.get(_page(doc.get("location", "")), hints.default)
        return [x for x in found if x not in skip and stemmer_for(x) is not None]

    doc_words: list[set[str] | None] = []  # each document's words, found once
    doc_langs: list[list[str]] = []
    by_language: dict[str, list[set[str]]] = defaultdict(list)
    for d in docs:
        mine = langs(d)
        ws = set(words(f"{d.get('title', '')} {d.get('text', '')}")) if mine else None
        doc_words.append(ws)
        doc_langs.append(mine)
        for x in mine:
            by_language[x].append(ws)  # type: ignore[arg-type]
    stems = {x: _stems(x) for x in by_language}
    forms = {x: {s: sorted(f) for s, f in _forms(sets, stems[x]).items()} for x, sets in by_language.items()}
    fields = dict(config.get("fields") or {"title": {"boost": 1e3}, "text": {"boost": 1.0}, "tags": {"boost": 1e6}})
    for d, ws, mine in zip(docs, doc_words, doc_langs, strict=True):
        terms: set[str] = set()
        for x in mine:
            terms.update(_expansion(ws, stems[x], forms[x]))  # type: ignore[arg-type]
        if terms:
            d[TERMS_FIELD] = " ".join(sorted(terms))
            fields.setdefault(TERMS_FIELD, {"boost": TERMS_BOOST})
        names = hints.aliases.get(d.get("location", ""))  # the page's own entry, not its sections
        if names:
            d[ALIASES_FIELD] = " ".join(names)
            fields.setdefault(ALIASES_FIELD, {"boost": ALIASES_BOOST})
    config["fields"] = fields
    return {**index, "config": config, "docs": docs}


def rewrite_search_index(site_dir: Path, hints: SearchHints) -> bool:
    """Rewrite ``site_dir/search/search_index.json`` in place; False when there is none."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    out = expand_index(index, hints)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return True

