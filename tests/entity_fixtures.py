"""Small articles about other stories, for the entity tests (Indonesian and English)."""

from __future__ import annotations

from dossier.extract.mentions import find_mentions
from dossier.extract.sentences import split_sentences
from dossier.model import Article, Extraction

TEXTS = {
    "a1": ("en", "2026-03-02", "Reuters", [
        "JAKARTA (Reuters) - Indonesian President Prabowo Subianto met Kremlin aide Yury Ushakov in Jakarta.",
        "Ushakov said Russia and Indonesia would expand trade. Prabowo did not comment.",
    ]),
    "a2": ("id", "2026-03-01", "Kompas", [
        "Presiden Prabowo Subianto menerima Ajudan Kremlin Yuri Ushakov di Istana Merdeka, Jakarta.",
        "Menurut Ushakov, Rusia ingin memperluas kerja sama dengan Indonesia.",
    ]),
    "a3": ("id", "2026-03-03", "Antara", [
        "Prabowo menegaskan Indonesia tetap bebas aktif. Ushakov kembali ke Moskow pada Rabu.",
    ]),
}


def article(aid: str) -> Article:
    language, published, outlet, paras = TEXTS[aid]
    return Article(id=aid, source=f"{aid}.txt", title=None, outlet=outlet, url=None, published=published,
                   author=None, language=language, paragraphs=tuple(paras), content_hash=aid)


def build(ids: list[str] | None = None) -> tuple[list[Article], dict[str, Extraction]]:
    arts = [article(a) for a in (ids or sorted(TEXTS))]
    ex = {}
    for a in arts:
        sentences = split_sentences(a.paragraphs)
        ex[a.id] = Extraction(a.id, sentences, find_mentions(a.text, sentences, a.language))
    return arts, ex
