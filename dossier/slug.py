"""Stable, URL-safe identifiers."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 80
# Names the site uses itself: an article or entity may not take them.
RESERVED = frozenset({"index", "search", "assets", "embed", "404", "sitemap", "tags", "feed", "stylesheets",
                      "javascripts", "overrides"})


def slugify(text: str, keep_underscore: bool = False) -> str:
    """ASCII, lower case, words joined by '-'; long slugs keep a hash of the full text."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    allowed = r"[^a-z0-9_]+" if keep_underscore else r"[^a-z0-9]+"
    slug = re.sub(allowed, "-", ascii_text).strip("-_")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    if not slug:
        return f"x-{digest}"
    if len(slug) > MAX_SLUG:
        slug = slug[: MAX_SLUG - 9].rstrip("-_") + "-" + digest
    if slug in RESERVED:
        slug = f"{slug}-{digest[:4]}"
    return slug
