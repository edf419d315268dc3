"""Readers: a folder of files in, Articles and a list of skipped files (with reasons) out."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dossier.cache import ArticleCache
from dossier.model import Article, Removed, Skipped, frozen_map
from dossier.read import files
from dossier.read.files import Candidate, Rejected
from dossier.read.frontmatter import KNOWN_KEYS, as_text, markdown_to_text, split_front_matter
from dossier.read.html import read_html
from dossier.read.language import detect_language
from dossier.read.plaintext import outlet_name, parse_text
from dossier.slug import RESERVED, slugify

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReadResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...]  # files read, with something to say (e.g. near-duplicates)


def read_article(path: Path, rel: str, fmt: str, cache: ArticleCache | None = None) -> Article:
    """One file as an Article. Raises :class:`Rejected` with a one-line reason. With ``cache``,
    a file whose bytes were parsed before is not parsed again."""
    data = files.read_bytes(path)
    key = ArticleCache.key(data, rel, fmt) if cache is not None else ""
    if cache is not None and (hit := cache.get(key)) is not None:
        return hit
    text, encoding = files.decode(data)
    article = parse_article(text, rel, fmt, encoding)
    if cache is not None:
        cache.put(key, article)
    return article


def parse_article(text: str, rel: str, fmt: str, encoding: str = "utf-8") -> Article:
    """A decoded text as an Article (pure: no I/O)."""
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta: dict[str, Any] = {}
    notes: list[str] = []
    front_lines = 0
    body = text
    html_doc = None
    if fmt == "html":
        html_doc = read_html(text)
        body = html_doc.text
    else:
        try:
            front, body, front_lines = split_front_matter(text)
        except Rejected as exc:
            if fmt == "markdown" or text.startswith("---"):
                # the article is kept; its broken front matter is reported and ignored
                notes.append(f"line {exc.line}: {exc.reason}; front matter ignored")
                body = re.sub(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", "", text, count=1, flags=re.DOTALL)
                front = None
            else:
                raise
        if front:
            meta = front
    md_title = None
    if fmt == "markdown" or meta:
        body, md_title = markdown_to_text(body)
    parsed = parse_text(body)
    if front_lines:
        parsed.removed = [replace(r, line=r.line + front_lines) if r.line else r for r in parsed.removed]
    if not parsed.paragraphs:
        raise Rejected("no article text: nothing left after removing page furniture")
    language = as_text(meta.get("language")) or (html_doc.language if html_doc else None) \
        or detect_language(" ".join(parsed.paragraphs))
    title = as_text(meta.get("title")) or (html_doc.title if html_doc else None) or md_title or parsed.title
    outlet = as_text(meta.get("outlet")) or (outlet_name(html_doc.outlet) if html_doc and html_doc.outlet else None) \
        or parsed.outlet
    published = as_text(meta.get("published") or meta.get("date")) or (html_doc.published if html_doc else None) \
        or parsed.published
    author = as_text(meta.get("author")) or (html_doc.author if html_doc else None) or parsed.author
    url = as_text(meta.get("url")) or (html_doc.url if html_doc else None)
    if url and not _WEB_URL.match(url):
        notes.append(f"url {url[:80]!r} is not an http(s) address: left out")
        url = None
    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS and k != "date"}
    extra.update({k: v for k, v in parsed.metadata.items() if k not in extra})
    extra["encoding"] = encoding
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    article_id = slugify(stem, keep_underscore=True)
    if stem.lower() in RESERVED:
        notes.append(f"file name '{stem}' is one of the site's own page names: the article's id is '{article_id}'")
    return Article(
        id=article_id,
        source=rel,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        author=author,
        language=(language or "en").split("-")[0].lower(),
        paragraphs=tuple(parsed.paragraphs),
        content_hash=content_hash,
        removed=tuple(parsed.removed),
        metadata=frozen_map(_jsonable(extra)),
        notes=tuple(notes),
        fmt=fmt,
    )


_WEB_URL = re.compile(r"(?i)https?://[^\s<>\"]+\Z")
_NOTE_LINE = re.compile(r"line (\d+): ")


def _warning(rel: str, note: str) -> Skipped:
    """A note as a warning; "line N: ..." notes carry the line separately."""
    m = _NOTE_LINE.match(note)
    return Skipped(rel, note[m.end():], int(m.group(1))) if m else Skipped(rel, note)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def read_folder(root: Path, progress: Progress | None = None, cache: ArticleCache | None = None) -> ReadResult:
    """Every article under ``root``, sorted by path; rejected files are listed with reasons.
    With ``cache`` (see :class:`dossier.cache.ArticleCache`), unchanged files are not parsed again."""
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: articles folder not found")
    candidates = list(files.discover(root))
    articles: list[Article] = []
    skipped: list[Skipped] = []
    warnings: list[Skipped] = []
    for i, cand in enumerate(candidates, start=1):
        if progress:
            progress(i, len(candidates), cand.rel)
        try:
            article = _read_candidate(cand, root, cache)
        except Rejected as exc:
            skipped.append(Skipped(cand.rel, exc.reason, exc.line))
            continue
        articles.append(article)
        for note in article.notes:
            warnings.append(_warning(cand.rel, note))
    if cache is not None:
        cache.save()
    return _dedupe(articles, skipped, warnings)


def _read_candidate(cand: Candidate, root: Path, cache: ArticleCache | None = None) -> Article:
    name = cand.path.name
    if name.startswith("."):
        raise Rejected("hidden file: not an article")
    files.check_location(cand, root)
    if cand.fmt is None:
        suffix = cand.path.suffix.lower() or "(no extension)"
        raise Rejected(f"not an article file ({suffix}): dossier reads .txt, .md and .html")
    return read_article(cand.path, cand.rel, cand.fmt, cache)


def _dedupe(articles: list[Article], skipped: list[Skipped], warnings: list[Skipped]) -> ReadResult:
    """Exact duplicates are counted once; clashing ids get a suffix; near-duplicates are noted."""
    by_hash: dict[str, Article] = {}
    used_ids: dict[str, str] = {}
    kept: list[Article] = []
    for art in articles:
        body_hash = hashlib.sha256("\n".join(art.paragraphs).encode("utf-8")).hexdigest()
        first = by_hash.get(body_hash)
        if first is not None:
            skipped.append(Skipped(art.source, f"duplicate of {first.source}: counted once"))
            idx = kept.index(first)
            kept[idx] = replace(first, notes=(*first.notes, f"same text as {art.source}"))
            by_hash[body_hash] = kept[idx]
            continue
        if art.id in used_ids:
            new_id = slugify(art.source.rsplit(".", 1)[0], keep_underscore=True)
            if new_id in used_ids:
                new_id = f"{art.id}-{art.content_hash[:8]}"
            warnings.append(Skipped(art.source, f"id '{art.id}' is taken by {used_ids[art.id]}: using '{new_id}'"))
            art = replace(art, id=new_id)
        used_ids[art.id] = art.source
        by_hash[body_hash] = art
        kept.append(art)
    kept = _note_near_duplicates(kept, warnings)
    kept = _dateline_years(kept)
    return ReadResult(tuple(kept), tuple(skipped), tuple(warnings))


def _dateline_years(articles: list[Article]) -> list[Article]:
    """"MELBOURNE, Feb 18 (Wire) -" with no year and no copyright line: the year that puts the day nearest
    the other articles' publication dates (marked inferred), as a newsroom reader would assume."""
    dated = sorted(d for a in articles if (d := _day(a.published)) is not None)
    if not dated:
        return articles
    out = []
    for art in articles:
        md = art.metadata.get("dateline_day") if not art.published else None
        if isinstance(md, str) and re.fullmatch(r"\d{2}-\d{2}", md):
            best: tuple[int, str] | None = None
            for year in sorted({d.year + k for d in dated for k in (-1, 0, 1)}):
                day = _day(f"{year}-{md}")
                if day is None:
                    continue
                gap = min(abs((day - d).days) for d in dated)
                if best is None or gap < best[0]:
                    best = (gap, day.isoformat())
            if best is not None:
                art = replace(art, published=best[1],
                              metadata=frozen_map({**art.metadata, "published_inferred": "year from the other articles"}))
        out.append(art)
    return out


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _shingles(art: Article, k: int = 5) -> set[int]:
    """Hashes of the article's word 5-grams: CRC-32, fast and the same in every process (not
    ``hash()``, which differs between processes, and the MinHash sketch, hence the notes, must not)."""
    words = re.findall(r"\w+", art.text.lower())
    return {zlib.crc32(" ".join(words[i:i + k]).encode("utf-8")) for i in range(max(1, len(words) - k + 1))}


def _note_near_duplicates(articles: list[Article], warnings: list[Skipped]) -> list[Article]:
    """Articles sharing ≥ 90% of their word 5-shingles are kept, both, with a note.

    Candidates are blocked by a few minimum shingle hashes (a MinHash sketch), so the check
    stays near-linear in the number of articles.
    """
    sketches: dict[int, list[int]] = {}
    shingles = [_shingles(a) for a in articles]
    notes: dict[int, list[str]] = {}
    for i, sh in enumerate(shingles):
        for h in sorted(sh)[:4]:
            sketches.setdefault(h, []).append(i)
    seen: set[tuple[int, int]] = set()
    for group in sketches.values():
        for a_i in range(len(group)):
            for b_i in range(a_i + 1, min(len(group), a_i + 20)):
                a, b = group[a_i], group[b_i]
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                inter = len(shingles[a] & shingles[b])
                jacc = inter / max(1, len(shingles[a] | shingles[b]))
                if jacc >= 0.9:
                    msg = f"near-duplicate of {{}} ({jacc:.0%} shared wording)"
                    notes.setdefault(a, []).append(msg.format(articles[b].source))
                    notes.setdefault(b, []).append(msg.format(articles[a].source))
    for i, ns in notes.items():
        for n in ns:
            warnings.append(Skipped(articles[i].source, n))
        articles[i] = replace(articles[i], notes=(*articles[i].notes, *ns))
    return articles


__all__ = ["ReadResult", "Removed", "parse_article", "read_article", "read_folder"]
