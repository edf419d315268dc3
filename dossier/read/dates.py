"""Publication dates in header lines ("5 February 2026 10:13", "Kamis, 5 Februari 2026 - 8:56 WIB").

Only for article metadata; time expressions in the body are the normaliser's job
(``dossier.extract.timex``). Month names come from CLDR through Babel, for every language
that has a data folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from dossier import lang


@cache
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for tag in lang.languages():
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                try:
                    table = get_month_names(width, ctx, locale=tag)
                except Exception:
                    continue
                for num, name in table.items():
                    names[name.lower().rstrip(".")] = num
    names["sept"] = 9
    return names


@cache
def _zones() -> dict[str, str]:
    zones: dict[str, str] = {}
    for tag in lang.languages():
        zones.update(lang.load(tag, "reader").get("time_zones") or {})
    return zones


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    zone = "|".join(sorted((re.escape(z) for z in _zones()), key=len, reverse=True)) or "UTC"
    time = rf"(?:\s*[-–—,|•]?\s*(?:pukul\s+|at\s+)?(?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?P<tz>(?:GMT|UTC)[+-]\d{{1,2}}(?::?\d{{2}})?|{zone}))?)?"
    # "14 March 2026", "14th March 2026", "the 3rd of March 2026"; "March 14, 2026", "March 14th, 2026"
    dmy = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}}){time}",
                     re.IGNORECASE)
    mdy = re.compile(rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){time}", re.IGNORECASE)
    return dmy, mdy


_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b(?:,?\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})"
                      r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s*(?P<tz>[A-Z]{2,4}))?)?")
# "22.05.2026, 09:15": a European dotted date, day first
_DOTTED = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b(?:,?\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2}))?")
# US time zones: a numeric date stamped with one is month first ("03/12/2026 02:15 PM ET")
_US_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"})


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _iso(y: int, m: int, d: int, h: str | None, mi: str | None, ampm: str | None, tz: str | None) -> str | None:
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if h is not None and mi is not None:
        hour = int(h)
        if ampm:
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        if hour > 23 or int(mi) > 59:
            return out
        out += f"T{hour:02d}:{int(mi):02d}:00"
        if tz:
            gmt = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?", tz)
            if gmt:
                offset = f"{gmt[1]}{int(gmt[2]):02d}:{gmt[3] or '00'}"
            else:
                offset = "+00:00" if tz == "Z" else _zones().get(tz.upper(), tz if tz[0] in "+-" else "")
            if offset and ":" not in offset:
                offset = offset[:3] + ":" + offset[3:]
            out += offset
    return out


def find_date(text: str) -> FoundDate | None:
    """The first full calendar date in ``text`` (a header line), as ISO 8601."""
    months = _months()
    found: list[FoundDate] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            iso = _iso(int(m["y"]), months[m["m"].lower().rstrip(".")], int(m["d"]), m["h"], m["mi"], m["ampm"], m["tz"])
            if iso:
                found.append(FoundDate(iso, m.start(), m.end()))
    for m in _ISO.finditer(text):
        iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]), m["h"], m["mi"], None, m["tz"])
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    for m in _NUMERIC.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        # day first, as in most of the world; month first when the day-first reading is impossible or the stamp
        # is American (a US time zone, or a 12-hour clock with AM/PM)
        if (mo > 12 and d <= 12) or (d <= 12 and (m["tz"] in _US_ZONES or m["ampm"])):
            d, mo = mo, d
        tz = m["tz"] if m["tz"] not in _US_ZONES else None
        iso = _iso(int(m["y"]), mo, d, m["h"], m["mi"], m["ampm"], tz)
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    for m in _DOTTED.finditer(text):
        iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]), m["h"], m["mi"], None, None)
        if iso:
            found.append(FoundDate(iso, m.start(), m.end()))
    return min(found, key=lambda f: (f.start, -f.end)) if found else None


def month_day(text: str) -> str | None:
    """'MELBOURNE, Feb 18 (Wire)' -> '02-18': a day and month with no year (a wire dateline), as MM-DD."""
    months = _months()
    for m in re.finditer(r"\b(?P<m>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2})\b(?!\s*,?\s*\d{4})|\b(?P<d2>\d{1,2})\s+(?P<m2>[^\W\d_]{3,9})\b(?!\.?\s+\d{4})",
                         text):
        name = (m["m"] or m["m2"]).lower()
        day = int(m["d"] or m["d2"])
        if name in months and 1 <= day <= 31:
            return f"{months[name]:02d}-{day:02d}"
    return None
