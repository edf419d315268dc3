"""Plain exports for wikis that do not allow iframes: each page's main table as a Markdown
table and as MediaWiki table text, at ``exports/<kind>/<id>.md.txt`` and ``.wiki.txt``.

The tables come from the same contexts as the full pages. Article text is made inert for each
target: :func:`~dossier.render.escape.md_cell` for Markdown, :func:`wiki_cell` for MediaWiki.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import cast

from dossier.model import Claim, Dossier, Entity, Event
from dossier.render import comparison_pages, entity_pages, event_pages
from dossier.render.embeds import EMBED_ROWS, absolute, export_paths, full_path, page_url
from dossier.render.escape import md_cell
from dossier.render.site import Page, RenderContext

_WIKI = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "!": "&#33;", "[": "&#91;", "]": "&#93;",
         "{": "&#123;", "}": "&#125;", "'": "&#39;", "~": "&#126;", "_": "&#95;"}
_WIKI_RE = re.compile("[" + re.escape("".join(_WIKI)) + "]")


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str  # URL (or site path) of the full page


def wiki_cell(text: object) -> str:
    """Text inert in a MediaWiki table cell: no markup, link, template, pipe or signature survives."""
    s = re.sub(r"\s+", " ", "" if text is None else str(text)).strip()
    s = _WIKI_RE.sub(lambda m: _WIKI[m.group(0)], s)
    return s.replace("://", "&#58;//")  # no free external links


def to_markdown(table: Table) -> str:
    lines = [f"**{md_cell(table.title)}**", "",
             "| " + " | ".join(md_cell(h) for h in table.headers) + " |",
             "|" + "|".join(" --- " for _ in table.headers) + "|"]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in table.rows]
    lines += ["", f"<{table.source}>" if table.source.startswith("http") else md_cell(table.source)]
    return "\n".join(lines) + "\n"


def to_mediawiki(table: Table) -> str:
    lines = ['{| class="wikitable"', f"|+ {wiki_cell(table.title)}",
             "! " + " !! ".join(wiki_cell(h) for h in table.headers)]
    for row in table.rows:
        lines += ["|-", "| " + " || ".join(wiki_cell(c) for c in row)]
    lines.append("|}")
    source = f"[{table.source}]" if table.source.startswith("http") else wiki_cell(table.source)
    lines.append(source)
    return "\n".join(lines) + "\n"


def _capped(ctx: RenderContext, rows: Sequence[Sequence[object]], width: int, more: int = 0) -> list[Sequence[object]]:
    """At most EMBED_ROWS rows; then one row that says how many more the full page has."""
    out = list(rows[:EMBED_ROWS])
    more += len(rows) - len(out)
    if more:
        out.append((f"… {more} {ctx.t('more in the dossier')}", *([""] * (width - 1))))
    return out


def _table(ctx: RenderContext, kind: str, item_id: str, title: str, headers: Sequence[str],
           rows: Sequence[Sequence[object]], more: int = 0) -> Table:
    rows = _capped(ctx, rows, len(headers), more)
    return Table(title, tuple(ctx.t(h) for h in headers), tuple(tuple("" if c is None else str(c) for c in r)
                                                                for r in rows),
                 absolute(ctx, page_url(full_path(kind, item_id))))


def _entity_table(e: Entity, dossier: Dossier, ctx: RenderContext, co: dict[str, Counter[str]]) -> Table:
    c = entity_pages.entity_context(e, dossier, ctx, co, export_paths("entities", e.id)[0])
    rows: list[Sequence[object]] = [
        (r["outlet"], r["date"], r["count"], f"{r['before']}{r['mention']}{r['after']}") for r in c["rows"]]
    return _table(ctx, "entities", e.id, e.label, ("Outlet", "Date", "Mentions", "Sentence"), rows, c["rows_more"])


def _event_table(ev: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event],
                 ents: dict[str, Entity]) -> Table:
    c = event_pages.event_context(ev, dossier, ctx, ordered, ents, export_paths("events", ev.id)[0])
    rows = [(r["outlet"], r["phrase"], r["anchor"], r["edtf"], r["label"]) for r in c["resolutions"]]
    return _table(ctx, "events", ev.id, f"{ev.title} ({c['date_label']})",
                  ("Outlet", "Phrase", "Resolved against", "EDTF", "Date"), rows)


def _claim_table(cl: Claim, site: comparison_pages._Site, ctx: RenderContext) -> Table:
    t = ctx.t
    c = site.claim(export_paths("claims", cl.id)[0], cl, cells=False)
    rows: list[Sequence[object]] = []
    rows += [(r["outlet"], v["symbol"], v["text"]) for r in c["reports"] for v in r["versions"]]
    rows += [(m["outlet"], "—", t("does not report it")) for m in c["missing"]]
    if c["missing_more"]:
        rows.append((t("Other outlets"), "—", t("do not report it")))
    return _table(ctx, "claims", cl.id, f"{cl.label} ({t(cl.status)})", ("Outlet", "", "Wording"), rows)


def _same(table: Table) -> Table:
    return table


def tables(dossier: Dossier, ctx: RenderContext) -> list[tuple[str, str, object, Callable[[], Table]]]:
    """(kind, id, render-cache key, table maker) for the timeline and the comparison (no key: they
    are made every time). Each entity's, event's and claim's export is made with its page, in
    one render-cache entry (``entity_export``, ``event_export``, ``claim_export``)."""
    t = ctx.t
    out: list[tuple[str, str, object, Callable[[], Table]]] = []
    ordered = event_pages.chronological(dossier.events)
    site = comparison_pages._Site(dossier, ctx.t)
    c = event_pages.timeline_context(ordered, ctx, export_paths("timeline", "index")[0])
    rows: list[Sequence[object]] = [
        (e["date"], e["title"] + (f" ({t('planned')})" if e["planned"] else ""), e["sources"]) for e in c["items"]]
    timeline = _table(ctx, "timeline", "index", t("Timeline"), ("Date", "Event", "Sources"), rows)
    out.append(("timeline", "index", None, partial(_same, timeline)))
    c = comparison_pages.comparison_context(site, ctx, export_paths("comparison", "index")[0], rows=False)
    rows = [(cl["label"], t(section["status"]), *(" ".join(v["symbol"] for v in cell) for cell in cl["cells"]))
            for section in c["sections"] for cl in section["claims"]]
    headers = (t("Claim"), t("Status"), *(col["name"] for col in c["columns"]))
    rows = _capped(ctx, rows, len(headers), sum(s["later"] for s in c["sections"]))
    comparison = Table(t("What each outlet says"), headers, tuple(tuple(cast("Sequence[str]", r)) for r in rows),
                       absolute(ctx, page_url(full_path("comparison", "index"))))
    out.append(("comparison", "index", None, partial(_same, comparison)))
    return out


def pages(dossier: Dossier, ctx: RenderContext) -> list[Page]:
    """``exports/<kind>/<id>.md.txt`` and ``.wiki.txt`` for every page that has a table."""
    out: list[Page] = []
    for kind, item_id, key, make in tables(dossier, ctx):
        md_path, wiki_path = export_paths(kind, item_id)
        out += _made_pages(md_path, wiki_path, make) if key is None else ctx.pages(key, _made_pages, md_path,
                                                                                     wiki_path, make)
    return out


def entity_export(e: Entity, dossier: Dossier, ctx: RenderContext, co: dict[str, Counter[str]]) -> list[Page]:
    """An entity's export files (``entity_pages`` makes them with its page)."""
    return _made_pages(*export_paths("entities", e.id), partial(_entity_table, e, dossier, ctx, co))


def event_export(ev: Event, dossier: Dossier, ctx: RenderContext, ordered: list[Event],
                 ents: dict[str, Entity]) -> list[Page]:
    """An event's export files (``event_pages`` makes them with its page)."""
    return _made_pages(*export_paths("events", ev.id), partial(_event_table, ev, dossier, ctx, ordered, ents))


def claim_export(cl: Claim, site: comparison_pages._Site, ctx: RenderContext) -> list[Page]:
    """A claim's export files (``comparison_pages`` makes them with its page)."""
    return _made_pages(*export_paths("claims", cl.id), partial(_claim_table, cl, site, ctx))


def _made_pages(md_path: str, wiki_path: str, make: Callable[[], Table]) -> list[Page]:
    md_text, wiki_text = _texts(make())
    return [Page(md_path, md_text), Page(wiki_path, wiki_text)]


def _texts(table: Table) -> tuple[str, str]:
    return to_markdown(table), to_mediawiki(table)
