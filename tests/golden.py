"""Golden files for generated pages (as Pelican's functional tests).

Each corpus is built with fixed settings and every generated file is compared byte for byte
with the committed copy under tests/goldens/<corpus>/. After an intended change to the output,
refresh them with one command and review the diff:

    make goldens            # = python -m tests.golden --refresh
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from dossier.build import generate
from dossier.config import Settings

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "tests" / "goldens"
CORPORA = {
    "seeds": ROOT / "seeds",
    "en-trade-talks": ROOT / "tests" / "quality" / "en-trade-talks" / "articles",
}


# Folders with one file per claim or per view: goldens keep the first two files of each
# sub-folder (enough to catch a change in their shape) instead of hundreds of near-copies.
SAMPLED = ("embed/", "exports/", "claims/")


def _keep(paths: list[str]) -> set[str]:
    kept: set[str] = set()
    seen: dict[str, int] = {}
    for path in sorted(paths):
        if path.startswith("assets/"):
            continue  # copied byte for byte from dossier/render/assets: nothing generated to compare
        if not path.startswith(SAMPLED):
            kept.add(path)
            continue
        folder = path.rsplit("/", 1)[0]
        if seen.get(folder, 0) < 2:
            kept.add(path)
        seen[folder] = seen.get(folder, 0) + 1
    return kept


def render(corpus: str) -> dict[str, bytes]:
    settings = replace(Settings(), seeds=CORPORA[corpus], cache_dir=None, curation=None, language="auto")
    files = {f.path: f.data for f in generate(settings).files}
    keep = _keep(list(files))
    return {p: d for p, d in files.items() if p in keep}


def refresh() -> None:
    for corpus in CORPORA:
        target = GOLDENS / corpus
        shutil.rmtree(target, ignore_errors=True)
        for path, data in render(corpus).items():
            out = target / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        print(f"refreshed {target.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--refresh", action="store_true", help="rewrite tests/goldens from the current output")
    args = ap.parse_args(argv)
    if args.refresh:
        refresh()
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
