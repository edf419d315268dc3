"""Claim alignment, grouping and status on small hand-written articles."""

from __future__ import annotations

import hashlib
import re

from dossier.extract.sentences import sentence_at, split_sentences
from dossier.link.claims import link_claims
from dossier.link.similarity import candidate_pairs, consistent, parse_quantities
from dossier.model import Article, Extraction, Mention, TimeExpr

PEOPLE = {"Sri Wahyuni": "Sri Wahyuni", "Wahyuni": "Sri Wahyuni", "Budi Hartono": "Budi Hartono",
          "Hartono": "Budi Hartono"}
PLACES = {"Surabaya": "Surabaya", "Malang": "Malang", "Sungai Lestari": "Sungai Lestari"}


class FakeLinks:
    """Entity ids are slugs of the mention keys (a stand-in for link/entities.py)."""

    def entity_id(self, article_id: str, mention_key: str) -> str | None:
        return re.sub(r"[^a-z0-9]+", "-", mention_key.lower()).strip("-") or None


def make(article_id: str, outlet: str | None, paragraphs: list[str], language: str = "id",
         dates: dict[str, tuple[str, str]] | None = None) -> tuple[Article, Extraction]:
    """An article and its extraction; ``dates`` maps a phrase to (edtf, precision)."""
    sentences = split_sentences(paragraphs)
    text = "\n\n".join(paragraphs)
    mentions = []
    for table, typ in ((PEOPLE, "person"), (PLACES, "place")):
        for name in sorted(table, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if any(x.start < m.end() and m.start() < x.end for x in mentions):
                    continue
                mentions.append(Mention(m.group(0), m.start(), m.end(), sentence_at(sentences, m.start()), typ,
                                        None, table[name]))
    times = []
    for phrase, (edtf, precision) in (dates or {}).items():
        at = text.index(phrase)
        times.append(TimeExpr(phrase, at, at + len(phrase), sentence_at(sentences, at), edtf, precision, False, None))
    article = Article(article_id, f"{article_id}.txt", None, outlet, None, None, None, language, tuple(paragraphs),
                      hashlib.sha256(text.encode()).hexdigest())
    return article, Extraction(article_id, sentences, tuple(sorted(mentions, key=lambda m: m.start)), tuple(times))


def build(*pairs: tuple[Article, Extraction]):
    articles = [a for a, _ in pairs]
    extractions = {a.id: e for a, e in pairs}
    return articles, extractions, link_claims(articles, extractions, FakeLinks(), ())


def claim_with(claims, fragment: str):
    found = [c for c in claims if any(fragment in r.text for r in c.reports)]
    assert found, fragment
    return found[0]


A = ["Menteri Keuangan Sri Wahyuni bertemu Gubernur Bank Sentral Budi Hartono di Surabaya selama 1 jam 25 menit.",
     "Pemerintah meresmikan bendungan Sungai Lestari di Kabupaten Malang pada Rabu (5/2/2026) dengan upacara sederhana.",
     "Proyek bendungan Sungai Lestari menelan biaya 200 miliar rupiah dari anggaran daerah Malang.",
     "Wahyuni juga meninjau pasar tradisional di Surabaya bersama para pedagang sayur setempat."]
B = ["Pertemuan Menteri Keuangan Sri Wahyuni dengan Gubernur Bank Sentral Budi Hartono di Surabaya berlangsung hampir satu setengah jam.",
     "Pemerintah meresmikan bendungan Sungai Lestari di Kabupaten Malang pada 4 Februari dengan upacara sederhana.",
     "Biaya proyek bendungan Sungai Lestari mencapai 350 miliar rupiah dari anggaran daerah Malang."]
C = ["Gubernur Bank Sentral Budi Hartono menerima Menteri Keuangan Sri Wahyuni di Surabaya selama satu jam 25 menit.",
     "Harga cabai di pasar induk Malang naik tajam menjelang musim hujan tahun ini."]


def seeds():
    return (make("a", "Harian Satu", A, dates={"Rabu (5/2/2026)": ("2026-02-05", "day")}),
            make("b", "Warta Dua", B, dates={"4 Februari": ("2026-02-04", "day")}),
            make("c", None, C))


def test_consistent_durations_are_corroborated_not_disputed() -> None:
    _, _, claims = build(*seeds())
    c = claim_with(claims, "1 jam 25 menit")
    assert {r.article_id for r in c.reports} == {"a", "b", "c"}
    assert c.status == "corroborated"
    assert not any(r.differs for r in c.reports)


def test_different_dates_are_disputed() -> None:
    _, _, claims = build(*seeds())
    c = claim_with(claims, "meresmikan bendungan")
    assert {r.article_id for r in c.reports} == {"a", "b"}
    assert c.status == "disputed"
    assert c.conflict and "2026-02-05" in c.conflict and "2026-02-04" in c.conflict
    assert all(r.differs for r in c.reports)


def test_different_amounts_are_disputed() -> None:
    _, _, claims = build(*seeds())
    c = claim_with(claims, "200 miliar rupiah")
    assert c.status == "disputed"
    assert "350 miliar rupiah" in (c.conflict or "")


def test_single_source_and_missing_outlets() -> None:
    _, _, claims = build(*seeds())
    c = claim_with(claims, "pasar tradisional")
    assert c.status == "single-source"
    assert [r.outlet for r in c.reports] == ["Harian Satu"]
    assert set(c.missing) == {"Warta Dua", "unknown outlet (c)"}
    other = claim_with(claims, "Harga cabai")
    assert other.status == "single-source" and other.reports[0].outlet == "unknown outlet (c)"


def test_claim_entities_and_label() -> None:
    _, _, claims = build(*seeds())
    c = claim_with(claims, "1 jam 25 menit")
    assert {"sri-wahyuni", "budi-hartono", "surabaya"} <= set(c.entities)
    assert c.label and len(c.label.split()) <= 15


def test_ids_do_not_depend_on_build_order() -> None:
    a, b, c = seeds()
    _, _, forward = build(a, b, c)
    _, _, backward = build(c, b, a)
    assert sorted(x.id for x in forward) == sorted(x.id for x in backward)
    assert len({x.id for x in forward}) == len(forward)


def test_across_languages_when_names_and_numbers_match() -> None:
    en = make("e", "Daily Post", [
        "Finance minister Sri Wahyuni met central bank governor Budi Hartono in Surabaya for 85 minutes.",
        "Vegetable sellers complained about the weather in Surabaya this week."], language="en")
    _, _, claims = build(seeds()[0], en)
    c = claim_with(claims, "85 minutes")
    assert {r.article_id for r in c.reports} == {"a", "e"}
    assert c.status == "corroborated"


def test_english_articles_align_and_dispute() -> None:
    x = make("x", "Morning News", [
        "Finance minister Sri Wahyuni said the new bridge in Surabaya cost about $40 million to build.",
        "The bridge over the river in Surabaya will open to traffic in the second half of the year."], "en")
    y = make("y", "Evening Star", [
        "The new bridge in Surabaya cost $95 million to build, finance minister Sri Wahyuni said.",
        "Officials said the bridge in Surabaya will open to traffic in the second half of the year."], "en")
    _, _, claims = build(x, y)
    cost = claim_with(claims, "$40 million")
    assert cost.status == "disputed" and len(cost.reports) == 2
    opening = claim_with(claims, "open to traffic")
    assert opening.status == "corroborated" and len(opening.reports) == 2


def test_quantities_parse_words_digits_and_hedges() -> None:
    (a,) = parse_quantities("berlangsung 1 jam 25 menit", "id")
    (b,) = parse_quantities("berlangsung hampir satu setengah jam", "id")
    assert a.value == 85 * 60 and b.value == 90 * 60 and b.approximate
    assert consistent(a, b)
    (c,) = parse_quantities("sekitar 200 miliar dolar", "id")
    assert c.dimension == "usd" and c.value == 200e9 and c.approximate
    (d,) = parse_quantities("nearly one and a half hours", "en")
    assert consistent(a, d)
    (e,) = parse_quantities("two hours", "en")
    assert not consistent(a, e)
    assert parse_quantities("pada Rabu (4/2/2026) sejak 2022", "id") == []


def test_blocking_is_not_all_pairs() -> None:
    # 3,000 items whose features are all unique or all common: no candidates at all
    features = [{f"u{i}", "common"} for i in range(3000)]
    groups = [str(i % 30) for i in range(3000)]
    assert candidate_pairs(features, groups) == {}
    # items sharing a rare feature across groups are candidates; within a group they are not
    pairs = candidate_pairs([{"r"}, {"r"}, {"r"}], ["g1", "g2", "g1"])
    assert set(pairs) == {(0, 1), (1, 2)}
