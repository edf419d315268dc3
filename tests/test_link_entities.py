"""Linking mentions across articles into entities."""

from __future__ import annotations

from dossier.extract.sentences import split_sentences
from dossier.link.entities import link_entities, slugify
from dossier.model import Article, Extraction, Mention
from tests.entity_fixtures import build


def test_variants_and_short_forms_link_across_articles() -> None:
    arts, ex = build()
    links = link_entities(arts, ex)
    ents = {e.id: e for e in links.entities}
    ush = ents["yuri-ushakov"] if "yuri-ushakov" in ents else ents["yury-ushakov"]
    assert {"Yury Ushakov", "Yuri Ushakov", "Ushakov"} <= set(ush.aliases)
    assert ush.articles == ("a1", "a2", "a3")  # a3 only has the short form
    assert ush.type == "person" and {r.article_id for r in ush.roles} == {"a1", "a2"}
    assert ents["prabowo-subianto"].articles == ("a1", "a2", "a3")
    assert ents["russia"].aliases[0] == "Russia" and "Rusia" in ents["russia"].aliases
    assert ents["moscow"].type == "place" and ents["moscow"].subtype == "city"
    assert links.entity_id("a3", "Prabowo") == "prabowo-subianto"
    for e in links.entities:
        for m in e.mentions:
            art = next(a for a in arts if a.id == m.article_id)
            assert art.text[m.start:m.end] == m.text


def test_ids_do_not_depend_on_article_order() -> None:
    arts, ex = build()
    one = link_entities(arts, ex)
    two = link_entities(list(reversed(arts)), dict(reversed(list(ex.items()))))
    assert one.entities == two.entities


def test_unresolved_short_forms_are_left_out() -> None:
    text = "Seorang pejabat, Budiman, hadir. Kemudian Budiman pulang."
    sentences = split_sentences([text])
    art = Article("x", "x.txt", None, None, None, None, None, "id", (text,), "h")
    ex = {"x": Extraction("x", sentences, (Mention("Zorblat", 0, 7, 0, "other", None, "Zorblat", None, "short"),))}
    assert link_entities([art], ex).entities == ()


def test_ambiguous_short_form_is_not_guessed() -> None:
    arts, ex = build(["a1"])
    text = "Kim Jong Un and Kim Yo Jong spoke. Kim left."
    sentences = split_sentences([text])
    from dossier.extract.mentions import find_mentions
    art = Article("k", "k.txt", None, None, None, None, None, "en", (text,), "h")
    ex["k"] = Extraction("k", sentences, find_mentions(text, sentences, "en"))
    links = link_entities([*arts, art], ex)
    kims = [e for e in links.entities if e.name.startswith("Kim")]
    assert sorted(e.name for e in kims) == ["Kim Jong Un", "Kim Yo Jong"]
    assert all("Kim" not in e.aliases for e in kims)


def test_slugify() -> None:
    assert slugify("Maroš Šefčovič") == "maros-sefcovic"
    assert slugify("Xi'an") == "xi-an"


def _linked(texts: dict[str, str], language: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    from dossier.extract.mentions import find_mentions
    arts, ex = [], {}
    for aid, text in texts.items():
        art = Article(aid, f"{aid}.txt", None, None, None, None, None, language, (text,), aid)
        sentences = split_sentences([text])
        arts.append(art)
        ex[aid] = Extraction(aid, sentences, find_mentions(text, sentences, language))
    return [(e.name, e.articles) for e in link_entities(arts, ex).entities]


def test_acronym_never_spelled_out_joins_the_one_organisation_with_its_initials() -> None:
    linked = _linked({
        "a": "The Federal Pilots Union said on Monday that the strike would go ahead.",
        "b": "Pilots walked out on Tuesday. The FPU said talks had failed.",
    })
    union = [(n, arts) for n, arts in linked if n in ("Federal Pilots Union", "FPU")]
    assert union == [("Federal Pilots Union", ("a", "b"))]


def test_acronym_matching_two_organisations_is_not_guessed() -> None:
    linked = _linked({
        "a": "The Federal Pilots Union and the Freight Ports Union met the minister on Monday.",
        "b": "Pilots walked out on Tuesday. The FPU said talks had failed.",
    })
    names = {n for n, _ in linked}
    assert {"Federal Pilots Union", "Freight Ports Union"} <= names
    assert all(arts != ("a", "b") for _, arts in linked)


def test_name_and_its_one_of_longer_form_are_one_organisation() -> None:
    linked = dict(_linked({
        "a": "The Maritime Safety Board of Norway opened an inquiry on Monday.",
        "b": "Investigators from the Maritime Safety Board arrived on Tuesday.",
    }))
    assert linked.get("Maritime Safety Board of Norway") == ("a", "b")
    assert "Maritime Safety Board" not in linked


def test_a_one_word_organisation_opening_one_longer_name_is_that_organisation() -> None:
    from dossier.link.entities import link_entities
    from dossier.model import Extraction, Mention

    def ex(aid: str, ms: list[Mention]) -> Extraction:
        return Extraction(aid, (), tuple(ms), (), (), (), None, False)

    a = ex("a", [Mention("Quorvane Aerospace", 0, 18, 0, "organization", "company", "Quorvane Aerospace")])
    b = ex("b", [Mention("Quorvane", 0, 8, 0, "organization", "company", "Quorvane")])
    links = link_entities([], {"a": a, "b": b})
    assert links.entity_id("a", "Quorvane Aerospace") == links.entity_id("b", "Quorvane")
