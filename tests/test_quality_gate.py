"""The extraction quality gate: the seeds and our own answer keys, scored by ../shared/eval/score.py,
must stay at or above the floors in tests/quality/floors.yml."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dossier.cli import main as dossier_main

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "seeds-gold.yml"
FLOORS = yaml.safe_load((QUALITY / "floors.yml").read_text(encoding="utf-8"))
# What the project promised (issues 2, 3, 4): floors may never be set below these.
MINIMUMS = {"seeds": {"entity_f1": 0.95, "article_links_f1": 0.95, "event_recall": 0.85, "exact_dates": 0.80,
                      "article_meta": 0.9}}
MAXIMUMS = {"forbidden": 0}

LINE = re.compile(
    r"entities P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1=(?P<entity_f1>[\d.]+) types=[\d.]+ "
    r"article-links F1=(?P<article_links_f1>[\d.]+) \| events R=(?P<event_recall>[\d.]+) "
    r"exact-dates=(?P<exact>\d+)/(?P<found>\d+) \| article-meta=(?P<article_meta>[\d.]+) \| forbidden=(?P<forbidden>\d+)"
)


def _need_scorer() -> None:
    if not SCORER.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SCORER} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{SCORER} not found (the shared evaluation folder is not beside this checkout)")


def score(gold: Path, seeds: Path, out: Path) -> dict[str, float]:
    assert dossier_main(["build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "--quiet",
                         "--config", str(out / "none.yml")]) == 0
    proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(out / "dossier.json")],
                          capture_output=True, text=True, check=True)
    m = LINE.search(proc.stdout)
    assert m, proc.stdout
    found = int(m["found"])
    values = {k: float(v) for k, v in m.groupdict().items()}
    values["exact_dates"] = int(m["exact"]) / found if found else 0.0
    print(proc.stdout)
    return values


def _check(name: str, values: dict[str, float]) -> None:
    floors = FLOORS[name]
    for key, floor in floors.items():
        if key in MAXIMUMS or key == "forbidden":
            assert values[key] <= floor, f"{name}: {key} = {values[key]} (ceiling {floor})"
        else:
            assert values[key] >= floor, f"{name}: {key} = {values[key]:.2f} fell below its floor {floor}"


def test_floors_never_below_the_promised_minimums() -> None:
    for name, minimums in MINIMUMS.items():
        for key, minimum in minimums.items():
            assert FLOORS[name][key] >= minimum, f"floors.yml: {name}.{key} may not be lowered below {minimum}"
    for name, floors in FLOORS.items():
        assert floors.get("forbidden", 0) == 0, f"floors.yml: {name}.forbidden must be 0"


def test_seeds_meet_their_floors(tmp_path: Path) -> None:
    _need_scorer()
    _check("seeds", score(SEEDS_GOLD, ROOT / "seeds", tmp_path))


@pytest.mark.parametrize("name", sorted(k for k in FLOORS if k != "seeds"))
def test_own_answer_keys_meet_their_floors(name: str, tmp_path: Path) -> None:
    _need_scorer()
    folder = QUALITY / name
    _check(name, score(folder / "gold.yml", folder / "articles", tmp_path))
