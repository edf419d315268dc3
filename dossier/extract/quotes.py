"""Direct quotes, who said them, and which broadcaster or agency the outlet credits.

Pure: article text in, :class:`~dossier.model.Quote` values out. The cue words come from
``dossier/lang/<tag>/quotes.yml`` (``after``: “…,” kata X; ``after_pronoun``: “…,” tambahnya;
``before``: X mengatakan “…”; ``according``: menurut X; ``pronouns``; ``credit``: seperti
dikutip CCTV). A quote is kept when it has at least :data:`MIN_WORDS` words and a speaker, or at
least :data:`MIN_WORDS_UNATTRIBUTED` words (short quoted terms are scare quotes, not quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dossier import lang
from dossier.extract.sentences import sentence_at
from dossier.model import Mention, Quote, Sentence

MIN_WORDS = 3
MIN_WORDS_UNATTRIBUTED = 8
# How far (characters) after a closing quote the attribution may start.
AFTER_REACH = 12
# How far after a credit cue the credited name may start.
CREDIT_REACH = 45

_QUOTE_RE = re.compile(r"“([^”\n]{2,2000}?)”|\"([^\"\n]{2,2000}?)\"|«([^»\n]{2,2000}?)»|„([^“”\n]{2,2000}?)[“”]")
_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_NAME_RUN = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|de|al))*(?<![\s.])")
_OPENERS = "“\"«„"


@dataclass(frozen=True)
class Credit:
    """A broadcaster or agency an article credits ("seperti dikutip CCTV", "melansir Reuters")."""

    name: str
    sentence: int
    cue: str
    start: int  # offsets of the credited name in Article.text
    end: int


@dataclass(frozen=True)
class _Cues:
    after: re.Pattern[str]
    after_pronoun: frozenset[str]
    before: re.Pattern[str]
    according: re.Pattern[str]
    pronouns: re.Pattern[str]
    credit: re.Pattern[str]
    calendar: frozenset[str]


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@cache
def _cues(language: str) -> _Cues:
    data = lang.load(language, "quotes") or lang.load("en", "quotes")
    after = list(data.get("after") or []) + list(data.get("after_pronoun") or [])
    calendar: set[str] = set()
    try:  # weekday and month names are never agencies (CLDR via Babel)
        from babel import Locale

        loc = Locale.parse(language)
        for table in (loc.days["format"]["wide"], loc.months["format"]["wide"]):
            calendar.update(str(v).lower() for v in table.values())
    except Exception:  # unknown locale: no calendar words
        pass
    return _Cues(
        after=re.compile(r"[\s,.:;–—-]{0,4}(" + _alternation(after) + r")\b", re.IGNORECASE),
        after_pronoun=frozenset(str(w).lower() for w in data.get("after_pronoun") or []),
        before=re.compile(r"\b(" + _alternation(list(data.get("before") or [])) + r")\b", re.IGNORECASE),
        according=re.compile(r"\b(" + _alternation(list(data.get("according") or [])) + r")\b", re.IGNORECASE),
        pronouns=re.compile(r"\b(" + _alternation(list(data.get("pronouns") or [])) + r")\b", re.IGNORECASE),
        credit=re.compile(r"\b(" + _alternation(list(data.get("credit") or [])) + r")\b", re.IGNORECASE),
        calendar=frozenset(calendar),
    )


def _name(m: Mention) -> str:
    return m.key or m.text


def _speaker_mentions(mentions: tuple[Mention, ...], start: int, end: int) -> list[Mention]:
    """Person mentions inside [start, end), then organisation mentions (a fallback speaker)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    persons = sorted((m for m in inside if m.type == "person"), key=lambda m: m.start)
    orgs = sorted((m for m in inside if m.type == "organization" and m.subtype != "media"), key=lambda m: m.start)
    return persons or orgs


def _subject_before(mentions: tuple[Mention, ...], sentences: tuple[Sentence, ...], index: int) -> str | None:
    """The first person named in the nearest earlier sentence that names one (the likely subject)."""
    for s in reversed(sentences[: index]):
        persons = sorted((m for m in mentions if m.type == "person" and s.start <= m.start < s.end),
                         key=lambda m: m.start)
        if persons:
            return _name(persons[0])
        if index - s.index > 3:
            break
    return None


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause that starts at ``start``: the next sentence stop or quote mark."""
    m = re.compile(r"[.!?;“\"«]|\n").search(text, start, min(len(text), limit))
    return m.start() if m else min(len(text), limit)


def find_credits(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                 language: str) -> tuple[Credit, ...]:
    """Broadcasters and agencies the article credits, with the sentence of the crediting phrase."""
    cues = _cues(language)
    found: list[Credit] = []
    blocked = [(m.start, m.end) for m in mentions if m.type in ("person", "place")]
    for cue in cues.credit.finditer(text):
        window_end = min(len(text), cue.end() + CREDIT_REACH + 40)
        stop = re.compile(r"[.!?;“\"«]").search(text, cue.end(), window_end)
        # a sentence stop right after the cue ("dikutip televisi pemerintah China,\nCCTV.") keeps the name
        end = stop.end() if stop else window_end
        last_end: int | None = None
        for run in _NAME_RUN.finditer(text, cue.end(), end):
            if run.start() - cue.end() > CREDIT_REACH:
                break
            if last_end is not None and text[last_end:run.start()].strip(" ,–—-"):
                break  # only an apposition ("televisi pemerintah China, CCTV") may follow a place or person
            name = run.group(0).rstrip(".,")
            if any(a < run.end() and run.start() < b for a, b in blocked) or name.lower() in cues.calendar:
                last_end = run.end()
                continue
            org = next((m for m in mentions if m.type == "organization" and run.start() <= m.start < run.end()), None)
            if org is not None:
                name, start, stop_at = _name(org), org.start, org.end
            else:
                start, stop_at = run.start(), run.start() + len(name)
            found.append(Credit(name, sentence_at(sentences, cue.start()), cue.group(1).lower(), start, stop_at))
            break
    return tuple(found)


def _attribute(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], cues: _Cues,
               sentence: Sentence, open_at: int, close_at: int, previous: str | None,
               same_sentence: str | None = None) -> tuple[str | None, str]:
    """(speaker, cue) for the quote whose marks are at [open_at, close_at).

    ``previous`` is the last speaker in the article, ``same_sentence`` the speaker of an earlier
    quote in the same sentence.
    """
    # 1. after the quote: “…,” kata Xi / “…,” tambahnya / "…," X said
    clause_end = _clause_end(text, close_at, close_at + 160)
    after = cues.after.match(text, close_at, clause_end)
    if after and after.start(1) - close_at <= AFTER_REACH:
        cue = after.group(1).lower()
        if cue in cues.after_pronoun:
            return previous or _subject_before(mentions, sentences, sentence.index), cue
        found = _speaker_mentions(mentions, after.end(), clause_end)
        if found:
            return _name(found[0]), cue
        gap = re.compile(r"\s*").match(text, after.end())
        if cues.pronouns.match(text, gap.end() if gap else after.end()):
            return previous or _subject_before(mentions, sentences, sentence.index), cue
        run = _NAME_RUN.match(text, after.end() + 1)
        if run and run.end() <= clause_end:
            return run.group(0), cue
    # "…," X said
    lead = _speaker_mentions(mentions, close_at, min(clause_end, close_at + AFTER_REACH + 40))
    if lead and lead[0].start - close_at <= AFTER_REACH:
        verb = cues.after.match(text, lead[0].end, clause_end)
        if verb and verb.start(1) - lead[0].end <= 2:
            return _name(lead[0]), verb.group(1).lower()
    # "…," he added
    gap = re.compile(r"[\s,]*").match(text, close_at)
    pron = cues.pronouns.match(text, gap.end() if gap else close_at)
    if pron and pron.start() - close_at <= AFTER_REACH:
        verb = cues.after.match(text, pron.end(), clause_end)
        if verb and verb.start(1) - pron.end() <= 2:
            return previous or _subject_before(mentions, sentences, sentence.index), verb.group(1).lower()
    # 2. before the quote, in the same sentence: X mengatakan “…” / menurut X, “…” / Ia menyatakan “…”
    start = sentence.start
    before_text = text[start:open_at]
    according = list(cues.according.finditer(before_text))
    if according:
        a = according[-1]
        found = _speaker_mentions(mentions, start + a.end(), open_at)
        if found:
            return _name(found[0]), a.group(1).lower()
    verbs = list(cues.before.finditer(before_text))
    if verbs:
        v = verbs[-1]
        found = _speaker_mentions(mentions, start, start + v.start())
        if same_sentence and (not found or "," in text[found[-1].end:start + v.start()]):
            return same_sentence, v.group(1).lower()  # "…,” kata Xi kepada Putin, menambahkan “…”
        if found:
            return _name(found[-1]), v.group(1).lower()
        if cues.pronouns.search(before_text[: v.start()]):
            return _subject_before(mentions, sentences, sentence.index) or previous, v.group(1).lower()
    # 3. menurut X after the quote, in the same sentence
    tail = cues.according.search(text, close_at, sentence.end)
    if tail:
        found = _speaker_mentions(mentions, tail.end(), sentence.end)
        if found and found[0].start - tail.end() <= AFTER_REACH:
            return _name(found[0]), tail.group(1).lower()
    return None, ""


def find_quotes(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                language: str) -> tuple[Quote, ...]:
    """Direct quotes in reading order, with their speaker (a ``Mention.key``), cue and credited agency."""
    if not sentences:
        return ()
    cues = _cues(language)
    credits = find_credits(text, sentences, mentions, language)
    quotes: list[Quote] = []
    previous: str | None = None
    for m in _QUOTE_RE.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i) is not None)
        inner = m.group(group)
        q_start = m.start(group)
        body = inner.strip().rstrip(",").strip()
        words = len(_WORD_RE.findall(body))
        if words < MIN_WORDS:
            continue
        sentence = sentences[sentence_at(sentences, m.start())]
        same = previous if quotes and quotes[-1].sentence == sentence.index else None
        speaker, cue = _attribute(text, sentences, mentions, cues, sentence, m.start(), m.end(), previous, same)
        if speaker is None and words < MIN_WORDS_UNATTRIBUTED:
            continue
        credited = next((c.name for c in credits if c.sentence == sentence.index), None)
        lead_trim = len(inner) - len(inner.lstrip())
        quotes.append(Quote(text=body, speaker=speaker, sentence=sentence.index, start=q_start + lead_trim,
                            end=q_start + lead_trim + len(body), cue=cue, credited=credited))
        if speaker:
            previous = speaker
    return tuple(quotes)
