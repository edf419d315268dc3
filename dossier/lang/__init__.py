"""Per-language data, not code.

Each language is a folder named by its BCP 47 tag (``id``, ``en``) holding YAML files, one per
concern (``entities.yml``, ``time.yml``, ``events.yml``, ``quotes.yml``, ``reader.yml``).
Adding a language means adding a folder; no code changes. Every file names its sources in a
top-level ``sources:`` list.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from dossier.yamlio import safe_load

LANG_DIR = Path(__file__).parent


def languages() -> tuple[str, ...]:
    """The language tags that have a data folder."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def load(language: str, part: str) -> dict[str, Any]:
    """The ``part`` data of ``language`` (e.g. ``load("id", "time")``), ``{}`` when absent."""
    path = LANG_DIR / language / f"{part}.yml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data

