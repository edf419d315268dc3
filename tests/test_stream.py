"""The streaming build (``build_into``) writes exactly what ``generate`` + ``write_files`` write,
serially and with forked render workers, and dossier.json encoded piece by piece is the same text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import dossier.render
from dossier.build import build_into, generate
from dossier.config import Settings
from dossier.export import iter_dumps, to_json
from dossier.synth import write_corpus
from dossier.write import write_files


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("parallel", [False, True])
def test_build_into_equals_generate_and_write(tmp_path: Path, monkeypatch, parallel: bool) -> None:
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 12)
    if parallel:
        monkeypatch.setattr(dossier.render, "PARALLEL_FROM", 1)
    base = replace(Settings(), seeds=seeds, cache_dir=None, curation=None, state_file=None, jobs=0 if parallel else 1)
    gen = generate(replace(base, out=tmp_path / "a"))
    write_files(tmp_path / "a", gen.files)
    built = build_into(replace(base, out=tmp_path / "b"))
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert built.pages == gen.pages
    assert built.report.written == sorted(f.path for f in gen.files)
    again = build_into(replace(base, out=tmp_path / "b"))  # a rebuild changes nothing
    assert again.report.written == [] and len(again.report.unchanged) == len(gen.files)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    text = "".join(iter_dumps(gen.result.dossier, True, batch=100))
    assert json.loads(text) == to_json(gen.result.dossier, True)
    assert text == "".join(iter_dumps(gen.result.dossier, True))  # the pieces do not change the text
    lines = text.splitlines()
    for a in gen.result.dossier.articles:  # one item per line
        assert sum(line.startswith(f'  {{"id": {json.dumps(a.id)},') for line in lines) == 1
