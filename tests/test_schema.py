"""dossier.json follows its JSON Schema, and the committed schema matches the data model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema

from dossier.build import generate
from dossier.config import Settings
from dossier.schema_gen import SCHEMA_FILE, render

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), "run: python -m dossier.schema_gen"


def test_seeds_dossier_json_validates() -> None:
    gen = generate(replace(Settings(), seeds=ROOT / "seeds", cache_dir=None, curation=None))
    data = json.loads(next(f.data for f in gen.files if f.path == "dossier.json"))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    for field in ("id", "outlet", "published", "title", "author"):
        assert all(field in a for a in data["articles"])
    assert all({"id", "name", "type", "aliases", "articles"} <= set(e) for e in data["entities"])
    assert all({"id", "title", "date", "participants", "articles"} <= set(e) for e in data["events"])
    assert any(m["start"] < m["end"] for e in data["entities"] for m in e["mentions"])
