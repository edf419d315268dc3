"""Time expressions in news text, normalised to EDTF with their precision and resolution trail.

Every word comes from data: month and weekday names from Babel (CLDR) for the language's
``babel_locale``, everything else (direction words, units, period parts, halves, seasons,
prefixes, future markers) from ``dossier/lang/<tag>/time.yml``. The rules are ordered; a longer,
more specific rule claims its span first ("Rabu, 4 Februari 2026" before "Rabu").

Output EDTF and precision:

* ``2026-02-04`` day, ``2026-02`` month, ``2026`` year;
* ``2026-40`` / ``2026-41`` first / second half (``half-year``), ``2026-33``..``36`` quarters
  (``quarter``; "awal/akhir tahun" is the first/last quarter, approximate), ``2026-21``..``24``
  seasons (``season``);
* weeks and parts of a month are EDTF intervals: ``2026-01-26/2026-02-01`` (``week``),
  ``2026-02-21/2026-02-28`` (``part-month``: days 1-10, 11-20, 21-end);
* a trailing ``~`` marks an approximate date ("akhir pekan lalu" is that week's Saturday, ~).

Relative expressions are resolved against the anchor (the publication date, or one inferred).
Weekdays and bare month names look back (the most recent one on or before the anchor, the
anchor day itself included) unless the sentence speaks of the future ("akan", "undangan",
"will", ...), when they look forward (the next one on or after the anchor). An explicit "lalu" /
"last" excludes the anchor day itself when the anchor is the known publication date
("Rabu lalu" in a Wednesday paper is a week ago); when the anchor was inferred from the text it
is only a lower bound of the publication date, so the anchor day is included.

Without an anchor, relative expressions are still returned, with ``edtf == ""``, a warning
and the rule that matched, so that a later pass (``link.events.reanchor``) can resolve them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal, cast

from babel import dates as babel_dates

from dossier import lang
from dossier.model import Sentence, TimeExpr

SEASON_CODES = (21, 22, 23, 24)
HALF_CODES = {"first": 40, "second": 41}
QUARTER_CODES = {1: 33, 2: 34, 3: 35, 4: 36}


# ---------------------------------------------------------------------------------------
# the lexicon: regex pieces built from data


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    uniq = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


@dataclass(frozen=True)
class Lexicon:
    language: str
    months: dict[str, int]  # casefolded name -> 1..12
    weekdays: dict[str, int]  # casefolded name -> 0 (Monday) .. 6
    direction: dict[str, int]  # casefolded direction word -> -1 past, 0 current, +1 future
    units: dict[str, str]  # casefolded unit word -> day | week | month | year
    parts: dict[str, str]  # casefolded part word -> early | mid | late | vague
    halves: dict[str, int]
    quarters: dict[str, int]
    seasons: dict[str, int]
    days: dict[str, int]
    numbers: dict[str, int]
    numeric_order: str
    future_re: re.Pattern[str]
    conditional_re: re.Pattern[str]  # "If ... on Monday, we ...": a condition speaks of what is to come
    told_re: re.Pattern[str]  # "said on Monday", "ujarnya Senin": a weekday of the telling, in the past
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    past_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "had", "telah": a clause told in the past
    past_verb_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "signed on": a past verb right before the time
    not_past: frozenset[str] = frozenset()  # "scheduled on", "expected on": -ed words that look forward
    # any word of a sentence told in the past ("charged", "was", "said"; "telah"): its tense cue
    past_cue_re: re.Pattern[str] = re.compile(r"(?!x)x")
    coordinator_re: re.Pattern[str] = re.compile(r"(?!x)x")  # " and ", " dan ": coordinated clauses
    target_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "declared for Friday": the time a thing is meant for
    forward_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "postponed to": the time after it lies ahead
    tenseless_nearest: bool = False  # a day or month told with no tense cue is the nearest one (within ~6 months)
    tenseless_weekday_forward: bool = False  # "Rovers host Brentford on Saturday": a weekday with no past cue looks on
    split_season: tuple[int, int] = (8, 5)  # a season across two years runs from this month to that one
    # "until 19 June", "hingga 19 Juni": the end of a span or a deadline, told in any tense: the nearest such day
    until_re: re.Pattern[str] = re.compile(r"(?!x)x")
    since_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "since Sunday", "sejak Senin": a start that lies behind
    # "in March of that year", "pada Mei tahun itu": the year the text told last
    that_year_re: re.Pattern[str] = re.compile(r"(?!x)x")
    # "on Monday, four days after the ministry declared ...": a number of days counted back (or on) from a day told
    counted_re: re.Pattern[str] = re.compile(r"(?!x)x")
    # "that left ... in March": a relative clause, a clause of its own for its tense
    relative_re: re.Pattern[str] = re.compile(r"(?!x)x")
    # "sejak Sabtu (6/6) hingga Jumat (19/6)": two days joined into one span
    span_join_re: re.Pattern[str] = re.compile(r"(?!x)x")


def _cs(pattern: str) -> str:
    """Case-sensitive inside an otherwise case-insensitive pattern (names are capitalised)."""
    return f"(?-i:{pattern})"


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled rules of one language (cached)."""
    data = lang.load(language, "time") or lang.load("en", "time")
    loc = data.get("babel_locale", language)
    months: dict[str, int] = {}
    wide_months: list[str] = []
    abbr_months: list[str] = []
    # news in one language often prints dates in another ("5 February 2026" on an Indonesian site)
    month_locales = [loc, *[str(x) for x in data.get("also_month_names_of") or []]]
    for month_loc in month_locales:
        widths: tuple[tuple[Literal["wide", "abbreviated"], list[str]], ...] = (
            ("wide", wide_months), ("abbreviated", abbr_months))
        for width, bucket in widths:
            for ctx in ("format", "stand-alone"):
                for num, name in babel_dates.get_month_names(width, context=ctx, locale=month_loc).items():
                    name = str(name).rstrip(".")
                    months.setdefault(name.casefold(), int(num))
                    bucket.append(name)
    for name, num in (data.get("extra_months") or {}).items():
        months[str(name).casefold()] = int(num)
        (abbr_months if len(str(name)) <= 4 else wide_months).append(str(name))
    weekdays: dict[str, int] = {}
    wd_names: list[str] = []
    for num, name in babel_dates.get_day_names("wide", locale=loc).items():
        weekdays[str(name).casefold()] = int(num)
        wd_names.append(str(name))
    for name, num in (data.get("extra_weekdays") or {}).items():
        weekdays[str(name).casefold()] = int(num)
        wd_names.append(str(name))

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key) or []]

    direction: dict[str, int] = {}
    for key, val in (("past", -1), ("past_before", -1), ("current", 0), ("current_before", 0),
                     ("future", 1), ("future_before", 1)):
        for w in words(key):
            direction[_norm(w)] = val
    units = {_norm(w): unit for unit, ws in (data.get("units") or {}).items() for w in ws}
    parts = {_norm(w): part for part, ws in (data.get("parts") or {}).items() for w in ws}
    halves = {_norm(w): HALF_CODES[h] for h, ws in (data.get("halves") or {}).items() for w in ws}
    quarters = {_norm(w): QUARTER_CODES[int(q)] for q, ws in (data.get("quarters") or {}).items() for w in ws}
    seasons = {_norm(str(w)): int(c) for w, c in (data.get("seasons") or {}).items()}
    days = {_norm(str(w)): int(v) for w, v in (data.get("days") or {}).items()}
    numbers = {_norm(str(w)): int(v) for w, v in (data.get("numbers") or {}).items()}
    ba = data.get("before_after") or {}

    MON = _cs(_alt(wide_months))
    MONA = _cs(_alt(wide_months + abbr_months)) + r"\.?"
    # a day with a month: wide names, and abbreviations with or without their dot ("Feb. 12", "12 Feb")
    MONS = _cs(_alt(wide_months + abbr_months))
    MOND = rf"{MONS}(?:\.(?=\s*\d))?"
    WD = _cs(_alt(wd_names))
    D_AFTER = _alt(words("past") + words("future") + words("current"))
    D_BEFORE = _alt(words("past_before") + words("future_before") + words("current_before"))
    UNIT = {u: _alt(ws) for u, ws in (data.get("units") or {}).items()}
    ALL_UNITS = _alt(units)
    OF = r"(?:\s+" + _alt(words("of_words")) + ")?"

    def unit_rel(unit_pat: str) -> str:
        return rf"(?:{unit_pat}s?\s+{D_AFTER}|{D_BEFORE}\s+{unit_pat})"

    YEAR_UNIT = UNIT.get("year", r"(?!x)x")
    MONTH_UNIT = UNIT.get("month", r"(?!x)x")
    YREF = rf"(?:(?P<yabs>(?:1[89]|20)\d{{2}})\b|(?P<yrel>{unit_rel(YEAR_UNIT)})|(?P<ybare>(?:the\s+)?{YEAR_UNIT})\b)"
    MREF = (rf"(?:(?P<mrel>{unit_rel(MONTH_UNIT)})|(?P<mname>{MON})(?:\s+(?P<my>(?:19|20)\d{{2}}))?"
            rf"|(?P<mbare>(?:the\s+)?{MONTH_UNIT})\b)")
    CLOCK = (rf"(?:\s*[-–,]?\s*(?:{_alt(words('clock_words'))}\s+)?\d{{1,2}}[:.]\d{{2}}(?!\d)"
             rf"(?:\s*{_cs(_alt(words('meridiem')))}(?![\w.]))?"
             rf"(?:\s*{_cs(_alt(words('zones')))}\b(?:\s*[+\-−]\d{{1,2}}(?::?\d{{2}})?(?!\d))?)?)?")
    WD_OPT = rf"(?:(?P<wd>{WD})\s*,?\s*(?:\(\s*)?)?"
    B = r"(?<![\w/-])"
    E = r"(?![\w/])"
    NUM = rf"(?:\d{{1,2}}|{_alt(numbers)})"
    RANGE = rf"(?:[-–—]|\s{_alt(words('range_words'))}\s)"
    MWORD = rf"(?:{_alt(words('month_word'))}\s+)?"
    SW = _alt(words("season_words"))
    SWB = _alt(words("season_words_before"))
    SPAN = r"(?P<sy1>(?:19|20)\d{2})\s*[-–/]\s*(?P<sy2>(?:19|20)\d{2}|\d{2})(?![\w/-])"

    raw_rules: list[tuple[str, str]] = [
        ("iso", rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}"),
        # a span of days: "16-17 Juni 2026", "30 Juni-1 Juli", "June 16-17, 2026", "16 hingga 17 Juni"
        ("range-dmy", rf"{B}(?P<d1>\d{{1,2}})(?:\s+(?P<mon1>{MONS}))?\s*{RANGE}\s*(?P<d2>\d{{1,2}})\s+(?P<mon>{MOND})"
                      rf"(?:\s+(?P<y>\d{{4}}))?{E}"),
        ("range-mdy", rf"{B}(?P<mon>{MOND})\s+(?P<d1>\d{{1,2}})\s*{RANGE}\s*(?:(?P<mon2>{MONS})\.?\s+)?(?P<d2>\d{{1,2}})"
                      rf"(?:,?\s+(?P<y>\d{{4}}))?{E}"),
        ("abs-dmy", rf"{B}{WD_OPT}(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MONA})\s+(?P<y>\d{{4}})\b\)?"
                    rf"{CLOCK}"),
        ("abs-mdy", rf"{B}{WD_OPT}(?P<mon>{MONA})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b{CLOCK}"),
        ("abs-numeric", rf"{B}{WD_OPT}\(?(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}})\)?{E}"),
        ("partial-numeric", rf"{B}(?:(?P<wd>{WD})\s*)?\((?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})\)"),
        ("weekend", rf"{B}(?:(?P<dir1>{D_BEFORE})\s+(?:the\s+)?{_alt(words('weekend'))}"
                    rf"|{_alt(words('weekend'))}\s+(?P<dir2>{D_AFTER})){E}"),
        # a season across two years: "the 2024-25 season", "in 2023-24", "musim 2024/2025"; "last season"
        ("season-span", rf"{B}(?:(?P<spre>{_alt(words('season_span_prefixes'))})\s+(?:the\s+)?|(?P<swb>{SWB})\s+)?"
                        rf"{SPAN}(?:\s+(?P<sw>{SW})s?)?{E}"),
        ("season-relative", rf"{B}(?P<srel>{D_BEFORE})\s+{SW}{E}"),
        # a season told by its year: "the 2025 season", "musim haji 2025"
        ("season-year", rf"{B}(?:(?:the\s+)?(?P<y1>(?:19|20)\d{{2}})\s+{SW}|{SWB}(?:\s+[a-z]+)?\s+(?P<y2>(?:19|20)\d{{2}})){E}"),
        ("half", rf"{B}(?:the\s+)?(?P<half>{_alt(halves)}){OF}(?:\s+{YREF})?{E}"),
        ("quarter", rf"{B}(?:the\s+)?(?P<q>{_alt(quarters)}){OF}(?:\s+{YREF})?{E}"),
        ("season", rf"{B}(?:(?P<sdir>{D_BEFORE})\s+)?(?P<season>{_alt(seasons)})(?:{OF}\s+(?P<sy>(?:19|20)\d{{2}}))?{E}"),
        ("part-month", rf"{B}(?P<part>{_alt(parts)})[\s-]*{OF}\s*{MREF}{E}"),
        ("part-year", rf"{B}(?P<part>{_alt(parts)})[\s-]*{OF}\s*{YREF}{E}"),
        ("day-month", rf"{B}{WD_OPT}(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MONS}){E}(?!\.?\s*\d)"),
        ("month-day", rf"{B}{WD_OPT}(?P<mon>{MOND})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{E}(?!,?\s*\d)"),
        ("month-year", rf"{B}{MWORD}(?P<mon>{MONA})\s+(?P<y>(?:1[89]|20)\d{{2}}){E}"),
        ("month-relative", rf"{B}(?:(?P<mdir1>{D_BEFORE})\s+{MWORD}(?P<mon1>{MON})"
                           rf"|{MWORD}(?P<mon2>{MON}){OF}\s+(?P<myrel>{unit_rel(YEAR_UNIT)})"
                           rf"|{MWORD}(?P<mon3>{MON})\s+(?P<mdir2>{D_AFTER})){E}"),
        # "in the coming weeks", "beberapa pekan ke depan": from the next day over a few such units
        ("coming", rf"{B}(?:{_alt(words('coming_before'))}\s+(?:{_alt(words('coming_few'))}\s+)?(?P<cunit1>{ALL_UNITS})s"
                   rf"|{_alt(words('coming_few'))}\s+(?P<cunit2>{ALL_UNITS})\s+{_alt(words('coming_after'))}){E}"),
        ("n-ago", rf"{B}(?P<n>{NUM})\s+(?P<unit>{ALL_UNITS})s?\s+(?P<dir>{_alt(words('ago') + words('ahead'))}){E}"),
        ("relative-unit", rf"{B}(?P<rel>{unit_rel(ALL_UNITS)}){E}"),
        ("weekday", rf"{B}(?:(?P<pre>{_alt(words('weekday_prefixes'))})\s+)?(?:(?P<wdir1>{D_BEFORE})\s+)?"
                    rf"(?P<wd>{WD})(?:\s+(?P<wdir2>{D_AFTER}))?{E}(?!\s*,?\s*\(?\d)"),
        ("month-bare", rf"{B}(?P<pre>{_alt(words('month_prefixes'))})\s+{MWORD}(?P<mon>{MON}){E}(?!\s*,?\s*\d)"),
        ("year-bare", rf"{B}(?P<pre>{_alt(words('year_prefixes'))})\s+(?P<y>(?:1[89]|20)\d{{2}}){E}(?![.,]\d)"),
        ("deictic", rf"{B}(?P<day>{_alt(days)}){E}"),
    ]
    rules = tuple((name, re.compile(p, re.IGNORECASE)) for name, p in raw_rules)
    return Lexicon(
        language=language, months=months, weekdays=weekdays, direction=direction, units=units, parts=parts,
        halves=halves, quarters=quarters, seasons=seasons, days=days, numbers=numbers,
        numeric_order=str(data.get("numeric_order", "dmy")),
        # "would have been sold": a past that did not happen, not a future
        future_re=re.compile(rf"{B}(?!{_alt(words('counterfactual'))}{E}){_alt(words('future_markers'))}{E}",
                             re.IGNORECASE),
        conditional_re=re.compile(rf"(?:^|[\"“‘'(,;:—–-]\s*){_alt(words('conditional_markers'))}{E}", re.IGNORECASE),
        told_re=re.compile(rf"{B}{_alt(words('telling_verbs'))}\s*,?(?:\s+[\w-]+){{0,2}}\s*,?\s*$", re.IGNORECASE),
        past_re=re.compile(rf"{B}{_alt(words('past_clause_markers'))}{E}", re.IGNORECASE),
        past_verb_re=(re.compile(rf"{B}(?P<verb>\w{{2,}}(?:{'|'.join(map(re.escape, words('past_verb_suffixes')))}))"
                                 rf"(?:\s+{_alt(words('past_verb_prepositions'))})?\s*$", re.IGNORECASE)
                      if words("past_verb_suffixes") else re.compile(r"(?!x)x")),
        before_re=re.compile(rf"{B}{_alt(ba.get('before') or [])}{E}", re.IGNORECASE),
        after_re=re.compile(rf"{B}{_alt(ba.get('after') or [])}{E}", re.IGNORECASE),
        not_past=frozenset(_norm(w) for w in words("not_past_verbs")),
        forward_re=re.compile(rf"{B}{_alt(words('forward_cues'))}\s*$", re.IGNORECASE),
        target_re=re.compile(rf"{B}{_alt(words('target_prepositions'))}\s*$", re.IGNORECASE),
        coordinator_re=re.compile(rf"\s{_alt(words('coordinators'))}\s", re.IGNORECASE),
        past_cue_re=re.compile(
            rf"{B}{_alt(words('past_clause_markers') + words('past_words') + words('telling_verbs'))}{E}"
            + (rf"|(?-i:\b(?<!-)(?P<edverb>[a-z][a-z]{{1,}}(?:{'|'.join(map(re.escape, words('past_verb_suffixes')))}))\b)"
               if words("past_verb_suffixes") else ""), re.IGNORECASE),
        tenseless_nearest=bool(data.get("tenseless_nearest")),
        tenseless_weekday_forward=bool(data.get("tenseless_weekday_forward")),
        split_season=cast("tuple[int, int]",
                          tuple(int(x) for x in (data.get("split_season") or {}).get("months") or (8, 5))),
        until_re=re.compile(rf"{B}{_alt(words('until_words'))}\s*$", re.IGNORECASE),
        counted_re=re.compile(
            rf"{B}(?P<n>\d{{1,2}}|{_alt(numbers)})\s+(?:{_alt(words('day_units'))})\s+"
            rf"(?:(?P<after>{_alt(ba.get('counted_after') or [])})|(?P<before>{_alt(ba.get('counted_before') or [])})){E}",
            re.IGNORECASE),
        that_year_re=re.compile(rf"^\s*,?\s*{_alt(words('that_year'))}{E}", re.IGNORECASE),
        since_re=re.compile(rf"{B}{_alt(words('since_words'))}\s*$", re.IGNORECASE),
        relative_re=re.compile(rf"\s{_alt(words('relative_openers'))}\s", re.IGNORECASE),
        span_join_re=re.compile(rf"^[\s,]*(?:{_alt(words('range_words') + words('until_words'))}|[-–—])[\s,]*$",
                                re.IGNORECASE),
        rules=rules,
    )


# ---------------------------------------------------------------------------------------
# date arithmetic and EDTF


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_part(y: int, m: int, part: str) -> tuple[str, str, bool]:
    last = calendar.monthrange(y, m)[1]
    if part == "early":
        return f"{_day(dt.date(y, m, 1))}/{_day(dt.date(y, m, 10))}", "part-month", False
    if part == "mid":
        return f"{_day(dt.date(y, m, 11))}/{_day(dt.date(y, m, 20))}", "part-month", False
    if part == "late":
        return f"{_day(dt.date(y, m, 21))}/{_day(dt.date(y, m, last))}", "part-month", False
    return _month(y, m), "month", False


def _year_part(y: int, part: str) -> tuple[str, str, bool]:
    if part == "early":
        return f"{y:04d}-33~", "quarter", True
    if part == "late":
        return f"{y:04d}-36~", "quarter", True
    if part == "mid":
        return f"{y:04d}~", "year", True
    return f"{y:04d}", "year", False


def _split_season(lex: Lexicon, first_year: int) -> str:
    """A season that runs across two years ("2024-25"): from the language's start month of the first year to
    its end month of the next (``split_season`` in time.yml; August to May, the European league season)."""
    start, end = lex.split_season
    return f"{_month(first_year, start)}/{_month(first_year + 1, end)}"


def _has_past_cue(text: str, lex: Lexicon) -> bool:
    """Whether a sentence is told in the past: a past marker or past form ("was", "said", "telah") or a verb in
    -ed that does not look forward ("charged", not "scheduled")."""
    for m in lex.past_cue_re.finditer(text):
        verb = m.groupdict().get("edverb")
        if verb is None:
            return True
        if _norm(verb) not in lex.not_past and not verb.endswith("eed") and len(verb) > 4:
            return True
    return False


def _week(anchor: dt.date, offset: int) -> str:
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
    return f"{_day(monday)}/{_day(monday + dt.timedelta(days=6))}"


# ---------------------------------------------------------------------------------------
# resolution


@dataclass(frozen=True)
class _Res:
    edtf: str
    precision: str
    approximate: bool = False
    relative: bool = True  # resolved against the anchor
    warning: str | None = None


class _Unanchored(Exception):
    """A relative expression with no anchor to resolve it against."""

    def __init__(self, precision: str) -> None:
        super().__init__(precision)
        self.precision = precision


@dataclass
class _Ctx:
    lex: Lexicon
    anchor: dt.date | None
    inferred: bool
    future: bool  # the sentence speaks of the future
    past: bool = True  # the sentence has a tense cue of the past (or the language marks none and so no rule applies)

    def need(self, precision: str) -> dt.date:
        if self.anchor is None:
            raise _Unanchored(precision)
        return self.anchor


def _dir_of(lex: Lexicon, text: str | None) -> int | None:
    if not text:
        return None
    return lex.direction.get(_norm(text))


def _rel_parts(lex: Lexicon, phrase: str) -> tuple[str | None, int]:
    """(unit, direction) of a unit_rel phrase such as "bulan lalu" or "next week"."""
    n = _norm(phrase)
    unit = None
    for w in sorted(lex.units, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(w)}s?(?!\w)", n):
            unit = lex.units[w]
            n = re.sub(rf"(?<!\w){re.escape(w)}s?(?!\w)", " ", n, count=1)
            break
    return unit, lex.direction.get(_norm(n), 0)


def _year_ref(ctx: _Ctx, m: re.Match[str]) -> int:
    if m.groupdict().get("yabs"):
        return int(m.group("yabs"))
    if m.groupdict().get("yrel"):
        _, d = _rel_parts(ctx.lex, m.group("yrel"))
        return ctx.need("year").year + d
    return ctx.need("year").year


def _weekday_warning(lex: Lexicon, wd: str | None, date: dt.date | None) -> str | None:
    if not wd or date is None:
        return None
    want = lex.weekdays.get(wd.casefold())
    if want is None or want == date.weekday():
        return None
    names = {v: k for k, v in lex.weekdays.items()}
    return f"weekday '{wd}' contradicts {date.isoformat()}, which is a {names.get(date.weekday(), '?').title()}"


def _numeric_dm(lex: Lexicon, a: int, b: int) -> tuple[int, int]:
    """(day, month) from two numbers in the language's order; an impossible month swaps them."""
    d, m = (a, b) if lex.numeric_order == "dmy" else (b, a)
    if m > 12 >= d:
        d, m = m, d
    return d, m


def _pick_year_for_day(ctx: _Ctx, m: int, d: int) -> dt.date | None:
    anchor = ctx.need("day")
    cand = _safe_date(anchor.year, m, d)
    if cand is None:
        return None
    if not ctx.future and not ctx.past and ctx.lex.tenseless_nearest:
        # no tense cue ("a trip to Newcastle on March 15"): the date of that day nearest the anchor, if within ~6 months
        near = min((c for c in (_safe_date(anchor.year + k, m, d) for k in (-1, 0, 1)) if c),
                   key=lambda c: abs((c - anchor).days))
        if abs((near - anchor).days) <= 183:
            return near
    if not ctx.future and cand > anchor + dt.timedelta(days=7):
        cand = _safe_date(anchor.year - 1, m, d)
    elif ctx.future and cand < anchor - dt.timedelta(days=7):
        cand = _safe_date(anchor.year + 1, m, d)
    return cand


def _month_year(ctx: _Ctx, month: int, direction: int | None) -> int:
    """The year of a month named without one: past by default, future in future sentences."""
    anchor = ctx.need("month")
    if direction is None and not ctx.future and not ctx.past and ctx.lex.tenseless_nearest:
        # no tense cue ("wukuf diperkirakan jatuh pada akhir Mei"): the month nearest the anchor, within ~6 months
        k = month - anchor.month
        k = k - 12 if k > 6 else k + 12 if k < -6 else k
        if abs(k) <= 6:
            return anchor.year + (anchor.month - 1 + k) // 12
    forward = direction == 1 or (direction is None and ctx.future)
    strict = direction is not None
    if forward:
        return anchor.year if (month > anchor.month or (month == anchor.month and not strict)) else anchor.year + 1
    return anchor.year if (month < anchor.month or (month == anchor.month and not strict)) else anchor.year - 1


def _weekday_date(ctx: _Ctx, wd: int, direction: int | None) -> dt.date:
    anchor = ctx.need("day")
    forward = direction == 1 or (direction is None and (
        ctx.future or (not ctx.past and ctx.lex.tenseless_weekday_forward)))
    # an explicit "lalu"/"last"/"depan"/"next" skips the anchor day itself, unless the anchor
    # was inferred (then the publication date is only known to be on or after it)
    strict = direction in (-1, 1) and not ctx.inferred
    if forward:
        delta = (wd - anchor.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - wd) % 7
    if delta == 0 and strict:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _day_range(ctx: _Ctx, g: dict[str, str | None]) -> _Res | None:
    """"16-17 Juni 2026", "30 Juni-1 Juli", "June 16-17": an EDTF interval of days (precision day).
    Without a year, the first day's year is picked as for a single day and the last follows it."""
    lex = ctx.lex
    mon = lex.months.get((g.get("mon") or "").rstrip(".").casefold())
    first_mon = lex.months.get((g.get("mon1") or "").rstrip(".").casefold()) or mon
    last_mon = lex.months.get((g.get("mon2") or "").rstrip(".").casefold()) or mon
    if g.get("mon2"):  # "June 30-July 1": the named month is the first one
        first_mon = mon
    if not first_mon or not last_mon:
        return None
    d1, d2 = int(cast(str, g["d1"])), int(cast(str, g["d2"]))
    if g.get("y"):
        y2 = int(cast(str, g["y"]))
        y1 = y2 - 1 if first_mon > last_mon else y2
        start, relative = _safe_date(y1, first_mon, d1), False
    else:
        start, relative = _pick_year_for_day(ctx, first_mon, d1), True
        if start is None:
            return None
        y2 = start.year + 1 if first_mon > last_mon else start.year
    end = _safe_date(y2, last_mon, d2)
    if start is None or end is None or not start < end or (end - start).days > 31:
        return None
    return _Res(f"{_day(start)}/{_day(end)}", "day", relative=relative)


def _resolve(rule: str, m: re.Match[str], ctx: _Ctx) -> _Res | None:
    lex = ctx.lex
    g = m.groupdict()
    if rule == "iso":
        date = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _Res(_day(date), "day", relative=False) if date else None
    if rule in ("abs-dmy", "abs-mdy"):
        mon = lex.months.get(g["mon"].rstrip(".").casefold())
        date = _safe_date(int(g["y"]), mon, int(g["d"])) if mon else None
        if not date:
            return None
        return _Res(_day(date), "day", relative=False, warning=_weekday_warning(lex, g.get("wd"), date))
    if rule == "abs-numeric":
        d, mo = _numeric_dm(lex, int(g["a"]), int(g["b"]))
        date = _safe_date(int(g["y"]), mo, d)
        if not date:
            return None
        return _Res(_day(date), "day", relative=False, warning=_weekday_warning(lex, g.get("wd"), date))
    if rule in ("range-dmy", "range-mdy"):
        return _day_range(ctx, g)
    if rule == "partial-numeric":
        d, mo = _numeric_dm(lex, int(g["a"]), int(g["b"]))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        date = _pick_year_for_day(ctx, mo, d)
        if not date:
            return None
        return _Res(_day(date), "day", warning=_weekday_warning(lex, g.get("wd"), date))
    if rule in ("day-month", "month-day"):
        mon = lex.months.get(g["mon"].rstrip(".").casefold())
        date = _pick_year_for_day(ctx, mon, int(g["d"])) if mon else None
        if not date:
            return None
        return _Res(_day(date), "day", warning=_weekday_warning(lex, g.get("wd"), date))
    if rule == "month-year":
        mon = lex.months.get(g["mon"].rstrip(".").casefold())
        return _Res(_month(int(g["y"]), mon), "month", relative=False) if mon else None
    if rule == "weekend":
        direction = _dir_of(lex, g.get("dir1") or g.get("dir2")) or 0
        anchor = ctx.need("day")
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=direction)
        return _Res(_day(monday + dt.timedelta(days=5)) + "~", "day", approximate=True)
    if rule == "season-span":
        if not (g.get("sw") or g.get("swb") or (g.get("spre") and len(g["sy2"]) == 2)):
            return None  # "from 2019-2020" is a span of years, not a season
        y1 = int(g["sy1"])
        y2 = int(g["sy2"]) if len(g["sy2"]) == 4 else y1 // 100 * 100 + int(g["sy2"])
        if y2 != y1 + 1:
            return None
        return _Res(_split_season(lex, y1), "season", relative=False)
    if rule == "season-relative":
        anchor = ctx.need("season")
        start, end = lex.split_season
        # the season under way at the anchor, or the last one ended before it (between seasons)
        cur = anchor.year if anchor.month >= start else anchor.year - 1
        in_season = anchor.month >= start or anchor.month <= end
        d = _dir_of(lex, g["srel"]) or 0
        if d == -1 and not in_season:
            d = 0
        return _Res(_split_season(lex, cur + d), "season")
    if rule == "season-year":
        return _Res(f"{int(cast(str, g.get('y1') or g.get('y2'))):04d}", "year", relative=False)
    if rule == "half":
        year = _year_ref(ctx, m)
        return _Res(f"{year:04d}-{lex.halves[_norm(g['half'])]}", "half-year", relative=not g.get("yabs"))
    if rule == "quarter":
        year = _year_ref(ctx, m)
        return _Res(f"{year:04d}-{lex.quarters[_norm(g['q'])]}", "quarter", relative=not g.get("yabs"))
    if rule == "season":
        if not g.get("sdir") and not g.get("sy"):
            return None
        code = lex.seasons[_norm(g["season"])]
        if g.get("sy"):
            return _Res(f"{int(g['sy']):04d}-{code}", "season", relative=False)
        anchor = ctx.need("season")
        d = _dir_of(lex, g["sdir"]) or 0
        # the season the anchor falls in (winter = Dec-Feb, counted in the year it starts)
        cur_code = {12: 24, 1: 24, 2: 24, 3: 21, 4: 21, 5: 21, 6: 22, 7: 22, 8: 22}.get(anchor.month, 23)
        cur_year = anchor.year - 1 if anchor.month <= 2 else anchor.year
        year = cur_year
        if d == -1 and code >= cur_code:
            year -= 1
        elif d == 1 and code <= cur_code:
            year += 1
        return _Res(f"{year:04d}-{code}", "season")
    if rule == "part-month":
        part = lex.parts[_norm(g["part"])]
        if g.get("mname"):
            mon = lex.months[g["mname"].casefold()]
            if g.get("my"):
                e, p, a = _month_part(int(g["my"]), mon, part)
                return _Res(e, p, a, relative=False)
            y = _month_year(ctx, mon, None)
            e, p, a = _month_part(y, mon, part)
            return _Res(e, p, a)
        anchor = ctx.need("month")
        d = _rel_parts(lex, g["mrel"])[1] if g.get("mrel") else 0
        y, mo = _add_months(anchor.year, anchor.month, d)
        e, p, a = _month_part(y, mo, part)
        return _Res(e, p, a)
    if rule == "part-year":
        part = lex.parts[_norm(g["part"])]
        year = _year_ref(ctx, m)
        e, p, a = _year_part(year, part)
        return _Res(e, p, a, relative=not g.get("yabs"))
    if rule == "month-relative":
        mon = lex.months[cast(str, g.get("mon1") or g.get("mon2") or g.get("mon3")).casefold()]
        if g.get("myrel"):
            anchor = ctx.need("month")
            return _Res(_month(anchor.year + _rel_parts(lex, g["myrel"])[1], mon), "month")
        mdir = _dir_of(lex, g.get("mdir1") or g.get("mdir2"))
        if mdir == 0:
            return _Res(_month(ctx.need("month").year, mon), "month")
        return _Res(_month(_month_year(ctx, mon, mdir), mon), "month")
    if rule == "n-ago":
        n_text = _norm(g["n"])
        n = int(n_text) if n_text.isdigit() else lex.numbers.get(n_text)
        unit = lex.units.get(_norm(g["unit"]).rstrip("s")) or lex.units.get(_norm(g["unit"]))
        if n is None or unit is None:
            return None
        sign = -1 if _norm(g["dir"]) in {_norm(w) for w in lang.load(lex.language, "time").get("ago") or []} else 1
        anchor = ctx.need(unit)
        if unit == "day":
            return _Res(_day(anchor + dt.timedelta(days=sign * n)), "day")
        if unit == "week":
            return _Res(_week(anchor, sign * n), "week")
        if unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, sign * n)
            return _Res(_month(y, mo), "month")
        return _Res(f"{anchor.year + sign * n:04d}", "year")
    if rule == "coming":
        unit = lex.units.get(_norm(g.get("cunit1") or g.get("cunit2") or ""))
        if unit is None:
            return None
        anchor = ctx.need(unit)
        days, precision = {"day": (7, "week"), "week": (28, "month"), "month": (90, "quarter"),
                           "year": (3 * 365, "year")}[unit]
        first = anchor + dt.timedelta(days=1)
        return _Res(f"{_day(first)}/{_day(anchor + dt.timedelta(days=days))}", precision, approximate=True)
    if rule == "relative-unit":
        unit, d = _rel_parts(lex, g["rel"])
        if unit is None:
            return None
        anchor = ctx.need(unit)
        if unit == "day":
            return _Res(_day(anchor + dt.timedelta(days=d)), "day")
        if unit == "week":
            return _Res(_week(anchor, d), "week")
        if unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, d)
            return _Res(_month(y, mo), "month")
        return _Res(f"{anchor.year + d:04d}", "year")
    if rule == "weekday":
        wd = lex.weekdays[g["wd"].casefold()]
        wdir = _dir_of(lex, g.get("wdir1") or g.get("wdir2"))
        return _Res(_day(_weekday_date(ctx, wd, wdir)), "day")
    if rule == "month-bare":
        mon = lex.months[g["mon"].casefold()]
        return _Res(_month(_month_year(ctx, mon, None), mon), "month")
    if rule == "year-bare":
        return _Res(f"{int(g['y']):04d}", "year", relative=False)
    if rule == "deictic":
        anchor = ctx.need("day")
        return _Res(_day(anchor + dt.timedelta(days=lex.days[_norm(g["day"])])), "day")
    return None


def _scan(text: str, lex: Lexicon) -> list[tuple[str, re.Match[str]]]:
    """Rule matches in a text, earlier rules claiming their spans first, in text order."""
    taken: list[tuple[int, int]] = []
    hits: list[tuple[str, re.Match[str]]] = []
    for name, rx in lex.rules:
        for m in rx.finditer(text):
            a, b = m.span()
            if b <= a or any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            hits.append((name, m))
    hits.sort(key=lambda h: h[1].start())
    return hits


def _parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def normalise_times(
    text: str,
    sentences: tuple[Sentence, ...],
    language: str,
    anchor: str | None,
    anchor_inferred: bool = False,
) -> tuple[TimeExpr, ...]:
    """Every time expression of an article, normalised to EDTF (offsets index ``text``)."""
    lex = lexicon(language)
    anchor_date = _parse_anchor(anchor)
    anchor_iso = anchor_date.isoformat() if anchor_date else None
    out: list[TimeExpr] = []
    told_year: int | None = None  # the year the text told last ("The 2001 outbreak ... in March of that year")
    for s in sentences:
        future = bool(lex.future_re.search(s.text) or lex.conditional_re.search(s.text))
        past = _has_past_cue(s.text, lex)
        quotes = [(q.start(), q.end()) for q in _QUOTE_RE.finditer(s.text)]
        found: list[TimeExpr] = []
        for rule, m in _scan(s.text, lex):
            ctx = _Ctx(lex, anchor_date, anchor_inferred, future=_speaks_of_future(s.text, m, rule, lex, future, quotes),
                       past=past)
            first = (s.text[m.start():m.end()].split() or [""])[0]
            if not rule.startswith("weekday") and (lex.until_re.search(s.text[max(0, m.start() - 30):m.start()])
                                                   or lex.until_re.search(first)):
                # "hingga 19 Juni", "until June 30": a span's end or a deadline, the nearest such date in any tense
                ctx = _Ctx(lex, anchor_date, anchor_inferred, future=False, past=False)
            elif lex.since_re.search(s.text[max(0, m.start() - 30):m.start()]) or lex.since_re.search(first):
                # "in place since Sunday", "sejak Senin": the start of a state that holds now, behind the anchor
                ctx = _Ctx(lex, anchor_date, anchor_inferred, future=False, past=True)
            a, b = m.span()  # a leading preposition ("pada Rabu", "on Wednesday") stays in the phrase
            phrase = s.text[a:b].strip(" ,(")
            a = s.text.index(phrase, a) if phrase else a
            b = a + len(phrase)
            try:
                res = _resolve(rule, m, ctx)
            except _Unanchored as exc:
                found.append(TimeExpr(phrase=phrase, start=s.start + a, end=s.start + b, sentence=s.index, edtf="",
                                      precision=exc.precision, approximate=False, anchor=None,
                                      anchor_inferred=anchor_inferred, rule=rule,
                                      warning="no anchor: the publication date is unknown"))
                continue
            if res is None:
                continue
            found.append(TimeExpr(
                phrase=phrase, start=s.start + a, end=s.start + b, sentence=s.index, edtf=res.edtf,
                precision=res.precision, approximate=res.approximate,
                anchor=anchor_iso if res.relative else None,
                anchor_inferred=anchor_inferred if res.relative else False, rule=rule, warning=res.warning,
            ))
        found.extend(_before_after(s, lex, found))
        found.extend(_counted_days(s, lex, found))
        # years printed in the sentence, as times or not ("The 2001 outbreak")
        printed = [(s.start + m.start(), int(m.group(0))) for m in _PRINTED_YEAR.finditer(s.text)]
        for x in sorted(found, key=lambda t: t.start):
            year = re.match(r"(\d{4})", x.edtf or "")
            before = [y for pos, y in printed if pos < x.start]
            ref = before[-1] if before else told_year
            if x.rule in ("month-bare", "day-month", "month-day") and ref is not None and year \
                    and lex.that_year_re.match(s.text[x.end - s.start:]):
                found[found.index(x)] = replace(x, edtf=str(ref) + x.edtf[4:], anchor=None, rule=f"{x.rule}+that-year")
        if printed:
            told_year = printed[-1][1]
        out.extend(_join_spans(s, lex, sorted(found, key=lambda t: (t.start, -t.end))))
    return tuple(out)


_PRINTED_YEAR = re.compile(r"(?<![\d,.:/-])(?:19|20)\d{2}(?![\d,.:/-]\d)")
_QUOTE_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]")


def _speaks_of_future(text: str, m: re.Match[str], rule: str, lex: Lexicon, sentence_future: bool,
                      quotes: list[tuple[int, int]]) -> bool:
    """Whether a time expression looks forward. The sentence speaks of the future (a future
    marker, or a condition: "If the minister comes on Monday, we ..."); a direct quote with a
    future marker or a condition of its own looks forward whatever the reporting verb around it;
    a weekday told right after a verb of saying ("said on Monday", "ujarnya, Senin") is the day
    of the telling, in the past."""
    a, b = m.span()
    if rule == "weekday" and lex.told_re.search(text[max(0, a - 40):a]):
        return False
    if lex.forward_re.search(text[max(0, a - 40):a]):
        return True  # "postponed to April 16", "ditunda hingga Senin": the day it was moved to is ahead
    for qa, qb in quotes:
        if qa <= a and b <= qb:
            inner = text[qa + 1:qb - 1]
            if lex.future_re.search(inner) or lex.conditional_re.search(inner):
                return True
    if sentence_future and _told_in_the_past(text, a, lex):
        return False
    return sentence_future


_CLAUSE_PUNCT = re.compile(r"[,;:()—–]")


def _told_in_the_past(text: str, a: int, lex: Lexicon) -> bool:
    """A time in a clause of its own that is told in the past, in a sentence that otherwise speaks of
    the future: "Vergara, who negotiated the agreement signed on January 9, is due to appear on Tuesday"
    (January 9 looks back). The clause runs between punctuation marks; it must hold no future marker
    and either a past marker ("had", "telah") or a past verb right before the time ("signed on")."""
    lo = max((m.end() for m in _CLAUSE_PUNCT.finditer(text, 0, a)), default=0)
    nxt = _CLAUSE_PUNCT.search(text, a)
    hi = nxt.start() if nxt else len(text)
    # coordinated verb phrases are clauses of their own: "underwent surgery on Wednesday night and is expected to
    # recover" (the surgery looks back)
    lo = max((m.end() for m in lex.coordinator_re.finditer(text, lo, a)), default=lo)
    # so is a relative clause ("will see a credit ... for the advisory that left the city without water in March")
    lo = max((m.start() for m in lex.relative_re.finditer(text, lo, a)), default=lo)
    after = lex.coordinator_re.search(text, a, hi)
    clause = text[lo:after.start() if after else hi]
    if lex.future_re.search(clause) or lex.conditional_re.search(clause):
        return False
    if lex.past_re.search(clause):
        return True
    m = lex.past_verb_re.search(text[lo:a])
    if m and _norm(m.group("verb")) not in lex.not_past:
        return True
    # a past form before the time in its clause ("underwent surgery at the hospital on Wednesday", "the
    # firefighter injured near the town early on Wednesday, ...")
    return not lex.target_re.search(text[lo:a]) and _has_past_cue(text[lo:a], lex)


def _join_spans(s: Sentence, lex: Lexicon, found: list[TimeExpr]) -> list[TimeExpr]:
    """"sejak Sabtu (6/6/2026) hingga Jumat (19/6/2026)", "from June 6 until June 19": two resolved days joined by a
    range word are one span of days (EDTF interval)."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        x = found[i]
        y = found[i + 1] if i + 1 < len(found) else None
        bx, by = edtf_bounds(x.edtf), edtf_bounds(y.edtf) if y is not None else None
        if (y is not None and bx is not None and by is not None and bx[0] == bx[1] and by[0] == by[1]
                and bx[0] < by[0] and (by[0] - bx[0]).days <= 366 and y.start >= x.end
                and (lex.span_join_re.match(s.text[x.end - s.start:y.start - s.start])
                     or (not s.text[x.end - s.start:y.start - s.start].strip(" ,")
                         and lex.until_re.search((y.phrase.split() or [""])[0])))):
            out.append(TimeExpr(
                phrase=s.text[x.start - s.start:y.end - s.start], start=x.start, end=y.end, sentence=s.index,
                edtf=f"{bx[0].isoformat()}/{by[0].isoformat()}", precision="day", approximate=False,
                anchor=x.anchor or y.anchor, anchor_inferred=x.anchor_inferred or y.anchor_inferred,
                rule=f"span:{x.rule}+{y.rule}", warning=x.warning or y.warning))
            i += 2
            continue
        out.append(x)
        i += 1
    return out


def _before_after(s: Sentence, lex: Lexicon, found: list[TimeExpr]) -> list[TimeExpr]:
    """"beberapa hari sebelum X pada Februari 2022": X's time, approximate, as its own phrase."""
    extra: list[TimeExpr] = []
    for rx, word in ((lex.before_re, "before"), (lex.after_re, "after")):
        for m in rx.finditer(s.text):
            start = s.start + m.start()
            target = next((t for t in found if t.start >= start and t.start - start <= 120 and t.edtf), None)
            if target is None:
                continue
            edtf = target.edtf if target.edtf.endswith("~") or "/" in target.edtf else target.edtf + "~"
            extra.append(TimeExpr(
                phrase=s.text[m.start(): target.end - s.start], start=start, end=target.end, sentence=s.index,
                edtf=edtf, precision=target.precision, approximate=True, anchor=target.anchor,
                anchor_inferred=target.anchor_inferred, rule=f"days-{word}+{target.rule}", warning=target.warning,
            ))
    return extra


def _counted_days(s: Sentence, lex: Lexicon, found: list[TimeExpr]) -> list[TimeExpr]:
    """"imunisasi dimulai Senin (2/3/2026), empat hari setelah Kemenkes menetapkan KLB", "on Monday, two days
    before the vote": the happening told after the phrase lies that many days before (or after) the last day the
    sentence told before it, unless a time of its own follows."""
    extra: list[TimeExpr] = []
    for m in lex.counted_re.finditer(s.text):
        start = s.start + m.start()
        if any(t.start >= s.start + m.end() and t.edtf for t in found):
            continue  # "two days before the vote on 4 March": the vote's own time is told
        ref = max((t for t in found if t.end <= start and t.precision == "day" and t.edtf
                   and not t.approximate and "/" not in t.edtf), key=lambda t: t.start, default=None)
        n_text = _norm(m["n"])
        n = int(n_text) if n_text.isdigit() else lex.numbers.get(n_text)
        if ref is None or n is None:
            continue
        day = dt.date.fromisoformat(ref.edtf) + dt.timedelta(days=-n if m["after"] else n)
        extra.append(TimeExpr(
            phrase=m.group(0), start=start, end=s.start + m.end(), sentence=s.index, edtf=day.isoformat(),
            precision="day", approximate=False, anchor=ref.anchor, anchor_inferred=ref.anchor_inferred,
            rule=f"counted-{'after' if m['after'] else 'before'}+{ref.rule}", warning=None))
    return extra


def infer_anchor(text: str, sentences: tuple[Sentence, ...], language: str) -> str | None:
    """The article's own latest full date (ISO), for when its publication date is unknown.

    Full dates ("4 Februari 2026", "Rabu (4/2/2026)") count first. Failing those, a weekday with
    a day and month ("Rabu (4/02)") is dated to a year the article mentions in which that day
    falls on that weekday. ``None`` when the article gives neither.
    """
    lex = lexicon(language)
    full: list[dt.date] = []
    partial: list[tuple[int, int, int]] = []  # (day, month, weekday)
    for s in sentences:
        for rule, m in _scan(s.text, lex):
            g = m.groupdict()
            if rule in ("iso", "abs-dmy", "abs-mdy", "abs-numeric"):
                res = _resolve(rule, m, _Ctx(lex, None, False, False))
                if res and not res.warning:
                    full.append(dt.date.fromisoformat(res.edtf))
            elif rule in ("partial-numeric", "day-month", "month-day") and g.get("wd"):
                if rule == "partial-numeric":
                    d, mo = _numeric_dm(lex, int(g["a"]), int(g["b"]))
                else:
                    d, mo = int(g["d"]), lex.months.get(g["mon"].rstrip(".").casefold(), 0)
                partial.append((d, mo, lex.weekdays[g["wd"].casefold()]))
    if full:
        return max(full).isoformat()
    years = sorted({int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)}, reverse=True)
    for d, mo, wd in partial:
        for y in years:
            date = _safe_date(y, mo, d)
            if date and date.weekday() == wd:
                return date.isoformat()
    return None


def format_date(edtf: str | None, precision: str | None, language: str = "en") -> str:
    """A short human label for an EDTF date: "4 Feb 2026", "Sep 2025", "H1 2026", "~2025"."""
    if not edtf:
        return "?"
    approx = "~" if edtf.endswith("~") else ""
    core = edtf.rstrip("~")
    loc = (lang.load(language, "time") or {}).get("babel_locale", language)
    if "/" in core:
        a, b = core.split("/", 1)
        return f"{format_date(a, 'day', language)} – {format_date(b, 'day', language)}"
    parts = core.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{approx}{year}"
        code = int(parts[1])
        if code > 12:
            label = {40: "H1", 41: "H2", 33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4"}.get(code)
            if label is None and code in SEASON_CODES:
                label = ("Spring", "Summer", "Autumn", "Winter")[code - 21]
            return f"{approx}{label or code} {year}"
        month = str(babel_dates.get_month_names("abbreviated", locale=loc)[code]).rstrip(".")
        if len(parts) == 2:
            return f"{approx}{month} {year}"
        return f"{approx}{int(parts[2])} {month} {year}"
    except (ValueError, KeyError, IndexError):
        return edtf


def edtf_bounds(edtf: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an EDTF date (of the forms this module writes) may mean."""
    if not edtf:
        return None
    core = edtf.replace("~", "").replace("?", "")
    if "/" in core:
        a, b = (edtf_bounds(p) for p in core.split("/", 1))
        return (a[0], b[1]) if a and b else None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", core)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2) is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    code = int(m.group(2))
    spans = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14), 33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12),
             40: (1, 6), 41: (7, 12)}
    if code in spans:
        first_mon, last_mon = spans[code]
        yb, mb = _add_months(y, 1, last_mon - 1)
        return dt.date(y, first_mon, 1), dt.date(yb, mb, calendar.monthrange(yb, mb)[1])
    if not 1 <= code <= 12:
        return None
    if m.group(3) is None:
        return dt.date(y, code, 1), dt.date(y, code, calendar.monthrange(y, code)[1])
    day = _safe_date(y, code, int(m.group(3)))
    return (day, day) if day else None

