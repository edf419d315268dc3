"""Search index expansion: Indonesian word forms, aliases, English left to lunr."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.model import Article, Dossier, Entity
from dossier.search_index import (
    SearchHints,
    expand_index,
    expansion,
    page_url,
    rewrite_search_index,
    search_hints,
    stemmer_for,
    word_forms,
    words,
)

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [" "],
          "fields": {"title": {"boost": 1e3}, "text": {"boost": 1.0}, "tags": {"boost": 1e6}}}


def _index(docs: list[dict[str, str]], **config: object) -> dict[str, object]:
    return {"config": {**CONFIG, **config}, "docs": docs}


def _article(aid: str, language: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=None, outlet=None, url=None, published=None, author=None,
                   language=language, paragraphs=("x",), content_hash="0")


def test_stemmer_for_languages() -> None:
    assert stemmer_for("id").stemWord("pembicaraan") == "bicara"
    assert stemmer_for("id").stemWord("berbicara") == "bicara"
    assert stemmer_for("en") is not None
    assert stemmer_for("zz") is None


def test_words_strip_html_and_numbers() -> None:
    assert words("<p>Kedua pemimpin &amp; 2026 berbicara</p>") == ["kedua", "pemimpin", "berbicara"]


def test_word_forms_group_by_stem() -> None:
    forms = word_forms(["Mereka berbicara lama.", "Pembicaraan itu penting."], "id")
    assert forms["bicara"] == {"berbicara", "pembicaraan"}


def test_expansion_adds_stem_and_other_forms() -> None:
    forms = word_forms(["berbicara", "pembicaraan", "dibicarakan"], "id")
    terms = expansion("Kedua presiden berbicara", "id", forms)
    assert {"bicara", "pembicaraan", "dibicarakan"} <= set(terms)
    assert "berbicara" not in terms  # already in the text


def test_expand_index_indonesian_page_findable_by_other_form() -> None:
    docs = [{"location": "a/", "title": "Satu", "text": "Kedua presiden berbicara lewat video."},
            {"location": "b/", "title": "Dua", "text": "Isi pembicaraan tidak diumumkan."},
            {"location": "guide/", "title": "Guide", "text": "Speaking about things."}]
    hints = SearchHints(languages={"a/": ("id",), "b/": ("id",)})
    out = expand_index(_index(docs), hints)
    by = {d["location"]: d for d in out["docs"]}
    assert "pembicaraan" in by["a/"]["terms"].split()
    assert "berbicara" in by["b/"]["terms"].split()
    assert "terms" not in by["guide/"]  # hand-written page: no language given
    assert out["config"]["fields"]["terms"] == {"boost": 1.0}
    assert out["config"]["fields"]["title"] == {"boost": 1e3}


def test_english_left_to_lunr_when_it_stems() -> None:
    docs = [{"location": "a/", "title": "One", "text": "The leaders were speaking."},
            {"location": "b/", "title": "Two", "text": "He speaks."}]
    hints = SearchHints(languages={"a/": ("en",), "b/": ("en",)})
    stemmed = expand_index(_index(docs, pipeline=["stemmer", "stopWordFilter", "trimmer"]), hints)
    assert all("terms" not in d for d in stemmed["docs"])
    # with the stemmer switched off (Material's Indonesian UI does that), English forms are added too
    unstemmed = expand_index(_index(docs), hints)
    assert "speaks" in {d["location"]: d for d in unstemmed["docs"]}["a/"]["terms"].split()


def test_aliases_on_entity_page_only() -> None:
    docs = [{"location": "entities/cn/", "title": "China", "text": "Negara."},
            {"location": "entities/cn/#disebut", "title": "Disebut", "text": "x"}]
    out = expand_index(_index(docs), SearchHints(aliases={"entities/cn/": ("China", "Tiongkok", "RRT")}))
    by = {d["location"]: d for d in out["docs"]}
    assert by["entities/cn/"]["aliases"] == "China Tiongkok RRT"
    assert "aliases" not in by["entities/cn/#disebut"]
    assert out["config"]["fields"]["aliases"]["boost"] >= 1000


def test_page_url() -> None:
    assert page_url("entities/x.md") == "entities/x/"
    assert page_url("index.md") == ""
    assert page_url("events/index.md") == "events/"
    assert page_url("entities/x.md", directory_urls=False) == "entities/x.html"


def test_search_hints_from_dossier() -> None:
    d = Dossier(articles=(_article("a1", "id"), _article("a2", "en")), extractions={},
                entities=(Entity(id="cn", name="China", type="place", subtype=None, aliases=("China", "Tiongkok"),
                                 articles=("a1",)),
                          Entity(id="gone", name="Gone", type="other", subtype=None, aliases=("Gone",),
                                 articles=(), hidden=True)))
    h = search_hints(d, ["articles/a1.md", "articles/a2.md", "entities/cn.md", "dossier.json"])
    assert h.languages["articles/a1/"] == ("id",)
    assert h.languages["articles/a2/"] == ("en",)
    assert h.languages["entities/cn/"] == ("en", "id")
    assert "dossier.json" not in h.languages
    assert h.aliases == {"entities/cn/": ("China", "Tiongkok")}


def test_rewrite_search_index(tmp_path: Path) -> None:
    assert not rewrite_search_index(tmp_path, SearchHints())
    (tmp_path / "search").mkdir()
    path = tmp_path / "search" / "search_index.json"
    path.write_text(json.dumps(_index([{"location": "a/", "title": "A", "text": "berbicara"},
                                       {"location": "b/", "title": "B", "text": "pembicaraan"}])))
    assert rewrite_search_index(tmp_path, SearchHints(languages={"a/": ("id",), "b/": ("id",)}))
    data = json.loads(path.read_text())
    assert "pembicaraan" in data["docs"][0]["terms"]
