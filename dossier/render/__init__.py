"""The build's second phase: page contexts from the linked Dossier, Markdown from templates.

Each module here builds one kind of page. ``render_site`` collects them all; nothing is
written here (``dossier.write`` does that).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.config import Settings
from dossier.model import Dossier
from dossier.render import article_pages, comparison_pages, embed_pages, entity_pages, event_pages, exports, home
from dossier.render.site import Page, RenderContext

ASSETS = Path(__file__).parent / "assets"
ASSET_PREFIX = "assets/dossier/"

Builder = Callable[[Dossier, RenderContext], list[Page]]
BUILDERS: tuple[Builder, ...] = (
    home.pages,
    article_pages.pages,
    entity_pages.pages,
    event_pages.pages,
    comparison_pages.pages,
    embed_pages.pages,
    exports.pages,
)


def render_site(dossier: Dossier, settings: Settings, language: str) -> list[Page]:
    ctx = RenderContext(settings, language)
    pages: list[Page] = []
    for build in BUILDERS:
        pages.extend(build(dossier, ctx))
    return sorted(pages, key=lambda p: p.path)


def asset_files() -> list[tuple[str, bytes]]:
    """Static files (CSS, JS) the generated pages use, as (path in site, bytes)."""
    if not ASSETS.is_dir():
        return []
    return [(ASSET_PREFIX + p.name, p.read_bytes()) for p in sorted(ASSETS.iterdir()) if p.is_file()]
