"""The story's home page and the articles index."""

from __future__ import annotations

from collections import Counter

from dossier.extract.timex import edtf_bounds, format_date
from dossier.model import Dossier
from dossier.render.index import index_of
from dossier.render.site import (
    TYPE_INDEX,
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

LATEST = 10
ARTICLES_INDEX = "articles/index.md"
ARTICLES_PAGE = 2000  # rows per page of the articles index


def _article_row(d: Dossier, article_id: str, from_path: str, ctx: RenderContext) -> dict[str, str | None]:
    a = index_of(d).articles[article_id]
    return {
        "href": href(from_path, article_path(a.id)),
        "title": a.title or first_words(a.text, 12),
        "outlet": a.outlet or ctx.t("unknown outlet"),
        "published": a.published_date or ctx.t("unknown"),
        "language": a.language,
        "words": str(len(a.text.split())),
    }


def first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def sorted_articles(d: Dossier) -> list[str]:
    """Newest first; undated articles last, by id."""
    dated = sorted((a for a in d.articles if a.published), key=lambda a: (a.published_date or "", a.id), reverse=True)
    undated = sorted((a for a in d.articles if not a.published), key=lambda a: a.id)
    return [a.id for a in [*dated, *undated]]


def story_title(d: Dossier, ctx: RenderContext) -> str:
    if ctx.settings.title:
        return ctx.settings.title
    people = [e for e in d.entities if e.type == "person" and not e.hidden]
    top = sorted(people, key=lambda e: (-len(e.articles), e.name))[:2]
    if top:
        return " – ".join(e.name for e in top)
    return ctx.t("Dossier")


def date_range(d: Dossier) -> tuple[str | None, str | None]:
    dates = sorted(a.published_date for a in d.articles if a.published_date)
    return (dates[0], dates[-1]) if dates else (None, None)


def main_events(d: Dossier, ctx: RenderContext, n: int = 5) -> list[dict[str, str | int | bool]]:
    """The events most outlets report, in date order."""
    top = sorted(d.events, key=lambda e: (-len(e.articles), e.date or "", e.id))[:n]
    top.sort(key=lambda e: ((b[0].isoformat() if (b := edtf_bounds(e.date)) else "9999"), e.id))
    return [{"title": e.title, "href": href("index.md", event_path(e.id)), "date": format_date(e.date, e.precision,
             ctx.language), "sources": len(e.articles), "planned": e.planned} for e in top]


def event_span(d: Dossier, ctx: RenderContext) -> tuple[str | None, str | None]:
    bounds = [(b, e) for e in d.events if e.date and (b := edtf_bounds(e.date))]
    if not bounds:
        return None, None
    first = min(bounds, key=lambda x: x[0][0])[1]
    last = max(bounds, key=lambda x: x[0][1])[1]
    return format_date(first.date, first.precision, ctx.language), format_date(last.date, last.precision, ctx.language)


def pages(d: Dossier, ctx: RenderContext) -> list[Page]:
    outlets = Counter(a.outlet for a in d.articles if a.outlet)
    unknown_outlets = sum(1 for a in d.articles if not a.outlet)
    first, last = date_range(d)
    ids = sorted_articles(d)
    top_entities = sorted((e for e in d.entities if not e.hidden), key=lambda e: (-len(e.articles), e.label))[:12]
    sections = []
    for type_, path in TYPE_INDEX.items():
        count = sum(1 for e in d.entities if e.type == type_ and not e.hidden)
        if count:
            sections.append({"label": ctx.t({"person": "People", "organization": "Organisations", "place": "Places",
                                             "other": "Other names"}[type_]),
                             "href": href("index.md", path), "count": count})
    if d.events:
        sections.append({"label": ctx.t("Events"), "href": href("index.md", "events/index.md"), "count": len(d.events)})
        sections.append({"label": ctx.t("Timeline"), "href": href("index.md", "timeline/index.md"), "count": None})
    if d.claims:
        sections.append({"label": ctx.t("Source comparison"), "href": href("index.md", "comparison/index.md"),
                         "count": len(d.claims)})
    home_page = ctx.render(
        "home.md.j2", "index.md",
        title=story_title(d, ctx),
        articles=len(d.articles),
        outlets=[{"name": name, "count": n} for name, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
        unknown_outlets=unknown_outlets,
        first=first, last=last,
        latest=[_article_row(d, i, "index.md", ctx) for i in ids[:LATEST]],
        all_articles=href("index.md", "articles/index.md"),
        entities=[{"name": e.label, "href": href("index.md", entity_path(e.id)), "count": len(e.articles)}
                  for e in top_entities],
        sections=sections,
        skipped=len(d.skipped),
        events=main_events(d, ctx),
        event_first=event_span(d, ctx)[0], event_last=event_span(d, ctx)[1],
        whats_new=href("index.md", "whats-new/index.md") if ctx.settings.state_file else None,
        feed=href("index.md", "feed.xml") if ctx.settings.state_file else None,
    )
    parts = chunks(ids, ARTICLES_PAGE)
    index_pages = []
    for number, part in enumerate(parts, 1):
        path = paged_path(ARTICLES_INDEX, number)
        index_pages.append(ctx.render(
            "articles_index.md.j2", path,
            rows=[_article_row(d, i, path, ctx) for i in part],
            skipped=[{"path": s.path, "reason": s.reason, "line": s.line} for s in d.skipped] if number == 1 else [],
            pager=pager(path, ARTICLES_INDEX, len(parts), number),
        ))
    return [home_page, *index_pages]
