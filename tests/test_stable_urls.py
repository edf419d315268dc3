"""Stable URLs: entity, event and claim page paths survive adding and reordering articles.

Builds the seeds with one article left out, then with all of them, then with the files
renamed so that they sort in the opposite order, and compares the page paths.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from dossier.config import Settings
from dossier.history import apply_history, save_history
from dossier.pipeline import build_dossier
from dossier.render import render_site

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KINDS = ("entities/", "events/", "claims/")


def _paths(seeds: Path, tmp: Path, state: Path | None = None) -> tuple[set[str], dict[str, str]]:
    """Entity, event and claim page paths of a build (no cache), and its redirects: the curation's
    and, with a state file, those the history leaves for ids that changed since the last build."""
    settings = replace(Settings(), seeds=seeds, out=tmp / "out", cache_dir=None, curation=None, state_file=state)
    result = build_dossier(settings)
    pages = render_site(result.dossier, settings, result.language)
    paths = {p.path for p in pages if p.path.startswith(KINDS) and not p.path.endswith("index.md")}
    redirects = dict(result.dossier.redirects)
    if state is not None:
        update = apply_history(result.dossier, settings, result.language)
        save_history(update)
        redirects.update(update.redirects)
        assert all(p.path in redirects or p.path.startswith("whats-new/") or p.path == "feed.xml"
                   for p in update.pages)
    return paths, redirects


def _copy(files: list[Path], folder: Path, rename: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / (rename or {}).get(f.name, f.name))
    return folder


def _missing(before: set[str], after: set[str], redirects: dict[str, str]) -> set[str]:
    return {p for p in before if p not in after and p not in redirects}


@pytest.fixture(scope="module")
def seed_files() -> list[Path]:
    files = sorted(p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("."))
    if len(files) < 2:
        pytest.skip("needs at least two seed articles")
    return files


def test_adding_an_article_keeps_every_url(seed_files: list[Path], tmp_path: Path) -> None:
    for left_out in (0, len(seed_files) - 1):
        fewer = [f for i, f in enumerate(seed_files) if i != left_out]
        folder = _copy(fewer, tmp_path / f"seeds-{left_out}")
        state = tmp_path / f"state-{left_out}.json"
        before, _ = _paths(folder, tmp_path / f"b-{left_out}", state)
        shutil.copy(seed_files[left_out], folder / seed_files[left_out].name)  # the article lands
        after, redirects = _paths(folder, tmp_path / f"a-{left_out}", state)
        assert before, "the first build produced no entity, event or claim pages"
        assert _missing(before, after, redirects) == set(), f"pages lost after adding {seed_files[left_out].name}"


def test_reordering_articles_keeps_every_url(seed_files: list[Path], tmp_path: Path) -> None:
    before, _ = _paths(_copy(seed_files, tmp_path / "plain"), tmp_path / "p")
    # prefix each file so that the sort order reverses (article ids change with the file names,
    # but entity, event and claim ids must not depend on them)
    n = len(seed_files)
    rename = {f.name: f"z{n - i:03d}-{f.name}" for i, f in enumerate(seed_files)}
    after, redirects = _paths(_copy(seed_files, tmp_path / "reordered", rename), tmp_path / "r")
    assert _missing(before, after, redirects) == set()
    assert before == after
