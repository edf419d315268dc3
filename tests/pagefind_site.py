"""A copy of this repository's site set-up with ``search: pagefind``, built with ``mkdocs build``
(shared by tests/test_pagefind.py and the browser test)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.pagefind_index import PagefindMissing, pagefind_executable

ROOT = Path(__file__).resolve().parent.parent


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def require_pagefind() -> None:
    """Skip without Pagefind outside CI; in CI (where `make install` installs it) fail."""
    try:
        pagefind_executable()
    except PagefindMissing as exc:
        if in_ci():
            pytest.fail(f"{exc} (CI=true: `make install` installs the pagefind extra)")
        pytest.skip(f"Pagefind is not installed (pip install -e '.[pagefind]'): {exc}")


def pagefind_project(folder: Path, articles: int | None = None) -> Path:
    """mkdocs.yml (with ``search: pagefind`` in the dossier block), overrides, guide and seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    marker = "      curation: curation.yml\n"
    assert marker in text, "mkdocs.yml's dossier block changed: update tests/pagefind_site.py"
    (folder / "mkdocs.yml").write_text(text.replace(marker, marker + "      search: pagefind\n"), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "content" / "guide", folder / "content" / "guide")
    seeds = folder / "seeds"
    seeds.mkdir()
    for name in sorted(os.listdir(ROOT / "seeds"))[:articles]:
        shutil.copy(ROOT / "seeds" / name, seeds / name)
    return folder


def build(project: Path, site: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    return subprocess.run(cmd + (["--strict"] if strict else []), capture_output=True, text=True, cwd=project,
                          timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
