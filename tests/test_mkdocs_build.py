"""`mkdocs build --strict` succeeds on the seeds, with the dossier plugin generating the pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_strict_build_of_the_seeds(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(site)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "WARNING" not in proc.stderr, proc.stderr
    assert (site / "index.html").is_file()
    assert (site / "entities" / "xi-jinping" / "index.html").is_file()
    assert (site / "dossier.json").is_file()
    # per-entity pages stay out of the sidebar: an entity page does not list every other entity
    html = (site / "entities" / "xi-jinping" / "index.html").read_text(encoding="utf-8")
    assert html.count("entities/") < 200
    nav_html = (site / "index.html").read_text(encoding="utf-8")
    assert "/entities/vladimir-putin/" not in nav_html.split('class="md-content"')[0]
