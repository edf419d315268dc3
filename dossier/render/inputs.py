"""Render-cache keys: everything one item's pages are made from (see :mod:`dossier.memo`).

Each function returns a picklable value holding the item and what its pages show of other
items. A key may hold more than the pages need (that only costs a cache miss); it must never
hold less. Articles are stamped by id, content hash, source and reader notes: everything the
reader and the extraction derive from an article follows from its text and the code, which
the memo's salt covers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import Any

from dossier.model import Article, Claim, Dossier, Entity, Event, Outlet, QuoteGroup
from dossier.render.index import index_of


def article_stamp(dossier: Dossier, article_id: str) -> tuple[Any, ...]:
    idx = index_of(dossier)
    if idx.stamps is None:
        idx.stamps = {a.id: _stamp(dossier, a) for a in dossier.articles}
    return idx.stamps.get(article_id) or (article_id,)


def _stamp(dossier: Dossier, a: Article) -> tuple[Any, ...]:
    ext = dossier.extractions.get(a.id)
    anchor = (ext.anchor, ext.anchor_inferred) if ext is not None else None
    return (a.id, a.content_hash, a.source, a.notes, anchor)


def article_stamps(dossier: Dossier, ids: Iterable[str]) -> tuple[tuple[Any, ...], ...]:
    return tuple(article_stamp(dossier, aid) for aid in sorted(set(ids)))


def _entity_names(dossier: Dossier, ids: Iterable[str]) -> tuple[tuple[str, str, str, bool], ...]:
    ents = index_of(dossier).entities
    return tuple((i, ents[i].label, ents[i].type, ents[i].hidden) if i in ents else (i, "", "", True)
                 for i in sorted(set(ids)))


def _event_names(dossier: Dossier, events: Iterable[Event]) -> tuple[tuple[str, str, str | None, str | None], ...]:
    return tuple((e.id, e.title, e.date, e.precision) for e in events)


def entity_inputs(entity: Entity, dossier: Dossier, co: dict[str, Counter[str]]) -> tuple[Any, ...]:
    """An entity page, embed view and export: the entity, the articles it is mentioned in (their
    sentences, outlets, dates), its quotes, its events and the entities it shares articles with."""
    idx = index_of(dossier)
    quotes = tuple(idx.quotes_by_speaker.get(entity.id, ()))
    ids = [*entity.articles, *(m.article_id for m in entity.mentions), *(r.article_id for r in entity.roles),
           *(v.article_id for g in quotes for v in g.versions)]
    related = co.get(entity.id, Counter())
    return ("entity", entity, article_stamps(dossier, ids), quotes,
            _event_names(dossier, idx.events_by_entity.get(entity.id, ())),
            tuple(sorted(related.items())), _entity_names(dossier, related))


def event_inputs(event: Event, dossier: Dossier, before: list[Event], after: list[Event]) -> tuple[Any, ...]:
    """An event page, embed view and export: the event, its reports' articles, its participants
    and place, and the related events before and after it."""
    people = [*event.participants, *((event.place,) if event.place else ())]
    return ("event", event, article_stamps(dossier, [*event.articles, *(r.article_id for r in event.reports)]),
            _entity_names(dossier, people), _event_names(dossier, before), _event_names(dossier, after))


def claim_inputs(claim: Claim, dossier: Dossier, outlets: dict[str, tuple[Any, ...]],
                 columns: tuple[str, ...], others: object, listed: frozenset[str] = frozenset(),
                 listed_digest: bytes = b"", missing_digest: Callable[[tuple[str, ...]], bytes] | None = None,
                 ) -> tuple[Any, ...]:
    """A claim's context: the claim, its reports' articles, what is shown of each outlet it names
    (``outlets``: its page, rank and, in the matrix, column), the matrix ``columns``, how many
    other outlets do not report it (or whether any), its entities and events.

    Every claim names the listed outlets (``Claim.missing`` and the reports hold them all): a
    caller may digest their entries of ``outlets`` once (``listed_digest`` covers ``listed``)
    and the claims' ``missing`` tuples once each (``missing_digest``), so that each key does
    not pickle forty outlets again."""
    names = sorted(({r.outlet for r in claim.reports} | set(claim.missing)) - listed)
    events = index_of_events(dossier)
    item: object = claim
    if missing_digest is not None:
        item = tuple(missing_digest(claim.missing) if f.name == "missing" else getattr(claim, f.name)
                     for f in fields(claim))
    return ("claim", item, article_stamps(dossier, (r.article_id for r in claim.reports)), listed_digest,
            tuple((o, outlets.get(o)) for o in names), columns, others,
            _entity_names(dossier, claim.entities),
            tuple((i, events[i].title) if i in events else (i,) for i in claim.events))


def index_of_events(dossier: Dossier) -> dict[str, Event]:
    idx = index_of(dossier)
    if idx.events is None:
        idx.events = {e.id: e for e in dossier.events}
    return idx.events


def article_inputs(article: Article, dossier: Dossier, cited: Iterable[int],
                   refs: list[tuple[Any, str]], entities: list[tuple[Entity, int]]) -> tuple[Any, ...]:
    """An article page: the article, its extraction's anchor, the sentences the dossier cites,
    the mentions linked in them and the entities listed."""
    return ("article", article, article_stamp(dossier, article.id), tuple(sorted(cited)),
            tuple((m.start, m.end, eid) for m, eid in refs),
            tuple((e.id, e.label, e.type, n) for e, n in entities))


def outlet_inputs(outlet: Outlet, dossier: Dossier, claims: Iterable[bytes], quotes: Iterable[QuoteGroup],
                  quote_key: Callable[[QuoteGroup], object], overlap: Iterable[Any],
                  overlap_articles: Iterable[str]) -> tuple[Any, ...]:
    """An outlet page: the outlet, its articles (and the entities mentioned in them), the claims
    and quotes they carry, their speakers, their wire-copy overlaps and the articles those name.
    Claims and quote groups are stood for by digests that cover them (``claims``: the claims'
    render-cache keys; ``quote_key``), so that an outlet with hundreds of claims does not pickle
    them all again."""
    idx = index_of(dossier)
    ids = sorted(set(outlet.articles))
    groups = tuple(quotes)
    mentioned = ({e for aid in ids for e in idx.mention_counts.get(aid, {})}
                 | {e.id for aid in ids for e in idx.entities_in.get(aid, ())}
                 | {v.speaker for g in groups for v in g.versions if v.speaker})
    return ("outlet", outlet, article_stamps(dossier, [*ids, *overlap_articles]),
            tuple((aid, tuple(sorted(idx.mention_counts.get(aid, {}).items())),
                   tuple(e.id for e in idx.entities_in.get(aid, ()))) for aid in ids),
            _entity_names(dossier, mentioned), tuple(claims), tuple(map(quote_key, groups)), tuple(overlap))
