"""Event pages, the events index, the timeline page and its TimelineJS3 export."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import dossier as _pkg

# dossier/render/__init__.py imports every page module; while a sibling module is still being
# written, stand in an empty one so that these tests can import event_pages.
for _name in ("entity_pages", "article_pages", "comparison_pages", "home"):
    if not (Path(_pkg.__file__).parent / "render" / f"{_name}.py").exists():
        _stub = types.ModuleType(f"dossier.render.{_name}")
        _stub.pages = lambda dossier, ctx: []  # type: ignore[attr-defined]
        sys.modules[f"dossier.render.{_name}"] = _stub

from dossier.config import Settings  # noqa: E402
from dossier.model import Article, Dossier, Entity, Event, EventReport  # noqa: E402
from dossier.render import event_pages  # noqa: E402
from dossier.render.site import RenderContext  # noqa: E402


def art(aid: str, outlet: str | None, published: str | None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=None, outlet=outlet, url=None, published=published, author=None,
                   language="id", paragraphs=("x",), content_hash=aid)


def ent(eid: str, name: str, typ: str) -> Entity:
    return Entity(id=eid, name=name, type=typ, subtype=None, aliases=(name,), articles=("a1",))


EVENTS = (
    Event(id="meeting-2025-03-03-a-b", title="Pertemuan Ana Lestari–Budi Santoso di Bandung", kind="meeting",
          date="2025-03-03", precision="day", planned=False, participants=("ana", "budi", "bandung"),
          place="bandung", articles=("a1", "a2"),
          reports=(EventReport("a1", 0, "Ana bertemu Budi di Bandung pada Senin (3/3/2025) <script>x</script> | ok.",
                               "Senin (3/3/2025)", "2025-03-03", None, False, "abs-numeric"),
                   EventReport("a2", 2, "Ana met Budi on Monday.", "on Monday", "2025-03-03", "2025-03-04", True,
                               "weekday"))),
    Event(id="summit-2025-40-x", title="KTT Contoh", kind="summit", date="2025-40", precision="half-year",
          planned=True, participants=("ana",), place=None, articles=("a1",),
          reports=(EventReport("a1", 3, "Ana akan hadir pada paruh pertama 2025.", "paruh pertama 2025", "2025-40",
                               None, False, "half"),)),
    Event(id="visit-2024-09-ana", title="Kunjungan Ana Lestari", kind="visit", date="2024-09", precision="month",
          planned=False, participants=("ana",), place=None, articles=("a2",),
          reports=(EventReport("a2", 5, "Ana visited last September.", "last September", "2024-09", "2025-03-04",
                               True, "month-relative"),)),
)


@pytest.fixture
def dossier() -> Dossier:
    return Dossier(
        articles=(art("a1", "Kabar Satu", "2025-03-04"), art("a2", None, None)),
        extractions={},
        entities=(ent("ana", "Ana Lestari", "person"), ent("budi", "Budi Santoso", "person"),
                  ent("bandung", "Bandung", "place")),
        events=EVENTS,
    )


@pytest.fixture
def pages(dossier):
    return {p.path: p.content for p in event_pages.pages(dossier, RenderContext(Settings(), "id"))}


def test_paths(pages):
    events = {"meeting-2025-03-03-a-b", "summit-2025-40-x", "visit-2024-09-ana"}
    assert {p for p in pages if not p.startswith(("embed/", "exports/"))} == {
        *(f"events/{e}.md" for e in events), "events/index.md", "timeline/index.md", "timeline/timeline.json"}
    # each event's embed view and exports are made with its page (one render-cache entry)
    assert {p for p in pages if p.startswith(("embed/", "exports/"))} == {
        f"{path}" for e in events for path in (f"embed/events/{e}.md", f"embed/events/{e}.oembed.json",
                                               f"exports/events/{e}.md.txt", f"exports/events/{e}.wiki.txt")}


def test_event_page(pages):
    page = pages["events/meeting-2025-03-03-a-b.md"]
    assert page.split("\n---\n\n", 1)[-1].startswith("# Pertemuan Ana Lestari–Budi Santoso di Bandung\n")
    assert "3 Mar 2025" in page and "| Ketelitian | hari |" in page
    assert "[Ana Lestari](../entities/ana.md)" in page and "[Budi Santoso](../entities/budi.md)" in page
    assert "| Tempat | [Bandung](../entities/bandung.md) |" in page
    # how each source resolved the date, side by side
    assert "| Kabar Satu | Senin (3/3/2025) | tanggal mutlak | 2025-03-03 |" in page
    # a2 names no outlet: the page says so in its language, with the article id
    assert "| media tidak diketahui (a2) | on Monday | 2025-03-04 (disimpulkan) | 2025-03-03 |" in page
    # what each outlet reported, linked to the sentence in the article page
    assert "(../articles/a1.md#s-0)" in page and "(../articles/a2.md#s-2)" in page
    # related events before and after
    assert "[Kunjungan Ana Lestari](visit-2024-09-ana.md)" in page and "[KTT Contoh](summit-2025-40-x.md)" in page


def test_article_text_is_escaped(pages):
    page = pages["events/meeting-2025-03-03-a-b.md"]
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "| ok." not in page


def test_events_index(pages):
    page = pages["events/index.md"]
    lines = [ln for ln in page.splitlines() if ln.startswith("| ") and "](" in ln]
    assert [ln.split("](")[1].split(")")[0] for ln in lines] == [
        "visit-2024-09-ana.md", "summit-2025-40-x.md", "meeting-2025-03-03-a-b.md"]  # by first possible day
    assert "(direncanakan)" in lines[1] and "| 2 |" in lines[2]


def test_timeline_groups_and_precision(pages):
    page = pages["timeline/index.md"]
    assert '<div class="dossier-timeline" markdown>' in page
    assert "## 2024" in page and "### Sep 2024" in page and "## 2025" in page and "### Mar 2025" in page
    assert "### Sepanjang tahun" in page  # H1 2025 is coarser than a month
    assert "H1 2025" in page and "Sep 2024" in page
    # a date coarser than a month opens its year, then the months follow
    assert page.index("## 2024") < page.index("### Sepanjang tahun") < page.index("### Mar 2025")
    assert "[KTT Contoh](../events/summit-2025-40-x.md)" in page and "direncanakan" in page
    assert "2 sumber" in page and "1 sumber" in page
    assert "http" not in page  # no external resource


def test_timelinejs_export(pages):
    data = json.loads(pages["timeline/timeline.json"])
    first, summit, meeting = data["events"]
    assert first["start_date"] == {"year": "2024", "month": "9", "display_date": "Sep 2024"}
    assert meeting["start_date"]["day"] == "3" and meeting["group"] == "meeting"
    assert meeting["unique_id"] == "meeting-2025-03-03-a-b"
    assert "&lt;script&gt;" in meeting["text"]["text"]
    assert summit["end_date"] == {"year": "2025", "month": "6", "day": "30"}
    assert summit["text"]["headline"] == "KTT Contoh"


def test_english_labels(dossier):
    pages = {p.path: p.content for p in event_pages.pages(dossier, RenderContext(Settings(), "en"))}
    assert "| Precision | day |" in pages["events/meeting-2025-03-03-a-b.md"]
    assert "### During the year" in pages["timeline/index.md"]


def test_no_events(dossier):
    from dataclasses import replace

    pages = {p.path: p.content for p in event_pages.pages(replace(dossier, events=()), RenderContext(Settings(), "en"))}
    assert set(pages) == {"events/index.md", "timeline/index.md", "timeline/timeline.json"}
    assert json.loads(pages["timeline/timeline.json"])["events"] == []
