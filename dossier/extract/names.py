"""Person names: transliteration-aware comparison and short-form resolution.

"Yuri" and "Yury", "Sergei" and "Sergey", "Zelensky" and "Zelenskyy" compare equal; a short
form ("Putin", "Xi") resolves to the one full name whose last (or, for names written family
name first, first) token it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dossier.extract.gazetteer import name_tokens

# Spelling rules applied in order to a lower-case, accent-free token (romanisation variants of
# Russian, Ukrainian and Arabic names in English and Indonesian news).
_TRANSLIT = (
    (r"iy$", "i"),
    (r"yy$", "i"),
    (r"y$", "i"),
    (r"ey", "ei"),
    (r"kh", "h"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"ou", "u"),
    (r"w", "v"),
    (r"j", "y"),
    (r"(.)\1", r"\1"),
)
_TRANSLIT_RES = tuple((re.compile(pattern), repl) for pattern, repl in _TRANSLIT)


@lru_cache(maxsize=100_000)
def skeleton(token: str) -> str:
    """A spelling-insensitive form of one normalised name token."""
    s = token.replace("'", "").replace("-", "")
    for pattern, repl in _TRANSLIT_RES:
        s = pattern.sub(repl, s)
    return s


@lru_cache(maxsize=100_000)
def name_key(name: str) -> tuple[str, ...]:
    """The skeleton tokens of a name (cached: a dossier names the same people again and again)."""
    return tuple(skeleton(t) for t in name_tokens(name))


def _edit1(a: str, b: str) -> bool:
    """Whether two strings differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def same_token(a: str, b: str) -> bool:
    """Two skeleton tokens are the same name (one typo allowed in long tokens)."""
    return a == b or (min(len(a), len(b)) >= 5 and _edit1(a, b))


def variant_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether name ``short`` is a variant of ``full``: same first and last token, and every
    token of the shorter one found in the longer in order ("Xi Ji Jinping" ~ "Xi Jinping",
    "Donald J Trump" ~ "Donald Trump", "Yury Ushakov" ~ "Yuri Ushakov")."""
    if len(short) > len(full):
        short, full = full, short
    if len(short) < 2 or not same_token(short[0], full[0]) or not same_token(short[-1], full[-1]):
        return False
    j = 0
    for tok in full:
        if j < len(short) and same_token(tok, short[j]):
            j += 1
    return j == len(short)


def resolve_short(token: str, full_names: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name (skeleton tuple) that a one-token short form stands for, or None.

    The last token is tried first ("Putin"), then the first ("Xi" for "Xi Jinping")."""
    fulls = [f for f in set(full_names) if len(f) >= 2]
    last = {f for f in fulls if same_token(f[-1], token)}
    if last:
        return _one(last)
    first = {f for f in fulls if same_token(f[0], token)}
    return _one(first) if first else None


def _one(names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """One name from a set whose members are all variants of each other, else None."""
    items = sorted(names)
    if all(variant_of(items[0], other) for other in items[1:]):
        return items[0]
    return None
