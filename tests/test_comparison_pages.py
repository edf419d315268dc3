"""The comparison, claim and outlet pages: matrix, filters, wording, ledger, links, escaping."""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from dossier.config import Settings
from dossier.extract.quotes import find_quotes
from dossier.extract.sentences import sentence_at, split_sentences
from dossier.link.claims import link_claims, outlet_name
from dossier.link.outlets import link_outlets, wire_overlap
from dossier.link.quotes import link_quotes
from dossier.link.similarity import fold
from dossier.model import Article, Dossier, Entity, Event, EventReport, Extraction, Mention, TimeExpr, frozen_map
from dossier.render.comparison_pages import diff_words, pages
from dossier.render.escape import md
from dossier.render.site import RenderContext, outlet_label

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds-gold.yml"
NAMES = {"Sri Wahyuni": ("person", "Sri Wahyuni"), "Wahyuni": ("person", "Sri Wahyuni"),
         "Budi Hartono": ("person", "Budi Hartono"), "Surabaya": ("place", "Surabaya")}


class FakeLinks:
    def entity_id(self, article_id: str, mention_key: str) -> str | None:
        return re.sub(r"[^a-z0-9]+", "-", mention_key.lower()).strip("-") or None


def make(article_id: str, outlet: str | None, paragraphs: list[str], dates: dict[str, str] | None = None):
    sentences = split_sentences(paragraphs)
    text = "\n\n".join(paragraphs)
    mentions: list[Mention] = []
    for name in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                typ, key = NAMES[name]
                mentions.append(Mention(m.group(0), m.start(), m.end(), sentence_at(sentences, m.start()), typ, None, key))
    mentions.sort(key=lambda m: m.start)
    times = tuple(TimeExpr(p, text.index(p), text.index(p) + len(p), sentence_at(sentences, text.index(p)), e, "day",
                           False, None) for p, e in (dates or {}).items())
    article = Article(article_id, f"{article_id}.txt", f"Title {article_id}", outlet, None, None, None, "id",
                      tuple(paragraphs), hashlib.sha256(text.encode()).hexdigest())
    ex = Extraction(article_id, sentences, tuple(mentions), times)
    return article, replace(ex, quotes=find_quotes(text, sentences, ex.mentions, "id"))


def small_dossier() -> Dossier:
    pairs = [
        make("a", "Harian <Satu>", [
            "Menteri Keuangan Sri Wahyuni bertemu Budi Hartono di Surabaya selama 1 jam 25 menit.",
            "“Kerja sama kedua lembaga adalah contoh yang patut dicontoh,” kata Sri Wahyuni, seperti dikutip Antara.",
            "Pemerintah meresmikan jembatan baru di Surabaya pada Rabu (5/2/2026) dengan upacara sederhana.",
            "Wahyuni juga meninjau pasar tradisional <script>x</script> | di Surabaya bersama para pedagang sayur."],
            {"Rabu (5/2/2026)": "2026-02-05"}),
        make("b", "Warta Dua", [
            "Pertemuan Menteri Keuangan Sri Wahyuni dengan Budi Hartono di Surabaya berlangsung hampir satu setengah jam.",
            "“Kerja sama kedua lembaga adalah contoh teladan,” kata Sri Wahyuni.",
            "Pemerintah meresmikan jembatan baru di Surabaya pada 4 Februari dengan upacara sederhana."],
            {"4 Februari": "2026-02-04"}),
        make("c", None, ["Budi Hartono menerima Menteri Keuangan Sri Wahyuni di Surabaya selama satu jam 25 menit."]),
    ]
    articles = tuple(a for a, _ in pairs)
    extractions = {a.id: e for a, e in pairs}
    links = FakeLinks()
    event = Event("wahyuni-hartono-meeting", "Wahyuni meets Hartono", "meeting", "2026-02-04", "day", False,
                  ("sri-wahyuni", "budi-hartono"), "surabaya", ("a", "b"),
                  (EventReport("a", 0, articles[0].paragraphs[0], None, None, None),))
    entities = (Entity("sri-wahyuni", "Sri Wahyuni", "person", None, ("Sri Wahyuni", "Wahyuni"), ("a", "b", "c")),)
    quotes = link_quotes(articles, extractions, links)
    return Dossier(articles, frozen_map(extractions), entities=entities, events=(event,),
                   claims=link_claims(articles, extractions, links, (event,)), quotes=quotes,
                   outlets=link_outlets(articles, extractions, quotes),
                   extras=frozen_map({"wire_overlap": wire_overlap(articles, extractions)}))


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    return {p.path: p.content for p in pages(small_dossier(), RenderContext(Settings(), "en"))}


def test_pages_exist_for_every_claim_and_outlet(site: dict[str, str]) -> None:
    d = small_dossier()
    assert "comparison/index.md" in site and "outlets/index.md" in site
    for c in d.claims:
        assert f"claims/{c.id}.md" in site
    for o in d.outlets:
        assert f"outlets/{o.id}.md" in site
    assert any(o.name == "unknown outlet (c)" for o in d.outlets)


def test_matrix_has_marks_filters_and_links(site: dict[str, str]) -> None:
    page = site["comparison/index.md"]
    header = next(line for line in page.splitlines() if line.startswith("| Claim |"))
    assert md("Harian <Satu>") in header and "Warta Dua" in header and md("unknown outlet (c)") in header
    assert "(#disputed)" in page and '<a id="disputed"></a>' in page and '<a id="corroborated"></a>' in page
    assert '<a id="unique"></a>' in page and '<a id="quotes"></a>' in page
    rows = [line for line in page.splitlines() if line.startswith("| [") and "claims/" in line]
    assert any("≠" in r for r in rows) and any("✓" in r for r in rows) and any("—" in r for r in rows)
    assert "../articles/a.md#s-0" in page
    assert "../entities/sri-wahyuni.md" in page
    assert "../events/wahyuni-hartono-meeting.md" in page


def test_wording_and_unique_details(site: dict[str, str]) -> None:
    page = site["comparison/index.md"]
    assert "hampir satu setengah jam" in page and "1 jam 25 menit" in page
    unique = page.split('<a id="unique"></a>')[1].split('<a id="quotes"></a>')[0]
    assert "pasar tradisional" in unique


def test_article_text_is_escaped(site: dict[str, str]) -> None:
    # Markdown pages (the claims' oEmbed JSON, made with their pages, holds the iframe's own script)
    for content in (c for p, c in site.items() if not p.endswith(".json")):
        assert "<script>" not in content
        assert "Harian <Satu>" not in content
    assert "&lt;script&gt;" in site["comparison/index.md"]


def test_quote_ledger_highlights_differences(site: dict[str, str]) -> None:
    ledger = site["comparison/index.md"].split('<a id="quotes"></a>')[1]
    assert "<del>yang patut dicontoh</del>" in ledger
    assert "<ins>teladan</ins>" in ledger
    assert "Antara" in ledger


def test_diff_words_escapes() -> None:
    a, b = diff_words("kata <b>lama</b> tetap", "kata baru tetap")
    assert "<b>" not in a and "&lt;b&gt;" in a and "<del>" in a and "<ins>baru</ins>" in b


def test_outlet_pages(site: dict[str, str]) -> None:
    index = site["outlets/index.md"]
    assert "Warta Dua" in index and "Shared wording" in index
    d = small_dossier()
    harian = next(o for o in d.outlets if o.name == "Harian <Satu>")
    page = site[f"outlets/{harian.id}.md"]
    assert "Antara" in page  # credited agency
    assert "../articles/a.md" in page
    assert "contoh yang patut dicontoh" in page  # its quotes


def test_claim_page_lists_missing_outlets(site: dict[str, str]) -> None:
    d = small_dossier()
    c = next(c for c in d.claims if c.status == "single-source")
    page = site[f"claims/{c.id}.md"]
    assert "does not report it" in page and "../comparison/index.md" in page


# ---- the seeds: every fact of the answer key legible with each outlet's wording ---------------
def _outlet_lines(page: str, outlet: str) -> list[str]:
    """Lines of the comparison page that show ``outlet``'s wording (its cells, unique details, quotes)."""
    name = md(outlet)
    lines, current = [], None
    in_unique = False
    for line in page.splitlines():
        if line.startswith('<a id="unique">'):
            in_unique = True
        elif line.startswith('<a id="quotes">'):
            in_unique = False
        if in_unique and line.startswith("### "):
            current = line
        if name in line or (in_unique and current and name in current and line.startswith("- ")):
            lines.append(fold(html.unescape(re.sub(r"</?(del|ins|mark)>", "", line))))
    return lines


def _fragments(wording: str) -> list[list[str]]:
    text = re.sub(r"\([^)]*\)", "", wording)
    parts = [p.strip() for p in re.split(r"[;+:]", text)]
    return [re.findall(r"\w+", fold(p)) for p in parts if re.findall(r"\w+", p)]


def test_seed_facts_are_legible_on_the_comparison_page() -> None:
    if not GOLD.is_file():
        pytest.skip("../shared/eval/seeds-gold.yml is absent")
    try:
        from dossier.pipeline import build_dossier
    except ImportError as exc:
        pytest.skip(f"the pipeline is not importable yet: {exc}")
    root = Path(__file__).resolve().parents[1]
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    result = build_dossier(Settings(seeds=root / "seeds", cache_dir=None, curation=None))
    dossier = getattr(result, "dossier", result)
    ctx = RenderContext(Settings(), "id")
    page = next(p.content for p in pages(dossier, ctx) if p.path == "comparison/index.md")
    missing = []
    for fact in gold["facts"]:
        for key, wording in fact.items():
            if key == "fact":
                continue
            article = next(a for a in dossier.articles if a.id.startswith(str(key)))
            lines = _outlet_lines(page, outlet_label(outlet_name(article), ctx.t))
            for words in _fragments(str(wording)):
                need = max(1, round(len(words) * 2 / 3))
                if not any(sum(1 for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", line)) >= need
                           for line in lines):
                    missing.append(f"{fact['fact']} / {key}: {' '.join(words)}")
    assert not missing, missing
