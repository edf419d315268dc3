"""Rule-based mention finding on small Indonesian and English fixtures (not the seeds)."""

from __future__ import annotations

from dossier.extract.mentions import find_mentions
from dossier.extract.names import name_key, variant_of
from dossier.extract.sentences import split_sentences
from dossier.model import Mention


def mentions(paragraphs: list[str], language: str) -> tuple[Mention, ...]:
    text = "\n\n".join(paragraphs)
    return find_mentions(text, split_sentences(paragraphs), language)


def by_text(ms: tuple[Mention, ...]) -> dict[str, Mention]:
    return {m.text: m for m in ms}


ID_QUAKE = [
    "Gempa Guncang Cianjur, BNPB Catat 12 Orang Meninggal",
    "CIANJUR, KOMPAS.com - Gempa bumi mengguncang Kabupaten Cianjur, Jawa Barat, pada Kamis (12/3/2026). "
    "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 orang meninggal.",
    "Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi pengungsian. Dedi menyatakan dana darurat siap.",
    "Menteri Luar Negeri Sugiono bertemu diplomat utama Jepang, Takeshi Iwaya, di Tokyo.",
    "Baca juga: Daftar Gempa Besar Dalam Sepuluh Tahun Terakhir",
    "Getaran dirasakan hingga Bandung, Sukabumi, dan Jakarta.",
]

EN_TRADE = [
    "BRUSSELS (Reuters) - European Trade Commissioner Maros Sefcovic met Indonesian President Prabowo Subianto "
    "on Tuesday, as the United States raised tariffs.",
    "Sefcovic said the World Trade Organization (WTO) had ruled on nickel. The WTO declined to comment.",
    "Kremlin aide Yury Ushakov told reporters in Moscow that the U.S. and the UAE were consulted.",
    "(Reporting by Jane Doe; Editing by John Roe)",
]


def test_countries_and_cities_map_to_one_english_key() -> None:
    ms = mentions(["Presiden Tiongkok bertemu pemimpin Amerika Serikat (AS) di Moskow, lalu terbang ke Kiev "
                   "dan Uni Emirat Arab. AS dan Cina sepakat."], "id")
    keys = {m.text: m.key for m in ms}
    assert keys["Tiongkok"] == "China" and keys["Cina"] == "China"
    assert keys["Amerika Serikat"] == keys["AS"] == "United States"
    assert keys["Moskow"] == "Moscow" and keys["Kiev"] == "Kyiv"
    assert keys["Uni Emirat Arab"] == "United Arab Emirates"
    assert by_text(ms)["Moskow"].subtype == "city" and by_text(ms)["Tiongkok"].subtype == "country"


def test_titles_roles_and_short_forms_indonesian() -> None:
    ms = mentions(ID_QUAKE, "id")
    t = by_text(ms)
    assert t["Dedi Mulyadi"].type == "person" and t["Dedi Mulyadi"].role == "Gubernur Jawa Barat"
    assert t["Dedi"].key == "Dedi Mulyadi"
    assert t["Takeshi Iwaya"].role == "diplomat utama Jepang"
    assert t["Sugiono"].type == "person" and t["Sugiono"].role == "Menteri Luar Negeri"
    assert t["Jawa Barat"].type == "place"
    assert t["Kabupaten Cianjur"].key == "Cianjur" and t["Kabupaten Cianjur"].type == "place"
    assert t["Sukabumi"].type == "place"


def test_acronyms_defined_in_text_take_the_long_form() -> None:
    ms = mentions(EN_TRADE, "en")
    wto = [m for m in ms if m.text == "WTO"]
    assert len(wto) == 2 and {m.key for m in wto} == {"World Trade Organization"}
    bnpb = [m for m in mentions(ID_QUAKE, "id") if m.text == "BNPB"]
    assert bnpb and all(m.key == "BNPB" and m.type == "organization" for m in bnpb)


def test_furniture_calendar_and_sentence_initial_words_are_no_entities() -> None:
    for ms in (mentions(ID_QUAKE, "id"), mentions(EN_TRADE, "en")):
        texts = {m.text for m in ms if m.source != "short"}
        for word in ("Kamis", "Tuesday", "Baca juga", "Daftar Gempa Besar", "Getaran", "Gempa", "Guncang",
                     "Jane Doe", "John Roe", "Editing", "Reporting"):
            assert word not in texts


def test_english_roles_and_known_names() -> None:
    t = by_text(mentions(EN_TRADE, "en"))
    assert t["Maros Sefcovic"].role == "European Trade Commissioner"
    assert t["Prabowo Subianto"].role == "Indonesian President"
    assert t["Yury Ushakov"].role == "Kremlin aide"
    assert t["Sefcovic"].key == "Maros Sefcovic"
    assert t["U.S"].key == "United States" if "U.S" in t else t["U.S."].key == "United States"
    assert t["UAE"].key == "United Arab Emirates"
    assert t["Kremlin"].type == "organization"
    assert t["BRUSSELS"].key == "Brussels"


def test_offsets_index_into_the_text() -> None:
    text = "\n\n".join(EN_TRADE)
    for m in mentions(EN_TRADE, "en"):
        assert text[m.start:m.end] == m.text


def test_name_variants() -> None:
    assert variant_of(name_key("Yury Ushakov"), name_key("Yuri Ushakov"))
    assert variant_of(name_key("Sergey Shoigu"), name_key("Sergei Shoigu"))
    assert variant_of(name_key("Xi Ji Jinping"), name_key("Xi Jinping"))
    assert not variant_of(name_key("Kim Jong Un"), name_key("Kim Yo Jong"))
