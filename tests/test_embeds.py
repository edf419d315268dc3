"""Embed views, oEmbed files and the Embed block on full pages, built from the seeds."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from dossier.config import Settings
from dossier.pipeline import build_dossier
from dossier.render import render_site
from dossier.render.embeds import add_front_matter, embed_snippet, split_front_matter
from dossier.render.site import RenderContext

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ASSETS = Path(__file__).resolve().parents[1] / "dossier" / "render" / "assets"


def _build(site_url: str | None) -> tuple[object, dict[str, str]]:
    settings = replace(Settings(), seeds=SEEDS, cache_dir=None, curation=None, site_url=site_url)
    result = build_dossier(settings)
    return result.dossier, {p.path: p.content for p in render_site(result.dossier, settings, result.language)}


@pytest.fixture(scope="module")
def built() -> tuple[object, dict[str, str]]:
    return _build("https://news.example.org/dossier")


def test_every_item_has_an_embed_view_and_oembed(built) -> None:
    dossier, pages = built
    wanted = ([("entities", e.id) for e in dossier.entities if not e.hidden] + [("events", e.id) for e in dossier.events]
              + [("claims", c.id) for c in dossier.claims] + [("timeline", "index"), ("comparison", "index")])
    assert len(wanted) > 5
    for kind, item_id in wanted:
        view = pages[f"embed/{kind}/{item_id}.md"]
        front, body = split_front_matter(view)
        assert front["template"] == "embed.html" and front["embed"] == f"{kind}/{item_id}"
        assert "](" in body and body.lstrip().startswith("# ")
        oembed = json.loads(pages[f"embed/{kind}/{item_id}.oembed.json"])
        assert oembed["type"] == "rich" and oembed["version"] == "1.0"
        assert f'src="https://news.example.org/dossier/embed/{kind}/' in oembed["html"]
        assert "<iframe" in oembed["html"] and oembed["height"] > 0 and oembed["width"] > 0


def test_full_pages_link_their_oembed_and_show_the_snippet(built) -> None:
    dossier, pages = built
    entity = next(e for e in dossier.entities if not e.hidden)
    page = pages[f"entities/{entity.id}.md"]
    front, body = split_front_matter(page)
    assert front["oembed"] == f"https://news.example.org/dossier/embed/entities/{entity.id}.oembed.json"
    assert '??? note "' in body and "        <iframe" in body
    assert f"../exports/entities/{entity.id}.md.txt" in body and f"../exports/entities/{entity.id}.wiki.txt" in body
    for path in ("timeline/index.md", "comparison/index.md", f"events/{dossier.events[0].id}.md",
                 f"claims/{dossier.claims[0].id}.md"):
        assert "oembed" in split_front_matter(pages[path])[0], path


def test_embed_view_links_resolve_from_its_own_path(built) -> None:
    import posixpath
    import re

    _, pages = built
    for path, content in pages.items():
        if not path.startswith("embed/") or not path.endswith(".md"):
            continue
        for target in re.findall(r"\]\(([^)#]+)", content):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, (path, target)


def test_without_site_url_the_snippet_is_relative_and_says_so() -> None:
    ctx = RenderContext(Settings(), "en")
    text = embed_snippet("entities", "x-y", "entities/x-y.md", ctx, 'A "quoted" <name>')
    assert 'src="embed/entities/x-y/"' in text and "site_url" in text
    assert "&quot;quoted&quot; &lt;name&gt;" in text  # the title cannot break out of the attribute


def test_front_matter_merges_with_existing() -> None:
    merged = add_front_matter("---\nsearch:\n  boost: 2\n---\n\n# T\n", {"oembed": "a.json"})
    front, body = split_front_matter(merged)
    assert front == {"search": {"boost": 2}, "oembed": "a.json"} and body.lstrip("\n") == "# T\n"


def test_scripts_post_and_resize_without_cdn() -> None:
    child = (ASSETS / "embed.js").read_text()
    host = (ASSETS / "embed-host.js").read_text()
    assert "dossier_embed_height" in child and "ResizeObserver" in child and "postMessage" in child
    assert "dossier_embed_height" in host and "event.source" in host
    assert "http" not in child and "http" not in host


def test_theme_overrides_exist() -> None:
    root = Path(__file__).resolve().parents[1] / "overrides"
    embed = (root / "embed.html").read_text()
    for block in ("header", "tabs", "site_nav", "footer"):
        assert f"{{% block {block} %}}{{% endblock %}}" in embed
    assert 'target="_top"' in embed and "embed.js" in embed
    assert "application/json+oembed" in (root / "main.html").read_text()
