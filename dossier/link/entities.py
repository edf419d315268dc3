"""Entities across articles: one entity per person, organisation and place of the dossier.

Mentions are grouped by what they resolve to, never by article order:

* known names (countries, cities, organisations, acronyms) by their canonical key;
* full person names by spelling-insensitive tokens, and variants merged ("Yury Ushakov" ~
  "Yuri Ushakov", "Xi Ji Jinping" ~ "Xi Jinping"), looked up through a token index;
* one-word short forms ("Putin") to the one full name in the dossier whose last (or first)
  token they are; short forms that resolve to nothing are left out.

Then the editor's curation is applied (split, merge, edits), and ids are slugs of the names,
made unique in a fixed order. Everything is indexed by tokens, so the work grows roughly
linearly with the number of mentions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dossier.curate import Curation
from dossier.extract.acronyms import initials_match
from dossier.extract.gazetteer import lexicon
from dossier.extract.gazetteer import norm as _norm
from dossier.extract.mentions import generic_word
from dossier.extract.names import name_key, resolve_short, same_token, variant_of
from dossier.model import Article, Entity, Extraction, Mention, MentionRef, Role, frozen_map

KNOWN_SOURCES = ("gazetteer", "acronym")


@dataclass(frozen=True)
class EntityLinks:
    """The linked entities, and how each article's mention keys map to them."""

    entities: tuple[Entity, ...]
    redirects: Mapping[str, str] = field(default_factory=frozen_map)  # old entity id -> new entity id
    keys: Mapping[tuple[str, str], str] = field(default_factory=frozen_map)  # (article id, mention key) -> id
    warnings: tuple[str, ...] = ()
    curated: frozenset[str] = frozenset()  # ids of entities whose name the editor gave (it is their display name)

    def entity_id(self, article_id: str, mention_key: str) -> str | None:
        """The entity a mention key of one article was linked to (None when it was left out)."""
        return self.keys.get((article_id, mention_key))

    def get(self, entity_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """:func:`dossier.extract.gazetteer.norm`, cached: linking normalises the same keys again and again."""
    return _norm(text)


@lru_cache(maxsize=200_000)
def _generic(text: str, language: str) -> bool:
    return generic_word(text, lexicon(language))


def slugify(name: str) -> str:
    """A URL-safe id from a name: "Xi Jinping" -> "xi-jinping", "Šefčovič" -> "sefcovic"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "entity"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller label wins, so that the result does not depend on the order of unions
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _cluster_key(m: Mention) -> str | None:
    """The first grouping of a mention (before variants and short forms are merged)."""
    if m.type == "person":
        toks = name_key(m.key)
        if len(toks) >= 2:
            return "P:" + " ".join(toks)
        return None  # one-word person names resolve later
    if m.type == "other" and m.source.startswith("short"):
        return None
    return "N:" + norm(m.key)


def _pick_type(mentions: list[tuple[str, Mention]]) -> tuple[str, str | None]:
    types = Counter(m.type for _, m in mentions if m.type != "other" or not m.source.startswith("short"))
    if not types:
        return "other", None
    known = Counter(m.type for _, m in mentions if m.source in KNOWN_SOURCES)
    typ = (known or types).most_common(1)[0][0] if len(known or types) == 1 else sorted(
        (known or types).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    subtypes = Counter(m.subtype for _, m in mentions if m.subtype and m.type == typ)
    sub = sorted(subtypes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if subtypes else None
    return typ, sub


def _pick_name(mentions: list[tuple[str, Mention]], typ: str) -> str:
    known = Counter(m.key for _, m in mentions if m.source in KNOWN_SOURCES)
    if known:
        return sorted(known.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if typ == "person":
        full = Counter(m.key for _, m in mentions if len(name_key(m.key)) >= 2)
        if full:
            return sorted(full.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    keys = Counter(m.key for _, m in mentions)
    return sorted(keys.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _aliases(name: str, mentions: list[tuple[str, Mention]], extra: Sequence[str] = ()) -> tuple[str, ...]:
    seen = {norm(name)}
    out = [name]
    for text in sorted({m.text for _, m in mentions} | set(extra), key=lambda s: (norm(s), s)):
        if norm(text) not in seen:
            seen.add(norm(text))
            out.append(text)
    return tuple(out)


def _build(name: str, typ: str, sub: str | None, mentions: list[tuple[str, Mention]]) -> Entity:
    mentions = sorted(mentions, key=lambda am: (am[0], am[1].start, am[1].end))
    roles = sorted({Role(m.role, a, m.sentence) for a, m in mentions if m.role},
                   key=lambda r: (r.article_id, r.sentence, r.title))
    return Entity(
        id="", name=name, type=typ, subtype=sub, aliases=_aliases(name, mentions),
        articles=tuple(sorted({a for a, _ in mentions})),
        mentions=tuple(MentionRef(a, m.sentence, m.start, m.end, m.text) for a, m in mentions),
        roles=tuple(roles),
    )


def _lone_generic(m: Mention, language: str) -> bool:
    """A one-word mention that is a common word of the language ("Desa", "Ministry"): never an entity
    or an alias on its own."""
    return m.source not in KNOWN_SOURCES and len(m.text.split()) == 1 and _generic(m.text, language)


def _group_mentions(extractions: Mapping[str, Extraction], languages: Mapping[str, str] | None = None,
                    ) -> dict[str, list[tuple[str, Mention]]]:
    """Mentions grouped into clusters (label -> mentions); unresolved short forms left out."""
    uf = _UnionFind()
    clusters: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    pending: list[tuple[str, Mention]] = []
    languages = languages or {}
    for article_id in sorted(extractions):
        language = languages.get(article_id, "en")
        for m in extractions[article_id].mentions:
            if _lone_generic(m, language):
                continue
            label = _cluster_key(m)
            if label is None:
                pending.append((article_id, m))
            else:
                clusters[label].append((article_id, m))
                uf.find(label)
    # "A.P. Moller-Maersk" and "Maersk": a double-barrelled organisation name whose last part is the
    # name of another organisation of the dossier is that organisation
    org_labels = {label for label, ms in clusters.items()
                  if label.startswith("N:") and any(m.type == "organization" for _, m in ms)}
    for label in sorted(org_labels):
        last = re.split(r"[\s-]", label[2:])[-1]
        if "-" in label and "N:" + last in org_labels and "N:" + last != label:
            uf.union(label, "N:" + last)
    # "Xville Court of Appeals" = "Court of Appeals of Xville": a name before an organisation's name and the
    # same name after its "of" are one organisation
    for label in sorted(org_labels):
        name_parts = label[2:].split(" ")
        if len(name_parts) >= 3:
            other = "N:" + " ".join([*name_parts[1:], "of", name_parts[0]])
            if other in org_labels:
                uf.union(label, other)
    # "Xyz Minerals" read as a person's name in one article and as an organisation in another: the organisation
    for label in sorted(label for label in clusters if label.startswith("P:")):
        names = {norm(m.key) for _, m in clusters[label] if m.role is None}
        if len(names) == 1 and "N:" + next(iter(names)) in org_labels and not any(m.role for _, m in clusters[label]):
            uf.union(label, "N:" + next(iter(names)))
            for i, (a, m) in enumerate(clusters[label]):
                clusters[label][i] = (a, replace(m, type="organization", subtype=None))
    # acronyms defined in some article ("Kementerian Pekerjaan Umum ... (PUPR)", "Medecins Sans Frontieres (MSF)")
    acronym_labels: dict[str, set[str]] = defaultdict(set)
    for label in sorted(org_labels):
        for _, m in clusters[label]:
            if m.source == "acronym" and m.text.isupper() and norm(m.text) != label[2:]:
                acronym_labels[norm(m.text)].add(label)
    # "ALPA" in an article that never spells it out: the one organisation of the dossier whose initials it is
    spelled = {t for ts in acronym_labels.values() for t in ts}
    long_orgs = [label for label in sorted(org_labels) if label.count(" ") >= 1 and label not in spelled]

    def by_initials(short: str) -> str | None:
        if " " in short or short in acronym_labels or not 2 <= len(short) <= 7:
            return None
        roots = {uf.find(other) for other in long_orgs if initials_match(short, other[2:].split(" "))}
        return roots.pop() if len(roots) == 1 else None

    for label in sorted(org_labels):
        if all(m.text.isupper() for _, m in clusters[label]) and (root := by_initials(label[2:])) is not None:
            uf.union(label, root)
    # "Transportation Safety Board" and "Transportation Safety Board of Canada": a name of two words or
    # more and the one longer name that adds "of <somewhere>" to it are one organisation
    of_names: dict[str, list[str]] = defaultdict(list)
    for label in sorted(org_labels):
        head, sep, _tail = label[2:].partition(" of ")
        if sep and " " in head:
            of_names["N:" + head].append(label)
    for head, longer in sorted(of_names.items()):
        if head in org_labels and len(longer) == 1:
            uf.union(head, longer[0])
    # "Helion" and "Helion Aerospace": a one-word organisation name that opens exactly one longer organisation
    # name of the dossier (and is no acronym) is that organisation
    by_first_word: dict[str, list[str]] = defaultdict(list)
    for label in sorted(org_labels):
        if " " in label[2:]:
            by_first_word[label[2:].split(" ")[0]].append(label)
    for label in sorted(org_labels):
        word = label[2:]
        roots = {uf.find(x) for x in by_first_word.get(word, ())}
        if " " not in word and len(roots) == 1 and not all(m.text.isupper() for _, m in clusters[label]) \
                and all(m.type in ("organization", "other") for _, m in clusters[label]):
            uf.union(label, roots.pop())
    # "Kementerian PUPR" is the "Kementerian ..." that PUPR stands for
    for label in sorted(org_labels):
        head, _, rest = label[2:].partition(" ")
        targets = {t for t in acronym_labels.get(rest, set()) if t[2:].startswith(head + " ")}
        if rest and len(targets) == 1:
            uf.union(label, targets.pop())
    # full person names: merge spelling variants, found through an index of first tokens
    persons = sorted(label for label in clusters if label.startswith("P:"))
    by_first: dict[str, list[str]] = defaultdict(list)
    for label in persons:
        toks = tuple(label[2:].split(" "))
        by_first[toks[0][:2]].append(label)
    for label in persons:
        toks = tuple(label[2:].split(" "))
        for other in by_first[toks[0][:2]]:
            if other < label and variant_of(toks, tuple(other[2:].split(" "))):
                uf.union(label, other)
    # short forms: to the one full name (all of whose candidates must be variants of one person)
    full_by_token: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for label in persons:
        toks = tuple(label[2:].split(" "))
        full_by_token[toks[-1]].add(toks)
        full_by_token[toks[0]].add(toks)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for tok in sorted(full_by_token):
        by_prefix[tok[:2]].append(tok)
    names_by_norm = {label[2:]: label for label in clusters if label.startswith("N:")}
    for article_id, m in pending:
        toks = name_key(m.key)
        target: str | None = None
        if toks:
            candidates = set(full_by_token.get(toks[0], set()))
            if not candidates and len(toks[0]) >= 5:  # one typo: look only among tokens with the same start
                candidates = {f for tok in by_prefix.get(toks[0][:2], ()) if same_token(tok, toks[0])
                              for f in full_by_token[tok]}
            full = resolve_short(toks[0], candidates)
            if full is None and candidates:
                roots = {uf.find("P:" + " ".join(f)) for f in candidates
                         if f[-1] == toks[0] or f[0] == toks[0]}
                if len(roots) == 1:
                    target = roots.pop()
            elif full is not None:
                target = "P:" + " ".join(full)
        if m.source == "short-initial" and (target is None or not target.startswith("P:")):
            continue  # a capitalised word that only starts sentences: a person's name or nothing
        if target is None and norm(m.key) in names_by_norm:
            target = names_by_norm[norm(m.key)]
        if target is None and len(acronym_labels.get(norm(m.key), ())) == 1:
            target = next(iter(acronym_labels[norm(m.key)]))  # "MSF", defined in another article
        if target is None and m.text.isupper() and m.type != "person":
            target = by_initials(norm(m.key))
        if target is None and m.type == "person":
            target = "P:" + " ".join(toks)  # a one-word person with a role ("President Trump")
        if target is None and (m.type != "other" or m.source == "short-mid"):
            target = "N:" + norm(m.key)  # a one-word name mid-sentence that nothing explains: kept, untyped
        if target is None:
            continue
        clusters[target].append((article_id, m))
        uf.find(target)
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for label, members in clusters.items():
        groups[uf.find(label)].extend(members)
    return groups


def _assign_ids(entities: list[Entity], fixed: Mapping[int, str]) -> list[Entity]:
    """Slug ids, unique; collisions get -2, -3 in an order that does not depend on the articles' order."""
    order = sorted(range(len(entities)), key=lambda i: (slugify(entities[i].name), entities[i].type,
                                                        entities[i].name, entities[i].articles))
    taken = set(fixed.values())
    out = list(entities)
    for i in order:
        if i in fixed:
            out[i] = replace(entities[i], id=fixed[i])
            continue
        base = slugify(entities[i].name)
        eid, n = base, 1
        while eid in taken:
            n += 1
            eid = f"{base}-{n}"
        taken.add(eid)
        out[i] = replace(entities[i], id=eid)
    return out


def link_entities(articles: Sequence[Article], extractions: Mapping[str, Extraction],
                  curation: Curation | None = None) -> EntityLinks:
    """Link every article's mentions into dossier-wide entities, then apply the curation."""
    wanted = {a.id for a in articles} if articles else set(extractions)
    extractions = {k: v for k, v in extractions.items() if k in wanted}
    groups = _group_mentions(extractions, {a.id: a.language for a in articles})
    drafts: list[tuple[list[tuple[str, Mention]], Entity]] = []
    for label in sorted(groups):
        mentions = groups[label]
        typ, sub = _pick_type(mentions)
        if typ == "other" and all(m.source in ("short", "short-initial") for _, m in mentions):
            continue
        drafts.append((mentions, _build(_pick_name(mentions, typ), typ, sub, mentions)))
    entities = _assign_ids([e for _, e in drafts], {})
    members = {e.id: ms for (ms, _), e in zip(drafts, entities, strict=True)}
    by_id = {e.id: e for e in entities}
    redirects: dict[str, str] = {}
    warnings: list[str] = []
    curated: set[str] = set()
    if curation is not None:
        by_id, members, redirects, warnings = _curate(by_id, members, curation, curated)
    keys: dict[tuple[str, str], str] = {}
    for eid in sorted(members):
        for article_id, m in members[eid]:
            keys.setdefault((article_id, m.key), eid)
    return EntityLinks(
        entities=tuple(sorted(by_id.values(), key=lambda e: e.id)),
        redirects=frozen_map(redirects),
        keys=frozen_map(keys),
        warnings=tuple(warnings),
        curated=frozenset(c for c in curated if c in by_id),
    )


# ---------------------------------------------------------------------------------------
# curation


def _curate(by_id: dict[str, Entity], members: dict[str, list[tuple[str, Mention]]], curation: Curation,
            curated: set[str]) -> tuple[dict[str, Entity], dict[str, list[tuple[str, Mention]]], dict[str, str], list[str]]:
    redirects: dict[str, str] = {}
    warnings: list[str] = []
    src = curation.source or "curation"
    for split in curation.splits:
        if split.id not in by_id:
            warnings.append(f"{src}:{split.line}: split: no entity {split.id!r}")
            continue
        rest = list(members[split.id])
        for part in split.into:
            aliases = {norm(a) for a in part.aliases}
            moved = [(a, m) for a, m in rest if norm(m.text) in aliases or a in part.articles]
            rest = [am for am in rest if am not in moved]
            if part.id in by_id and part.id != split.id:
                warnings.append(f"{src}:{split.line}: split: id {part.id!r} is taken")
                continue
            typ = part.type or by_id[split.id].type
            entity = _build(part.name, typ, part.subtype or by_id[split.id].subtype, moved)
            by_id[part.id] = replace(entity, id=part.id, aliases=_aliases(part.name, moved, part.aliases))
            members[part.id] = moved
            curated.add(part.id)
        if rest:
            old = by_id[split.id]
            by_id[split.id] = replace(_build(old.name, old.type, old.subtype, rest), id=split.id)
            members[split.id] = rest
        else:
            del by_id[split.id]
            del members[split.id]
    for merge in curation.merges:
        if merge.into not in by_id:
            warnings.append(f"{src}:{merge.line}: merge: no entity {merge.into!r}")
            continue
        target = by_id[merge.into]
        combined = list(members[merge.into])
        for eid in merge.ids:
            if eid not in by_id:
                warnings.append(f"{src}:{merge.line}: merge: no entity {eid!r}")
                continue
            combined.extend(members.pop(eid))
            del by_id[eid]
            redirects[eid] = merge.into
        by_id[merge.into] = replace(_build(target.name, target.type, target.subtype, combined), id=merge.into)
        members[merge.into] = combined
    for eid, edit in curation.edits.items():
        if eid not in by_id:
            warnings.append(f"{src}:{edit.line}: entities: no entity {eid!r}")
            continue
        e = by_id[eid]
        name = edit.name or e.name
        e = replace(
            e, name=name, type=edit.type or e.type, subtype=edit.subtype or e.subtype,
            aliases=_aliases(name, members[eid], (*e.aliases, *edit.aliases)),
            hidden=e.hidden if edit.hidden is None else edit.hidden,
            description=edit.description if edit.description is not None else e.description,
            wikidata=edit.wikidata or e.wikidata, links=edit.links if edit.links is not None else e.links,
        )
        if edit.new_id and edit.new_id != eid:
            if edit.new_id in by_id:
                warnings.append(f"{src}:{edit.line}: entities: id {edit.new_id!r} is taken")
            else:
                del by_id[eid]
                members[edit.new_id] = members.pop(eid)
                e = replace(e, id=edit.new_id)
                redirects[eid] = edit.new_id
                for old_id, new in list(redirects.items()):
                    if new == eid:
                        redirects[old_id] = edit.new_id
                if eid in curated:
                    curated.discard(eid)
                    curated.add(edit.new_id)
                eid = edit.new_id
        if edit.name:
            curated.add(eid)
        by_id[eid] = e
    return by_id, members, redirects, warnings
