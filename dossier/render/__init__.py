"""The build's second phase: page contexts from the linked Dossier, Markdown from templates.

Each module here builds one kind of page. ``render_site`` collects them all; nothing is
written here (``dossier.write`` does that).
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar, overload

from dossier.config import Settings
from dossier.memo import Memo, settings_salt, stamp_curation
from dossier.model import Dossier
from dossier.render import article_pages, comparison_pages, embed_pages, entity_pages, event_pages, exports, home
from dossier.render.site import Page, RenderContext

T = TypeVar("T")

ASSETS = Path(__file__).parent / "assets"
ASSET_PREFIX = "assets/dossier/"

# a builder returns its pages as a list, or yields them (then they are staged in batches as they come, so
# that a worker never holds every page of a big builder at once)
Builder = Callable[[Dossier, RenderContext], Iterable[Page]]
BATCH = 256  # pages handed to ``consume`` at a time when a builder yields them
BUILDERS: tuple[Builder, ...] = (
    home.pages,
    article_pages.pages,
    entity_pages.pages,
    event_pages.pages,
    comparison_pages.pages,
    embed_pages.pages,
    exports.pages,
)


PARALLEL_FROM = 200  # articles; below this, forking costs more than it saves
# the slowest builders first, so that the workers finish together
COST_ORDER = (comparison_pages.pages, embed_pages.pages, exports.pages, entity_pages.pages, event_pages.pages,
              article_pages.pages, home.pages)

_JOB: dict[str, Any] = {}  # what forked workers read (inherited, never pickled)


def _context(build: Builder, settings: Settings, language: str) -> RenderContext:
    """A builder's context, with its own render cache (``dossier.memo``) when there is a cache folder."""
    salt = f"{settings_salt(settings, language)}\0{stamp_curation(settings)}"
    return RenderContext(settings, language, Memo(settings.cache_dir, build.__module__.rsplit(".", 1)[-1], salt))


def _build(build: Builder, dossier: Dossier, settings: Settings, language: str,
           consume: Callable[[list[Page]], list[T]]) -> list[T]:
    """A builder's pages through ``consume``: a list at once, yielded pages in batches of ``BATCH``."""
    ctx = _context(build, settings, language)
    pages = build(dossier, ctx)
    if isinstance(pages, list):
        out = consume(pages)
    else:
        out = []
        it = iter(pages)
        while batch := list(itertools.islice(it, BATCH)):
            out.extend(consume(batch))
    ctx.memo.save()
    return out


def _run(build: Builder) -> Any:
    return _build(build, _JOB["dossier"], _JOB["settings"], _JOB["language"], _JOB["consume"])


def render_jobs(settings: Settings, articles: int) -> int:
    """Worker processes for rendering: 1 for a small dossier, with ``jobs: 1`` or without fork."""
    if (settings.jobs == 1 or articles < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods()
            or threading.active_count() > 1):  # no fork beside other threads (`mkdocs serve`)
        return 1
    return max(1, min(settings.jobs or (os.cpu_count() or 1), len(BUILDERS)))


def render_each(dossier: Dossier, settings: Settings, language: str, consume: Callable[[list[Page]], list[T]],
                meanwhile: Callable[[], None] | None = None) -> list[list[T]]:
    """Run every page builder and hand its pages to ``consume``; its results, one per builder.
    Only one builder's pages are in memory at a time (per process). A big dossier is rendered
    by forked worker processes, one page builder per task: they inherit the linked Dossier (and
    ``consume``) instead of receiving a pickled copy, call ``consume`` there and send back only
    what it returns. ``meanwhile`` runs in this process while the workers render (or after the
    builders, without workers)."""
    jobs = render_jobs(settings, len(dossier.articles))
    if jobs == 1:
        results = [_build(build, dossier, settings, language, consume) for build in BUILDERS]
        if meanwhile is not None:
            meanwhile()
        return results
    _JOB.update(dossier=dossier, settings=settings, language=language, consume=consume)
    # what the workers inherit stays out of their garbage collections (which would walk, and
    # copy, every page of the linked dossier) and out of this process's while they render
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run, build) for build in COST_ORDER]
            if meanwhile is not None:
                meanwhile()
            return [f.result() for f in futures]
    finally:
        gc.unfreeze()
        _JOB.clear()


@overload
def render_site(dossier: Dossier, settings: Settings, language: str) -> list[Page]: ...
@overload
def render_site(dossier: Dossier, settings: Settings, language: str,
                stage: Callable[[list[Page]], list[T]], meanwhile: Callable[[], None] | None = None) -> list[T]: ...
def render_site(dossier: Dossier, settings: Settings, language: str,
                stage: Callable[[list[Page]], list[T]] | None = None,
                meanwhile: Callable[[], None] | None = None) -> list[Page] | list[T]:
    """Every page, sorted by path (all in memory). With ``stage``, each builder's pages go to
    ``stage`` as soon as they are rendered (see ``render_each``) and what it returns is collected
    instead: a build that writes them out never holds every page."""
    if stage is not None:
        return [x for r in render_each(dossier, settings, language, stage, meanwhile) for x in r]
    results = render_each(dossier, settings, language, list)
    return sorted((p for r in results for p in r), key=lambda p: p.path)


def asset_files() -> list[tuple[str, bytes]]:
    """Static files (CSS, JS) the generated pages use, as (path in site, bytes)."""
    if not ASSETS.is_dir():
        return []
    return [(ASSET_PREFIX + p.name, p.read_bytes()) for p in sorted(ASSETS.iterdir()) if p.is_file()]
