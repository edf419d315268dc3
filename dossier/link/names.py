"""Display names: how pages name an entity in the dossier's language.

The canonical ``Entity.name`` (English for countries and cities: "United States", "Moscow") stays
the entity's name in ``dossier.json`` and its id; pages show ``Entity.label``, which is
``display_name`` in the dossier's language:

* a person keeps their name;
* a country is named by CLDR's territory name in that language ("Amerika Serikat") when the
  articles wrote that exact form (ignoring case);
* an acronym name ("OECD", "APEC") stays when articles of that language wrote it;
* otherwise the alias written most often in articles of that language, not an acronym
  ("Moskow", "Ukraina"); the name when there is none;
* a name the editor gave in the curation file is always the display name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from babel import Locale, UnknownLocaleError

from dossier.extract.gazetteer import _clean_key, _is_acronym
from dossier.model import Entity


@cache
def _country_codes() -> dict[str, str]:
    """Canonical (English) country name -> CLDR territory code."""
    return {_clean_key(name).casefold(): code for code, name in Locale("en").territories.items()
            if len(code) == 2 and code.isalpha()}


@cache
def _territories(language: str) -> Mapping[str, str]:
    try:
        return Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}


def _country_name(entity: Entity, language: str) -> str | None:
    code = _country_codes().get(entity.name.casefold())
    if code is None:
        return None
    local = _territories(language).get(code)
    if not local:
        return None
    wanted = {local.casefold(), _clean_key(local).casefold()}
    for alias in entity.aliases:
        if alias.casefold() in wanted:
            return _clean_key(local) if alias.casefold() == _clean_key(local).casefold() else local
    return None


def display_name(entity: Entity, language: str, languages: Mapping[str, str] | None = None) -> str:
    """The name pages show for ``entity`` in a dossier written in ``language``; ``languages`` maps
    article ids to their language (without it, every article counts)."""
    if entity.type == "person":
        return entity.name
    if entity.type == "place" and entity.subtype == "country":
        local = _country_name(entity, language)
        if local:
            return local
    counts: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = {}
    for m in entity.mentions:
        if languages is not None and languages.get(m.article_id, language) != language:
            continue
        text = " ".join(m.text.split())
        if text == entity.name and _is_acronym(text):
            return entity.name  # an acronym name ("OECD", "APEC") the articles wrote stays
        if not text or _is_acronym(text) or text.isupper():
            continue
        key = text.casefold()
        counts[key] += 1
        spelled.setdefault(key, Counter())[text] += 1
    if not counts:
        return entity.name
    if entity.name.casefold() in counts and counts[entity.name.casefold()] == max(counts.values()):
        return entity.name  # the name itself is (one of) the most written forms
    key = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    # the most written spelling of that form, capitalised as the articles mostly did
    return sorted(spelled[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def name_entities(entities: Iterable[Entity], language: str, languages: Mapping[str, str] | None = None,
                  curated: Iterable[str] = ()) -> tuple[Entity, ...]:
    """``entities`` with ``display`` set where their display name is not their name; a curated
    name (``curated`` ids) is its own display name."""
    fixed = set(curated)
    out = []
    for e in entities:
        shown = e.name if e.id in fixed else display_name(e, language, languages)
        out.append(replace(e, display=shown if shown != e.name else None))
    return tuple(out)
