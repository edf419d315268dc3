"""The writer and the build lose nothing: atomic on crash and Ctrl-C, hand-written pages and the
curation file untouched, byte-identical rebuilds (issue 7, part 3)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import dossier.build
import dossier.write
from dossier.cli import main
from dossier.config import Settings
from dossier.write import MANIFEST, OutFile, write_files

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CURATION = """merge: []
entities:
  nobody-at-all: {hidden: true}   # an id that does not exist: a warning, and the file stays as it is
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build(out: Path, *extra: str, seeds: Path = SEEDS) -> int:
    return main(["build", "--seeds", str(seeds), "--out", str(out), "--config", str(out.parent / "none.yml"),
                 "--no-cache", "--quiet", *extra])


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path_factory.mktemp("first") / "out"
    assert build(out) == 0
    return out, snapshot(out)


def test_writer_keeps_the_old_file_when_staging_is_interrupted(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    write_files(out, [OutFile("a.md", b"old a"), OutFile("b/c.md", b"old c")])
    before = snapshot(out)
    real_replace = os.replace

    def interrupted(src, dst):  # Ctrl-C arrives while the staged files are moved into place
        if str(dst).endswith("c.md"):
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(dossier.write.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files(out, [OutFile("a.md", b"new a"), OutFile("b/c.md", b"new c")])
    monkeypatch.setattr(dossier.write.os, "replace", real_replace)
    after = snapshot(out)
    # no staging folder is left behind; the manifest is still the old one, so the next build repairs
    assert not [p for p in out.iterdir() if p.name.startswith(".dossier-staging")]
    assert after[MANIFEST] == before[MANIFEST]
    for rel in ("a.md", "b/c.md"):
        assert after[rel] in (before[rel], b"new " + rel[-4].encode())  # each file is old or new, never partial


def test_interrupt_while_staging_leaves_the_previous_output_byte_identical(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    write_files(out, [OutFile("a.md", b"old a"), OutFile("b/c.md", b"old c")])
    before = snapshot(out)
    real_write = Path.write_bytes
    calls = {"n": 0}

    def slow_write(self: Path, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", slow_write)
    with pytest.raises(KeyboardInterrupt):
        write_files(out, [OutFile("a.md", b"new a"), OutFile("b/c.md", b"new c"), OutFile("d.md", b"new d")])
    monkeypatch.setattr(Path, "write_bytes", real_write)
    assert snapshot(out) == before


def test_crash_mid_render_leaves_the_previous_output_byte_identical(first_build, tmp_path: Path,
                                                                   monkeypatch) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    before = snapshot(out)

    def broken(*_args, **_kwargs):
        raise RuntimeError("a page builder crashed")

    monkeypatch.setattr(dossier.build, "render_site", broken)
    with pytest.raises(RuntimeError):
        build(out, "--republish")
    assert snapshot(out) == before


def test_ctrl_c_mid_build_is_reported_and_the_previous_output_kept(first_build, tmp_path: Path, monkeypatch,
                                                                   capsys) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    before = snapshot(out)

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dossier.build, "render_site", interrupted)
    assert build(out, "--republish") == 130
    assert "previous output is intact" in capsys.readouterr().err
    assert snapshot(out) == before


def test_hand_written_pages_are_never_overwritten_or_deleted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "guide").mkdir()
    mine = {"index.md": b"# My own home page\n", "guide/notes.md": b"hand-written\n",
            "articles/index.md": b"# my article list\n"}
    for rel, data in mine.items():
        (out / rel).write_bytes(data)
    assert build(out) == 0
    assert build(out, "--republish") == 0  # a second build with other pages: stale ones go, mine stay
    after = snapshot(out)
    for rel, data in mine.items():
        assert after[rel] == data
    assert "index.md" not in dossier.write.load_manifest(out)


def test_the_build_never_rewrites_the_curation_file(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: t\nplugins:\n  - dossier:\n      seeds: {SEEDS}\n      curation: curation.yml\n",
                      encoding="utf-8")
    curation = tmp_path / "curation.yml"
    curation.write_text(CURATION, encoding="utf-8")
    stat = curation.stat()
    code = main(["build", "--config", str(config), "--out", str(tmp_path / "out"), "--no-cache", "--quiet"])
    assert code == 0
    assert curation.read_text(encoding="utf-8") == CURATION
    assert curation.stat().st_mtime_ns == stat.st_mtime_ns
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("curation")] == ["curation.yml"]  # no copies


def test_rebuilding_the_same_input_is_byte_identical(first_build, tmp_path: Path) -> None:
    out = tmp_path / "again"
    assert build(out) == 0
    assert snapshot(out) == first_build[1]
    assert "dossier.json" in first_build[1]
    # a rebuild into the same folder changes nothing
    assert build(first_build[0]) == 0
    assert snapshot(first_build[0]) == first_build[1]


def test_builds_in_other_processes_with_other_hash_seeds_are_byte_identical(tmp_path: Path) -> None:
    """str hashes differ per process (PYTHONHASHSEED): nothing in the output may depend on them."""
    fixtures = ROOT / "tests" / "fixtures" / "bad"
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "dossier.cli", "build", "--seeds", str(fixtures), "--out", str(out),
                        "--config", str(tmp_path / "none.yml"), "--no-cache", "--quiet"],
                       env=env, check=True, capture_output=True, cwd=tmp_path)
        outs.append(snapshot(out))
    assert outs[0] == outs[1]
    assert len(outs[0]) > 10


def test_settings_default_curation_is_read_only() -> None:
    """The curation path is an input: the writer only writes under the output folder."""
    assert replace(Settings(), out=Path("x")).curation == Path("curation.yml")
    with pytest.raises(ValueError):
        dossier.write.safe_relpath("../curation.yml")


def test_ctrl_c_during_the_commit_is_held_back_until_every_file_is_in_place(tmp_path: Path, monkeypatch) -> None:
    import signal

    out = tmp_path / "out"
    write_files(out, [OutFile("a.md", b"old a"), OutFile("b/c.md", b"old c")])
    real_replace = os.replace
    sent = {"done": False}

    def replace_and_press_ctrl_c(src, dst):
        if not sent["done"]:
            sent["done"] = True
            os.kill(os.getpid(), signal.SIGINT)
        return real_replace(src, dst)

    monkeypatch.setattr(dossier.write.os, "replace", replace_and_press_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        write_files(out, [OutFile("a.md", b"new a"), OutFile("b/c.md", b"new c")])
    after = snapshot(out)
    assert (after["a.md"], after["b/c.md"]) == (b"new a", b"new c")
    assert dossier.write.load_manifest(out) == {"a.md": dossier.write._sha(b"new a"),
                                                 "b/c.md": dossier.write._sha(b"new c")}


def test_generated_file_edited_after_the_build_is_restored(first_build, tmp_path: Path) -> None:
    """Unchanged files are trusted without being read only while the manifest's hash, their size
    and their age say they are as written: an edit (same size, newer) is noticed and undone."""
    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    page = next(p for p in sorted((out / "entities").glob("*.md")))
    original = page.read_bytes()
    edited = original.replace(b"a", b"b", 1)
    assert edited != original and len(edited) == len(original)
    page.write_bytes(edited)
    manifest_ns = (out / MANIFEST).stat().st_mtime_ns
    os.utime(page, ns=(manifest_ns + 10**9, manifest_ns + 10**9))
    assert build(out) == 0
    assert page.read_bytes() == original


def test_manifest_text_is_json_dumps_indented() -> None:
    import json

    from dossier.write import manifest_text

    for files, extra in [({}, None), ({"b/ü.md": "2", "a\"q.md": "1", "c": "3"}, None), ({"a": "b"}, {"z": [1, {"y": 2}]})]:
        data = {"generator": "dossier", "files": files, **(extra or {})}
        assert manifest_text(files, extra) == json.dumps(data, indent=1, sort_keys=True) + "\n"
