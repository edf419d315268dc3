"""The benchmark on a tiny corpus: every field of the result JSON is there (no timing asserted)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dossier.bench import FIELDS, main, table
from dossier.synth import extra_article, generate_corpus


def test_corpus_is_reproducible_and_bilingual() -> None:
    a, b = generate_corpus(30, seed=3), generate_corpus(30, seed=3)
    assert a == b
    assert generate_corpus(30, seed=4) != a
    assert len({name for name, _ in a}) == 30
    texts = [t for _, t in a]
    assert any(" dan " in t for t in texts) and any(" and " in t for t in texts)
    name, _text = extra_article(30, seed=3)
    assert name not in {n for n, _ in a}


def test_bench_writes_every_field(tmp_path: Path) -> None:
    args = argparse.Namespace(sizes="20", out=str(tmp_path / "out"), skip_mkdocs=True)
    assert main(args) == 0
    data = json.loads((tmp_path / "out" / "bench.json").read_text(encoding="utf-8"))
    assert [r["n"] for r in data["results"]] == [20]
    row = data["results"][0]
    assert set(FIELDS) <= set(row)
    assert row["articles"] == 20
    assert row["pages"] > 20
    assert row["cold_build_s"] > 0 and row["warm_build_s"] > 0
    assert row["peak_rss_mib"] > 0
    assert row["content_bytes"] > 0
    assert row["mkdocs_bare_s"] is None  # skipped
    assert data["targets"][0]["n"] == 20
    # text fields print as they are
    assert "| site size and lunr index measured on | bare build |" in table([{**row, "search_index_from": "bare build"}])
    md = (tmp_path / "out" / "bench.md").read_text(encoding="utf-8")
    assert md.startswith("| measure | N = 20 |")
    assert md.strip() == table(data["results"]).strip()
