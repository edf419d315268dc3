"""The same quote as different outlets printed it, aligned into :class:`QuoteGroup` values.

Two quotes are versions of one another when their words largely agree (a word-sequence ratio,
so "contoh yang patut dicontoh" and "contoh teladan" still align when the rest matches) and
their speakers do not differ. Candidates come from an inverted index over rare content words,
never from all pairs. A group holds at most one version per article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from dossier.link.claims import EntityLookup, outlet_name
from dossier.link.similarity import candidate_pairs, content_stems, normalise, words
from dossier.model import Article, Extraction, QuoteGroup, QuoteVersion

MIN_RATIO = 0.6  # word-sequence similarity two versions of one quote reach


def similarity(a: str, b: str) -> float:
    """Word-sequence similarity of two quote texts (0..1), case and punctuation ignored."""
    return SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


def quote_id(text: str) -> str:
    return "q-" + hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]


def link_quotes(articles: Sequence[Article], extractions: Mapping[str, Extraction],
                links: EntityLookup) -> tuple[QuoteGroup, ...]:
    """Quote groups: most versions first, then by id. Every extracted quote is in one group."""
    versions: list[QuoteVersion] = []
    languages: list[str] = []
    order: list[tuple[str, str]] = []
    for article in articles:
        ex = extractions.get(article.id)
        if ex is None:
            continue
        for q in ex.quotes:
            speaker = links.entity_id(article.id, q.speaker) if q.speaker else None
            versions.append(QuoteVersion(
                article_id=article.id, outlet=outlet_name(article), text=q.text, sentence=q.sentence,
                speaker=speaker, speaker_text=q.speaker, cue=q.cue, credited=q.credited))
            languages.append(article.language)
            order.append((article.published or "9999", article.id))
    feats = [{f"w:{s}" for s in content_stems(v.text, lng)} for v, lng in zip(versions, languages, strict=True)]
    pairs = candidate_pairs(feats, [v.article_id for v in versions], min_shared=2)
    scored = []
    for a, b in pairs:
        va, vb = versions[a], versions[b]
        if va.speaker and vb.speaker and va.speaker != vb.speaker:
            continue
        s = similarity(va.text, vb.text)
        if s >= MIN_RATIO:
            scored.append((s, a, b))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    parent = list(range(len(versions)))
    arts: dict[int, set[str]] = {i: {v.article_id} for i, v in enumerate(versions)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, a, b in scored:
        ra, rb = find(a), find(b)
        if ra != rb and not arts[ra] & arts[rb]:
            parent[rb] = ra
            arts[ra] |= arts.pop(rb)
    groups: dict[int, list[int]] = {}
    for i in range(len(versions)):
        groups.setdefault(find(i), []).append(i)
    out: list[QuoteGroup] = []
    seen: dict[str, int] = {}
    for members in groups.values():
        members.sort(key=lambda i: (order[i], versions[i].sentence))
        vs = tuple(versions[i] for i in members)
        speaker = next((v.speaker for v in vs if v.speaker), None)
        base = quote_id(vs[0].text)
        seen[base] = seen.get(base, 0) + 1
        out.append(QuoteGroup(id=base if seen[base] == 1 else f"{base}-{seen[base]}", speaker=speaker, versions=vs))
    return tuple(sorted(out, key=lambda g: (-len({v.outlet for v in g.versions}), g.id)))
