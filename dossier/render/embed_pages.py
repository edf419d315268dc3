"""Embed views: a header-less, nav-less page per entity, event and claim, the timeline and the
comparison table, for newsroom pages that show them in an iframe; and their oEmbed files.

Embed pages use the theme template ``embed.html`` (``overrides/embed.html``), which drops
Material's header, tabs, sidebars and footer, opens every link in the top window and loads
``assets/dossier/embed.js``: it posts ``{dossier_embed_height, id}`` to the parent page,
where ``assets/dossier/embed-host.js`` resizes the iframe. Contexts come from the full pages'
builders, computed for the embed page's own path so that every link resolves.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from dossier.model import Claim, Dossier, Entity, Event
from dossier.render import comparison_pages, entity_pages, event_pages
from dossier.render.embeds import (
    EMBED_ROWS,
    absolute,
    add_front_matter,
    embed_path,
    full_path,
    iframe_html,
    item_id_of,
    oembed_path,
    page_url,
    site_base,
)
from dossier.render.site import Page, RenderContext, href

WIDTH = 640
BASE_HEIGHT = 140  # title, intro and the "view in dossier" line, in CSS pixels
ROW_HEIGHT = 34
MAX_HEIGHT = 2400


def estimate_height(rows: int) -> int:
    """A first height for the iframe before the embed reports its own."""
    return min(MAX_HEIGHT, BASE_HEIGHT + ROW_HEIGHT * max(1, rows))


def _front(kind: str, item_id: str) -> dict[str, Any]:
    return {"template": "embed.html", "embed": f"{kind}/{item_id_of(kind, item_id)}",
            "search": {"exclude": True}, "hide": ["navigation", "toc", "footer"]}


def _oembed(kind: str, item_id: str, title: str, rows: int, ctx: RenderContext) -> Page:
    """A static oEmbed response (https://oembed.com/, type "rich") for one embed view."""
    height = estimate_height(rows)
    data: dict[str, Any] = {
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": ctx.settings.title or "Dossier",
        "html": iframe_html(kind, item_id, title, ctx, height),
        "width": WIDTH,
        "height": height,
    }
    base = site_base(ctx)
    if base:
        data["provider_url"] = base
        data["url"] = absolute(ctx, page_url(full_path(kind, item_id)))
    return Page(oembed_path(kind, item_id), json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _render(ctx: RenderContext, template: str, kind: str, item_id: str, title: str, n_rows: int, /,
            **context: Any) -> list[Page]:
    path = embed_path(kind, item_id)
    page = ctx.render(template, path, full=href(path, full_path(kind, item_id)), **context)
    page = Page(path, add_front_matter(page.content, _front(kind, item_id)))
    return [page, _oembed(kind, item_id, title, n_rows, ctx)]


def cap_claim(c: dict[str, Any], rows: int) -> int:
    """Keep at most ``rows`` table rows of a claim context (wordings, then missing outlets); the
    number of rows left out (missing outlets it does not name count too)."""
    left = rows
    total = sum(len(r["versions"]) for r in c["reports"]) + len(c["missing"])
    reports = []
    for r in c["reports"]:
        if left <= 0:
            break
        reports.append({**r, "versions": r["versions"][:left]})
        left -= len(reports[-1]["versions"])
    c["reports"] = reports
    c["missing"] = c["missing"][:max(0, left)]
    shown = sum(len(r["versions"]) for r in reports) + len(c["missing"])
    return total - shown


def cap_sections(sections: list[dict[str, Any]], rows: int) -> int:
    """Keep at most ``rows`` claims over the comparison sections; the number of claims left out
    (counting those only on later comparison pages)."""
    left = rows
    more = 0
    for s in sections:
        more += s.get("later", 0)
        keep = s["claims"][:max(0, left)]
        more += len(s["claims"]) - len(keep)
        left -= len(keep)
        s["claims"] = keep
    return more


def entity_embed(e: Entity, dossier: Dossier, ctx: RenderContext, co: dict[str, Counter[str]]) -> list[Page]:
    """An entity's embed view and oEmbed file (``entity_pages`` makes them with its page)."""
    c = entity_pages.entity_context(e, dossier, ctx, co, embed_path("entities", e.id))
    c["more"] = max(0, len(c["rows"]) - EMBED_ROWS) + c["rows_more"]
    c["rows"] = c["rows"][:EMBED_ROWS]
    return _render(ctx, "embed_entity.md.j2", "entities", e.id, e.label, len(c["rows"]), **c)


def event_embed(ev: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event],
                ents: dict[str, Entity]) -> list[Page]:
    """An event's embed view and oEmbed file (``event_pages`` makes them with its page)."""
    c = event_pages.event_context(ev, dossier, ctx, ordered, ents, embed_path("events", ev.id))
    c["more"] = max(0, len(c["resolutions"]) - EMBED_ROWS)
    c["resolutions"] = c["resolutions"][:EMBED_ROWS]
    return _render(ctx, "embed_event.md.j2", "events", ev.id, ev.title, len(c["resolutions"]) + 2, **c)


def claim_embed(cl: Claim, site: comparison_pages._Site, ctx: RenderContext) -> list[Page]:
    """A claim's embed view and oEmbed file (``comparison_pages`` makes them with its page)."""
    c = site.claim(embed_path("claims", cl.id), cl, cells=False)
    more = cap_claim(c, EMBED_ROWS)
    return _render(ctx, "embed_claim.md.j2", "claims", cl.id, cl.label,
                   min(EMBED_ROWS, len(cl.reports) + len(cl.missing)), claim=c, more=more)


def pages(dossier: Dossier, ctx: RenderContext) -> list[Page]:
    """Embed views and oEmbed files of every visible entity, event and claim, the timeline and
    the comparison table."""
    out: list[Page] = []
    ordered = event_pages.chronological(dossier.events)
    site = comparison_pages._Site(dossier, ctx.t)
    c = event_pages.timeline_context(ordered, ctx, embed_path("timeline", None))
    c["more"] = max(0, len(c["items"]) - EMBED_ROWS)
    c["items"] = c["items"][:EMBED_ROWS]
    out += _render(ctx, "embed_timeline.md.j2", "timeline", "index", ctx.t("Timeline"), len(c["items"]), **c)
    c = comparison_pages.comparison_context(site, ctx, embed_path("comparison", None))
    c["more"] = cap_sections(c["sections"], EMBED_ROWS)
    rows = sum(len(s["claims"]) + 2 for s in c["sections"])
    out += _render(ctx, "embed_comparison.md.j2", "comparison", "index", ctx.t("What each outlet says"), rows, **c)
    # Material's instant navigation reads every <link rel="alternate"> as another language version
    # of the site and fetches the sitemap.xml beside it: the oEmbed links point into embed/<kind>/,
    # so each of those folders gets an empty sitemap (embed views are not for navigation).
    # (each entity's, event's and claim's embed view is made with its page: ``entity_embed`` …)
    made = [embed_path("entities", e.id) for e in dossier.entities if not e.hidden][:1]
    made += [embed_path("events", ev.id) for ev in ordered[:1]] + [embed_path("claims", c.id) for c in dossier.claims[:1]]
    kinds = sorted({path.split("/")[1] for path in [*made, *(p.path for p in out)] if path.startswith("embed/")})
    out += [Page(f"embed/{kind}/sitemap.xml", EMPTY_SITEMAP) for kind in kinds]
    return out


EMPTY_SITEMAP = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
