"""``search: pagefind``: Pagefind indexes the built site, its UI replaces Material's search box,
Material's lunr index is not built, and a missing Pagefind is a clear error naming the option."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from dossier.config import Settings, settings_from_mapping
from dossier.pagefind_index import MISSING, PagefindMissing, bundle_stats
from tests.pagefind_site import build, pagefind_project, require_pagefind


def test_search_option_defaults_to_lunr() -> None:
    assert Settings().search == "lunr"
    assert settings_from_mapping({"search": "pagefind"}).search == "pagefind"
    assert settings_from_mapping({"search": "pagefind"}).extra == {}


def test_missing_pagefind_is_an_error_naming_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.config import load_config

    import dossier.mkdocs_plugin as plugin_module

    def missing() -> Path:
        raise PagefindMissing(MISSING)

    monkeypatch.setattr(plugin_module, "pagefind_executable", missing)
    project = pagefind_project(tmp_path / "project", articles=1)
    config = load_config(str(project / "mkdocs.yml"))
    with pytest.raises(PluginError, match=r"search: pagefind.*pip install"):
        config.plugins["dossier"].on_config(config)


def test_unknown_search_engine_is_rejected(tmp_path: Path) -> None:
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    project = pagefind_project(tmp_path / "project", articles=1)
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("search: pagefind", "search: algolia"), encoding="utf-8")
    with pytest.raises(Abort):
        load_config(str(cfg))


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_pagefind()
    root = tmp_path_factory.mktemp("pagefind")
    project = pagefind_project(root / "project")
    site = root / "site"
    proc = build(project, site)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "WARNING" not in proc.stderr, proc.stderr
    return site


def test_pagefind_bundle_is_written(pagefind_site: Path) -> None:
    bundle = pagefind_site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert "id" in entry["languages"]  # the language of <html lang> (theme.language: id)
    assert entry["languages"]["id"]["page_count"] > 100
    assert any((bundle / "fragment").glob("*.pf_fragment"))
    assert any((bundle / "index").glob("*.pf_index"))
    for asset in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js"):
        assert (bundle / asset).is_file(), asset
    stats = bundle_stats(bundle)
    assert 0 < stats.largest_chunk_bytes < stats.total_bytes
    assert stats.fragments == entry["languages"]["id"]["page_count"]


def test_material_search_index_is_not_built(pagefind_site: Path) -> None:
    assert not (pagefind_site / "search" / "search_index.json").exists()
    html = (pagefind_site / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search"' not in html and 'for="__search"' not in html


def test_pages_carry_the_pagefind_ui_with_relative_urls(pagefind_site: Path) -> None:
    html = (pagefind_site / "entities" / "xi-jinping" / "index.html").read_text(encoding="utf-8")
    assert '<script src="../../pagefind/pagefind-ui.js">' in html
    assert 'href="../../pagefind/pagefind-ui.css"' in html
    assert 'id="dossier-search"' in html and "new PagefindUI(" in html
    assert '<article class="md-content__inner md-typeset" data-pagefind-body>' in html
    # shipped in the site, linked relatively (no CDN): works under /repo/ on GitHub Pages
    assert re.findall(r'(?:src|href)="([^"]*pagefind[^"]*)"', html) == ["../../pagefind/pagefind-ui.css",
                                                                         "../../pagefind/pagefind-ui.js"]


def test_only_content_pages_are_indexed(pagefind_site: Path) -> None:
    assert "data-pagefind-body" not in (pagefind_site / "404.html").read_text(encoding="utf-8")
    embed = next((pagefind_site / "embed" / "entities").glob("*/index.html"))
    assert "data-pagefind-body" not in embed.read_text(encoding="utf-8")
    html = (pagefind_site / "index.html").read_text(encoding="utf-8")
    nav = html.split("data-pagefind-body", 1)[0]
    assert 'class="md-nav' in nav  # the navigation is outside the indexed article


def test_benchmark_measures_pagefind(pagefind_site: Path, tmp_path: Path) -> None:
    from dossier.bench import _pagefind

    site = tmp_path / "site"
    shutil.copytree(pagefind_site, site, ignore=shutil.ignore_patterns("pagefind"))
    logged: list[str] = []
    row = _pagefind(site, logged.append)
    assert row["pagefind_s"] > 0
    assert 0 < row["pagefind_chunk_bytes"] < row["pagefind_bytes"]
    assert 0 < row["pagefind_meta_bytes"] < row["pagefind_bytes"]
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
