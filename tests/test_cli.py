"""The command line: every command documented, builds summarised, errors clear."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli import main, parser

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    sub = next(a for a in parser()._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", [None, *_commands()])
def test_every_command_has_help(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*([command] if command else []), "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: dossier" in out and len(out) > 200


def test_build_writes_pages_and_summarises(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path),
         "--no-cache", "--config", str(tmp_path / "absent.yml")],
        capture_output=True, text=True, check=True)
    assert "5 articles read, 0 files skipped" in proc.stderr
    assert "pages:" in proc.stderr
    data = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert data["version"] and len(data["articles"]) == 5
    assert (tmp_path / "index.md").is_file() and (tmp_path / "articles" / "000_f615d949033a7b4e.md").is_file()
    # the second build changes nothing and says so
    again = subprocess.run(proc.args, capture_output=True, text=True, check=True)
    assert " 0 written," in again.stderr and "0 removed" in again.stderr


def test_missing_articles_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "out"),
                 "--config", str(tmp_path / "absent.yml")])
    assert code == 2
    assert "articles folder not found" in capsys.readouterr().err


def test_strict_fails_on_skipped_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "ok.txt").write_text("Sebuah berita pendek tentang banjir di Jakarta pada hari Senin.\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    args = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--config", str(tmp_path / "x.yml")]
    assert main(args) == 0
    assert main([*args, "--strict"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
