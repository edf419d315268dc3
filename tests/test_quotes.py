"""Quote extraction and attribution on small hand-written articles (Indonesian and English)."""

from __future__ import annotations

import re

from dossier.extract.quotes import find_credits, find_quotes
from dossier.extract.sentences import sentence_at, split_sentences
from dossier.model import Mention

NAMES = {
    "Joko Santoso": ("person", None, "Joko Santoso"), "Joko": ("person", None, "Joko Santoso"),
    "Maria Lopez": ("person", None, "Maria Lopez"), "Lopez": ("person", None, "Maria Lopez"),
    "Ahmad Rifai": ("person", None, "Ahmad Rifai"), "Rifai": ("person", None, "Ahmad Rifai"),
    "Antara": ("organization", "media", "Antara"), "Reuters": ("organization", "media", "Reuters"),
    "TVRI": ("organization", "media", "TVRI"), "Kementerian Keuangan": ("organization", None, "Kementerian Keuangan"),
    "Jakarta": ("place", None, "Jakarta"), "Indonesia": ("place", None, "Indonesia"),
    "Madrid": ("place", None, "Madrid"),
}


def analyse(paragraphs: list[str], language: str = "id"):
    sentences = split_sentences(paragraphs)
    text = "\n\n".join(paragraphs)
    mentions, taken = [], []
    for name in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            typ, sub, key = NAMES[name]
            mentions.append(Mention(m.group(0), m.start(), m.end(), sentence_at(sentences, m.start()), typ, sub, key))
    mentions.sort(key=lambda m: m.start)
    return text, sentences, tuple(mentions)


def quotes_of(paragraphs: list[str], language: str = "id"):
    text, sentences, mentions = analyse(paragraphs, language)
    return find_quotes(text, sentences, mentions, language)


def test_kata_after_quote_with_credit() -> None:
    qs = quotes_of(["“Harga beras akan turun bulan depan,” kata Menteri Joko Santoso, seperti dikutip Antara."])
    assert len(qs) == 1
    assert qs[0].speaker == "Joko Santoso"
    assert qs[0].cue == "kata"
    assert qs[0].credited == "Antara"
    assert qs[0].text == "Harga beras akan turun bulan depan"


def test_offsets_point_into_text() -> None:
    paras = ["Pembukaan singkat.", "“Kami tidak akan mundur dari rencana ini,” ujar Rifai di Jakarta."]
    text, sentences, mentions = analyse(paras)
    (q,) = find_quotes(text, sentences, mentions, "id")
    assert text[q.start:q.end] == q.text
    assert q.sentence == 1 and q.speaker == "Ahmad Rifai" and q.cue == "ujar"


def test_speaker_before_quote_and_pronoun_resolution() -> None:
    qs = quotes_of([
        "Joko Santoso mengatakan, “Anggaran tahun ini cukup untuk semua program.”",
        "Maria Lopez hadir dalam rapat itu. Ia menyatakan bahwa “kerja sama kedua negara tetap kuat”.",
        "“Kami akan datang lagi tahun depan,” tambahnya.",
    ])
    assert [(q.speaker, q.cue) for q in qs] == [
        ("Joko Santoso", "mengatakan"), ("Maria Lopez", "menyatakan"), ("Maria Lopez", "tambahnya")]


def test_menurut_and_scare_quotes_skipped() -> None:
    qs = quotes_of(["Menurut Rifai, “ekonomi Indonesia tumbuh lebih cepat dari perkiraan”.",
                    "Program itu disebut “Jalan Baru” oleh pemerintah."])
    assert len(qs) == 1
    assert qs[0].speaker == "Ahmad Rifai" and qs[0].cue == "menurut"


def test_participle_clause_keeps_speaker_of_sentence() -> None:
    qs = quotes_of(["“Situasi makin sulit,” kata Joko kepada Lopez, menambahkan bahwa pemerintah harus “bertindak cepat dan tepat”."])
    assert [q.speaker for q in qs] == ["Joko Santoso", "Joko Santoso"]


def test_english_cues() -> None:
    paras = [
        "\"We will not raise taxes this year,\" Maria Lopez said in Madrid.",
        "\"The deal is good for both sides,\" said Ahmad Rifai, according to Reuters.",
        "According to Lopez, \"the talks will resume in March after the holidays\".",
        "\"It was a long and honest meeting,\" he added.",
    ]
    qs = quotes_of(paras, "en")
    assert [(q.speaker, q.cue) for q in qs] == [
        ("Maria Lopez", "said"), ("Ahmad Rifai", "said"), ("Maria Lopez", "according to"), ("Maria Lopez", "added")]
    assert qs[1].credited == "Reuters"


def test_credit_skips_place_in_apposition_but_not_across_clauses() -> None:
    text, sentences, mentions = analyse([
        "“Pertumbuhan tetap stabil sepanjang tahun,” ujar Joko, seperti dikutip televisi pemerintah Indonesia, TVRI.",
        "Bagian rapat yang disiarkan oleh Jakarta, tetapi Kementerian Keuangan kemudian membantahnya.",
    ])
    names = [(c.name, c.sentence) for c in find_credits(text, sentences, mentions, "id")]
    assert names == [("TVRI", 0)]


def test_unattributed_long_quote_kept_short_one_dropped() -> None:
    qs = quotes_of(["“Semua warga harus mendapat akses air bersih yang layak dan terjangkau.”",
                    "Mereka menyebutnya “proyek besar”."])
    assert len(qs) == 1 and qs[0].speaker is None
