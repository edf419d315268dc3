"""Acronyms defined in the text: "Perserikatan Bangsa-Bangsa (PBB)", "WTO (World Trade Organization)"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# connector words skipped when matching initials
_SKIP = {"of", "the", "and", "for", "on", "dan", "untuk", "di", "de", "des", "du", "la", "le", "al", "&"}


def initials_match(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` is made of the initials of ``words`` (connectors may be skipped,
    hyphenated words may give one letter per part: "Bangsa-Bangsa" -> B or BB)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if len(letters) < 2:
        return False
    options: list[list[str]] = []
    for w in words:
        parts = [p for p in re.split(r"[-–]", w) if p]
        if not parts:
            continue
        heads = {parts[0][0].upper()}
        if w.lower() in _SKIP:
            options.append(["", parts[0][0].upper()])
            continue
        whole = "".join(p[0].upper() for p in parts)
        heads.add(whole)
        options.append(sorted(heads))

    def walk(i: int, pos: int) -> bool:
        if i == len(options):
            return pos == len(letters)
        return any("".join(letters[pos:pos + len(opt)]) == opt and walk(i + 1, pos + len(opt)) for opt in options[i])

    return walk(0, 0)


def looks_like_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= len(letters) - 1 \
        and letters[0].isupper() and letters[-1].isupper()
