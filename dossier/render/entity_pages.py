"""Entity pages, the per-type entity indexes and redirect pages for old entity ids.

Everything is sorted, counted and chosen here; the templates only loop and print.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from typing import Any

from dossier.link.claims import outlet_name
from dossier.model import Article, Dossier, Entity
from dossier.render.embeds import with_embed
from dossier.render.index import index_of
from dossier.render.inputs import entity_inputs
from dossier.render.site import (
    TYPE_INDEX,
    Page,
    RenderContext,
    article_path,
    entity_path,
    event_path,
    href,
)

RELATED = 10
ENTITY_ROWS = 500  # "mentioned in" rows on an entity page (one per article)
ENTITY_QUOTES = 200
ENTITY_EVENTS = 300
TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place", "other": "Other"}
INDEX_TITLES = {"person": "People", "organization": "Organisations", "place": "Places", "other": "Other"}
SUBTYPE_LABELS = {"country": "country", "city": "city", "region": "region", "media": "media outlet",
                  "government": "government body", "international": "international organisation",
                  "military": "armed forces", "party": "political party", "company": "company",
                  "education": "education", "platform": "platform", "armed-group": "armed group"}


def _articles(dossier: Dossier) -> dict[str, Article]:
    return index_of(dossier).articles


def _sentence(dossier: Dossier, article_id: str, index: int) -> tuple[str, int]:
    """A sentence's text and start offset (empty when the extraction is missing)."""
    s = index_of(dossier).sentences.get(article_id, {}).get(index)
    return (s.text, s.start) if s is not None else ("", 0)


def _label(art: Article | None, article_id: str) -> str:
    return article_id if art is None else outlet_name(art)


def cooccurrence(dossier: Dossier) -> dict[str, Counter[str]]:
    """entity id -> Counter of other visible entity ids by the number of articles they share."""
    idx = index_of(dossier)
    if idx.cooccurrence is None:
        idx.cooccurrence = _cooccurrence(dossier)
    return idx.cooccurrence


def _cooccurrence(dossier: Dossier) -> dict[str, Counter[str]]:
    by_article: dict[str, set[str]] = defaultdict(set)
    for e in dossier.entities:
        if not e.hidden:
            for a in e.articles:
                by_article[a].add(e.id)
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for ids in by_article.values():
        for x in ids:
            for y in ids:
                if x != y:
                    out[x][y] += 1
    return out


def entity_context(entity: Entity, dossier: Dossier, ctx: RenderContext, co: dict[str, Counter[str]],
                   path: str | None = None) -> dict[str, Any]:
    """Everything the entity template prints, sorted and counted; links relative to ``path``
    (the entity page by default; an embed view passes its own)."""
    path = path or entity_path(entity.id)
    arts = _articles(dossier)
    t = ctx.t
    # mentioned in: one row per article, with the first sentence that mentions the entity
    per_article: dict[str, list[Any]] = defaultdict(list)
    for m in entity.mentions:
        per_article[m.article_id].append(m)
    rows = []
    for aid, ms in per_article.items():
        art = arts.get(aid)
        first = min(ms, key=lambda m: m.start)
        sentence, s_start = _sentence(dossier, aid, first.sentence)
        a, b = first.start - s_start, first.end - s_start
        if not sentence or a < 0 or b > len(sentence):
            before, mention, after = "", first.text, ""
        else:
            before, mention, after = sentence[:a], sentence[a:b], sentence[b:]
        rows.append({"outlet": _label(art, aid), "date": (art.published_date if art else None) or "—",
                     "count": len(ms), "before": before, "mention": mention, "after": after,
                     "href": href(path, article_path(aid)), "_sort": ((art.published_date if art else None) or "9999",
                                                                      aid)})
    rows.sort(key=lambda r: r["_sort"])
    dates = sorted(d for d in ((arts[a].published_date if a in arts else None) for a in entity.articles) if d)
    # roles, each with the articles it was printed in
    role_sources: dict[str, dict[str, Any]] = {}
    for r in entity.roles:
        key = " ".join(r.title.lower().split())
        entry = role_sources.setdefault(key, {"title": r.title, "sources": {}})
        entry["sources"][r.article_id] = {"label": _label(arts.get(r.article_id), r.article_id),
                                          "href": href(path, article_path(r.article_id))}
    roles = [{"title": v["title"], "sources": [v["sources"][k] for k in sorted(v["sources"])]}
             for _, v in sorted(role_sources.items(), key=lambda kv: (-len(kv[1]["sources"]), kv[0]))]
    idx = index_of(dossier)
    quotes: list[dict[str, Any]] = []
    for group in idx.quotes_by_speaker.get(entity.id, ()):
        for v in group.versions:
            quotes.append({"text": v.text, "outlet": v.outlet or _label(arts.get(v.article_id), v.article_id),
                           "cue": v.cue, "href": href(path, article_path(v.article_id)), "_sort": (group.id,
                                                                                                   v.article_id)})
    quotes.sort(key=lambda q: q["_sort"])
    events = [{"date": ev.date or "—", "title": ev.title, "href": href(path, event_path(ev.id))}
              for ev in idx.events_by_entity.get(entity.id, ())]
    events.sort(key=lambda e: (e["date"], e["title"]))
    visible = idx.visible
    related = [{"name": visible[oid].label, "type_label": t(TYPE_LABELS.get(visible[oid].type, "Other")),
                "count": n, "href": href(path, entity_path(oid))}
               for oid, n in sorted(co.get(entity.id, Counter()).items(), key=lambda kv: (-kv[1], visible[kv[0]].label))
               if oid in visible][:RELATED]
    n_outlets = len({(arts[a].outlet or a) for a in entity.articles if a in arts})
    type_label = t(TYPE_LABELS.get(entity.type, "Other"))
    summary = entity.description or t("{type} mentioned in {n} articles from {m} sources.").format(
        type=type_label, n=len(entity.articles), m=n_outlets)
    return {
        "entity": entity,
        "summary": summary,
        "type_label": type_label,
        "subtype_label": t(SUBTYPE_LABELS.get(entity.subtype or "", entity.subtype or "")),
        "aliases": [a for a in entity.aliases if a != entity.label],
        "first_date": dates[0] if dates else "—",
        "last_date": dates[-1] if dates else "—",
        "n_articles": len(entity.articles),
        "links": [{"url": u} for u in entity.links],
        "roles": roles,
        "rows": rows[:ENTITY_ROWS],
        "rows_more": max(0, len(rows) - ENTITY_ROWS),
        "quotes": quotes[:ENTITY_QUOTES],
        "quotes_more": max(0, len(quotes) - ENTITY_QUOTES),
        "events": events[:ENTITY_EVENTS],
        "events_more": max(0, len(events) - ENTITY_EVENTS),
        "articles_link": href(path, "articles/index.md"),
        "events_link": href(path, "events/index.md"),
        "related": related,
    }


def index_context(dossier: Dossier, typ: str, ctx: RenderContext) -> dict[str, Any]:
    path = TYPE_INDEX[typ]
    ents = [e for e in dossier.entities if e.type == typ and not e.hidden]
    ents.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.label.casefold(), e.id))
    rows = [{"name": e.label, "href": href(path, entity_path(e.id)), "articles": len(e.articles),
             "mentions": len(e.mentions), "subtype": ctx.t(SUBTYPE_LABELS.get(e.subtype or "", e.subtype or ""))}
            for e in ents]
    return {"title": ctx.t(INDEX_TITLES[typ]), "count": len(rows), "rows": rows}


def _redirect_target(old: str, new: str) -> tuple[str, str, str]:
    """(old page path, new page path, new entity id) from an id pair or a page-path pair."""
    old_path = old if old.endswith(".md") else entity_path(old)
    new_path = new if new.endswith(".md") else entity_path(new)
    return old_path, new_path, posixpath.splitext(posixpath.basename(new_path))[0]


def _entity_files(entity: Entity, dossier: Dossier, ctx: RenderContext, co: dict[str, Counter[str]]) -> list[Page]:
    """An entity's page, embed view and exports: one render-cache entry, under one key."""
    from dossier.render import embed_pages, exports

    page = ctx.render("entity.md.j2", entity_path(entity.id), **entity_context(entity, dossier, ctx, co))
    return [with_embed(page, "entities", entity.id, ctx, entity.label), *embed_pages.entity_embed(entity, dossier, ctx, co),
            *exports.entity_export(entity, dossier, ctx, co)]


def pages(dossier: Dossier, ctx: RenderContext) -> list[Page]:
    """One page per visible entity (with its embed view and exports), an index per type, and
    redirect pages for old ids."""
    co = cooccurrence(dossier)
    out: list[Page] = []
    for entity in sorted(dossier.entities, key=lambda e: e.id):
        if entity.hidden:
            continue
        out += ctx.pages(entity_inputs(entity, dossier, co), _entity_files, entity, dossier, ctx, co)
    for typ in TYPE_INDEX:
        out.append(ctx.render("entity_index.md.j2", TYPE_INDEX[typ], **index_context(dossier, typ, ctx)))
    names = {e.id: e.label for e in dossier.entities}
    written = {p.path for p in out}
    for old, new in sorted(dossier.redirects.items()):
        old_path, new_path, new_id = _redirect_target(old, new)
        if old_path in written or not old_path.startswith("entities/"):
            continue
        rel = href(old_path, new_path)
        url = posixpath.join("..", posixpath.splitext(posixpath.relpath(new_path, "entities"))[0], "")
        out.append(ctx.render("redirect.md.j2", old_path, name=names.get(new_id, new_id), href=rel, url=url))
        written.add(old_path)
    return out
