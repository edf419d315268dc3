"""The data model: frozen dataclasses that flow one way through the build.

files -> Article -> Extraction (per article, pure) -> linked Dossier -> pages.

Character offsets (``start``/``end``) always index into ``Article.text``: the article's
paragraphs joined by a blank line ("\\n\\n").
"""

from __future__ import annotations

import copyreg
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar, cast

PARAGRAPH_SEP = "\n\n"
UNKNOWN_OUTLET = "unknown outlet"  # how an article without an outlet is named, before translation

K = TypeVar("K")
V = TypeVar("V")


def frozen_map(data: Mapping[K, V] | None = None) -> Mapping[K, V]:
    """A read-only view of a dict, for metadata fields of frozen dataclasses."""
    return MappingProxyType(dict(data or {}))


# A read-only view pickles as its dict, so that articles can go to extraction worker processes.
copyreg.pickle(MappingProxyType, cast(Any, lambda m: (frozen_map, (dict(m),))))


@dataclass(frozen=True)
class Removed:
    """A piece of page furniture the reader removed, kept so that a reader can audit it."""

    kind: str  # teaser | share | credit | breadcrumb | advert | byline-echo | other
    text: str
    line: int  # 1-based line in the source file (0 when unknown)


@dataclass(frozen=True)
class Article:
    id: str  # the file stem
    source: str  # path relative to the articles folder, POSIX style
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None  # ISO 8601: date, or date-time with offset when the text gives one
    author: str | None
    language: str  # BCP 47 primary tag: "id", "en", ...
    paragraphs: tuple[str, ...]
    content_hash: str  # sha256 of the decoded source text
    removed: tuple[Removed, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=frozen_map, compare=False)
    notes: tuple[str, ...] = ()  # e.g. "duplicate of 003_x"; reader warnings
    fmt: str = "text"  # text | markdown | html

    @property
    def text(self) -> str:
        return PARAGRAPH_SEP.join(self.paragraphs)

    @property
    def published_date(self) -> str | None:
        return self.published[:10] if self.published else None


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the article, from 0
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """A surface form of a person, organisation or place in one article."""

    text: str  # exactly as in the article
    start: int
    end: int
    sentence: int
    type: str  # person | organization | place | other
    subtype: str | None = None  # country | city | media | government | international | ...
    key: str = ""  # the canonical name the extractor resolved it to (before cross-article linking)
    role: str | None = None  # a title or role printed before the name ("Presiden Rusia")
    source: str = "rules"  # which extractor found it: rules | gazetteer | acronym | model:<name>


@dataclass(frozen=True)
class TimeExpr:
    """A time expression normalised to EDTF, with how it was resolved."""

    phrase: str
    start: int
    end: int
    sentence: int
    edtf: str  # 2026-02-04, 2026-02, 2026-40 (first half), 2025, with ~ when approximate
    precision: str  # day | month | season | half-year | year
    approximate: bool
    anchor: str | None  # the ISO date the phrase was resolved against (None for absolute dates)
    anchor_inferred: bool = False
    rule: str = ""  # the name of the rule that matched, for the resolution trail
    warning: str | None = None  # e.g. a weekday that contradicts its date


@dataclass(frozen=True)
class Role:
    """A title or role printed with a person's name in one article."""

    title: str
    article_id: str
    sentence: int


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # the surface form of the speaker as printed
    sentence: int
    start: int
    end: int
    cue: str  # the verb or phrase that attributes it: "kata", "said", "menurut"
    credited: str | None = None  # the broadcaster or agency the outlet credits ("CCTV", "Reuters")


@dataclass(frozen=True)
class EventMention:
    """One sentence of one article that ties a happening to a time."""

    sentence: int
    trigger: str  # the word that names the happening: "panggilan video", "visit", ...
    kind: str  # call | meeting | visit | summit | parade | talks | expiry | launch | invasion | ...
    time: TimeExpr | None
    participants: tuple[str, ...]  # Mention.key values
    place: str | None  # Mention.key of a place
    planned: bool = False
    # the happening's subject, for its title: the Mention.key values of the names it is ("Kenya and Ethiopia
    # accused ..."), or the noun phrase as printed when it is no name ("harga beras medium naik")
    subject: tuple[str, ...] = ()
    subject_phrase: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article. Pure function of the article text and language."""

    article_id: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    anchor: str | None = None  # the date relative phrases were resolved against
    anchor_inferred: bool = False


# ---------------------------------------------------------------------------------------
# Linked across articles


@dataclass(frozen=True)
class MentionRef:
    article_id: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str  # stable slug, e.g. "xi-jinping"
    name: str
    type: str  # person | organization | place | other
    subtype: str | None
    aliases: tuple[str, ...]  # every surface form merged into it, the name first
    articles: tuple[str, ...]  # article ids, sorted
    mentions: tuple[MentionRef, ...] = ()
    roles: tuple[Role, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    links: tuple[str, ...] = ()
    hidden: bool = False
    display: str | None = None  # the name shown on pages, in the dossier's language (None: ``name``)

    @property
    def label(self) -> str:
        """The name pages show: ``display`` when set, else the canonical ``name``."""
        return self.display or self.name


@dataclass(frozen=True)
class EventReport:
    """How one article reports one event: the sentence and how its date was resolved."""

    article_id: str
    sentence: int
    text: str
    phrase: str | None
    edtf: str | None
    anchor: str | None
    anchor_inferred: bool = False
    rule: str = ""


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    kind: str
    date: str | None  # EDTF
    precision: str | None
    planned: bool
    participants: tuple[str, ...]  # entity ids
    place: str | None  # entity id
    articles: tuple[str, ...]
    reports: tuple[EventReport, ...] = ()
    summary: str = ""  # the lead report's sentence: the first that gives the event's own date


@dataclass(frozen=True)
class ClaimReport:
    outlet: str
    article_id: str
    sentence: int
    text: str
    differs: bool = False  # its numbers or dates disagree with another report of the claim


@dataclass(frozen=True)
class Claim:
    id: str
    label: str
    status: str  # corroborated | single-source | disputed
    reports: tuple[ClaimReport, ...]
    missing: tuple[str, ...]  # listed outlets that do not report it (link.claims.listed_outlets)
    entities: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    conflict: str | None = None  # what differs, when disputed


@dataclass(frozen=True)
class QuoteVersion:
    """One outlet's version of a quote."""

    article_id: str
    outlet: str | None
    text: str
    sentence: int
    speaker: str | None  # entity id
    speaker_text: str | None  # as printed
    cue: str
    credited: str | None = None


@dataclass(frozen=True)
class QuoteGroup:
    """The same quote as one or more outlets printed it."""

    id: str
    speaker: str | None  # entity id
    versions: tuple[QuoteVersion, ...]


@dataclass(frozen=True)
class Outlet:
    id: str  # slug of the name
    name: str
    articles: tuple[str, ...]
    credits: tuple[str, ...] = ()  # agencies and broadcasters its articles credit


@dataclass(frozen=True)
class Skipped:
    """A file the reader did not turn into an article, and why."""

    path: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class Dossier:
    """The one linked context every writer reads. Built completely before anything is written."""

    articles: tuple[Article, ...]
    extractions: Mapping[str, Extraction]
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    redirects: Mapping[str, str] = field(default_factory=frozen_map)  # old page path -> new page path
    skipped: tuple[Skipped, ...] = ()
    extras: Mapping[str, Any] = field(default_factory=frozen_map)  # other linked sections

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
