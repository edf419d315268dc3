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
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from dossier.link.claims import is_unknown_outlet, listed_outlets, outlet_name
from dossier.link.outlets import WireOverlap, link_outlets, outlet_id, wire_overlap
from dossier.link.similarity import fold
from dossier.memo import digest
from dossier.model import Article, Claim, Dossier, QuoteGroup
from dossier.render.embeds import with_embed
from dossier.render.escape import md
from dossier.render.index import index_of
from dossier.render.inputs import claim_inputs, outlet_inputs
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
# Caps that keep pages small in a big dossier; a small one (like the seeds) never reaches them.
MATRIX_CLAIMS = 300  # claims per comparison page (disputed first, then the most corroborated)
DETAIL_VERSIONS = 10  # wordings printed per claim below the matrix (all of them are on the claim page)
DETAIL_CLAIMS = 40  # of those, claims whose every wording is printed below the matrix (the rest: claim pages)
UNIQUE_LINES = 300  # single-source claims listed on the comparison page, over all outlets
UNIQUE_OUTLETS = 40  # outlets with a "unique details" list on the comparison page
LEDGER_GROUPS = 100  # quote-ledger groups per comparison page (and as many single quotes)
CELL_MARKS = 5  # marks in one matrix cell (a merged column can hold many reports)
OVERLAP_ROWS = 50  # wire-overlap pairs on the outlets index
OUTLET_ROWS = 200  # rows of each list on an outlet page
UNKNOWN_COLUMN = "unknown outlets"
OTHER_COLUMN = "other outlets"


@lru_cache(maxsize=1 << 17)
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

    def __init__(self, dossier: Dossier, t: Any = None) -> None:
        t = t or (lambda label: label)
        self.dossier = dossier
        self.articles = {a.id: a for a in dossier.articles}
        self.outlet_order = list(dict.fromkeys(outlet_name(a) for a in dossier.articles))
        self.outlet_rank = {o: i for i, o in enumerate(self.outlet_order)}
        # matrix columns: the listed outlets (those Claim.missing names), then one column for
        # unknown outlets and one for the rest when a big dossier merges them
        listed = listed_outlets(dossier.articles)
        self.listed = frozenset(listed)
        self._listed_digest: dict[bool, bytes] = {}
        self._missing_digests: dict[tuple[str, ...], bytes] = {}
        unknown = {outlet_name(a) for a in dossier.articles if is_unknown_outlet(a)}
        self.columns = list(listed)
        self.column_of = {o: o for o in listed}
        self.merged: dict[str, str] = {}  # merged column label -> where its outlets are listed
        rest = [o for o in self.outlet_order if o not in self.column_of]
        if any(o in unknown for o in rest):
            label = t(UNKNOWN_COLUMN)
            self.columns.append(label)
            self.merged[label] = OUTLETS
            self.column_of.update({o: label for o in rest if o in unknown})
        if any(o not in unknown for o in rest):
            label = t(OTHER_COLUMN)
            self.columns.append(label)
            self.merged[label] = OUTLETS
            self.column_of.update({o: label for o in rest if o not in unknown})
        self.outlets = dossier.outlets or link_outlets(dossier.articles, dossier.extractions, dossier.quotes)
        self.outlet_ids = {o.name: o.id for o in self.outlets}
        self.entity_names = {e.id: e.label for e in dossier.entities if not e.hidden}
        self.claims_by_article: dict[str, list[int]] = defaultdict(list)
        for k, c in enumerate(dossier.claims):
            for r in c.reports:
                self.claims_by_article[r.article_id].append(k)
        self.quotes_by_article: dict[str, list[int]] = defaultdict(list)
        for k, g in enumerate(dossier.quotes):
            for v in g.versions:
                self.quotes_by_article[v.article_id].append(k)
        self.event_titles = {e.id: e.title for e in dossier.events}
        overlap = dossier.extras.get("wire_overlap") if dossier.extras else None
        self.overlap: list[WireOverlap] = (list(overlap) if overlap is not None
                                           else wire_overlap(dossier.articles, dossier.extractions))

    def outlet_keys(self, matrix: bool) -> dict[str, tuple[Any, ...]]:
        """Per outlet name what a claim's context shows of it: its page and rank, and in the
        matrix its column."""
        if not hasattr(self, "_outlet_keys"):
            names = set(self.outlet_order) | set(self.column_of) | {o for c in self.dossier.claims for o in c.missing}
            self._outlet_keys = {o: (self.outlet_page(o), self.outlet_rank.get(o)) for o in names}
            self._matrix_keys = {o: (*k, self.column_of.get(o)) for o, k in self._outlet_keys.items()}
        return self._matrix_keys if matrix else self._outlet_keys

    def claim_key(self, c: Claim, matrix: bool = False) -> bytes:
        """The render-cache key of a claim's context (see ``dossier.render.inputs``), digested
        once per claim and view. In the matrix a claim shows the columns and how many outlets
        do not report it; on its own page, embed view and export only whether others do not.
        The matrix's count of those outlets (``missing_more``) is not in its key: every new
        outlet changes it for every claim, so ``matrix_claim`` sets it after the cache lookup."""
        if not hasattr(self, "_claim_keys"):
            self._claim_keys: dict[tuple[str, bool], bytes] = {}
        key = self._claim_keys.get((c.id, matrix))
        if key is None:
            outlets = self.outlet_keys(matrix)
            if matrix not in self._listed_digest:
                self._listed_digest[matrix] = digest(tuple((o, outlets.get(o)) for o in sorted(self.listed)))
            key = self._claim_keys[(c.id, matrix)] = digest(
                claim_inputs(c, self.dossier, outlets, tuple(self.columns) if matrix else (),
                             "set after" if matrix else self.missing_more(c) > 0,
                             self.listed, self._listed_digest[matrix], self._missing_digest))
        return key

    def _missing_digest(self, missing: tuple[str, ...]) -> bytes:
        """A digest of a claim's ``missing`` outlets (claims share a few such tuples)."""
        key = self._missing_digests.get(missing)
        if key is None:
            key = self._missing_digests[missing] = digest(missing)
        return key

    def matrix_claim(self, ctx: RenderContext, page: str, c: Claim) -> dict[str, Any]:
        """``claim(page, c)`` from the render cache, with ``missing_more`` of this build."""
        cc: dict[str, Any] = ctx.memo.get(("matrix", page, self.claim_key(c, matrix=True)), self.claim, page, c)
        cc["missing_more"] = self.missing_more(c)
        return cc

    def quote_key(self, g: QuoteGroup) -> bytes:
        """A digest of the quote group ``g`` (once per group)."""
        if not hasattr(self, "_quote_keys"):
            self._quote_keys: dict[int, bytes] = {}
        key = self._quote_keys.get(id(g))
        if key is None:
            key = self._quote_keys[id(g)] = digest(g)
        return key

    def outlet_page(self, name: str) -> str:
        if name in self.merged:
            return self.merged[name]
        return outlet_path(self.outlet_ids.get(name) or outlet_id(name))

    def overlap_of(self, ids: set[str]) -> list[WireOverlap]:
        """Wire-overlap rows of the articles ``ids`` (in the order of ``self.overlap``)."""
        if not hasattr(self, "_overlap_by_article"):
            by: dict[str, list[int]] = defaultdict(list)
            for k, r in enumerate(self.overlap):
                by[r.a].append(k)
                if r.b != r.a:
                    by[r.b].append(k)
            self._overlap_by_article = by
        found = sorted({k for a in ids for k in self._overlap_by_article.get(a, ())})
        return [self.overlap[k] for k in found]

    def missing_more(self, c: Claim) -> int:
        """Outlets that do not report ``c`` and that its ``missing`` does not name."""
        reporting = {r.outlet for r in c.reports}
        return max(0, len(self.outlet_order) - len(reporting) - len(c.missing))

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

    def claim(self, page: str, c: Claim, cells: bool = True) -> dict[str, Any]:
        """A claim's context: per outlet column its cells (unless ``cells`` is false), then its
        wording per report."""
        by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        by_column: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in c.reports:
            v = {
                "symbol": SYMBOL["differs" if r.differs else "reported"],
                "link": self.sentence_link(page, r.article_id, r.sentence),
                "title": _title(r.text),
                "text": r.text,
                "article": self.article_label(r.article_id),
                "differs": r.differs,
            }
            by_outlet[r.outlet].append(v)
            by_column[self.column_of.get(r.outlet, r.outlet)].append(v)
        cell_list = []
        for o in self.columns if cells else ():
            marks = by_column.get(o) or [{"symbol": SYMBOL["missing"], "link": None, "title": "", "text": ""}]
            if len(marks) > CELL_MARKS:  # a merged column: the first marks and how many more
                marks = [*marks[:CELL_MARKS], {"symbol": f"+{len(marks) - CELL_MARKS}", "link": None, "title": "",
                                               "text": ""}]
            cell_list.append(marks)
        return {
            "id": c.id,
            "label": c.label,
            "status": c.status,
            "link": _link(page, claim_path(c.id)),
            "conflict": c.conflict,
            "cells": cell_list,
            "reports": [{"outlet": o, "outlet_link": _link(page, self.outlet_page(o)), "versions": by_outlet[o]}
                        for o in sorted(by_outlet, key=lambda o: self.outlet_rank.get(o, len(self.outlet_rank)))],
            "missing": [{"outlet": o, "outlet_link": _link(page, self.outlet_page(o))} for o in c.missing],
            "missing_more": self.missing_more(c),
            "outlets_link": _link(page, OUTLETS),
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


def comparison_page_path(number: int) -> str:
    """comparison/index.md, then comparison/page-2.md, page-3.md … for what the first page cannot hold."""
    return COMPARISON if number <= 1 else f"comparison/page-{number}.md"


def _chunk(items: Sequence[Any], size: int, number: int) -> list[Any]:
    return list(items[(number - 1) * size:number * size])


def _paged(site: _Site) -> tuple[list[Claim], list[QuoteGroup], list[QuoteGroup]]:
    """Matrix claims (disputed, then corroborated, most outlets first), ledger groups, single quotes."""
    claims = site.dossier.claims
    matrix = [c for c in claims if c.status == "disputed"] + [c for c in claims if c.status == "corroborated"]
    groups = site.dossier.quotes
    return matrix, [g for g in groups if len(g.versions) > 1], [g for g in groups if len(g.versions) == 1]


def comparison_pages_count(site: _Site) -> int:
    matrix, ledger, single = _paged(site)
    return max(1, -(-len(matrix) // MATRIX_CLAIMS), -(-len(ledger) // LEDGER_GROUPS), -(-len(single) // LEDGER_GROUPS))


def _comparison(site: _Site, ctx: RenderContext, number: int = 1) -> Page:
    path = comparison_page_path(number)
    return ctx.render("comparison.md.j2", path, **comparison_context(site, ctx, path, number))


def _unique(site: _Site, page: str) -> tuple[list[dict[str, Any]], int]:
    """Single-source claims per outlet (first outlets first), and how many outlets are left out."""
    unique: dict[str, list[Claim]] = defaultdict(list)
    for c in site.dossier.claims:
        if c.status == "single-source":
            unique[c.reports[0].outlet].append(c)
    outlets = [o for o in site.outlet_order if unique.get(o)]
    if len(outlets) > UNIQUE_OUTLETS:
        top = set(sorted(outlets, key=lambda o: (-len(unique[o]), site.outlet_rank[o]))[:UNIQUE_OUTLETS])
        outlets = [o for o in outlets if o in top]
    per_outlet = min(MAX_UNIQUE_PER_OUTLET, max(5, UNIQUE_LINES // max(1, len(outlets))))
    out = []
    for o in outlets:
        cs = unique[o]
        shown = sorted(cs, key=lambda c: (c.reports[0].article_id, c.reports[0].sentence))[:per_outlet]
        out.append({
            "outlet": o, "outlet_link": _link(page, site.outlet_page(o)), "more": len(cs) - len(shown),
            "claims": [{"text": c.reports[0].text, "link": site.sentence_link(page, c.reports[0].article_id,
                                                                            c.reports[0].sentence),
                        "claim_link": _link(page, claim_path(c.id))} for c in shown]})
    return out, sum(1 for o in unique if unique[o]) - len(outlets)


def _row(ctx: RenderContext, claim: dict[str, Any]) -> str:
    """A claim's row of the matrix (``comparison_row.md.j2``), without its line break."""
    return ctx.env.get_template("comparison_row.md.j2").render(t=ctx.t, claim=claim).rstrip("\n")


def comparison_context(site: _Site, ctx: RenderContext, page: str = COMPARISON, number: int = 1,
                       rows: bool = True) -> dict[str, Any]:
    """Everything comparison.md.j2 prints for page ``number`` of the comparison; links relative to
    ``page`` (that page by default). Page 1 holds the first MATRIX_CLAIMS claims of the matrix,
    the unique details and the first LEDGER_GROUPS quote groups; later pages hold the rest.
    ``rows``: each matrix claim also gets its rendered row (``row``), kept in the render cache."""
    claims = site.dossier.claims
    counts = Counter(c.status for c in claims)
    matrix, ledger_all, single_all = _paged(site)
    n_pages = comparison_pages_count(site)
    here = _chunk(matrix, MATRIX_CLAIMS, number)
    before = (number - 1) * MATRIX_CLAIMS
    next_link = _link(page, comparison_page_path(number + 1)) if number < n_pages else None
    sections = []
    detailed = DETAIL_CLAIMS  # claims on this page whose wording is printed below the table
    for status in ("disputed", "corroborated"):
        mine = [c for c in here if c.status == status]
        total = counts.get(status, 0)
        earlier = sum(1 for c in matrix[:before] if c.status == status)
        claim_ctx = [site.matrix_claim(ctx, page, c) for c in mine]
        for cc in claim_ctx:
            cc["detailed"] = detailed > 0
            detailed -= 1
            kept, left = [], DETAIL_VERSIONS
            for r in cc["reports"]:
                if left > 0:
                    kept.append({**r, "versions": r["versions"][:left]})
                    left -= len(kept[-1]["versions"])
            cc["versions_more"] = (sum(len(r["versions"]) for r in cc["reports"])
                                   - sum(len(r["versions"]) for r in kept))
            cc["reports"] = kept
        for c, cc in zip(mine, claim_ctx, strict=True) if rows else ():
            cc["row"] = ctx.memo.get(("row", page, site.claim_key(c, matrix=True), cc["detailed"]), _row, ctx, cc)
        sections.append({"status": status, "anchor": status, "claims": claim_ctx,
                         "undetailed": sum(1 for cc in claim_ctx if not cc["detailed"]),
                         "total": total, "earlier": earlier, "later": total - earlier - len(mine)})
    unique_ctx, unique_more = _unique(site, page) if number == 1 else ([], 0)
    ledger_here = _chunk(ledger_all, LEDGER_GROUPS, number)
    single_here = _chunk(single_all, LEDGER_GROUPS, number)
    ledger = [site.quote_group(page, g) for g in ledger_here]
    single_quotes = [site.quote_group(page, g) for g in single_here]
    filters = [{"status": s, "anchor": s if s != "single-source" else "unique", "count": counts.get(s, 0)}
               for s in STATUSES]
    pager = [{"number": k, "link": _link(page, comparison_page_path(k)), "current": k == number}
             for k in range(1, n_pages + 1)] if n_pages > 1 else []
    return dict(columns=[{"name": o, "link": _link(page, site.outlet_page(o))} for o in site.columns],
                sections=sections, unique=unique_ctx, ledger=ledger, single_quotes=single_quotes,
                filters=filters, total=len(claims), quote_count=len(site.dossier.quotes),
                number=number, pager=pager, heading_suffix=f" ({ctx.t('page')} {number})" if number > 1 else "", next_link=next_link, next_number=number + 1,
                unique_more=unique_more, outlets_link=_link(page, OUTLETS),
                ledger_more=max(0, len(ledger_all) - number * LEDGER_GROUPS),
                single_more=max(0, len(single_all) - number * LEDGER_GROUPS))


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
        ids = {a.id for a in arts}
        claims = [dossier.claims[ci] for ci in sorted({ci for aid in ids for ci in site.claims_by_article.get(aid, ())})]
        quotes = [dossier.quotes[gi] for gi in sorted({gi for aid in ids for gi in site.quotes_by_article.get(aid, ())})]
        overlap_rows = site.overlap_of(ids)
        key = outlet_inputs(o, dossier, [site.claim_key(c) for c in claims], quotes, site.quote_key,
                            overlap_rows, [aid for r in overlap_rows for aid in (r.a, r.b)])
        pages += ctx.page(key, _outlet_page, site, ctx, o.id, o.name, arts, o.credits)
    overlap = _overlap_rows(site, OUTLETS, site.overlap[:OVERLAP_ROWS])
    pages.insert(0, ctx.render("outlets_index.md.j2", OUTLETS, outlets=rows, overlap=overlap,
                               overlap_more=max(0, len(site.overlap) - OVERLAP_ROWS),
                               comparison_link=_link(OUTLETS, COMPARISON)))
    return pages


def _outlet_page(site: _Site, ctx: RenderContext, oid: str, name: str, arts: list[Article],
                 credits: Sequence[str]) -> Page:
    page = outlet_path(oid)
    dossier = site.dossier
    ids = {a.id for a in arts}
    idx = index_of(dossier)
    from_mentions: Counter[str] = Counter()
    from_articles: Counter[str] = Counter()
    for aid in ids:
        from_mentions.update(idx.mention_counts.get(aid, {}))
        from_articles.update(e.id for e in idx.entities_in.get(aid, ()))
    mention_count = Counter({e: n for e in from_mentions.keys() | from_articles.keys()
                             if e in site.entity_names and (n := from_mentions[e] or from_articles[e])})
    entities = [{"name": site.entity_names[e], "link": _link(page, entity_path(e)), "count": n}
                for e, n in sorted(mention_count.items(), key=lambda kv: (-kv[1], site.entity_names[kv[0]]))
                [:MAX_ENTITIES_PER_OUTLET]]
    quotes = []
    for gi in sorted({gi for aid in ids for gi in site.quotes_by_article.get(aid, ())}):
        g = dossier.quotes[gi]
        for v in g.versions:
            if v.article_id in ids:
                quotes.append({"speaker": site.entity_names.get(v.speaker or "") or v.speaker_text or "",
                               "text": v.text, "cue": v.cue, "credited": v.credited or "",
                               "link": site.sentence_link(page, v.article_id, v.sentence),
                               "others": len(g.versions) - 1})
    by_status: dict[str, list[dict[str, Any]]] = {s: [] for s in STATUSES}
    for ci in sorted({ci for aid in ids for ci in site.claims_by_article.get(aid, ())}):
        c = dossier.claims[ci]
        mine = [r for r in c.reports if r.article_id in ids]
        if mine:
            by_status.setdefault(c.status, []).append({
                "label": c.label, "claim_link": _link(page, claim_path(c.id)), "text": mine[0].text,
                "link": site.sentence_link(page, mine[0].article_id, mine[0].sentence),
                "outlets": len({r.outlet for r in c.reports})})
    mine_overlap = site.overlap_of(ids)
    overlap = _overlap_rows(site, page, mine_overlap[:OUTLET_ROWS])
    return ctx.render("outlet.md.j2", page, name=name,
                      articles=[_article_row(site, page, a) for a in sorted(arts, key=lambda a: a.id)],
                      credits=list(credits), entities=entities, quotes=quotes,
                      claims=[{"status": s, "claims": by_status[s]} for s in STATUSES if by_status.get(s)],
                      overlap=overlap, overlap_more=max(0, len(mine_overlap) - OUTLET_ROWS),
                      json_link=_link(page, "dossier.json"),
                      index_link=_link(page, OUTLETS), comparison_link=_link(page, COMPARISON))


def _claim_page(site: _Site, ctx: RenderContext, c: Claim, page: str, back: str) -> Page:
    return with_embed(ctx.render("claim.md.j2", page, claim=site.claim(page, c, cells=False), comparison_link=back),
                      "claims", c.id, ctx, c.label)


def _claim_files(site: _Site, ctx: RenderContext, c: Claim, page: str, back: str) -> list[Page]:
    """A claim's page, embed view and exports: one render-cache entry, under one key."""
    from dossier.render import embed_pages, exports

    return [_claim_page(site, ctx, c, page, back), *embed_pages.claim_embed(c, site, ctx),
            *exports.claim_export(c, site, ctx)]


def pages(dossier: Dossier, ctx: RenderContext) -> Iterator[Page]:
    """comparison/index.md, one page per claim (with its embed view and exports), outlets/index.md and one
    page per outlet: yielded, so that a big dossier's claim files are staged as they come."""
    site = _Site(dossier, ctx.t)
    yield with_embed(_comparison(site, ctx), "comparison", "index", ctx, ctx.t("What each outlet says"))
    for k in range(2, comparison_pages_count(site) + 1):
        yield _comparison(site, ctx, k)
    matrix, _, _ = _paged(site)
    page_of = {c.id: k // MATRIX_CLAIMS + 1 for k, c in enumerate(matrix)}
    for c in dossier.claims:
        page = claim_path(c.id)
        # back to the claim's matrix row; a claim outside the matrix (one outlet) has no row to point at
        back = _link(page, comparison_page_path(page_of.get(c.id, 1))) + (f"#{c.id}" if c.id in page_of else "")
        yield from ctx.pages(("claim-page", back, site.claim_key(c)), _claim_files, site, ctx, c, page, back)
    yield from _outlets(site, ctx)
