"""HTML pages saved from a browser: main text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.read.files import Rejected


@dataclass(frozen=True)
class HtmlDoc:
    text: str
    title: str | None
    author: str | None
    published: str | None
    outlet: str | None
    url: str | None
    language: str | None


def read_html(html: str) -> HtmlDoc:
    import trafilatura  # imported here: loading it costs ~0.5 s that text-only dossiers need not pay

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    if doc is None:
        raise Rejected("HTML page without a main text that trafilatura could find")
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    if not text.strip():
        raise Rejected("HTML page without a main text that trafilatura could find")
    return HtmlDoc(
        text=text,
        title=get("title"),
        author=get("author"),
        published=get("date"),
        outlet=get("sitename") or get("hostname"),
        url=get("url"),
        language=get("language"),
    )
