"""The MkDocs plugin: a thin adapter that adds generated pages, lets hand-written pages win,
and makes `mkdocs serve` watch the articles folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from dossier.mkdocs_plugin import DossierPlugin

ROOT = Path(__file__).resolve().parent.parent


class FakeServer:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def _project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copytree(ROOT / "content" / "guide", tmp_path / "content" / "guide")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in sorted(os.listdir(ROOT / "seeds"))[:2]:
        shutil.copy(ROOT / "seeds" / name, seeds / name)
    return tmp_path


def test_serve_watches_the_articles_folder(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    project = _project(tmp_path)
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["dossier"]
    assert isinstance(plugin, DossierPlugin)
    plugin.on_config(config)
    server = FakeServer()
    plugin.on_serve(server, config, None)  # type: ignore[arg-type]
    assert str(project / "seeds") in server.watched


def test_hand_written_page_wins_over_generated_one(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "content" / "timeline").mkdir(parents=True)
    (project / "content" / "timeline" / "index.md").write_text("# Our own timeline\n\nWritten by hand.\n",
                                                               encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                           "-d", str(project / "site")], capture_output=True, text=True, env=env, cwd=project)
    assert proc.returncode == 0, proc.stderr[-2000:]
    html = (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "Written by hand." in html
    assert (project / "content" / "timeline" / "index.md").read_text(encoding="utf-8").startswith("# Our own")
    assert (project / "site" / "entities").is_dir()  # the other generated pages are there
    # the docs folder was not written by the plugin
    assert sorted(p.name for p in (project / "content").iterdir()) == ["guide", "timeline"]
