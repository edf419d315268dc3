"""One page per article: metadata, a link to the original, an excerpt (or the full text when the
newsroom may republish it), the sentences the dossier cites, the entities it mentions, and
what the reader removed as page furniture."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from dossier.model import Article, Dossier, Entity, MentionRef
from dossier.render.home import first_words
from dossier.render.index import index_of
from dossier.render.inputs import article_inputs
from dossier.render.mention_links import link_range, mention_index
from dossier.render.site import Page, RenderContext, article_path, entity_path, href


def cited_sentences(d: Dossier) -> dict[str, set[int]]:
    """Sentence indexes per article that claims, events and quotes point at."""
    cited: dict[str, set[int]] = defaultdict(set)
    for claim in d.claims:
        for r in claim.reports:
            cited[r.article_id].add(r.sentence)
    for event in d.events:
        for er in event.reports:
            cited[er.article_id].add(er.sentence)
    for group in d.quotes:
        for v in group.versions:
            cited[v.article_id].add(v.sentence)
    return cited


def _entities_in(d: Dossier, article: Article) -> list[tuple[Entity, int]]:
    """Visible entities the article mentions, with their mention counts in it."""
    idx = index_of(d)
    counts: dict[str, int] = idx.mention_counts.get(article.id, {})
    return sorted(((e, counts.get(e.id, 0)) for e in idx.entities_in.get(article.id, ())),
                  key=lambda ec: (ec[0].type, -ec[1], ec[0].label))


def pages(d: Dossier, ctx: RenderContext) -> list[Page]:
    cited = cited_sentences(d)
    out: list[Page] = []
    for article in d.articles:
        mine = cited.get(article.id, set())
        refs = mention_index(d, article.id)
        entities = _entities_in(d, article)
        key = article_inputs(article, d, mine, refs, entities)
        out += ctx.page(key, _page, d, ctx, article, mine, refs, entities)
    return out


def _page(d: Dossier, ctx: RenderContext, article: Article, cited: set[int], refs: list[tuple[MentionRef, str]],
          entity_counts: list[tuple[Entity, int]]) -> Page:
    path = article_path(article.id)
    ext = d.extractions.get(article.id)
    sentences = ext.sentences if ext else ()
    show = [s for s in sentences if ctx.settings.republish or s.index in cited]
    starts = [r[0].start for r in refs]
    text = article.text
    shown = [{"anchor": f"s-{s.index}", "number": s.index + 1, "paragraph": s.paragraph,
              "text": link_range(text, s.start, s.end,
                                 refs[bisect_left(starts, s.start):bisect_left(starts, s.end)], path)}
             for s in show]
    paragraphs: list[list[dict[str, object]]] = []
    last_para = None
    for s in shown:
        if s["paragraph"] != last_para:
            paragraphs.append([])
            last_para = s["paragraph"]
        paragraphs[-1].append(s)
    entities = [{"name": e.label, "href": href(path, entity_path(e.id)), "type": ctx.t(e.type), "count": n}
                for e, n in entity_counts]
    return ctx.render(
        "article.md.j2", path,
        a=article,
        heading=article.title or first_words(article.text, 12),
        unknown=ctx.t("unknown"),
        words=len(article.text.split()),
        republish=ctx.settings.republish,
        excerpt=first_words(article.text, ctx.settings.excerpt_words),
        paragraphs=paragraphs,
        entities=entities,
        removed=[{"kind": r.kind, "text": r.text, "line": r.line} for r in article.removed],
        notes=list(article.notes),
        anchor=ext.anchor if ext else None,
        anchor_inferred=ext.anchor_inferred if ext else False,
    )
