"""The curation file: validation with line numbers, and its effect on linked entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.curate import CurationError, load_curation
from dossier.link.entities import link_entities
from tests.entity_fixtures import build

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "curation.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_is_empty(tmp_path: Path) -> None:
    c = load_curation(tmp_path / "nope.yml")
    assert c.merges == () and c.splits == () and not c.edits


def test_example_file_is_valid() -> None:
    c = load_curation(REPO / "curation.example.yml")
    assert c.edits and c.merges


@pytest.mark.parametrize(("text", "line", "words"), [
    ("entities:\n  xi-jinping:\n    wikidata: X15\n", 3, "Wikidata"),
    ("entities:\n  xi-jinping:\n    colour: red\n", 3, "unknown key 'colour'"),
    ("merge:\n  - into: a\n    ids: [a]\n", 3, "itself"),
    ("entities:\n  xi-jinping:\n    type: animal\n", 3, "type 'animal'"),
    ("split:\n  - id: kim\n    into:\n      - {id: kim-a, name: A}\n", 4, "aliases"),
    ("entities: [\n", 2, "not valid YAML"),
    ("entities:\n  Not An Id:\n    hidden: true\n", 2, "not an entity id"),
])
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CurationError) as err:
        load_curation(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert words in str(err.value)


def test_rename_keeps_id_new_id_redirects_hide_and_describe(tmp_path: Path) -> None:
    arts, ex = build()
    path = write(tmp_path, """
entities:
  prabowo-subianto:
    name: Prabowo
    description: President of Indonesia.
    wikidata: Q8049
    links: [https://en.wikipedia.org/wiki/Prabowo_Subianto]
  kremlin: {id: russian-presidency, type: organization, subtype: government}
  reuters: {hidden: true}
""")
    before = path.read_text(encoding="utf-8")
    links = link_entities(arts, ex, load_curation(path))
    ents = {e.id: e for e in links.entities}
    assert ents["prabowo-subianto"].name == "Prabowo" and ents["prabowo-subianto"].wikidata == "Q8049"
    assert ents["prabowo-subianto"].description == "President of Indonesia."
    assert "russian-presidency" in ents and "kremlin" not in ents
    assert links.redirects["kremlin"] == "russian-presidency"
    assert links.entity_id("a1", "Kremlin") == "russian-presidency"
    assert ents["reuters"].hidden
    assert path.read_text(encoding="utf-8") == before  # never rewritten


def test_merge_and_split(tmp_path: Path) -> None:
    arts, ex = build()
    path = write(tmp_path, """
merge:
  - {into: jakarta, ids: [indonesia]}
split:
  - id: yuri-ushakov
    into:
      - {id: ushakov-en, name: Yury Ushakov (English), articles: [a1]}
""")
    links = link_entities(arts, ex, load_curation(path))
    ents = {e.id: e for e in links.entities}
    assert "indonesia" not in ents and links.redirects["indonesia"] == "jakarta"
    assert "Indonesia" in ents["jakarta"].aliases and ents["jakarta"].articles == ("a1", "a2", "a3")
    assert ents["ushakov-en"].articles == ("a1",)
    assert ents["yuri-ushakov"].articles == ("a2", "a3")


def test_unknown_ids_are_warnings_not_crashes(tmp_path: Path) -> None:
    arts, ex = build()
    path = write(tmp_path, "entities:\n  nobody-here: {hidden: true}\n")
    links = link_entities(arts, ex, load_curation(path))
    assert any("nobody-here" in w and ":2:" in w for w in links.warnings)
