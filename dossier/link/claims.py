"""Claims: sentences of different articles that report the same thing, grouped, with a status.

1. Every sentence that states something checkable (names an entity, a number or a date, or has
   enough content words) becomes an item with its content-word stems, entity ids, quantities and
   dates.
2. Candidate pairs come from an inverted index over rare features (stems, pairs of entity ids,
   numbers): no all-pairs comparison (:func:`dossier.link.similarity.candidate_pairs`).
3. A pair is scored by TF-IDF cosine of stems, entity overlap and agreeing numbers or dates.
   Across languages stems do not match, so there a pair needs shared entities and an agreeing
   number or date.
4. Pairs are merged best first into claims that hold at most one sentence per article.
5. Status: ``disputed`` when two outlets give numbers (same unit) or day dates that do not agree,
   with tolerance for hedged numbers ("hampir satu setengah jam" agrees with "1 jam 25 menit");
   otherwise ``corroborated`` (two or more outlets) or ``single-source``.

Ids hash the normalised text of the claim's canonical sentence (the one of the earliest article),
so they do not depend on build order.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from dossier.link.similarity import (
    Quantity,
    candidate_pairs,
    content_stems,
    cosine,
    normalise,
    parse_quantities,
    quantities_agree,
    quantities_conflict,
    tfidf,
)
from dossier.model import UNKNOWN_OUTLET, Article, Claim, ClaimReport, Event, Extraction

MIN_STEMS = 4  # a sentence with fewer content words states nothing comparable
SINGLE_MIN_STEMS = 6  # ... and a single-source claim needs a little more
SAME_LANGUAGE_THRESHOLD = 0.2
MEAN_LINK = 0.15  # mean pair score two groups need to merge (pairs never compared count 0)
LINK_SAMPLE = 40  # members of each group compared when merging (bounds the cost for big stories)
LABEL_WORDS = 14
LISTED_OUTLETS = 40  # outlets a claim's ``missing`` may name: the ones with most articles
UNKNOWN_SEPARATE = 5  # articles of unknown outlets named one by one up to this many


class EntityLookup(Protocol):
    def entity_id(self, article_id: str, mention_key: str) -> str | None: ...


@dataclass
class _Item:
    article: int  # index into the articles
    sentence: int
    text: str
    language: str
    stems: Counter[str]
    entities: frozenset[str]
    quantities: tuple[Quantity, ...]
    dates: frozenset[str]  # day-precision EDTF dates
    vector: dict[str, float]
    dimensions: frozenset[str] = frozenset()  # of the quantities, "number" left out: no other can agree or conflict

    def __post_init__(self) -> None:
        self.dimensions = frozenset(q.dimension for q in self.quantities if q.dimension != "number")


def outlet_name(article: Article) -> str:
    """The outlet as shown in the comparison: its name, or the article id when it is unknown."""
    return article.outlet or f"{UNKNOWN_OUTLET} ({article.id})"


def is_unknown_outlet(article: Article) -> bool:
    return not article.outlet


def listed_outlets(articles: Sequence[Article]) -> list[str]:
    """The outlets that ``Claim.missing`` names, in order of first appearance: at most
    LISTED_OUTLETS, those with most articles; articles of unknown outlets (each its own
    "outlet") only while there are at most UNKNOWN_SEPARATE of them. A small dossier lists
    every outlet; in a big one the rest is counted, not named (pages say how many)."""
    names = [outlet_name(a) for a in articles]
    order = list(dict.fromkeys(names))
    unknown = {outlet_name(a) for a in articles if is_unknown_outlet(a)}
    if len(unknown) > UNKNOWN_SEPARATE:
        order = [o for o in order if o not in unknown]
    if len(order) > LISTED_OUTLETS:
        counts = Counter(names)
        rank = {o: i for i, o in enumerate(order)}
        top = set(sorted(order, key=lambda o: (-counts[o], rank[o]))[:LISTED_OUTLETS])
        order = [o for o in order if o in top]
    return order


@dataclass
class TextMemo:
    """What claims derive from a sentence's text alone, kept between builds (``dossier.cache``
    stores it, keyed by the code): its bag of stems and word pairs (None: too few content words)
    by (text, language), its quantities by (text, language, time-expression spans). ``bags``
    and ``quantities`` fill with what this build used; ``old_*`` hold the last build's."""

    old_bags: dict[tuple[str, str], Counter[str] | None] = field(default_factory=dict)
    old_quantities: dict[tuple[str, str, tuple[tuple[int, int], ...]], tuple[Quantity, ...]] = field(
        default_factory=dict)
    bags: dict[tuple[str, str], Counter[str] | None] = field(default_factory=dict)
    quantities: dict[tuple[str, str, tuple[tuple[int, int], ...]], tuple[Quantity, ...]] = field(
        default_factory=dict)


def _items(articles: Sequence[Article], extractions: Mapping[str, Extraction], links: EntityLookup,
           memo: TextMemo | None = None) -> list[_Item]:
    items: list[_Item] = []
    memo = memo or TextMemo()
    # wire copy repeats sentences word for word: one bag of stems (never changed) per text
    bags, old_bags = memo.bags, memo.old_bags
    quantities, old_quantities = memo.quantities, memo.old_quantities
    for a_index, article in enumerate(articles):
        ex = extractions.get(article.id)
        if ex is None:
            continue
        by_sentence: dict[int, set[str]] = {}
        for m in ex.mentions:
            eid = links.entity_id(article.id, m.key or m.text) or (m.key or m.text)
            by_sentence.setdefault(m.sentence, set()).add(eid)
        times: dict[int, list[tuple[int, int, str, str]]] = {}
        for t in ex.times:
            times.setdefault(t.sentence, []).append((t.start, t.end, t.edtf, t.precision))
        for s in ex.sentences:
            key = (s.text, article.language)
            if key in bags:
                bag = bags[key]
            elif key in old_bags:
                bag = bags[key] = old_bags[key]
            else:
                stems = content_stems(s.text, article.language)
                bag = bags[key] = (Counter(stems + list(map("_".join, itertools.pairwise(stems))))
                                   if len(stems) >= MIN_STEMS else None)
            if bag is None:
                continue  # fewer than MIN_STEMS content words
            spans = tuple((a - s.start, b - s.start) for a, b, _, _ in times.get(s.index, []))
            qkey = (s.text, article.language, spans)
            found = quantities.get(qkey)
            if found is None:
                found = old_quantities.get(qkey)
                if found is None:
                    found = tuple(parse_quantities(s.text, article.language, spans))
                quantities[qkey] = found
            items.append(_Item(
                article=a_index, sentence=s.index, text=s.text, language=article.language,
                stems=bag,
                entities=frozenset(by_sentence.get(s.index, ())),
                quantities=found,
                dates=frozenset(e.rstrip("~?") for _, _, e, p in times.get(s.index, []) if p == "day"),
                vector={},
            ))
    return items


def _features(item: _Item) -> set[str]:
    feats = {f"w:{s}" for s in item.stems if not s.isdigit() and "_" not in s}
    ents = sorted(item.entities)
    feats |= {f"e:{a}|{b}" for i, a in enumerate(ents) for b in ents[i + 1:]}
    feats |= {f"q:{q.dimension.split(':')[0]}:{q.value:.3g}" for q in item.quantities if q.dimension != "number"}
    feats |= {f"d:{d}" for d in item.dates}
    return feats


def _score(a: _Item, b: _Item) -> float:
    """How likely two sentences report the same thing (0..1); 0 when they cannot."""
    shared = len(a.entities & b.entities)
    union = len(a.entities) + len(b.entities) - shared
    ent = shared / union * min(1.0, shared / 3) if union else 0.0
    numbers = (bool(a.dimensions & b.dimensions) and quantities_agree(a.quantities, b.quantities)) or bool(a.dates & b.dates)
    if a.language != b.language:
        if shared >= 2 and numbers:
            return 0.5 + 0.5 * ent
        return 0.0
    return 0.65 * cosine(a.vector, b.vector) + 0.2 * ent + 0.15 * numbers


def _conflict(a: _Item, b: _Item) -> str | None:
    pair = quantities_conflict(a.quantities, b.quantities) if a.dimensions & b.dimensions else None
    if pair:
        return f"{pair[0].phrase} ≠ {pair[1].phrase}"
    if a.dates and b.dates and not a.dates & b.dates:
        return f"{min(a.dates)} ≠ {min(b.dates)}"
    return None


def _label(text: str) -> str:
    words = text.split()
    return text if len(words) <= LABEL_WORDS else " ".join(words[:LABEL_WORDS]).rstrip(",;:") + " …"


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _cross_scores(xs: list[int], ys: list[int], neighbours: dict[int, dict[int, float]]) -> list[float]:
    """The scores of the scored pairs (x, y), x-major in the order of ``xs`` and ``ys``; pairs never
    scored count 0 and are left out (adding 0.0 changes no sum). Costs the pairs that were scored,
    not len(xs) * len(ys)."""
    out: list[float] = []
    targets = set(ys)
    position: dict[int, int] | None = None
    for x in xs:
        near = neighbours.get(x)
        if not near:
            continue
        common = near.keys() & targets
        if len(common) == 1:
            out.append(near[common.pop()])
        elif common:
            if position is None:
                position = {y: k for k, y in enumerate(ys)}
            out += [near[y] for y in sorted(common, key=position.__getitem__)]
    return out


def link_claims(articles: Sequence[Article], extractions: Mapping[str, Extraction], links: EntityLookup,
                events: tuple[Event, ...], memo: TextMemo | None = None) -> tuple[Claim, ...]:
    """Claims across the articles, sorted: most outlets first, then by id. ``memo``: what the
    last build derived from sentence texts (filled with what this one used)."""
    return attach_events(claims_without_events(articles, extractions, links, memo), events)


def attach_events(claims: tuple[Claim, ...], events: tuple[Event, ...]) -> tuple[Claim, ...]:
    """Each claim with the events its reported sentences belong to (nothing else of a claim
    depends on the events, so claims can be linked while the events are)."""
    event_of: dict[tuple[str, int], set[str]] = {}
    for ev in events:
        for r in ev.reports:
            event_of.setdefault((r.article_id, r.sentence), set()).add(ev.id)
    return tuple(replace(c, events=tuple(sorted({e for r in c.reports
                                                 for e in event_of.get((r.article_id, r.sentence), ())})))
                 for c in claims)


def claims_without_events(articles: Sequence[Article], extractions: Mapping[str, Extraction], links: EntityLookup,
                          memo: TextMemo | None = None) -> tuple[Claim, ...]:
    """``link_claims`` but every claim's ``events`` left empty (``attach_events`` fills them)."""
    items = _items(articles, extractions, links, memo)
    for item, vec in zip(items, tfidf([i.stems for i in items]), strict=True):
        item.vector = vec
    pairs = candidate_pairs([_features(i) for i in items], [articles[i.article].id for i in items])
    scored = sorted(((s, a, b) for (a, b) in pairs if (s := _score(items[a], items[b])) >= SAME_LANGUAGE_THRESHOLD),
                    key=lambda x: (-x[0], x[1], x[2]))
    neighbours: dict[int, dict[int, float]] = {}  # item -> scored item -> score
    for s, a, b in scored:
        neighbours.setdefault(a, {})[b] = s
        neighbours.setdefault(b, {})[a] = s
    parent = list(range(len(items)))
    members: dict[int, set[int]] = {i: {items[i].article} for i in range(len(items))}
    group_of: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    # groups that were too unlike, by root and sample sizes: a group's sample changes only when it
    # grows (its members are appended), so the same two samples are not compared twice
    unlike: set[tuple[int, int, int, int]] = set()
    for _, a, b in scored:
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb or members[ra] & members[rb]:
            continue  # at most one sentence per article in a claim
        xs, ys = group_of[ra][:LINK_SAMPLE], group_of[rb][:LINK_SAMPLE]
        key = (ra, rb, len(xs), len(ys))
        if key in unlike:
            continue
        if sum(_cross_scores(xs, ys, neighbours)) / (len(xs) * len(ys)) < MEAN_LINK:
            unlike.add(key)
            continue  # no chaining: the two groups must be alike on average, not through one pair
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        group_of[ra] += group_of.pop(rb)
    clusters: dict[int, list[int]] = {}
    for i in range(len(items)):
        clusters.setdefault(_find(parent, i), []).append(i)

    outlets_all = listed_outlets(articles)
    order = {a.id: (a.published or "9999", a.id) for a in articles}

    claims: list[Claim] = []
    for group in clusters.values():
        group.sort(key=lambda i: (order[articles[items[i].article].id], items[i].sentence))
        if len(group) == 1:
            only = items[group[0]]
            if sum(1 for s in only.stems if "_" not in s) < SINGLE_MIN_STEMS or not (only.entities or only.quantities or only.dates):
                continue
        differs: set[int] = set()
        conflicts: list[str] = []
        # only sentences with a unit-bearing quantity or a day date can disagree
        checkable = [x for x in group if items[x].dimensions or items[x].dates]
        for x_pos, x in enumerate(checkable):
            for y in checkable[x_pos + 1:]:
                c = _conflict(items[x], items[y])
                if c:
                    differs |= {x, y}
                    conflicts.append(c)
        reports = tuple(ClaimReport(
            outlet=outlet_name(articles[items[i].article]), article_id=articles[items[i].article].id,
            sentence=items[i].sentence, text=items[i].text, differs=i in differs) for i in group)
        reporting = {r.outlet for r in reports}
        status = "disputed" if conflicts else ("corroborated" if len(reporting) >= 2 else "single-source")
        entity_count: Counter[str] = Counter()
        for i in group:
            entity_count.update(items[i].entities)
        canonical = items[group[0]]
        claims.append(Claim(
            id="",
            label=_label(canonical.text),
            status=status,
            reports=reports,
            missing=tuple(o for o in outlets_all if o not in reporting),
            entities=tuple(e for e, _ in sorted(entity_count.items(), key=lambda kv: (-kv[1], kv[0]))),
            conflict="; ".join(dict.fromkeys(conflicts)) or None,
        ))
    return _with_ids(claims)


def claim_id(text: str) -> str:
    """A stable id from the normalised text of a claim's canonical sentence."""
    return "c-" + hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]


def _with_ids(claims: list[Claim]) -> tuple[Claim, ...]:
    seen: Counter[str] = Counter()
    out = []
    ids: dict[str, str] = {}  # sentence text -> its id (each text hashed once)

    def cid_of(text: str) -> str:
        cid = ids.get(text)
        if cid is None:
            cid = ids[text] = claim_id(text)
        return cid

    # the id comes from the report whose id sorts first, not from the first article: file names
    # and their order must not change a claim's URL
    def base_id(c: Claim) -> str:
        return min(cid_of(r.text) for r in c.reports)

    ordered = sorted(claims, key=lambda c: (base_id(c), sorted(cid_of(r.text) for r in c.reports)))
    for c in ordered:
        base = base_id(c)
        seen[base] += 1
        cid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        out.append(Claim(cid, c.label, c.status, c.reports, c.missing, c.entities, c.events, c.conflict))
    status_rank = {"disputed": 0, "corroborated": 1, "single-source": 2}
    return tuple(sorted(out, key=lambda c: (status_rank.get(c.status, 3), -len({r.outlet for r in c.reports}), c.id)))
