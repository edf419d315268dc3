"""Front matter, Markdown and HTML readers; folders, encodings and rejected files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.read import parse_article, read_folder
from dossier.read.files import Rejected, decode

FRONT = """---
title: Ceasefire talks resume in Doha
outlet: Example Wire
url: https://example.org/ceasefire
published: 2026-03-02
author: Sam Reporter
language: en
desk: world
---
# A heading that is not the title

Negotiators met again in Doha on Monday, officials said.

Read more: Unrelated story about markets
"""


def test_front_matter_wins_and_extra_keys_are_kept() -> None:
    a = parse_article(FRONT, "doha.md", "markdown")
    assert (a.title, a.outlet, a.url, a.published, a.author, a.language) == (
        "Ceasefire talks resume in Doha", "Example Wire", "https://example.org/ceasefire", "2026-03-02",
        "Sam Reporter", "en")
    assert a.metadata["desk"] == "world"
    assert "Negotiators met again in Doha" in a.text
    assert "Unrelated story" not in a.text


def test_broken_front_matter_is_reported_with_its_line_and_the_text_kept() -> None:
    text = "---\ntitle: ok\nauthor: [unclosed\n---\nBody text of the article stays here.\n"
    a = parse_article(text, "broken.md", "markdown")
    assert "Body text of the article stays here." in a.text
    assert any("line" in n and "front matter" in n for n in a.notes)


def test_python_tags_in_front_matter_are_refused() -> None:
    text = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody text here for the test.\n"
    a = parse_article(text, "evil.md", "markdown")
    assert a.title is None
    assert any("front matter" in n for n in a.notes)


def test_yaml_alias_bomb_is_refused() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    text = "---\n" + "\n".join(lines) + "\n---\nBody text of the bomb article.\n"
    a = parse_article(text, "bomb.md", "markdown")
    assert any("alias" in n for n in a.notes)


def test_html_through_trafilatura() -> None:
    html = """<html><head><title>Storm hits coast | Example News</title>
    <meta property="og:site_name" content="Example News"><meta name="author" content="Lee Writer">
    <meta property="article:published_time" content="2026-01-09T10:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Storm hits coast</h1>
    <p>A powerful storm hit the northern coast on Friday, cutting power to thousands of homes across the region.</p>
    <p>Emergency services said they had rescued dozens of people from flooded streets overnight, officials said.</p>
    </article><footer>Copyright Example News</footer></body></html>"""
    a = parse_article(html, "storm.html", "html")
    assert "powerful storm" in a.text
    assert a.outlet == "Example News"
    assert a.published and a.published.startswith("2026-01-09")
    assert "Copyright" not in a.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Berita tentang Jakarta dan Bandung.".encode("utf-8-sig"), "Berita tentang Jakarta"),
        ("Café news from Paris.".encode("utf-16"), "Café news"),
        ("Café news from Paris.".encode("cp1252"), "Café news"),
    ],
)
def test_encodings_are_decoded(data: bytes, expected: str) -> None:
    text, _ = decode(data)
    assert text.startswith(expected)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\n  ", "empty|blank"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary|image")],
)
def test_unreadable_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Rejected, match=reason):
        decode(data)


def test_folder_reports_every_skipped_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Pertama di Jakarta pada hari Senin untuk uji coba.\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("Pertama di Jakarta pada hari Senin untuk uji coba.\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "huge.txt").write_text("x" * 2_100_000, encoding="utf-8")
    outside = tmp_path.parent / "outside-article.txt"
    outside.write_text("Outside the folder text.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(outside)
    result = read_folder(tmp_path)
    assert [a.source for a in result.articles] == ["copy.txt"]
    reasons = {s.path: s.reason for s in result.skipped}
    assert "duplicate" in reasons["sub/one.txt"]
    assert "hidden" in reasons[".DS_Store"]
    assert "not an article file" in reasons["report.docx"]
    assert "empty" in reasons["empty.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "outside" in reasons["link.txt"]


def test_clashing_and_reserved_names_get_safe_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "index.txt").write_text("Artikel pertama tentang banjir di kota.\n", encoding="utf-8")
    (tmp_path / "b" / "index.txt").write_text("Artikel kedua tentang gempa di desa.\n", encoding="utf-8")
    (tmp_path / "Berita Ñandú – é.txt").write_text("Artikel ketiga tentang angin.\n", encoding="utf-8")
    ids = [a.id for a in read_folder(tmp_path).articles]
    assert len(set(ids)) == 3
    assert "index" not in ids
    assert all(i.isascii() and " " not in i for i in ids)
