"""Plain table exports for wikis without iframes: Markdown and MediaWiki, escaped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dossier.config import Settings
from dossier.pipeline import build_dossier
from dossier.render import render_site
from dossier.render.exports import Table, to_markdown, to_mediawiki, wiki_cell

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_wiki_cell_makes_markup_inert() -> None:
    s = wiki_cell("a | b [[Link]] {{Tmpl}} '''bold''' ~~~~ <script> __TOC__ http://x.org\nnext")
    for bad in ("|", "[[", "{{", "'''", "~~~", "<script", "__TOC__", "http://", "\n"):
        assert bad not in s


def test_tables_render_in_both_formats() -> None:
    table = Table("T | x", ("A", "B"), (("1 | 2", "<b>"), ("3", "4")), "https://example.org/p/")
    md = to_markdown(table)
    assert md.count("\n| ") == 4 and "1 &#124; 2" in md and "&lt;b&gt;" in md
    wiki = to_mediawiki(table)
    assert wiki.startswith('{| class="wikitable"') and "\n|}" in wiki and wiki.count("\n|-") == 2
    assert "[https://example.org/p/]" in wiki


def test_every_page_with_a_table_has_both_exports() -> None:
    settings = replace(Settings(), seeds=SEEDS, cache_dir=None, curation=None)
    result = build_dossier(settings)
    pages = {p.path: p.content for p in render_site(result.dossier, settings, result.language)}
    d = result.dossier
    items = ([("entities", e.id) for e in d.entities if not e.hidden] + [("events", e.id) for e in d.events]
             + [("claims", c.id) for c in d.claims] + [("timeline", "index"), ("comparison", "index")])
    for kind, item_id in items:
        md, wiki = pages[f"exports/{kind}/{item_id}.md.txt"], pages[f"exports/{kind}/{item_id}.wiki.txt"]
        assert "| --- |" in md and "{|" in wiki
    claim = d.claims[0]
    wiki = pages[f"exports/claims/{claim.id}.wiki.txt"]
    assert wiki.count("\n|-") == len(claim.reports) + len(claim.missing)
