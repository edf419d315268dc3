"""Events across articles: reports of the same happening merged into one dated ``Event``.

Two reports are the same event when their kinds agree (or belong to one merge group, such as a
video call that another outlet calls a meeting, on the same day), their dates overlap, and
their participants agree: the people named must overlap (at least half of them, or one set
inside the other); without people, the organisations and places must share at least two, or
all of the smaller set. Reports are blocked by kind group and month, so the work stays near
linear in the number of reports. Each report is attached to the best compatible event so far
(most shared participants, same kind, then the earliest formed), reports being taken most
precise date first, in an order that does not depend on the order of the articles.

The event's date is the consensus: the narrowest date reported, the most reported among equals.
Its id is a slug of kind, date and main participants, independent of article order. A mention dated
by another happening ("pada malam sebelum pencoblosan") is dated from the events the first
clustering formed, then all reports are clustered again. A happening (the general fallback) is
titled by its subject, the names or the noun phrase the sentence gives, and its own predicate.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Protocol, cast

from dossier import lang
from dossier.extract.events import EVENT_RELATIVE, HAPPENING, find_event_mentions, happening_verb
from dossier.extract.timex import edtf_bounds, normalise_times
from dossier.model import Article, Event, EventMention, EventReport, Extraction, Mention


class EntityLinksLike(Protocol):
    def entity_id(self, article_id: str, mention_key: str) -> str | None: ...


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", "-", s).strip("-")


@dataclass
class _Report:
    article_id: str
    mention: EventMention
    sentence_text: str
    participants: tuple[str, ...]  # entity ids
    types: dict[str, str]  # entity id -> person | organization | place
    names: dict[str, str]  # entity id -> mention key as printed
    place: str | None
    start: dt.date
    end: dt.date
    subject: tuple[str, ...] = ()  # entity ids of a happening's subject

    @property
    def width(self) -> int:
        return (self.end - self.start).days

    @cached_property
    def people(self) -> set[str]:
        return {p for p in self.participants if self.types.get(p) == "person"}

    @cached_property
    def others(self) -> set[str]:
        return {p for p in self.participants if self.types.get(p) != "person"}

    @property
    def sort_key(self) -> tuple:
        t = self.mention.time
        # reports naming people first: one naming none then joins the cluster they formed, whatever the order
        return (self.width, self.start, self.mention.kind, not self.people, self.article_id, self.mention.sentence,
                t.start if t else 0)


class _Cluster:
    """Reports of one event, with their kinds, common dates and participants kept up to date
    as reports join (the clustering asks for them once per candidate report)."""

    def __init__(self, reports: list[_Report]) -> None:
        self.reports: list[_Report] = []
        self.kinds: Counter[str] = Counter()
        self._people: set[str] = set()
        self._others: set[str] = set()
        self.start = dt.date.min
        self.end = dt.date.max
        for r in reports:
            self.add(r)

    def add(self, r: _Report) -> None:
        self.reports.append(r)
        self.kinds[r.mention.kind] += 1
        self.start = max(self.start, r.start)
        self.end = min(self.end, r.end)
        self._people |= r.people
        self._others |= r.others

    def people(self) -> set[str]:
        return self._people

    def others(self) -> set[str]:
        return self._others


def _place_kinds(language: str) -> frozenset[str]:
    """Kinds whose first preferred participants are places: people need not agree to merge them."""
    data = lang.load(language, "events") or lang.load("en", "events")
    return frozenset(k for k, spec in (data.get("kinds") or {}).items() if (spec.get("prefer") or [""])[0] == "place")


def _groups(language: str) -> dict[str, str]:
    data = lang.load(language, "events") or lang.load("en", "events")
    out: dict[str, str] = {}
    for group in data.get("merge_groups") or []:
        for kind in group:
            out[str(kind)] = "+".join(str(k) for k in group)
    return out


def _people_agree(a: set[str], b: set[str]) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    return len(a & b) / len(a | b) >= 0.5


def _others_agree(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= 2 or (shared >= 1 and shared == min(len(a), len(b)))


def _same_verb(a: str, b: str, language: str) -> bool:
    """Two happenings' verbs agree: the same word or the same stem ("accused", "accuses"; "mengirim", "dikirim")."""
    va, vb = happening_verb(a, language), happening_verb(b, language)
    if va == vb:
        return True
    stems = []
    for v in (va, vb):
        for pre in ("meng", "meny", "mem", "men", "me", "di", "ber", "ter"):
            if language == "id" and v.startswith(pre) and len(v) - len(pre) >= 4:
                v = v[len(pre):]
                break
        stems.append(v[:6])
    short, long_ = sorted(stems, key=len)
    return len(short) >= 4 and long_.endswith(short)


def _compatible(r: _Report, c: _Cluster, groups: dict[str, str], place_kinds: frozenset[str],
                language: str = "en") -> int:
    """A score > 0 when the report may join the cluster."""
    kind = r.mention.kind
    same_kind = kind in c.kinds
    if not same_kind:
        g = groups.get(kind)
        if g is None or not any(groups.get(k) == g for k in c.kinds):
            return 0
        if r.width > 0 or c.start != c.end:  # a call and a meeting are one event only on one same day
            return 0
    if kind == HAPPENING and same_kind and not any(
            _same_verb(r.mention.trigger, o.mention.trigger, language) for o in c.reports if o.mention.kind == kind):
        return 0  # reports of a happening told by different verbs are different happenings
    slack = dt.timedelta(days=3 if (r.mention.time and r.mention.time.approximate) else 0)
    if r.start > c.end + slack or c.start > r.end + slack:
        return 0
    people, cp = r.people, c.people()
    if kind in place_kinds:  # a treaty's expiry, an invasion: the countries tell, not who spoke of it
        if not _others_agree(r.others, c.others()) and not (people & cp and _people_agree(people, cp)):
            return 0
    else:
        # one outlet names the official, another only the organisations and places: these must then agree well
        lenient = (not people or not cp) and len(r.others & c.others()) >= 2
        if not _people_agree(people, cp) and not lenient:
            return 0
        if not people and not cp and not _others_agree(r.others, c.others()):
            return 0
    shared = len(set(r.participants) & (cp | c.others()))
    if shared == 0:
        return 0
    return 10 * shared + (5 if same_kind else 0)


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month) and len(out) < 13:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _report(art_id: str, em: EventMention, sents: Mapping[int, str], by_key: Mapping[str, Mention],
            links: EntityLinksLike) -> _Report | None:
    if em.time is None or not em.time.edtf:
        return None
    bounds = edtf_bounds(em.time.edtf)
    if bounds is None:
        return None
    ids: list[str] = []
    types: dict[str, str] = {}
    names: dict[str, str] = {}
    for key in em.participants:
        eid = links.entity_id(art_id, key)
        if not eid or eid in ids:
            continue
        ids.append(eid)
        pm = by_key.get(key)
        types[eid] = pm.type if pm else "other"
        names[eid] = key
    place = links.entity_id(art_id, em.place) if em.place else None
    if place:
        names.setdefault(place, em.place or place)
        types.setdefault(place, "place")
    subject = tuple(dict.fromkeys(e for e in (links.entity_id(art_id, k) for k in em.subject) if e))
    return _Report(art_id, em, sents.get(em.sentence, ""), tuple(ids), types, names, place, *bounds, subject=subject)


def _reports(
    articles: Sequence[Article], extractions: Mapping[str, Extraction], links: EntityLinksLike,
    resolve: Callable[[str, EventMention], EventMention | None] | None = None,
) -> list[_Report]:
    """Reports of dated event mentions; with ``resolve``, only those of the mentions it gives a date to."""
    out: list[_Report] = []
    for art in sorted(articles, key=lambda a: a.id):
        ex = extractions.get(art.id)
        if ex is None:
            continue
        by_key: dict[str, Mention] = {}
        for m in ex.mentions:
            by_key.setdefault(m.key or m.text, m)
        sents = {s.index: s.text for s in ex.sentences}
        for em in ex.event_mentions:
            if resolve is not None:
                found = resolve(art.id, em)
                if found is None:
                    continue
                em = found
            r = _report(art.id, em, sents, by_key, links)
            if r is not None:
                out.append(r)
    return out


def _label_of(kind: str, trigger: str, language: str) -> str:
    """The label a kind's data gives a trigger ("pencoblosan" -> "Pemungutan suara"), else the kind's label."""
    spec = ((lang.load(language, "events") or lang.load("en", "events")).get("kinds") or {}).get(kind) or {}
    labels = {str(k).casefold(): str(v) for k, v in (spec.get("labels") or {}).items()}
    return labels.get(trigger.casefold(), str(spec.get("label") or kind))


def _event_relative(clusters: list[_Cluster], links: EntityLinksLike, language: str
                    ) -> Callable[[str, EventMention], EventMention | None]:
    """Dates mentions told by another happening ("pada malam sebelum pencoblosan": rule
    "event-relative:election:-1") from the day-precise events of that kind: those sharing a participant with
    the mention, else all; only when they agree on one day."""
    groups = _groups(language)

    def resolve(article_id: str, em: EventMention) -> EventMention | None:
        t = em.time
        if t is None or t.edtf or not t.rule.startswith(EVENT_RELATIVE + ":"):
            return None
        _, kind, days, trigger = t.rule.split(":", 3)
        group = groups.get(kind, kind)
        cands = [c for c in clusters if c.start == c.end and any(groups.get(k, k) == group for k in c.kinds)]
        # "pencoblosan" is the vote ("Pemungutan suara", "Pemungutan suara ulang"), not its count ("Rekapitulasi")
        want = _label_of(kind, trigger, language).casefold()
        alike = [c for c in cands if any(
            r.mention.trigger == trigger or _label_of(r.mention.kind, r.mention.trigger, language).casefold()
            .startswith(want) or want.startswith(_label_of(r.mention.kind, r.mention.trigger, language).casefold())
            for r in c.reports)]
        cands = alike or cands
        mine = {e for e in (links.entity_id(article_id, k) for k in em.participants) if e}
        shared = [c for c in cands if mine & (c.people() | c.others())]
        days_found = {c.start for c in (shared or cands)}
        if len(days_found) != 1:
            return None
        day = next(iter(days_found)) + dt.timedelta(days=int(days))
        return replace(em, time=replace(t, edtf=day.isoformat(), rule=f"{t.rule}:{next(iter(days_found)).isoformat()}"))

    return resolve


def _cluster(reports: list[_Report], language: str) -> list[_Cluster]:
    groups = _groups(language)
    place_kinds = _place_kinds(language)
    clusters: list[_Cluster] = []
    # blocks: (kind group, year, month, participant) -> clusters formed in that month naming that
    # participant. A report scores 0 against a cluster that shares no participant with it, so the
    # clusters under its months and its participants are all it can join: candidates grow with
    # the participant's events in one month, not with every event of the month.
    blocks: dict[tuple[str, int, int, str], list[int]] = {}
    months_of: list[list[tuple[int, int]]] = []  # per cluster: the months it was formed in
    members: list[set[str]] = []  # per cluster: the participants it is blocked under
    for r in sorted(reports, key=lambda x: x.sort_key):
        group = groups.get(r.mention.kind, r.mention.kind)
        months = _months(r.start, r.end)
        cand: set[int] = set()
        for ym in months:
            for p in r.participants:
                cand.update(blocks.get((group, *ym, p), ()))
        best, best_score = None, 0
        for ci in sorted(cand):
            score = _compatible(r, clusters[ci], groups, place_kinds, language)
            if score > best_score:
                best, best_score = ci, score
        if best is None:
            clusters.append(_Cluster([r]))
            best = len(clusters) - 1
            months_of.append(months)
            members.append(set())
        else:
            clusters[best].add(r)
        for p in dict.fromkeys(r.participants):
            if p not in members[best]:
                members[best].add(p)
                for ym in months_of[best]:
                    blocks.setdefault((group, *ym, p), []).append(best)
    return clusters


def _consensus(c: _Cluster) -> tuple[str, str]:
    # a span told in full ("sejak Sabtu (6/6) hingga Jumat (19/6)") wins over a report of one day inside it
    # ("hingga 19 Juni"): the other reports only tell part of it
    spans = [r.mention.time for r in c.reports if r.mention.time and r.mention.time.rule.startswith("span:")]
    for sp in spans:
        outer = edtf_bounds(sp.edtf)
        inner = [edtf_bounds(r.mention.time.edtf) for r in c.reports if r.mention.time]
        if outer and all(b is not None and outer[0] <= b[0] and b[1] <= outer[1] for b in inner):
            return sp.edtf, sp.precision
    counts = Counter((r.mention.time.edtf, r.mention.time.precision) for r in c.reports if r.mention.time)
    width = {(r.mention.time.edtf, r.mention.time.precision): r.width for r in c.reports if r.mention.time}
    (edtf, precision), _ = min(counts.items(), key=lambda kv: (width[kv[0]], -kv[1], kv[0][0]))
    return edtf, precision


def _title(kind: str, names: list[str], place_name: str | None, obj: str | None, triggers: Counter[str],
           language: str, thing: str | None = None) -> str:
    """The event's title from the kind's templates; ``thing`` is what the happening was done to, from the
    kind's ``objects`` ("centre", "dinding penahan tanah"), used by ``title_object`` templates."""
    data = lang.load(language, "events") or lang.load("en", "events")
    spec = (data.get("kinds") or {}).get(kind) or {}
    labels = {str(k).casefold(): str(v) for k, v in (spec.get("labels") or {}).items()}
    label = str(spec.get("label") or kind)
    for trig, _ in sorted(triggers.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])):
        if spec.get("label_from_trigger"):  # a happening: the clause's own verb phrase ("accused World Bank")
            label = trig
            break
        if trig in labels:
            label = labels[trig]
            break
    joiner = str(data.get("name_joiner", "–"))
    tmpl = dict(data.get("titles", {}).get(kind) or {})
    t_plain = tmpl.get("title") or data.get("title") or "{label} {names}"
    t_place = tmpl.get("title_place") or data.get("title_place") or t_plain
    if not names and place_name and "{names}" in (tmpl.get("title_object") or t_plain):
        names, place_name = [place_name], None  # "Migori opens desks", not "opens desks in Migori"
    if thing and tmpl.get("title_object"):
        t_plain = tmpl["title_object"]
        t_place = tmpl.get("title_object_place") or t_plain
        obj = thing
    text = (t_place if place_name else t_plain).format(
        label=label, label_lower=label[:1].lower() + label[1:], names=joiner.join(names), place=place_name or "",
        object=obj or "")
    text = re.sub(r"\(\s*\)|\s+(?=[,.)])", "", text)  # no names: "Closure of road ()" -> "Closure of road"
    text = re.sub(r"\s+", " ", text).strip(" :–-")
    return text[:1].upper() + text[1:]


def _thing(kind: str, reports: list[_Report], language: str) -> str | None:
    """What the happening was done to, from the kind's ``objects``, as near its trigger as the reports
    print it ("The 120-bed centre was opened by ..." -> "centre"); None when no report names one."""
    data = lang.load(language, "events") or lang.load("en", "events")
    objects = [str(w) for w in ((data.get("kinds") or {}).get(kind) or {}).get("objects") or []]
    if not objects:
        return None
    found: Counter[str] = Counter()
    for r in reports:
        if r.mention.kind != kind:
            continue
        text = r.sentence_text
        first = r.mention.trigger.split()[0] if r.mention.trigger.split() else ""
        tm = re.search(rf"(?<!\w){re.escape(first)}", text, re.IGNORECASE) if first else None
        pos = tm.start() if tm else 0
        best: tuple[int, int, str] | None = None
        for w in objects:
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE):
                dist = abs(m.start() - pos)
                if dist <= 80 and (best is None or (dist, -len(w)) < best[:2]):
                    best = (dist, -len(w), m.group(0).casefold())
        if best:
            found[best[2]] += 1
    return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if found else None


def _object_word(kind: str, reports: list[_Report], language: str) -> str | None:
    """The word a kind required, as the reports wrote it ("perjanjian", "treaty")."""
    data = lang.load(language, "events") or lang.load("en", "events")
    req = ((data.get("kinds") or {}).get(kind) or {}).get("requires") or []
    words: Counter[str] = Counter()
    for r in reports:
        for w in req:
            if re.search(rf"(?<!\w){re.escape(str(w))}(?!\w)", r.sentence_text, re.IGNORECASE):
                words[str(w)] += 1
    return words.most_common(1)[0][0] if words else (str(req[0]) if req else None)


def _happening_subject(c: _Cluster, triggers: Counter[str], best_name: Callable[[str], str],
                       data: Mapping[str, object]) -> str | None:
    """A happening's subject as its title prints it: the names the reports give as its subject ("Kenya and
    Ethiopia") or the noun phrase they print ("Harga beras medium"); the report of the most told verb first."""
    spec = data.get("happening") if isinstance(data.get("happening"), dict) else {}
    joiner = str(cast("dict[str, object]", spec).get("subject_joiner") or " and ")
    top = sorted(triggers.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0] if triggers else None
    reports = sorted((r for r in c.reports if r.mention.kind == HAPPENING),
                     key=lambda r: (r.mention.trigger != top, not r.subject, r.article_id, r.mention.sentence))
    for r in reports:
        if r.subject:
            names = list(dict.fromkeys(best_name(e) for e in r.subject))
            return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
        if r.mention.subject_phrase:
            phrase = r.mention.subject_phrase
            return phrase[:1].upper() + phrase[1:]
    return None


def _event(c: _Cluster, language: str, display: Callable[[str], str | None] | None = None) -> Event:
    specs = (lang.load(language, "events") or lang.load("en", "events")).get("kinds") or {}

    def generic(k: str) -> bool:  # a telling or a bare "decision" gives its title to what it told of
        spec = specs.get(k) or {}
        return bool(spec.get("generic") or spec.get("speech"))

    kind = sorted(c.kinds.items(), key=lambda kv: (generic(kv[0]), -kv[1], kv[0]))[0][0]
    edtf, precision = _consensus(c)
    pcount: Counter[str] = Counter()
    types: dict[str, str] = {}
    names: dict[str, Counter[str]] = {}
    places: Counter[str] = Counter()
    for r in c.reports:
        for p in r.participants:
            pcount[p] += 1
            types.setdefault(p, r.types.get(p, "other"))
            names.setdefault(p, Counter())[r.names.get(p, p)] += 1
        if r.place:
            places[r.place] += 1
            names.setdefault(r.place, Counter())[r.names.get(r.place, r.place)] += 1
    place = sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if places else None
    participants = tuple(p for p, _ in sorted(pcount.items(), key=lambda kv: (-kv[1], kv[0])))
    data = lang.load(language, "events") or lang.load("en", "events")
    prefer = ((data.get("kinds") or {}).get(kind) or {}).get("prefer") or ["person", "organization", "place"]

    def best_name(eid: str) -> str:
        shown = display(eid) if display is not None else None
        if shown:
            return shown
        return sorted(names[eid].items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0]))[0][0]

    main: list[str] = []
    for typ in prefer:
        cands = [p for p in participants if types.get(p) == typ and p != place]
        if cands:
            top = max(pcount[p] for p in cands)
            main = [p for p in cands if pcount[p] * 2 >= top][:3]
            break
    if not main:
        main = [p for p in participants if p != place][:3]
    main_sorted = sorted(main, key=lambda p: (-pcount[p], p))
    triggers = Counter(r.mention.trigger for r in c.reports if r.mention.kind == kind)
    title_names = [best_name(p) for p in main_sorted]
    if kind == HAPPENING:
        subject = _happening_subject(c, triggers, best_name, data)
        if subject:
            title_names = [subject]
    title = _title(kind, title_names, best_name(place) if place else None,
                   _object_word(kind, c.reports, language), triggers, language, _thing(kind, c.reports, language))
    ident = slugify("-".join([kind, edtf.replace("/", "-").replace("~", ""), *sorted(main_sorted)[:2]]))
    reports = tuple(
        EventReport(
            article_id=r.article_id, sentence=r.mention.sentence, text=r.sentence_text,
            phrase=r.mention.time.phrase if r.mention.time else None, edtf=r.mention.time.edtf if r.mention.time else None,
            anchor=r.mention.time.anchor if r.mention.time else None,
            anchor_inferred=r.mention.time.anchor_inferred if r.mention.time else False,
            rule=r.mention.time.rule if r.mention.time else "",
        )
        for r in sorted(c.reports, key=lambda x: (x.article_id, x.mention.sentence))
    )
    planned = sum(r.mention.planned for r in c.reports) * 2 >= len(c.reports)
    lead = next((r for r in reports if r.edtf == edtf), reports[0] if reports else None)
    return Event(
        id=ident or "event", title=title, kind=kind, date=edtf, precision=precision, planned=planned,
        participants=participants, place=place, articles=tuple(sorted({r.article_id for r in c.reports})),
        reports=reports, summary=lead.text if lead is not None else "",
    )


def link_events(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    links: EntityLinksLike,
    language: str,
    display: Callable[[str], str | None] | None = None,
) -> tuple[Event, ...]:
    """Events of the dossier, merged across articles, sorted by date then id. Titles in ``language``;
    ``display`` maps an entity id to the name titles give it (its display name in ``language``),
    else titles use the names the articles printed. Ids never depend on it."""
    reports = _reports(articles, extractions, links)
    clusters = _cluster(reports, language)
    # "pada malam sebelum pencoblosan": dated from the events just formed, then linked with the others
    relative = _reports(articles, extractions, links, _event_relative(clusters, links, language))
    if relative:
        clusters = _cluster(reports + relative, language)
    events = [_event(c, language, display) for c in clusters]
    # stable, unique ids: a repeated id gets -2, -3 ... in an order independent of the articles
    events.sort(key=lambda e: (e.id, e.date or "", e.reports[0].article_id if e.reports else "",
                               e.reports[0].sentence if e.reports else 0))
    seen: Counter[str] = Counter()
    out = []
    for e in events:
        seen[e.id] += 1
        out.append(e if seen[e.id] == 1 else replace(e, id=f"{e.id}-{seen[e.id]}"))
    out.sort(key=lambda e: (cast("tuple[dt.date, dt.date]", edtf_bounds(e.date))[0] if edtf_bounds(e.date)
                            else dt.date.max, e.id))
    return tuple(out)


def reanchor(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    links: EntityLinksLike,
    language: str,
    events: Sequence[Event] | None = None,
) -> dict[str, Extraction]:
    """Anchor articles whose date is unknown on the events other articles report.

    For an article with no anchor, each of its event mentions whose time could not be resolved
    ("Rabu lalu") is tried against the day-precise events of the same kind group that share its
    people or places: when re-resolving the phrase against that event's date gives that date back,
    the date becomes the article's anchor (marked inferred) and its times and event mentions are
    computed again. Returns the updated extractions (all of them; unchanged ones as they were).
    Call ``link_events`` again with the result.
    """
    if events is None:
        events = link_events(articles, extractions, links, language)
    groups = _groups(language)
    out = dict(extractions)
    # day-precise events by participant: candidates share at least one participant, so no
    # mention is compared with every event
    by_participant: dict[str, list[int]] = {}
    for k, ev in enumerate(events):
        if ev.precision == "day" and ev.date:
            for p in dict.fromkeys(ev.participants):
                by_participant.setdefault(p, []).append(k)
    for art in sorted(articles, key=lambda a: a.id):
        ex = extractions.get(art.id)
        if ex is None or ex.anchor is not None:
            continue
        votes: Counter[str] = Counter()
        for em in ex.event_mentions:
            if em.time is None or em.time.edtf:
                continue
            ids = cast("set[str]", {links.entity_id(art.id, k) for k in em.participants} - {None})
            sent = next((s for s in ex.sentences if s.index == em.sentence), None)
            if sent is None:
                continue
            for k in sorted({k for p in ids for k in by_participant.get(p, ())}):
                ev = events[k]
                if ev.kind != em.kind and (groups.get(ev.kind) is None or groups.get(ev.kind) != groups.get(em.kind)):
                    continue
                if len(ids & set(ev.participants)) < min(2, len(ids)) or not ids:
                    continue
                date = cast(str, ev.date).rstrip("~")
                again = normalise_times(art.text, (sent,), art.language, date, True)
                if any(t.phrase == em.time.phrase and t.edtf.rstrip("~") == date for t in again):
                    votes[date] += len(ev.reports)
        if not votes:
            continue
        anchor = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        times = normalise_times(art.text, ex.sentences, art.language, anchor, True)
        ems = find_event_mentions(art.text, ex.sentences, ex.mentions, times, art.language, anchor)
        out[art.id] = replace(ex, times=times, event_mentions=ems, anchor=anchor, anchor_inferred=True)
    return out
