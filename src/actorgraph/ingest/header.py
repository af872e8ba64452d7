"""The header of a plain-text article: title, byline, dateline and outlet lines.

``read_header`` looks only at the first short lines before the body starts, so dates and
names inside the article body are never taken for metadata. It also says which header
lines are furniture (bylines, datelines, a "TITLE - AUTHOR" page title) so that the
cleaner can drop them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from actorgraph.ingest.dates import DATE_RE, MONTH, find_date

MAX_HEADER_LINES = 8
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_PREFIX_WORD = re.compile(r"^(?:gallery|photos?|videos?|audio|watch|listen|live)\s+(?=[^\sa-z])")
_PREFIX_LABEL = re.compile(r"^(?:gallery|photos?|videos?|audio|watch|listen|live)\s*[:|]\s*", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_BYLINE = re.compile(
    r"^(?:(?:written|words|posted|reporting|story|commentary|analysis|opinion|column|essay|report)"
    r"\s+by|by|authors?\s*:|by\s*:)\s+(?P<rest>.+)$",
    re.I,
)
_NAME_END = re.compile(
    rf"\s*(?:[|•·;(\[]|\s[-–—]\s|,\s*(?=\d|{MONTH}|{_WEEKDAY})|\s(?:on|at|in|for|from)\s|\d)", re.I
)
_POSTED = re.compile(r"^(?:posted|published|updated|last updated|first published)\b.{0,120}$", re.I)
_POSTED_BY = re.compile(r"\bby\s+.+$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_DATE_NOISE = re.compile(
    rf"\b(?:{_WEEKDAY}|published|updated|posted|last|modified|on|at|gmt|utc|bst|cet|est|edt|"
    r"[ap]\.?m\.?|\d{1,2}[:.]\d{2}(?::\d{2})?)\b|[\s,:;|•·()/-]",
    re.I,
)
# "Global Research, May 16, 2018", "Example Agency — 27 August 2008", "Example News | 9 March 2025"
_OUTLET_DATE = re.compile(
    r"^(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5})(?:,|\s+[-–—|•·])\s+(?P<rest>.+)$"
)
_SOURCE = re.compile(
    r"^(?:source|published by|originally published (?:by|in|at|on))\s*:?\s+(?P<outlet>.+)$", re.I
)
_OUTLET_WORDS = re.compile(
    r"\b(?:the|news|times|post|journal|daily|tribune|herald|gazette|press|media|network|agency|"
    r"tv|radio|monitor|observer|review|research|online|\.com|\.org|\.net)\b",
    re.I,
)
_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "da",
    "di",
    "del",
    "van",
    "von",
    "der",
    "la",
    "le",
    "du",
}
# "al-Rubaie", "el-Amin", "d'Alema": a lower-case particle joined to a capitalised name.
_PARTICLE_NAME = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|an|ibn|bin|abu|d|l|de|di|da|du)[-'’][A-Z][\w'’-]*$"
)
_NOT_NAME = re.compile(
    rf"^(?:{MONTH}|{_WEEKDAY}|the|staff|editor|editors|team|desk|admin|correspondent|reporter|"
    r"news|agency|agencies|press|media|reuters|afp|ap|contributor|guest)$",
    re.I,
)


@dataclass(slots=True)
class Header:
    """What the header lines say, and how the cleaner should treat them."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    drop: set[int] = field(default_factory=set)  # line indexes that are header furniture
    rewrite: dict[int, str] = field(default_factory=dict)  # line index -> cleaned line


def name_case(name: str) -> str:
    """'NEDRET ERSANEL' -> 'Nedret Ersanel'; mixed-case names are kept as written."""
    name = " ".join(name.split()).strip(" ,.;:*")
    return name.title() if name.isupper() else name


def person_name(text: str) -> str | None:
    """The person name ``text`` is (2-5 capitalised words), normalised, else None."""
    name = name_case(
        re.sub(r"^(?:prof\.?|professor|dr\.?|mr\.?|mrs\.?|ms\.?)\s+", "", text.strip(), flags=re.I)
    )
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60 or any(ch.isdigit() for ch in name):
        return None
    for w in words:
        if w.lower() in _PARTICLES or _PARTICLE_NAME.match(w):
            continue
        if not w[0].isupper() or _NOT_NAME.match(w) or not re.match(r"^[\w'’.-]+$", w):
            return None
    return name


def byline_author(line: str) -> str | None:
    """'By Jane Doe and John Roe | 16 June 2020' -> 'Jane Doe, John Roe'."""
    m = _BYLINE.match(line)
    if not m:
        return None
    rest = _NAME_END.split(m.group("rest"), maxsplit=1)[0]
    names = [n for n in (person_name(p) for p in _NAME_SPLIT.split(rest)) if n]
    return ", ".join(names) if names else None


def byline_outlet(line: str) -> str | None:
    """'By Jane Doe | Example News | 9 March 2025' -> 'Example News'."""
    for part in re.split(r"\s+[|•·]\s+", line)[1:]:
        if not is_date_line(part) and 1 <= len(part.split()) <= 6 and part[:1].isupper():
            return part.strip(" .")
    return None


def is_date_line(line: str) -> bool:
    """A line that is only a date, perhaps with a weekday, time or 'Published:'."""
    if len(line) > 80:
        return False
    rest = DATE_RE.sub(" ", line)
    return rest != line and not _DATE_NOISE.sub("", rest)


def outlet_date(line: str) -> tuple[str, str] | None:
    """'Global Research, May 16, 2018' -> ('Global Research', '2018-05-16')."""
    m = _OUTLET_DATE.match(line)
    if not m or not is_date_line(m.group("rest")):
        return None
    outlet = m.group("outlet").strip()
    if outlet.isupper() or re.match(rf"^(?:{_WEEKDAY}|{MONTH})\b", outlet, re.I):
        return None  # an all-caps dateline city or a weekday, not an outlet
    found = find_date(m.group("rest"))
    return (outlet, found) if found else None


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())

    return bool(norm(a)) and norm(a) == norm(b)


def _is_body(line: str) -> bool:
    words = len(line.split())
    return words > 40 or (words >= 20 and line.rstrip().endswith((".", "”", '"')))


def _strip_prefix(line: str) -> str:
    return _PREFIX_LABEL.sub("", _PREFIX_WORD.sub("", _MD_HEADING.sub("", line))).strip()


def _split_title(h: Header, idx: list[int], lines: list[str], k: int) -> None:
    """Read the title line at ``idx[k]``: 'TITLE - AUTHOR' / 'TITLE | OUTLET' forms."""
    i = idx[k]
    title = _strip_prefix(lines[i])
    if title != lines[i]:
        h.rewrite[i] = title
    following = lines[idx[k + 1]] if k + 1 < len(idx) else ""
    for sep in (" | ", " - ", " – ", " — "):
        if sep not in title:
            continue
        head, tail = (s.strip() for s in title.rsplit(sep, 1))
        if _same(head, following):
            h.drop.add(i)
            author = None if _OUTLET_WORDS.search(tail) or sep == " | " else person_name(tail)
            h.author = author
            h.outlet = None if author else tail
            title = head
            break
        if sep == " | " and len(tail.split()) <= 4:
            h.outlet, title = tail, head
            h.rewrite[i] = head
            break
    h.title = title or None


def read_header(lines: list[str]) -> Header:
    """Analyse the header area of ``lines`` (blank lines are empty strings)."""
    h = Header()
    idx = [i for i, line in enumerate(lines) if line.strip()][:MAX_HEADER_LINES]
    titled = False
    for k, i in enumerate(idx):
        line = lines[i].strip()
        if _is_body(line):
            break
        author = byline_author(line)
        pair = outlet_date(line)
        source = _SOURCE.match(line)
        dated = find_date(line) if len(line) < 120 else None
        if author or (_BYLINE.match(line) and dated):
            h.author = h.author or author
            h.published = h.published or dated
            h.outlet = h.outlet or byline_outlet(line)
        elif dated and _POSTED.match(line):
            by = _POSTED_BY.search(line)
            h.author = h.author or (byline_author(by.group(0)) if by else None)
            h.published = h.published or dated
        elif pair:
            # Datelines stay in the text: they are the evidence for the publication date.
            h.outlet = h.outlet or pair[0]
            h.published = h.published or pair[1]
            continue
        elif is_date_line(line):
            h.published = h.published or dated
            continue
        elif source and len(source.group("outlet").split()) <= 6:
            h.outlet = h.outlet or source.group("outlet").strip(" .")
        elif not titled:
            titled = True
            words = len(line.split())
            if words <= 40 and not (words >= 15 and line.endswith(".")):
                _split_title(h, idx, lines, k)
            continue
        else:
            continue
        h.drop.add(i)
    return h
