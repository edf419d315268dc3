"""Article text with each entity mention linked to its entity page (escaped with ``md``)."""

from __future__ import annotations

from dossier.model import PARAGRAPH_SEP, Dossier, MentionRef
from dossier.render.escape import md
from dossier.render.index import index_of
from dossier.render.site import entity_path, href


def _piece(text: str) -> str:
    """``md`` of a piece of a line, keeping one space where the piece had space at its edges."""
    if not text:
        return ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md(text) + trail


def mention_index(dossier: Dossier, article_id: str) -> list[tuple[MentionRef, str]]:
    """The article's mentions of visible entities, by offset, overlaps dropped."""
    refs = index_of(dossier).mentions.get(article_id, ())
    out: list[tuple[MentionRef, str]] = []
    end = -1
    for m, eid in refs:
        if m.start >= end:
            out.append((m, eid))
            end = m.end
    return out


def link_range(text: str, start: int, end: int, refs: list[tuple[MentionRef, str]], from_path: str) -> str:
    """``text[start:end]`` escaped for Markdown with the mentions in ``refs`` (sorted) linked."""
    parts: list[str] = []
    pos = start
    for m, eid in refs:
        if m.start < pos or m.end > end or m.start < start:
            continue
        parts.append(_piece(text[pos:m.start]))
        parts.append(f"[{md(text[m.start:m.end])}]({href(from_path, entity_path(eid))})")
        pos = m.end
    parts.append(_piece(text[pos:end]))
    return "".join(parts).strip()


def link_mentions(text: str, article_id: str, dossier: Dossier, from_path: str) -> str:
    """``text`` (an article's text) escaped for Markdown, paragraphs kept, mentions linked."""
    refs = mention_index(dossier, article_id)
    paragraphs: list[str] = []
    offset = 0
    for para in text.split(PARAGRAPH_SEP):
        p_end = offset + len(para)
        inside = [r for r in refs if offset <= r[0].start < p_end]
        paragraphs.append(link_range(text, offset, p_end, inside, from_path))
        offset = p_end + len(PARAGRAPH_SEP)
    return "\n\n".join(p for p in paragraphs if p)
