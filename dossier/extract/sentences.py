"""Sentence splitting with character offsets into ``Article.text``.

Rule based: a sentence ends at ., ! or ? (optionally followed by a closing quote or bracket)
when the next non-space character starts a new sentence (upper-case letter, digit or an
opening quote). Known abbreviations ("Dr.", "U.S.", "No.") and initials do not end a sentence.
"""

from __future__ import annotations

import re

from dossier.model import PARAGRAPH_SEP, Sentence

# Abbreviations that end in a full stop but rarely end a sentence (English and Indonesian).
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt",
        "gov", "sen", "rep", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
        "e.g", "i.e", "a.m", "p.m", "bpk", "ibu", "sdr", "h", "hj", "ir", "drs", "kh", "tn",
        "ny", "jl", "mt", "ft", "approx", "dll", "dsb", "yth",
    }
)

_END = re.compile(r"[.!?…]+[\"'”’)\]]*")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9\u00C0-\u024F]")


def _ends_sentence(text: str, end_match: re.Match[str]) -> bool:
    nxt = _NEXT_START.match(text, end_match.end())
    if not nxt:
        return False
    if end_match.group(0).startswith("."):
        word = re.search(r"([\w.]+)$", text[: end_match.start()])
        if word:
            w = word.group(1).lower()
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                return False
    return True


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in one paragraph, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if _ends_sentence(text, m):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split_sentences(paragraphs: tuple[str, ...] | list[str]) -> tuple[Sentence, ...]:
    """Sentences of an article, offsets into the paragraphs joined by ``PARAGRAPH_SEP``."""
    sentences: list[Sentence] = []
    offset = 0
    for p_index, para in enumerate(paragraphs):
        for a, b in split_paragraph(para):
            sentences.append(
                Sentence(index=len(sentences), start=offset + a, end=offset + b, text=para[a:b], paragraph=p_index)
            )
        offset += len(para) + len(PARAGRAPH_SEP)
    return tuple(sentences)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence that contains a character offset (the last one before it otherwise)."""
    found = 0
    for s in sentences:
        if s.start <= offset:
            found = s.index
        else:
            break
    return found
