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

import re
from dataclasses import dataclass, field

from dossier.extract.acronyms import initials_match, looks_like_acronym
from dossier.extract.gazetteer import Known, Lexicon, gazetteer, lexicon, max_alias_tokens, norm
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
    if a.possessive:
        return False
    return bool(re.fullmatch(r"[ \t]+" if not allow_comma else r",?[ \t]+", between))


def _units(text: str, toks: list[Tok]) -> list[Unit]:
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
                found = Unit(span, known)
                break
        if found is None and t.cap and "-" in t.text and not t.domain:
            # "Rusia-China", "Beijing-Washington": split when every part is a known name
            parts = list(re.finditer(r"[^-]+", t.text))
            knowns = [gaz.get((norm(p.group(0)),)) for p in parts]
            if len(parts) > 1 and all(k is not None and not k.exact_case for k in knowns):
                for p, k in zip(parts, knowns, strict=True):
                    sub = Tok(p.group(0), t.start + p.start(), t.start + p.end(), norm(p.group(0)), True, False,
                              t.sentence, t.initial and p.start() == 0, restricted=t.restricted)
                    units.append(Unit([sub], k))
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


def _sequences(text: str, units: list[Unit]) -> list[list[Unit]]:
    seqs: list[list[Unit]] = []
    cur: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        if _is_cap_unit(u):
            if cur and (u.toks[0].domain or cur[-1].toks[0].domain or not _gap(text, cur[-1].toks[-1], u.toks[0]) or cur[-1].toks[0].sentence != u.toks[0].sentence):
                seqs.append(cur)
                cur = []
            cur.append(u)
            i += 1
            continue
        # lower-case connectors inside a name: "Board of Peace", "Ursula von der Leyen"
        if cur and u.toks[0].n in CONNECTORS:
            j = i
            while j < len(units) and units[j].known is None and units[j].toks[0].n in CONNECTORS \
                    and not units[j].toks[0].cap and j - i < 2:
                j += 1
            if j < len(units) and _is_cap_unit(units[j]) and all(
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


def _text(text: str, units: list[Unit]) -> str:
    return text[units[0].start:units[-1].end]


class _Finder:
    def __init__(self, text: str, sentences: tuple[Sentence, ...], language: str):
        self.text = text
        self.lex = lexicon(language)
        self.toks = _tokens(text, sentences)
        skipped = _skipped_spans(text, self.lex)
        self.toks = [t for t in self.toks if not any(a <= t.start < b for a, b in skipped)]
        _mark_restricted(text, self.toks, self.lex, {s.index: s.end for s in sentences})
        self.units = _units(text, self.toks)
        self.drafts: list[Draft] = []

    # -- emitting -------------------------------------------------------------------
    def emit(self, units: list[Unit], type_: str, subtype: str | None, key: str | None = None,
             role: str | None = None, source: str = "rules") -> None:
        text = _text(self.text, units)
        if norm(text) in self.lex.never_entities:
            return
        first = units[0].toks[0]
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
        # drop leading stopwords / sentence-initial common words
        while seq and seq[0].known is None and not _keeps_head(seq[0].toks[0].n, lex) and (
                seq[0].toks[0].n in lex.stopwords or seq[0].toks[0].n in CONNECTORS
                                                or seq[0].toks[0].n in lex.calendar
                                                or seq[0].toks[0].n in lex.never_entities):
            seq = seq[1:]
        while seq and seq[-1].known is None and seq[-1].toks[0].n in CONNECTORS:
            seq = seq[:-1]
        if not seq:
            return
        words = [u.toks[0].n for u in seq if u.known is None]
        head = seq[0].toks[0].n if seq[0].known is None else None
        # a domain name: an outlet
        if len(seq) == 1 and seq[0].toks[0].domain:
            self.emit(seq, "organization", "media")
            return
        # organisation: starts with (or is built around) an organisation word
        if head in lex.org_words and len(seq) > 1 and not any(w in lex.titles for w in words[1:]):
            self.emit(seq, "organization", lex.org_words[head])
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
            if all(_namelike(u, lex) for u in rest) and len(rest) <= 3:
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
        # "Bupati Cianjur Mohammad Wahyu": after a territorial title the next word is a place
        title_at = next((i for i, u in enumerate(seq) if u.known is None and u.toks[0].n in lex.place_titles), None)
        if title_at is not None and title_at == len(prefix) - 1 and len(name) >= 2:
            place, name = name[0], name[1:]
            self.emit([place], "place", None, place.toks[0].text)
            prefix = [*prefix, place]
        # the prefix: emit known names in it, and an organisation span if it has an org word
        org_from = next((i for i, u in enumerate(prefix) if u.known is None and u.toks[0].n in lex.org_words), None)
        if org_from is not None and org_from < len(prefix) - 1 and prefix[org_from].toks[0].n not in lex.titles:
            span = prefix[org_from:]
            if any(u.known is not None and u.known.type == "organization" for u in span) and span[-1].known:
                self.emit([span[-1]], span[-1].known.type, span[-1].known.subtype, span[-1].known.key)
            else:
                self.emit(span, "organization", lex.org_words[prefix[org_from].toks[0].n])
            for u in prefix[:org_from]:
                if u.known is not None:
                    self.emit_known(u)
        else:
            for u in prefix:
                if u.known is not None:
                    self.emit_known(u)
        if not name:
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
        if len(name) >= 2:
            self.emit(name, "person", None, role=role)
            return
        # a single word: a short form, an acronym, or a place after a preposition
        t = name[0].toks[0]
        if role is not None and not t.upper:
            self.emit(name, "person", None, role=role)
            return
        self.emit(name, "other", None, source="short")

    # -- acronyms defined in the text -----------------------------------------------
    def acronym_definitions(self) -> dict[str, Draft]:
        """ACRONYM -> the draft of its long form, for "Long Form (ACR)" in this article."""
        defs: dict[str, Draft] = {}
        for m in re.finditer(r"\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)", self.text):
            acr = m.group(1)
            if not looks_like_acronym(acr):
                continue
            before = [d for d in self.drafts if d.end <= m.start() and re.fullmatch(r"\s*", self.text[d.end:m.start()])]
            if before:
                d = before[-1]
                words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", self.text[d.start:d.end])
                if initials_match(acr, words) or d.source in ("gazetteer", "acronym"):
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

    # -- everything ------------------------------------------------------------------
    def run(self) -> list[Draft]:
        for seq in _sequences(self.text, self.units):
            self.sequence(seq)
        defs = self.acronym_definitions()
        drafts = sorted(self.drafts, key=lambda d: (d.start, d.end))
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
        keys_any = {norm(d.key): d for d in drafts if d.source != "short" and not d.restricted}
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
                elif token and (full := resolve_short(token[0], full_keys)) is not None:
                    d.type, d.subtype, d.key = "person", None, canon.get(full_keys[full], full_keys[full])
                    d.source = "rules"
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
            out.append(d)
        return out

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
        if prev:
            p = prev[-1]
            gap = self.text[p.end:d.start]
            if p.n in lex.place_prepositions and re.fullmatch(r"\s+", gap) and not looks_like_acronym(word):
                d.type, d.source = "place", "rules"
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
            if re.fullmatch(r"\s*,?\s*(dan|and|atau|or)\s*", self.text[lo:hi]) or (
                re.fullmatch(r"\s*,\s*", self.text[lo:hi]) and re.match(r"\s*,?\s*(dan|and|atau|or)?\s*[A-Z]",
                                                                       self.text[d.end:d.end + 12])
                and x.end <= d.start and any(y.start >= d.end and y.type == "place" and y.sentence == d.sentence
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
