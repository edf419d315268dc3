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

When no kind's trigger tells a dated happening, the clause's own verb may ("happening"): its subject is
the names printed before it or a common noun phrase ("harga beras medium"), a role ("the U.N.'s top
envoy") standing for the one person the article gives it; its title is that subject and the predicate.
A happening lies ahead ("planned") only when its time starts after the article's anchor, or holds it
and the sentence says it is to come; a time that ends a state ("until 2027") makes nothing planned.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
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
    trigger_res: tuple[tuple[str, str], ...] = ()  # listed trigger -> its full-match pattern (compiled when needed)
    objects: re.Pattern[str] | None = None  # what the happening is done to or by ("rupiah", "shares")
    standalone: bool = False  # a report naming one of the objects stands without participants ("rupiah fell")
    destination: re.Pattern[str] | None = None  # "mendarat di Jeddah sebelum menuju Makkah": where a journey goes on to
    at_end: bool = False  # the happening is the end a time gives ("has until mid-August", "batas waktu hingga ...")


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
    sources: re.Pattern[str] = re.compile(r"(?!x)x")  # "according to", "menurut": a source, not a participant
    modifiers_before: re.Pattern[str] = re.compile(r"(?!x)x")  # "lokasi longsor": a noun naming a thing
    modifiers_after: re.Pattern[str] = re.compile(r"(?!x)x")  # "flood victims"
    verb_prefixes: tuple[str, ...] = ()  # a trigger with these is a verb, not a noun a modifier turns into a thing
    verb_suffixes: tuple[str, ...] = ()
    onset: re.Pattern[str] = re.compile(r"(?!x)x")  # "meluap sejak Sabtu": a state that began then
    firsts: re.Pattern[str] = re.compile(r"(?!x)x")  # "the first meeting since 2019": no onset
    perfect: re.Pattern[str] = re.compile(r"(?!x)x")  # "said on Tuesday it had classified ..."
    told: re.Pattern[str] = re.compile(r"(?!x)x")  # a verb of saying right before a time phrase
    same_day: re.Pattern[str] = re.compile(r"(?!x)x")  # "pada hari yang sama", "on the same day"
    relative: re.Pattern[str] = re.compile(r"(?!x)x")  # "who had travelled": a perfect of a relative clause
    statement: tuple[Kind, str] | None = None  # the kind and trigger of a quoted happening told on a day
    attribution_before: re.Pattern[str] = re.compile(r"(?!x)x")  # ", said Dr. " before a speaker's name
    attribution_after: re.Pattern[str] = re.compile(r"(?!x)x")  # " said" after ", Doe"
    currency_before: re.Pattern[str] = re.compile(r"(?!x)x")  # "dolar" before "AS": a currency, not the country
    currency_after: re.Pattern[str] = re.compile(r"(?!x)x")  # "dollar" after "US"
    telling: re.Pattern[str] = re.compile(r"(?!x)x")  # a verb of saying anywhere ("kata", "said")
    subject_pronouns: re.Pattern[str] = re.compile(r"(?!x)x")  # "It has until ...": the subject of the sentence before
    # "Keputusan itu diambil ...", "The decision was taken ...": a sentence that goes on about the one before
    anaphoric_openings: re.Pattern[str] = re.compile(r"(?!x)x")
    clock_barrier: re.Pattern[str] | None = None  # "before midnight": a barrier word that belongs to the time
    pronoun_attribution: re.Pattern[str] = re.compile(r"(?!x)x")  # "..., she said.": told by someone named before
    anaphoric_trigger: re.Pattern[str] = re.compile(r"(?!x)x")  # "The tentative " before a trigger: one told before
    state_end: re.Pattern[str] = re.compile(r"(?!x)x")  # "until 2027", "hingga Jumat": the end of a state
    occasion: re.Pattern[str] = re.compile(r"(?!x)x")  # " with fanfare at the " before the occasion of a happening
    event_relative: tuple[tuple[re.Pattern[str], int], ...] = ()  # "sehari sebelum <happening>": -1 day
    # "naik dari Rp 14.000 pada akhir Mei menjadi Rp 16.000", "rose from 3% in May to 4%": the time of the value
    # a change started from, not of the change
    baseline_before: re.Pattern[str] = re.compile(r"(?!x)x")
    baseline_after: re.Pattern[str] = re.compile(r"(?!x)x")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A trigger's own pattern, compiled the first time a match needs it (a lexicon has a thousand)."""
    return re.compile(pattern, re.IGNORECASE)


@cache
def event_lexicon(language: str) -> EventLexicon:
    """Compiled trigger patterns of one language (cached)."""
    data = lang.load(language, "events") or lang.load("en", "events")
    suffix = language == "id"
    kinds = []
    for name, spec in (data.get("kinds") or {}).items():
        triggers = [str(t) for t in spec.get("triggers") or []]
        # "subjects": the trigger needs one of them right before it ("the rupiah … fell", "saham … anjlok")
        subj = spec.get("subjects")
        lead = (_alt([str(w) for w in subj]) + r"(?:['’]s)?(?:\s+\S+){0,4}?\s+") if subj else ""
        pats = [lead + _phrase_re(t, suffix) for t in sorted(triggers, key=len, reverse=True)]
        pats += [lead + str(p) for p in spec.get("patterns") or []]
        if not pats:
            continue
        kind_rx = re.compile(B + "(?:" + "|".join(pats) + ")" + E, re.IGNORECASE)
        req = spec.get("requires")
        trigger_res = tuple((t.casefold(), lead + _phrase_re(t, suffix)) for t in triggers)
        objs = [str(w) for w in spec.get("objects") or []]
        kinds.append(Kind(
            name=str(name), regex=kind_rx, triggers=tuple(t.casefold() for t in triggers),
            requires=re.compile(B + _alt([str(w) for w in req]) + E, re.IGNORECASE) if req else None,
            absorbs=bool(spec.get("absorbs")),
            prefer=tuple(spec.get("prefer") or ("person", "organization", "place")),
            place_after=bool(spec.get("place_after")),
            speech=bool(spec.get("speech")), trigger_res=trigger_res,
            objects=re.compile(B + _alt(objs) + E, re.IGNORECASE) if objs else None,
            standalone=bool(spec.get("standalone")), at_end=bool(spec.get("at_end")),
            destination=(re.compile(B + _alt([str(w) for w in spec["destination_words"]]) + r"\s+$", re.IGNORECASE)
                         if spec.get("destination_words") else None),
        ))

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(B + _alt([str(w) for w in data.get(key) or []]) + E, re.IGNORECASE)

    telling = [str(w) for w in (lang.load(language, "time") or {}).get("telling_verbs") or []]
    occasion = data.get("occasion") or {}

    return EventLexicon(
        kinds=tuple(kinds), anaphora_after=rx("anaphora_after"), anaphora_before=rx("anaphora_before"),
        anaphoric_trigger=re.compile(rf"\W*(?:{rx('anaphora_before').pattern})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE),
        same_time=rx("same_time"), place_preps=rx("place_prepositions"), planned=rx("planned_markers"),
        barriers=rx("barriers"), clauses=rx("clause_markers"),
        groups={str(k): "+".join(map(str, g)) for g in data.get("merge_groups") or [] for k in g},
        collective=rx("collective_references"), sources=rx("source_markers"),
        modifiers_before=re.compile(B + _alt([str(w) for w in data.get("modifiers_before") or []]) + r"\s+$",
                                    re.IGNORECASE),
        modifiers_after=re.compile(r"^\s+" + _alt([str(w) for w in data.get("modifiers_after") or []]) + E,
                                   re.IGNORECASE),
        verb_prefixes=tuple(str(w).casefold() for w in data.get("verb_prefixes") or []),
        verb_suffixes=tuple(str(w).casefold() for w in data.get("verb_suffixes") or []),
        onset=re.compile(B + _alt([str(w) for w in data.get("onset_markers") or []]) + r"\s*$", re.IGNORECASE),
        firsts=rx("first_markers"), perfect=rx("perfect_markers"),
        told=re.compile(B + _alt(telling) + r"\s*,?\s*(?:(?:on|pada|hari)\s+)?$", re.IGNORECASE),
        same_day=rx("same_day"),
        relative=re.compile(B + _alt([str(w) for w in data.get("relative_pronouns") or []]) + r"\s+$", re.IGNORECASE),
        attribution_before=re.compile(r",\s*" + _alt([str(w) for w in data.get("attribution_before") or []])
                                      + r"\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$", re.IGNORECASE),
        attribution_after=re.compile(r"^\s*" + _alt([str(w) for w in data.get("attribution_after") or []]) + r"\s*(?:[.,;]|$)",
                                     re.IGNORECASE),
        currency_before=re.compile(B + _alt([str(w) for w in data.get("currency_words") or []]) + r"\s+$", re.IGNORECASE),
        currency_after=re.compile(r"^\s*" + _alt([str(w) for w in data.get("currency_words") or []]) + E, re.IGNORECASE),
        telling=re.compile(B + _alt(telling) + E, re.IGNORECASE),
        baseline_before=re.compile(B + _alt([str(w) for w in (data.get("baseline") or {}).get("from") or []])
                                   + r"\s+(?:[^\s\d]+\s+){0,2}\S*\d\S*(?:\s+[^\s\d]+){0,3}?\s+"
                                   + r"(?:" + _alt([str(w) for w in (data.get("baseline") or {}).get("at") or []])
                                   + r"\s+)?$",
                                   re.IGNORECASE),
        baseline_after=re.compile(r"^\s*,?\s*" + _alt([str(w) for w in (data.get("baseline") or {}).get("to") or []]) + E,
                                  re.IGNORECASE),
        occasion=re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _alt([str(w) for w in occasion.get("prepositions") or []])
                            + r"\s+(?:[\w$.,-]+\s+){0," + str(int(occasion.get("words_after") or 0)) + "}?", re.IGNORECASE),
        event_relative=tuple((re.compile(B + _alt([str(k)]) + r"(?:\s+(?:the|a|an))?\s*$", re.IGNORECASE), int(v))
                             for k, v in (data.get("event_relative") or {}).items()),
        state_end=re.compile(B + _alt([str(w) for w in data.get("state_end_words") or []]) + r"(?:\s+|$)", re.IGNORECASE),
        subject_pronouns=re.compile(r"^\W*" + _alt([str(w) for w in data.get("subject_pronouns") or []]) + E, re.IGNORECASE),
        pronoun_attribution=re.compile(r"(?:" + "|".join(str(p) for p in data.get("pronoun_attribution") or []) + r")\W*$",
                                       re.IGNORECASE) if data.get("pronoun_attribution") else re.compile(r"(?!x)x"),
        clock_barrier=(re.compile(B + _alt([str(w) for w in data["barriers"]]) + r"\s+"
                                  + _alt([str(w) for w in data["times_of_day"]]) + E, re.IGNORECASE)
                       if data.get("times_of_day") and data.get("barriers") else None),
        anaphoric_openings=re.compile(r"^\W*(?:" + "|".join(str(p) for p in data.get("anaphoric_openings") or [])
                                      + r")(?!\w)", re.IGNORECASE) if data.get("anaphoric_openings") else re.compile(r"(?!x)x"),
        statement=next(((k, str((data.get("quoted_statement") or {}).get("trigger") or k.name)) for k in kinds
                        if k.name == (data.get("quoted_statement") or {}).get("kind")), None),
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
        if t in self.kind.triggers:
            return t
        for listed, pattern in self.kind.trigger_res:  # "launched a $38m appeal" is "launched … appeal"
            if _compiled(pattern).fullmatch(self.text):
                return listed
        return t


def _triggers(sentence: str, lex: EventLexicon) -> list[_Trigger]:
    """Non-overlapping triggers of a sentence, the longest match winning."""
    cands: list[_Trigger] = []
    for kind in lex.kinds:
        if kind.requires is not None and not kind.requires.search(sentence):
            continue
        for m in kind.regex.finditer(sentence):
            cands.append(_Trigger(kind, m.start(), m.end(), m.group(0)))
    cands = [t for t in cands if not _is_modifier(sentence, t, lex)]
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

    # so does a telling after the happening it announces ("BI menaikkan BI-Rate, kata Arief dalam konferensi pers")
    chosen = [t for t in chosen
              if not (t.kind.speech and any(not o.kind.speech and (same_clause(t, o) if t.start < o.start
                                                                  else same_clause(o, t)) for o in chosen))]
    # an anniversary absorbs the happening it commemorates ("peringatan ... dimulainya kampanye militer")
    # only the happening it is about, a few words on ("a hearing on the election dispute"), not one told after
    # a verb ("the ruling would not affect a planned auction")
    out: list[_Trigger] = []
    absorber: _Trigger | None = None
    reach = -1  # the end of the absorber or of the last trigger it absorbed
    for t in chosen:
        if absorber is not None and t.start < absorber.end + 80 and len(sentence[reach:t.start].split()) <= 3:
            reach = t.end
            continue
        out.append(t)
        if t.kind.absorbs:
            absorber, reach = t, t.end
    return out


def _is_modifier(sentence: str, t: _Trigger, lex: EventLexicon) -> bool:
    """A trigger that names a thing, not a happening: "lokasi longsor", "material longsor", "flood victims".
    Only a noun is turned into a thing: a verb after such a word has it as its subject ("korban dievakuasi")."""
    word = t.text.split()[0].casefold()
    last = t.text.split()[-1].casefold()
    if any(word.startswith(p) for p in lex.verb_prefixes) or any(last.endswith(x) for x in lex.verb_suffixes):
        return False
    if lex.modifiers_before.search(sentence[max(0, t.start - 30):t.start]):
        return True
    return bool(lex.modifiers_after.search(sentence[t.end:t.end + 30]))


def _is_anaphoric(sentence: str, t: _Trigger, lex: EventLexicon) -> bool:
    after = sentence[t.end:t.end + 20]
    m = re.match(r"\s*(?:\w+\s+)?", after)
    window = after[: (m.end() if m else 0) + 12]
    if lex.anaphora_after.pattern != B + r"(?!x)x" + E and re.match(rf"\s*(?:\w+\s+)?{lex.anaphora_after.pattern}",
                                                                     window, re.IGNORECASE):
        return True
    before = sentence[max(0, t.start - 12):t.start]
    return bool(re.search(rf"{lex.anaphora_before.pattern}\s+$", before, re.IGNORECASE))


EVENT_RELATIVE = "event-relative"


def _event_relative(t: _Trigger, s: Sentence, triggers: list[_Trigger], lex: EventLexicon) -> TimeExpr | None:
    """"pembagian amplop ... pada malam sebelum pencoblosan", "handed out cash on the eve of the vote": a time told
    by another happening of the sentence and a number of days before or after it. The time stays unresolved here
    (``edtf`` ""; ``rule`` "event-relative:<kind>:<days>:<trigger>"); linking dates it from the event of that kind."""
    for o in triggers:
        if o.start < t.end:
            continue
        gap = s.text[t.end:o.start]
        for rx, days in lex.event_relative:
            m = rx.search(gap)
            if m is None:
                continue
            a = s.start + t.end + m.start()
            return TimeExpr(phrase=s.text[t.end + m.start():o.end], start=a, end=s.start + o.end, sentence=s.index,
                            edtf="", precision="day", approximate=False, anchor=None,
                            rule=f"{EVENT_RELATIVE}:{o.kind.name}:{days}:{o.canonical}")
        break  # only the happening right after the trigger
    return None


def _occasion(sentence: str, t: _Trigger, o: _Trigger, lex: EventLexicon) -> bool:
    """``o`` is told as the occasion of ``t``, a few words on: "launched at the COP29 summit", "diluncurkan di sela
    KTT G20". Only a verb has an occasion ("discuss the stoppage at a meeting": the stoppage is what is discussed)."""
    words = t.text.split()
    verb = bool(words) and (words[0].casefold().startswith(lex.verb_prefixes)
                            or words[-1].casefold().endswith(lex.verb_suffixes))
    return verb and o.start >= t.end and bool(lex.occasion.fullmatch(sentence[t.end:o.start]))


def _nearest_time(
    t: _Trigger, s: Sentence, times: list[TimeExpr], triggers: list[_Trigger], lex: EventLexicon,
    quotes: Sequence[tuple[int, int]] = (),
) -> TimeExpr | None:
    """The time of a trigger: the nearest one after it, unless another trigger or a barrier word
    ("menjelang", "ahead of") stands between; otherwise the nearest one before it, with no barrier
    between. Resolved times are preferred to ones still waiting for an anchor.

    A trigger right before another ("Longsor menutup ...", "floods destroyed ...") is that one's
    subject and is not blocked by it. An onset word right before the time ("meluap sejak Sabtu",
    "flooded since Saturday") dates the start of the happening, unless the sentence counts a first
    one since then ("the first visit since 2019"). A time told with a verb of saying ("said on
    Tuesday") does not date a happening reported in the perfect after it ("it had classified ...").
    A trigger inside a direct quote takes only a time of the same quote. A trigger told as the occasion of
    another ("launched at the COP29 summit in Baku in November 2024") does not block it either."""
    a, b = s.start + t.start, s.start + t.end
    quote = next(((qa, qb) for qa, qb in quotes if qa <= a and b <= qb), None)

    def blocked(lo: int, hi: int, barriers: bool = True) -> bool:
        # a telling between a happening and its time does not block it ("X's resignation was announced on
        # Wednesday": the resignation is told that day)
        if any(o is not t and not (o.kind.speech and not t.kind.speech) and lo <= s.start + o.start
               and s.start + o.end <= hi
               and not (lo == b and (not s.text[t.end:o.start].strip() or _occasion(s.text, t, o, lex)))
               # "On Thursday, the widow of X, who died on March 5, filed a suit": a relative clause's happening
               # stands aside
               and not _closed_relative_clause(s.text[lo - s.start:o.start], s.text[o.end:hi - s.start])
               for o in triggers):
            return True
        gap = s.text[lo - s.start:hi - s.start]
        # "shortly before midnight on Monday": a barrier word inside the time of day is no barrier
        gap = lex.clock_barrier.sub(" ", gap) if lex.clock_barrier is not None else gap
        if not barriers or not lex.barriers.search(gap):
            return False
        onset = lex.onset.search(gap) if lo == b else None
        return not (onset and not lex.barriers.search(gap[:onset.start()])
                    and not lex.firsts.search(s.text[max(0, t.start - 30):hi - s.start]))

    def reported_before(x: TimeExpr) -> bool:
        """"said on Tuesday it had classified ...": the time is the telling's, the happening older."""
        if not lex.told.search(s.text[max(0, x.start - s.start - 30):x.start - s.start]):
            return False
        between = s.text[x.end - s.start:t.start]
        return any(not lex.relative.search(between[max(0, m.start() - 12):m.start()])
                   for m in lex.perfect.finditer(between))

    def possessive(x: TimeExpr) -> bool:
        """"march ... before Saturday's game": a barrier right before a day told as another happening's day
        ("Saturday's") still puts the happening on that day."""
        rest, gap = s.text[x.end - s.start:], s.text[b - s.start:x.start - s.start]
        bar = list(lex.barriers.finditer(gap))
        return bool(re.match(r"['’]s\b", rest) and bar and not gap[bar[-1].end():].strip()
                    and not lex.barriers.search(gap[:bar[-1].start()]))

    def attributive(x: TimeExpr) -> bool:
        """"the 17 February accident", "the Feb. 17 crash": a date set before a noun, after an article, tells
        that noun's time, not the time of a trigger before it."""
        lead = s.text[max(0, x.start - s.start - 8):x.start - s.start]
        return bool(re.search(r"\b(?:the|its|their)\s+$", lead, flags=re.IGNORECASE)
                    and re.match(r"\s+[a-z][a-z-]+\b(?!\s+(?:of|to)\b)", s.text[x.end - s.start:])
                    and not re.match(r"\s+(?:and|or|to|at|in|on|for|when|until|through)\b", s.text[x.end - s.start:]))

    after: list[tuple[int, int, TimeExpr]] = []
    before: list[tuple[int, int, TimeExpr]] = []
    reported: list[tuple[int, int, TimeExpr]] = []
    telling: list[tuple[int, int, TimeExpr]] = []
    for x in times:
        if x.start <= a and b <= x.end:  # the trigger is inside the phrase: "sebelum Putin mengirim pasukan ..."
            continue
        if quote is not None and not (quote[0] <= x.start and x.end <= quote[1]):
            continue
        if x.start >= b and x.phrase.split() and lex.onset.search(x.phrase.split()[0]) \
                and lex.firsts.search(s.text[max(0, t.start - 30):x.start - s.start]):
            continue  # "pertemuan pertama sejak 2019": the first since then, not then
        if x.start >= b and attributive(x):
            continue  # "released its findings into the 17 February accident on 11 March": that date is the accident's
        if x.start >= b and not t.kind.speech and lex.told.search(s.text[max(0, x.start - s.start - 30):x.start - s.start]) \
                and "," in s.text[t.end:x.start - s.start] and not blocked(b, x.start):
            # "approved on Wednesday during a cabinet meeting, the OCD announced Thursday": the telling's day, only
            # when the happening has no time of its own
            telling.append((0 if x.edtf else 1, x.start - b, x))
            continue
        if x.start >= b and (not blocked(b, x.start) or (possessive(x) and not blocked(b, x.start, barriers=False))):
            after.append((0 if x.edtf else 1, x.start - b, x))
        elif x.end <= a and _closed_relative_clause(s.text[:x.start - s.start], s.text[x.end - s.start:a - s.start]):
            continue  # "the widow of X, who died on March 5, filed a suit": that day is the death's
        elif x.end <= a and not blocked(x.end, a):
            (reported if reported_before(x) else before).append((0 if x.edtf else 1, a - x.end, x))
    for cands in (after, before, telling):
        if cands:
            best = min(cands, key=lambda c: c[:2])[2]
            return _finer_apposition(best, [c[2] for c in cands], s) if cands is after else best
    if reported:
        # "said on Tuesday it had opened an investigation": on or shortly before the day of the telling
        best = min(reported, key=lambda c: c[:2])[2]
        if best.edtf and best.precision == "day" and not best.approximate:
            return replace(best, edtf=best.edtf + "~", approximate=True)
    return None


_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose|yang)\b[^,]*$", re.IGNORECASE)


def _closed_relative_clause(before: str, after: str) -> bool:
    """Words (a time, a trigger) inside a relative clause set off by commas: ``before`` is the text up to them,
    which opens the clause (", who ..."), ``after`` the text from them to what they are weighed against, which
    closes it (a comma)."""
    return bool(_RELATIVE_OPEN.search(before)) and "," in after


def _finer_apposition(best: TimeExpr, cands: list[TimeExpr], s: Sentence) -> TimeExpr:
    """"berangkat pekan depan, Rabu (22/4/2026)", "tahun ini diperkirakan jatuh pada akhir Mei": a coarser time
    followed closely by a finer one inside it is made precise by it."""
    outer = edtf_bounds(best.edtf)
    if outer is None:
        return best
    for x in sorted(cands, key=lambda x: x.start):
        inner = edtf_bounds(x.edtf)
        if x is best or inner is None or x.start < best.end or x.start - best.end > 40:
            continue
        if outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer \
                and not re.search(r"[.;]", s.text[best.end - s.start:x.start - s.start]):
            return x
    return best


def _planned(s: Sentence, time: TimeExpr | None, lex: EventLexicon, kind: Kind | None = None,
             anchor: str | None = None, marker: bool | None = None) -> bool:
    """Planned: the happening itself lies after the article's anchor ("will meet in April"), or its time holds
    the anchor and the sentence says it is to come (akan, will ...). A time that ends a state ("remains in force
    until 2027", "ditutup hingga Jumat") is no time of a happening to come, unless the kind is that end (a
    deadline). ``anchor`` is the article's, for times that needed none; ``marker`` overrides the sentence's
    planned markers."""
    if time is None:
        return False
    bounds = edtf_bounds(time.edtf)
    if bounds is None:
        return False
    rel = time.start - s.start
    if not (kind is not None and kind.at_end) and not time.rule.startswith("span:") and (
            re.search(lex.state_end.pattern + r"$", s.text[max(0, rel - 25):rel], re.IGNORECASE) or lex.state_end.match(time.phrase)):
        return False
    said = bool(lex.planned.search(s.text)) if marker is None else marker
    day = time.anchor or anchor
    if day is None:
        return said
    when = dt.date.fromisoformat(day)
    if bounds[0] > when:
        return True
    return said and bounds[1] >= when


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
        # a trigger right before another is its subject ("Longsor menutup ...", "floods destroyed ..."): they share
        group = {id(t)}
        for x, y in itertools.pairwise(mates):
            if (not s.text[x.end:y.start].strip() or _occasion(s.text, x, y, lex)) and (id(x) in group or id(y) in group):
                group |= {id(x), id(y)}  # "Longsor menutup", "launched at the summit in Baku": they share the names
        mine = []
        for m in in_clause:
            rel = m.start - s.start
            if rel < first or id(min(mates, key=lambda x: (abs(rel - x.start), x.start))) in group:
                mine.append(m)
        in_clause = mine
    if not any(m.type in ("person", "organization") for m in in_clause) and clauses and clauses[0][0] != lo:
        f0, f1 = clauses[0]
        in_clause = [m for m in mentions if f0 <= m.start - s.start < f1 and m.type == "person"] + in_clause
    return in_clause


_HEAD_NOUN = re.compile(r"(?<![\w-])[Tt]he\s+([A-Z][a-z]{3,})(?![\w-])")
_HEAD_NOUN_LOWER = re.compile(r"(?<![\w-])[Tt]he\s+([a-z]{4,})(?![\w-])")


def _head_noun_organisations(s: Sentence, t: _Trigger | None, mentions: tuple[Mention, ...],
                             lowercase: bool = False) -> list[Mention]:
    """"The Commission opened ...": the organisation named in full earlier in the article whose name ends in
    that head noun ("European Commission"), the latest one first; only before the trigger (its subject).
    With ``lowercase``, "the bank" also names the one organisation the article named "... Bank"."""
    out: list[Mention] = []
    rx = _HEAD_NOUN_LOWER if lowercase else _HEAD_NOUN
    for hm in rx.finditer(s.text[:t.start] if t is not None else s.text):
        noun = hm.group(1).casefold()
        cands = [m for m in mentions if m.type == "organization" and m.subtype != "media" and m.start < s.start
                 and len(m.text.split()) > 1 and m.text.split()[-1].casefold() == noun
                 and (not lowercase or m.text.split()[-1][:1].isupper())]
        if lowercase and len({m.key or m.text for m in cands}) != 1:
            continue  # "the bank" of an article that names two banks: none
        if cands:
            best = max(cands, key=lambda m: m.start)
            if all((o.key or o.text) != (best.key or best.text) for o in out):
                out.append(best)
    return out


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


_CAPTION_START = re.compile(r"^\s*FILE\s*[-–—]\s")
_CAPTION_END = re.compile(r"(?:\((?:[^()]*/)?[^()]*\b(?:Photo|Foto|File)\b[^()]*\)|\b[A-Z]{2,}(?:\s[A-Z]{2,})?/[^/\n]{2,40}"
                          r"(?:/File\s+Photo|/Foto)?)\s*\.?\s*$")
_OPEN_Q, _CLOSE_Q, _BOTH_Q = "“„«", "”»", '"'
_DATELINE_RE = re.compile(r"^(?:[\w.]+(?:\s+[\w.]+){0,2}\s*,\s*)?[A-Z][\w.'’]*(?:[\s-]+[A-Z][\w.'’]*){0,3}"
                          r"\s*(?:,\s*[\w.]+(?:\s+[\w.]+){0,2})?\s*(?:\([^()]{1,40}\))?\s*(?:--|[-–—])\s+")


_FRAGMENT_WORDS = 8
_QUOTE_END = frozenset(",.!?…;:")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of direct quotes, paired within each paragraph; a quote left open at the
    end of a paragraph runs to its end. A few words quoted inside the writer's own sentence, ending in no
    punctuation of their own (would be completed "in the first half of next year", she said), are the
    writer's telling, not a quote."""
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n\n"):
        start: int | None = None
        for i, ch in enumerate(para):
            if ch in _OPEN_Q and start is None:
                start = i
            elif (ch in _CLOSE_Q or ch in _BOTH_Q) and start is not None:
                inner = para[start + 1:i].strip()
                if not (len(inner.split()) <= _FRAGMENT_WORDS and inner[-1:] not in _QUOTE_END
                        and para[:start].strip()):
                    out.append((pos + start, pos + i + 1))
                start = None
            elif ch in _BOTH_Q:
                start = i
        if start is not None:
            out.append((pos + start, pos + len(para)))
        pos += len(para) + 2
    return out


def _attributed(s: Sentence, m: Mention, lex: EventLexicon) -> bool:
    """A speaker told after what they reported, in a clause of their own: ", said Dr. Jane Doe", ", Doe said"."""
    before = s.text[max(0, m.start - s.start - 40):m.start - s.start]
    after = s.text[m.end - s.start:m.end - s.start + 30]
    if lex.attribution_before.search(before):
        return True
    return bool(re.search(r",\s*$", before) and lex.attribution_after.search(after))


def _dateline_end(s: Sentence) -> int:
    """Where a dateline that opens a paragraph ends ("JAKARTA -", "GENEVA (Reuters) -",
    "Jakarta, CNN Indonesia --"): its place is where the report was filed, not a participant."""
    m = _DATELINE_RE.match(s.text)
    if m is None or len(m.group(0)) > 60:
        return 0
    return m.end()


def _currencies(text: str, mentions: tuple[Mention, ...], lex: EventLexicon) -> set[int]:
    """Indexes of place mentions that name a currency, not a country: "dolar AS", "per dolar Amerika Serikat (AS)",
    "the US dollar"; an alias in brackets right after such a mention goes with it."""
    out: set[int] = set()
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    prev: int | None = None
    for i in order:
        m = mentions[i]
        if m.type == "place" and (lex.currency_before.search(text[max(0, m.start - 20):m.start])
                                  or lex.currency_after.search(text[m.end:m.end + 20])
                                  or (prev is not None and re.fullmatch(r"\s*\(\s*", text[mentions[prev].end:m.start]))):
            out.add(i)
            prev = i
            continue
        prev = None
    return out


_AFFILIATION_GAP = re.compile(r"(?:['’]s)?\s*(?:\([^()]{1,15}\)\s*)?(?:[A-Z][\w.-]*\s+){0,3}")


def _affiliations(text: str, mentions: tuple[Mention, ...]) -> dict[str, str]:
    """Person key -> the organisation printed in their title: "Gubernur BI Arief Budimanto", "Ketua Dewan
    Komisioner OJK Sutrisno Hadiwijaya", "Codelco Chairman Andrés Salgado"."""
    out: dict[str, str] = {}
    orgs = sorted((m for m in mentions if m.type == "organization" and m.subtype != "media"), key=lambda m: m.start)
    for p in sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start):
        key = p.key or p.text
        if key in out:
            continue
        for o in reversed(orgs):
            if o.end > p.start or p.start - o.end > 60 or o.sentence != p.sentence:
                continue
            if _AFFILIATION_GAP.fullmatch(text[o.end:p.start]):
                out[key] = o.key or o.text
            break
    return out


_APPOSITION = re.compile(r",\s+(?:the\s+)?((?:[^,.;:()\"“”]|(?<=[A-Z])\.|\.(?=\S)){3,80}?)\s*,")


def _roles(text: str, mentions: tuple[Mention, ...], times: tuple[TimeExpr, ...],
           hx: HappeningLexicon) -> dict[str, Mention]:
    """Role word -> the one person the article gives it: in the title before the name ("envoy Farida Osman",
    "Finance Minister Dawit Alemayehu") or in an apposition after it ("Farida Osman, the U.N. special envoy on
    climate finance,"). A word given to two people names neither."""
    found: dict[str, dict[str, Mention]] = {}

    def add(word: str, pos: int, m: Mention) -> None:
        w = word.casefold()
        if len(w) < 4 or not w.isalpha() or w in hx.stop or w in hx.skip or w in hx.attribution \
                or w in hx.determiners or w in hx.pronouns or w in hx.auxiliaries or hx.future.fullmatch(w) \
                or is_happening_verb(word.lower(), hx) \
                or any(x.start <= pos < x.end for x in times) \
                or any(o.start <= pos < o.end for o in mentions):
            return
        found.setdefault(w, {}).setdefault(m.key or m.text, m)

    for m in sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start):
        before = re.search(r"([^\W\d_]+)\s+$", text[max(0, m.start - 30):m.start])
        if before:
            add(before.group(1), m.start - len(before.group(0)), m)
        for title_word in (m.role or "").split():  # the title the mention finder read before the name
            add(title_word, -1, m)
        after = _APPOSITION.match(text, m.end)
        if after and len(after.group(1).split()) <= 8:
            for wm in _WORD.finditer(after.group(1)):
                add(wm.group(0).split("'")[0].split("’")[0], after.start(1) + wm.start(), m)
    return {w: next(iter(people.values())) for w, people in found.items() if len(people) == 1}


def _with_affiliations(keys: tuple[str, ...], affiliation: dict[str, str], types: dict[str, str]) -> tuple[str, ...]:
    """People named without their organisation get the one their title gives elsewhere in the article
    ("kata Sutrisno" after "Ketua Dewan Komisioner OJK Sutrisno Hadiwijaya")."""
    if any(types.get(k) == "organization" for k in keys):
        return keys
    extra = [affiliation[k] for k in keys if types.get(k) == "person" and k in affiliation]
    return keys + tuple(dict.fromkeys(o for o in extra if o not in keys))


def _told_on_a_day(
    s: Sentence, stimes: list[TimeExpr], quotes: list[tuple[int, int]], mentions: list[Mention], lex: EventLexicon,
    affiliation: dict[str, str],
) -> tuple[TimeExpr, list[Mention], str | None] | None:
    """A quote attributed with the day it was told: '"...," kata Sutrisno di Nusa Dua, Kamis (7/5/2026)',
    '"...," Doe told reporters in Lima on Monday'. Returns the day, the speaker (and others named in the
    attribution) and the place of the telling."""
    ends = [qb for qa, qb in quotes if qa < s.end and s.start < qb <= s.end]
    if not ends:
        return None
    qe = max(ends)
    for x in stimes:
        bounds = edtf_bounds(x.edtf)
        if not x.edtf or bounds is None or bounds[0] != bounds[1] or x.start < qe or x.start - qe > 120:
            continue
        seg = s.text[qe - s.start:x.start - s.start]
        if not lex.telling.search(seg):
            continue
        named = [m for m in mentions if qe <= m.start < x.start and m.type in ("person", "organization", "place")
                 and m.subtype != "media"]
        people = [m for m in named if m.type == "person"]
        # a statement of an institution: its spokesperson, whose title names it ("Ketua OJK Sutrisno"); a
        # quote of someone speaking for no organisation is no event
        if not people or not (any(m.type == "organization" for m in named)
                              or any((m.key or m.text) in affiliation for m in people)):
            continue
        return x, named, _place(s, named, lex)
    return None


def find_event_mentions(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpr, ...],
    language: str,
    anchor: str | None = None,
) -> tuple[EventMention, ...]:
    """Event mentions of one article, in sentence order. ``anchor`` is the article's date (else the one its
    relative times were resolved against): a happening after it is planned."""
    lex = event_lexicon(language)
    hx = happening_lexicon(language)
    anchor = anchor or next((x.anchor for x in times if x.anchor), None)  # for times told without one
    quotes = quote_spans(text) if text else []
    first_of_paragraph: dict[int, int] = {}
    for s in sentences:
        first_of_paragraph.setdefault(s.paragraph, s.index)
    datelines = {s.index: s.start + _dateline_end(s) for s in sentences if first_of_paragraph[s.paragraph] == s.index}
    by_index = {s.index: s for s in sentences}
    source_re = re.compile(rf"{lex.sources.pattern}(?:\s+the)?\s*$", re.IGNORECASE)
    by_sentence_m: dict[int, list[Mention]] = {}
    others_m: dict[int, list[Mention]] = {}  # names of no known type: participants only when nobody else is named
    # a name the finder left untyped in one sentence but typed in another ("Codelco and Cordillera signed ...")
    typed: dict[str, str] = {}
    for m in mentions:
        if m.type in ("person", "organization", "place") and m.subtype != "media":
            typed.setdefault(m.key or m.text, m.type)
    # a short form left untyped ("Rovers" after "Trafford Rovers"): the one typed name of the article it ends
    short: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type in ("organization", "person") and m.subtype != "media" and len(words) > 1 and len(words[-1]) >= 4:
            short.setdefault(words[-1], set()).add((m.type, m.key or m.text))
        # "Al Safwa" after "Al Safwa Industries": an organisation without its last word
        if m.type == "organization" and m.subtype != "media" and len(words) > 2:
            short.setdefault(" ".join(words[:-1]), set()).add((m.type, m.key or m.text))
    mentions = tuple(replace(m, type=typed[m.key or m.text]) if m.type == "other" and m.subtype != "media"
                     and (m.key or m.text) in typed
                     else replace(m, type=next(iter(short[m.text]))[0], key=next(iter(short[m.text]))[1])
                     if m.type == "other" and m.subtype != "media" and len(short.get(m.text, ())) == 1
                     else m for m in mentions)
    # an untyped name after a place preposition is a place, and so is one joined to it ("at the Isebania and
    # Sirari border posts", "di Lenek dan Aikmel")
    if text:
        prep_re = re.compile(rf"{lex.place_preps.pattern}\s+(?:the\s+)?$", re.IGNORECASE)
        promoted: list[Mention] = []
        last_place_end = -1
        for m in sorted(mentions, key=lambda m: m.start):
            before = text[max(0, m.start - 12):m.start]
            if m.type == "other" and m.subtype != "media" and m.text[:1].isupper() and (
                    prep_re.search(before)
                    or (last_place_end >= 0 and re.fullmatch(r"\s*(?:,|and|dan|&)\s*", text[last_place_end:m.start]))):
                m = replace(m, type="place")
            last_place_end = m.end if m.type == "place" else -1
            promoted.append(m)
        mentions = tuple(promoted)
    currencies = _currencies(text, mentions, lex) if text else set()
    affiliation = _affiliations(text, mentions) if text else {}
    roles = _roles(text, mentions, times, hx) if text else {}
    types = {m.key or m.text: m.type for m in mentions}
    all_by_sentence: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        if i in currencies:
            continue  # "per dolar AS": a currency, not the country
        if m.type == "other" and m.subtype != "media":
            others_m.setdefault(m.sentence, []).append(m)
        if m.type not in ("person", "organization", "place") or m.subtype == "media":
            continue
        if m.end <= datelines.get(m.sentence, -1):
            continue  # the dateline's place: where the report was filed
        all_by_sentence.setdefault(m.sentence, []).append(m)
        sent = by_index.get(m.sentence)
        if sent is not None and source_re.search(sent.text[max(0, m.start - sent.start - 30):m.start - sent.start]):
            continue  # "menurut Dian", "according to the WHO": the source of the news, not a participant
        if m.type == "person" and sent is not None and _attributed(sent, m, lex):
            continue  # "..., said Dr. Jane Doe": the speaker who told it, not a participant
        by_sentence_m.setdefault(m.sentence, []).append(m)
    by_sentence_t: dict[int, list[TimeExpr]] = {}
    for x in times:
        if text and lex.baseline_before.search(text[max(0, x.start - 60):x.start]) \
                and lex.baseline_after.search(text[x.end:x.end + 30]):
            continue  # "naik dari Rp 14.000 pada akhir Mei menjadi ...": when the old value held, not the change
        by_sentence_t.setdefault(x.sentence, []).append(x)
    # photo captions left in the text ("FILE - ... speaks during a media conference ... Feb. 12, 2026. (AP Photo/...)",
    # "... January 14, 2026. REUTERS/Jane Doe/File Photo"): the day the photo was taken is no event
    caption_paragraphs = {s.paragraph for s in sentences if _CAPTION_START.match(s.text) or _CAPTION_END.search(s.text)}
    out: list[EventMention] = []
    subjects: dict[int, Mention | None] = {}  # sentence -> the subject of its first event ("The Commission opened ...")
    statement = lex.statement
    last_dated: TimeExpr | None = None  # the time of the last event told at day precision
    prev_sentence: Sentence | None = None
    def named_in(pool: dict[int, list[Mention]], sent: Sentence, kinds: tuple[str, ...]) -> list[Mention]:
        """The names of these types in a sentence, in text order."""
        return [m for m in sorted(pool.get(sent.index, []), key=lambda m: m.start) if m.type in kinds]

    def neighbours(s: Sentence) -> list[Mention]:
        """"The cabinet signed off on the package on Friday." names nobody: those its paragraph named just before
        (or, opening its paragraph, right after: "A second survivor was pulled out today. Dawa Tamang, 46, ...")."""
        prev, nxt = by_index.get(s.index - 1), by_index.get(s.index + 1)
        kinds = ("person", "organization", "place")
        if prev is not None and prev.paragraph == s.paragraph and (found := named_in(by_sentence_m, prev, kinds)):
            return found[:2]
        if nxt is not None and nxt.paragraph == s.paragraph:
            return named_in(by_sentence_m, nxt, kinds)[:2]
        return []

    def happening(s: Sentence, stimes: list[TimeExpr], smentions: list[Mention], start: int = 0) -> None:
        """The general fallback: the clause's own verb tells the happening (told from ``start`` on in the
        sentence, when a trigger's words come before)."""
        borrowed: list[Mention] = []
        if not smentions and prev_sentence is not None and prev_sentence.paragraph == s.paragraph \
                and lex.anaphoric_openings.match(s.text):
            # "Keputusan itu diambil setelah gelar perkara pada Selasa": who decided is named the sentence before
            borrowed = named_in(by_sentence_m, prev_sentence, ("person", "organization"))
        elif not smentions and prev_sentence is not None and (
                lex.subject_pronouns.match(s.text) or lex.pronoun_attribution.search(s.text)):
            # "Ia menargetkan ... rampung pada paruh pertama 2026", "A review would be completed in the first half of
            # next year, she said": the one the sentence before named (its speaker too)
            borrowed = named_in(all_by_sentence, prev_sentence, ("person",))[:1]
        if not smentions and not borrowed:
            # "Ambulance diversions were lifted on 27 March after the trust restored its systems": "the trust" is the
            # one "... Trust" the article named
            borrowed = _head_noun_organisations(s, None, mentions, lowercase=True)[:1]
        if not smentions and not borrowed:
            borrowed = neighbours(s)
        if start and not borrowed:
            # "X, who toured the site on Sunday, said the government would table amendments in 2027": the one the
            # sentence opened with tells it
            borrowed = [m for m in named_in(all_by_sentence, s, ("person", "organization"))
                        if m.start - s.start < start][:1]
        left = sorted(stimes, key=lambda x: x.start)
        after = start
        while left:
            found = _happening(s, left, smentions, quotes, lex, hx,
                               max(0, datelines.get(s.index, s.start) - s.start, after), anchor, roles, borrowed)
            if found is None:
                return
            # "would normalise 'by the end of next week', and the limits imposed eight days ago would be reviewed":
            # each later time of the sentence may tell a happening of its own, told after the one before
            left = [x for x in left if x.start >= found.time.end]
            after = found.time.end - s.start
            if any((e.trigger, e.time.edtf if e.time else "") == (found.label, found.time.edtf)
                   for e in out if e.sentence == s.index):
                continue  # told already, by this call or by an earlier one for the sentence
            named = found.participants + [m for m in borrowed if start and m not in found.participants]
            out.append(EventMention(
                sentence=s.index, trigger=found.label, kind=HAPPENING, time=found.time,
                participants=_with_affiliations(_keys(named), affiliation, types),
                place=_place(s, found.participants, lex), planned=found.planned,
                subject=_keys(list(found.subject)), subject_phrase=found.subject_phrase))

    for s in sentences:
        if s.paragraph in caption_paragraphs:
            prev_sentence = s
            continue
        stimes = by_sentence_t.get(s.index, [])
        # a trigger inside a time phrase is a word of the date ("18 March" is no march)
        trig = [t for t in _triggers(s.text, lex)
                if not any(x.start <= s.start + t.start < x.end and not x.rule.startswith("days-") for x in stimes)]
        smentions = sorted(by_sentence_m.get(s.index, []), key=lambda m: m.start)
        if not trig:
            told = _told_on_a_day(s, stimes, quotes, sorted(all_by_sentence.get(s.index, []), key=lambda m: m.start),
                                  lex, affiliation) if statement is not None else None
            if told is not None and statement is not None:  # '"...," kata Sutrisno di Nusa Dua, Kamis (7/5)': a statement told that day
                x, named, place = told
                out.append(EventMention(
                    sentence=s.index, trigger=statement[1], kind=statement[0].name, time=x,
                    participants=_with_affiliations(_keys(named), affiliation, types), place=place, planned=False))
            elif told is None:  # no kind's word, or none that names a happening here ("strike" with no workers)
                happening(s, stimes, smentions)
            prev_sentence = s
            continue
        linked: TimeExpr | None = None
        link = lex.same_time.search(s.text)
        has_own_time = any(x.edtf for x in stimes)
        same_day = lex.same_day.search(s.text)
        if not has_own_time and last_dated is not None and same_day:  # "pada hari yang sama", "on the same day"
            link = same_day
        if not has_own_time and link and last_dated is not None and (
                link is same_day or any(_is_anaphoric(s.text, t, lex) for t in trig)):
            linked = replace(last_dated, phrase=link.group(0), start=s.start + link.start(), end=s.start + link.end(),
                             sentence=s.index, rule=f"linked:{last_dated.rule}")
        seen: dict[tuple[str, str], int] = {}
        told_before = len(out)
        for t in trig:
            time: TimeExpr | None
            if linked is not None:
                if _is_anaphoric(s.text, t, lex):
                    continue  # the back-reference itself: that event was told already
                time = linked
            else:
                time = _nearest_time(t, s, stimes, trig, lex, quotes)
            quote = next(((qa, qb) for qa, qb in quotes if qa <= s.start + t.start and s.start + t.end <= qb), None)
            if time is None and quote is not None and statement is not None:
                # a happening quoted and a time of the telling outside the quote ("... material longsor," kata
                # Teguh, Selasa): the event is the statement, not the quoted happening
                time = _nearest_time(t, s, [x for x in stimes if not (quote[0] <= x.start < quote[1])], trig, lex)
                if time is not None:
                    t = _Trigger(statement[0], t.start, t.end, statement[1])
            elif quote is not None:
                quote = None
            if time is None:
                time = _event_relative(t, s, trig, lex)
            if time is None:
                continue
            ms = _participants(t, trig, s, smentions, lex)
            if quote is not None:
                ms = [m for m in ms if not (quote[0] <= m.start < quote[1])]
            if not ms and prev_sentence is not None and prev_sentence.paragraph == s.paragraph:
                ms = named_in(by_sentence_m, prev_sentence, ("person", "organization")) + ms
            # "The Commission opened its investigation": an organisation the article named in full ("European
            # Commission"), told again by its head noun before the trigger
            if not any(m.type in ("person", "organization") for m in ms):
                ms = _head_noun_organisations(s, t, mentions) + ms
            # "It has until mid-August to lodge the appeal": the subject of the sentence before
            if (prev_sentence is not None and prev_sentence.paragraph == s.paragraph
                    and lex.subject_pronouns.match(s.text)):
                subject = subjects.get(prev_sentence.index) or next(
                    (m for m in sorted(by_sentence_m.get(prev_sentence.index, []), key=lambda m: m.start)
                     if m.type in ("person", "organization")), None) or next(
                    iter(_head_noun_organisations(prev_sentence, None, mentions, lowercase=True)), None)
                if subject is not None and (subject.key or subject.text) not in _keys(ms):
                    ms = [subject, *ms]
            # "the unions", "the club": the organisations just named (a person named beside them is not one)
            if not any(m.type == "organization" for m in ms) and lex.collective.search(s.text):
                ms = _recent_organisations(s, sentences, by_sentence_m) + ms
            # "The tentative agreement, reached on Monday, ...": the happening the sentence before told, by those
            # it named
            if not any(m.type in ("person", "organization") for m in ms) and lex.anaphoric_trigger.match(
                    s.text[:t.start]):
                ms = _recent_organisations(s, sentences, by_sentence_m, back=2) + ms
            if t.kind.destination is not None:  # a journey's onward destination, told in the next clause
                ms = ms + [m for m in smentions if m.type == "place" and m.start >= s.start + t.end and m not in ms
                           and t.kind.destination.search(s.text[max(0, m.start - s.start - 15):m.start - s.start])]
            subjects.setdefault(s.index, next((m for m in ms if m.type in ("person", "organization")), None))
            participants = _with_affiliations(_keys(ms), affiliation, types)
            place = _place(s, ms, lex, t)
            # "the rupiah closed weaker on Friday": what moved is named, though no one did it
            standalone = (t.kind.standalone and t.kind.objects is not None
                          and bool(t.kind.objects.search(s.text[max(0, t.start - 40):t.end + 40])))
            if not participants and not place and not standalone:
                # "The attack, first detected on 8 March, forced the trust to divert ambulances": the one "... Trust"
                participants = _with_affiliations(_keys(_head_noun_organisations(s, None, mentions, lowercase=True)[:1]),
                                                  affiliation, types)
            if not participants and not place and not standalone:  # "Unicef launched an appeal": a name of no type
                participants = _keys(_participants(t, trig, s, sorted(others_m.get(s.index, []), key=lambda m: m.start),
                                                   lex))
            if not participants and not place and not standalone:
                continue  # a happening with nobody and nowhere named is no event we can tell
            key = (lex.groups.get(t.kind.name, t.kind.name), time.edtf)
            if key in seen:  # one happening told twice in a sentence ("meluap ... dan merendam"): one mention
                prev = out[seen[key]]
                extra = tuple(p for p in participants if p not in prev.participants)
                if extra or (prev.place is None and place):
                    out[seen[key]] = replace(prev, participants=prev.participants + extra, place=prev.place or place)
                continue
            seen[key] = len(out)
            out.append(EventMention(
                sentence=s.index, trigger=t.canonical, kind=t.kind.name, time=time, participants=participants,
                place=place, planned=_planned(s, time, lex, t.kind, anchor),
            ))
            bounds = edtf_bounds(time.edtf)
            if bounds and bounds[0] == bounds[1]:
                last_dated = time
        if len(out) == told_before and linked is None:
            happening(s, stimes, smentions)  # its triggers told nothing dated ("the talks", with no time of theirs)
        elif linked is None:
            # a time no trigger took, in a clause of no trigger ("X, who toured the warehouse on Sunday, said the
            # government would table amendments in the first half of next year"): the clause's own verb tells it
            used = {(e.time.start, e.time.end) for e in out[told_before:] if e.time is not None}
            spans = _clauses(s, lex)
            for x in stimes:
                if (x.start, x.end) in used:
                    continue
                rel = x.start - s.start
                ends = [t.end for t in trig if t.end <= rel]
                if ends:  # after a trigger: the clause's own words start after it
                    happening(s, [x], smentions, start=max(ends))
                elif not any(a <= rel < b and any(a <= t.start < b for t in trig) for a, b in spans):
                    happening(s, [x], smentions)
        prev_sentence = s
    return tuple(out)


# ---------------------------------------------------------------------------------------
# The general fallback: a "happening" told by a clause's own verb when no kind's trigger matched

HAPPENING = "happening"
_HAPPENING_PRECISIONS = frozenset({"day", "week", "part-month", "month", "quarter", "season", "half-year"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S*\d\S*")


@dataclass(frozen=True)
class HappeningLexicon:
    verbs: frozenset[str]  # listed verbs ("naik", "meets")
    past: frozenset[str]  # irregular past forms (time.yml's past_words)
    attribution: frozenset[str]  # verbs of saying: only attribute a quote
    future: re.Pattern[str]
    not_verbs: frozenset[str]
    skip: frozenset[str]  # left out of a title
    stop: frozenset[str]  # end a title's object
    determiners: frozenset[str]  # before an -ed word: an adjective ("the embattled")
    prefixes: tuple[str, ...]  # Indonesian verb prefixes
    suffixes: tuple[str, ...]  # English past suffixes
    pronouns: frozenset[str] = frozenset()  # a subject no title can name ("it", "mereka")
    auxiliaries: frozenset[str] = frozenset()  # end a subject noun phrase ("has", "telah")
    infinitive: frozenset[str] = frozenset()  # "forced to cut": the verb it governs is the predicate
    conjunctions: str = "and"  # join subjects ("Kenya and Ethiopia"), as a regex alternation
    genitive: frozenset[str] = frozenset()  # "government of Marsabit": a name kept in a subject noun phrase
    head_first: bool = False  # a noun phrase's head is its first word ("utusan khusus PBB"), else its last
    reporting: frozenset[str] = frozenset()  # "Lestari mengatakan pemeriksaan ... ditargetkan": a clause told follows


@cache
def happening_lexicon(language: str) -> HappeningLexicon:
    data = lang.load(language, "events") or lang.load("en", "events")
    spec = data.get("happening") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in spec.get(key) or [])

    # irregular past forms are verbs where verbs inflect for the past (English); elsewhere they are time words
    # ("lalu" in Indonesian)
    past = [str(w) for w in (lang.load(language, "time") or {}).get("past_words") or []] \
        if data.get("verb_suffixes") else []
    return HappeningLexicon(
        verbs=words("verbs"), past=frozenset(w.casefold() for w in past), attribution=words("attribution"),
        future=re.compile(B + _alt([str(w) for w in spec.get("future") or []]) + E, re.IGNORECASE),
        not_verbs=words("not_verbs"), skip=words("skip"), stop=words("stop"), determiners=words("determiners"),
        prefixes=tuple(str(w).casefold() for w in data.get("verb_prefixes") or []) if spec else (),
        suffixes=tuple(str(w).casefold() for w in data.get("verb_suffixes") or []) if spec else (),
        pronouns=words("pronouns"), auxiliaries=words("auxiliaries"), infinitive=words("infinitive"),
        genitive=words("genitive"), head_first=bool(spec.get("head_first")), reporting=words("reporting"),
        conjunctions="|".join(re.escape(str(w)) for w in spec.get("conjunctions") or ["and"]),
    )


def is_happening_verb(word: str, hx: HappeningLexicon, before: str = "") -> bool:
    """A main verb: listed, an irregular past, an -ed form not after a determiner, or (Indonesian) a word with
    a verb prefix; never a verb of saying."""
    w = word.casefold()
    if not word or not word[0].islower() or w in hx.not_verbs or w in hx.attribution or not w.isalpha():
        return False
    if w in hx.verbs or w in hx.past:
        return True
    if hx.suffixes and len(w) >= 5 and w.endswith(hx.suffixes):
        return before.casefold() not in hx.determiners
    return bool(hx.prefixes) and len(w) >= 5 and w.startswith(hx.prefixes) and w not in hx.skip


def happening_verb(label: str, language: str) -> str:
    """The verb of a happening's title phrase ("accused World Bank" -> "accused"), for merging reports."""
    hx = happening_lexicon(language)
    toks = label.split()
    for i, w in enumerate(toks):
        if is_happening_verb(w, hx, toks[i - 1] if i else ""):
            return w.casefold()
    return toks[0].casefold() if toks else ""


def _happening(
    s: Sentence, stimes: list[TimeExpr], smentions: list[Mention], quotes: Sequence[tuple[int, int]],
    lex: EventLexicon, hx: HappeningLexicon, text_start: int = 0, anchor: str | None = None,
    roles: Mapping[str, Mention] | None = None, borrowed: Sequence[Mention] = (),
) -> Happening | None:
    """The happening of a sentence no trigger matched: its time, its title phrase (the verb and its object),
    its participants (the subject first), whether it is planned, and its subject: the names it is or the noun
    phrase as printed ("harga beras medium"). ``text_start`` is where the sentence's own text begins (after a
    dateline)."""
    if not hx.prefixes and not hx.suffixes:
        return None

    def quoted(pos: int) -> bool:
        return any(qa <= pos < qb for qa, qb in quotes)

    clauses = _clauses(s, lex)
    for x in sorted(stimes, key=lambda x: x.start):
        if not x.edtf or x.precision not in _HAPPENING_PRECISIONS or quoted(x.start) or x.rule.startswith("linked:"):
            continue
        before = s.text[max(0, x.start - s.start - 25):x.start - s.start].casefold().split()
        if before and before[-1] == "on":
            before = before[:-1]
        if before and before[-1].strip(",") in hx.attribution:
            continue  # "said on Tuesday": the day of the telling
        rel0 = x.start - s.start
        if not x.rule.startswith("span:") and (re.search(lex.state_end.pattern + r"$", s.text[max(0, rel0 - 25):rel0],
                                                         re.IGNORECASE) or lex.state_end.match(x.phrase)):
            continue  # "tidak menunggu hingga Juli", "remains in force until 2027": the end of a state, no happening
        rel = x.start - s.start
        ci = next((i for i, (a, b) in enumerate(clauses) if a <= rel < b), -1)
        lo, hi = clauses[ci] if ci >= 0 else (0, len(s.text))
        # "terus naik sejak awal Juni", "have risen since March": a clause that is only its marker and the time
        # dates the clause before it
        if ci > 0 and lex.clauses.fullmatch(s.text[lo:rel].strip()):
            lo = clauses[ci - 1][0]
        lo = max(lo, min(text_start, rel))
        blocked = [(t.start - s.start, t.end - s.start) for t in stimes] + \
                  [(m.start - s.start, m.end - s.start) for m in smentions]
        # "Directors appointed X as administrators late on Monday": a clause with no verb of its own is told by
        # the clause before it
        starts = [lo] + ([max(clauses[ci - 1][0], min(text_start, rel))] if ci > 0 and clauses[ci - 1][0] < lo
                         and clauses[ci - 1][0] >= text_start else [])
        verb = None
        for lo in starts:
            in_clause = [m for m in smentions if lo <= m.start - s.start < hi and not quoted(m.start)
                         and m.type in ("person", "organization", "place")]
            # "in February, an A$180m share sale fell through after its investor, Orchid Holdings, withdrew": a
            # clause that names nobody takes the names of its sentence
            names = in_clause or list(borrowed) or [m for m in smentions if not quoted(m.start) and m.type in (
                "person", "organization", "place") and m.start - s.start >= text_start]
            if not names:
                break
            toks = [(m.start() + lo, m.group(0)) for m in _WORD.finditer(s.text[lo:hi])]
            toks = [(p, w.strip("'’")) for p, w in toks
                    if not any(a <= p < b for a, b in blocked) and not quoted(s.start + p)]
            prev = prev2 = ""
            for i, (p, w) in enumerate(toks):
                # "will", "is expected to": a future marker of one word or two
                future = bool(hx.future.fullmatch(prev) or hx.future.fullmatch(f"{prev2} {prev}"))
                if future and w.casefold() in hx.auxiliaries:
                    continue  # "would be formed": the verb is the one after the auxiliary
                if is_happening_verb(w, hx, prev) or (future and w.isalpha() and w[:1].islower()):
                    verb = i
                    if any(m.start - s.start < p for m in names) or _noun_phrase(s, lo, p, smentions, lex, hx,
                                                                                 text_start, stimes):
                        break  # after its subject
                prev2, prev = prev, w
            if verb is not None:
                break
        if verb is None:
            continue
        vpos, vword = toks[verb]
        subject_names, phrase_subject = _subject(s, lo, vpos, names, smentions, lex, hx, text_start, stimes)
        # "The United Nations' top climate finance envoy warned": the one person the article names by that role
        sa, sb = _subject_span(s, lo, vpos, lex, hx, stimes)
        head = [(m.start() + sa, m.group(0)) for m in _WORD.finditer(s.text[sa:sb])]
        while head and (head[-1][1].casefold() in hx.auxiliaries or hx.future.fullmatch(head[-1][1])):
            head.pop()  # "the envoy will meet": the noun before the auxiliary
        while hx.head_first and head and head[0][1].casefold() in hx.determiners | hx.skip:
            head.pop(0)
        if hx.head_first:  # "Utusan khusus PBB": the head noun comes first
            head = head[:1]
        if roles and head and not any(n.start - s.start <= head[-1][0] < n.end - s.start for n in smentions):
            person = roles.get(head[-1][1].casefold())
            if person is not None:
                subject_names, phrase_subject = [person], None
                names = [person, *(m for m in names if (m.key or m.text) != (person.key or person.text))]
        if not subject_names and phrase_subject is None:
            continue  # no subject ("Gunmen opened fire in Port Vale" with no one named): too vague to tell
        # title: the verb and up to three words of its object, in the sentence's own words
        phrase = [vword]
        rest = toks[verb + 1:]
        for j, (p, w) in enumerate(rest):
            gap = s.text[toks[verb][0]:p]
            if re.search(r"[,;:()\"“”]", gap):
                break
            lw = w.casefold()
            nxt = rest[j + 1][1] if j + 1 < len(rest) else ""
            # "forced to cut rations": the verb the first one governs is the predicate
            if len(phrase) == 1 and lw in hx.infinitive and nxt.isalpha() and nxt[:1].islower() \
                    and nxt.casefold() not in hx.stop and nxt.casefold() not in hx.skip:
                phrase.append(w)
                continue
            if lw in hx.stop or (is_happening_verb(w, hx) and phrase[-1].casefold() not in hx.infinitive):
                break
            if lw in hx.skip or any(c.isdigit() for c in w):
                continue
            phrase.append(w)
            if len(phrase) >= 4 + (phrase[1].casefold() in hx.infinitive if len(phrase) > 1 else 0):
                break
        # names right after the verb are its object ("accused the World Bank")
        after = [m for m in names if m.start - s.start >= vpos + len(vword) and all(
            w.casefold() in hx.skip for w in s.text[vpos + len(vword):m.start - s.start].split())]
        if len(phrase) == 1 and after:
            phrase.append(after[0].text)
        label = " ".join(phrase)
        planned = _planned(s, x, lex, anchor=anchor,
                           marker=bool(hx.future.search(s.text[lo:hi]) or lex.planned.search(s.text)))
        subject = [m for m in subject_names if m not in after]
        others = [m for m in names if m not in subject and m not in after]
        return Happening(x, label, subject + after + others, planned, tuple(subject), phrase_subject)
    return None


@dataclass(frozen=True)
class Happening:
    time: TimeExpr
    label: str
    participants: list[Mention]
    planned: bool
    subject: tuple[Mention, ...]
    subject_phrase: str | None


def _subject_span(s: Sentence, lo: int, vpos: int, lex: EventLexicon, hx: HappeningLexicon,
                  times: Sequence[TimeExpr] = ()) -> tuple[int, int]:
    """Where the subject of the verb at ``vpos`` is printed: the last piece of its clause before it that is
    neither empty nor a telling ("Rudi mengatakan, kenaikan harga dipicu", "On Tuesday, Kenya and Ethiopia
    accused", "Anggota DPR, Gregorius, mendesak", "Pemprov NTT, kata Stefanus, juga akan menggelar"); in a
    relative clause ("kiriman dari Surabaya yang tiba") the piece before the relative pronoun."""
    head = s.text[lo:vpos]
    rels = [m for m in lex.relative.finditer(head) if not head[m.end():].strip(" ,")]
    if rels:
        head = head[:rels[-1].start()]
    cuts = [-1] + [m.start() for m in re.finditer(r"[,;:—]|\s-\s", head)] + [len(head)]
    for a, b in reversed(list(itertools.pairwise(cuts))):
        piece = head[a + 1:b]
        words = [w.casefold() for w in _WORD.findall(piece)]
        if not words or all(w in hx.skip or w in hx.auxiliaries or hx.future.fullmatch(w) for w in words):
            continue
        if any(c.isdigit() for c in words[0]) or all(any(tx.start <= s.start + lo + a + 1 + m.start() < tx.end for tx in times)
                       for m in _WORD.finditer(piece)):
            continue  # ", 52 tahun,", ", Rabu,": an age or a time told beside the subject
        inner = [m for m in _WORD.finditer(piece) if m.group(0).casefold() in hx.reporting and m.start() > 0]
        if inner and any(w[:1].islower() for w in _WORD.findall(piece[inner[-1].end():])):
            # "Kepala Pusat ... Lestari mengatakan pemeriksaan ulang ... ditargetkan", "Doe said the bank had ...":
            # what was told
            return lo + a + 1 + inner[-1].end(), lo + b
        if words[0] in hx.attribution:
            told = re.match(r"\W*\w+\W*", piece)
            rest = piece[told.end():] if told else ""
            if not rest.strip() or not any(w[:1].islower() for w in _WORD.findall(rest)):
                continue  # ", kata Stefanus,", ", said Doe,": who told it
            # "mengatakan seluruh pesawat telah menjalani", "said the bank had released": what was told
            return lo + a + 1 + (told.end() if told else 0), lo + b
        return lo + a + 1, lo + b
    return lo, lo + len(head)


def _noun_phrase(s: Sentence, lo: int, vpos: int, smentions: list[Mention], lex: EventLexicon,
                 hx: HappeningLexicon, text_start: int = 0, times: Sequence[TimeExpr] = ()) -> str | None:
    """The common noun phrase printed as the subject of the verb at ``vpos`` ("harga beras medium",
    "operasi pasar"), None when the subject is a name, a pronoun or nothing."""
    a, b = _subject_span(s, lo, vpos, lex, hx, times)
    words: list[str] = []
    initial = False
    for m in _WORD.finditer(s.text[a:b]):
        w = m.group(0).strip("'’")
        lw = w.casefold()
        pos = a + m.start()
        name = next((n for n in smentions if n.start - s.start <= pos < n.end - s.start), None)
        if not words:
            if lw in hx.determiners or lw in hx.skip or any(c.isdigit() for c in w) \
                    or any(x.start <= s.start + pos < x.end for x in times):
                continue  # "the", "5.000 ton", "Rabu": not the head of the phrase
            if name is not None or lw in hx.pronouns or lw in hx.attribution or lex.sources.fullmatch(w):
                return None  # a name is the subject, or a pronoun
            initial = not re.search(r"\w", s.text[text_start:pos])
        if not words and (re.fullmatch(hx.conjunctions, lw) or lw in hx.not_verbs):
            continue  # "termasuk 5.000 ton kiriman", "and Chilean output": a linking word before the phrase
        if lw in hx.pronouns:
            return None  # "On Tuesday it pointed out": a pronoun is the subject
        if name is not None and words:
            return None  # "Anggota Komisi IV", "Kepala Bapanas Rudi": a title before the name that is the subject
        if lw in hx.genitive and not any(c.isdigit() for c in w):
            nxt = next((n for n in smentions if pos + len(w) <= n.start - s.start <= pos + len(w) + 1), None)
            if nxt is not None:
                words += [w, nxt.text]  # "kiriman dari Surabaya", "government of Marsabit"
            break
        if name is not None or lw in hx.stop or lw in hx.skip or hx.future.fullmatch(w) or lw in hx.auxiliaries \
                or any(c.isdigit() for c in w):
            break
        words.append(w)
        if len(words) >= 4:
            break
    if not words or not any(len(w) >= 3 for w in words) or words[-1].casefold() in hx.determiners \
            or words[0].casefold() in hx.pronouns:
        return None
    if not any(w[:1].islower() for w in words) and not (initial and len(words) == 1):
        return None  # capitalised words only: a name the finder left out ("Gunmen" opening a sentence is none)
    return " ".join(words)


def _subject(
    s: Sentence, lo: int, vpos: int, names: list[Mention], smentions: list[Mention], lex: EventLexicon,
    hx: HappeningLexicon, text_start: int = 0, times: Sequence[TimeExpr] = (),
) -> tuple[list[Mention], str | None]:
    """The subject of the verb at ``vpos``: the names printed as it ("Kenya and Ethiopia accused ...") or, when
    it is a common noun phrase, that phrase ("Harga beras medium ... naik"); the names before the verb
    when neither can be told apart."""
    phrase = _noun_phrase(s, lo, vpos, smentions, lex, hx, text_start, times)
    if phrase is not None:
        return [], phrase
    a, b = _subject_span(s, lo, vpos, lex, hx, times)
    inside = [m for m in names if a <= m.start - s.start < b]
    if inside:
        # "The U.N. World Food Programme (WFP)": names printed side by side are one name, the last one its head;
        # names joined by "and", "dan" or a comma are several subjects
        groups: list[list[Mention]] = [[inside[0]]]
        for p, q in itertools.pairwise(inside):
            gap = s.text[p.end - s.start:q.start - s.start]
            if re.fullmatch(r"\s*(?:,|&|" + hx.conjunctions + r")\s*", gap, re.IGNORECASE):
                groups.append([q])
            elif not any(w.casefold().strip("()'’,") in hx.stop for w in gap.split()):
                groups[-1].append(q)  # "Ethiopia's Finance Minister Dawit Alemayehu": one name, its head the person
            else:
                break  # "the World Bank of Somalia": only the names before the preposition are the subject
        return [max(g, key=lambda m: (m.type != "place", len(m.text))) for g in groups], None
    # "The U.N. World Food Programme (WFP) said it had been forced to ...": a pronoun after a verb of saying is the
    # one who said it
    told = [m for m in _WORD.finditer(s.text, lo, vpos) if m.group(0).casefold() in hx.reporting]
    if told and a >= told[-1].end():
        speaker, _ = _subject(s, lo, told[-1].start(), names, smentions, lex, hx, text_start, times)
        if speaker:
            return speaker, None
    # "Yuliana Sari, mengatakan pihaknya memberlakukan ...": a pronoun or nothing names the subject; the one who
    # told it, else the first organisation, stands for it
    before = [m for m in names if m.start - s.start < vpos]
    for typ in ("person", "organization"):
        if any(m.type == typ for m in before):
            return [next(m for m in before if m.type == typ)], None
    return before, None
