"""Known names: countries (CLDR via Babel), cities and regions (data/cities.yml), organisations
(data/organizations.yml), and the per-language word lists the mention finder needs.

Everything here is data loaded once and cached; the functions are pure lookups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale

from dossier import lang
from dossier.yamlio import safe_load

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# CLDR region codes (UN M.49) that name continents and large regions worth an entity.
REGION_CODES = ("002", "005", "009", "019", "030", "035", "142", "150", "151", "155", "419")
# CLDR pseudo-territories that are organisations.
ORG_CODES = {"EU": "international", "UN": "international"}
# CLDR codes that are no place a news story names as such.
SKIP_CODES = {"ZZ", "XA", "XB", "001", "EZ", "QO"}


@dataclass(frozen=True)
class Known:
    """What a known name resolves to."""

    key: str  # canonical English name
    type: str  # person | organization | place | other
    subtype: str | None
    exact_case: bool = False  # acronyms (AS, US, UN) match only as printed
    # languages in which the name is an ordinary word ("lima" = five in Indonesian): no place in their articles
    word_in: frozenset[str] = frozenset()

    def ordinary_word_in(self, language: str | None) -> bool:
        """Whether the name is no name at all in an article of ``language`` (unknown: in any listed one)."""
        return bool(self.word_in) and (language is None or language in self.word_in)


def norm(text: str) -> str:
    """Lower-case, accents removed, dots dropped, dashes unified, spaces collapsed."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\u2010-\u2015]", "-", s).replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def name_tokens(text: str) -> tuple[str, ...]:
    """The normalised word tokens of a name (as the mention finder tokenises text)."""
    return tuple(norm(t) for t in _TOKEN.findall(text.replace(".", "")))


def _clean_key(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)", "", name)
    name = re.sub(r"\s+SAR China$", "", name)
    return name.strip()


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return len(letters) <= 6 and letters.isupper()


def _load_yaml(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return safe_load(fh) or {}


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], Known]:
    """Normalised token tuple -> Known, over every language that has a data folder and English."""
    table: dict[tuple[str, ...], Known] = {}
    languages = sorted(set(lang.languages()) | {"en"})
    exclusions: dict[str, set[str]] = {}
    for tag in languages:
        for w in lang.load(tag, "entities").get("not_places") or []:
            exclusions.setdefault(norm(w), set()).add(tag)

    def add(alias: str, known: Known, *, force: bool = False) -> None:
        toks = name_tokens(alias)
        if not toks:
            return
        exact = _is_acronym(alias)
        entry = Known(known.key, known.type, known.subtype, exact_case=exact)
        if force or toks not in table:
            table[toks] = entry

    english = Locale("en").territories
    # organisations and cities first, countries last, so that a country wins a clash of names
    orgs = _load_yaml("organizations.yml").get("organizations") or []
    for org in orgs:
        known = Known(org["name"], "organization", org.get("subtype"))
        for alias in [org["name"], *(org.get("aliases") or [])]:
            add(alias, known)
    cities = _load_yaml("cities.yml")
    for section, subtype in (("cities", "city"), ("regions", "region")):
        for city in cities.get(section) or []:
            known = Known(city["name"], "place", subtype)
            for alias in [city["name"], *(city.get("aliases") or [])]:
                add(alias, known)
    for code in REGION_CODES:
        known = Known(_clean_key(english[code]), "place", "region")
        for tag in languages:
            name = Locale.parse(tag).territories.get(code)
            if name:
                add(_clean_key(name), known)
    for code, subtype in ORG_CODES.items():
        known = Known(english[code], "organization", subtype)
        for tag in languages:
            name = Locale.parse(tag).territories.get(code)
            if name:
                add(name, known, force=True)
    for code, name in english.items():
        if len(code) != 2 or not code.isalpha() or code in SKIP_CODES or code in ORG_CODES:
            continue
        known = Known(_clean_key(name), "place", "country")
        for tag in languages:
            local = Locale.parse(tag).territories.get(code)
            if local:
                add(_clean_key(local), known, force=True)
                add(local, known, force=True)
        for tag in languages:
            for alias in (lang.load(tag, "entities").get("country_aliases") or {}).get(code) or []:
                add(str(alias), known, force=True)
    # names excluded in a language stay out of its articles even when another source forced them in
    for toks in [t for t in table if " ".join(t) in exclusions]:
        table[toks] = replace(table[toks], word_in=frozenset(exclusions[" ".join(toks)]))
    return table


@lru_cache(maxsize=1)
def max_alias_tokens() -> int:
    return max((len(k) for k in gazetteer()), default=1)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language (merged with English, which news in any language quotes)."""

    titles: frozenset[str]
    place_titles: frozenset[str]
    role_modifiers: frozenset[str]
    org_words: dict[str, str]  # word -> subtype
    other_words: frozenset[str]
    place_prefixes: frozenset[str]
    place_prepositions: frozenset[str]
    org_cues: dict[str, str]  # cue phrase -> subtype
    person_cues: frozenset[str]
    stopwords: frozenset[str]
    furniture_cues: tuple[str, ...]
    credit_cues: tuple[str, ...]
    never_entities: frozenset[str]
    demonyms: frozenset[str]
    calendar: frozenset[str]
    org_suffixes: dict[str, str] = field(default_factory=dict)  # last word of an org name -> subtype
    org_of_heads: frozenset[str] = frozenset()  # "Port" in "Port of X"
    compass_after: frozenset[str] = frozenset()  # "Timur" in "Lombok Timur"
    place_cues: tuple[str, ...] = ()  # "residents of", "neighbouring": a name of no known type after one is a place
    language: str = ""  # the language the lists are for
    compass_before: frozenset[str] = frozenset()  # "North" in "North Sea"
    place_suffixes: frozenset[str] = frozenset()  # "Sea" in "North Sea"
    place_articles: frozenset[str] = frozenset()  # "Le" in "Le Havre"
    person_intros: frozenset[str] = frozenset()  # "named", "bernama"
    list_cues: tuple[str, ...] = ()  # "yakni", "namely" after a place word
    org_inner_titles: frozenset[str] = frozenset()  # "Jenderal" in "Direktorat Jenderal"
    org_legal_forms: frozenset[str] = frozenset()  # "PT", "Tbk": dropped from an organisation's key
    org_abbreviations: dict[str, str] = field(default_factory=dict)  # "pemprov" -> "Pemerintah Provinsi"
    facility_words: frozenset[str] = frozenset()  # "Tol", "Pendopo": named facilities
    pair_cues: frozenset[str] = frozenset()  # "border" in "the Xville-Yton border": two places
    alias_cues: tuple[str, ...] = ()  # "also known as" between two names of one organisation
    place_heads: frozenset[str] = frozenset()  # "Salar" in "Salar de X", "San" in "San Pedro de X"
    facility_after: frozenset[str] = frozenset()  # "mine" in "El X mine": a named facility
    unique_institutions: frozenset[str] = frozenset()  # "Senate" in "the Senate": an organisation
    legal_prefixes: frozenset[str] = frozenset()  # "PT" in "PT Xyz Tbk": a company name follows
    office_words: frozenset[str] = frozenset()  # "Kantor" in "Kantor BPS": the office of a known body
    place_suffix_cues: tuple[str, ...] = ()  # "based" in "Xville-based": the first part is a place
    place_ends: frozenset[str] = frozenset()  # "Lake" in "Red Lake": a place word closing a place's name
    place_facility_ends: frozenset[str] = frozenset()  # "Airport" in "Red Lake Airport": a place
    country_modifiers: frozenset[str] = frozenset()  # "Nazi" in "Nazi Germany": the country, not an agency
    port_words: frozenset[str] = frozenset()  # "Pelabuhan" in "Pelabuhan Bitung": the port of the place Bitung
    place_only_prepositions: frozenset[str] = frozenset()  # "di": a name right after it is a place, not a person
    feature_ends: frozenset[str] = frozenset()  # "Forest" in "Mount Cole State Forest": a feature or a road
    road_ends: frozenset[str] = frozenset()  # "Highway": a feature end that one name before it suffices for
    agency_words: frozenset[str] = frozenset()  # "Management" in "Emergency Management Victoria": no personal name
    common_suffixes: frozenset[str] = frozenset()  # "-nya": a sentence-initial word with it is no name
    place_facility_words: frozenset[str] = frozenset()  # "Bandara": a named facility that is a place
    keep_unexplained_names: bool = False  # one-word names mid-sentence kept untyped (not where nouns are capitalised)
    office_heads: frozenset[str] = frozenset()  # "Inspector-General" in "Inspector-General for X": an office
    possessive_heads: frozenset[str] = frozenset()  # "Court" in "Magistrate's Court": a name a possessive may open
    possessive_owners: frozenset[str] = frozenset()  # "Magistrate" in "Magistrate's Court"

    def vocab(self, word: str) -> bool:
        """Whether a normalised word is a known non-name word."""
        return (word in self.stopwords or word in self.titles or word in self.org_words or word in self.demonyms
                or word in self.calendar or word in self.other_words or word in self.role_modifiers)


def _country_demonyms(loc: Locale) -> set[str]:
    """Nationality adjectives derived from CLDR's English country names ("Kenya" -> "Kenyan",
    "Sudan" -> "Sudanese", "Pakistan" -> "Pakistani", "Italy" -> "Italian"): the regular English
    endings only, and never a word that is itself a known name."""
    out: set[str] = set()
    gaz = gazetteer()
    for code, name in loc.territories.items():
        if len(code) != 2 or not name.isalpha():
            continue
        n = norm(name)
        if n.endswith("a"):
            forms = {n + "n"}  # Kenyan, Tanzanian, Cuban
        elif n.endswith("stan"):
            forms = {n + "i"}  # Pakistani
        elif n.endswith(("e", "y", "o")):
            forms = {n[:-1] + "ian", n[:-1] + "an", n[:-1] + "ean"}  # Italian, Mexican, Zimbabwean
        else:
            forms = {n + "ese", n + "ian", n + "i"} if n.endswith(("q", "ait", "ain", "ael", "man", "men", "desh",
                                                                     "tar", "pal")) else {n + "ese", n + "ian"}
        out |= {w for w in forms if len(w) >= 5 and (w,) not in gaz}
    return out


def _words(data: dict[str, Any], key: str) -> set[str]:
    return {norm(str(w)) for w in data.get(key) or []}


@cache
def lexicon(language: str) -> Lexicon:
    """Word lists for ``language`` plus English (and calendar words of every dossier language)."""
    tags = [language] if language == "en" else [language, "en"]
    parts = [lang.load(tag, "entities") for tag in tags]

    def merged(key: str) -> set[str]:
        out: set[str] = set()
        for p in parts:
            out |= _words(p, key)
        return out

    def longest_first(key: str) -> tuple[str, ...]:
        """``merged(key)``, longest first (then alphabetical, the same order in every process), so
        that a longer cue is tried before a shorter one inside it."""
        return tuple(sorted(merged(key), key=lambda w: (-len(w), w)))

    def merged_map(key: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in reversed(parts):
            for subtype, words in (p.get(key) or {}).items():
                for w in words or []:
                    out[norm(str(w))] = str(subtype)
        return out

    calendar: set[str] = set()
    demonyms = merged("demonyms")
    for tag in sorted(set(lang.languages()) | {"en", language}):
        try:
            loc = Locale.parse(tag)
        except (ValueError, TypeError):
            continue
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                calendar |= {norm(v) for v in loc.months[ctx][width].values()}
                calendar |= {norm(v) for v in loc.days[ctx][width].values()}
        if tag == "en":  # language names double as demonyms ("Russian President ...")
            demonyms |= {norm(v) for v in loc.languages.values()
                         if " " not in v and len(v) >= 5 and v.endswith(("ian", "ish", "ese", "ch", "ic", "an"))}
            demonyms |= _country_demonyms(loc)
    calendar |= {"wib", "wita", "wit", "gmt", "utc", "am", "pm", "est", "edt", "pst", "cet"}
    return Lexicon(
        titles=frozenset(merged("titles")),
        place_titles=frozenset(merged("place_titles")),
        role_modifiers=frozenset(merged("role_modifiers")),
        org_words=merged_map("org_words"),
        other_words=frozenset(merged("other_words")),
        place_prefixes=frozenset(merged("place_prefixes")),
        place_prepositions=frozenset(_words(parts[0], "place_prepositions")),
        org_cues=merged_map("org_cues"),
        person_cues=frozenset(merged("person_cues")),
        stopwords=frozenset(merged("stopwords")),
        furniture_cues=longest_first("furniture_cues"),
        credit_cues=longest_first("credit_cues"),
        never_entities=frozenset(merged("never_entities")),
        demonyms=frozenset(demonyms),
        calendar=frozenset(calendar),
        org_suffixes=merged_map("org_suffixes"),
        org_of_heads=frozenset(merged("org_of_heads")),
        compass_after=frozenset(merged("compass_after")),
        place_cues=tuple(_words(parts[0], "place_cues")),
        language=language,
        compass_before=frozenset(merged("compass_before")),
        place_suffixes=frozenset(merged("place_suffixes")),
        place_articles=frozenset(merged("place_articles")),
        person_intros=frozenset(merged("person_intros")),
        list_cues=longest_first("list_cues"),
        org_inner_titles=frozenset(merged("org_inner_titles")),
        org_legal_forms=frozenset(merged("org_legal_forms")),
        org_abbreviations={norm(str(k)): str(v) for p in reversed(parts)
                           for k, v in (p.get("org_abbreviations") or {}).items()},
        facility_words=frozenset(merged("facility_words")),
        pair_cues=frozenset(merged("pair_cues")),
        alias_cues=longest_first("alias_cues"),
        place_heads=frozenset(merged("place_heads")),
        facility_after=frozenset(merged("facility_after")),
        unique_institutions=frozenset(merged("unique_institutions")),
        legal_prefixes=frozenset(merged("legal_prefixes")),
        office_words=frozenset(merged("office_words")),
        place_suffix_cues=longest_first("place_suffix_cues"),
        port_words=frozenset(_words(parts[0], "port_words")),
        country_modifiers=frozenset(merged("country_modifiers")),
        place_ends=frozenset(merged("place_ends")),
        place_facility_ends=frozenset(merged("place_facility_ends")),
        place_only_prepositions=frozenset(_words(parts[0], "place_only_prepositions")),
        feature_ends=frozenset(merged("feature_ends")),
        road_ends=frozenset(merged("road_ends")),
        agency_words=frozenset(merged("agency_words")),
        office_heads=frozenset(merged("office_heads")),
        possessive_heads=frozenset(merged("possessive_heads")),
        possessive_owners=frozenset(merged("possessive_owners")),
        keep_unexplained_names=bool(parts[0].get("keep_unexplained_names")),
        common_suffixes=frozenset(_words(parts[0], "common_suffixes")),
        place_facility_words=frozenset(_words(parts[0], "place_facility_words")),
    )
