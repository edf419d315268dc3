"""Event pages, the events index, the timeline page and its TimelineJS3 export.

Everything is sorted, counted and chosen here; the templates only loop and print.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from dossier.extract.timex import edtf_bounds, format_date
from dossier.model import Dossier, Entity, Event
from dossier.render.embeds import with_embed
from dossier.render.index import index_of
from dossier.render.inputs import event_inputs
from dossier.render.site import (
    UNKNOWN_OUTLET,
    Page,
    RenderContext,
    article_path,
    chunks,
    entity_path,
    event_path,
    href,
    paged_path,
    pager,
)

EVENTS_INDEX = "events/index.md"
TIMELINE = "timeline/index.md"
TIMELINE_JSON = "timeline/timeline.json"
RELATED = 3
TIMELINE_PAGE = 1000  # events per timeline page (timeline/index.md, then timeline/page-2.md …)
INDEX_PAGE = 2000  # rows per events index page


def _sort_key(e: Event) -> tuple[int, int, dt.date, dt.date, str]:
    b = edtf_bounds(e.date)
    if not b:
        return (9999, 0, dt.date.max, dt.date.max, e.id)
    within_month = (b[0].year, b[0].month) == (b[1].year, b[1].month)
    return (b[0].year, int(within_month), b[0], b[1], e.id)


def chronological(events: Sequence[Event]) -> list[Event]:
    """Events by year; in a year, dates coarser than a month first ("H1 2026"), then by the first
    day their date may mean, the last, and id."""
    return sorted(events, key=_sort_key)


def _entities(dossier: Dossier) -> dict[str, Entity]:
    return {e.id: e for e in dossier.entities}


def _entity_ref(eid: str, ents: dict[str, Entity], from_path: str) -> dict[str, Any]:
    ent = ents.get(eid)
    if ent is None or ent.hidden:
        return {"name": ent.label if ent else eid, "href": None}
    return {"name": ent.label, "href": href(from_path, entity_path(eid))}


def _outlet(dossier: Dossier, article_id: str) -> tuple[str | None, str | None]:
    art = index_of(dossier).articles.get(article_id)
    if art is None:
        return None, None
    return art.outlet, art.published_date


def _date_label(e: Event, language: str) -> str:
    return format_date(e.date, e.precision, language)


def _precision_label(ctx: RenderContext, precision: str | None) -> str:
    return ctx.t(precision or "unknown")


class _Order:
    """Events in chronological order with, per participant, the positions of its events."""

    def __init__(self, ordered: list[Event]) -> None:
        self.ordered = ordered
        self.position = {e.id: k for k, e in enumerate(ordered)}
        self.by_participant: dict[str, list[int]] = {}
        for k, e in enumerate(ordered):
            for p in dict.fromkeys(e.participants):
                self.by_participant.setdefault(p, []).append(k)


_ORDERS: list[_Order] = []


def _order(ordered: list[Event]) -> _Order:
    if not _ORDERS or _ORDERS[0].ordered is not ordered:
        _ORDERS[:] = [_Order(ordered)]
    return _ORDERS[0]


def _neighbours(e: Event, order: _Order, i: int, step: int) -> list[Event]:
    """Up to RELATED events on one side of position ``i`` (step -1 before, +1 after): the nearest
    that share a participant first, then the nearest others. A participant index and a walk
    from ``i``, not a scan of every event."""
    ordered = order.ordered
    sharing: set[int] = set()
    for p in dict.fromkeys(e.participants):
        pos = order.by_participant.get(p, [])
        k = bisect_left(pos, i)
        near = pos[max(0, k - RELATED):k] if step < 0 else pos[k + 1:k + 1 + RELATED]
        sharing.update(near)
    sharing.discard(i)
    chosen = sorted(sharing, key=lambda k: (i - k) * -step)[:RELATED]
    if len(chosen) < RELATED:
        k = i + step
        while len(chosen) < RELATED and 0 <= k < len(ordered):
            if k not in sharing:
                chosen.append(k)
            k += step
    return [ordered[k] for k in chosen]


def neighbours(e: Event, ordered: list[Event]) -> tuple[list[Event], list[Event]]:
    """Up to three events before and after ``e``, those sharing a participant first, each side
    in chronological order."""
    order = _order(ordered)
    i = order.position[e.id]
    return (sorted(_neighbours(e, order, i, -1), key=_sort_key), sorted(_neighbours(e, order, i, 1), key=_sort_key))


def _related(e: Event, ordered: list[Event], from_path: str, language: str) -> tuple[list[dict], list[dict]]:
    """Up to three events before and after, those sharing a participant first."""

    def pick(chosen: list[Event]) -> list[dict]:
        return [{"title": x.title, "date": _date_label(x, language), "href": href(from_path, event_path(x.id))}
                for x in chosen]

    before, after = neighbours(e, ordered)
    return pick(before), pick(after)


def _event_page(e: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event], ents: dict[str, Entity]) -> Page:
    return ctx.render("event.md.j2", event_path(e.id), **event_context(e, dossier, ctx, ordered, ents))


def _full_event_page(e: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event],
                     ents: dict[str, Entity]) -> Page:
    return with_embed(_event_page(e, dossier, ctx, ordered, ents), "events", e.id, ctx, e.title)


def event_context(e: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event], ents: dict[str, Entity],
                  path: str | None = None) -> dict[str, Any]:
    """Everything the event template prints; links relative to ``path`` (the event page by default)."""
    path = path or event_path(e.id)
    resolutions = []
    by_article: dict[str, list[dict]] = {}
    for r in e.reports:
        outlet, published = _outlet(dossier, r.article_id)
        resolutions.append({
            "outlet": outlet or f"{UNKNOWN_OUTLET} ({r.article_id})", "phrase": r.phrase or "", "anchor": r.anchor or "",
            "anchor_inferred": r.anchor_inferred, "edtf": r.edtf or "", "rule": r.rule,
            "label": format_date(r.edtf, None, ctx.language) if r.edtf else "",
        })
        by_article.setdefault(r.article_id, []).append(
            {"text": r.text, "href": href(path, article_path(r.article_id), f"s-{r.sentence}")})
    reports = []
    for aid in sorted(by_article):
        outlet, published = _outlet(dossier, aid)
        reports.append({"outlet": outlet or f"{UNKNOWN_OUTLET} ({aid})", "published": published, "href": href(path, article_path(aid)),
                        "sentences": by_article[aid]})
    before, after = _related(e, ordered, path, ctx.language)
    return dict(
        event=e, date_label=_date_label(e, ctx.language), precision=_precision_label(ctx, e.precision),
        kind=ctx.t(e.kind), participants=[_entity_ref(p, ents, path) for p in e.participants if p != e.place],
        place=_entity_ref(e.place, ents, path) if e.place else None, resolutions=resolutions, reports=reports,
        before=before, after=after, timeline=href(path, TIMELINE), index=href(path, EVENTS_INDEX),
        n_sources=len(e.articles),
    )


def _index_pages(ordered: list[Event], ctx: RenderContext) -> list[Page]:
    parts = chunks(ordered, INDEX_PAGE)
    out = []
    for number, part in enumerate(parts, 1):
        path = paged_path(EVENTS_INDEX, number)
        rows = [{"title": e.title, "href": href(path, event_path(e.id)), "date": _date_label(e, ctx.language),
                 "precision": _precision_label(ctx, e.precision), "kind": ctx.t(e.kind), "sources": len(e.articles),
                 "planned": e.planned} for e in part]
        out.append(ctx.render("events_index.md.j2", path, rows=rows, timeline=href(path, TIMELINE),
                              pager=pager(path, EVENTS_INDEX, len(parts), number)))
    return out


def _group_label(year: int, month: int | None, language: str) -> str:
    if month is None:
        return str(year)
    return format_date(f"{year:04d}-{month:02d}", "month", language)


def _timeline_pages(ordered: list[Event], ctx: RenderContext) -> list[Page]:
    parts = chunks(ordered, TIMELINE_PAGE)
    out = []
    for number, part in enumerate(parts, 1):
        path = paged_path(TIMELINE, number)
        out.append(ctx.render("timeline.md.j2", path, **timeline_context(part, ctx, path),
                              pager=pager(path, TIMELINE, len(parts), number)))
    return out


def timeline_context(ordered: list[Event], ctx: RenderContext, page: str = TIMELINE) -> dict[str, Any]:
    """Chronological, grouped by year and month; dates coarser than a month head their year.
    Links relative to ``page`` (the timeline page by default). A big timeline is split into
    pages of TIMELINE_PAGE events (``_timeline_pages``)."""
    years: list[dict] = []
    items: list[dict] = []
    for e in ordered:
        b = edtf_bounds(e.date)
        entry = {"title": e.title, "href": href(page, event_path(e.id)), "date": _date_label(e, ctx.language),
                 "precision": _precision_label(ctx, e.precision), "sources": len(e.articles), "planned": e.planned,
                 "kind": e.kind}
        items.append(entry)
        if b is None:
            year, month = 0, None
        else:
            fine = b[0].year == b[1].year and b[0].month == b[1].month
            year, month = b[0].year, (b[0].month if fine else None)
        if not years or years[-1]["year"] != year:
            years.append({"year": year, "label": str(year) if year else ctx.t("Undated"), "groups": []})
        groups = years[-1]["groups"]
        if not groups or groups[-1]["month"] != month:
            label = _group_label(year, month, ctx.language) if month else ctx.t("During the year")
            groups.append({"month": month, "label": label, "entries": []})
        groups[-1]["entries"].append(entry)
    return dict(years=years, items=items, index=href(page, EVENTS_INDEX), export=href(page, TIMELINE_JSON))


def _tl_date(d: dt.date, display: str | None = None) -> dict[str, str]:
    out = {"year": str(d.year), "month": str(d.month), "day": str(d.day)}
    if display:
        out["display_date"] = display
    return out


def timelinejs(dossier: Dossier, language: str, title: str | None = None) -> dict[str, Any]:
    """The timeline as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html)."""
    events = []
    for e in chronological(dossier.events):
        b = edtf_bounds(e.date)
        if b is None:
            continue
        label = format_date(e.date, e.precision, language)
        start = {"year": str(b[0].year)}
        if e.precision not in ("year",):
            start["month"] = str(b[0].month)
        if e.precision == "day":
            start["day"] = str(b[0].day)
        start["display_date"] = label
        item: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": start,
            "text": {"headline": html.escape(e.title),
                     "text": "".join(f"<p>{html.escape(r.text)}</p>" for r in e.reports[:3])},
            "group": e.kind,
        }
        if b[0] != b[1] and e.precision not in ("day", "year", "month"):
            item["end_date"] = _tl_date(b[1])
        events.append(item)
    head = html.escape(title or str(dossier.extras.get("title") or "Timeline"))
    return {"title": {"text": {"headline": head, "text": ""}}, "events": events}


def _event_files(e: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event],
                 ents: dict[str, Entity]) -> list[Page]:
    """An event's page, embed view and exports: one render-cache entry, under one key."""
    from dossier.render import embed_pages, exports

    return [_full_event_page(e, dossier, ctx, ordered, ents), *embed_pages.event_embed(e, dossier, ctx, ordered, ents),
            *exports.event_export(e, dossier, ctx, ordered, ents)]


def pages(dossier: Dossier, ctx: RenderContext) -> list[Page]:
    """One page per event (with its embed view and exports), the events index, the timeline and
    its TimelineJS3 export."""
    ordered = chronological(dossier.events)
    ents = _entities(dossier)
    out: list[Page] = []
    for e in ordered:
        out += ctx.pages(event_inputs(e, dossier, *neighbours(e, ordered)), _event_files, e, dossier, ctx, ordered,
                         ents)
    out += _index_pages(ordered, ctx)
    timeline = _timeline_pages(ordered, ctx)
    out.append(with_embed(timeline[0], "timeline", "index", ctx, ctx.t("Timeline")))
    out += timeline[1:]
    data = timelinejs(dossier, ctx.language, ctx.settings.title)
    out.append(Page(TIMELINE_JSON, json.dumps(data, ensure_ascii=False, indent=1) + "\n"))
    return out
