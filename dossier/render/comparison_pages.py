"""The comparison pages: claim × outlet matrix, claim pages, quote ledger, outlet pages.

Everything is sorted, counted and chosen here; the templates (``comparison.md.j2``,
``claim.md.j2``, ``outlets_index.md.j2``, ``outlet.md.j2``) only loop and print. Article text
reaches the templates as plain strings that they escape with ``|md``/``|cell``, except the
word-level quote diffs, which are built here from :func:`~dossier.render.escape.md`-escaped
words wrapped in ``<del>``/``<ins>`` (fields named ``*_html``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any
from urllib.parse import quote

from dossier.link.claims import outlet_name
from dossier.link.outlets import WireOverlap, link_outlets, outlet_id, wire_overlap
from dossier.link.similarity import fold
from dossier.model import Article, Claim, Dossier, QuoteGroup
from dossier.render.embeds import with_embed
from dossier.render.escape import md
from dossier.render.site import (
    Page,
    RenderContext,
    article_path,
    claim_path,
    entity_path,
    event_path,
    href,
    outlet_path,
)

COMPARISON = "comparison/index.md"
OUTLETS = "outlets/index.md"
STATUSES = ("disputed", "corroborated", "single-source")
SYMBOL = {"reported": "✓", "differs": "≠", "missing": "—"}
MAX_UNIQUE_PER_OUTLET = 60  # single-source claims listed per outlet on the comparison page
MAX_ENTITIES_PER_OUTLET = 40
TITLE_CHARS = 240


def _link(from_path: str, to_path: str, anchor: str | None = None) -> str:
    """A relative link with unsafe characters percent-encoded (ids are file stems)."""
    return quote(href(from_path, to_path, anchor), safe="/#.-_~")


def _title(text: str) -> str:
    """Text safe inside a Markdown link title ("…"): quotes, brackets and markup removed."""
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"[\"<>&\\`*_\[\]{}|]", "", s)
    return s if len(s) <= TITLE_CHARS else s[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def diff_words(base: str, other: str) -> tuple[str, str]:
    """Both texts escaped with ``md``; words only in ``base`` in <del>, only in ``other`` in <ins>."""
    a, b = base.split(), other.split()
    sm = SequenceMatcher(None, [fold(w).strip(".,;:!?\"'“”") for w in a],
                         [fold(w).strip(".,;:!?\"'“”") for w in b], autojunk=False)
    out_a: list[str] = []
    out_b: list[str] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        seg_a, seg_b = md(" ".join(a[i1:i2])), md(" ".join(b[j1:j2]))
        if op == "equal":
            out_a.append(seg_a)
            out_b.append(seg_b)
            continue
        if seg_a:
            out_a.append(f"<del>{seg_a}</del>")
        if seg_b:
            out_b.append(f"<ins>{seg_b}</ins>")
    return " ".join(out_a), " ".join(out_b)


class _Site:
    """Lookups shared by the pages of this module."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.articles = {a.id: a for a in dossier.articles}
        self.columns = list(dict.fromkeys(outlet_name(a) for a in dossier.articles))
        self.outlets = dossier.outlets or link_outlets(dossier.articles, dossier.extractions, dossier.quotes)
        self.outlet_ids = {o.name: o.id for o in self.outlets}
        self.entity_names = {e.id: e.name for e in dossier.entities if not e.hidden}
        self.event_titles = {e.id: e.title for e in dossier.events}
        overlap = dossier.extras.get("wire_overlap") if dossier.extras else None
        self.overlap: list[WireOverlap] = (list(overlap) if overlap is not None
                                           else wire_overlap(dossier.articles, dossier.extractions))

    def outlet_page(self, name: str) -> str:
        return outlet_path(self.outlet_ids.get(name) or outlet_id(name))

    def sentence_link(self, page: str, article_id: str, sentence: int) -> str:
        return _link(page, article_path(article_id), f"s-{sentence}")

    def article_label(self, article_id: str) -> str:
        a = self.articles.get(article_id)
        return (a.title if a and a.title else article_id) or article_id

    def entities(self, page: str, ids: Sequence[str]) -> list[dict[str, str]]:
        return [{"name": self.entity_names[i], "link": _link(page, entity_path(i))}
                for i in ids if i in self.entity_names]

    def events(self, page: str, ids: Sequence[str]) -> list[dict[str, str]]:
        return [{"name": self.event_titles[i], "link": _link(page, event_path(i))}
                for i in ids if i in self.event_titles]

    def claim(self, page: str, c: Claim) -> dict[str, Any]:
        """A claim's context: per outlet column its cells, then its wording per report."""
        by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in c.reports:
            by_outlet[r.outlet].append({
                "symbol": SYMBOL["differs" if r.differs else "reported"],
                "link": self.sentence_link(page, r.article_id, r.sentence),
                "title": _title(r.text),
                "text": r.text,
                "article": self.article_label(r.article_id),
                "differs": r.differs,
            })
        cells = [by_outlet.get(o) or [{"symbol": SYMBOL["missing"], "link": None, "title": "", "text": ""}]
                 for o in self.columns]
        return {
            "id": c.id,
            "label": c.label,
            "status": c.status,
            "link": _link(page, claim_path(c.id)),
            "conflict": c.conflict,
            "cells": cells,
            "reports": [{"outlet": o, "outlet_link": _link(page, self.outlet_page(o)), "versions": by_outlet[o]}
                        for o in self.columns if o in by_outlet],
            "missing": [{"outlet": o, "outlet_link": _link(page, self.outlet_page(o))} for o in c.missing],
            "entities": self.entities(page, c.entities),
            "events": self.events(page, c.events),
        }

    def quote_group(self, page: str, g: QuoteGroup) -> dict[str, Any]:
        base = g.versions[0]
        versions = []
        for i, v in enumerate(g.versions):
            if len(g.versions) == 1:
                text_html = md(v.text)
            elif i == 0:
                text_html = diff_words(base.text, g.versions[1].text)[0]
            else:
                text_html = diff_words(base.text, v.text)[1]
            versions.append({
                "outlet": v.outlet or v.article_id,
                "outlet_link": _link(page, self.outlet_page(v.outlet or v.article_id)),
                "text_html": text_html,
                "text": v.text,
                "link": self.sentence_link(page, v.article_id, v.sentence),
                "speaker": v.speaker_text or "",
                "cue": v.cue,
                "credited": v.credited or "",
            })
        speaker = self.entity_names.get(g.speaker or "") or next((v.speaker_text for v in g.versions if v.speaker_text), "")
        label_words = base.text.split()
        label = " ".join(label_words[:8]) + (" …" if len(label_words) > 8 else "")
        return {"id": g.id, "speaker": speaker or "", "label": label,
                "speaker_link": _link(page, entity_path(g.speaker)) if g.speaker in self.entity_names else None,
                "versions": versions}


def _comparison(site: _Site, ctx: RenderContext) -> Page:
    return ctx.render("comparison.md.j2", COMPARISON, **comparison_context(site, ctx))


def comparison_context(site: _Site, ctx: RenderContext, page: str = COMPARISON) -> dict[str, Any]:
    """Everything comparison.md.j2 prints; links relative to ``page`` (the comparison page by default)."""
    claims = site.dossier.claims
    counts = Counter(c.status for c in claims)
    sections = []
    for status in ("disputed", "corroborated"):
        sections.append({"status": status, "anchor": status,
                         "claims": [site.claim(page, c) for c in claims if c.status == status]})
    unique: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.status == "single-source":
            unique[c.reports[0].outlet].append(c)
    unique_ctx = []
    for o in site.columns:
        cs = unique.get(o, [])
        if not cs:
            continue
        shown = sorted(cs, key=lambda c: (c.reports[0].article_id, c.reports[0].sentence))[:MAX_UNIQUE_PER_OUTLET]
        unique_ctx.append({
            "outlet": o, "outlet_link": _link(page, site.outlet_page(o)), "more": len(cs) - len(shown),
            "claims": [{"text": c.reports[0].text, "link": site.sentence_link(page, c.reports[0].article_id,
                                                                            c.reports[0].sentence),
                        "claim_link": _link(page, claim_path(c.id))} for c in shown]})
    groups = site.dossier.quotes
    ledger = [site.quote_group(page, g) for g in groups if len(g.versions) > 1]
    single_quotes = [site.quote_group(page, g) for g in groups if len(g.versions) == 1]
    filters = [{"status": s, "anchor": s if s != "single-source" else "unique", "count": counts.get(s, 0)}
               for s in STATUSES]
    return dict(columns=[{"name": o, "link": _link(page, site.outlet_page(o))} for o in site.columns],
                sections=sections, unique=unique_ctx, ledger=ledger, single_quotes=single_quotes,
                filters=filters, total=len(claims), quote_count=len(groups))


def _article_row(site: _Site, page: str, a: Article) -> dict[str, Any]:
    ex = site.dossier.extractions.get(a.id)
    return {"id": a.id, "title": a.title or a.id, "link": _link(page, article_path(a.id)),
            "published": a.published_date or "", "words": len(a.text.split()),
            "sentences": len(ex.sentences) if ex else 0, "quotes": len(ex.quotes) if ex else 0}


def _overlap_rows(site: _Site, page: str, rows: Sequence[WireOverlap]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        out.append({
            "a": site.article_label(r.a), "a_link": _link(page, article_path(r.a)),
            "a_outlet": outlet_name(site.articles[r.a]) if r.a in site.articles else r.a,
            "b": site.article_label(r.b), "b_link": _link(page, article_path(r.b)),
            "b_outlet": outlet_name(site.articles[r.b]) if r.b in site.articles else r.b,
            "shared_a": f"{r.shared_a}/{r.sentences_a} ({r.share_a:.0%})",
            "shared_b": f"{r.shared_b}/{r.sentences_b} ({r.share_b:.0%})",
            "flagged": r.flagged,
        })
    return out


def _outlets(site: _Site, ctx: RenderContext) -> list[Page]:
    dossier = site.dossier
    unique_count: Counter[str] = Counter(c.reports[0].outlet for c in dossier.claims if c.status == "single-source")
    reported: Counter[str] = Counter(o for c in dossier.claims for o in {r.outlet for r in c.reports})
    rows = []
    pages: list[Page] = []
    for o in sorted(site.outlets, key=lambda o: (-len(o.articles), o.name.lower())):
        arts = [site.articles[a] for a in o.articles if a in site.articles]
        rows.append({"name": o.name, "link": _link(OUTLETS, outlet_path(o.id)), "articles": len(arts),
                     "words": sum(len(a.text.split()) for a in arts),
                     "quotes": sum(len(dossier.extractions[a.id].quotes) for a in arts if a.id in dossier.extractions),
                     "credits": ", ".join(o.credits), "claims": reported.get(o.name, 0),
                     "unique": unique_count.get(o.name, 0)})
        pages.append(_outlet_page(site, ctx, o.id, o.name, arts, o.credits))
    overlap = _overlap_rows(site, OUTLETS, site.overlap)
    pages.insert(0, ctx.render("outlets_index.md.j2", OUTLETS, outlets=rows, overlap=overlap,
                               comparison_link=_link(OUTLETS, COMPARISON)))
    return pages


def _outlet_page(site: _Site, ctx: RenderContext, oid: str, name: str, arts: list[Article],
                 credits: Sequence[str]) -> Page:
    page = outlet_path(oid)
    dossier = site.dossier
    ids = {a.id for a in arts}
    mention_count: Counter[str] = Counter()
    for e in dossier.entities:
        if e.hidden or e.id not in site.entity_names:
            continue
        n = sum(1 for m in e.mentions if m.article_id in ids) or sum(1 for a in e.articles if a in ids)
        if n:
            mention_count[e.id] = n
    entities = [{"name": site.entity_names[e], "link": _link(page, entity_path(e)), "count": n}
                for e, n in sorted(mention_count.items(), key=lambda kv: (-kv[1], site.entity_names[kv[0]]))
                [:MAX_ENTITIES_PER_OUTLET]]
    quotes = []
    for g in dossier.quotes:
        for v in g.versions:
            if v.article_id in ids:
                quotes.append({"speaker": site.entity_names.get(v.speaker or "") or v.speaker_text or "",
                               "text": v.text, "cue": v.cue, "credited": v.credited or "",
                               "link": site.sentence_link(page, v.article_id, v.sentence),
                               "others": len(g.versions) - 1})
    by_status: dict[str, list[dict[str, Any]]] = {s: [] for s in STATUSES}
    for c in dossier.claims:
        mine = [r for r in c.reports if r.article_id in ids]
        if mine:
            by_status.setdefault(c.status, []).append({
                "label": c.label, "claim_link": _link(page, claim_path(c.id)), "text": mine[0].text,
                "link": site.sentence_link(page, mine[0].article_id, mine[0].sentence),
                "outlets": len({r.outlet for r in c.reports})})
    overlap = _overlap_rows(site, page, [r for r in site.overlap if r.a in ids or r.b in ids])
    return ctx.render("outlet.md.j2", page, name=name,
                      articles=[_article_row(site, page, a) for a in sorted(arts, key=lambda a: a.id)],
                      credits=list(credits), entities=entities, quotes=quotes,
                      claims=[{"status": s, "claims": by_status[s]} for s in STATUSES if by_status.get(s)],
                      overlap=overlap, index_link=_link(page, OUTLETS), comparison_link=_link(page, COMPARISON))


def pages(dossier: Dossier, ctx: RenderContext) -> list[Page]:
    """comparison/index.md, one page per claim, outlets/index.md and one page per outlet."""
    site = _Site(dossier)
    out = [with_embed(_comparison(site, ctx), "comparison", "index", ctx, ctx.t("What each outlet says"))]
    for c in dossier.claims:
        page = claim_path(c.id)
        out.append(with_embed(ctx.render("claim.md.j2", page, claim=site.claim(page, c), columns=site.columns,
                                         comparison_link=_link(page, COMPARISON)), "claims", c.id, ctx, c.label))
    out += _outlets(site, ctx)
    return out
