"""Make article text inert in Markdown and HTML.

Everything that came from an article passes through :func:`md` (or :func:`md_cell` inside a
table) before it reaches a template's output. The result shows as the same text, but no HTML
tag, entity, link, emphasis, admonition, snippet include, table pipe or template syntax
({{ }}, {% %}) survives as markup.
"""

from __future__ import annotations

import re

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
# Sequences that only matter at the start of a line: lists, quotes, headings, rules, tables.
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)]|=+|-{3,}|\.{3})", re.MULTILINE)


def md(text: object) -> str:
    """Escape text for a Markdown paragraph or inline position. Newlines become spaces."""
    s = "" if text is None else str(text)
    s = re.sub(r"\s+", " ", s).strip()
    s = _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], s)
    s = _LINE_START.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), s)
    # "--8<--" snippet markers and URL autolinks lose their meaning once ':' and '<' are escaped.
    return s


def md_cell(text: object) -> str:
    """Escape text for a Markdown table cell (pipes and newlines included)."""
    return md(text)


def attr(text: object) -> str:
    """Escape text for an HTML attribute value in double quotes."""
    s = "" if text is None else str(text)
    return (s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("{", "&#123;").replace("}", "&#125;"))
