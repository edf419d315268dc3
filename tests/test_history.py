"""Rebuilds: the extraction cache, the What's new page and Atom feed, the history state file."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

from dossier.build import generate
from dossier.config import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ATOM = "{http://www.w3.org/2005/Atom}"


def _settings(tmp: Path, folder: Path) -> Settings:
    return replace(Settings(), seeds=folder, out=tmp / "out", cache_dir=tmp / "cache", curation=None,
                   state_file=tmp / "state.json")


def test_rebuilds_extract_only_the_new_article_and_record_history(tmp_path: Path) -> None:
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in files[:-1]:
        shutil.copy(f, folder / f.name)
    settings = _settings(tmp_path, folder)
    first = generate(settings)
    assert (first.result.cache_hits, first.result.cache_misses) == (0, len(files) - 1)
    state_file = settings.state_file
    assert state_file is not None and state_file.is_file()

    shutil.copy(files[-1], folder / files[-1].name)
    second = generate(settings)
    assert (second.result.cache_hits, second.result.cache_misses) == (len(files) - 1, 1)
    story = next(iter(json.loads(state_file.read_text())["stories"].values()))
    assert len(story["entries"]) == 2
    newest = story["entries"][0]
    new_id = second.result.dossier.articles[-1].id
    assert [a["id"] for a in newest["articles"]] == [new_id]
    assert len(story["entries"][1]["articles"]) == len(files) - 1

    # the same input again: no new entry, the state file untouched, every output byte-identical
    before = state_file.read_bytes()
    mtime = state_file.stat().st_mtime_ns
    third = generate(settings)
    assert state_file.read_bytes() == before and state_file.stat().st_mtime_ns == mtime
    assert {f.path: f.data for f in third.files} == {f.path: f.data for f in second.files}

    out = {f.path: f.data.decode("utf-8") for f in third.files if f.path in ("whats-new/index.md", "feed.xml")}
    page = out["whats-new/index.md"]
    assert page.count("\n## ") == 2 and f"../articles/{new_id}.md" in page and "../feed.xml" in page
    feed = ElementTree.fromstring(out["feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert all(e.find(f"{ATOM}updated").text.endswith("T00:00:00Z") for e in entries)
    assert feed.find(f"{ATOM}updated").text == max(e.find(f"{ATOM}updated").text for e in entries)


def test_history_is_off_without_a_state_file(tmp_path: Path) -> None:
    settings = replace(_settings(tmp_path, SEEDS), state_file=None, cache_dir=None)
    gen = generate(settings)
    assert not list(tmp_path.glob("*.json"))
    assert any(f.path == "whats-new/index.md" for f in gen.files)


def test_stories_in_one_state_file_do_not_mix(tmp_path: Path) -> None:
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(files[0], a / files[0].name)
    shutil.copy(files[1], b / files[1].name)
    generate(_settings(tmp_path, a))
    gen_b = generate(_settings(tmp_path, b))
    stories = json.loads((tmp_path / "state.json").read_text())["stories"]
    assert len(stories) == 2
    assert not any(f.data.startswith(b"<meta") for f in gen_b.files)  # no redirects from the other story
