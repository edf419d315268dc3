"""Outlets, credited agencies, shared wire copy, and quotes aligned across outlets."""

from __future__ import annotations

import hashlib

from dossier.extract.sentences import split_sentences
from dossier.link.outlets import link_outlets, outlet_id, wire_overlap
from dossier.link.quotes import link_quotes
from dossier.model import Article, Extraction, Mention, Quote

WIRE = [
    "Presiden Sri Wahyuni membuka pameran dagang internasional di Surabaya pada Senin pagi bersama ratusan pengusaha.",
    "Pameran tersebut diikuti lebih dari 400 perusahaan dari 30 negara, menurut panitia penyelenggara.",
    "Wahyuni mengatakan pemerintah akan memangkas izin usaha untuk menarik investasi asing ke Jawa Timur.",
    "Nilai transaksi selama pameran diperkirakan mencapai 2 triliun rupiah, naik dari tahun lalu.",
    "Pameran akan berlangsung hingga Jumat dan terbuka untuk umum mulai Rabu.",
]
LOOSE = [  # the same wire story, reworded as a looser translation
    "Presiden Sri Wahyuni pada Senin pagi membuka pameran dagang internasional di Surabaya yang dihadiri ratusan pengusaha.",
    "Menurut panitia penyelenggara, pameran diikuti lebih dari 400 perusahaan yang berasal dari 30 negara.",
    "Pemerintah akan memangkas izin usaha demi menarik investasi asing ke Jawa Timur, kata Wahyuni.",
    "Transaksi selama pameran diperkirakan bernilai 2 triliun rupiah, lebih tinggi dari tahun lalu.",
    "Seorang pedagang kopi dari Malang berharap pameran membuka pasar ekspor baru bagi petani kecil.",
]
OTHER = [
    "Harga cabai rawit di pasar induk Malang melonjak tajam setelah hujan deras merusak kebun petani.",
    "Dinas pertanian setempat berjanji menyalurkan bantuan bibit kepada petani yang gagal panen.",
    "Para pedagang berharap pasokan kembali normal sebelum bulan puasa tiba.",
]


def article(aid: str, outlet: str | None, paragraphs: list[str]) -> tuple[Article, Extraction]:
    text = "\n\n".join(paragraphs)
    a = Article(aid, f"{aid}.txt", None, outlet, None, None, None, "id", tuple(paragraphs),
                hashlib.sha256(text.encode()).hexdigest())
    return a, Extraction(aid, split_sentences(paragraphs), ())


def test_wire_copy_is_flagged_and_unrelated_is_not() -> None:
    pairs = [article("w", "Kabar Pagi", WIRE), article("l", None, LOOSE), article("o", "Suara Desa", OTHER)]
    rows = wire_overlap([a for a, _ in pairs], {a.id: e for a, e in pairs})
    top = rows[0]
    assert (top.a, top.b) == ("l", "w")
    assert top.flagged
    assert top.shared_a >= 3 and top.shared_b >= 3
    assert top.share_b >= 0.6
    assert not any(r.flagged for r in rows if "o" in (r.a, r.b))


def test_outlets_group_articles_credit_agencies_and_keep_unknown_apart() -> None:
    a1 = article("a1", "Kabar Pagi", ["“Kami siap,” kata Sri Wahyuni, seperti dikutip Antara."])
    a2 = article("a2", "Kabar Pagi", ["Dilansir dari Reuters, harga minyak turun tajam pada Selasa."])
    u1 = article("u1", None, OTHER)
    u2 = article("u2", None, WIRE)
    mention = Mention("Antara", a1[0].text.index("Antara"), a1[0].text.index("Antara") + 6, 0, "organization",
                      "media", "Antara")
    a1 = (a1[0], Extraction("a1", a1[1].sentences, (mention,)))
    pairs = [a1, a2, u1, u2]
    outlets = link_outlets([a for a, _ in pairs], {a.id: e for a, e in pairs})
    by_name = {o.name: o for o in outlets}
    assert by_name["Kabar Pagi"].articles == ("a1", "a2")
    assert by_name["Kabar Pagi"].credits == ("Antara", "Reuters")
    assert by_name["unknown outlet (u1)"].articles == ("u1",)
    assert by_name["unknown outlet (u2)"].articles == ("u2",)
    assert len({o.id for o in outlets}) == len(outlets)
    assert outlet_id("Kabar Pagi") == "kabar-pagi" and outlet_id("Tempo.co") == "tempo-co"


class FakeLinks:
    def entity_id(self, article_id: str, mention_key: str) -> str | None:
        return mention_key.lower().replace(" ", "-")


def _with_quotes(aid: str, outlet: str | None, quotes: list[tuple[str, str | None, str, str | None]]):
    a, e = article(aid, outlet, ["Teks."])
    qs = tuple(Quote(text, speaker, 0, 0, len(text), cue, credited) for text, speaker, cue, credited in quotes)
    return a, Extraction(aid, e.sentences, (), quotes=qs)


def test_same_quote_aligned_across_outlets_with_versions() -> None:
    pairs = [
        _with_quotes("a", "Kabar Pagi", [
            ("Kemitraan kedua negara adalah contoh yang patut dicontoh bagi kawasan", "Sri Wahyuni", "ujar", "Antara"),
            ("Kami tidak akan menaikkan pajak tahun ini", "Sri Wahyuni", "kata", None)]),
        _with_quotes("b", "Suara Desa", [
            ("Kemitraan kedua negara adalah contoh teladan bagi kawasan", "Sri Wahyuni", "kata", None)]),
        _with_quotes("c", None, [
            ("Kemitraan kedua negara adalah contoh yang patut dicontoh bagi kawasan", "Budi Hartono", "kata", None)]),
    ]
    groups = link_quotes([a for a, _ in pairs], {a.id: e for a, e in pairs}, FakeLinks())
    top = groups[0]
    assert [v.article_id for v in top.versions] == ["a", "b"]  # a different speaker is not the same quote
    assert top.speaker == "sri-wahyuni"
    assert top.versions[0].credited == "Antara" and top.versions[0].cue == "ujar"
    assert top.versions[1].outlet == "Suara Desa"
    assert sum(len(g.versions) for g in groups) == 4
    again = link_quotes([a for a, _ in reversed(pairs)], {a.id: e for a, e in pairs}, FakeLinks())
    assert sorted(g.id for g in again) == sorted(g.id for g in groups)
