"""Page furniture: related-article teasers, share and follow lines, photo credits, breadcrumbs,
adverts. Each removal is recorded as a :class:`~dossier.model.Removed` so it can be audited.

The words come from every language's ``reader.yml``: an English article on an Indonesian site
still carries "Baca Juga".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from dossier import lang
from dossier.model import Removed


@dataclass(frozen=True)
class ReaderWords:
    teaser: re.Pattern[str]
    function_words: frozenset[str]
    openers: frozenset[str]
    share: tuple[str, ...]
    advert: frozenset[str]
    breadcrumb: re.Pattern[str]
    credit: re.Pattern[str]
    author: re.Pattern[str]
    editor: re.Pattern[str]
    caption: re.Pattern[str]
    outlet_words: frozenset[str]
    share_buttons: frozenset[str]
    list_heading: re.Pattern[str]


def _union(key: str) -> list[str]:
    out: list[str] = []
    for tag in lang.languages():
        value = lang.load(tag, "reader").get(key) or []
        out.extend(str(v) for v in value)
    return sorted(set(out), key=lambda s: (-len(s), s))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


@lru_cache(maxsize=1)
def words() -> ReaderWords:
    share: list[str] = []
    advert: list[str] = []
    for tag in lang.languages():
        lines = lang.load(tag, "reader").get("furniture_lines") or {}
        share.extend(lines.get("share") or [])
        advert.extend(lines.get("advert") or [])
    return ReaderWords(
        teaser=re.compile(rf"(?:^|(?<=[\s.!?”\"]))(?:{_alt(_union('teaser_markers'))})\s*:\s*"),
        function_words=frozenset(w.lower() for w in _union("headline_function_words")),
        openers=frozenset(_union("sentence_openers")),
        share=tuple(s.lower() for s in share),
        advert=frozenset(a.strip().lower() for a in advert),
        breadcrumb=re.compile(rf"^\s*(?:{_alt(_union('breadcrumb_roots'))})\s*[-–›>»/|]\s+\S"),
        credit=re.compile(rf"[(\[]?\b(?:{_alt(_union('credit_labels'))})(?:\s*:|\s+/)\s*[^)\]\n]*[)\]]?\s*$"),
        author=re.compile(rf"^\s*(?:{_alt(_union('author_labels'))})\s*:?\s+(?P<name>[^\W\d_][\w.'’ &,-]{{2,80}}?)\s*(?:[;|(/].*)?$"),
        editor=re.compile(rf"^\s*(?:{_alt(_union('editor_labels'))})\s*:?\s+\S.*$"),
        caption=re.compile(rf"^\s*(?:{_alt(_union('caption_prefixes'))})\s*\S"),
        outlet_words=frozenset(_union("outlet_words")),
        share_buttons=frozenset(b.lower() for b in _union("share_buttons")),
        list_heading=re.compile(rf"^\W*(?:{_alt(_union('list_headings'))})\b[^.!?]{{0,40}}$", re.IGNORECASE),
    )


# "… gempa bumi. (IDN Times/Arief Rahmat)", "(REUTERS/Jane Doe)": a picture's credit closing its caption
_SLASH_CREDIT = re.compile(r"\((?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})/(?:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3})\)\s*$")
# "… to inspect fire damage. (ABC News: Jane Doe)": an outlet and its photographer closing a caption
_COLON_CREDIT = re.compile(r"(?<=[.!?]\s)\((?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}):\s*(?:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){1,3})\)\s*$")
_DOMAIN = re.compile(r"\b([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.id|id|net|org|news|co\.uk|co|tv))\b")
_TOKEN = re.compile(r"\S+")
# "Ste.", "St.", "Dr.", "Jr.": a short capitalised word whose full stop ends no sentence
_ABBREVIATION = re.compile(r"(?:^|\s)[A-Z][a-z]{0,2}\.$")


def domain_in(text: str) -> str | None:
    m = _DOMAIN.search(text)
    return m.group(1) if m else None


_SHARE_SPLIT = re.compile(r"\s*[|·•/,:\[\]]\s*|\s{2,}")  # "[Facebook] [X]": bracketed buttons too


def is_share_line(line: str) -> bool:
    """A share or follow line: a known phrase ("Share this article"), or a row of share buttons
    ("Share: Facebook · X · WhatsApp · Copy link"), most of whose items are networks or actions."""
    low = line.lower()
    if any(s in low for s in words().share):
        return True
    items = [i.strip() for i in _SHARE_SPLIT.split(low) if i.strip()]
    buttons = words().share_buttons
    label, colon, rest = low.partition(":")
    if colon and label.strip() in buttons and rest.split() and all(w in buttons for w in rest.split()):
        return True  # "Bagikan: Facebook Twitter WhatsApp": buttons with only spaces between
    hits = sum(1 for i in items if i in buttons)
    return len(items) >= 3 and hits >= 2 and hits * 4 >= len(items) * 3


def is_advert_line(line: str) -> bool:
    return line.strip().lower() in words().advert


def is_breadcrumb(line: str) -> bool:
    return bool(words().breadcrumb.match(line)) and len(re.split(r"\s[-–›>»/|]\s", line)) >= 2


def breadcrumb_last(line: str) -> str:
    return re.split(r"\s[-–›>»/|]\s", line.strip())[-1].strip()


def _is_capitalised(token: str) -> bool:
    core = token.strip("“”\"'‘’()[],:;")
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core.startswith("Rp"))


_BULLET = re.compile(r"^\s*[•·▪►▸◦*-]\s+\S")


def teaser_lists(lines: list[str]) -> set[int]:
    """Indexes of lines that are a list of links to other stories: a heading such as "Recent Local News" or
    "Berita Terkait" followed by bullet lines ("• Hurricanes clinch playoff spot with overtime win")."""
    heading = words().list_heading
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not heading.match(line.strip()) or len(line.split()) > 6:
            continue
        items: list[int] = []
        for j in range(i + 1, len(lines)):
            if not lines[j].strip():
                if items:
                    break
                continue
            if not _BULLET.match(lines[j]):
                break
            items.append(j)
        if items and not any(lines[j].rstrip().endswith(".") for j in items):  # headlines end in no full stop
            out.update([i, *items])
    return out


def teaser_end(line: str, start: int) -> int:
    """Where a teaser headline that starts at ``start`` ends.

    A sentence-case headline ends with its line (or its first full stop). A title-case headline is a run of capitalised words, numbers and headline function words. When the
    run stops before the end of the line, the article's sentence resumes inside it: at the last
    word that typically opens a sentence (a title such as "Presiden", a pronoun), or else at
    the run's last capitalised word.
    """
    w = words()
    tokens = list(_TOKEN.finditer(line, start))
    head = [t.group(0) for t in tokens[:4]]
    title_case = all(_is_capitalised(t) or t.lower().strip(",:;") in w.function_words for t in head)
    if not title_case:
        # a sentence-case headline: it ends with its line, at its first full stop, or where a sentence opener
        # follows a lower-case word ("... over new scanning rules The magistrate granted ...")
        stop = next((m for m in re.finditer(r"[.!?]['\"”’)]*\s+(?=\S)", line[start:])
                     if not _ABBREVIATION.search(line[start:start + m.start() + 1])), None)
        end = start + stop.end() if stop else len(line)
        opener = next((b for a, b in itertools.pairwise(tokens[1:]) if b.start() < end
                       and a.group(0)[-1:].islower() and b.group(0) in w.openers), None)
        return opener.start() if opener else end
    run: list[re.Match[str]] = []
    for tok in tokens:
        text = tok.group(0)
        if _is_capitalised(text) or text.lower().strip(",:;") in w.function_words or text in {"-", "–", "—", "|"}:
            run.append(tok)
            continue
        break
    if not run or len(run) == len(tokens):
        return len(line)  # the whole rest of the line is the teaser
    cut = None
    for i in range(len(run) - 1, 0, -1):
        if run[i].group(0).strip("“”\"'") in w.openers:
            cut = i
            break
    if cut is None:
        cut = len(run) - 1
        if cut >= 1 and run[cut - 1].group(0).lower() in w.function_words:
            return tokens[len(run)].start()  # "… Lolos ke Semifinal": a headline ends on no "ke"/"to"
    return run[cut].start()


def strip_teasers(line: str, line_no: int) -> tuple[str, list[Removed]]:
    """Remove every teaser in a line, including those spliced into a sentence."""
    removed: list[Removed] = []
    pos = 0
    while True:
        m = words().teaser.search(line, pos)
        if not m:
            return line, removed
        end = teaser_end(line, m.end())
        removed.append(Removed("teaser", line[m.start():end].strip(), line_no))
        before, after = line[: m.start()].rstrip(), line[end:].lstrip()
        line = (before + " " + after).strip() if before and after else (before or after)
        pos = len(before)


def strip_credit(line: str, line_no: int) -> tuple[str, list[Removed]]:
    """Remove a trailing photo credit ("… Foto: Xinhua"); a caption line goes whole."""
    m = words().credit.search(line) or _SLASH_CREDIT.search(line) or _COLON_CREDIT.search(line)
    if not m:
        return line, []
    head = line[: m.start()].rstrip()
    if len(head.split()) <= 40:
        return "", [Removed("credit", line.strip(), line_no)]
    return head, [Removed("credit", line[m.start():].strip(), line_no)]
