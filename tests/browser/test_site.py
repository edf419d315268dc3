"""The built site in a real browser: search, timeline links, JavaScript errors, accessibility, embeds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import unavailable

SERIOUS = {"serious", "critical"}


def _dossier(site_dir: Path) -> dict[str, Any]:
    return json.loads((site_dir / "dossier.json").read_text(encoding="utf-8"))


def _first_dir(site_dir: Path, folder: str) -> str:
    """The URL of the first generated page under ``folder`` (e.g. ``entities/abc/``)."""
    pages = sorted(p.parent.name for p in (site_dir / folder).glob("*/index.html"))
    assert pages, f"no page under {folder}/"
    return f"{folder}/{pages[0]}/"


def _alias_case(site_dir: Path) -> tuple[str, str]:
    """(alias, entity id) of a visible entity with an alias that shares no word with its name."""
    for e in sorted(_dossier(site_dir)["entities"], key=lambda e: (-len(e["articles"]), e["id"])):
        if e.get("hidden") or not (site_dir / "entities" / e["id"] / "index.html").is_file():
            continue
        name_words = set(re.findall(r"\w+", e["name"].casefold()))
        for alias in e["aliases"]:
            alias_words = re.findall(r"\w+", alias.casefold())
            if alias_words and not name_words & set(alias_words) and all(len(w) > 2 for w in alias_words):
                return alias, e["id"]
    pytest.skip("no entity in this build has an alias that differs from its name in every word")


def _goto(page: Any, base_url: str, url: str) -> None:
    page.goto(base_url + url, wait_until="load")


def test_search_finds_entity_by_alias(page: Any, base_url: str, site_dir: Path) -> None:
    alias, entity_id = _alias_case(site_dir)
    _goto(page, base_url, "")
    box = page.locator("input.md-search__input")
    box.click()
    results = page.locator(".md-search-result__list a")
    # Material reads the query on key events (Playwright's fill() sends none) and its worker loads
    # the index in the background; a query typed before it is ready is dropped, so type it again
    # until results show (up to a minute on a loaded machine).
    for _ in range(12):
        box.fill("")
        box.press_sequentially(alias, delay=30)
        try:
            results.first.wait_for(timeout=5000)
            break
        except Exception:  # playwright's TimeoutError: type it again
            continue
    results.first.wait_for(timeout=5000)
    page.wait_for_timeout(300)  # let the result list settle after the last keystroke
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(min(results.count(), 10))]
    assert any(f"entities/{entity_id}/" in h for h in hrefs), (alias, entity_id, hrefs)


def test_timeline_item_opens_its_event(page: Any, base_url: str) -> None:
    _goto(page, base_url, "timeline/")
    links = page.locator(".dossier-timeline a[href*='events/']")
    if links.count() == 0:
        pytest.skip("the timeline of this build has no event")
    link = links.first
    title = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"/events/[^/]+/"), timeout=15000)
    heading = page.locator("article h1").first.inner_text()
    assert title and title in heading, (title, heading)


def _pages_to_check(site_dir: Path) -> list[str]:
    pages = ["", _first_dir(site_dir, "entities"), _first_dir(site_dir, "events"), "timeline/", "comparison/",
             _first_dir(site_dir, "articles")]
    return pages


@pytest.mark.parametrize("which", ["home", "entity", "event", "timeline", "comparison", "article"])
def test_no_javascript_error(page: Any, base_url: str, site_dir: Path, which: str) -> None:
    kinds = ["home", "entity", "event", "timeline", "comparison", "article"]
    url = _pages_to_check(site_dir)[kinds.index(which)]
    _goto(page, base_url, url)
    page.wait_for_load_state("networkidle")
    assert page.js_errors == [], (url, page.js_errors)


@pytest.mark.parametrize("which", ["home", "entity", "timeline", "comparison"])
def test_no_serious_accessibility_violation(page: Any, base_url: str, site_dir: Path, which: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    url = {"home": "", "entity": _first_dir(site_dir, "entities"), "timeline": "timeline/",
           "comparison": "comparison/"}[which]
    _goto(page, base_url, url)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
           for v in results.response["violations"] if v.get("impact") in SERIOUS]
    assert bad == [], (url, bad)


HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed test</title></head>
<body>
<h1>Host page</h1>
<iframe id="frame" title="dossier embed" data-dossier-embed="{embed_id}" src="{src}" height="50"
        style="height:50px;width:600px;border:0"></iframe>
<script>
window.__posted = [];
window.addEventListener("message", function (e) {{
  if (e.data && typeof e.data.dossier_embed_height === "number") window.__posted.push(e.data.dossier_embed_height);
}});
</script>
{host_script}
</body></html>
"""


def test_embed_resizes_its_iframe(page: Any, base_url: str, site_dir: Path) -> None:
    embeds = sorted(p.parent for p in (site_dir / "embed").glob("*/*/index.html")) if (site_dir / "embed").is_dir() \
        else []
    if not embeds:
        pytest.skip("no embed page (embed/<kind>/<id>/) in this build yet")
    host = site_dir / "assets" / "dossier" / "embed-host.js"
    if not host.is_file():
        unavailable("embed pages exist but assets/dossier/embed-host.js does not")
    embed = embeds[0].relative_to(site_dir).as_posix()
    kind_id = embed.split("/", 1)[1]
    (site_dir / "embed-test.html").write_text(
        HOST_PAGE.format(embed_id=kind_id, src=f"/{embed}/",
                         host_script='<script src="/assets/dossier/embed-host.js"></script>'), encoding="utf-8")
    _goto(page, base_url, "embed-test.html")
    page.wait_for_function("window.__posted.length > 0", timeout=15000)
    page.wait_for_timeout(500)  # the last report after fonts and styles have settled
    posted = page.evaluate("window.__posted[window.__posted.length - 1]")
    expected = max(60, min(round(posted), 20000))
    page.wait_for_function(f"Math.round(document.getElementById('frame').getBoundingClientRect().height) === "
                           f"{expected}", timeout=5000)
    frame = page.frame_locator("#frame")
    assert frame.locator("body").inner_text().strip(), "the embed page rendered nothing"
    assert expected != 50
    assert page.js_errors == []
