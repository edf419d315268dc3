"""Event mentions: sentences that tie a happening (a call, a visit, a summit ...) to a time.

Trigger words per kind come from ``dossier/lang/<tag>/events.yml``. For each trigger in a
sentence the nearest resolved time expression of that sentence is its time. A sentence with no
time of its own gets one only when it clearly points back at an event the article has just
dated: a back-reference ("percakapan tersebut", "the call") together with a same-time phrase
("beberapa jam setelah", "hours after", "di saat"); the happening it introduces then takes that
event's time, and the rule records how ("linked:...").

Participants are the ``Mention.key`` of the people, organisations and places of the trigger's
part of the sentence: names before the first trigger (the subject) belong to every trigger, the
others to the nearest trigger. A trigger with no people or organisations borrows those of the
previous sentence of the same paragraph (the subject told there, "Pernyataan tersebut
disampaikan dalam percakapan video ..."). The place is a place named after a place
preposition ("di Beijing", "in Abu Dhabi"), preferring cities.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from dossier import lang
from dossier.extract.timex import edtf_bounds
from dossier.model import EventMention, Mention, Sentence, TimeExpr

B = r"(?<![\w-])"
E = r"(?![\w-])"


def _phrase_re(phrase: str, suffix: bool) -> str:
    parts = [p.strip() for p in phrase.split("…")]
    words = [re.escape(p).replace(r"\ ", r"\s+") for p in parts if p]
    body = r"(?:\s+\S+){0,4}?\s+".join(words)
    return body + (r"(?:nya)?" if suffix else "")


def _alt(words: list[str]) -> str:
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


@dataclass(frozen=True)
class Kind:
    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...]
    requires: re.Pattern[str] | None
    absorbs: bool
    prefer: tuple[str, ...]
    place_after: bool  # the place is the object of the trigger: "mengunjungi Moskow", "visited Moscow"
    speech: bool = False  # a telling ("menyatakan", "announced"): gives way to the happening it tells of


@dataclass(frozen=True)
class EventLexicon:
    kinds: tuple[Kind, ...]
    anaphora_after: re.Pattern[str]
    anaphora_before: re.Pattern[str]
    same_time: re.Pattern[str]
    place_preps: re.Pattern[str]
    planned: re.Pattern[str]
    barriers: re.Pattern[str]
    clauses: re.Pattern[str]
    groups: dict[str, str]
    collective: re.Pattern[str]  # "the unions", "kedua pihak": organisations the article has named


@cache
def event_lexicon(language: str) -> EventLexicon:
    """Compiled trigger patterns of one language (cached)."""
    data = lang.load(language, "events") or lang.load("en", "events")
    suffix = language == "id"
    kinds = []
    for name, spec in (data.get("kinds") or {}).items():
        triggers = [str(t) for t in spec.get("triggers") or []]
        pats = [_phrase_re(t, suffix) for t in sorted(triggers, key=len, reverse=True)]
        pats += [str(p) for p in spec.get("patterns") or []]
        if not pats:
            continue
        rx = re.compile(B + "(?:" + "|".join(pats) + ")" + E, re.IGNORECASE)
        req = spec.get("requires")
        kinds.append(Kind(
            name=str(name), regex=rx, triggers=tuple(t.casefold() for t in triggers),
            requires=re.compile(B + _alt([str(w) for w in req]) + E, re.IGNORECASE) if req else None,
            absorbs=bool(spec.get("absorbs")),
            prefer=tuple(spec.get("prefer") or ("person", "organization", "place")),
            place_after=bool(spec.get("place_after")),
            speech=bool(spec.get("speech")),
        ))

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(B + _alt([str(w) for w in data.get(key) or []]) + E, re.IGNORECASE)

    return EventLexicon(
        kinds=tuple(kinds), anaphora_after=rx("anaphora_after"), anaphora_before=rx("anaphora_before"),
        same_time=rx("same_time"), place_preps=rx("place_prepositions"), planned=rx("planned_markers"),
        barriers=rx("barriers"), clauses=rx("clause_markers"),
        groups={str(k): "+".join(map(str, g)) for g in data.get("merge_groups") or [] for k in g},
        collective=rx("collective_references"),
    )


@dataclass(frozen=True)
class _Trigger:
    kind: Kind
    start: int  # offsets within the sentence
    end: int
    text: str

    @property
    def canonical(self) -> str:
        """The trigger as listed in the data (lower case), or the matched text."""
        t = re.sub(r"\s+", " ", self.text).casefold()
        if t.endswith("nya") and t[:-3] in self.kind.triggers:
            t = t[:-3]
        return t if t in self.kind.triggers else re.sub(r"\s+", " ", self.text).casefold()


def _triggers(sentence: str, lex: EventLexicon) -> list[_Trigger]:
    """Non-overlapping triggers of a sentence, the longest match winning."""
    cands: list[_Trigger] = []
    for kind in lex.kinds:
        if kind.requires is not None and not kind.requires.search(sentence):
            continue
        for m in kind.regex.finditer(sentence):
            cands.append(_Trigger(kind, m.start(), m.end(), m.group(0)))
    # the longest match wins; among equals a kind that needs context words ("strike" among workers) wins
    cands.sort(key=lambda t: (-(t.end - t.start), t.start, t.kind.requires is None))
    chosen: list[_Trigger] = []
    for t in cands:
        if all(t.end <= c.start or c.end <= t.start for c in chosen):
            chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    # a telling followed by the happening it tells of ("menyatakan telah meneruskan laporan",
    # "announced it had filed a complaint"): the happening is the event
    cuts = [m.start() for m in lex.clauses.finditer(sentence)]

    def same_clause(a: _Trigger, b: _Trigger) -> bool:
        return not any(a.end <= c <= b.start for c in cuts)

    chosen = [t for i, t in enumerate(chosen)
              if not (t.kind.speech and any(not o.kind.speech and same_clause(t, o) for o in chosen[i + 1:]))]
    # an anniversary absorbs the happening it commemorates ("peringatan ... dimulainya kampanye militer")
    out: list[_Trigger] = []
    absorb_until = -1
    for t in chosen:
        if t.start < absorb_until:
            continue
        out.append(t)
        if t.kind.absorbs:
            absorb_until = t.end + 80
    return out


def _is_anaphoric(sentence: str, t: _Trigger, lex: EventLexicon) -> bool:
    after = sentence[t.end:t.end + 20]
    m = re.match(r"\s*(?:\w+\s+)?", after)
    window = after[: (m.end() if m else 0) + 12]
    if lex.anaphora_after.pattern != B + r"(?!x)x" + E and re.match(rf"\s*(?:\w+\s+)?{lex.anaphora_after.pattern}",
                                                                     window, re.IGNORECASE):
        return True
    before = sentence[max(0, t.start - 12):t.start]
    return bool(re.search(rf"{lex.anaphora_before.pattern}\s+$", before, re.IGNORECASE))


def _nearest_time(
    t: _Trigger, s: Sentence, times: list[TimeExpr], triggers: list[_Trigger], lex: EventLexicon
) -> TimeExpr | None:
    """The time of a trigger: the nearest one after it, unless another trigger or a barrier word
    ("menjelang", "ahead of") stands between; otherwise the nearest one before it, with no barrier
    between. Resolved times are preferred to ones still waiting for an anchor."""
    a, b = s.start + t.start, s.start + t.end

    def blocked(lo: int, hi: int) -> bool:
        if any(o is not t and lo <= s.start + o.start and s.start + o.end <= hi for o in triggers):
            return True
        return bool(lex.barriers.search(s.text[lo - s.start:hi - s.start]))

    after, before = [], []
    for x in times:
        if x.start <= a and b <= x.end:  # the trigger is inside the phrase: "sebelum Putin mengirim pasukan ..."
            continue
        if x.start >= b and not blocked(b, x.start):
            after.append((0 if x.edtf else 1, x.start - b, x))
        elif x.end <= a and not blocked(x.end, a):
            before.append((0 if x.edtf else 1, a - x.end, x))
    for cands in (after, before):
        if cands:
            return min(cands, key=lambda c: c[:2])[2]
    return None


def _planned(s: Sentence, time: TimeExpr | None, lex: EventLexicon) -> bool:
    """Planned: the sentence says so (undangan, akan, will ...) and its time is not all past."""
    if time is None:
        return False
    bounds = edtf_bounds(time.edtf)
    if bounds is None:
        return False
    anchor = dt.date.fromisoformat(time.anchor) if time.anchor else None
    if anchor is not None and bounds[0] > anchor:
        return True
    if not lex.planned.search(s.text):
        return False
    return anchor is None or bounds[1] >= anchor


def _clauses(s: Sentence, lex: EventLexicon) -> list[tuple[int, int]]:
    """(start, end) offsets within the sentence of its clauses, split at clause markers."""
    cuts = [0] + [m.start() for m in lex.clauses.finditer(s.text) if m.start() > 0] + [len(s.text)]
    return [(x, y) for x, y in itertools.pairwise(cuts) if y > x]


def _participants(
    t: _Trigger, triggers: list[_Trigger], s: Sentence, mentions: list[Mention], lex: EventLexicon
) -> list[Mention]:
    """The mentions of a trigger's clause; people of the sentence's first clause (its subject)
    when the clause names no person or organisation. Several triggers in one clause share out
    its names by nearness, the names before the first of them going to all."""
    clauses = _clauses(s, lex)
    lo, hi = next(((x, y) for x, y in clauses if x <= t.start < y), (0, len(s.text)))
    in_clause = [m for m in mentions if lo <= m.start - s.start < hi]
    mates = [o for o in triggers if lo <= o.start < hi]
    if len(mates) > 1:
        first = mates[0].start
        mine = []
        for m in in_clause:
            rel = m.start - s.start
            if rel < first or min(mates, key=lambda x: (abs(rel - x.start), x.start)) is t:
                mine.append(m)
        in_clause = mine
    if not any(m.type in ("person", "organization") for m in in_clause) and clauses and clauses[0][0] != lo:
        f0, f1 = clauses[0]
        in_clause = [m for m in mentions if f0 <= m.start - s.start < f1 and m.type == "person"] + in_clause
    return in_clause


def _keys(ms: list[Mention]) -> tuple[str, ...]:
    seen: list[str] = []
    for m in ms:
        k = m.key or m.text
        if k not in seen:
            seen.append(k)
    return tuple(seen)


def _place(s: Sentence, ms: list[Mention], lex: EventLexicon, t: _Trigger | None = None) -> str | None:
    places = [m for m in ms if m.type == "place"]
    if t is not None and t.kind.place_after:
        for m in places:
            gap = s.text[t.end:m.start - s.start]
            if m.start - s.start >= t.end and len(gap.split()) <= 1:
                return m.key or m.text
    preferred = []
    for m in places:
        before = s.text[max(0, m.start - s.start - 6):m.start - s.start]
        if re.search(rf"{lex.place_preps.pattern}\s+$", before, re.IGNORECASE):
            preferred.append(m)
    if not preferred:
        return None
    preferred.sort(key=lambda m: (m.subtype != "city", m.start))
    return preferred[0].key or preferred[0].text


def _recent_organisations(s: Sentence, sentences: tuple[Sentence, ...], by_sentence: dict[int, list[Mention]],
                          back: int = 6) -> list[Mention]:
    """The organisations of the nearest earlier sentence (up to ``back`` sentences) that names
    some: what "the unions" or "kedua pihak" refer to."""
    for prev in sorted((x for x in sentences if s.index - back <= x.index < s.index), key=lambda x: -x.index):
        orgs = [m for m in sorted(by_sentence.get(prev.index, []), key=lambda m: m.start) if m.type == "organization"]
        if orgs:
            return orgs
    return []


def find_event_mentions(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpr, ...],
    language: str,
) -> tuple[EventMention, ...]:
    """Event mentions of one article, in sentence order."""
    del text  # offsets are enough; kept for the common signature of extractors
    lex = event_lexicon(language)
    by_sentence_m: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type in ("person", "organization", "place") and m.subtype != "media":
            by_sentence_m.setdefault(m.sentence, []).append(m)
    by_sentence_t: dict[int, list[TimeExpr]] = {}
    for x in times:
        by_sentence_t.setdefault(x.sentence, []).append(x)
    out: list[EventMention] = []
    last_dated: TimeExpr | None = None  # the time of the last event told at day precision
    prev_sentence: Sentence | None = None
    for s in sentences:
        trig = _triggers(s.text, lex)
        stimes = by_sentence_t.get(s.index, [])
        smentions = sorted(by_sentence_m.get(s.index, []), key=lambda m: m.start)
        if not trig:
            prev_sentence = s
            continue
        linked: TimeExpr | None = None
        link = lex.same_time.search(s.text)
        has_own_time = any(x.edtf for x in stimes)
        if not has_own_time and link and last_dated is not None and any(_is_anaphoric(s.text, t, lex) for t in trig):
            linked = replace(last_dated, phrase=link.group(0), start=s.start + link.start(), end=s.start + link.end(),
                             sentence=s.index, rule=f"linked:{last_dated.rule}")
        seen: set[tuple[str, str]] = set()
        for t in trig:
            if linked is not None:
                if _is_anaphoric(s.text, t, lex):
                    continue  # the back-reference itself: that event was told already
                time = linked
            else:
                time = _nearest_time(t, s, stimes, trig, lex)
            if time is None:
                continue
            ms = _participants(t, trig, s, smentions, lex)
            if not ms and prev_sentence is not None and prev_sentence.paragraph == s.paragraph:
                borrowed = [m for m in sorted(by_sentence_m.get(prev_sentence.index, []), key=lambda m: m.start)
                            if m.type == "person"]
                ms = borrowed + ms
            if not any(m.type in ("person", "organization") for m in ms) and lex.collective.search(s.text):
                ms = _recent_organisations(s, sentences, by_sentence_m) + ms
            participants = _keys(ms)
            place = _place(s, ms, lex, t)
            if not participants and not place:
                continue  # a happening with nobody and nowhere named is no event we can tell
            key = (lex.groups.get(t.kind.name, t.kind.name), time.edtf)
            if key in seen:
                continue
            seen.add(key)
            out.append(EventMention(
                sentence=s.index, trigger=t.canonical, kind=t.kind.name, time=time, participants=participants,
                place=place, planned=_planned(s, time, lex),
            ))
            bounds = edtf_bounds(time.edtf)
            if bounds and bounds[0] == bounds[1]:
                last_dated = time
        prev_sentence = s
    return tuple(out)
