"""The render cache (dossier.memo) never changes a byte of the output.

A dossier is built with a cache folder, then articles are added, edited and removed; after each
step a build that may use the render cache must write exactly the files of a build without any
cache. The cache must also be used (a test that never hits it would prove nothing).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from dossier import memo as memo_module
from dossier.build import build_into
from dossier.config import Settings
from dossier.memo import Memo, digest
from dossier.synth import extra_article, generate_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OTHER = Path(__file__).resolve().parent / "quality" / "en-trade-talks" / "articles"
SKIP = {".dossier-manifest.json"}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in SKIP}


def build(seeds: Path, out: Path, cache: Path | None, jobs: int = 1) -> dict[str, bytes]:
    settings = replace(Settings(), seeds=seeds, out=out, cache_dir=cache, curation=None, state_file=None, jobs=jobs)
    build_into(settings)
    return tree(out)


@pytest.fixture
def hits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Render-cache hits and misses of every build in this process: [hits, misses]."""
    seen = [0, 0]
    orig = Memo.save

    def save(self: Memo) -> None:
        seen[0] += self.hits
        seen[1] += self.misses
        orig(self)

    monkeypatch.setattr(memo_module.Memo, "save", save)
    return seen


def check(seeds: Path, tmp: Path, step: str, cache: Path, jobs: int = 1) -> None:
    cached = build(seeds, tmp / f"cached-{step}", cache, jobs)
    fresh = build(seeds, tmp / f"fresh-{step}", None, jobs)
    assert cached.keys() == fresh.keys(), step
    differ = [p for p in fresh if cached[p] != fresh[p]]
    assert not differ, f"{step}: the render cache changed {differ[:10]}"


def test_seeds_add_edit_remove(tmp_path: Path, hits: list[int]) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = tmp_path / "cache"
    check(seeds, tmp_path, "cold", cache)
    assert hits[0] == 0
    check(seeds, tmp_path, "same", cache)
    assert hits[0] > 0, "a second build of the same articles must use the render cache"
    # a new article from another story (new outlet, new entities)
    new = sorted(OTHER.iterdir())[0]
    shutil.copy(new, seeds / ("900_" + new.name))
    check(seeds, tmp_path, "added", cache)
    # an edited article: a sentence changes, so do its claims, quotes and mentions
    first = sorted(p for p in seeds.iterdir() if p.is_file())[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("Putin", "Vladimir Putin", 1) + "\n\nSeorang pejabat mengatakan pertemuan "
                     "berikutnya digelar di Beijing pada Maret.\n", encoding="utf-8")
    check(seeds, tmp_path, "edited", cache)
    # an article removed
    sorted(p for p in seeds.iterdir() if p.is_file())[1].unlink()
    check(seeds, tmp_path, "removed", cache)


def test_synthetic_corpus_new_article(tmp_path: Path, hits: list[int]) -> None:
    """Many stories and outlets; extraction in worker processes (jobs=2)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in generate_corpus(60, seed=3):
        (seeds / name).write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    check(seeds, tmp_path, "cold", cache, jobs=2)
    name, text = extra_article(60, seed=3)
    (seeds / name).write_text(text, encoding="utf-8")
    check(seeds, tmp_path, "added", cache, jobs=2)
    check(seeds, tmp_path, "serial", cache, jobs=1)
    assert hits[0] > 0


def test_memo_keys_and_salt(tmp_path: Path) -> None:
    m = Memo(tmp_path, "x", "salt-a")
    calls: list[int] = []

    def make(n: int) -> list[int]:
        calls.append(n)
        return [n, n]

    assert m.get(("k", 1), make, 1) == [1, 1]
    m.save()
    again = Memo(tmp_path, "x", "salt-a")
    assert again.get(("k", 1), make, 1) == [1, 1] and calls == [1] and again.hits == 1
    assert again.get(("k", 2), make, 2) == [2, 2] and calls == [1, 2]
    again.save()
    other = Memo(tmp_path, "x", "salt-b")  # other settings: nothing is reused
    assert other.get(("k", 1), make, 1) == [1, 1] and calls == [1, 2, 1]
    assert digest(("a", 1)) != digest(("a", 2)) and digest("a", b"s1") != digest("a", b"s2")


def test_corrupt_cache_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "render").mkdir()
    (tmp_path / "render" / "x.pickle").write_bytes(b"not a pickle")
    m = Memo(tmp_path, "x", "s")
    assert m.get("k", str, 5) == "5" and m.misses == 1


def test_digest_ignores_object_sharing() -> None:
    """Equal keys digest equally however their parts are shared (the pickle memo would not)."""
    a = "x" * 50
    shared = (a, a)
    copies = ("x" * 50, "".join(["x"] * 50))
    assert shared == copies and digest(shared) == digest(copies)


def test_forked_workers_and_serial_build_share_the_cache(tmp_path: Path, hits: list[int],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages rendered by forked workers are found by a serial build of the same articles: keys
    depend on values only, not on which process built them or how objects are shared."""
    import dossier.render

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in generate_corpus(40, seed=5):
        (seeds / name).write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setattr(dossier.render, "PARALLEL_FROM", 1)
    build(seeds, tmp_path / "a", cache, jobs=0)  # rendered by forked workers
    monkeypatch.setattr(dossier.render, "PARALLEL_FROM", 10**9)
    before = list(hits)
    build(seeds, tmp_path / "b", cache, jobs=1)  # serial
    assert hits[0] > before[0] and hits[1] == before[1], "every page of an unchanged dossier comes from the cache"
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_kept_pages_follow_edits_and_restore_files(tmp_path: Path, hits: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached page whose file is intact is kept without being unpickled (``Kept`` pages,
    ``Staging.keep``). Building into the same folder again and again, after a new, an edited
    and a removed article, after hand edits to generated files and a deleted one, always
    leaves exactly the files of an uncached build."""
    import os

    from dossier.write import MANIFEST, Staging

    kept: list[str] = []
    orig_keep = Staging.keep

    def keep(self: Staging, path: str, sha: str, size: int) -> tuple[str, str, str] | None:
        got = orig_keep(self, path, sha, size)
        if got is not None:
            kept.append(path)
        return got

    monkeypatch.setattr(Staging, "keep", keep)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in generate_corpus(40, seed=7):
        (seeds / name).write_text(text, encoding="utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out"

    def same(step: str) -> None:
        kept.clear()
        cached = build(seeds, out, cache)
        fresh = build(seeds, tmp_path / f"fresh-{step}", None)
        assert cached.keys() == fresh.keys(), step
        differ = [p for p in fresh if cached[p] != fresh[p]]
        assert not differ, f"{step}: {differ[:10]}"

    same("cold")
    assert not kept
    same("again")
    assert len(kept) > 100, "an unchanged build keeps the cached pages"
    name, text = extra_article(40, seed=7)
    (seeds / name).write_text(text, encoding="utf-8")
    same("added")
    assert kept
    # hand edits to generated files: one of the same size, one longer, one file deleted
    pages = sorted(p for p in out.rglob("*.md") if p.parent.name in {"entities", "claims", "events"})
    later = (out / MANIFEST).stat().st_mtime_ns + 10**9
    same_size = pages[0].read_bytes()
    pages[0].write_bytes(same_size[:-2] + b"X\n")
    pages[1].write_bytes(pages[1].read_bytes() + b"\nhand-written line\n")
    for p in pages[:2]:
        os.utime(p, ns=(later, later))
    pages[2].unlink()
    same("hand-edited")
    assert pages[0].read_bytes() == same_size and pages[2].is_file()
    first = sorted(p for p in seeds.iterdir() if p.is_file())[0]
    first.write_text(first.read_text(encoding="utf-8").replace(".", ". Menurut laporan,", 1), encoding="utf-8")
    same("edited")
    sorted(p for p in seeds.iterdir() if p.is_file())[3].unlink()
    same("removed")
    assert hits[0] > 0


def test_cached_value_of_another_shape_is_a_miss(tmp_path: Path) -> None:
    """An entry a page builder finds that is not a list of pages (another code's) is rebuilt."""
    from dossier.render.site import Page, RenderContext

    m = Memo(tmp_path, "x", "s")
    m.get("k", str, 5)  # the same key, stored by something that made a string
    ctx = RenderContext(Settings(), "en", m)
    assert ctx.pages("k", lambda: [Page("a.md", "x\n")]) == [Page("a.md", "x\n")]
    assert m.misses == 2 and m.hits == 0


def test_a_builder_that_yields_its_pages_is_staged_in_batches(tmp_path) -> None:
    from dossier.config import Settings
    from dossier.render import BATCH, _build
    from dossier.render.site import Page

    def builder(dossier, ctx):
        for i in range(2 * BATCH + 5):
            yield Page(f"p/{i}.md", "x")

    seen: list[int] = []

    def consume(pages):
        seen.append(len(pages))
        return [p.path for p in pages]

    out = _build(builder, None, Settings(), "en", consume)  # this builder reads no dossier
    assert seen == [BATCH, BATCH, 5]
    assert len(out) == 2 * BATCH + 5
