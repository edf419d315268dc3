"""The build's first phase: read every article, extract from each, link across all of them.

Nothing here writes output. ``build_dossier`` returns the one linked :class:`Dossier` that
every page builder reads.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from dossier.cache import ArticleCache, ExtractionCache, cache_key, load_text_memo, save_text_memo
from dossier.config import Settings
from dossier.curate import Curation, load_curation
from dossier.extract.events import find_event_mentions
from dossier.extract.mentions import find_mentions
from dossier.extract.ner_model import combine, load_model, model_mentions
from dossier.extract.quotes import find_quotes
from dossier.extract.sentences import split_sentences
from dossier.extract.timex import infer_anchor, normalise_times
from dossier.link.claims import attach_events, claims_without_events, link_claims
from dossier.link.entities import link_entities
from dossier.link.events import link_events, reanchor
from dossier.link.names import name_entities
from dossier.link.outlets import WireOverlap, link_outlets, wire_overlap
from dossier.link.quotes import link_quotes
from dossier.model import Article, Claim, Dossier, Extraction, Skipped, frozen_map
from dossier.read import ReadResult, read_folder

Progress = Callable[[str, int, int], None]
PARALLEL_FROM = 200  # articles; below this a process pool costs more than it saves
T = TypeVar("T")


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for the block. Linking allocates millions of small
    objects (and frees them by reference counting) over a heap that holds every article and
    extraction: each full collection walks that whole heap, so the collector's share grew
    faster than the number of articles (a third of the linking time at 3,000 articles)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def extract_article(article: Article, ner_model: str | None = None) -> Extraction:
    """Everything found in one article. Pure: the article in, a frozen Extraction out."""
    text = article.text
    sentences = split_sentences(article.paragraphs)
    mentions = find_mentions(text, sentences, article.language)
    if ner_model:
        mentions = combine(mentions, model_mentions(text, sentences, load_model(ner_model), ner_model))
    anchor = article.published_date
    inferred = False
    if anchor is None:
        anchor = infer_anchor(text, sentences, article.language)
        inferred = anchor is not None
    times = normalise_times(text, sentences, article.language, anchor, inferred)
    quotes = find_quotes(text, sentences, mentions, article.language)
    events = find_event_mentions(text, sentences, mentions, times, article.language, anchor)
    return Extraction(article_id=article.id, sentences=sentences, mentions=mentions, times=times, quotes=quotes,
                      event_mentions=events, anchor=anchor, anchor_inferred=inferred)


def _jobs(settings: Settings, n: int) -> int:
    if settings.jobs:
        return max(1, settings.jobs)
    if n < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def extract_all(articles: Sequence[Article], settings: Settings, progress: Progress | None = None,
                cache: ExtractionCache | None = None) -> dict[str, Extraction]:
    """Extractions of all articles: from the cache, else computed (in parallel when many)."""
    cache = cache or ExtractionCache(None)
    out: dict[str, Extraction] = {}
    todo: list[tuple[Article, str]] = []
    with paused_gc():  # unpickling thousands of extractions: no collection walking the growing heap
        for art in articles:
            key = cache_key(art, settings.ner_model or "")
            hit = cache.get(key)
            if hit is not None and hit.article_id == art.id:
                out[art.id] = hit
            else:
                todo.append((art, key))
    jobs = _jobs(settings, len(todo))
    done = 0
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, len(todo) // (jobs * 8))
            for (art, key), ext in zip(todo, pool.map(partial(extract_article, ner_model=settings.ner_model), [a for a, _ in todo], chunksize=chunk),
                                       strict=True):
                out[art.id] = ext
                cache.put(key, ext)
                done += 1
                if progress and (done % 100 == 0 or done == len(todo)):
                    progress("extract", done, len(todo))
    else:
        for art, key in todo:
            ext = extract_article(art, settings.ner_model)
            out[art.id] = ext
            cache.put(key, ext)
            done += 1
            if progress and (done % 100 == 0 or done == len(todo)):
                progress("extract", done, len(todo))
    return {a.id: out[a.id] for a in articles}


def dossier_language(articles: Sequence[Article], setting: str) -> str:
    if setting and setting != "auto":
        return setting
    counts = Counter(a.language for a in articles)
    return counts.most_common(1)[0][0] if counts else "en"


@dataclass
class BuildResult:
    dossier: Dossier
    read: ReadResult
    language: str
    cache_hits: int = 0
    cache_misses: int = 0
    warnings: list[Skipped] = field(default_factory=list)


def build_dossier(settings: Settings, progress: Progress | None = None) -> BuildResult:
    """Read, extract and link everything. No output is written."""
    read = read_folder(settings.seeds, (lambda i, n, _p: progress("read", i, n)) if progress else None,
                       ArticleCache(settings.cache_dir) if settings.cache_dir is not None else None)
    articles = read.articles
    cache = ExtractionCache(settings.cache_dir)
    extractions = extract_all(articles, settings, progress, cache)
    language = dossier_language(articles, settings.language)
    curation = load_curation(settings.curation) if settings.curation and settings.curation.is_file() else None
    if progress:
        progress("link", 0, 1)
    with paused_gc():
        dossier = _link(settings, read, articles, extractions, language, curation)
    if progress:
        progress("link", 1, 1)
    return BuildResult(dossier, read, language, cache.hits, cache.misses, list(read.warnings))


_LINK: dict[str, Any] = {}  # what forked linking workers read (inherited, never pickled)


def _claims_job() -> tuple[Claim, ...]:
    memo = load_text_memo(_LINK["cache_dir"])
    claims = claims_without_events(_LINK["articles"], _LINK["extractions"], _LINK["links"], memo)
    save_text_memo(_LINK["cache_dir"], memo)
    return claims


def _fork_one(job: Callable[[], T]) -> tuple[ProcessPoolExecutor, Future[T]]:
    """``job`` in a forked worker process, which inherits ``_LINK`` as it is now."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    return pool, pool.submit(job)


def _link(settings: Settings, read: ReadResult, articles: tuple[Article, ...], extractions: dict[str, Extraction],
          language: str, curation: Curation | None) -> Dossier:
    forks = (_jobs(settings, len(articles)) > 1 and "fork" in multiprocessing.get_all_start_methods()
             and threading.active_count() == 1)
    try:
        _LINK.update(articles=articles, extractions=extractions, cache_dir=settings.cache_dir)
        return _link_all(settings, read, articles, extractions, language, curation, forks)
    finally:
        _LINK.clear()


def _link_all(settings: Settings, read: ReadResult, articles: tuple[Article, ...],
              extractions: dict[str, Extraction], language: str, curation: Curation | None, forks: bool) -> Dossier:
    links = link_entities(articles, extractions, curation)
    # claims need the entity links and the extractions, and the events only at the end: a forked
    # worker links them while this process links events, quotes and outlets and finds shared
    # wire copy (unless events re-anchor the extractions first). One worker, forked while this
    # process has no other thread.
    reanchoring = any(not e.anchor or e.anchor_inferred for e in extractions.values())
    _LINK["links"] = links
    claims_fork = _fork_one(_claims_job) if forks and not reanchoring else None
    try:
        wire: list[WireOverlap] = wire_overlap(articles, extractions)  # sentences only: before any re-anchoring
        entities = name_entities(links.entities, language, {a.id: a.language for a in articles}, links.curated)
        # titles name participants as pages do; people and unrenamed names keep the articles' spelling
        shown = {e.id: e.label for e in entities if e.display or e.id in links.curated}
        events = link_events(articles, extractions, links, language, shown.get)
        if reanchoring:
            # articles without a publication date: re-anchor from other outlets' reports of the same events
            extractions = reanchor(articles, extractions, links, language, events)
            events = link_events(articles, extractions, links, language, shown.get)
        quotes = link_quotes(articles, extractions, links)
        outlets = link_outlets(articles, extractions, quotes)
        if claims_fork is not None:
            claims = attach_events(claims_fork[1].result(), events)
        else:
            memo = load_text_memo(settings.cache_dir)
            claims = link_claims(articles, extractions, links, events, memo)
            save_text_memo(settings.cache_dir, memo)
    finally:
        if claims_fork is not None:
            claims_fork[0].shutdown(cancel_futures=True)
    redirects = {f"entities/{old}.md": f"entities/{new}.md" for old, new in links.redirects.items()}
    dossier = Dossier(
        articles=articles,
        extractions=frozen_map(extractions),
        entities=entities,
        events=events,
        claims=claims,
        quotes=quotes,
        outlets=outlets,
        redirects=frozen_map(redirects),
        skipped=read.skipped,
        extras=frozen_map({"wire_overlap": wire, "language": language}),
    )
    return dossier
