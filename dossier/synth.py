"""A synthetic corpus for benchmarks: N news articles about many small stories.

Articles look like real pasted news: a headline, sometimes a photo caption and a date line, a
body that opens with a dateline ("Jakarta: …", "OUTLET.COM - …"), reported speech, numbers, and
teaser lines ("Baca Juga: …") between paragraphs. Half of them are in Indonesian, the rest in
English. People, organisations and outlets come from name pools built combinatorially from
syllables; places and countries are real (the package's city list, Babel/CLDR country names);
dates spread over several years. Each story (two people, a place, an event, a date) is reported
by several outlets in different words, so cross-article linking has real work to do.

Everything is drawn from one seeded ``random.Random``: the same ``n`` and ``seed`` give the
same files.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml
from babel import Locale

# Syllables for made-up personal names (neither real people nor the seeds' people).
_FIRST = ["ar", "bu", "da", "fa", "ga", "ha", "in", "ja", "ka", "la", "ma", "na", "ra", "sa", "ta", "wi", "yu", "el",
          "mi", "no", "ro", "se", "te", "vi"]
_MID = ["di", "ra", "to", "ni", "sa", "li", "ko", "ne", "ma", "ri", "van", "del", "mon", "san", "ton", "len"]
_LAST = ["son", "ni", "wan", "ton", "ska", "vic", "ez", "ra", "ler", "man", "sari", "tomo", "berg", "ov", "ardi", "ing"]
_ORG_WORDS = ["Nusa", "Terra", "Vista", "Prima", "Astra", "Cakra", "Nova", "Samudra", "Orion", "Delta", "Garuda",
              "Borealis", "Karya", "Sentosa", "Halcyon", "Meridian"]
_ORG_KINDS_EN = ["Group", "Holdings", "Energy", "Institute", "Foundation", "Bank", "Airlines", "Logistics"]
_ORG_KINDS_ID = ["Grup", "Energi", "Institut", "Yayasan", "Bank", "Logistik", "Airlines", "Holding"]
_OUTLET_A = ["Kabar", "Warta", "Berita", "Suara", "Harian", "Daily", "Global", "Metro", "Jurnal", "Pos"]
_OUTLET_B = ["Nusantara", "Kita", "Times", "Post", "Asia", "Rakyat", "Ekspres", "Review", "Dunia", "Kini"]
# Common titles (general knowledge; the same words every outlet uses).
_TITLES = [("Presiden", "President"), ("Perdana Menteri", "Prime Minister"),
           ("Menteri Luar Negeri", "Foreign Minister"), ("Menteri Pertahanan", "Defence Minister"),
           ("Menteri Perdagangan", "Trade Minister"), ("Gubernur", "Governor")]
# (Indonesian noun phrase, Indonesian verb, English noun, English verb) of the story's event.
_EVENTS = [("panggilan video", "menggelar panggilan video", "video call", "held a video call"),
           ("pertemuan", "bertemu", "meeting", "met"),
           ("kunjungan", "melakukan kunjungan", "visit", "held a visit"),
           ("perundingan", "menggelar perundingan", "talks", "held talks"),
           ("panggilan telepon", "berbicara melalui telepon", "phone call", "spoke by phone")]
_TOPICS = [("perdagangan", "trade"), ("energi", "energy"), ("keamanan kawasan", "regional security"),
           ("perubahan iklim", "climate change"), ("investasi", "investment"), ("pangan", "food supply"),
           ("pendidikan", "education"), ("teknologi", "technology"), ("kesehatan", "health")]
_QUOTES_ID = ["Kami sepakat untuk memperdalam kerja sama di bidang {topic}",
              "Hubungan kedua negara berada di jalur yang tepat",
              "Situasi internasional semakin bergejolak dan kita harus bekerja sama",
              "Ini adalah langkah penting bagi {topic} di kawasan",
              "Kami tidak akan mundur dari komitmen kami"]
_QUOTES_EN = ["We agreed to deepen our cooperation on {topic}",
              "Relations between our countries are on the right track",
              "The international situation is increasingly turbulent and we must work together",
              "This is an important step for {topic} in the region",
              "We will not step back from our commitments"]
_SAY_ID = ["kata", "ujar", "tutur", "ucap"]
_SAY_EN = ["said", "told reporters", "added"]


@dataclass(frozen=True)
class Person:
    name: str
    title: int  # index into _TITLES
    country: str  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class Story:
    people: tuple[Person, Person]
    city: str
    country: str
    when: date
    event: int
    topic: int
    org: str
    number: int


@cache
def _cities() -> tuple[tuple[str, str], ...]:
    """(city name, country code) from the package's city list, limited to CLDR-named countries."""
    path = Path(__file__).parent / "data" / "cities.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    en, id_ = Locale("en").territories, Locale("id").territories
    return tuple((c["name"], c["country"]) for c in data.get("cities", [])
                 if c.get("country") in en and c.get("country") in id_ and c.get("country", "").isalpha())


def _country(code: str, lang: str) -> str:
    return str(Locale(lang).territories[code])


def _name(rng: random.Random) -> str:
    first = rng.choice(_FIRST).capitalize() + rng.choice(_MID)
    last = rng.choice(_FIRST).capitalize() + rng.choice(_MID) + rng.choice(_LAST)
    return f"{first} {last}"


def _outlets(rng: random.Random, k: int) -> list[tuple[str, str]]:
    """(outlet name, domain) pairs."""
    seen: dict[str, str] = {}
    while len(seen) < k:
        a, b = rng.choice(_OUTLET_A), rng.choice(_OUTLET_B)
        if a != b:
            seen[f"{a} {b}"] = f"{a}{b}.com".lower()
    return list(seen.items())


def _stories(rng: random.Random, count: int) -> list[Story]:
    cities = _cities()
    people: list[Person] = []
    for _ in range(max(8, count // 2)):
        _city, code = rng.choice(cities)
        people.append(Person(_name(rng), rng.randrange(len(_TITLES)), code))
    orgs = [f"{a} {b}" for a in _ORG_WORDS for b in _ORG_KINDS_EN]
    out = []
    start = date(2019, 1, 1)
    for _ in range(count):
        a, b = rng.sample(people, 2)
        city, code = rng.choice(cities)
        out.append(Story((a, b), city, code, start + timedelta(days=rng.randrange(365 * 7)),
                         rng.randrange(len(_EVENTS)), rng.randrange(len(_TOPICS)), rng.choice(orgs),
                         rng.randrange(2, 900)))
    return out


def _date_words(d: date, lang: str, weekday: bool = True) -> str:
    loc = Locale(lang)
    month = loc.months["format"]["wide"][d.month]
    day_name = loc.days["format"]["wide"][d.weekday()]
    if lang == "id":
        return f"{day_name}, {d.day} {month} {d.year}" if weekday else f"{d.day} {month} {d.year}"
    return f"{day_name}, {month} {d.day}, {d.year}" if weekday else f"{month} {d.day}, {d.year}"


def _render(rng: random.Random, story: Story, lang: str, outlet: tuple[str, str], teasers: list[str]) -> str:
    a, b = story.people
    ev = _EVENTS[story.event]
    topic = _TOPICS[story.topic][0 if lang == "id" else 1]
    ta = _TITLES[a.title][0 if lang == "id" else 1]
    tb = _TITLES[b.title][0 if lang == "id" else 1]
    ca, cb = _country(a.country, lang), _country(b.country, lang)
    published = story.when + timedelta(days=rng.randrange(0, 3))
    la, lb = a.name.split()[-1], b.name.split()[-1]
    when_words = _date_words(story.when, lang)
    if lang == "id":
        headline = rng.choice([
            f"{a.name} dan {b.name} Bahas {topic.title()} di {story.city}",
            f"{ta} {ca} {a.name} {ev[1].split()[0].title()} {tb} {cb}",
            f"{la}–{lb} Sepakati Kerja Sama {topic.title()}",
        ])
        lead = (f"{ta} {ca} {a.name} dan {tb} {cb} {b.name} {ev[1]} di {story.city} pada {when_words}, "
                f"membahas kerja sama {topic} kedua negara.")
        body = [
            lead,
            f"“{rng.choice(_QUOTES_ID).format(topic=topic)},” {rng.choice(_SAY_ID)} {la} kepada wartawan.",
            f"Menurut {story.org}, nilai kerja sama {topic} kedua negara mencapai {story.number} juta dolar AS "
            f"pada tahun lalu.",
            f"{lb} mengatakan bahwa {ev[0]} tersebut berlangsung selama {rng.randrange(1, 4)} jam dalam suasana "
            f"yang bersahabat.",
            f"Sebelumnya, kedua pemimpin terakhir kali bertemu di {rng.choice(_cities())[0]} pada "
            f"{Locale('id').months['format']['wide'][rng.randrange(1, 13)]} {story.when.year - 1}.",
            f"{la} juga mengundang {lb} untuk berkunjung ke {ca} pada paruh pertama {story.when.year + 1}.",
        ]
        teaser = "Baca Juga: " + rng.choice(teasers)
        dateline = rng.choice([f"{story.city}: ", f"{outlet[1].upper()} - ", ""])
        byline = rng.choice([f"{_name(rng)} • {_date_words(published, 'id', False)} {rng.randrange(6, 22):02d}:"
                             f"{rng.randrange(60):02d}",
                             f"{_date_words(published, 'id')} - {rng.randrange(6, 22):02d}:{rng.randrange(60):02d} WIB"])
        caption = f"{ta} {ca} {a.name}. Foto: {outlet[0]}"
    else:
        headline = rng.choice([
            f"{a.name} and {b.name} discuss {topic} in {story.city}",
            f"{ca}'s {a.name} {ev[3]} with {cb}'s {tb.lower()}",
            f"{la} and {lb} agree to deepen {topic} ties",
        ])
        lead = (f"{ca}'s {ta} {a.name} and {cb}'s {tb} {b.name} {ev[3]} in {story.city} on {when_words}, "
                f"discussing {topic} cooperation between the two countries.")
        body = [
            lead,
            f"“{rng.choice(_QUOTES_EN).format(topic=topic)},” {la} {rng.choice(_SAY_EN)}.",
            f"According to {story.org}, {topic} cooperation between the two countries was worth "
            f"{story.number} million US dollars last year.",
            f"{lb} said the {ev[2]} lasted {rng.randrange(1, 4)} hours in a friendly atmosphere.",
            f"The two leaders last met in {rng.choice(_cities())[0]} in "
            f"{Locale('en').months['format']['wide'][rng.randrange(1, 13)]} {story.when.year - 1}.",
            f"{la} also invited {lb} to visit {ca} in the first half of {story.when.year + 1}.",
        ]
        teaser = "Read also: " + rng.choice(teasers)
        dateline = rng.choice([f"{story.city.upper()} ({outlet[0]}) - ", f"{story.city}: ", ""])
        byline = f"{_date_words(published, 'en')} {rng.randrange(6, 22):02d}:{rng.randrange(60):02d}"
        caption = f"{ta} {a.name}. Photo: {outlet[0]}"
    body_tail = body[1:]
    rng.shuffle(body_tail)
    body = [dateline + body[0], *body_tail[: rng.randrange(3, len(body_tail) + 1)]]
    if rng.random() < 0.5:
        body.insert(rng.randrange(1, len(body)), teaser)
    parts = [headline, ""]
    kind = rng.random()
    if kind < 0.3:  # front matter, as a newsroom's own export would have
        parts = ["---", f"title: {json.dumps(headline, ensure_ascii=False)}", f"outlet: {outlet[0]}",
                 f"published: {published.isoformat()}", f"language: {lang}", "---", ""]
    elif kind < 0.9 and not dateline.startswith(outlet[1].upper()):
        body[0] = f"{outlet[1].upper()} - {body[0][len(dateline):]}"
    if rng.random() < 0.5:
        parts += [caption, ""]
    parts += [byline, ""]
    parts += [p + "\n" for p in body]
    return "\n".join(parts).rstrip() + "\n"


def generate_corpus(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` articles as (file name, text) pairs; the same ``n`` and ``seed`` give the same list."""
    rng = random.Random(f"dossier-synth-{seed}")
    stories = _stories(rng, max(1, n // 4))
    outlets = _outlets(rng, min(60, len(_OUTLET_A) * (len(_OUTLET_B) - 1)))
    teasers = [f"{_name(rng)} {w}" for w in ("Raih Penghargaan", "Resmikan Pabrik Baru", "Wins Award",
                                             "Opens New Plant", "Tinjau Banjir")]
    out = []
    for i in range(n):
        story = stories[i % len(stories)] if i < len(stories) else rng.choice(stories)
        lang = "id" if rng.random() < 0.55 else "en"
        text = _render(rng, story, lang, rng.choice(outlets), teasers)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        out.append((f"{i:06d}_{digest}.txt", text))
    return out


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles into ``folder`` (created; existing .txt files removed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    paths = []
    for name, text in generate_corpus(n, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def extra_article(n: int, seed: int = 0) -> tuple[str, str]:
    """One more article (not among the first ``n``): the new file of a warm-cache build."""
    rng = random.Random(f"dossier-synth-extra-{seed}-{n}")
    stories = _stories(random.Random(f"dossier-synth-{seed}"), max(1, n // 4))
    text = _render(rng, rng.choice(stories), "id", ("Warta Baru", "wartabaru.com"), ["Berita lain"])
    return f"{n:06d}_extra.txt", text
