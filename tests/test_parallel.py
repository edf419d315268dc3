"""Parallel extraction (a process pool) gives exactly what a serial run gives."""

from __future__ import annotations

from dossier.config import Settings
from dossier.pipeline import extract_all
from dossier.read import parse_article
from dossier.synth import generate_corpus


def test_pool_equals_serial() -> None:
    articles = [parse_article(text, name, "text") for name, text in generate_corpus(12, seed=1)]
    serial = extract_all(articles, Settings(jobs=1, cache_dir=None))
    pooled = extract_all(articles, Settings(jobs=2, cache_dir=None))
    assert list(pooled) == [a.id for a in articles]
    assert list(serial) == list(pooled)
    for aid in serial:
        assert serial[aid] == pooled[aid], aid
    assert any(ex.mentions for ex in serial.values())
