"""Plain-text articles shaped like pasted web pages: headline, byline, dateline, body.

What the text does not say stays ``None``. Nothing is guessed from the file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from babel.dates import get_day_names

from dossier import lang
from dossier.model import Removed
from dossier.read import furniture as fur
from dossier.read.dates import find_date, month_day

_TERMINAL = re.compile(r"[.!?…]['\"”’)\]]*$|[”\"]$")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4}$")
_EDITOR_INITIALS = re.compile(r"\s*\((?P<who>[A-Za-z][A-Za-z .]{1,30})\)\s*$")

# Datelines that open the first paragraph. Each yields (outlet, place).
_DOMAIN_OUTLET = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:COM|CO\.ID|CO|ID|NET|ORG|com|co\.id|co|id|net|org)"
_DATELINES = (
    # KONTAN.CO.ID - / HALLONEWS.COM- / DETIK.COM --
    re.compile(rf"^(?P<outlet>{_DOMAIN_OUTLET})\s*[-–—:]+\s*"),
    # TEMPO.CO, Jakarta - / Liputan6.com, Semarang -
    re.compile(rf"^(?P<outlet>{_DOMAIN_OUTLET}),\s+(?P<place>[A-Z][\w .'-]{{1,30}}?)\s*[-–—]+\s+"),
    # JAKARTA, KOMPAS.com - / Jakarta, CNN Indonesia -- / JAKARTA, Kompas -
    re.compile(rf"^(?P<place>[A-Z][A-Za-z .'-]{{1,30}}),\s+(?P<outlet>{_DOMAIN_OUTLET}|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}})\s*[-–—]+\s+"),
    # WINNIPEG, March 11, 2026 (CanWire) — / MELBOURNE, Feb 18 (Wire) - : a wire dateline with its date
    # (a state or country may follow the place: "VANDENBERG SPACE FORCE BASE, Calif., March 11 (Wire) -")
    re.compile(r"^(?P<place>[A-Z][A-Za-z .'-]{1,30}?)(?:,\s+[A-Z][A-Za-z.'-]{1,20}(?:\s+[A-Z][A-Za-z.'-]+){0,2})?,\s+"
               r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
               r"\s+\((?P<outlet>[A-Z][A-Za-z .&-]{1,30})\)\s*[-–—]+\s+"),
    # LONDON (Reuters) - / ANTWERP, Belgium (AP) —
    re.compile(r"^(?P<place>[A-Z][A-Za-z .'-]{1,30}?)(?:,\s*[A-Z][A-Za-z .'-]{1,30}?)?\s+\((?P<outlet>[A-Z][A-Za-z .&-]{1,30})\)\s*[-–—]+\s+"),
    # RI News Portal. Moscow —
    re.compile(r"^(?P<outlet>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){1,4})\.\s+(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*[—–]\s*"),
    # Beijing: / MOSCOW -- / NAIROBI, Kenya — (a place alone)
    re.compile(r"^(?P<place>[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,2})(?:,\s*[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,2})?"
               r"\s*(?::|[-–—]{1,2})\s+(?=[A-Z\"“])"),
)


@dataclass
class ParsedText:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    names: set[str] = set()
    for tag in lang.languages():
        for width in ("wide", "abbreviated"):
            try:
                names.update(n.lower() for n in get_day_names(width, locale=tag).values())
            except Exception:
                continue
    return frozenset(names)


def outlet_name(printed: str) -> str:
    """'KONTAN.CO.ID' -> 'Kontan'; 'Metrotvnews.com' -> 'Metrotvnews'; 'Reuters' stays."""
    name = re.sub(r"(\.(com|co|id|net|org|news|tv|uk))+$", "", printed.strip(), flags=re.IGNORECASE)
    if name.isupper() and len(name) > 5:
        name = name.title() if " " in name else name.capitalize()  # "CAPITAL DISPATCH" -> "Capital Dispatch"
    return name


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,•|–—-]+", text) if w.strip(".:()")]


# "Jane Doe in London and John Roe in Paris": a byline with no "By"
_IN_BYLINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+in\s+[A-Z][\w .'-]+?"
                        r"(?:\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+in\s+[A-Z][\w .'-]+?)*$")
# "Updated 2 hours ago", "Diperbarui 3 jam lalu"
_RELATIVE_STAMP = re.compile(r"^(?:Updated|Diperbarui|Last updated)\b.{0,40}\b(?:ago|lalu|yang lalu)$", re.IGNORECASE)
# "KOMPAS.com/DIAN KARTIKA SARI Calon jemaah …": a photo caption opened by its credit
_CREDIT_CAPTION = re.compile(r"^[A-Za-z0-9-]+\.(?:com|co\.id|id|co|net)/[A-Z][A-Z .'-]{2,40}\s+\S", re.IGNORECASE)
# "Policy / Tech / Apps", "News | World | Asia": a menu of three or more short sections
_NAV_LINE = re.compile(r"^[^/|›»\s][^/|›».!?]{0,24}(?:\s[/|›»]\s[^/|›».!?]{1,25}){2,}$")
# "ESPN staff", "Reuters reporters": a desk for a byline
_DESK_BYLINE = re.compile(r"^(?P<desk>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?)\s+(?:staff|Staff|reporters|Reporters|desk|Desk)$")
# "BBC Sport football news reporter", "Health correspondent": a byline's role line
_ROLE_LINE = re.compile(r"^[\w .&'-]{0,50}\b(?:reporter|correspondent|editor|writer|columnist|wartawan|koresponden)$",
                        re.IGNORECASE)
_STAMP_LABEL = re.compile(r"^\W*(?i:published|posted|updated|first published|last updated|diterbitkan|diperbarui|"
                          r"dipublikasikan|tayang)\b")
# "Kamis (12/02) 14:05 WIB": a weekday, a day and month in brackets and a clock time, with no year
_DAY_MONTH_STAMP = re.compile(r"^[^\W\d_]+,?\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})\)\s*(?:\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?)?$")
_REST_LABEL = re.compile(r"^(?:(?i:updated|published|posted|first published|last updated)\b[:\s]*)?(?:(?i:by)\s+)?")
_NAME_ROLE_STAMP = re.compile(r"^\s*(?:(?i:by)\s+)?(?P<name>[^,|]+?),\s*(?P<role>[^,|]+?)\s*[|·•]")
_SEPARATORS = frozenset("|/›»>·•-–")
_REST_BY = re.compile(r"(?:^|\s)(?i:by)\s+[A-Z]")
# "CAPITAL DISPATCH  ·  NAIROBI": the outlet's name and its city on the first line
_PLATE_CITY = re.compile(r"^(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+[·•|]\s+(?P<place>[A-Z][\w .'-]{2,30})$")
_NAMED_PLACE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?P<place>[A-Z][\w.'’ -]{2,30})$")
_NEWSLETTER = re.compile(r"\b(?i:subscribe\s+to\s+(?:the\s+)?)(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}?)"
                         r"(?:['’]s)?\s+(?i:(?:(?:daily|weekly|morning|evening|free)\s+)?newsletters?)\b")
_NAMED_ROLE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+[\w .&'-]{0,50}\b(?i:reporter|"
                         r"correspondent|editor|writer|columnist|wartawan|koresponden)$")
_CAMEL_OUTLET = re.compile(r"^[a-z]+[A-Z][A-Za-z0-9]+$")
_BYLINE_OUTLET = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+[-–—|]\s+(?P<outlet>\S+)$")


def byline_outlet(line: str) -> tuple[str, str] | None:
    """'Muhammad Rizky - detikNews' -> (author, outlet), when the second part is a brand token."""
    m = _BYLINE_OUTLET.match(line.strip())
    if m and (_CAMEL_OUTLET.match(m["outlet"]) or fur.domain_in(m["outlet"]) == m["outlet"]):
        return m["name"], m["outlet"]
    return None


def clean_author(raw: str) -> str | None:
    """'Sanne Vermeulen in Rotterdam and Pieter Claes in Antwerp' -> 'Sanne Vermeulen and Pieter Claes';
    'LIEKE JANSEN Associated Press' -> 'Lieke Jansen'."""
    raw = raw.strip().strip("()")
    parts = re.split(r"\s+(?:and|dan|&)\s+|\s*,\s*", raw)
    names: list[str] = []
    for part in parts:
        part = re.split(r"\s+(?:in|di|at|for|untuk|dari|from)\s+", part)[0].strip()
        caps = re.match(r"^([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})(?=\s+[A-Z][a-z]|$)", part)
        if caps and part != part.upper():
            part = caps.group(1).title()
        elif part.isupper():
            part = part.title()
        if _NAME.match(part) and not _ROLE_LINE.match(part):  # "Jane Doe, Health Reporter": a role, no name
            names.append(part)
    return " and ".join(names) if names else None


def _date_line(line: str) -> tuple[str, str] | None:
    """(iso date, the rest) when a line is mostly a date (a byline or a timestamp)."""
    found = find_date(line)
    if not found:
        return None
    rest = (line[: found.start] + " " + line[found.end:]).strip()
    rest_words = [w for w in _words(rest) if w.lower().strip(".,:") not in _weekdays()]
    if len(rest_words) > 6:
        # "Published March 4, 2026 at 6:12 p.m. ET | Updated March 4, 2026 at 8:40 p.m. ET": a stamp and its update
        if _STAMP_LABEL.match(line) and len(line.split()) <= 24:
            return found.iso, ""
        return None
    return found.iso, " ".join(rest_words)


def _headline_like(line: str) -> bool:
    n = len(line.split())
    return 2 <= n <= 30 and not re.search(r"[.,;:]$", line) and not _date_line(line)


def _join_lines(block: list[tuple[int, str]]) -> list[str]:
    """Lines of one block joined into paragraphs: a line break inside a sentence is not a break."""
    paras: list[str] = []
    current = ""
    for i, (_, line) in enumerate(block):
        current = line if not current else current + " " + line
        nxt = block[i + 1][1] if i + 1 < len(block) else None
        ends = bool(_TERMINAL.search(line))
        heading = not ends and len(line.split()) <= 10 and current == line and nxt is not None and nxt[:1].isupper()
        if nxt is None or ends or heading:
            paras.append(current.strip())
            current = ""
    if current.strip():
        paras.append(current.strip())
    return paras


def parse_text(text: str) -> ParsedText:
    out = ParsedText()
    lines = text.split("\n")
    kept: list[tuple[int, str]] = []  # (line number, text); "" marks a block break
    footer_domains: list[str] = []
    crumb_title: str | None = None
    header_outlet: str | None = None
    newsletter_outlet: str | None = None
    has_content = False  # a line of text has been kept (blank lines are kept as "")
    dated_name: str | None = None  # a name beside the date in a header line
    w = fur.words()

    listed = fur.teaser_lists(lines)
    for no, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            kept.append((no, ""))
            continue
        if no - 1 in listed:
            out.removed.append(Removed("teaser", line, no))
            continue
        if fur.is_advert_line(line):
            out.removed.append(Removed("advert", line, no))
            continue
        crumbs = re.split(r"\s+[>›»]\s+", line)
        if len(crumbs) == 2 and re.fullmatch(r"[A-Z][a-z]+[A-Z0-9][\w]*|[A-Za-z]+\d+", crumbs[0].strip()) \
                and len(crumbs[1].split()) <= 3 and not _TERMINAL.search(crumbs[1]):
            out.removed.append(Removed("breadcrumb", line, no))  # "Kabarindo24 › Jawa Timur": a brand, a section
            header_outlet = header_outlet or crumbs[0].strip()
            continue
        if len(crumbs) >= 3 and all(0 < len(c.split()) <= 4 and not _TERMINAL.search(c) for c in crumbs) \
                and crumbs[0][:1].isupper() and not _date_line(line):
            # "TechPulse NZ > Security > Breaches": a site path, opened by the site's name (unless "Home")
            out.removed.append(Removed("breadcrumb", line, no))
            if not w.breadcrumb.match(line) and re.fullmatch(
                    r"[A-Za-z][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*){0,3}", crumbs[0].strip()):
                header_outlet = header_outlet or crumbs[0].strip()
            continue
        plate_city = _PLATE_CITY.match(line) if not has_content else None  # only above the first kept line
        if plate_city and _is_place(plate_city["place"].strip()) and not _is_place(plate_city["name"]):
            out.removed.append(Removed("nameplate", line, no))
            header_outlet = header_outlet or plate_city["name"].strip()
            continue
        if _NAV_LINE.match(line) and not fur.is_breadcrumb(line) and not _date_line(line):
            out.removed.append(Removed("breadcrumb", line, no))  # "Policy / Tech / Apps": a section menu
            first = re.split(r"\s[/|›»]\s", line)[0].strip()
            if 2 <= len(first.split()) <= 4 and (set(first.split()) & w.outlet_words or _CAMEL_OUTLET.match(
                    first.split()[0]) or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", first.split()[0])) and all(
                    x[:1].isupper() for x in first.split()):
                header_outlet = header_outlet or first  # "Westminster Gazette | Science | Space": the site first
            continue
        if fur.is_breadcrumb(line) and not _date_line(line):
            out.removed.append(Removed("breadcrumb", line, no))
            last = fur.breadcrumb_last(line)
            if len(last.split()) >= 4:  # a menu ("Home | Football | Golf") names no headline
                crumb_title = crumb_title or last
            continue
        if w.caption.match(line) or _CREDIT_CAPTION.match(line):
            out.removed.append(Removed("credit", line, no))
            continue
        if fur.is_share_line(line):
            out.removed.append(Removed("share", line, no))
            sub = _NEWSLETTER.search(line)
            if sub:
                newsletter_outlet = newsletter_outlet or sub["name"]
            dom = fur.domain_in(line)
            if dom:
                footer_domains.append(dom)
            continue
        if re.match(r"^(?:Copyright|©|\(c\))", line, re.IGNORECASE):
            out.removed.append(Removed("credit", line, no))
            continue
        m = w.author.match(line.strip("()"))
        name = clean_author(m["name"]) if m else None
        if m and name:
            out.removed.append(Removed("byline", line, no))
            out.author = out.author or name
            stamp = find_date(line)
            if stamp and not out.published:
                out.published = stamp.iso  # "By Jane Doe | Wednesday 11 March 2026, 18:42 CET"
            piped = re.search(r"\|\s*([A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,2})\s*$", line)
            if piped and not w.editor.match(piped.group(1)):
                header_outlet = header_outlet or piped.group(1)  # "By Jane Doe | Bloomberg"
            continue
        if _IN_BYLINE.match(line):
            names = clean_author(line)
            if names:
                out.removed.append(Removed("byline", line, no))
                out.author = out.author or names
                continue
        if _RELATIVE_STAMP.match(line):
            out.removed.append(Removed("dateline", line, no))
            continue
        bo = byline_outlet(line)
        if bo:
            out.removed.append(Removed("byline", line, no))
            out.author = out.author or bo[0]
            footer_domains.insert(0, bo[1])
            continue
        if w.editor.match(line) and len(line.split()) <= 8:
            out.removed.append(Removed("credit", line, no))
            continue
        line, rem = fur.strip_teasers(line, no)
        out.removed.extend(rem)
        line, rem = fur.strip_credit(line, no)
        out.removed.extend(rem)
        if not line:
            continue
        dm = _DAY_MONTH_STAMP.match(line)
        if dm and dm.group(0).split()[0].strip(",").lower() in _weekdays() and 1 <= int(dm["m"]) <= 12 \
                and 1 <= int(dm["d"]) <= 31 and not out.published:
            out.removed.append(Removed("dateline", line, no))
            out.metadata.setdefault("dateline_day", f"{int(dm['m']):02d}-{int(dm['d']):02d}")  # the year: the dossier's
            continue
        dated = _date_line(line)
        if dated and (len(line.split()) <= 12 or _STAMP_LABEL.match(line)):
            iso, rest = dated
            out.removed.append(Removed("dateline", line, no))
            out.published = out.published or iso
            dom = fur.domain_in(rest) if rest else None
            if dom and dom.lower() == rest.strip(" -–—|,").lower():
                header_outlet = header_outlet or dom
            rest = _REST_LABEL.sub("", rest).strip() if rest else rest  # "Updated … | By Jane Doe": the name
            stamp_role = _NAME_ROLE_STAMP.match(line)
            if stamp_role and _NAME.match(stamp_role["name"]) and _ROLE_LINE.match(stamp_role["role"]):
                rest = stamp_role["name"]  # "Rachel Dunmore, Senior Editor | March 13, 2026": the name, not the role
            if rest and _NAME.match(rest) and _REST_BY.search(dated[1]):
                out.author = out.author or rest
            elif rest and _NAME.match(rest) and not out.author and not dated_name:
                # "Jane Doe | 19 February 2026" names the author, "NewsDesk Australia | Thursday 19
                # February 2026" the outlet: which one is known when a byline follows (or not)
                dated_name = rest
            continue
        kept.append((no, line))
        has_content = True

    if dated_name and not out.author:
        out.author = dated_name
    elif dated_name and dated_name != out.author:
        header_outlet = header_outlet or dated_name  # a byline named the author: the name is the outlet's
    # the headline: a breadcrumb's last part, or a first line shaped like a headline
    content = [(no, ln) for no, ln in kept if ln]
    if content and len(content) > 1:
        plate = _nameplate(content[0][1], content[1][1], before_title=True, whole=text)
        menu_below = any(r.kind == "breadcrumb" and r.line == content[0][0] + 1 for r in out.removed)
        if not plate and menu_below and len(content[0][1].split()) <= 3 and _headline_like(content[1][1]):
            plate = content[0][1].strip()  # a short name above the site's section menu
        if not plate and len(content) > 2 and len(content[1][1].split()) <= 3:
            plate = _nameplate(content[0][1], content[2][1], before_title=True)  # a section label between
        if plate:
            out.removed.append(Removed("nameplate", plate, content[0][0]))
            out.outlet = out.outlet or outlet_name(plate)
            out.metadata.setdefault("outlet_as_printed", plate)
            kept = [(no, ln) for no, ln in kept if no != content[0][0]]
            content = content[1:]
    # a section label between the nameplate and the headline ("Ekonomi", "Haji & Umrah")
    if len(content) > 1 and len([w for w in content[0][1].split() if w not in _SEPARATORS]) <= 3 \
            and not _TERMINAL.search(content[0][1]) \
            and content[1][0] <= content[0][0] + 2 and len(content[1][1].split()) >= 5 \
            and _headline_like(content[1][1]) and any(r.kind == "nameplate" for r in out.removed):
        out.removed.append(Removed("section", content[0][1], content[0][0]))
        kept = [(no, ln) for no, ln in kept if no != content[0][0]]
        content = content[1:]
    removed_lines = {r.line for r in out.removed if r.line}
    if crumb_title:
        out.title = crumb_title
    elif content:
        first_no, first = content[0]
        first_block_len = 0
        for _no, ln in kept[kept.index((first_no, first)):]:
            if not ln:
                break
            first_block_len += 1
        echoed = sum(1 for _, ln in content if ln == first) > 1
        # a headline set apart by a blank line, printed twice, or followed by a byline or date line
        header_follows = (first_no + 1) in removed_lines
        if _headline_like(first) and (first_block_len == 1 or echoed or header_follows) and not _dateline(first):
            out.title = first
    if out.title:
        # the byline may be a bare name ("Rachel Holden") or a desk ("ESPN staff") under the headline
        title_no = next(no for no, ln in kept if ln == out.title)
        for no, ln in kept:
            if no <= title_no or no > title_no + 4 or not ln:
                continue
            desk = _DESK_BYLINE.match(ln)
            later = " ".join(x for n, x in kept if n > no)[:400]
            plate_like = ln == out.outlet or _nameplate(ln, later) is not None or ln in later
            if desk and not out.outlet:
                out.outlet = desk["desk"]  # "ESPN staff": the desk is the outlet's
                out.metadata.setdefault("outlet_as_printed", desk["desk"])
            if desk or (_NAME.match(ln) and not plate_like and not out.author and _near_removed(no, removed_lines)):
                out.author = out.author or ln.strip()
                out.removed.append(Removed("byline", ln, no))
                kept = [(n, x) for n, x in kept if n != no]
            elif not out.author and _near_removed(no, removed_lines) and (named := _named_byline(ln)):
                out.author = named
                out.removed.append(Removed("byline", ln, no))
                kept = [(n, x) for n, x in kept if n != no]
            elif _ROLE_LINE.match(ln):
                out.removed.append(Removed("byline", ln, no))
                kept = [(n, x) for n, x in kept if n != no]
    if out.title:
        filtered: list[tuple[int, str]] = []
        for no, ln in kept:
            if ln == out.title:
                out.removed.append(Removed("headline", ln, no))
                continue
            filtered.append((no, ln))
        kept = filtered

    # footer: a trailing editor's name or initials in brackets
    while kept and (not kept[-1][1] or re.fullmatch(r"\((?:[A-Za-z][A-Za-z ./]{1,30})\)", kept[-1][1])):
        no, ln = kept.pop()
        if ln:
            out.removed.append(Removed("credit", ln, no))

    # blocks -> paragraphs
    blocks: list[list[tuple[int, str]]] = [[]]
    for no, ln in kept:
        if ln:
            blocks[-1].append((no, ln))
        elif blocks[-1]:
            blocks.append([])
    paragraphs = [p for b in blocks if b for p in _join_lines(b)]

    # a nameplate line under the headline
    for i, para in enumerate(paragraphs[:3]):
        body = next((p for p in paragraphs[i + 1:] if len(p.split()) > 12), "")
        plate = _nameplate(para, body)
        if plate:
            out.removed.append(Removed("nameplate", plate, 0))
            paragraphs[i] = ""
            out.outlet = out.outlet or outlet_name(plate)
            out.metadata.setdefault("outlet_as_printed", plate)
            break
    paragraphs = [p for p in paragraphs if p]

    # the dateline that opens the first paragraph
    for i, para in enumerate(paragraphs[:3]):
        found = _dateline(para, outlet_only=i > 0)
        if found:
            outlet, place, end = found
            # The place where the report was filed stays in the text ("JAKARTA - …"): it is part of
            # the article, and a reader counts it as a mention. The outlet's name is furniture.
            if outlet:
                out.removed.append(Removed("dateline", para[:end].strip(), 0))
                paragraphs[i] = (f"{place} - " if place else "") + para[end:].lstrip()
            if outlet and not out.outlet:
                out.outlet = outlet_name(outlet)
                out.metadata["outlet_as_printed"] = outlet
            if place:
                out.metadata["dateline_place"] = place
            stamp = find_date(para[:end]) if outlet else None
            if stamp and not out.published:
                out.published = stamp.iso  # "WINNIPEG, March 11, 2026 (CanWire) —"
            day = month_day(para[:end]) if outlet and not stamp else None
            if day and not out.published:
                # "MELBOURNE, Feb 18 (Wire) -": no year; the copyright line's year, else the dossier's
                out.metadata["dateline_day"] = day
                year = re.search(r"^(?:©|Copyright|\(c\))\s*(?:©\s*)?((?:19|20)\d{2})\b", text, re.IGNORECASE | re.MULTILINE)
                if year:
                    out.published = f"{year.group(1)}-{day}"
                    out.metadata["published_inferred"] = "year"
            break
    if not out.published and paragraphs:
        # "Mataram, Kamis (12/2/2026) – …": a place, a weekday and the date in brackets open the report
        m = re.match(r"^[A-Z][\w .'-]{1,30},\s+[^\W\d_]+,?\s*\((\d{1,2}/\d{1,2}/\d{4})\)\s*[-–—]", paragraphs[0])
        stamp = find_date(m.group(1)) if m else None
        if stamp:
            out.published = stamp.iso
    if not out.outlet and header_outlet:
        out.outlet = outlet_name(header_outlet)
        out.metadata["outlet_as_printed"] = header_outlet
    if not out.outlet and not footer_domains and newsletter_outlet:
        out.outlet = newsletter_outlet  # "subscribe to the Kenya Courier daily newsletter": the last resort
        out.metadata["outlet_as_printed"] = newsletter_outlet
    if not out.outlet and footer_domains:
        out.outlet = outlet_name(footer_domains[-1])
        out.metadata["outlet_as_printed"] = footer_domains[-1]
    if not out.outlet:
        own = next((o for r in out.removed if r.kind == "credit" and (o := _credit_outlet(r.text))), None)
        if own:  # "(Foto: Warta Harian/Dimas Prasetyo)": the paper credits its own photographer
            out.outlet = outlet_name(own)
            out.metadata["outlet_as_printed"] = own

    # an editor's initials closing the last paragraph: "... pada awal 2026. (ren)"
    if paragraphs:
        m = _EDITOR_INITIALS.search(paragraphs[-1])
        if m and _TERMINAL.search(paragraphs[-1][: m.start()]):
            out.removed.append(Removed("credit", m.group(0).strip(), 0))
            paragraphs[-1] = paragraphs[-1][: m.start()].rstrip()
    out.paragraphs = [p for p in paragraphs if p]
    return out


_CREDIT_SOURCE = re.compile(r"(?:^|[(\[]|(?<=[.!?]\s))\s*[^\W\d_][\w ]{0,20}(?::|\s/)\s*(?P<src>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})"
                            r"\s*(?:/|[)\]]?\s*$)")


def _credit_outlet(credit: str) -> str | None:
    """The outlet a picture credit names before its photographer ("Foto: Warta Harian/Dimas Prasetyo")
    or alone ("… Beaufort. Photo: Ballarat Courier-Post"),
    when it is shaped like a newspaper's name (an outlet word such as "Harian", "Times", or a domain);
    a bare agency ("ANTARA FOTO/…", "REUTERS/…") tells nothing about the outlet that printed it."""
    m = _CREDIT_SOURCE.search(credit)
    if not m:
        return None
    src = m["src"].strip()
    if set(re.split(r"[\s-]+", src)) & fur.words().outlet_words or fur.domain_in(src) == src:
        return src
    return None


def _named_byline(line: str) -> str | None:
    """The reporter of a byline that adds where she files from or her role: "Jane Doe, Singapore",
    "Jane Doe, Crime and Justice Reporter"."""
    placed = _NAMED_PLACE.match(line)
    if placed and _is_place(placed["place"]):
        return placed["name"]
    named = _NAMED_ROLE.match(line)
    return named["name"] if named else None


def _near_removed(line_no: int, removed_lines: set[int]) -> bool:
    """A header line next to one that was removed as a byline or date line."""
    return bool({line_no - 1, line_no + 1} & removed_lines)


def _is_place(name: str) -> bool:
    from dossier.extract.gazetteer import gazetteer, name_tokens

    known = gazetteer().get(name_tokens(name))
    return known is not None and known.type == "place"


def _nameplate(line: str, first_body: str, before_title: bool = False, whole: str = "") -> str | None:
    """A short header line naming the outlet ("CNN Indonesia", "Liputan6.com", "Nyanza Daily",
    "FINANCIAL TIMES"). ``before_title``: the line stands above the headline ``first_body``;
    ``whole``: the article, where the outlet's name may be printed again as the outlet's
    ("(Southern Cross Wire) -" in a wire dateline, "© 2026 Southern Cross Wire")."""
    words = line.split()
    brand = len(words) == 1 and bool(_CAMEL_OUTLET.match(line.strip()))  # "detikNews"
    if not 1 <= len(words) <= 4 or _TERMINAL.search(line) or not (brand or all(w[:1].isupper() or w[:1].isdigit()
                                                                                for w in words)):
        return None
    if before_title:
        upper_plate = line.isupper() and len(line) >= 2 and not first_body.isupper()
        echoed = bool(whole) and re.search(rf"\({re.escape(line.strip())}\)|(?:©|Copyright)[^\n]{{0,12}}\b{re.escape(line.strip())}\b",
                                           whole) is not None
        if not (upper_plate or brand or echoed or fur.domain_in(line) == line.strip()
                or set(words) & fur.words().outlet_words):
            return None
        if not _headline_like(first_body):
            return None
        if upper_plate and len(line.strip()) > 4 and not fur.domain_in(line):
            return line.strip().title()  # "FINANCIAL TIMES"; "AP", "ANTARA" stay as printed
        return line.strip()
    if fur.domain_in(line) == line.strip() or set(words) & fur.words().outlet_words:
        return line.strip()
    if line.strip() in first_body[:80] and not _is_place(line):
        return line.strip()  # printed again in the dateline
    return None


def _dateline(paragraph: str, outlet_only: bool = False) -> tuple[str | None, str | None, int] | None:
    for pattern in _DATELINES:
        m = pattern.match(paragraph)
        if m:
            groups = m.groupdict()
            if groups.get("outlet") and _is_place(groups["outlet"]):
                continue  # "NAIROBI, Kenya —": a place and its country, no outlet
            if outlet_only and not groups.get("outlet"):
                continue
            place = groups.get("place")
            if not groups.get("outlet") and place and not (place.isupper() or _is_place(place)):
                continue  # "Rep: …" or "Catatan: …" is a label, not a dateline
            kept = groups.get("place")
            if kept and groups.get("outlet") and m.start("place") < m.start("outlet") and not groups.get("date"):
                kept = paragraph[m.start("place"):m.start("outlet")].rstrip(" ,(")  # "ANTWERP, Belgium"
            return groups.get("outlet"), kept, m.end()
    return None
