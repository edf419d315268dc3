"""Mentions of people, organisations and places in one article: rules and data, no model.

The finder works on word tokens with offsets into ``Article.text``:

1. known names first (countries from CLDR in every dossier language, cities and regions from
   ``data/cities.yml``, organisations from ``data/organizations.yml``), longest match wins;
2. capitalised sequences (with connectors such as "of", "von der") around them are read as
   role + name ("Presiden Rusia Vladimir Putin"), organisation ("Kementerian Luar Negeri China"),
   place ("Kabupaten Cianjur") or person ("Kim Jong Un");
3. acronyms defined in the text ("Perserikatan Bangsa-Bangsa (PBB)") take their long form's key;
4. one-word short forms resolve to the full name in the article ("Putin" -> "Vladimir Putin").
   Those that do not resolve are kept with ``type="other"`` and ``source="short"`` so that the
   cross-article linker can resolve them against the whole dossier (and drops them otherwise).

Sentence-initial capitals, calendar words, page furniture (teasers, credits), title-case
headlines and stopwords are filtered with the words in ``lang/<tag>/entities.yml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import cast

from dossier import lang
from dossier.extract.acronyms import initials_match, looks_like_acronym
from dossier.extract.gazetteer import Known, Lexicon, gazetteer, lexicon, max_alias_tokens, name_tokens, norm
from dossier.extract.names import name_key, resolve_short, variant_of
from dossier.model import PARAGRAPH_SEP, Mention, Sentence

CONNECTORS = {"of", "von", "van", "der", "den", "de", "da", "dos", "das", "du", "bin", "binti", "al", "el", "la",
              "le", "del", "ibn", "bint"}
NAME_CONNECTORS = {"von", "van", "der", "den", "de", "da", "dos", "das", "du", "bin", "binti", "al", "el", "le",
                   "del", "ibn", "bint"}
_WORD = re.compile(
    r"(?P<domain>\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?i:com|co\.id|co|id|net|org|news|asia|tv)\b)"
    r"|(?P<word>[^\W_]+(?:\.(?=[^\W_]\.)[^\W_])*(?:[-'’][^\W_]+)*\.?)",
    re.UNICODE,
)
_POSSESSIVE = re.compile(r"['’]s$")
MAX_NAME_TOKENS = 4


@dataclass
class Tok:
    text: str
    start: int
    end: int
    n: str  # normalised
    cap: bool
    upper: bool
    sentence: int
    initial: bool  # first word of its sentence
    domain: bool = False
    possessive: bool = False
    restricted: bool = False  # inside a headline-like or furniture zone


@dataclass
class Unit:
    """A known name (several tokens) or one token."""

    toks: list[Tok]
    known: Known | None = None

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


@dataclass
class Draft:
    start: int
    end: int
    sentence: int
    type: str
    subtype: str | None
    key: str
    role: str | None = None
    source: str = "rules"
    restricted: bool = False
    tokens: tuple[str, ...] = field(default=())
    initial: bool = False  # starts its sentence


# ---------------------------------------------------------------------------------------
# tokens and zones


def _tokens(text: str, sentences: tuple[Sentence, ...]) -> list[Tok]:
    toks: list[Tok] = []
    for s in sentences:
        first = True
        for m in _WORD.finditer(text, s.start, s.end):
            word = m.group(0)
            start, end = m.start(), m.end()
            if m.group("word") is not None and word.endswith(".") and not re.search(r"\.[^\W_]\.$", word):
                word, end = word[:-1], end - 1  # a sentence full stop, not "U.S."
            possessive = bool(_POSSESSIVE.search(word))
            if possessive:
                word, end = word[:-2], end - 2
            if not word:
                continue
            based = re.fullmatch(r"([^\W\d_]{3,})-(based|born|headquartered)", word)
            if based and word[0].isupper():
                # "Xville-based": the place and the lower-case rest are two tokens
                cut = start + based.end(1)
                toks.append(Tok(text=based.group(1), start=start, end=cut, n=norm(based.group(1)), cap=True,
                                upper=based.group(1).isupper(), sentence=s.index, initial=first))
                toks.append(Tok(text=based.group(2), start=cut + 1, end=end, n=norm(based.group(2)), cap=False,
                                upper=False, sentence=s.index, initial=False))
                first = False
                continue
            letters = [c for c in word if c.isalpha()]
            toks.append(Tok(
                text=word, start=start, end=end, n=norm(word), cap=word[0].isupper(),
                upper=bool(letters) and all(c.isupper() for c in letters), sentence=s.index,
                initial=first, domain=m.group("domain") is not None, possessive=possessive,
            ))
            first = False
    return toks


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for para in text.split(PARAGRAPH_SEP):
        spans.append((pos, pos + len(para)))
        pos += len(para) + len(PARAGRAPH_SEP)
    return spans


def _skipped_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Credit lines, bylines and parenthesised sign-offs: no entity is read from them."""
    out = []
    for a, b in _paragraph_spans(text):
        para = text[a:b].strip()
        low = norm(para)
        if not para:
            continue
        if any(low.startswith(c) and (len(low) == len(c) or not low[len(c)].isalnum()) for c in lex.credit_cues) or re.fullmatch(r"\([^()]{0,80}\)", para) or (len(para.split()) <= 12 and re.search(r"\b(19|20)\d\d\b", para) and (
            "•" in para or "|" in para or any(w in lex.calendar for w in re.findall(r"\w+", low))
        ) and not re.search(r"[.!?]\s", para)):
            out.append((a, b))
    return out


def _titlecase(text: str, sentence_toks: list[Tok], sentence_end: int) -> bool:
    """A headline or teaser: (nearly) every longer word capitalised."""
    if not sentence_toks:
        return False
    if re.search(r"[.!?][\"'”’)]*\s*$", text[sentence_toks[0].start:sentence_end]):
        return False  # a sentence, not a headline
    words = [t for t in sentence_toks if t.text[0].isalpha() and len(t.text) >= 4]
    caps = sum(1 for t in words if t.cap)
    lower = len(words) - caps
    return caps >= 4 and lower <= 1 and caps / len(words) >= 0.75


def _mark_restricted(text: str, toks: list[Tok], lex: Lexicon, ends: dict[int, int]) -> None:
    by_sentence: dict[int, list[Tok]] = {}
    for t in toks:
        by_sentence.setdefault(t.sentence, []).append(t)
    for index, group in by_sentence.items():
        if _titlecase(text, group, ends[index]):
            for t in group:
                t.restricted = True
    low = text.lower()
    for cue in lex.furniture_cues:
        for m in re.finditer(r"(?<!\w)" + re.escape(cue) + r"\s*:", low):
            i = next((k for k, t in enumerate(toks) if t.start >= m.end()), None)
            if i is None:
                continue
            # the teaser runs until two lower-case words in a row (within its paragraph)
            para_end = text.find(PARAGRAPH_SEP, m.end())
            para_end = len(text) if para_end < 0 else para_end
            while i < len(toks) and toks[i].start < para_end:
                t = toks[i]
                if not t.cap and i + 1 < len(toks) and not toks[i + 1].cap and toks[i + 1].text[0].isalpha() \
                        and t.text[0].isalpha():
                    break
                t.restricted = True
                i += 1


# ---------------------------------------------------------------------------------------
# known names


def _gap(text: str, a: Tok, b: Tok, allow_comma: bool = False) -> bool:
    """Whether two tokens are joined only by spaces (or a comma in long names)."""
    between = text[a.end:b.start]
    if re.fullmatch(r"['’][ \t]+", between) and a.text[-1:] in ("s", "S") and b.cap and b.n in _every_language("org_words", "org_suffixes"):
        return True  # "Football Supporters' Association": a plural possessive inside an organisation's name
    if a.possessive:
        # "Gqeberha Magistrate's Court", "Red Cross Children's Hospital": a common noun's possessive before the
        # word that ends such names (not a place's or a person's: "China's Communist Party")
        return (b.cap and b.n in _every_language("possessive_heads") and re.fullmatch(r"['’]s[ \t]+", between)
                is not None and a.n in _every_language("possessive_owners"))
    return bool(re.fullmatch(r"[ \t]+" if not allow_comma else r",?[ \t]+", between))


@functools.cache
def _every_language(*fields: str) -> frozenset[str]:
    """The words of these lexicon fields in every dossier language."""
    out: set[str] = set()
    for tag in sorted(set(lang.languages()) | {"en"}):
        lex = lexicon(tag)
        for name in fields:
            out |= set(getattr(lex, name))
    return frozenset(out)


def _pair_parts(text: str, t: Tok, lex: Lexicon | None) -> list[re.Match[str]] | None:
    """"the Xville-Yton border crossing": two capitalised town names joined by a hyphen before a word
    that links two places (border, road, ferry ...) are two places."""
    if lex is None or not lex.pair_cues or not t.cap or t.domain:
        return None
    parts = list(re.finditer(r"[^-]+", t.text))
    if len(parts) != 2 or not all(p.group(0)[:1].isupper() and p.group(0).isalpha() and len(p.group(0)) >= 3
                                  and not p.group(0).isupper() for p in parts):
        return None
    m = re.match(r"\s+([^\W\d_]+)", text[t.end:t.end + 40])
    return parts if m and norm(m.group(1)) in lex.pair_cues else None


def _known_word(gaz: dict[tuple[str, ...], Known], word: str, lex: Lexicon | None) -> Known | None:
    """The gazetteer's entry for one word, unless it is an ordinary word in the article's language."""
    known = gaz.get((norm(word),))
    return None if known is not None and known.ordinary_word_in(lex.language if lex else None) else known


def _units(text: str, toks: list[Tok], lex: Lexicon | None = None) -> list[Unit]:
    gaz = gazetteer()
    longest = max_alias_tokens()
    units: list[Unit] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        found: Unit | None = None
        if t.cap:
            for length in range(min(longest, len(toks) - i), 0, -1):
                span = toks[i:i + length]
                if any(not _gap(text, span[k], span[k + 1], allow_comma=length >= 3) for k in range(length - 1)):
                    continue
                if not span[-1].cap:
                    continue
                known = gaz.get(tuple(s.n for s in span))
                if known is None and length == 1 and "-" in t.n:
                    continue
                if known is None:
                    continue
                if known.exact_case and not all(s.upper for s in span):
                    continue
                if known.ordinary_word_in(lex.language if lex else None):
                    continue  # "lima" is five in Indonesian, Lima a capital in English
                if length == 1 and known.type == "organization" and "." in t.text and i + 1 < len(toks) \
                        and toks[i + 1].cap and not toks[i + 1].upper and _gap(text, t, toks[i + 1]) \
                        and "-" in toks[i + 1].text:
                    continue  # "A.P. Moller-Maersk": initials of a name, not an acronym
                found = Unit(span, known)
                break
        if found is None and t.cap and "-" in t.text and not t.domain:
            # "Rusia-China", "Beijing-Washington": split when every part is a known name
            parts = list(re.finditer(r"[^-]+", t.text))
            knowns = [_known_word(gaz, p.group(0), lex) for p in parts]
            pair = _pair_parts(text, t, lex)
            if pair is not None:
                parts, knowns = pair, [_known_word(gaz, p.group(0), lex) for p in pair]
                knowns = [k if k is not None and not k.exact_case else None for k in knowns]
            if len(parts) > 1 and (pair is not None or all(k is not None and not k.exact_case for k in knowns)):
                for p, k in zip(parts, knowns, strict=True):
                    sub = Tok(p.group(0), t.start + p.start(), t.start + p.end(), norm(p.group(0)), True, False,
                              t.sentence, t.initial and p.start() == 0, restricted=t.restricted)
                    units.append(Unit([sub], k if k is not None and not k.exact_case else None))
                i += 1
                continue
        if found is None:
            found = Unit([t])
        units.append(found)
        i += len(found.toks)
    return units


# ---------------------------------------------------------------------------------------
# capitalised sequences


def _is_cap_unit(u: Unit) -> bool:
    return u.known is not None or (u.toks[0].cap and u.toks[0].text[0].isalpha())


def _org_joiner(cur: list[Unit], word: str, lex: Lexicon | None) -> bool:
    """"Round Table for Industry": "for" after an organisation word joins a name."""
    if lex is None or cur[-1].known is not None:
        return False
    last = cur[-1].toks[0].n
    heads = lex.org_words.keys() | lex.org_suffixes.keys()
    return word in ("for", "on") and last in heads


def _and_joins(text: str, cur: list[Unit], units: list[Unit], i: int, lex: Lexicon | None) -> int:
    """How many units after "and"/"dan" at ``units[i]`` continue the organisation name in ``cur``
    (0 when they do not): "Homa County Teaching and Referral Hospital" (the right part ends in an
    organisation word the left part lacks), "Kementerian Pekerjaan Umum dan Perumahan Rakyat" (an
    organisation word opens the name and the right part is made of common nouns)."""
    if lex is None or len(cur) < 2 or units[i].toks[0].n not in ("and", "dan") or units[i].toks[0].cap:
        return 0
    heads = lex.org_words.keys() | lex.org_suffixes.keys()
    right: list[Unit] = []
    j = i + 1
    prev = units[i]
    while j < len(units) and len(right) < 4 and _is_cap_unit(units[j]) and units[j].known is None \
            and _gap(text, prev.toks[-1], units[j].toks[0]) and units[j].toks[0].sentence == units[i].toks[0].sentence:
        right.append(units[j])
        prev = units[j]
        j += 1
    if not right or not _gap(text, cur[-1].toks[-1], units[i].toks[0]):
        return 0
    words = [u.toks[0].n for u in right]
    left = [u.toks[0].n if u.known is None else "" for u in cur]
    if any(w in lex.titles for w in words):
        return 0
    if words[-1] in lex.org_suffixes and not any(w in heads for w in words[:-1]) and left[-1] not in heads \
            and cur[-1].known is None and 1 <= len(right) <= 3:
        return len(right)
    if left[0] in lex.org_words and all(lex.vocab(w) and w not in heads for w in words) and len(right) <= 3:
        return len(right)
    return 0


def _sequences(text: str, units: list[Unit], lex: Lexicon | None = None) -> list[list[Unit]]:
    seqs: list[list[Unit]] = []
    cur: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        if _is_cap_unit(u):
            initials = bool(cur) and re.fullmatch(r"(?:[A-Z]\.){2,3}", cur[-1].toks[-1].text) is not None
            if cur and (u.toks[0].domain or cur[-1].toks[0].domain or not _gap(text, cur[-1].toks[-1], u.toks[0]) or (
                    cur[-1].toks[0].sentence != u.toks[0].sentence and not initials)):
                seqs.append(cur)
                cur = []
            cur.append(u)
            i += 1
            continue
        # lower-case connectors inside a name: "Board of Peace", "Ursula von der Leyen"
        # "Kodim 0715/Kendal": a number (and "/Name") after an organisation word
        if cur and lex is not None and re.fullmatch(r"\d{1,5}[A-Za-z]?", u.toks[0].text) and cur[-1].known is None \
                and cur[-1].toks[0].n in lex.org_words and _gap(text, cur[-1].toks[-1], u.toks[0]):
            cur.append(u)
            i += 1
            if i < len(units) and _is_cap_unit(units[i]) and text[u.end:units[i].start] == "/":
                cur.append(units[i])
                i += 1
            continue
        if cur and (n_and := _and_joins(text, cur, units, i, lex)):
            cur.extend(units[i:i + 1 + n_and])
            i += 1 + n_and
            continue
        if cur and (u.toks[0].n in CONNECTORS or (not u.toks[0].cap and _org_joiner(cur, u.toks[0].n, lex))):
            j = i
            while j < len(units) and units[j].known is None and (units[j].toks[0].n in CONNECTORS or (
                    j == i and _org_joiner(cur, units[j].toks[0].n, lex))) \
                    and not units[j].toks[0].cap and j - i < 2:
                j += 1
            if j < len(units) and _is_cap_unit(units[j]) and not (
                    lex is not None and units[j].known is None and units[j].toks[0].n in lex.calendar) and all(
                _gap(text, a.toks[-1], b.toks[0]) for a, b in zip(units[i - 1:j], units[i:j + 1], strict=True)
            ):
                cur.extend(units[i:j])
                i = j
                continue
        if cur:
            seqs.append(cur)
            cur = []
        i += 1
    if cur:
        seqs.append(cur)
    return seqs


def _namelike(u: Unit, lex: Lexicon) -> bool:
    t = u.toks[0]
    if u.known is not None or t.domain:
        return False
    if t.n in NAME_CONNECTORS:
        return True
    if not t.cap or lex.vocab(t.n) or t.n in lex.never_entities:
        return False
    if any(c.isdigit() for c in t.text):
        return False
    return not (t.upper and len(t.text) > 3)


def _keeps_head(word: str, lex: Lexicon) -> bool:
    """Words that open a name (titles, organisation and place words) are never stripped as stopwords."""
    return word in lex.titles or word in lex.org_words or word in lex.place_prefixes


def generic_word(word: str, lex: Lexicon) -> bool:
    """A common word that never names anything on its own ("Desa", "Kementerian", "Jalan"): a place
    prefix, an organisation or facility head word, or a stopword (but "Senate": a unique institution)."""
    w = norm(word)
    if w in lex.unique_institutions:
        return False
    return w in lex.place_prefixes or w in lex.org_words or w in lex.facility_words or w in lex.stopwords


def _text(text: str, units: list[Unit]) -> str:
    return text[units[0].start:units[-1].end]


class _Finder:
    def __init__(self, text: str, sentences: tuple[Sentence, ...], language: str):
        self.text = text
        self.language = language
        self.lex = lexicon(language)
        self.toks = _tokens(text, sentences)
        skipped = _skipped_spans(text, self.lex)
        self.toks = [t for t in self.toks if not any(a <= t.start < b for a, b in skipped)]
        _mark_restricted(text, self.toks, self.lex, {s.index: s.end for s in sentences})
        self.units = _units(text, self.toks, self.lex)
        self.drafts: list[Draft] = []
        self.places = self._article_places()

    # -- emitting -------------------------------------------------------------------
    def emit(self, units: list[Unit], type_: str, subtype: str | None, key: str | None = None,
             role: str | None = None, source: str = "rules") -> None:
        text = _text(self.text, units)
        if norm(text) in self.lex.never_entities:
            return
        first = units[0].toks[0]
        if type_ == "organization" and key is None and len(units) > 1:
            key = self._org_key(units)
        self.drafts.append(Draft(
            start=units[0].start, end=units[-1].end, sentence=first.sentence, type=type_, subtype=subtype,
            key=key or text, role=role, source=source,
            restricted=any(t.restricted for u in units for t in u.toks),
            tokens=tuple(t.n for u in units for t in u.toks), initial=first.initial,
        ))

    def emit_known(self, u: Unit) -> None:
        assert u.known is not None
        source = "gazetteer" if u.known.type == "place" else "acronym" if u.known.exact_case else "gazetteer"
        self.emit([u], u.known.type, u.known.subtype, u.known.key, source=source)

    # -- roles --------------------------------------------------------------------------
    def role_before(self, name_start: int, seq_prefix: list[Unit]) -> str | None:
        """The role printed before a name: title words, places, organisations, modifiers."""
        lex = self.lex
        # tokens before the name in its sentence, read right to left
        before = [u for u in self.units if u.end <= name_start and u.toks[0].sentence == self._sentence_of(name_start)]
        start = None
        has_title = False
        pos = name_start
        comma_used = False
        for u in reversed(before):
            gap = self.text[u.end:pos]
            if not re.fullmatch(r"\s*", gap):
                if not comma_used and start is None and re.fullmatch(r",\s*", gap):
                    comma_used = True
                elif re.fullmatch(r"\s*\([A-Z.]{2,8}\)\s*", gap):
                    pass
                else:
                    break
            t = u.toks[0]
            ok = (u.known is not None or t.n in lex.titles or t.n in lex.role_modifiers or t.n in lex.demonyms
                  or t.n in lex.org_words or (t.cap and lex.vocab(t.n)) or (t.cap and not t.initial and start))
            if not ok or (t.possessive and start is None and u.known is None):
                break
            if t.n in lex.titles:
                has_title = True
            start = u.start
            pos = u.start
            if t.initial:
                break
        if start is None or not has_title:
            return None
        # a role starts at a title, a demonym, a modifier or a known name ("Fokus Pasar Sekretaris ..." -> "Sekretaris ...")
        for u in self.units:
            if u.start < start or u.end > name_start:
                continue
            t = u.toks[0]
            if u.known is not None or t.n in lex.titles or t.n in lex.demonyms or t.n in lex.role_modifiers:
                start = u.start
                break
        role = self.text[start:name_start].strip().rstrip(",").strip()
        role = re.sub(r"^(the|a|an)\s+", "", role, flags=re.IGNORECASE)
        return role or None

    def _sentence_of(self, offset: int) -> int:
        for t in self.toks:
            if t.start >= offset:
                return t.sentence
        return self.toks[-1].sentence if self.toks else 0

    # -- one capitalised sequence ----------------------------------------------------
    def sequence(self, seq: list[Unit]) -> None:
        lex = self.lex
        # furniture phrases ("Google News") split a sequence and are dropped
        norms = [u.toks[0].n if u.known is None else "" for u in seq]
        for phrase in lex.never_entities:
            words = phrase.split()
            for i in range(len(seq) - len(words) + 1):
                if norms[i:i + len(words)] == words:
                    self.sequence(seq[:i])
                    self.sequence(seq[i + len(words):])
                    return
        if seq and seq[0].known is None and self._law_half(seq):
            return
        if self._dateline(seq) or self._headed_place(seq) or self._geo_and_org_names(seq) \
                or self._agency_of_country(seq) or self._agency_name(seq):
            return
        # drop leading stopwords / sentence-initial common words ("Ambruknya Jembatan X": a word with a suffix
        # that only common words take, "-nya")
        while seq and seq[0].known is None and not _keeps_head(seq[0].toks[0].n, lex) and (
                seq[0].toks[0].n in lex.stopwords or seq[0].toks[0].n in CONNECTORS
                                                or seq[0].toks[0].n in lex.calendar
                                                or seq[0].toks[0].n in lex.never_entities
                                                or (seq[0].toks[0].initial and len(seq) > 1 and any(
                                                    seq[0].toks[0].n.endswith(x) and len(seq[0].toks[0].n) > len(x) + 3
                                                    for x in lex.common_suffixes))):
            seq = seq[1:]
        while seq and seq[-1].known is None and seq[-1].toks[0].n in CONNECTORS:
            seq = seq[:-1]
        if not seq:
            return
        if self._place_end(seq) or self._numbered_name(seq):
            return
        words = [u.toks[0].n for u in seq if u.known is None]
        head = seq[0].toks[0].n if seq[0].known is None else None
        # a domain name: an outlet
        if len(seq) == 1 and seq[0].toks[0].domain:
            self.emit(seq, "organization", "media")
            return
        if self._regional_org(seq) or self._port_of(seq) or self._of_place(seq):
            return
        if self._listed_place(seq) or self._named_institution(seq):
            return
        # "Kantor BPS": the office of a known body is that body
        if len(seq) == 2 and head in lex.office_words and seq[1].known is not None \
                and seq[1].known.type == "organization":
            self.emit(seq, "organization", seq[1].known.subtype, seq[1].known.key, source="gazetteer")
            return
        # "Salar de X", "San Pedro de Y": a Spanish or Portuguese place head
        if head in lex.place_heads and 2 <= len(seq) <= 5 and seq[0].toks[0].cap \
                and not any(w in lex.titles or w in lex.org_words or w in lex.org_suffixes for w in words[1:]) \
                and all(u.known is not None or _namelike(u, lex) or u.toks[0].n in CONNECTORS for u in seq[1:]) \
                and (len(seq) > 2 or not seq[0].toks[0].initial):
            self.emit(seq, "place", None)
            return
        # "Pelabuhan Bitung": the port of a place is that place
        if head in lex.port_words and 2 <= len(seq) <= 3 and all(
                (u.known is not None and u.known.type == "place") or (_namelike(u, lex) and not u.toks[0].upper)
                for u in seq[1:]):
            self.emit(seq, "place", None, _text(self.text, seq[1:]))
            return
        # a named facility ("Jalan Tol X", "Pendopo Kabupaten Y", "GOR Z"): kept, typed other
        if head in lex.place_facility_words and len(seq) > 1 and not any(w in lex.titles for w in words[1:]):
            self.emit(seq, "place", "facility")  # "Bandara Juanda": an airport is a place, as in English
            return
        if head in lex.facility_words and len(seq) > 1 and not any(w in lex.titles for w in words[1:]):
            parts = seq[1:] if head == "jalan" and self._w(seq[1]) in lex.facility_words else seq
            self.emit(seq, "other", "facility", _text(self.text, parts))
            return
        # "Korlantas Polri": a unit named before the acronym of its known organisation
        if len(seq) == 2 and seq[1].known is not None and seq[1].known.type == "organization" \
                and (seq[1].known.exact_case or (self.language != "en" and len(seq[1].toks) == 1)) \
                and _namelike(seq[0], lex) and seq[0].toks[0].n not in NAME_CONNECTORS \
                and not seq[0].toks[0].upper and self._in_sentence(seq[0].start):
            self.emit(seq, "organization", seq[1].known.subtype)
            return
        if self._city_first_name(seq):
            return
        # organisation: starts with (or is built around) an organisation word
        if head in lex.org_words and len(seq) > 1 and not any(
                w in lex.titles and not (k == 0 and w in lex.org_inner_titles) for k, w in enumerate(words[1:])):
            self.emit(seq, "organization", lex.org_words[head], self._org_key(seq))
            return
        if self._compass_place(seq):
            return
        # organisation: starts with (or is built around) an organisation word
        if head in lex.org_words and len(seq) > 1 and not any(
                w in lex.titles and not (k == 0 and w in lex.org_inner_titles) for k, w in enumerate(words[1:])):
            self.emit(seq, "organization", lex.org_words[head], self._org_key(seq))
            return
        # a place name followed by an organisation word: "Jakarta Post", "China Daily News"
        if seq[0].known is not None and seq[0].known.type == "place" and len(seq) > 1 \
                and not any(w in lex.titles for w in words):
            tail = [u.toks[0].n for u in seq[1:] if u.known is None]
            org = next((w for w in tail if w in lex.org_words), None)
            if org is not None and all(u.known is None for u in seq[1:]):
                self.emit(seq, "organization", lex.org_words[org])
                return
        # place with a prefix: "Kabupaten Cianjur", "Provinsi Jawa Barat"
        if head in lex.place_prefixes and len(seq) > 1:
            rest = seq[1:]
            if len(rest) == 1 and rest[0].known is not None:
                self.emit(seq, "place", rest[0].known.subtype, rest[0].known.key, source="gazetteer")
                return
            if all(_namelike(u, lex) or (i > 0 and u.known is None and u.toks[0].n in lex.compass_after)
                   for i, u in enumerate(rest)) and len(rest) <= 3:
                self.emit(seq, "place", None, _text(self.text, rest))
                return
        # named things that are neither people nor places (wars, treaties, plans): not entities here
        if head in lex.other_words and not any(u.known for u in seq):
            return
        # name suffix: trailing name-like tokens
        k = len(seq)
        while k > 0 and _namelike(seq[k - 1], lex):
            k -= 1
        prefix, name = seq[:k], seq[k:]
        while name and name[0].toks[0].n in NAME_CONNECTORS:
            prefix, name = prefix + name[:1], name[1:]
        # "Warga Desa X": a place prefix opens the name: a place, keyed by the name after the prefix
        prefixed_place: list[Unit] = []
        if 2 <= len(name) <= 4 and name[0].toks[0].n in lex.place_prefixes and not name[0].toks[0].upper \
                and all(u.toks[0].n not in NAME_CONNECTORS for u in name[1:]):
            prefixed_place, name = name, []
        # "Direktur PT Xyz Semarang Batang Fajar Nugroho": a place the article names ends the organisation
        # (or the acronym) after a title, and the personal name that follows is a person
        if len(name) >= 3 and any(u.known is None and u.toks[0].n in lex.titles for u in prefix) and (
                any(u.known is None and (u.toks[0].n in lex.org_words or self._acronym(u)) for u in prefix)
                or (prefix[-1].known is not None and prefix[-1].known.type == "place")):
            last = max((k for k, u in enumerate(name[:-2]) if u.toks[0].n in self.places), default=None)
            if last is not None:
                prefix, name = [*prefix, *name[:last + 1]], name[last + 1:]
        # "Direktur Utama Bank Xyz Agus Setia": after a title, an organisation the article already named ends
        # where the personal name starts; "Sekretaris Perusahaan ABC Andi Pratama": an acronym opens the name
        if len(name) >= 3 and any(u.known is None and u.toks[0].n in lex.titles for u in prefix):
            known_orgs = {norm(x.key) for x in self.drafts if x.type == "organization"} | {
                norm(self.text[x.start:x.end]) for x in self.drafts if x.type == "organization"}
            org_at = next((k for k in range(len(prefix) - 1, -1, -1) if prefix[k].known is None
                           and prefix[k].toks[0].n in lex.org_words and prefix[k].toks[0].n not in lex.titles), None)
            cut = None
            if org_at is not None:
                for k in range(1, len(name) - 1):
                    words_k = [_text(self.text, [u]) for u in [*prefix[org_at:], *name[:k]]]
                    if norm(" ".join(words_k)) in known_orgs:
                        cut = k
            if cut is None and self._acronym(name[0]) and 3 <= len(name) <= 4 and prefix[-1].known is None \
                    and prefix[-1].toks[0].n not in lex.place_titles:
                self.emit([name[0]], "other", None, source="short")
                name = name[1:]
            elif cut is not None:
                prefix, name = [*prefix, *name[:cut]], name[cut:]
        # "Bupati Cianjur Mohammad Wahyu": after a territorial title the next word is a place
        title_at = next((i for i, u in enumerate(seq) if u.known is None and u.toks[0].n in lex.place_titles), None)
        before_title = seq[title_at - 1] if title_at else None
        placed_before = before_title is not None and (
            (before_title.known is not None and before_title.known.type == "place")
            or (before_title.known is None and before_title.toks[0].n in self.places))
        if title_at is not None and title_at == len(prefix) - 1 and len(name) >= 2 and not placed_before and (
                self.language != "en" or name[0].known is not None or name[0].toks[0].n in self.places):
            place, name = name[0], name[1:]
            self.emit([place], "place", None, place.toks[0].text)
            prefix = [*prefix, place]
        # the prefix: emit known names in it, and an organisation span if it has an org word
        org_from = next((i for i, u in enumerate(prefix) if u.known is None and u.toks[0].n in lex.org_words), None)
        span_end = len(prefix)
        while org_from is not None and span_end > org_from + 1 and prefix[span_end - 1].known is None \
                and (prefix[span_end - 1].toks[0].n in lex.titles or any(
                    x.known is None and x.toks[0].n in lex.other_words for x in prefix[org_from + 1:span_end])):
            span_end -= 1
        if org_from is not None and span_end == len(prefix) and len(name) == 1 and not name[0].toks[0].upper \
                and prefix[org_from].toks[0].n in lex.org_legal_forms:
            prefix, name = [*prefix, name[0]], []  # "PT Xyz Semarang Batang": a company's name runs on
            span_end = len(prefix)
        if org_from is not None and org_from < span_end - 1 and prefix[org_from].toks[0].n not in lex.titles:
            span = prefix[org_from:span_end]
            numbered = len(span) > 2 and re.fullmatch(r"[IVX]{1,5}", span[1].toks[0].text) is not None
            if span[-1].known is not None and span[-1].known.type == "organization" and not numbered:
                self.emit([span[-1]], span[-1].known.type, span[-1].known.subtype, span[-1].known.key)
            else:
                self.emit(span, "organization", lex.org_words[prefix[org_from].toks[0].n], self._org_key(span))
            for u in prefix[:org_from]:
                if u.known is not None:
                    self.emit_known(u)
        else:
            for k, u in enumerate(prefix):
                if u.known is not None:
                    self.emit_known(u)
                elif self.language == "en" and self._acronym(u) and k + 1 < len(prefix) \
                        and self._w(prefix[k + 1]) in lex.titles and not u.toks[0].initial:
                    self.emit([u], "organization", None)  # "the NDP MP", "the ANC spokesman": a party or body
        if prefixed_place:
            self.emit(prefixed_place, "place", None, _text(self.text, prefixed_place[1:]))
            return
        if not name:
            if len(seq) == 1 and self._acronym(seq[0]) and len(seq[0].toks[0].text) > 3:
                self.emit(seq, "other", None, source="short")  # "ABCD": typed by its context or dropped
            return
        if len(name) > MAX_NAME_TOKENS:
            return
        name_words = [u.toks[0].n for u in name]
        if any(w in lex.other_words for w in name_words):
            return
        org_word = next((w for w in name_words if w in lex.org_words), None)
        if org_word is not None:
            self.emit(name, "organization", lex.org_words[org_word])
            return
        role = self.role_before(name[0].start, prefix)
        if len(name) >= 2 and name_words[-1] in lex.place_suffixes and name_words[-1] not in ("channel",) \
                and role is None:
            self.emit(name, "place", None)  # "Xville Bay", "Yland Coast"
            return
        if len(name) == 2 and name[0].toks[0].initial and not name[0].toks[0].upper and self._acronym(name[1]):
            self.emit(name[1:], "other", None, source="short")  # "Audit BPK yang ...": a word before an acronym
            return
        if len(name) >= 2:
            if role is None and self._org_context(name[0].start, name[-1].end):
                self.emit(name, "organization", "company")
                return
            self.emit(name, "person", None, role=role)
            return
        # a single word: a short form, an acronym, or a place after a preposition
        t = name[0].toks[0]
        if role is not None and not t.upper:
            self.emit(name, "person", None, role=role)
            return
        self.emit(name, "other", None, source="short")

    # -- context ------------------------------------------------------------------------
    def _in_sentence(self, offset: int) -> bool:
        """Whether ``offset`` lies in a paragraph that ends like prose (not a heading or a teaser line)."""
        end = self.text.find(PARAGRAPH_SEP, offset)
        para = self.text[offset:len(self.text) if end < 0 else end].rstrip()
        return bool(re.search(r"[.!?][\"'”’)]*$", para))

    def _org_context(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` reads as an organisation's: an apposition naming a kind of
        organisation (", a joint venture between", ", Chile's largest producer"), a company word right
        after it ("the X joint venture", "X shares fell") or before it ("state miner X")."""
        lex = self.lex
        cues = "|".join(re.escape(c) for c in sorted(lex.org_cues, key=len, reverse=True))
        if not cues:
            return False
        after = self.text[end:end + 80]
        if re.match(r",\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+(?:[^\W\d_]+\s+){0,3}?(?:" + cues + r")\b", after) \
                or re.match(r"(?:['’]s)?\s+(?:shares|stock|said in a statement)\b", after) \
                or re.match(r"\s+(?:" + cues + r")\s+(?:between|of|with|that|which)\b", after):
            return True
        before = self.text[max(0, start - 40):start]
        m = re.search(r"(?:^|\s)(" + cues + r")\s+$", before)
        return bool(m and not re.search(r"\b(?:the|a|an)\s+(?:" + cues + r")\s+$", before) and norm(m.group(1))
                    in lex.org_cues and lex.org_cues[norm(m.group(1))] == "company")

    def _person_context(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` reads as a person's: a title before it, a title in an
        apposition after it (", Unicef's representative"), or a speech verb after it."""
        lex = self.lex
        if self.role_before(start, []) is not None:
            return True
        if re.search(r"\b(?:reporting|editing|writing|assistance|photo|photograph)\s+(?:by|from)\s+$",
                     self.text[max(0, start - 30):start], flags=re.IGNORECASE):
            return True  # "With assistance from X"
        after = self.text[end:end + 80]
        m = re.match(r"\s*,\s*([^,.;:()]{1,80})", after)
        if m and any(norm(x) in lex.titles for x in re.findall(r"[^\W_]+", m.group(1))[:5]):
            return True
        m = re.match(r",?\s+(\w+)", after)
        return bool(m and norm(m.group(1)) in lex.person_cues)

    def _article_places(self) -> set[str]:
        """One-word names the article itself places: after a place word or preposition, and the rest
        of a list there ("di Kendal, Batang, dan Kota Semarang")."""
        lex = self.lex
        toks = self.toks
        cues = lex.place_prefixes | lex.place_prepositions
        out: set[str] = set()
        for i, t in enumerate(toks[:-1]):
            if t.n not in cues:
                continue
            j = i + 1
            while j < len(toks):
                u = toks[j]
                if u.n in lex.place_prefixes and not u.upper:
                    j += 1
                    continue
                if not u.cap or u.upper or lex.vocab(u.n) or not u.text.isalpha() or u.sentence != t.sentence:
                    break
                out.add(u.n)
                k = j + 1
                if k < len(toks) and toks[k].n in ("dan", "and", "serta") and re.fullmatch(r",?\s+", self.text[u.end:toks[k].start]):
                    j = k + 1
                elif k < len(toks) and re.fullmatch(r"\s*,\s*", self.text[u.end:toks[k].start]):
                    j = k
                else:
                    break
        return out

    def _city_first_name(self, seq: list[Unit]) -> bool:
        """"Sofia Lindqvist, the agency's representative": a known city followed by a surname-like word,
        read as a person's name where the context is a person's."""
        lex = self.lex
        last = seq[-1]
        # "Paula Xville, an analyst": a first name and a city as the surname
        if 2 <= len(seq) <= 3 and last.known is not None and last.known.type == "place" \
                and last.known.subtype == "city" and len(last.toks) == 1 and not last.toks[0].upper \
                and all(_namelike(x, lex) and x.toks[0].n not in NAME_CONNECTORS and not x.toks[0].upper
                        and "-" not in x.toks[0].text and not x.toks[0].initial for x in seq[:-1]) \
                and self._person_context(seq[0].start, last.end):
            self.emit(seq, "person", None, role=self.role_before(seq[0].start, []))
            return True
        for p in range(len(seq) - 1):
            u = seq[p]
            if u.known is None or u.known.type != "place" or u.known.subtype != "city" or len(u.toks) != 1 \
                    or u.toks[0].upper:
                continue
            rest = seq[p + 1:]
            if not 1 <= len(rest) <= 2 or not all(_namelike(x, lex) and x.toks[0].n not in NAME_CONNECTORS
                                                  and not x.toks[0].upper and "-" not in x.toks[0].text for x in rest):
                return False
            if not self._person_context(u.start, rest[-1].end):
                return False
            if p > 0:
                self.sequence(seq[:p])
            self.emit(seq[p:], "person", None, role=self.role_before(u.start, seq[:p]))
            return True
        return False

    def _org_key(self, units: list[Unit]) -> str:
        """The key of an organisation's name: short heads written out ("Pemprov" -> "Pemerintah Provinsi"),
        region abbreviations by their full name ("Jateng" -> "Jawa Tengah", "Polda NTB" -> "Kepolisian Daerah
        Nusa Tenggara Barat"), legal forms dropped ("PT")."""
        lex = self.lex
        words: list[str] = []
        seps = [*(self.text[a.end:b.start] for a, b in itertools.pairwise(units)), ""]
        short_head = False
        for k, u in enumerate(units):
            t = u.toks[0]
            if u.known is None and k == 0 and t.n in lex.org_abbreviations:
                words.append(lex.org_abbreviations[t.n])
                short_head = True
            elif u.known is not None and u.known.type == "place" and len(u.toks) == 1 and " " in u.known.key \
                    and u.known.subtype == "region" and (not t.upper or (short_head and k == 1)):
                # "Polda NTB" = "Kepolisian Daerah Nusa Tenggara Barat": after a short head, a capitalised
                # region abbreviation is the region too
                words.append(u.known.key)
            else:
                words.append(_text(self.text, [u]))
        while len(words) > 1 and norm(words[0]) in lex.org_legal_forms:
            words, seps = words[1:], seps[1:]
        while len(words) > 1 and norm(words[-1]) in lex.org_legal_forms:
            words, seps = words[:-1], [*seps[:-2], ""]
        key = "".join(w + sep for w, sep in zip(words, seps, strict=True)).strip()
        return key if norm(key) != norm(_text(self.text, units)) else _text(self.text, units)

    def _dateline(self, seq: list[Unit]) -> bool:
        """"HOMA BAY - ...": a place printed in capitals at the start of a paragraph, before a dash."""
        if len(seq) < 2 or not all(u.known is None and len(u.toks) == 1 and u.toks[0].upper
                                   and u.toks[0].text.isalpha() and len(u.toks[0].text) >= 3 for u in seq):
            return False
        start, end = seq[0].start, seq[-1].end
        if not (start == 0 or self.text[max(0, start - 2):start] == PARAGRAPH_SEP):
            return False
        if not re.match(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—]\s", self.text[end:end + 50]):
            return False
        self.emit(seq, "place", None, " ".join(t.toks[0].text.capitalize() for t in seq))
        return True

    # -- names of organisations and geographic features ---------------------------
    def _split_emit(self, seq: list[Unit], a: int, b: int, type_: str, subtype: str | None,
                    key: str | None = None, source: str = "rules") -> bool:
        """Emit ``seq[a:b]`` as one name and read what is left on either side as sequences."""
        if a > 0:
            self.sequence(seq[:a])
        self.emit(seq[a:b], type_, subtype, key, source=source)
        if b < len(seq):
            self.sequence(seq[b:])
        return True

    @staticmethod
    def _w(u: Unit) -> str | None:
        return u.toks[0].n if u.known is None else None

    def _acronym(self, u: Unit) -> bool:
        t = u.toks[0]
        return (u.known is None and t.upper and t.text.isalpha() and 2 <= len(t.text) <= 6
                and not self.lex.vocab(t.n) and t.n not in self.lex.never_entities)

    def _geo_and_org_names(self, seq: list[Unit]) -> bool:
        """Rules read before sentence-initial words are dropped: "North Sea", "Le Havre" and names
        that end in an organisation word ("APM Terminals", "British Ports Association")."""
        lex = self.lex
        n = len(seq)
        w = [self._w(u) for u in seq]
        for i in range(n - 1):
            if w[i] in lex.compass_before and w[i + 1] in lex.place_suffixes and seq[i].toks[0].cap:
                return self._split_emit(seq, i, i + 2, "place", None)
        if self._legal_prefix_org(seq):
            return True
        if n >= 2 and all(u.known is None and re.fullmatch(r"(?:[A-Z]\.){1,3}", u.toks[0].text) for u in seq[:-1]) \
                and "-" in seq[-1].toks[0].text and seq[-1].toks[0].cap:
            # "A.P. Moller-Maersk": initials and a double-barrelled company name
            self.emit(seq, "organization", "company")
            return True
        if n == 2 and seq[0].known is not None and seq[0].known.type == "place" and seq[0].known.subtype == "city" \
                and w[1] is not None and _namelike(seq[1], lex) and not seq[1].toks[0].upper \
                and "-" not in seq[1].toks[0].text and not self._person_context(seq[0].start, seq[-1].end):
            # "Xville Gateway": a city's name inside a longer name (a terminal, an airport) is not the city
            self.emit(seq, "other", None)
            return True
        if n == 2 and w[0] in lex.place_articles and seq[0].toks[0].cap and w[1] is not None \
                and _namelike(seq[1], lex) and lex.facility_after and re.match(
                    r"\s+(?:" + "|".join(map(re.escape, lex.facility_after)) + r")\b", self.text[seq[-1].end:]):
            self.emit(seq, "other", "facility")  # "El Xyz mine", "La Xyz palace"
            return True
        if n == 2 and w[0] in lex.place_articles and seq[0].toks[0].cap and w[1] is not None \
                and _namelike(seq[1], lex):
            # "Le Havre": typed by its context (a preposition, a list of places, ", France")
            self.emit(seq, "other", None, source="short")
            return True
        for j in range(n - 1, 0, -1):
            if w[j] not in lex.org_suffixes or not seq[j].toks[0].cap:
                continue
            if j + 1 < n and w[j + 1] in lex.titles and lex.org_suffixes[cast(str, w[j])] == "government" \
                    and not seq[j + 1].toks[0].possessive:
                continue  # "Emergency Services Minister Paul Henning": a portfolio, not a body
            a = j
            while a > 0:
                u, x = seq[a - 1], w[a - 1]
                inner = x in lex.org_inner_titles and a >= 2 and self._w(seq[a - 2]) in lex.org_words
                # "Magistrate's Court", "Children's Hospital": a possessive right before the organisation word
                owner = a == j and u.toks[0].possessive and x is not None and u.toks[0].cap and x not in lex.titles \
                    and a >= 2 and (seq[a - 2].known is not None or _namelike(seq[a - 2], lex))
                common = x is not None and len(x) > 3 and not u.toks[0].initial and not u.toks[0].possessive \
                    and not (a >= 2 and self._w(seq[a - 2]) in lex.titles) \
                    and x not in lex.calendar and x not in lex.other_words and x not in lex.never_entities \
                    and (x in lex.stopwords or x in lex.role_modifiers) and x not in CONNECTORS
                word_ok = u.known is not None or (x is not None and u.toks[0].cap and (x not in lex.titles or inner) and (
                    _namelike(u, lex) or x in lex.demonyms or x in lex.org_suffixes or x in lex.org_words
                    or x in lex.place_prefixes or inner or common))
                left = self._w(seq[a - 2]) if a >= 2 else None
                joiner_ok = x in ("of", "for", "and", "on") and not u.toks[0].cap and left is not None and (
                    left in lex.org_suffixes or left in lex.org_words or left in lex.org_of_heads or (
                        x in ("and", "dan") and seq[a - 2].toks[0].cap and left not in lex.titles))
                if not (word_ok or joiner_ok or owner):
                    break
                a -= 1
            while a < j and w[a] in ("of", "for", "and"):
                a += 1
            if a == j or not any(u.known is not None or (w[k] not in lex.org_suffixes)
                                 for k, u in enumerate(seq[a:j], start=a)):
                continue
            if all(u.toks[0].initial and not u.known for u in seq[a:j]) and j - a == 1 and lex.vocab(w[a] or ""):
                continue
            b = j + 1
            while b < n:
                u = seq[b]
                city = u.known is not None and u.known.type == "place" and u.known.subtype != "country"
                if city or (self._acronym(u) and w[b] not in lex.titles):
                    b += 1
                elif b == j + 1 and w[b] in lex.place_facility_ends and u.toks[0].cap:
                    b += 1  # "Kilifi Police Station": the body's building
                elif w[b] in ("of", "for", "and", "on") and b + 1 < n and seq[b + 1].toks[0].cap \
                        and self._w(seq[b + 1]) not in lex.titles:
                    b += 2
                    while w[b - 2] == "on" and b < n and seq[b].toks[0].cap and w[b] not in lex.titles:
                        b += 1  # "Group on Water Supply"
                else:
                    break
            return self._split_emit(seq, a, b, "organization", lex.org_suffixes[cast(str, w[j])])
        return self._org_with_joiner(seq)

    def _agency_of_country(self, seq: list[Unit]) -> bool:
        """"Transport Canada", "Garuda Indonesia": a capitalised word inside a sentence right before a
        country's name (after nothing but a title or an organisation word) names an organisation."""
        lex = self.lex
        n = len(seq)
        if n < 2:
            return False
        last = seq[-1]
        if self.language != "en" or last.known is None or last.known.type != "place" \
                or last.known.subtype != "country" or seq[-2].toks[0].n in lex.country_modifiers \
                or len(last.toks) > 3 or last.toks[-1].possessive:
            return False
        u = seq[-2]
        t = u.toks[0]
        opens = t.initial and len(t.n) > 4 and t.n not in lex.place_prepositions and re.match(
            r"\s+(?:[a-z]+ed|said|says|has|had|is|was|will)\b|,\s+(?:also|better|formerly)\s+known\s+as\b",
            self.text[last.end:last.end + 30]) is not None  # "Transport Canada ordered", "Health X, also known as Y"
        if u.known is not None or not t.cap or not t.text.isalpha() or t.n in NAME_CONNECTORS or (t.initial and not opens) \
                or t.upper or t.possessive or t.n in CONNECTORS or t.n in lex.titles or t.n in lex.calendar \
                or t.n in lex.demonyms or t.n in lex.never_entities or t.n in lex.place_prefixes \
                or "-" in t.text or t.n in lex.compass_before or t.n in lex.compass_after:
            return False
        if not all(x.known is None and (x.toks[0].n in lex.titles or x.toks[0].n in lex.org_suffixes
                                        or x.toks[0].n in lex.role_modifiers) for x in seq[:-2]):
            return False
        if not self._in_sentence(u.start) or self._person_context(u.start, last.end):
            return False
        # "Health NZ" is "Health New Zealand": keyed by the country's own name
        return self._split_emit(seq, n - 2, n, "organization", "government", f"{t.text} {last.known.key}")

    def _headed_place(self, seq: list[Unit]) -> bool:
        """"Mount Cole State Forest", "the Western Highway", "Kruger National Park": capitalised words closed by a
        word naming a feature, a reserve or a road are one place, common words inside it included (read before
        sentence-initial words are dropped, which would cut "State" or "Western" off)."""
        lex = self.lex
        n = len(seq)
        w = [self._w(u) for u in seq]
        for j in range(n - 1, 0, -1):
            if w[j] not in lex.feature_ends or not seq[j].toks[0].cap or seq[j].toks[0].possessive:
                continue
            if j + 1 < n and seq[j + 1].toks[0].cap and w[j + 1] not in lex.titles:
                return False  # the name goes on ("Highway Patrol"): not a place's name
            a = j
            while a > 0:
                u, x = seq[a - 1], w[a - 1]
                t = u.toks[0]
                if u.known is not None:
                    ok = u.known.type == "place" and not t.possessive
                else:
                    ok = x is not None and t.cap and not t.possessive and x not in lex.titles \
                        and x not in lex.calendar and x not in CONNECTORS and x not in lex.never_entities \
                        and not (t.initial and x in lex.stopwords and x not in lex.compass_before
                                 and x not in lex.place_prefixes)
                if not ok:
                    break
                a -= 1
            if j - a == 1 and w[j] not in lex.road_ends:
                return False  # one name and "Forest", "Park" ("Nottingham Forest"): as often a club as a place
            # at least one word that names it ("State Forest" alone is a kind of place, not a place)
            if not any(u.known is not None or _namelike(u, lex) or self._w(u) in lex.compass_before
                       for u in seq[a:j]):
                return False
            return self._split_emit(seq, a, j + 1, "place", None)
        return False

    def _law_half(self, seq: list[Unit]) -> bool:
        """"Wildlife Conservation and Management Act", "Health and Safety at Work Act": the words before a joiner
        in the name of a law, a treaty or a plan (which are no entities) are no name of their own either."""
        m = re.match(r"\s+(?:and|of|for|&|at)\s+((?:[A-Z][\w'’-]*\s+(?:and\s+|of\s+|at\s+)?){0,4}[A-Z][\w'’-]*)",
                     self.text[seq[-1].end:])
        return bool(m and norm(m.group(1).split()[-1]) in self.lex.other_words
                    and not any(u.known is not None for u in seq))

    def _agency_name(self, seq: list[Unit]) -> bool:
        """"Emergency Management Victoria", "Parks Victoria", "Fire Rescue Victoria": capitalised words with a
        word of public services that no personal name has, and no title, name an organisation."""
        lex = self.lex
        if not lex.agency_words:
            return False
        while seq and seq[0].known is None and seq[0].toks[0].n in ("the", "a", "an"):
            seq = seq[1:]
        if len(seq) < 2 or len(seq) > 5:
            return False
        w = [self._w(u) for u in seq]
        if not any(x in lex.agency_words for x in w):
            return False
        for u, x in zip(seq, w, strict=True):
            t = u.toks[0]
            if u.known is not None:
                if u.known.type != "place":
                    return False
                continue
            if x is None or not t.cap or t.upper or (t.possessive and u is not seq[-1]) or x in lex.titles \
                    or x in lex.calendar or x in CONNECTORS or x in lex.never_entities or x in lex.role_modifiers:
                return False
        if seq[0].toks[0].initial and len(seq) == 2 and w[0] in lex.agency_words and w[1] in lex.agency_words:
            return False  # "Fire Management said ...": two common words opening a sentence
        if any(x in lex.other_words for x in w):
            return False  # "Management Act": a law, not a body
        self.emit(seq, "organization", "government")
        return True

    def _place_end(self, seq: list[Unit]) -> bool:
        """"Red Lake", "Niagara Falls", "Red Lake Airport": one to three name words closed by a place word
        (or by an airport word) are a place; a title may follow ("Red Lake Mayor X")."""
        lex = self.lex
        n = len(seq)
        w = [self._w(u) for u in seq]
        for k in range(1, min(n, 4)):
            end = None
            if w[k] in lex.place_ends and seq[k].toks[0].cap:
                end = k + 1
                if end < n and w[end] in lex.place_facility_ends and seq[end].toks[0].cap:
                    end += 1
            elif w[k] in lex.place_facility_ends and seq[k].toks[0].cap:
                end = k + 1
            if end is None:
                continue
            if not all(_namelike(u, lex) and u.toks[0].n not in NAME_CONNECTORS and not u.toks[0].possessive
                       for u in seq[:k]) or seq[k - 1].toks[0].possessive:
                return False
            if end < n and (w[end] in lex.org_words or w[end] in lex.org_suffixes or not (
                    w[end] in lex.titles or w[end] in lex.role_modifiers)):
                return False  # "Red Lake Airways", "Lake Forest Academy": not the place
            return self._split_emit(seq, 0, end, "place", None)
        return False

    def _numbered_name(self, seq: list[Unit]) -> bool:
        """"Boreal Link Flight 318", "De Havilland Dash 8-100": capitalised words run on by a number are a
        flight, a model or a product (typed other, with the number), not a person's name."""
        if self.language != "en" or len(seq) < 2 or any(u.known is not None for u in seq):
            return False
        m = re.match(r" (\d[\w-]*)\b(?!\s*(?:%|per\b|years?\b|people\b))", self.text[seq[-1].end:seq[-1].end + 20])
        lex = self.lex
        if not m or any(u.toks[0].n in lex.titles or u.toks[0].n in lex.calendar or u.toks[0].n in lex.org_words
                        or u.toks[0].possessive for u in seq):
            return False
        if seq[0].toks[0].initial and seq[0].toks[0].n in lex.stopwords:
            seq = seq[1:]
        self.emit(seq, "other", None)
        d = self.drafts[-1]
        lead = re.search(r"\b([A-Z][a-z]{1,2}) $", self.text[max(0, d.start - 4):d.start])
        if lead and lead.group(1).lower() in NAME_CONNECTORS:
            d.start -= len(lead.group(1)) + 1  # "De Havilland Dash 8-100": the connector the name opens with
        d.end = seq[-1].end + m.end()
        d.key = self.text[d.start:d.end]
        return True

    def _legal_prefix_org(self, seq: list[Unit]) -> bool:
        """"PT Xyz Central Asia Tbk", "PT Xyz Indonesia": after a legal form that opens a company's name the
        name runs to the legal form that closes it (or, with no title in the sequence, to its end), known
        place names included."""
        lex = self.lex
        n = len(seq)
        w = [self._w(u) for u in seq]
        i = next((k for k, x in enumerate(w) if x in lex.legal_prefixes and seq[k].toks[0].cap), None)
        if i is None or i + 1 >= n:
            return False
        closers = [k for k in range(i + 2, n) if w[k] in lex.org_legal_forms and w[k] not in lex.legal_prefixes]
        if closers:
            b = closers[-1] + 1
        elif n - i <= 5 and all(u.known is None or u.known.type == "place" for u in seq[i + 1:]) and (
                not any(x in lex.titles for x in w if x is not None)
                or (not any(x in lex.titles for x in w[i + 1:] if x is not None)
                    and not (self._acronym(seq[i + 1]) and n - i > 2)  # "PT ABC Andi Pratama"
                    and re.match(r"\s*(?:[,;:()]|[.](?:\s|$)|$)", self.text[seq[-1].end:seq[-1].end + 2]))):
            # "Direktur Utama PT Xyz Mandiri (Persero)", "Direktur PT Xyz Mandiri, Lestari": after the title,
            # the company's name runs to the punctuation that closes the sequence
            b = n
        else:
            return False
        if any(x in lex.titles for x in w[i + 1:b] if x is not None):
            return False
        sub = lex.org_words.get(w[i + 1] or "") or lex.org_words.get(w[i] or "") or "company"
        if any(x in lex.titles for x in w[:i] if x is not None):
            for u in seq[:i]:  # "Direktur Teknik PT Xyz": the words before are the role, no name
                if u.known is not None:
                    self.emit_known(u)
            return self._split_emit(seq[i:], 0, b - i, "organization", sub)
        return self._split_emit(seq, i, b, "organization", sub)

    def _org_with_joiner(self, seq: list[Unit]) -> bool:
        """"International Coordinating Group on Vaccine Provision", "Contingency Fund for Emergencies":
        words, an organisation word, a lower-case joiner and a capitalised complement are one name."""
        lex = self.lex
        n = len(seq)
        w = [self._w(u) for u in seq]
        heads = lex.org_words.keys() | lex.org_suffixes.keys()
        for i in range(0, n - 2):
            if w[i] not in heads or not seq[i].toks[0].cap or seq[i + 1].toks[0].cap \
                    or w[i + 1] not in ("of", "for", "on", "untuk") or (i == 0 and w[i] not in lex.office_heads):
                continue
            a = i
            while a > 0:
                u, x = seq[a - 1], w[a - 1]
                ok = u.known is not None or (x is not None and u.toks[0].cap and x not in lex.titles
                                             and x not in lex.calendar and not u.toks[0].possessive
                                             and not (x in lex.stopwords and (u.toks[0].initial or len(x) <= 3)))
                if not ok:
                    break
                a -= 1
            b = i + 2
            while b < n and seq[b].toks[0].cap and w[b] not in lex.titles:
                b += 1
            if (a == i and w[i] not in lex.office_heads) or b == i + 2:
                continue
            return self._split_emit(seq, a, b, "organization", lex.org_words.get(w[i] or "") or lex.org_suffixes[w[i] or ""])
        return False

    def _region_end(self, seq: list[Unit], k: int, allow_name: bool) -> int | None:
        """The end of a regional qualifier at ``seq[k]``: "Kabupaten Lombok Timur", "Provinsi NTB", "NTB"."""
        lex = self.lex
        n = len(seq)
        if k >= n:
            return None
        prefix = self._w(seq[k]) in lex.place_prefixes
        if prefix:
            k += 1
            if k >= n:
                return None
        u = seq[k]
        after = self._w(seq[k + 1]) if k + 1 < n else None
        if u.known is not None:
            if u.known.type != "place" or u.known.subtype == "country":
                return None
            return k + 2 if after in lex.compass_after else k + 1
        if _namelike(u, lex) and u.toks[0].n not in NAME_CONNECTORS:
            if after in lex.compass_after:
                return k + 2
            if prefix or (allow_name and k + 1 == n) or (self.language != "en" and u.toks[0].n in self.places):
                return k + 1
        return None

    def _regional_org(self, seq: list[Unit]) -> bool:
        """An organisation with its region: "KPU Kabupaten Lombok Timur", "Bawaslu NTB"; in English an
        unknown acronym before a name ("XYZ Antwerp") is an organisation's branch."""
        for i, u in enumerate(seq[:-1]):
            known_org = u.known is not None and u.known.type == "organization"
            nxt = seq[i + 1]
            acr = self.language == "en" and self._acronym(u) and not u.toks[0].initial
            # "BPBD Jawa Tengah", "BPBD Kendal": an unknown acronym before a region (known, or placed by the article)
            local = self.language != "en" and self._acronym(u) and not (
                i > 0 and self._w(seq[i - 1]) in self.lex.org_words) and (
                (nxt.known is not None and nxt.known.type == "place" and nxt.known.subtype != "country")
                or (nxt.known is None and nxt.toks[0].n in self.places and _namelike(nxt, self.lex)))
            acr = acr or local
            if not (known_org or acr):
                continue
            if known_org and u.known is not None and nxt.known is not None and nxt.known.type == "place" \
                    and nxt.known.subtype == "country" \
                    and nxt.toks[0].upper and len(nxt.toks) == 1:
                # "KPU RI": the national body itself
                return self._split_emit(seq, i, i + 2, "organization", u.known.subtype, u.known.key,
                                        source="gazetteer")
            end = self._region_end(seq, i + 1, allow_name=acr)
            if end is not None:
                sub = u.known.subtype if u.known is not None else None
                parts = [x for x in seq[i:end] if self._w(x) not in self.lex.place_prefixes]
                key = " ".join(_text(self.text, [x]) for x in parts)
                return self._split_emit(seq, i, end, "organization", sub, key)
        return False

    def _named_institution(self, seq: list[Unit]) -> bool:
        """"the Senate": one capitalised word that names a unique institution, after "the"."""
        lex = self.lex
        if len(seq) != 1 or seq[0].known is not None or seq[0].toks[0].n not in lex.unique_institutions:
            return False
        if not re.search(r"\bthe\s+$", self.text[max(0, seq[0].start - 6):seq[0].start], flags=re.IGNORECASE):
            return False
        self.emit(seq, "organization", "government")
        return True

    def _listed_place(self, seq: list[Unit]) -> bool:
        """"di Nusa Dua, Bali", "Kompleks Parlemen, Senayan, Jakarta": a short name after a place preposition
        (or, one word, after a comma) and before ", <known place>" is a place."""
        lex = self.lex
        after = re.match(r",\s*", self.text[seq[-1].end:seq[-1].end + 3])
        if after is None or len(seq) > 3 or seq[0].known is not None:
            return False
        nxt = next((u for u in self.units if u.start == seq[-1].end + after.end()), None)
        if nxt is None or nxt.known is None or nxt.known.type != "place":
            return False
        words = [u.toks[0].n for u in seq]
        if any(u.known is not None or u.toks[0].upper or not u.toks[0].cap for u in seq) \
                or any(x in lex.titles or x in lex.org_words or x in lex.org_suffixes or x in lex.facility_words
                       or x in lex.calendar or x in lex.place_prefixes for x in words) or not _namelike(seq[0], lex):
            return False
        lead = self.text[max(0, seq[0].start - 20):seq[0].start]
        preps = "|".join(re.escape(p) for p in sorted(lex.place_prepositions, key=len, reverse=True))
        by_prep = bool(preps) and re.search(r"(?:^|\s)(?:" + preps + r")\s+$", lead) is not None
        by_comma = len(seq) == 1 and re.search(r"[^\W\d_],\s+$", lead) is not None
        if not (by_prep or by_comma):
            return False
        self.emit(seq, "place", None)
        return True

    def _port_of(self, seq: list[Unit]) -> bool:
        """"Port of X": an organisation."""
        if len(seq) >= 3 and self._w(seq[0]) in self.lex.org_of_heads and self._w(seq[1]) == "of":
            self.emit(seq, "organization", "government")
            return True
        return False

    def _of_place(self, seq: list[Unit]) -> bool:
        """"Hook of Holland", "Isle of Wight": a name, "of" and a known place make a place."""
        lex = self.lex
        if len(seq) == 3 and self._w(seq[1]) == "of" and seq[2].known is not None \
                and seq[2].known.type == "place" and _namelike(seq[0], lex) and not seq[0].toks[0].initial \
                and seq[0].toks[0].n not in NAME_CONNECTORS:
            self.emit(seq, "place", None)
            return True
        return False

    def _compass_place(self, seq: list[Unit]) -> bool:
        """"Lombok Timur", "Kabupaten Lombok Timur", "Jakarta Pusat": a name and a compass word."""
        lex = self.lex
        for i in range(1, len(seq)):
            if self._w(seq[i]) not in lex.compass_after:
                continue
            p = seq[i - 1]
            if (p.known is not None and p.known.type == "place" and p.known.subtype != "country") or (
                    _namelike(p, lex) and p.toks[0].n not in NAME_CONNECTORS):
                a = i - 1
                if a >= 1 and self._w(seq[a - 1]) in lex.place_prefixes:
                    a -= 1
                return self._split_emit(seq, a, i + 1, "place", None, _text(self.text, seq[i - 1:i + 1]))
        return False

    # -- acronyms defined in the text -----------------------------------------------
    def acronym_definitions(self) -> dict[str, Draft]:
        """ACRONYM -> the draft of its long form, for "Long Form (ACR)" in this article."""
        defs: dict[str, Draft] = {}
        for m in re.finditer(r"\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)", self.text):
            acr = m.group(1)
            if not looks_like_acronym(acr):
                self._syllabic_acronym(m, defs)
                continue
            before = [d for d in self.drafts if d.end <= m.start() and re.fullmatch(r"\s*", self.text[d.end:m.start()])]
            if before:
                d = before[-1]
                words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", self.text[d.start:d.end])
                if initials_match(acr, words) or (d.source in ("gazetteer", "acronym") and d.type != "place") or (
                        len(words) > 2 and norm(words[0]) in self.lex.org_words and initials_match(acr, words[1:])):
                    if acr not in defs and d.source == "rules" and d.type == "organization":
                        # "Badan ... Daerah (BPBD) Kabupaten Kendal": the branch of that region
                        region = next((x for x in self.drafts if x.type == "place" and x.subtype != "country"
                                       and re.fullmatch(r"\s*\)\s+", self.text[m.end() - 1:x.start])), None)
                        if region is not None:
                            d.key = f"{acr} {region.key}"
                    defs.setdefault(acr, d)
                    continue
            # a long form the finder did not read as a name: take the capitalised words before "("
            words_m = list(re.finditer(r"[^\W_]+(?:-[^\W_]+)*", self.text[max(0, m.start() - 200):m.start()]))
            base = max(0, m.start() - 200)
            for n in range(2, min(10, len(words_m)) + 1):
                chunk = words_m[-n:]
                ws = [w.group(0) for w in chunk]
                if not ws[0][0].isupper():
                    continue
                if initials_match(acr, ws):
                    start, end = base + chunk[0].start(), base + chunk[-1].end()
                    lowered = [w for w in ws if w.lower() in self.lex.org_words]
                    sub = self.lex.org_words[lowered[0].lower()] if lowered else None
                    d = Draft(start, end, self._sentence_of(start), "organization", sub, self.text[start:end])
                    self.drafts = [x for x in self.drafts if x.end <= start or x.start >= end]
                    self.drafts.append(d)
                    defs.setdefault(acr, d)
                    break
        return defs

    def _syllabic_acronym(self, m: re.Match[str], defs: dict[str, Draft]) -> None:
        """"Institute for Development of Economics and Finance (Indef)": a capitalised short form made of
        syllables, whose letters run in order through a long form that opens with an organisation word."""
        acr = m.group(1)
        if not (3 <= len(acr) <= 8 and acr.isalpha() and acr[1:].islower()) or self.lex.vocab(norm(acr)):
            return
        base = max(0, m.start() - 200)
        words_m = list(re.finditer(r"[^\W_]+(?:-[^\W_]+)*", self.text[base:m.start()]))
        if not re.fullmatch(r"\s*", self.text[base + words_m[-1].end():m.start()] if words_m else "x"):
            return
        for n in range(2, min(10, len(words_m)) + 1):
            chunk = words_m[-n:]
            ws = [w.group(0) for w in chunk]
            if not ws[0][0].isupper() or norm(ws[0]) not in self.lex.org_words or ws[0][0].lower() != acr[0].lower():
                continue
            if not all(w[0].isupper() or w.lower() in ("of", "for", "on", "and", "the", "dan", "untuk") for w in ws):
                continue
            letters = iter("".join(ws).lower())
            if not all(c in letters for c in acr.lower()):
                continue
            start, end = base + chunk[0].start(), base + chunk[-1].end()
            sub = self.lex.org_words[norm(ws[0])]
            d = Draft(start, end, self._sentence_of(start), "organization", sub, self.text[start:end])
            self.drafts = [x for x in self.drafts if x.end <= start or x.start >= end]
            self.drafts.append(d)
            defs.setdefault(acr, d)
            return

    # -- everything ------------------------------------------------------------------
    def run(self) -> list[Draft]:
        for seq in _sequences(self.text, self.units, self.lex):
            self.sequence(seq)
        defs = self.acronym_definitions()
        drafts = sorted(self.drafts, key=lambda d: (d.start, d.end))
        self._alias_pairs(drafts)
        self._trim_initial_words(drafts)
        # within-article short forms and variants
        persons = [d for d in drafts if d.type == "person" and len(name_key(d.key)) >= 2 and not d.restricted]
        all_persons = [d for d in drafts if d.type == "person" and len(name_key(d.key)) >= 2]
        mid_words = {t.n for t in self.toks if t.cap and not t.initial and not t.restricted}
        full_keys = {name_key(d.key): d.key for d in persons}
        # variants ("Xi Ji Jinping" ~ "Xi Jinping"): the most frequent form wins
        counts: dict[str, int] = {}
        for d in all_persons:
            counts[d.key] = counts.get(d.key, 0) + 1
        canon: dict[str, str] = {}
        for key in sorted(counts, key=lambda k: (-counts[k], len(k), k)):
            for other in canon.values():
                if variant_of(name_key(key), name_key(other)) and other != key:
                    canon[key] = other
                    break
            else:
                canon[key] = key
        keys_any = {norm(d.key): d for d in drafts if d.source != "short" and not d.restricted
                    and not (d.type == "person" and len(d.tokens) == 1)}
        out: list[Draft] = []
        for d in drafts:
            if d.type == "person" and d.key in canon:
                d.key = canon[d.key]
            if d.source == "short" or (d.type == "person" and len(d.tokens) == 1):
                token = name_key(d.key)
                word = d.key
                if word in defs and defs[word] is not d:
                    src = defs[word]
                    d.type, d.subtype, d.key, d.source = src.type, src.subtype, src.key, "acronym"
                elif token and (full := resolve_short(token[0], full_keys)) is not None and not (
                        d.initial and norm(word) in self.lex.org_suffixes):
                    d.type, d.subtype, d.key = "person", None, canon.get(full_keys[full], full_keys[full])
                    d.source = "rules"
                elif (looks_like_acronym(word) or not d.initial or norm(word) in mid_words) and len(
                        heads := {x.key for x in drafts if x.type == "organization" and not x.restricted
                                  and norm(x.key).startswith(norm(word) + " ")}) == 1 and (
                        # "arrested in Hamilton" is the town, not "Hamilton District Court"; "shares in Al Safwa"
                        # are the company's ("Al Safwa Industries")
                        (src := next(x for x in drafts if x.key in heads)).subtype == "company"
                        or not self._after_place_preposition(d)):
                    d.type, d.subtype, d.key, d.source = src.type, src.subtype, src.key, "rules"
                elif looks_like_acronym(word) and len(inits := {x.key for x in drafts if x.type == "organization"
                                                                 and x.source == "rules" and initials_match(
                                                                     word, name_tokens(x.key))}) == 1:
                    src = next(x for x in drafts if x.key in inits)  # "BRI" for "Bank Rakyat Indonesia"
                    d.type, d.subtype, d.key, d.source = src.type, src.subtype, src.key, "acronym"
                elif norm(word) in keys_any and keys_any[norm(word)].type != "other":
                    src = keys_any[norm(word)]
                    d.type, d.subtype, d.key, d.source = src.type, src.subtype, src.key, src.source
                elif d.type == "other":
                    self._type_single(d)
            elif d.restricted and d.source not in ("gazetteer", "acronym"):
                # headline or teaser: keep only names the body confirms
                confirmed = norm(d.key) in {norm(x.key) for x in persons} or norm(d.key) in keys_any or (
                    d.type == "person" and d.role is not None and len(d.tokens) >= 2 and d.tokens[-1] in mid_words)
                if not confirmed:
                    continue
            if d.source == "short" and d.type == "other":
                if d.restricted:
                    continue
                if d.initial and norm(d.key) not in mid_words:
                    d.source = "short-initial"  # may only resolve to a person named elsewhere in the dossier
                elif self._mid_sentence(d) and not any(name_key(d.key)[:1] in (k[:1], k[-1:])
                                                       for k in full_keys):  # "Keeper" of two Keepers: unresolved
                    d.source = "short-mid"  # "commissioned Deloitte to ...": kept as a name of no known type
            out.append(d)
        # a lone common word ("Desa", "Kementerian") is no name on its own, whatever it resolved to
        out = [d for d in out if not (len(d.tokens) == 1 and d.source not in ("gazetteer", "acronym")
                                      and generic_word(d.tokens[0], self.lex))]
        self._listed_orgs(out)
        self._acronym_forms(out, defs)
        self._places_after_prepositions(out)
        # "warga X" where X is a place the article names: a one-word "person" is that place
        places = {norm(d.key): d for d in out if d.type == "place"}
        for d in out:
            if d.type == "person" and len(d.tokens) == 1 and norm(d.key) in places:
                src = places[norm(d.key)]
                d.type, d.subtype, d.key, d.role, d.source = "place", src.subtype, src.key, None, src.source
        return out

    def _after_place_preposition(self, d: Draft) -> bool:
        """"arrested in Hamilton": a one-word name right after a place preposition is the place, not the short
        form of an organisation named after it ("Hamilton District Court")."""
        m = re.search(r"(?:^|\s)([a-z]+)\s+$", self.text[max(0, d.start - 12):d.start])
        return bool(m and m.group(1) in self.lex.place_prepositions and m.group(1) not in ("at", "to", "from"))

    def _mid_sentence(self, d: Draft) -> bool:
        """A one-word name printed inside running text: after a lower-case word (not a quote, a dash or a
        dateline) and before no title or organisation word ("Infrastructure Minister"), in a language
        whose common words are not capitalised."""
        lex = self.lex
        if not lex.keep_unexplained_names or len(d.tokens) != 1:
            return False
        before = self.text[max(0, d.start - 30):d.start]
        after = self.text[d.end:d.end + 30]
        m = re.search(r"(?:^|\s)([a-z][a-z-]*),?[ \t]$", before)
        if m is None or m.group(1) in lex.titles:
            return False
        if m.group(1) in ("and", "or", "of", "for", "on") and re.search(r"[A-Z][\w'’.-]*,?\s+$", before[:m.start(1)]):
            return False  # "Committee on Transport, Infrastructure and Communities": the end of a longer name
        nxt = re.match(r"(?:['’]s)?\s+([A-Za-z][\w-]*)", after)
        if nxt and nxt.group(1)[:1].isupper() and (norm(nxt.group(1)) in lex.titles or norm(nxt.group(1)) in lex.org_words):
            return False
        body = re.match(r"(?:\s+[a-z]+\b){1,3}", after)
        if body and any(w in lex.org_words for w in body.group(0).split()):
            return False  # "the Commons transport committee": a modifier of a body the article does not name
        # a label ("Explainer:", "Watch:") or a code or a model ("C-GBLK", "Dash 8"): no name
        return len(d.key) >= 3 and not re.match(r"-|:|\s*\d", after)

    def _acronym_forms(self, out: list[Draft], defs: dict[str, Draft]) -> None:
        """"PT SPN" and "PT Sarana Pelabuhan Nusantara", "Kementerian BUMN" and "Kementerian Badan Usaha Milik
        Negara": an organisation whose name ends in an acronym of the words another one of the article ends
        in (after the same head words) is that one; so is one whose key is an acronym the article defines."""
        orgs = [d for d in out if d.type == "organization"]
        for d in orgs:
            words = d.key.split()
            if not words or not looks_like_acronym(words[-1]):
                continue
            if len(words) == 1 and words[0] in defs and defs[words[0]] is not d \
                    and defs[words[0]].type == "organization":
                d.key = defs[words[0]].key
                continue
            head = [norm(w) for w in words[:-1]]
            longs = {x.key for x in orgs if x is not d and len(x.key.split()) >= len(head) + 2
                     and [norm(w) for w in x.key.split()[:len(head)]] == head
                     and initials_match(words[-1], x.key.split()[len(head):])}
            if len(longs) == 1:
                d.key = next(iter(longs))

    def _places_after_prepositions(self, out: list[Draft]) -> None:
        """"di Pondok Indah", "di kawasan Pondok Indah": a two- or three-word name with no role right after a
        preposition that only introduces places (or a lower-case place word) is a place, everywhere in
        the article."""
        lex = self.lex
        cues = lex.place_only_prepositions | lex.place_prefixes
        if not lex.place_only_prepositions:
            return
        keys: set[str] = set()
        # "shares in Al Safwa" after "Al Safwa Industries": the organisation's name without its last word
        org_heads = {" ".join(d.key.split()[:-1]) for d in out if d.type == "organization"}
        for d in out:
            if d.type != "person" or d.role is not None or not 2 <= len(d.tokens) <= 3 or d.key in org_heads:
                continue
            m = re.search(r"(?:^|\s)([a-z]+)\s+$", self.text[max(0, d.start - 20):d.start])
            if m and m.group(1) in cues:
                keys.add(d.key)
        for d in out:
            if d.type == "person" and d.role is None and d.key in keys:
                d.type, d.subtype = "place", None

    def _listed_orgs(self, out: list[Draft]) -> None:
        """"bids from X Minerals, Y Lithium and Zed Tinto": a two- or three-word "person" without a role
        listed only with (at least two) organisations is an organisation, everywhere in the article."""
        ordered = sorted(out, key=lambda d: d.start)
        sep = re.compile(r"\s*,\s*(?:and\s+|or\s+|dan\s+|atau\s+)?|\s+(?:and|or|dan|atau)\s+")
        lists: list[list[Draft]] = []
        cur: list[Draft] = []
        for d in ordered:
            if cur and cur[-1].sentence == d.sentence and sep.fullmatch(self.text[cur[-1].end:d.start]):
                cur.append(d)
            else:
                if len(cur) >= 3:
                    lists.append(cur)
                cur = [d]
        if len(cur) >= 3:
            lists.append(cur)
        keys: set[str] = set()
        for members in lists:
            people = [d for d in members if d.type == "person"]
            if len(people) == 1 and all(d.type == "organization" for d in members if d is not people[0]) \
                    and people[0].role is None and 2 <= len(people[0].tokens) <= 3:
                keys.add(people[0].key)
        # a name the article reads once as an organisation (by its context) is one everywhere in it
        keys |= {d.key for d in out if d.type == "organization" and d.source == "rules" and len(d.tokens) >= 2}
        for d in out:
            if d.type == "person" and d.key in keys and d.role is None:
                d.type, d.subtype = "organization", "company"

    def _alias_pairs(self, drafts: list[Draft]) -> None:
        """"X, also known as Y", "X (Y)", "X atau yang dikenal dengan Y": two names of one organisation;
        the second takes the first's key (or the first the second's, when only the second is known)."""
        cues = "|".join(re.escape(c) for c in sorted(self.lex.alias_cues, key=len, reverse=True))
        for a, b in itertools.pairwise(drafts):
            if a.end > b.start or "organization" not in (a.type, b.type) or "place" in (a.type, b.type):
                continue
            between = self.text[a.end:b.start]
            paren = re.fullmatch(r"\s*\(\s*", between) is not None and re.match(r"\s*\)", self.text[b.end:]) is not None
            aka = bool(cues) and re.fullmatch(r",?\s*(?:" + cues + r")\s+", between, flags=re.IGNORECASE) is not None
            if not (aka or (paren and len(b.tokens) >= 2)):
                continue
            src, dst = (b, a) if b.source in ("gazetteer", "acronym") and a.source not in ("gazetteer", "acronym") \
                else (a, b)
            dst.key, dst.type, dst.subtype = src.key, "organization", src.subtype or dst.subtype

    def _trim_initial_words(self, drafts: list[Draft]) -> None:
        """"Memanggil Xi", "Analysts Kim Jong Un": a sentence-initial word before a name the article
        knows is no part of the name."""
        fulls = {name_key(d.key): d.key for d in drafts if d.type == "person" and not d.initial and len(d.tokens) >= 2}
        for d in drafts:
            if d.type != "person" or not d.initial or len(d.tokens) < 2:
                continue
            rest_start = next((t.start for t in self.toks if d.start < t.start < d.end), None)
            if rest_start is None:
                continue
            whole = name_key(d.key)
            if any(variant_of(whole, f) or whole == f for f in fulls) or any(
                    whole[0] == tok for f in fulls for tok in f):
                continue
            rest = self.text[rest_start:d.end]
            key = name_key(rest)
            if len(key) == 1:
                ok = resolve_short(key[0], fulls) is not None
            else:
                ok = any(variant_of(key, f) for f in fulls) or any(f[-len(key):] == key for f in fulls)
            if ok:
                d.start, d.key, d.tokens, d.initial = rest_start, rest, d.tokens[1:], False
                if len(key) == 1:
                    d.type, d.source = "other", "short"

    def _type_single(self, d: Draft) -> None:
        """Type a one-word name the article does not explain: by the word before it."""
        lex = self.lex
        prev = [t for t in self.toks if t.end <= d.start and t.sentence == d.sentence]
        word = self.text[d.start:d.end]
        after = self.text[d.end:d.end + 80]
        if re.fullmatch(r"(?!Mc|Mac)[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+|[A-Z][a-z]{3,}[A-Z]{2,5}", word):
            d.type, d.subtype, d.source = "organization", "company", "rules"  # "BrandName": a company
            return
        if lex.place_suffix_cues and re.match(r"-(?:" + "|".join(map(re.escape, lex.place_suffix_cues)) + r")\b",
                                              after):
            d.type, d.source = "place", "rules"  # "Xville-based"
            return
        if (re.match(r"(?:['’]s)?\s+(?:shares|stock)\b", after) and not d.initial) or (
                re.match(r"\s+(?:said in a statement|signed a deal|said in a filing)\b", after)
                and not lex.vocab(norm(word))):
            d.type, d.subtype, d.source = "organization", "company", "rules"  # "X shares fell", "X said in a statement"
            return
        if prev and prev[-1].n in lex.person_intros and re.fullmatch(r"\s+", self.text[prev[-1].end:d.start]) \
                and not looks_like_acronym(word):
            d.type, d.source = "person", "rules"  # "a witness named X"
            return
        if looks_like_acronym(word):
            cues = "|".join(re.escape(c) for c in sorted(lex.org_cues, key=len, reverse=True))
            # "the ABC and XYZ unions", "XYZ, the world's largest container line,"
            m = re.match(r"(?:\s*(?:,|and|dan|&)\s*[A-Z]{2,6})*\s+(" + cues + r")\b", after) \
                or re.match(r",\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+[^,.;]{0,50}?\b(" + cues + r")\s*[,.;]", after)
            if m and cues:
                d.type, d.subtype, d.source = "organization", lex.org_cues.get(norm(m.group(1))), "rules"
                return
        if re.search(r"\b\d{1,3},\s+(?:of|from)\s+$", self.text[max(0, d.start - 16):d.start]):
            d.type, d.source = "place", "rules"  # "Evan Moar, 41, of Kenora": a hometown after an age
            return
        if re.match(r",\s*", after) and any(x.start >= d.end and x.type == "place" and x.subtype in ("country", "region")
                                             and re.fullmatch(r",\s*", self.text[d.end:x.start])
                                             for x in self.drafts):
            d.type, d.source = "place", "rules"  # "Xville, France"
            return
        sent_start = max((t.start for t in self.toks if t.sentence == d.sentence and t.initial), default=0)
        lead = self.text[sent_start:d.start]
        prefixes = "|".join(re.escape(w) for w in sorted(lex.place_prefixes, key=len, reverse=True))
        listing = "|".join(re.escape(w) for w in lex.list_cues)
        if prefixes and listing and re.search(
                r"\b(?:" + prefixes + r")s?\b[^.;:]{0,20}?(?:" + listing + r")\s*:?\s+"
                r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*,\s*(?:(?:dan|and|serta)\s+)?)*(?:(?:dan|and|serta)\s+)?$",
                lead, flags=re.IGNORECASE):
            d.type, d.source = "place", "rules"  # "in four districts, namely A, B and C"
            return
        if prefixes and not looks_like_acronym(word) and re.match(
                r"\s+(?:" + prefixes + r")(?:s|es)?\b", after) and not d.initial:
            d.type, d.source = "place", "rules"  # "Mwanza and Xara regions", "Xiaya county"
            return
        if prev:
            p = prev[-1]
            gap = self.text[p.end:d.start]
            if p.n in lex.place_prefixes and not p.cap and re.fullmatch(r"\s+", gap) and not looks_like_acronym(word):
                d.type, d.source = "place", "rules"  # "di kawasan Xaligawe", "the area Y"
                return
            if p.n in lex.place_prepositions and re.fullmatch(r"\s+", gap) and not looks_like_acronym(word):
                d.type, d.source = "place", "rules"
                return
            lead_words = self.text[max(0, d.start - 30):d.start].split()
            if lex.place_cues and not looks_like_acronym(word) and any(
                    lead_words[-len(c.split()):] == c.split() for c in lex.place_cues):
                d.type, d.source = "place", "rules"  # "residents of Xdrecht and neighbouring Yburcht"
                return
            if p.n == "the" and len(prev) >= 2 and prev[-2].n in lex.place_prepositions | {"on"} \
                    and not re.match(r"\s+[a-z]+\b(?![.,;:])", after) \
                    and not d.initial and not looks_like_acronym(word) and re.fullmatch(r"\s+", gap):
                d.type, d.source = "place", "rules"  # "at the Xlands", "on the Xvlakte"
                return
            two = " ".join(t.n for t in prev[-2:])
            for cue, subtype in lex.org_cues.items():
                if (p.n == cue or two.endswith(cue)) and re.fullmatch(r",?\s+", gap):
                    d.type, d.subtype, d.source = "organization", subtype, "rules"
                    return
        # "Bandung, Sukabumi, dan Jakarta": a list with places in it
        neighbours = [x for x in self.drafts if x.sentence == d.sentence and x is not d and x.type == "place"]
        for x in neighbours:
            lo, hi = (x.end, d.start) if x.end <= d.start else (d.end, x.start)
            if re.fullmatch(r"\s*,?\s*(dan|and|atau|or)\s*|-", self.text[lo:hi]) or (
                re.fullmatch(r"\s*,\s*", self.text[lo:hi]) and re.match(r"\s*,?\s*(dan|and|atau|or)?\s*[A-Z]",
                                                                       self.text[d.end:d.end + 12])
                and x.end <= d.start and any(y.start >= d.end and y.type in ("place", "other") and y.sentence == d.sentence
                                             and re.fullmatch(r"\s*,?\s*(dan|and|atau|or)?\s*",
                                                              self.text[d.end:y.start]) for y in self.drafts)):
                d.type, d.source = "place", "rules"
                return


def find_mentions(text: str, sentences: tuple[Sentence, ...], language: str) -> tuple[Mention, ...]:
    """Mentions of people, organisations and places in one article (rules and data only).

    One-word names the article does not resolve come back with ``type="other"`` and
    ``source="short"`` (``"short-initial"`` when the word only starts sentences): the
    cross-article linker resolves them or leaves them out."""
    if not text or not sentences:
        return ()
    drafts = _Finder(text, sentences, language).run()
    seen: set[tuple[int, int]] = set()
    out = []
    for d in sorted(drafts, key=lambda d: (d.start, -d.end)):
        if (d.start, d.end) in seen or any(d.start >= a and d.end <= b and (a, b) != (d.start, d.end) for a, b in seen):
            continue
        seen.add((d.start, d.end))
        out.append(Mention(text=text[d.start:d.end], start=d.start, end=d.end, sentence=d.sentence, type=d.type,
                           subtype=d.subtype, key=d.key, role=d.role, source=d.source))
    return tuple(out)
