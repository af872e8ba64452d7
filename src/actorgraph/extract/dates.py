"""Date expressions in a document, normalised against the publication date.

``find_events`` returns one :class:`Event` per date expression, with the date only as
precise as the text pins it down: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``. Absolute
dates need nothing else; expressions without a year ("June 6"), weekdays ("on Saturday")
and relative expressions ("last month", "15 years ago") are resolved against the
publication date and skipped when it is unknown or too coarse. The arithmetic is done
here (no per-hit calls into a date parser), with patterns compiled at import.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc

from actorgraph.extract.lexicon_roles import wordset
from actorgraph.extract.lexicon_text import doc_sentences, doc_text
from actorgraph.records import Event

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
# A number in a year's range followed by one of these counts things, not a year.
COUNT_NOUNS = wordset(
    "people troops soldiers fighters civilians men women children refugees migrants "
    "persons dollars euros pounds km kilometres kilometers miles metres meters tons "
    "tonnes barrels members casualties deaths dead killed wounded injured units vehicles "
    "rockets missiles drones mercenaries militants families homes houses times jobs"
)
# A number after one of these is an identifier ("Resolution 1973", "flight 2019").
NUMBER_LABELS = wordset(
    "resolution resolutions article articles page pages no number flight route highway code "
    "room item chapter section paragraph model version decree law act bill order case file "
    "reference ref vol volume issue"
)
# Ordinal day words ("the first of January"); "twenty-first" and the like are built below.
ORDINALS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        (
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
            "nineteenth twentieth"
        ).split(),
        start=1,
    )
}
ORDINALS.update({f"twenty-{w}": 20 + n for w, n in ORDINALS.items() if n < 10})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
# Fixed-date holidays a news text names instead of the date: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}
# A day and month after these words is a start or a deadline that may lie ahead ("from the
# first of January", "until March 3"): the nearest such date, before or after publication.
FORWARD_PREPS = wordset("from until till by starting effective before")
# Words that put a year-less date that follows them ahead of publication ("which will take
# effect in August", "the vote scheduled for March 3").
FUTURE_MARKERS = wordset("will shall due scheduled planned foreseen upcoming")
# Past forms that show a clause looks back ("when the rebels struck on Friday"); with any
# lower-case "-ed" word they stop the search for a future marker before a date.
PAST_WORDS = wordset(
    "was were had did said told took went came made began fought won lost held met left led "
    "sent struck saw gave got ran fell rose broke drove flew shot hit kept brought bought "
    "sold spoke wrote became found thought felt stood"
)
TENSE_REACH = 12  # words looked at before a date for its clause's tense
# A bare month this many days or fewer ahead of publication, across the new year, is the
# coming one ("returns to office in January", published in December) unless the clause
# looks back.
NEAR_AHEAD_DAYS = 45
# "the next day", "two days later": a day counted from the date the text gave last.
RE_DAY_AFTER = re.compile(
    r"\b(?i:the\s+(?P<a>next|following|previous)\s+day"
    r"|the\s+day\s+(?P<b>after|before)(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)"
    r"|(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>later|earlier))\b"
)
QUANTIFIERS = wordset(
    "about around some nearly almost over than least approximately roughly estimated "
    "another additional extra"
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?"
    r"|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_SEP = r"(?:\s*,\s*|\s+)"
_WEEKDAY = "|".join(WEEKDAYS)

RE_MDY = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_SEP}(?:of\s+)?(?P<y>{_YEAR})(?![\d,.]\d|\d)"
)
RE_DMY = re.compile(
    rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH}){_SEP}(?P<y>{_YEAR})(?![\d,.]\d|\d)"
)
RE_ISO = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
RE_NUMERIC = re.compile(
    rf"(?<![\d/.\-])(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
    r"(?![\d]|[/.\-]\d)"
)
RE_MD = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*,?\s*\d)")
RE_DM = re.compile(rf"(?<![\d,.])\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})")
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
RE_ORDINAL_OF = re.compile(
    rf"\b(?i:the)\s+(?P<d>(?i:{_ORDINAL}))\s+of\s+(?P<m>{_MONTH})"
    rf"(?:{_SEP}(?P<y>{_YEAR})(?![\d,.]\d|\d))?"
)
RE_MD_REL_YEAR = re.compile(
    rf"\b(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH}))"
    r",?\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b"
)
RE_HOLIDAY = re.compile(
    r"\b(?P<h>New\s+Year[’']s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))\b"
    rf"(?:{_SEP}(?P<y>{_YEAR})(?![\d,.]\d|\d))?"
)
RE_MY = re.compile(
    r"(?:\b(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+start\s+of|start\s+of)[\s\-]+)?"
    rf"\b(?P<m>{_MONTH}){_SEP}(?:of\s+)?(?P<y>{_YEAR})(?![\d,.]\d|\d)"
)
RE_MONTH_REL_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?i:of\s+)?(?P<rel>(?i:this|last|next|the\s+same))\s+(?i:year)\b"
)
RE_MONTH_BARE = re.compile(
    r"\b(?P<rel>(?i:last|this|next|in|since|until|till|by|from|during|through|early|late"
    r"|mid|before|after))[\s\-]+(?:(?i:the\s+month\s+of)\s+)?"
    rf"(?P<m>{_MONTH})(?!\s*,?\s*\d|[’']s)"
)
RE_WEEKDAY = re.compile(
    r"(?:\b(?P<rel>(?i:last|this|next|on|since|until|by|early|late|from|for))\s+)?"
    rf"\b(?P<wd>{_WEEKDAY})\b"
)
RE_DAYWORD = re.compile(r"\b(?i:(?P<w>yesterday|today|tomorrow|tonight|last\s+night))\b")
RE_REL_UNIT = re.compile(
    r"(?<![Tt]he\s)\b(?i:(?:earlier|later)\s+)?(?i:(?P<rel>last|this|next))\s+(?i:(?P<unit>week|month|year))\b"
)
RE_AGO = re.compile(
    r"\b(?i:(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty))\s+(?i:(?P<unit>day|week|month|year|decade)s?)"
    r"\s+(?i:ago)\b"
)
RE_YEAR = re.compile(rf"(?<![\d$€£#/.,])\b(?P<y>{_YEAR})\b(?![,.]\d|%)")
# Anchors, by kind: digits (D), month names (M), weekdays (W), time words (T). The leading
# lookahead only rejects, fast, positions where no alternative can start.
RE_ANCHOR = re.compile(
    r"(?=[\dJFMASONDTWC]|(?i:[ytwmdan]))"
    r"(?:(?P<D>\d+)|\b(?:(?P<M>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?P<H>New\s+Year|Christmas)"
    r"|(?P<W>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|(?P<T>(?i:yesterday|today|tomorrow|tonight|night|week|month|year|decade|ago))))"
)
WINDOW = 48  # longer than any date expression on either side of its anchor
_KIND = {"D": 1, "M": 2, "W": 4, "T": 8, "H": 16}
RE_ISO_PARTIAL = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d.*)?)?)?\s*")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")

Pub = tuple[int, int | None, int | None]


def parse_published(published: str | None) -> Pub | None:
    """``YYYY[-MM[-DD]]`` (an ISO datetime is cut to its date) -> (year, month, day)."""
    if not published:
        return None
    m = RE_ISO_PARTIAL.fullmatch(published)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and mo is not None and _ymd(y, mo, d) is None:
        return None
    return (y, mo, d)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _pub_date(pub: Pub | None) -> date | None:
    if pub is None or pub[1] is None or pub[2] is None:
        return None
    return date(pub[0], pub[1], pub[2])


def _year_for(month: int, day: int | None, pub: Pub) -> int:
    """The year of an expression without one: the publication year, unless that puts it
    more than about a month after publication (news mostly looks back), then the year
    before."""
    y, pm, pd = pub
    if pm is None:
        return y
    ahead = (month - pm) * 31 + ((day or 1) - (pd or 1))
    return y - 1 if ahead > 31 else y


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _r_mdy(m: re.Match[str], pub: Pub | None) -> str | None:
    return _ymd(int(m["y"]), _month(m["m"]), _day(m["d"]))


def _r_iso(m: re.Match[str], pub: Pub | None) -> str | None:
    return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))


def _r_numeric(m: re.Match[str], pub: Pub | None) -> str | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and b <= 12:
        return _ymd(y, b, a)  # day/month/year
    if b > 12 and a <= 12:
        return _ymd(y, a, b)  # month/day/year
    if a == b and a <= 12:
        return _ymd(y, a, b)
    return str(y) if a <= 12 and b <= 12 else None  # ambiguous order: the year only


def _nearest_year(month: int, day: int, pub: Pub) -> int:
    """The year that puts month/day closest to the publication date, ahead or behind."""
    y, pm, pd = pub
    if pm is None:
        return y
    here = pm * 31 + (pd or 1)
    return min((y - 1, y, y + 1), key=lambda c: abs((c - y) * 372 + month * 31 + day - here))


def _looks_ahead(m: re.Match[str]) -> bool:
    """Whether the word before the match opens a start or a deadline ("from", "until"), or
    a future marker stands just before it in the clause ("which will take effect in")."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if before is not None and before.group(1).lower() == "the":  # "from the first of ..."
        before = _WORD_BEFORE.search(m.string, max(0, before.start() - 16), before.start())
    if before is not None and before.group(1).lower() in FORWARD_PREPS:
        return True
    clause = re.split(r"[.;!?,]", m.string[max(0, m.start() - 32) : m.start()])[-1]
    return any(w in FUTURE_MARKERS for w in clause.lower().split())


def _clause_tense(m: re.Match[str]) -> str | None:
    """'future' or 'past' for the clause that holds the match, read from the nearest tense
    word before it in its sentence ("will travel for the funeral, Friday" -> future;
    "troops that left on Friday" -> past); None when none is found within TENSE_REACH
    words."""
    before = re.split(r"[.;!?]", m.string[max(0, m.start() - 120) : m.start()])[-1]
    for word in reversed(re.findall(r"[A-Za-z]+", before)[-TENSE_REACH:]):
        low = word.lower()
        if low in FUTURE_MARKERS:
            return "future"
        if low in PAST_WORDS or (word.islower() and len(low) > 3 and low.endswith("ed")):
            return "past"
    return None


def _day_of_year(month: int, day: int, m: re.Match[str], pub: Pub | None) -> str | None:
    """A day and month without a year, dated against the publication date."""
    if pub is None:
        return None
    year = _nearest_year(month, day, pub) if _looks_ahead(m) else _year_for(month, day, pub)
    return _ymd(year, month, day)


def _r_md(m: re.Match[str], pub: Pub | None) -> str | None:
    return _day_of_year(_month(m["m"]), _day(m["d"]), m, pub)


def _r_ordinal_of(m: re.Match[str], pub: Pub | None) -> str | None:
    month, day = _month(m["m"]), ORDINALS[m["d"].lower()]
    if m["y"]:
        return _ymd(int(m["y"]), month, day)
    return _day_of_year(month, day, m, pub)


def _r_md_rel_year(m: re.Match[str], pub: Pub | None) -> str | None:
    """ "October 27 last year": the year is counted from the publication year."""
    if pub is None:
        return None
    month, day = _month(m["m"] or m["m2"]), _day(m["d"] or m["d2"])
    rel = m["rel"].lower()
    return _ymd(pub[0] + (-1 if rel == "last" else 1 if rel == "next" else 0), month, day)


def _r_holiday(m: re.Match[str], pub: Pub | None) -> str | None:
    month, day = HOLIDAYS[" ".join(m["h"].lower().replace("’", "'").split())]
    if m["y"]:
        return _ymd(int(m["y"]), month, day)
    return _day_of_year(month, day, m, pub)


def _r_my(m: re.Match[str], pub: Pub | None) -> str | None:
    return _ym(int(m["y"]), _month(m["m"]))


def _r_month_rel_year(m: re.Match[str], pub: Pub | None) -> str | None:
    if pub is None:
        return None
    rel = m["rel"].lower()
    y = pub[0] + (-1 if rel == "last" else 1 if rel == "next" else 0)
    return _ym(y, _month(m["m"]))


def _r_month_bare(m: re.Match[str], pub: Pub | None) -> str | None:
    if pub is None:
        return None
    month, rel = _month(m["m"]), m["rel"].lower()
    y, pm = pub[0], pub[1]
    if rel == "this":
        return _ym(y, month)
    if pm is None:
        return None  # "last/next/in February" needs the publication month
    if rel == "last":
        return _ym(y if month < pm else y - 1, month)
    if rel == "next":
        return _ym(y if month > pm else y + 1, month)
    if rel in FORWARD_PREPS or _looks_ahead(m):  # "until August", "will take effect in August"
        return _ym(_nearest_year(month, 15, pub), month)
    if _soon_after_new_year(month, pub) and _clause_tense(m) != "past":
        return _ym(y + 1, month)  # "who returns to office in January", in a December text
    return _ym(_year_for(month, None, pub), month)


def _soon_after_new_year(month: int, pub: Pub) -> bool:
    """Whether the first of ``month`` next year is at most NEAR_AHEAD_DAYS after the
    publication date (a bare January in a December text)."""
    today = _pub_date(pub)
    if today is None or month >= today.month:
        return False
    return (date(today.year + 1, month, 1) - today).days <= NEAR_AHEAD_DAYS


def _r_weekday(m: re.Match[str], pub: Pub | None) -> str | None:
    today = _pub_date(pub)
    if today is None:
        return None
    target = WEEKDAYS.index(m["wd"])
    rel = (m["rel"] or "").lower()
    if rel == "this":  # "this Tuesday": the day of the publication's week (Monday first)
        return (today + timedelta(days=target - today.weekday())).isoformat()
    if rel in ("", "on") and _clause_tense(m) == "future":
        rel = "for"  # "will travel for the funeral, Friday" lies ahead
    if rel in ("next", "for"):  # "the vote foreseen for Thursday" lies ahead
        delta = (target - today.weekday()) % 7 or (7 if rel == "next" else 0)
        return (today + timedelta(days=delta)).isoformat()
    back = (today.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    return (today - timedelta(days=back)).isoformat()


def _r_dayword(m: re.Match[str], pub: Pub | None) -> str | None:
    today = _pub_date(pub)
    if today is None:
        return None
    w = " ".join(m["w"].lower().split())
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
    return (today + timedelta(days=delta)).isoformat()


def _r_rel_unit(m: re.Match[str], pub: Pub | None) -> str | None:
    if pub is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    sign = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return str(pub[0] + sign)
    if unit == "month":
        if pub[1] is None:
            return None
        return _ym(*_shift_month(pub[0], pub[1], sign))
    today = _pub_date(pub)
    return None if today is None else (today + timedelta(days=7 * sign)).isoformat()


def _r_ago(m: re.Match[str], pub: Pub | None) -> str | None:
    if pub is None:
        return None
    raw, unit = m["n"].lower(), m["unit"].lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    if unit in ("year", "decade"):
        return str(pub[0] - n * (10 if unit == "decade" else 1))
    if unit == "month":
        return None if pub[1] is None else _ym(*_shift_month(pub[0], pub[1], -n))
    today = _pub_date(pub)
    if today is None:
        return None
    return (today - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()


def _r_year(m: re.Match[str], pub: Pub | None) -> str | None:
    return m["y"]


Resolver = Callable[[re.Match[str], Pub | None], str | None]
PATTERNS: tuple[tuple[re.Pattern[str], Resolver], ...] = (
    (RE_MDY, _r_mdy),
    (RE_DMY, _r_mdy),
    (RE_ISO, _r_iso),
    (RE_NUMERIC, _r_numeric),
    (RE_MONTH_REL_YEAR, _r_month_rel_year),
    (RE_MD_REL_YEAR, _r_md_rel_year),
    (RE_ORDINAL_OF, _r_ordinal_of),
    (RE_HOLIDAY, _r_holiday),
    (RE_MY, _r_my),
    (RE_MD, _r_md),
    (RE_DM, _r_md),
    (RE_MONTH_BARE, _r_month_bare),
    (RE_WEEKDAY, _r_weekday),
    (RE_DAYWORD, _r_dayword),
    (RE_REL_UNIT, _r_rel_unit),
    (RE_AGO, _r_ago),
    (RE_YEAR, _r_year),
)
# The anchor kinds each pattern's match must contain (a bit mask of _KIND), in PATTERNS'
# order: a window without them cannot hold a match, so the pattern is not run there. Every
# month name, weekday, digit and time word of a match starts at a word boundary, so
# RE_ANCHOR finds it, in the same window ("night" is a time word for "last night").
_NEEDS = (3, 3, 1, 1, 10, 11, 2, 16, 3, 3, 3, 2, 4, 8, 8, 8, 1)


def _is_count(text: str, m: re.Match[str]) -> bool:
    """A bare number in the year range that counts or names things ("2000 troops", "about
    1950", "Resolution 1973"), not a year."""
    after = _WORD_AFTER.match(text, m.end())
    if after and after.group(1) in COUNT_NOUNS and text[m.end() : after.start(1)].isspace():
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return False
    word = before.group(1).lower()
    return word in QUANTIFIERS or word in NUMBER_LABELS


def _weekday_is_name(text: str, m: re.Match[str]) -> bool:
    """'Black Friday', 'Bloody Sunday': a weekday glued to a preceding capitalised word."""
    if m["rel"]:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return bool(before and before.group(1)[0].isupper() and text[before.end(1) : m.start()] == " ")


def _windows(text: str) -> list[tuple[int, int, int]]:
    """Merged character windows around anchors (digits, month and weekday names, time
    words), each with the bit mask of the anchor kinds inside it; every date expression
    lies inside one, so the patterns only scan those."""
    out: list[tuple[int, int, int]] = []
    n = len(text)
    for m in RE_ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        kind = _KIND[m.lastgroup or "D"]
        if out and lo <= out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], hi, last[2] | kind)
        else:
            out.append((lo, hi, kind))
    return out


def _matches(text: str, pub: Pub | None) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, date) hits; longer and earlier-listed patterns win."""
    cands: list[tuple[int, int, int, str]] = []
    for lo, hi, kinds in _windows(text):
        for prio, (rx, resolve) in enumerate(PATTERNS):
            needs = _NEEDS[prio]
            if kinds & needs != needs:
                continue
            for m in rx.finditer(text, lo, hi):
                if rx is RE_YEAR and _is_count(text, m):
                    continue
                if rx is RE_WEEKDAY and _weekday_is_name(text, m):
                    continue
                value = resolve(m, pub)
                if value is not None:
                    cands.append((m.start(), m.end(), prio, value))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, _, value in cands:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, value))
    taken.sort()
    return taken


def _day_phrases(text: str) -> list[re.Match[str]]:
    """RE_DAY_AFTER's matches, looked for only around the word "day" (a fast substring
    search; "Sunday" and "today" are skipped at once)."""
    out: list[re.Match[str]] = []
    i = text.find("day")
    while i >= 0:
        if i == 0 or not text[i - 1].isalpha():
            m = RE_DAY_AFTER.search(text, max(0, i - 24), i + 24)
            if m is not None and (not out or m.start() >= out[-1].end()):
                out.append(m)
        i = text.find("day", i + 3)
    return out


def _days_after(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``hits`` with "the next day", "two days later" and the like added, each counted from
    the last full date before it in the text (and skipped when there is none)."""
    found = []
    for m in _day_phrases(text):
        if any(s < m.end() and m.start() < e for s, e, _ in hits):
            continue
        k = bisect_right(hits, (m.start(), m.start(), "")) - 1
        while k >= 0 and len(hits[k][2]) != 10:
            k -= 1
        if k < 0:
            continue
        if m["n"]:
            raw = m["n"].lower()
            delta = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            delta = -delta if m["dir"].lower() == "earlier" else delta
        else:
            back = (m["a"] or "").lower() == "previous" or (m["b"] or "").lower() == "before"
            delta = -1 if back else 1
        day = date.fromisoformat(hits[k][2]) + timedelta(days=delta)
        found.append((m.start(), m.end(), day.isoformat()))
    return sorted(hits + found) if found else hits


def normalise_date(text: str, published: str | None) -> str | None:
    """Normalise one date expression ("May 16, 2018", "last year", "2018-05") or None."""
    if RE_ISO_PARTIAL.fullmatch(text):
        parsed = parse_published(text)
        if parsed is None:
            return None
        y, mo, d = parsed
        return _ymd(y, mo, d) if mo and d else _ym(y, mo) if mo else str(y)
    hits = _matches(text, parse_published(published))
    if not hits:
        return None
    return max(hits, key=lambda h: h[1] - h[0])[2]


def find_events(sdoc: Doc, published: str | None) -> list[Event]:
    """Every date expression in ``sdoc`` with its normalised date and sentence index."""
    text = doc_text(sdoc)
    starts = [a for a, _ in doc_sentences(sdoc)]
    events: list[Event] = []
    hits = _matches(text, parse_published(published))
    hits = _days_after(text, hits)
    for s, e, value in hits:
        sent = max(0, bisect_right(starts, s) - 1)
        events.append(Event(date=value, start=s, end=e, text=text[s:e], sentence=sent))
    return events
