"""YAML front matter (``---`` … ``---``) read safely: ``safe_load``, a size limit, an alias limit."""

from __future__ import annotations

import re
from typing import Any

import yaml

from dossier.read.files import Rejected
from dossier.yamlio import LOADER, safe_load

MAX_FRONT_MATTER = 64_000  # characters
MAX_ALIASES = 10  # front matter has no need of aliases; each one can double what a reader must copy

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_OPEN_ONLY = re.compile(r"\A---[ \t]*\n")
KNOWN_KEYS = ("title", "outlet", "url", "published", "author", "language")


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, int]:
    """(metadata or None, body, number of lines the front matter took).

    Raises :class:`Rejected` with the file line for broken, oversized or unsafe YAML.
    """
    m = _FENCE.match(text)
    if not m:
        if _OPEN_ONLY.match(text) and len(text.split("\n", 40)) > 1 and ":" in text.split("\n", 3)[1]:
            raise Rejected("front matter opened with '---' but never closed", line=1)
        return None, text, 0
    raw = m.group("yaml")
    if len(raw) > MAX_FRONT_MATTER:
        raise Rejected(f"front matter too large: {len(raw):,} characters (limit {MAX_FRONT_MATTER:,})", line=1)
    # libyaml's parser first (fast); on an error, the pure-Python one, whose messages name the problem
    try:
        aliases = sum(1 for ev in yaml.parse(raw, Loader=LOADER) if isinstance(ev, yaml.AliasEvent))
    except yaml.YAMLError:
        try:
            aliases = sum(1 for ev in yaml.parse(raw, Loader=yaml.SafeLoader) if isinstance(ev, yaml.AliasEvent))
        except yaml.YAMLError as exc:
            raise Rejected(f"broken YAML front matter: {_problem(exc)}", line=_line(exc)) from exc
    if aliases > MAX_ALIASES:
        raise Rejected(f"front matter uses {aliases} YAML aliases (limit {MAX_ALIASES}): refused", line=1)
    try:
        data = safe_load(raw)
    except yaml.YAMLError:
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise Rejected(f"unsafe or broken YAML front matter: {_problem(exc)}", line=_line(exc)) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise Rejected("front matter is not a mapping of keys to values", line=2)
    lines = raw.count("\n") + 2
    return {str(k): v for k, v in data.items()}, text[m.end():], lines


def _line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return (mark.line + 2) if mark is not None else 1


def _problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return str(problem).strip()


def as_text(value: Any) -> str | None:
    """A front matter value as a string; dates become ISO."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value).strip()
    return text or None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)


def markdown_to_text(body: str) -> tuple[str, str | None]:
    """(plain text, first level-one heading). Links keep their text; emphasis marks go."""
    title = None
    h1 = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
    if h1:
        title = h1.group(1).strip()
        body = body[: h1.start()] + body[h1.end():]
    body = _MD_HEADING.sub(lambda m: m.group(1), body)
    body = _MD_LINK.sub(lambda m: m.group(1), body)
    body = _MD_EMPH.sub(lambda m: m.group(2), body)
    body = re.sub(r"^\s{0,3}>\s?", "", body, flags=re.MULTILINE)
    return body, title
