"""``search: pagefind`` in a real browser: the site served under /repo/ (a GitHub Pages project
site), a query typed into Pagefind's search box finds the right page, and its link opens it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import serve
from tests.pagefind_site import build, pagefind_project, require_pagefind

SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dossier built with ``search: pagefind``, at ``<root>/repo/``."""
    require_pagefind()
    root = tmp_path_factory.mktemp("pagefind-browser")
    project = pagefind_project(root / "project")
    site = root / "www" / "repo"
    proc = build(project, site)
    assert proc.returncode == 0, f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    return site


@pytest.fixture(scope="module")
def repo_url(pagefind_site: Path) -> Iterator[str]:
    """The site's URL, under /repo/ as on a project site."""
    with serve(pagefind_site.parent) as url:
        yield url + "repo/"


def _person(site: Path) -> tuple[str, str]:
    """(name, id) of the person most articles mention."""
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    people = [e for e in data["entities"] if e["type"] == "person" and not e.get("hidden")
              and (site / "entities" / e["id"] / "index.html").is_file()]
    assert people, "no person page in the sample dossier"
    best = max(people, key=lambda e: (len(e["articles"]), e["id"]))
    return best.get("display") or best["name"], best["id"]


def _search(page: Any, query: str) -> list[str]:
    """Type ``query`` into Pagefind's box; the result links (page links, not sub-results)."""
    box = page.locator("#dossier-search .pagefind-ui__search-input")
    box.wait_for(timeout=15000)
    box.click()
    box.press_sequentially(query, delay=30)
    results = page.locator("#dossier-search .pagefind-ui__result-title .pagefind-ui__result-link")
    results.first.wait_for(timeout=30000)
    page.wait_for_timeout(500)  # the list settles after the last keystroke
    return [results.nth(i).get_attribute("href") or "" for i in range(results.count())]


def test_pagefind_finds_a_person_and_opens_the_page(page: Any, repo_url: str, pagefind_site: Path) -> None:
    name, entity_id = _person(pagefind_site)
    page.goto(repo_url + "guide/", wait_until="load")  # a page one folder down: links are relative
    hrefs = _search(page, name)
    wanted = f"/repo/entities/{entity_id}/"
    assert wanted in hrefs, (name, hrefs)
    page.locator(f"#dossier-search .pagefind-ui__result-title a[href='{wanted}']").click()
    page.wait_for_url(re.compile(re.escape(wanted) + "$"), timeout=15000)
    assert name in page.locator("article h1").first.inner_text()
    # the header (and the search box) survive Material's instant navigation: search again
    assert _search(page, "Kremlin")
    assert page.js_errors == [], page.js_errors


def test_pagefind_fetches_only_its_bundle(page: Any, repo_url: str, pagefind_site: Path) -> None:
    fetched: list[str] = []
    page.on("request", lambda req: fetched.append(req.url))
    page.goto(repo_url, wait_until="load")
    _search(page, _person(pagefind_site)[0])
    search_files = [u for u in fetched if "/pagefind/" in u]
    assert search_files and all(u.startswith(repo_url + "pagefind/") for u in search_files), search_files
    assert not any("search_index.json" in u for u in fetched)
    assert page.js_errors == [], page.js_errors


def test_pagefind_search_box_is_accessible(page: Any, repo_url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(repo_url, wait_until="load")
    page.locator("#dossier-search .pagefind-ui__search-input").wait_for(timeout=15000)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
           for v in results.response["violations"] if v.get("impact") in SERIOUS]
    assert bad == [], bad
