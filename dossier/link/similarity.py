"""Text comparison shared by the claim, quote and outlet linkers.

- :func:`content_stems`: content words of a sentence, stop words removed, Snowball-stemmed.
- :func:`parse_quantities`: numbers written in digits or words, with their unit, made comparable
  ("1 jam 25 menit" = 5100 s; "hampir satu setengah jam" = 5400 s, approximate).
- :func:`consistent`: whether two quantities agree, with tolerance for hedged ones.
- :func:`candidate_pairs`: blocking by an inverted index over rare features, so that linking is
  near-linear in the number of sentences: items are compared only when they share a feature
  that few items have.

Language words (stop words, number words, units, hedges) come from ``lang/<tag>/claims.yml``.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import snowballstemmer

from dossier import lang

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|%|\$|US\$", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*", re.UNICODE)
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.:]\d{2}\b")


class _Combining(dict[int, int | None]):
    """A ``str.translate`` table that deletes combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        out = None if unicodedata.combining(chr(code)) else code
        self[code] = out
        return out


_DROP_COMBINING = _Combining()


def fold(text: str) -> str:
    """Lower-case, accents removed, dashes and quotes unified: for comparing wording."""
    if text.isascii():  # nothing to decompose, strip or unify
        return text.lower()
    s = unicodedata.normalize("NFKD", text)
    if not s.isascii():
        s = s.translate(_DROP_COMBINING)
    return s.lower().replace("–", "-").replace("—", "-").replace("’", "'")


def normalise(text: str) -> str:
    """Words only, folded and single-spaced: the content a stable id is hashed from."""
    return " ".join(_WORD.findall(fold(text)))


@cache
def _data(language: str) -> dict[str, Any]:
    return lang.load(language, "claims") or lang.load("en", "claims")


@cache
def _stemmer(language: str) -> Any:
    """A Snowball stemmer for the language (name from CLDR via Babel), or None."""
    try:
        from babel import Locale

        language_name = Locale.parse(language).get_language_name("en")
        if language_name is None:  # no English name: no stemming
            return None
        name = language_name.lower()
        if name in snowballstemmer.algorithms():
            return snowballstemmer.stemmer(name)
    except Exception:  # unknown tag: no stemming
        return None
    return None


@cache
def stopwords(language: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data(language).get("stopwords") or [])


def words(text: str) -> list[str]:
    """Folded word tokens (letters or digits)."""
    return _WORD.findall(fold(text))


def content_stems(text: str, language: str) -> list[str]:
    """Stems of the content words of ``text`` (stop words and one-letter words dropped)."""
    return list(_content_stems(text, language))


@lru_cache(maxsize=200_000)
def _content_stems(text: str, language: str) -> tuple[str, ...]:
    """Cached: claims, quotes and wire overlap stem the same sentences."""
    stop = stopwords(language)
    stem = _stemmer(language)
    toks = [w for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]
    if stem is None:
        return tuple(toks)
    return tuple([_stem_word(language, w) for w in toks])


@lru_cache(maxsize=500_000)
def _stem_word(language: str, word: str) -> str:
    """One word's stem (the word itself when the stemmer returns nothing); cached: news repeats its words."""
    stem = _stemmer(language)
    return (stem.stemWord(word) or word) if stem is not None else word


# ---- quantities ------------------------------------------------------------------------
@dataclass(frozen=True)
class Quantity:
    """A number with its unit, in the dimension's base unit (seconds, dollars, percent, …)."""

    value: float
    dimension: str  # duration | percent | usd | idr | … | count:<noun stem> | number
    approximate: bool
    phrase: str
    start: int
    end: int


def _parse_digits(tok: str, decimal: str, thousands: str) -> float | None:
    t = tok
    if thousands and _grouped(thousands).fullmatch(t):
        t = t.replace(thousands, "")
    t = t.replace(decimal, ".")
    try:
        return float(t)
    except ValueError:
        return None


@cache
def _grouped(thousands: str) -> re.Pattern[str]:
    """Digits in groups of three: "1,250,000"."""
    return re.compile(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+")


_PREFIX_UNITS = ("$", "us$", "rp")
_YEAR = re.compile(r"(1[89]|20|21)\d\d")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class _Words:
    """A language's number words, units and hedges, read once."""

    numbers: dict[str, float]
    scales: dict[str, float]
    fractions: dict[str, float]
    teen: frozenset[str]
    joiners: frozenset[str]
    units: dict[str, tuple[str, float]]
    unit_dims: frozenset[str]
    number_words: frozenset[str]  # numbers, fractions and teens: tokens that start a number
    hedges: dict[int, frozenset[tuple[str, ...]]]  # by their number of words
    decimal: str
    thousands: str


def _by_length(phrases: Iterable[tuple[str, ...]]) -> dict[int, frozenset[tuple[str, ...]]]:
    out: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for p in phrases:
        out[len(p)].add(p)
    return {n: frozenset(ps) for n, ps in sorted(out.items())}


@cache
def _number_words(language: str) -> _Words:
    d = _data(language)
    units = {str(k).lower(): (str(v[0]), float(v[1])) for k, v in (d.get("units") or {}).items()}
    return _Words(
        numbers={str(k).lower(): float(v) for k, v in (d.get("numbers") or {}).items()},
        scales={str(k).lower(): float(v) for k, v in (d.get("scales") or {}).items()},
        fractions={str(k).lower(): float(v) for k, v in (d.get("fractions") or {}).items()},
        teen=frozenset(str(w).lower() for w in d.get("teen") or []),
        joiners=frozenset(str(w).lower() for w in d.get("joiners") or []),
        units=units,
        unit_dims=frozenset(u[0] for u in units.values()),
        number_words=frozenset(str(k).lower() for key in ("numbers", "fractions") for k in (d.get(key) or {}))
        | frozenset(str(t).lower() for t in d.get("teen") or []),
        hedges=_by_length(tuple(str(h).lower().split()) for h in d.get("approximate") or []),
        decimal=str(d.get("decimal", ".")),
        thousands=str(d.get("thousands", ",")),
    )


def parse_quantities(text: str, language: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in ``text``. ``skip``: spans (e.g. time expressions) whose numbers are dates."""
    return list(_parse_quantities(text, language, tuple(skip)))


@lru_cache(maxsize=100_000)
def _parse_quantities(text: str, language: str, skip: tuple[tuple[int, int], ...]) -> tuple[Quantity, ...]:
    w = _number_words(language)
    numbers, scales, fractions, teen, joiners = w.numbers, w.scales, w.fractions, w.teen, w.joiners
    units, hedges, decimal, thousands = w.units, w.hedges, w.decimal, w.thousands
    stop = stopwords(language)
    toks = _tokens(text)
    number_words = w.number_words
    # where a quantity may start: a number, or a unit written before one ("$", "Rp")
    starts = [k for k, (t, _, _) in enumerate(toks) if t[0].isdigit() or t in number_words or t in _PREFIX_UNITS]
    if not starts:
        return ()
    blocked = list(skip) + [(m.start(), m.end()) for m in _DATE_LIKE.finditer(text)]
    out: list[Quantity] = []
    i = starts[0]

    def is_num(k: int) -> bool:
        t = toks[k][0]
        return t[0].isdigit() or t in number_words

    def read_number(k: int) -> tuple[float, int] | None:
        """(value, next index) of a number starting at token k."""
        if toks[k][0][0].isdigit():
            v = _parse_digits(toks[k][0], decimal, thousands)
            if v is None:
                return None
            k += 1
            while k < len(toks) and toks[k][0] in scales:
                v *= scales[toks[k][0]]
                k += 1
            return v, k
        total = current = 0.0
        seen = False
        while k < len(toks):
            t = toks[k][0]
            if t in numbers:
                current += numbers[t]
            elif t in teen and seen:
                current += 10
            elif t in scales and seen:
                s = scales[t]
                if s < 1000:
                    current = (current or 1) * s
                else:
                    total += (current or 1) * s
                    current = 0.0
            elif t in fractions:
                current += fractions[t]
            elif t in joiners and seen and k + 1 < len(toks) and (toks[k + 1][0] in fractions or (
                    toks[k + 1][0] in joiners and k + 2 < len(toks) and toks[k + 2][0] in fractions)):
                pass  # "one and a half"
            else:
                break
            seen = True
            k += 1
        return (total + current, k) if seen else None

    def unit_at(k: int) -> tuple[str, float, int] | None:
        for width in (2, 1):
            if k + width <= len(toks):
                key = " ".join(t for t, _, _ in toks[k:k + width])
                if key in units:
                    dim, factor = units[key]
                    return dim, factor, k + width
        return None

    while i < len(toks):
        tok, start, _ = toks[i]
        if not (tok[0].isdigit() or tok in number_words or tok in _PREFIX_UNITS):
            i += 1  # neither a number nor a unit written before one
            continue
        if any(a <= start < b for a, b in blocked):
            i += 1
            continue
        prefix_unit = unit_at(i) if tok in _PREFIX_UNITS else None
        j = prefix_unit[2] if prefix_unit else i
        if j >= len(toks) or not is_num(j):
            i += 1
            continue
        read = read_number(j)
        if read is None:
            i += 1
            continue
        value, k = read
        approx = any(tuple(t for t, _, _ in toks[max(0, i - n):i]) in phrases for n, phrases in hedges.items())
        if prefix_unit:
            dim, factor = prefix_unit[0], prefix_unit[1]
        else:
            u = unit_at(k)
            if u:
                dim, factor, k = u
            elif toks[j][0][0].isdigit() and _YEAR.fullmatch(toks[j][0]):
                i = k  # a bare year is a date, not a quantity
                continue
            elif k < len(toks) and toks[k][0].isalpha() and toks[k][0] not in stop and toks[k][1] - toks[k - 1][2] <= 1:
                stems = content_stems(toks[k][0], language)
                dim, factor = f"count:{stems[0] if stems else toks[k][0]}", 1.0
            else:
                dim, factor = "number", 1.0
        value *= factor
        # "1 jam 25 menit", "two hours and 10 minutes": add the next part of the same dimension
        while k < len(toks) and dim in w.unit_dims:
            n = k + 1 if toks[k][0] in joiners else k
            if n >= len(toks) or not is_num(n):
                break
            more = read_number(n)
            if more is None:
                break
            u = unit_at(more[1])
            if not u or u[0] != dim or u[1] >= factor:
                break
            value += more[0] * u[1]
            factor, k = u[1], u[2]
        end = toks[k - 1][2]
        out.append(Quantity(value, dim, approx, text[start:end], start, end))
        i = k
    return tuple(out)


def consistent(a: Quantity, b: Quantity) -> bool:
    """Same dimension and equal within tolerance (12 % when either is hedged or rounded, else 2 %)."""
    if a.dimension != b.dimension:
        return False
    tol = 0.12 if (a.approximate or b.approximate) else 0.02
    return abs(a.value - b.value) <= tol * max(abs(a.value), abs(b.value), 1e-9)


def quantities_conflict(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> tuple[Quantity, Quantity] | None:
    """A pair that disagrees, when both sides give a dimension and none of their values agree."""
    by_x: dict[str, list[Quantity]] = defaultdict(list)
    for q in xs:
        by_x[q.dimension].append(q)
    by_y: dict[str, list[Quantity]] = defaultdict(list)
    for q in ys:
        by_y[q.dimension].append(q)
    for dim in sorted(set(by_x) & set(by_y)):
        if dim == "number":
            continue
        pairs = [(a, b) for a in by_x[dim] for b in by_y[dim]]
        if any(consistent(a, b) for a, b in pairs):
            continue
        # the closest pair; values far apart (4 years and 1.5 hours) measure different things
        a, b = min(pairs, key=lambda p: _ratio(p[0].value, p[1].value))
        if _ratio(a.value, b.value) <= MAX_DISPUTE_RATIO:
            return a, b
    return None


MAX_DISPUTE_RATIO = 4.0


def _ratio(x: float, y: float) -> float:
    lo, hi = sorted((abs(x), abs(y)))
    return hi / lo if lo else math.inf


def quantities_agree(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> bool:
    """Whether some quantity of one side agrees with one of the other (units included)."""
    return any(consistent(a, b) for a in xs for b in ys if a.dimension != "number")


# ---- vectors and blocking --------------------------------------------------------------
def tfidf(bags: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors (smoothed idf) of bags of stems."""
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    tf: dict[int, float] = {}
    done: dict[int, dict[str, float]] = {}  # id of a bag -> its vector (a bag passed twice is one vector)
    vectors = []
    for bag in bags:
        out = done.get(id(bag))
        if out is None:
            vec = {t: (tf.get(c) or tf.setdefault(c, 1 + math.log(c))) * idf[t] for t, c in bag.items()}
            norm = math.sqrt(sum([v * v for v in vec.values()])) or 1.0
            out = done[id(bag)] = {t: v / norm for t, v in vec.items()}
        vectors.append(out)
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # terms missing from b add 0.0: skipped, the sum (and its order) is otherwise the same
    return sum([v * b[t] for t, v in a.items() if t in b])


def candidate_pairs(features: Sequence[Iterable[str]], groups: Sequence[str], *, per_item: int = 12,
                    max_df: int | None = None, min_shared: int = 1) -> dict[tuple[int, int], int]:
    """Pairs (i, j), i < j, of items from different groups sharing ``min_shared`` rare features.

    Each item is indexed under its ``per_item`` rarest features only, and a feature held by more
    than ``max_df`` items is not used: the work grows with the number of items, not its square.
    """
    feats = [set(f) for f in features]
    n = len(feats)
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f)
    cap = max_df if max_df is not None else max(8, min(60, n // 4))
    index: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        usable = [x for x in f if 1 < df[x] <= cap]
        if len(usable) > per_item:  # the rarest (the order of the index does not change the pairs)
            usable = sorted(usable, key=lambda x: (df[x], x))[:per_item]
        for x in usable:
            index[x].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for items in index.values():
        shared.update((a, b) for a, b in itertools.combinations(items, 2) if groups[a] != groups[b])
    return {pair: c for pair, c in shared.items() if c >= min_shared}
