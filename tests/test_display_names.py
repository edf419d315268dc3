"""Display names: pages name entities in the dossier's language; ids, names and URLs stay."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dossier.config import Settings
from dossier.link.names import display_name, name_entities
from dossier.model import Entity, MentionRef
from dossier.pipeline import build_dossier
from dossier.render import render_site


def entity(name: str, typ: str, sub: str | None, texts: list[tuple[str, str]], eid: str = "") -> Entity:
    """An entity mentioned once per (article id, text)."""
    refs = tuple(MentionRef(a, i, 0, len(t), t) for i, (a, t) in enumerate(texts))
    aliases = tuple(dict.fromkeys([name, *(t for _, t in texts)]))
    return Entity(eid or name.lower().replace(" ", "-"), name, typ, sub, aliases,
                  tuple(sorted({a for a, _ in texts})), refs)


LANGS = {"i1": "id", "i2": "id", "e1": "en"}


def test_country_takes_cldr_name_when_the_articles_wrote_it() -> None:
    us = entity("United States", "place", "country",
                [("i1", "AS"), ("i1", "AS"), ("i1", "amerika serikat"), ("e1", "United States")])
    assert display_name(us, "id", LANGS) == "Amerika Serikat"
    assert display_name(us, "en", LANGS) == "United States"


def test_country_without_cldr_form_takes_the_most_written_alias() -> None:
    ru = entity("Russia", "place", "country", [("i1", "Rusia"), ("i2", "Rusia"), ("e1", "Russia")])
    assert display_name(ru, "id", LANGS) == "Rusia"
    # CLDR's Indonesian name of CN is "Tiongkok": not written, so the alias most written in Indonesian
    cn = entity("China", "place", "country", [("i1", "Cina"), ("i2", "Cina"), ("i2", "China")])
    assert display_name(cn, "id", LANGS) == "Cina"


def test_city_takes_the_alias_of_the_dossier_language_not_an_acronym() -> None:
    moscow = entity("Moscow", "place", "city",
                    [("i1", "Moskow"), ("i2", "Moskow"), ("e1", "Moscow"), ("e1", "Moscow"), ("e1", "Moscow")])
    assert display_name(moscow, "id", LANGS) == "Moskow"
    assert display_name(moscow, "en", LANGS) == "Moscow"
    un = entity("United Nations", "organization", None,
                [("i1", "PBB"), ("i1", "PBB"), ("i2", "PBB"), ("i2", "Perserikatan Bangsa-Bangsa")])
    assert display_name(un, "id", LANGS) == "Perserikatan Bangsa-Bangsa"
    only_acronym = entity("World Health Organization", "organization", None, [("i1", "WHO")])
    assert display_name(only_acronym, "id", LANGS) == "World Health Organization"
    oecd = entity("OECD", "organization", None,
                  [("e1", "OECD"), ("e1", "Organisation for Economic Co-operation and Development")])
    assert display_name(oecd, "en", LANGS) == "OECD"


def test_people_keep_their_name_and_curated_names_win() -> None:
    xi = entity("Xi Jinping", "person", None, [("i1", "Xi"), ("i2", "Xi"), ("i1", "Xi Jinping")])
    assert display_name(xi, "id", LANGS) == "Xi Jinping"
    moscow = entity("Moskwa", "place", "city", [("i1", "Moskow"), ("i2", "Moskow")], eid="moscow")
    named = {e.id: e for e in name_entities([moscow, xi], "id", LANGS, curated={"moscow"})}
    assert named["moscow"].label == "Moskwa" and named["moscow"].display is None
    assert named["xi-jinping"].display is None and named["xi-jinping"].label == "Xi Jinping"
    shown = name_entities([replace(moscow, name="Moscow")], "id", LANGS)[0]
    assert (shown.id, shown.name, shown.display, shown.label) == ("moscow", "Moscow", "Moskow", "Moskow")


ID_TEXT = """Putin dan Zelensky bertemu di Moskow

Budi Santoso • 5 February 2026 10:13

Moskow: Presiden Rusia Vladimir Putin bertemu Presiden Ukraina Volodymyr Zelensky di Moskow pada Rabu, 4 Februari 2026. Amerika Serikat menyambut pertemuan itu, kata pejabat Amerika Serikat.

Rusia dan Ukraina sepakat melanjutkan perundingan di Moskow, menurut pejabat Rusia.
"""

EN_TEXT = """Putin and Zelensky meet in Moscow

By Jane Doe • 5 February 2026 11:00

Moscow: Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Moscow on Wednesday, February 4, 2026. The United States welcomed the meeting, a United States official said.

Russia and Ukraine agreed to continue talks in Moscow, according to Russian officials.
"""


def _build(tmp_path: Path, texts: list[str], curation: str | None = None) -> tuple[object, dict[str, str]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, text in enumerate(texts):
        (seeds / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    cur = None
    if curation is not None:
        cur = tmp_path / "curation.yml"
        cur.write_text(curation, encoding="utf-8")
    settings = replace(Settings(), seeds=seeds, out=tmp_path / "out", cache_dir=None, curation=cur)
    result = build_dossier(settings)
    pages = {p.path: p.content for p in render_site(result.dossier, settings, result.language)}
    return result, pages


def test_indonesian_dossier_pages_show_indonesian_names(tmp_path: Path) -> None:
    result, pages = _build(tmp_path, [ID_TEXT])
    d = result.dossier  # type: ignore[attr-defined]
    ents = {e.id: e for e in d.entities}
    assert ents["moscow"].name == "Moscow" and ents["moscow"].label == "Moskow"
    assert ents["united-states"].name == "United States" and ents["united-states"].label == "Amerika Serikat"
    assert ents["russia"].label == "Rusia" and ents["ukraine"].label == "Ukraina"
    assert ents["vladimir-putin"].display is None
    page = pages["entities/moscow.md"]
    assert "# Moskow" in page and "| Juga ditulis | Moscow" in page
    assert "[Moskow](../entities/moscow.md)" in pages["places/index.md"]
    assert "[Amerika Serikat](../entities/united-states.md)" in pages["places/index.md"]
    article = next(p for path, p in pages.items() if path.startswith("articles/") and "index" not in path
                   and "page-" not in path)
    assert "[Moskow](../entities/moscow.md)" in article and "[Moscow]" not in article
    for ev in d.events:
        assert "Moscow" not in ev.title and "Ukraine" not in ev.title and "United States" not in ev.title


def test_english_dossier_keeps_english_names_and_same_ids(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "id").mkdir()
    en, en_pages = _build(tmp_path / "en", [EN_TEXT])
    ind, _ = _build(tmp_path / "id", [ID_TEXT])
    ents = {e.id: e for e in en.dossier.entities}  # type: ignore[attr-defined]
    assert ents["moscow"].label == "Moscow" and ents["moscow"].display is None
    assert ents["united-states"].label == "United States"
    assert "# Moscow" in en_pages["entities/moscow.md"]
    shared = {"moscow", "russia", "ukraine", "united-states"}
    assert shared <= set(ents) and shared <= {e.id for e in ind.dossier.entities}  # type: ignore[attr-defined]


def test_curated_name_is_the_display_name(tmp_path: Path) -> None:
    result, pages = _build(tmp_path, [ID_TEXT], "entities:\n  moscow:\n    name: Kota Moskwa\n")
    ents = {e.id: e for e in result.dossier.entities}  # type: ignore[attr-defined]
    assert ents["moscow"].name == "Kota Moskwa" and ents["moscow"].label == "Kota Moskwa"
    assert "# Kota Moskwa" in pages["entities/moscow.md"]
    assert "[Kota Moskwa](../entities/moscow.md)" in pages["places/index.md"]
