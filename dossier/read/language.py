"""Which language an article is in, by function-word counts from the per-language data."""

from __future__ import annotations

import re

from dossier import lang

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str = "en") -> str:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return default
    best, best_score = default, 0.0
    for tag in lang.languages():
        stop = set(lang.load(tag, "reader").get("stopwords") or [])
        if not stop:
            continue
        score = sum(1 for w in words if w in stop) / len(words)
        if score > best_score:
            best, best_score = tag, score
    return best if best_score >= 0.02 else default
