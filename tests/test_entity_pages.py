"""Entity pages, indexes, redirects and mention links."""

from __future__ import annotations

from dossier.config import Settings
from dossier.link.entities import link_entities
from dossier.model import Dossier, QuoteGroup, QuoteVersion
from dossier.render import entity_pages
from dossier.render.mention_links import link_mentions
from dossier.render.site import RenderContext
from tests.entity_fixtures import build


def dossier(**extra: object) -> Dossier:
    arts, ex = build()
    links = link_entities(arts, ex)
    return Dossier(tuple(arts), ex, links.entities, **extra)  # type: ignore[arg-type]


def test_entity_page_shows_roles_dates_rows_quotes_and_related() -> None:
    quote = QuoteGroup("q1", "yuri-ushakov", (QuoteVersion("a1", "Reuters", "We <b>will</b> trade", 1,
                                                           "yuri-ushakov", "Ushakov", "said"),))
    d = dossier(quotes=(quote,), redirects={"kremlin-old": "kremlin"})
    pages = {p.path: p.content for p in entity_pages.pages(d, RenderContext(Settings(), "en"))}
    page = pages["entities/yuri-ushakov.md"]
    assert page.split("\n---\n\n", 1)[-1].startswith("# Yuri Ushakov")  # after the oEmbed front matter
    assert "Kremlin aide" in page and "Ajudan Kremlin" in page
    assert "| First mentioned | 2026-03-01 |" in page and "| Last mentioned | 2026-03-03 |" in page
    assert "](../articles/a3.md)" in page and "**Ushakov**" in page
    assert "&lt;b&gt;will&lt;/b&gt;" in page and "<b>" not in page
    assert "[Prabowo Subianto](prabowo-subianto.md)" in page
    assert "# People (2)" in pages["people/index.md"]
    assert "[Indonesia](../entities/indonesia.md)" in pages["places/index.md"]
    assert "kremlin.md" in pages["entities/kremlin-old.md"]


def test_hidden_entities_have_no_page() -> None:
    d = dossier()
    hidden = tuple(e.__class__(**{**e.__dict__, "hidden": e.id == "reuters"}) for e in d.entities)
    d2 = Dossier(d.articles, d.extractions, hidden)
    paths = {p.path for p in entity_pages.pages(d2, RenderContext(Settings(), "id"))}
    assert "entities/reuters.md" not in paths and "entities/indonesia.md" in paths


def test_indonesian_labels() -> None:
    pages = {p.path: p.content for p in entity_pages.pages(dossier(), RenderContext(Settings(), "id"))}
    assert "## Disebut dalam" in pages["entities/yuri-ushakov.md"]


def test_link_mentions_escapes_and_links() -> None:
    d = dossier()
    art = d.article("a1")
    out = link_mentions(art.text + "\n\n<script>x</script> *Prabowo*", "a1", d, "articles/a1.md")
    assert "[Yury Ushakov](../entities/yuri-ushakov.md)" in out
    assert "[Jakarta](../entities/jakarta.md)" in out
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.count("\n\n") == 2
