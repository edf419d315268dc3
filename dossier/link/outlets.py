"""Outlets: the articles each one published, the agencies it credits, and shared wire copy.

:func:`wire_overlap` measures, for each pair of articles that share wording, the share of each
article's sentences that have a near-identical sentence in the other. Sentences are compared as
sets of content-word stems and word pairs (shingles), so a loose translation of the same wire
story still matches; candidates come from an inverted index over rare stems (no all-pairs).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dossier.extract.quotes import find_credits
from dossier.link.claims import outlet_name
from dossier.link.similarity import candidate_pairs, content_stems
from dossier.model import Article, Extraction, Outlet, QuoteGroup

MIN_STEMS = 4  # shorter sentences (captions, datelines) are not evidence of shared copy
NEAR_IDENTICAL = 0.38  # similarity of two sentences taken from the same copy
MIN_SHARED = 3  # ... and at least this many sentences
WIRE_SHARE = 0.4  # share of an article's sentences found in the other that flags shared copy


@dataclass(frozen=True)
class WireOverlap:
    """Shared wording between two articles (``a`` < ``b``)."""

    a: str
    b: str
    shared_a: int  # sentences of a with a near-identical sentence in b
    shared_b: int
    sentences_a: int  # sentences of a that were compared
    sentences_b: int
    flagged: bool  # likely built from the same wire copy

    @property
    def share_a(self) -> float:
        return self.shared_a / self.sentences_a if self.sentences_a else 0.0

    @property
    def share_b(self) -> float:
        return self.shared_b / self.sentences_b if self.sentences_b else 0.0


def outlet_id(name: str) -> str:
    """A URL slug of an outlet's display name."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "outlet"


def _shingles(stems: list[str]) -> set[str]:
    return set(stems) | {f"{x}_{y}" for x, y in itertools.pairwise(stems)}


def sentence_similarity(a: set[str], b: set[str]) -> float:
    """Overlap of two shingle sets relative to the smaller one, damped by their size ratio."""
    if not a or not b:
        return 0.0
    small, large = (len(a), len(b)) if len(a) <= len(b) else (len(b), len(a))
    return len(a & b) / small * (small / large) ** 0.5


def wire_overlap(articles: Sequence[Article], extractions: Mapping[str, Extraction]) -> list[WireOverlap]:
    """Pairs of articles that share wording, most shared first."""
    units: list[tuple[str, int, set[str]]] = []  # (article id, sentence, shingles)
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        ex = extractions.get(article.id)
        if ex is None:
            continue
        for s in ex.sentences:
            stems = content_stems(s.text, article.language)
            if len(stems) >= MIN_STEMS:
                units.append((article.id, s.index, _shingles(stems)))
                counts[article.id] += 1
    pairs = candidate_pairs([u[2] for u in units], [u[0] for u in units], min_shared=2)
    matched: dict[tuple[str, str], tuple[set[int], set[int]]] = {}
    for i, j in pairs:
        (ai, si, xi), (aj, sj, xj) = units[i], units[j]
        if sentence_similarity(xi, xj) < NEAR_IDENTICAL:
            continue
        if ai > aj:
            ai, si, aj, sj = aj, sj, ai, si
        mine, theirs = matched.setdefault((ai, aj), (set(), set()))
        mine.add(si)
        theirs.add(sj)
    out = []
    keys = []
    for (a, b), (sa, sb) in matched.items():
        na, nb = counts[a], counts[b]
        # WireOverlap.share_a and share_b, computed once
        share = max(len(sa) / na if na else 0.0, len(sb) / nb if nb else 0.0)
        flagged = share >= WIRE_SHARE and min(len(sa), len(sb)) >= MIN_SHARED
        out.append(WireOverlap(a, b, len(sa), len(sb), na, nb, flagged))
        keys.append((-share, a, b))
    return [out[k] for k in sorted(range(len(out)), key=keys.__getitem__)]


def link_outlets(articles: Sequence[Article], extractions: Mapping[str, Extraction],
                 quotes: Sequence[QuoteGroup] = ()) -> tuple[Outlet, ...]:
    """One outlet per outlet name; an article whose outlet is unknown is its own outlet."""
    by_name: dict[str, list[Article]] = {}
    for article in articles:
        by_name.setdefault(outlet_name(article), []).append(article)
    credited: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        ex = extractions.get(article.id)
        if ex is not None:
            credited[article.id] += [c.name for c in find_credits(article.text, ex.sentences, ex.mentions,
                                                                  article.language)]
            credited[article.id] += [q.credited for q in ex.quotes if q.credited]
    for group in quotes:
        for v in group.versions:
            if v.credited:
                credited[v.article_id].append(v.credited)
    out: list[Outlet] = []
    used: dict[str, int] = {}
    for name, arts in by_name.items():
        base = outlet_id(name)
        used[base] = used.get(base, 0) + 1
        oid = base if used[base] == 1 else f"{base}-{used[base]}"
        credits = sorted({c for a in arts for c in credited[a.id]}, key=str.lower)
        out.append(Outlet(id=oid, name=name, articles=tuple(sorted(a.id for a in arts)), credits=tuple(credits)))
    return tuple(sorted(out, key=lambda o: (o.name.lower(), o.id)))
