"""Per-dossier lookups every page builder shares, built once per Dossier.

Page builders used to scan every entity (or every event, quote, article) for each page, which
is O(pages × entities). :func:`index_of` builds the lookups once for a Dossier and keeps the
last one, so each builder (and embed views and exports, which reuse the page contexts) gets
them for free.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from dossier.model import Article, Dossier, Entity, Event, MentionRef, QuoteGroup, Sentence


@dataclass
class DossierIndex:
    articles: dict[str, Article]
    entities: dict[str, Entity]
    visible: dict[str, Entity]
    # article id -> visible mentions with their entity id, by (start, -end), overlaps kept
    mentions: dict[str, list[tuple[MentionRef, str]]]
    # article id -> visible entity id -> mentions of it in the article
    mention_counts: dict[str, Counter[str]]
    # article id -> visible entities whose ``articles`` include it
    entities_in: dict[str, list[Entity]]
    sentences: dict[str, dict[int, Sentence]]
    quotes_by_speaker: dict[str, list[QuoteGroup]]
    events_by_entity: dict[str, list[Event]]
    cooccurrence: dict[str, Counter[str]] | None = None  # filled by entity_pages.cooccurrence
    events: dict[str, Event] | None = None  # filled by inputs.index_of_events
    stamps: dict[str, tuple[object, ...]] | None = None  # filled by inputs.article_stamp


_LAST: list[tuple[Dossier, DossierIndex]] = []


def index_of(dossier: Dossier) -> DossierIndex:
    """The lookups of ``dossier`` (built on first use; the last dossier's are kept)."""
    if _LAST and _LAST[0][0] is dossier:
        return _LAST[0][1]
    idx = _build(dossier)
    _LAST[:] = [(dossier, idx)]
    return idx


def _build(d: Dossier) -> DossierIndex:
    articles = {a.id: a for a in d.articles}
    entities = {e.id: e for e in d.entities}
    visible = {e.id: e for e in d.entities if not e.hidden}
    mentions: dict[str, list[tuple[MentionRef, str]]] = defaultdict(list)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    entities_in: dict[str, list[Entity]] = defaultdict(list)
    for e in d.entities:
        if e.hidden:
            continue
        for m in e.mentions:
            mentions[m.article_id].append((m, e.id))
            counts[m.article_id][e.id] += 1
        for aid in dict.fromkeys(e.articles):
            entities_in[aid].append(e)
    for refs in mentions.values():
        refs.sort(key=lambda r: (r[0].start, -r[0].end))
    sentences = {aid: {s.index: s for s in ex.sentences} for aid, ex in d.extractions.items()}
    quotes_by_speaker: dict[str, list[QuoteGroup]] = defaultdict(list)
    for g in d.quotes:
        if g.speaker:
            quotes_by_speaker[g.speaker].append(g)
    events_by_entity: dict[str, list[Event]] = defaultdict(list)
    for ev in d.events:
        for eid in dict.fromkeys((*ev.participants, *((ev.place,) if ev.place else ()))):
            events_by_entity[eid].append(ev)
    return DossierIndex(articles, entities, visible, dict(mentions), dict(counts), dict(entities_in), sentences,
                        dict(quotes_by_speaker), dict(events_by_entity))
