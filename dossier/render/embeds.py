"""Where embed views, oEmbed files and plain-table exports live, and what full pages show of them.

Shared by the page builders (entity, event, comparison pages), ``embed_pages`` and ``exports``.
Full pages get front matter ``oembed: <url>`` (``overrides/main.html`` turns it into an
``<link rel="alternate" type="application/json+oembed">``) and a collapsible "Embed" block with
the iframe snippet and links to the plain exports.

URLs are absolute when ``settings.site_url`` is set. Without it they are relative to the site
root (``embed/entities/x/``): enough for the site itself, but a snippet pasted elsewhere needs
``site_url``, and the Embed block says so.
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

from dossier.render.site import Page, RenderContext, href
from dossier.yamlio import safe_load

# kind (the folder of the full page) -> the full page path of an item
KINDS = ("entities", "events", "claims", "timeline", "comparison")
SINGLE = {"timeline": "timeline/index.md", "comparison": "comparison/index.md"}  # kinds with one page
DEFAULT_HEIGHT = 420
EMBED_ROWS = 50  # rows of an embed view's or an export's table; the rest is on the full page
HOST_SCRIPT = "assets/dossier/embed-host.js"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def full_path(kind: str, item_id: str) -> str:
    """The full page an embed view belongs to."""
    return SINGLE.get(kind) or f"{kind}/{item_id}.md"


def item_id_of(kind: str, item_id: str | None) -> str:
    return "index" if kind in SINGLE else str(item_id)


def embed_path(kind: str, item_id: str | None) -> str:
    """``embed/<kind>/<id>.md`` (``embed/timeline/index.md`` for the one-page kinds)."""
    return f"embed/{kind}/{item_id_of(kind, item_id)}.md"


def oembed_path(kind: str, item_id: str) -> str:
    return f"embed/{kind}/{item_id_of(kind, item_id)}.oembed.json"


def export_paths(kind: str, item_id: str) -> tuple[str, str]:
    """(plain Markdown table, MediaWiki table) of a page."""
    base = f"exports/{kind}/{item_id_of(kind, item_id)}"
    return base + ".md.txt", base + ".wiki.txt"


def page_url(path: str) -> str:
    """The URL of a generated Markdown page relative to the site root (directory URLs)."""
    if path.endswith("index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/" if path.endswith(".md") else path


def site_base(ctx: RenderContext) -> str | None:
    """``settings.site_url`` with one trailing slash, or None."""
    url = (ctx.settings.site_url or "").strip()
    return url.rstrip("/") + "/" if url else None


def absolute(ctx: RenderContext, site_path: str) -> str:
    """An absolute URL of a site path when site_url is known, else the site-relative path."""
    base = site_base(ctx)
    return base + site_path if base else site_path


def iframe_html(kind: str, item_id: str, title: str, ctx: RenderContext, height: int = DEFAULT_HEIGHT) -> str:
    """The iframe (and the host script that resizes it) a newsroom pastes into its page."""
    ident = f"{kind}/{item_id_of(kind, item_id)}"
    src = absolute(ctx, page_url(embed_path(kind, item_id)))
    script = absolute(ctx, HOST_SCRIPT)
    return (f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="100%" height="{int(height)}" '
            f'style="border:0;width:100%" loading="lazy" data-dossier-embed="{html.escape(ident)}"></iframe>'
            f'<script src="{html.escape(script)}" async></script>')


def split_front_matter(content: str) -> tuple[dict[str, Any], str]:
    """A page's YAML front matter (empty when none) and the rest of its text."""
    m = _FRONT.match(content)
    if not m:
        return {}, content
    data = safe_load(m.group(1)) or {}
    return (dict(data) if isinstance(data, dict) else {}), content[m.end():]


def add_front_matter(content: str, data: dict[str, Any]) -> str:
    """``content`` with ``data`` merged into its front matter (added when it has none)."""
    old, body = split_front_matter(content)
    merged = {**old, **data}
    head = yaml.dump(merged, Dumper=_DUMPER, sort_keys=True, allow_unicode=True, default_flow_style=False).strip()
    return f"---\n{head}\n---\n\n{body.lstrip(chr(10))}"


def oembed_front_matter(kind: str, item_id: str, ctx: RenderContext) -> dict[str, Any]:
    """Front matter keys of a full page that point to its oEmbed file."""
    return {"oembed": absolute(ctx, oembed_path(kind, item_id))}


def embed_snippet(kind: str, item_id: str, page_path: str, ctx: RenderContext, title: str = "") -> str:
    """Markdown for the end of a full page: a collapsed "Embed" block with the iframe code (as a
    code block, which Material's copy button copies) and links to the plain table exports."""
    t = ctx.t
    code = iframe_html(kind, item_id, title or t("Dossier"), ctx)
    md_txt, wiki_txt = export_paths(kind, item_id)
    lines = [f'??? note "{t("Embed")}"', "",
             f"    {t('Paste this into a page to embed this view; it resizes itself to its content.')}", "",
             "        " + code, ""]
    if site_base(ctx) is None:
        lines += [f"    {t('The addresses are relative: set site_url in mkdocs.yml for a snippet that works elsewhere.')}",
                  ""]
    lines += [f"    {t('For wikis without iframes, the table as text')}: "
              f"[{t('Markdown')}]({href(page_path, md_txt)}) · [{t('MediaWiki')}]({href(page_path, wiki_txt)}) · "
              f"[{t('Embed view')}]({href(page_path, embed_path(kind, item_id))})", ""]
    return "\n".join(lines)


def with_embed(page: Page, kind: str, item_id: str, ctx: RenderContext, title: str = "") -> Page:
    """A full page with its oEmbed front matter and, at its end, the Embed block."""
    content = add_front_matter(page.content, oembed_front_matter(kind, item_id, ctx))
    content = content.rstrip() + "\n\n" + embed_snippet(kind, item_id, page.path, ctx, title).rstrip() + "\n"
    return Page(page.path, content)
