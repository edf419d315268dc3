"""Caps that keep pages small in a big dossier: the comparison matrix, Claim.missing, the
wire-overlap table, related events, embeds and exports. Nothing is dropped silently: every
capped list says how many more there are and where they are."""

from __future__ import annotations

import re

import pytest

from dossier.config import Settings
from dossier.link.claims import LISTED_OUTLETS, listed_outlets, outlet_name
from dossier.link.outlets import WireOverlap
from dossier.model import Article, Claim, ClaimReport, Dossier, Event, Extraction, Sentence, frozen_map
from dossier.render import comparison_pages, embed_pages, event_pages, exports
from dossier.render.comparison_pages import MATRIX_CLAIMS, OVERLAP_ROWS
from dossier.render.embeds import EMBED_ROWS
from dossier.render.site import RenderContext

N_OUTLETS = 60
N_UNKNOWN = 12
N_CLAIMS = 700


def _article(i: int, outlet: str | None) -> Article:
    return Article(f"a{i:04d}", f"a{i:04d}.txt", f"Title {i}", outlet, None, f"2026-01-{1 + i % 28:02d}", None, "en",
                   (f"Sentence {i} says something about the harbour.",), f"h{i}")


def big_dossier() -> Dossier:
    articles: list[Article] = []
    for o in range(N_OUTLETS):  # outlet o has o + 1 articles: a clear ranking by size
        articles += [_article(len(articles), f"Outlet {o:02d}") for _ in range(o + 1)]
    articles += [_article(len(articles), None) for _ in range(N_UNKNOWN)]
    extractions = {a.id: Extraction(a.id, (Sentence(0, 0, len(a.text), a.text, 0),), (), ()) for a in articles}
    listed = listed_outlets(articles)
    claims = []
    for k in range(N_CLAIMS):
        arts = [articles[(k * 7 + j * 13) % len(articles)] for j in range(3)]
        reports = tuple(ClaimReport(outlet_name(a), a.id, 0, f"Claim {k} as {a.id} wrote it.") for a in arts)
        reporting = {r.outlet for r in reports}
        status = "disputed" if k % 10 == 0 else ("corroborated" if len(reporting) > 1 else "single-source")
        claims.append(Claim(f"c-{k:05d}", f"Claim {k}", status, reports, tuple(o for o in listed if o not in reporting)))
    overlap = [WireOverlap(articles[i].id, articles[i + 1].id, 3, 3, 4, 4, True) for i in range(0, 400, 2)]
    events = tuple(Event(f"e{k:04d}", f"Event {k}", "meeting", f"2026-01-{1 + k % 28:02d}", "day", False,
                         (f"p{k % 5}",), None, (articles[k].id,)) for k in range(120))
    return Dossier(articles=tuple(articles), extractions=frozen_map(extractions), claims=tuple(claims), events=events,
                   extras=frozen_map({"wire_overlap": overlap, "language": "en"}))


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    d = big_dossier()
    ctx = RenderContext(Settings(), "en")
    out = {}
    for build in (comparison_pages.pages, embed_pages.pages, exports.pages, event_pages.pages):
        out.update({p.path: p.content for p in build(d, ctx)})
    return out


def test_missing_names_at_most_the_listed_outlets() -> None:
    d = big_dossier()
    listed = listed_outlets(d.articles)
    assert len(listed) == LISTED_OUTLETS
    assert "Outlet 59" in listed and "Outlet 00" not in listed  # the biggest outlets
    assert not any(o.startswith("unknown outlet") for o in listed)  # > 5 unknown: not named one by one
    assert all(len(c.missing) <= LISTED_OUTLETS for c in d.claims)


def test_comparison_matrix_is_bounded_and_paged(site: dict[str, str]) -> None:
    page = site["comparison/index.md"]
    header = next(line for line in page.splitlines() if line.startswith("| Claim |"))
    assert header.count("](") == LISTED_OUTLETS + 2  # 40 outlets, unknown outlets, other outlets
    assert "unknown outlets" in header and "other outlets" in header
    rows = [line for line in page.splitlines() if re.match(r"\| (<a id=\"c-\d+\"></a>)?\[Claim \d+\]", line)]
    assert len(rows) <= MATRIX_CLAIMS
    assert "comparison/page-2.md" in site
    assert re.search(r"… \d+ more: \[page 2\]\(page-2\.md\)", page)
    assert len(page.encode()) < 1_000_000
    # every matrix claim is on some comparison page, and its claim page links back to that page
    on_pages = set()
    for path, text in site.items():
        if path.startswith("comparison/"):
            on_pages |= set(re.findall(r"\[Claim (\d+)\]\(\.\./claims/", text))
    d = big_dossier()
    matrix = [c for c in d.claims if c.status in ("disputed", "corroborated")]
    assert on_pages == {c.label.split()[1] for c in matrix}
    late = comparison_pages._paged(comparison_pages._Site(d))[0][MATRIX_CLAIMS]  # first claim of page 2
    assert f"../comparison/page-2.md#{late.id}" in site[f"claims/{late.id}.md"]
    assert f'<a id="{late.id}"></a>' in site["comparison/page-2.md"]


def test_claim_page_points_to_outlets_it_does_not_name(site: dict[str, str]) -> None:
    """A claim page names the listed outlets that do not report it and links the rest, without
    counting them: the count belongs to the whole dossier (the matrix prints it), and a page
    that printed it would change with every new outlet."""
    page = site["claims/c-00001.md"]
    assert re.search(r"\| \[Other outlets\]\(\.\./outlets/index\.md\) \| — \| do not report it \|", page)
    assert not re.search(r"\d+ other outlets", page)
    assert re.search(r"\[\d+ other outlets\]\(\.\./outlets/index\.md\)", site["comparison/index.md"])


def test_wire_overlap_top_pairs_and_count(site: dict[str, str]) -> None:
    page = site["outlets/index.md"]
    rows = [line for line in page.splitlines() if line.startswith("| [Title")]
    assert len(rows) == OVERLAP_ROWS
    assert f"… {200 - OVERLAP_ROWS} more pairs" in page


def test_embeds_and_exports_are_capped(site: dict[str, str]) -> None:
    embed = site["embed/comparison/index.md"]
    assert sum(1 for line in embed.splitlines() if line.startswith("| [Claim")) <= EMBED_ROWS
    assert "more in the dossier" in embed and "View in dossier" in embed
    export = site["exports/comparison/index.md.txt"]
    assert sum(1 for line in export.splitlines() if line.startswith("| Claim")) <= EMBED_ROWS + 1
    assert "more in the dossier" in export
    assert max(len(text.encode()) for text in site.values()) < 1_000_000


def test_related_events_match_the_all_pairs_rule() -> None:
    d = big_dossier()
    ordered = event_pages.chronological(d.events)
    for e in ordered[::7]:
        i = ordered.index(e)
        mine = set(e.participants)

        def expect(cands: list[Event], mine: set[str] = mine) -> list[str]:
            sharing = [x for x in cands if mine & set(x.participants)]
            chosen = (sharing + [x for x in cands if x not in sharing])[:event_pages.RELATED]
            return sorted(x.title for x in chosen)

        before, after = event_pages._related(e, ordered, "events/x.md", "en")
        assert sorted(x["title"] for x in before) == expect(list(reversed(ordered[:i])))
        assert sorted(x["title"] for x in after) == expect(ordered[i + 1:])


def test_small_dossier_lists_every_outlet() -> None:
    articles = [_article(i, f"Outlet {i}") for i in range(5)]
    assert listed_outlets(articles) == [f"Outlet {i}" for i in range(5)]


def test_unknown_outlets_collapse_only_past_five() -> None:
    five = [_article(i, None) for i in range(5)] + [_article(9, "Known")]
    assert listed_outlets(five) == [*(f"unknown outlet (a{i:04d})" for i in range(5)), "Known"]
    six = [_article(i, None) for i in range(6)] + [_article(9, "Known")]
    assert listed_outlets(six) == ["Known"]
    site = comparison_pages._Site(Dossier(articles=tuple(six), extractions=frozen_map({})))
    assert site.columns == ["Known", "unknown outlets"]
