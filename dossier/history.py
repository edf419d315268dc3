"""Build history: what each rebuild added or changed, kept across builds in a small state file.

Each build compares the linked dossier with the snapshot the previous build left in the state
file (``settings.state_file``; ``.dossier-state.json`` beside mkdocs.yml by default) and, when
its input changed, records an entry: new articles, new entities, new events, claims that became
disputed. From the entries it renders ``whats-new/index.md`` and an Atom feed ``feed.xml``.

Deterministic: entries are named by the input hash and dated by the newest publication date
among their articles, never by the clock; a rebuild with unchanged input adds no entry and
leaves the state file as it was. Events and claims whose id changed (their date, participants
or canonical sentence moved when an article arrived) get a redirect from the old page to the
page that now holds most of the same sentences; redirects are kept in the state too.

The state is stored per articles folder, so builds of different stories sharing one state file
do not mix. ``apply_history`` reads; ``save_history`` is the only function that writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from dossier import __version__
from dossier.config import Settings
from dossier.model import Dossier
from dossier.render.embeds import absolute, page_url
from dossier.render.site import Page, RenderContext, article_path, claim_path, entity_path, event_path, href

STATE_VERSION = 1
WHATS_NEW = "whats-new/index.md"
FEED = "feed.xml"
MAX_ENTRIES = 200  # entries kept in the state file
MAX_LISTED = 50  # items listed per kind in one entry
WHATS_NEW_LABEL = "What's new"
EPOCH = "1970-01-01T00:00:00Z"  # the feed's date when no article has a publication date


def input_hash(dossier: Dossier) -> str:
    """A hash of the build's input: every article's id and content."""
    h = hashlib.sha256()
    for a in sorted(dossier.articles, key=lambda a: a.id):
        h.update(f"{a.id}\0{a.content_hash}\0".encode())
    return h.hexdigest()


def _keys(hashes: dict[str, str], pairs: list[tuple[str, int]]) -> list[str]:
    """Sentence keys independent of file names: the article's content hash and sentence index."""
    return sorted({f"{hashes.get(aid, aid)}:{s}" for aid, s in pairs})


def snapshot(dossier: Dossier) -> dict[str, Any]:
    """What the next build compares against: ids, labels and the sentences behind each item."""
    hashes = {a.id: a.content_hash[:16] for a in dossier.articles}
    return {
        "input": input_hash(dossier),
        "articles": {a.id: {"title": a.title or a.id, "hash": a.content_hash[:16], "date": a.published_date}
                     for a in dossier.articles},
        "entities": {e.id: {"name": e.name, "type": e.type} for e in dossier.entities if not e.hidden},
        "events": {e.id: {"title": e.title, "keys": _keys(hashes, [(r.article_id, r.sentence) for r in e.reports])}
                   for e in dossier.events},
        "claims": {c.id: {"label": c.label, "status": c.status,
                          "keys": _keys(hashes, [(r.article_id, r.sentence) for r in c.reports])}
                   for c in dossier.claims},
    }


def _best_match(keys: list[str], current: dict[str, dict[str, Any]],
                by_key: dict[str, list[str]] | None = None) -> str | None:
    """The current item sharing the most sentence keys with an old one (ties: smallest id).
    ``by_key`` (sentence key -> current ids) spares a scan of every current item."""
    if by_key is None:
        by_key = _by_key(current)
    shared: Counter[str] = Counter(cid for k in set(keys) for cid in by_key.get(k, ()))
    if not shared:
        return None
    return min(shared.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _by_key(current: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cid, item in current.items():
        for k in set(item.get("keys", ())):
            out.setdefault(k, []).append(cid)
    return out


def moved_ids(prev: dict[str, Any], cur: dict[str, Any]) -> dict[str, str]:
    """Old page path -> new page path for events and claims whose id is gone but whose sentences
    live on under another id."""
    out: dict[str, str] = {}
    for kind, path_of in (("events", event_path), ("claims", claim_path)):
        current = cur.get(kind, {})
        by_key = _by_key(current)
        for old_id, item in (prev.get(kind) or {}).items():
            if old_id in current:
                continue
            new_id = _best_match(list(item.get("keys", ())), current, by_key)
            if new_id:
                out[path_of(old_id)] = path_of(new_id)
    return out


def _listed(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    return items[:MAX_LISTED], max(0, len(items) - MAX_LISTED)


def diff_entry(prev: dict[str, Any] | None, cur: dict[str, Any]) -> dict[str, Any]:
    """One history entry: what ``cur`` has that ``prev`` had not (everything when no ``prev``)."""
    prev = prev or {}
    new_articles = sorted(set(cur["articles"]) - set(prev.get("articles", {})))
    old_keys = {k for item in (prev.get("events") or {}).values() for k in item.get("keys", ())}
    new_entities = sorted(set(cur["entities"]) - set(prev.get("entities", {})))
    # an event is new when none of its sentences were known before under any id
    new_events = sorted(i for i, e in cur["events"].items()
                        if i not in prev.get("events", {}) and not (set(e["keys"]) & old_keys))
    was_disputed = {k for c in (prev.get("claims") or {}).values() if c.get("status") == "disputed"
                    for k in c.get("keys", ())}
    disputed = sorted(i for i, c in cur["claims"].items()
                      if c["status"] == "disputed" and not (set(c["keys"]) & was_disputed))
    dates = [cur["articles"][a]["date"] for a in new_articles if cur["articles"][a]["date"]]
    dates = dates or [a["date"] for a in cur["articles"].values() if a["date"]]
    entry: dict[str, Any] = {"id": cur["input"][:16], "date": max(dates) if dates else None}
    for key, ids, label in (("articles", new_articles, "title"), ("entities", new_entities, "name"),
                            ("events", new_events, "title"), ("disputed", disputed, "label")):
        source = cur["claims" if key == "disputed" else key]
        shown, more = _listed([{"id": i, "label": source[i][label]} for i in ids])
        entry[key] = shown
        if more:
            entry[key + "_more"] = more
    entry["removed_articles"] = len(set(prev.get("articles", {})) - set(cur["articles"]))
    return entry


def _story_key(settings: Settings, state_file: Path) -> str:
    seeds = Path(settings.seeds)
    try:
        return Path(os.path.relpath(seeds.resolve(), state_file.resolve().parent)).as_posix()
    except ValueError:
        return seeds.resolve().as_posix()


def load_state(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("version") == STATE_VERSION else {}


def dumps_state(state: dict[str, Any]) -> str:
    return json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@dataclass
class HistoryUpdate:
    """The outcome of comparing a build with the previous one; nothing written yet."""

    path: Path | None
    state: dict[str, Any]
    entries: list[dict[str, Any]]
    redirects: dict[str, str]
    pages: list[Page] = field(default_factory=list)
    changed: bool = False  # whether the state file needs writing


def apply_history(dossier: Dossier, settings: Settings, language: str) -> HistoryUpdate:
    """Compare with the previous build; the What's new page, the feed and redirect pages."""
    path = settings.state_file
    state = load_state(path)
    key = _story_key(settings, path) if path else "-"
    story: dict[str, Any] = dict((state.get("stories") or {}).get(key) or {})
    prev = story.get("snapshot")
    cur = snapshot(dossier)
    entries: list[dict[str, Any]] = list(story.get("entries") or [])
    redirects: dict[str, str] = dict(story.get("redirects") or {})
    if prev is None or prev.get("input") != cur["input"]:
        entries.insert(0, diff_entry(prev, cur))
        entries = entries[:MAX_ENTRIES]
    if prev is not None:
        redirects.update(moved_ids(prev, cur))
    current_paths = ({entity_path(i) for i in cur["entities"]} | {event_path(i) for i in cur["events"]}
                     | {claim_path(i) for i in cur["claims"]})
    # follow chains (a -> b -> c) to a page that exists; drop redirects whose old page exists again
    resolved: dict[str, str] = {}
    for old, new in sorted(redirects.items()):
        seen = {old}
        while new not in current_paths and new in redirects and new not in seen:
            seen.add(new)
            new = redirects[new]
        if old not in current_paths and new in current_paths:
            resolved[old] = new
    story = {"snapshot": cur, "entries": entries, "redirects": resolved}
    new_state = {"version": STATE_VERSION, "generator": f"dossier {__version__.split('.')[0]}",
                 "stories": {**(state.get("stories") or {}), key: story}}
    changed = path is not None and dumps_state(new_state) != dumps_state(state)
    ctx = RenderContext(settings, language)
    pages = [whats_new_page(entries, dossier, ctx), Page(FEED, atom_feed(entries, ctx))]
    names = {**{entity_path(i): v["name"] for i, v in cur["entities"].items()},
             **{event_path(i): v["title"] for i, v in cur["events"].items()},
             **{claim_path(i): v["label"] for i, v in cur["claims"].items()}}
    for old, new in sorted(resolved.items()):
        if old.startswith("entities/"):
            continue  # entity redirects are rendered by entity_pages from dossier.redirects
        url = posixpath.join("..", posixpath.splitext(posixpath.basename(new))[0], "")
        if posixpath.dirname(old) != posixpath.dirname(new):
            url = posixpath.join("..", "..", posixpath.splitext(new)[0], "")
        pages.append(ctx.render("redirect.md.j2", old, name=names.get(new, new), href=href(old, new), url=url))
    return HistoryUpdate(path, new_state, entries, resolved, pages, changed)


def save_history(update: HistoryUpdate) -> bool:
    """Write the state file when it changed (atomically). Returns whether it wrote."""
    if update.path is None or not update.changed:
        return False
    update.path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=update.path.parent, prefix=".dossier-state-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(dumps_state(update.state))
    os.replace(tmp, update.path)
    return True


_LINKS = {"articles": article_path, "entities": entity_path, "events": event_path, "disputed": claim_path}
_HEADINGS = {"articles": "New articles", "entities": "New entities", "events": "New events",
             "disputed": "Claims that became disputed"}


def _entry_context(entry: dict[str, Any], dossier: Dossier, ctx: RenderContext, from_path: str) -> dict[str, Any]:
    exists = ({article_path(a.id) for a in dossier.articles} | {entity_path(e.id) for e in dossier.entities
                                                                  if not e.hidden}
              | {event_path(e.id) for e in dossier.events} | {claim_path(c.id) for c in dossier.claims})
    sections = []
    for key, path_of in _LINKS.items():
        items = [{"label": it["label"], "href": href(from_path, path_of(it["id"]))
                  if path_of(it["id"]) in exists else None} for it in entry.get(key, ())]
        if items:
            sections.append({"heading": ctx.t(_HEADINGS[key]), "entries": items, "more": entry.get(key + "_more", 0)})
    return {"id": entry["id"], "date": entry.get("date") or ctx.t("Undated"), "sections": sections,
            "removed": entry.get("removed_articles", 0)}


def whats_new_page(entries: list[dict[str, Any]], dossier: Dossier, ctx: RenderContext) -> Page:
    return ctx.render("whats_new.md.j2", WHATS_NEW, entries=[_entry_context(e, dossier, ctx, WHATS_NEW)
                                                             for e in entries],
                      feed=href(WHATS_NEW, FEED))


def _atom_date(date: str | None) -> str:
    return f"{date[:10]}T00:00:00Z" if date else EPOCH


def atom_feed(entries: list[dict[str, Any]], ctx: RenderContext) -> str:
    """An Atom 1.0 feed (RFC 4287) of the history entries, newest first."""
    t = ctx.t
    title = ctx.settings.title or t("Dossier")
    base = absolute(ctx, "")
    feed_id = absolute(ctx, FEED) if ctx.settings.site_url else f"urn:dossier:{hashlib.sha1(title.encode()).hexdigest()}"
    updated = max((_atom_date(e.get("date")) for e in entries), default=EPOCH)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"  <title>{escape(title + ' — ' + t(WHATS_NEW_LABEL))}</title>",
           f"  <id>{escape(feed_id)}</id>", f"  <updated>{updated}</updated>",
           f"  <link rel=\"alternate\" href={quoteattr(absolute(ctx, page_url(WHATS_NEW)) or base or './')}/>",
           "  <generator>dossier</generator>"]
    for e in entries:
        parts = []
        for key in _LINKS:
            items = e.get(key) or []
            if items:
                more = e.get(key + "_more", 0)
                parts.append(f"{t(_HEADINGS[key])}: " + "; ".join(i["label"] for i in items)
                             + (f" (+{more})" if more else ""))
        counts = ", ".join(f"{len(e.get(k) or []) + e.get(k + '_more', 0)} {t(_HEADINGS[k]).lower()}"
                           for k in _LINKS if e.get(k))
        link = absolute(ctx, page_url(WHATS_NEW)) + "#" + f"build-{e['id']}"
        out += ["  <entry>",
                f"    <title>{escape((e.get('date') or t('Undated')) + ': ' + (counts or t('No changes')))}</title>",
                f"    <id>urn:dossier:build:{escape(e['id'])}</id>",
                f"    <updated>{_atom_date(e.get('date'))}</updated>",
                f"    <link rel=\"alternate\" href={quoteattr(link)}/>",
                f"    <summary>{escape(' · '.join(parts) or t('No changes'))}</summary>",
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
