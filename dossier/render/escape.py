"""Make article text inert in Markdown and HTML.

Everything that came from an article passes through :func:`md` (or :func:`md_cell` inside a
table) before it reaches a template's output. The result shows as the same text, but no HTML
tag, entity, link, emphasis, admonition, snippet include, table pipe or template syntax
({{ }}, {% %}) survives as markup.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters that Markdown (and its extensions) may treat as syntax anywhere in a line.
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "{": "&#123;",
    "}": "&#125;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
    "!": "&#33;",
    ":": "&#58;",
    "#": "&#35;",
    '"': "&quot;",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Sequences that only matter at the start of a line: lists, quotes, headings, rules, tables,
# collapsible blocks (pymdownx.details: "??? note").
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)]|=+|-{3,}|\.{3}|\?{3})", re.MULTILINE)


# Control characters other than white space: Python-Markdown uses \x02/\x03 as placeholders.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_ATTR = {c: _INLINE[c] for c in '&"<>{}[]`|\\'}
_ATTR_RE = re.compile("[" + re.escape("".join(_ATTR)) + "]")
_SAFE_SCHEMES = ("http", "https", "mailto")


_INLINE_TABLE = str.maketrans(_INLINE)
_SPACE = re.compile(r"\s+")


def md(text: object) -> str:
    """Escape text for a Markdown paragraph or inline position. Newlines become spaces."""
    s = "" if text is None else str(text)
    return _md(s) if len(s) < 2000 else _md.__wrapped__(s)


@lru_cache(maxsize=1 << 17)  # page builders escape the same names and sentences many times
def _md(s: str) -> str:
    s = _CONTROL.sub("", s)
    s = _SPACE.sub(" ", s).strip()
    s = s.translate(_INLINE_TABLE)
    s = _LINE_START.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), s)
    # "--8<--" snippet markers and URL autolinks lose their meaning once ':' and '<' are escaped.
    return s


def md_cell(text: object) -> str:
    """Escape text for a Markdown table cell (pipes and newlines included)."""
    return md(text)


def attr(text: object) -> str:
    """Escape text for an HTML attribute value in double quotes, inside a Markdown line.

    Besides HTML's ``& " < >``, characters that Markdown or a template engine would act on
    before the HTML is parsed (table pipes, backticks, brackets, braces, backslashes) become
    character references; line breaks become spaces, so a table row stays one line. The
    browser decodes the references, so the attribute's value is the text itself.
    """
    s = "" if text is None else str(text)
    s = _CONTROL.sub("", s)
    s = re.sub(r"\s", " ", s)
    return _ATTR_RE.sub(lambda m: _ATTR[m.group(0)], s)


def safe_url(text: object) -> str:
    """``text`` when it is an http(s) or mailto URL, else ``""``: no ``javascript:``, ``data:``, ``file:``.

    Escape the result with :func:`attr` as well when it goes into an attribute.
    """
    s = _CONTROL.sub("", "" if text is None else str(text)).strip()
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", s)
    if scheme is None or scheme.group(1).lower() not in _SAFE_SCHEMES or re.search(r"\s", s):
        return ""
    return s
