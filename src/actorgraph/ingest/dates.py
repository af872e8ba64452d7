"""Publication dates: find date expressions with our own patterns, parse them with dateparser.

Only short strings we found ourselves are handed to dateparser (never whole documents).
Results are ``YYYY-MM-DD`` or ``YYYY-MM``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[re.Pattern[str], bool], ...] = (  # (pattern, has a day)
    (re.compile(rf"\b{_YEAR}-[01]\d-[0-3]\d\b"), True),
    (re.compile(rf"\b{_DAY}\s+{MONTH},?\s+{_YEAR}\b", re.I), True),
    (re.compile(rf"\b{MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), True),
    (
        re.compile(rf"\b(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9]|[12]\d|3[01])[/.]{_YEAR}\b"),
        True,
    ),
    (re.compile(rf"\b{MONTH},?\s+{_YEAR}\b", re.I), False),
)
DATE_RE = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _PATTERNS), re.I)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _numeric(hit: str) -> str | None:
    """'16/06/2020' (day first) or '06/16/2020' (when only month-first is valid)."""
    m = _NUMERIC.match(hit)
    if not m:
        return None
    a, b, y = (int(g) for g in m.groups())
    for day, month in ((a, b), (b, a)):
        try:
            return date(y, month, day).isoformat()
        except ValueError:
            continue
    return None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_WORDY = re.compile(
    r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[a-z]+)\.?,?"
    r"|(?P<m2>[a-z]+)\.?(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?,?)\s+(?P<y>\d{4})$",
    re.I,
)


def _wordy(hit: str, has_day: bool) -> str | None:
    """'6 June 2020', 'June 6th, 2020', 'Sept. 2019': the shapes our patterns find, parsed
    directly (dateparser costs about 4 ms a call, most of a file's loading time)."""
    m = _WORDY.match(hit)
    if not m:
        return None
    month = _MONTHS.get((m["m1"] or m["m2"] or "")[:3].lower())
    day = m["d1"] or m["d2"]
    if month is None or (day is None) == has_day:
        return None
    year = int(m["y"])
    if not 1900 <= year <= datetime.now().year + 1:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(day)).isoformat()
    except ValueError:
        return None


def parse_date(hit: str, *, has_day: bool = True) -> str | None:
    """Parse one date expression; ``YYYY-MM-DD``, or ``YYYY-MM`` when it names no day."""
    hit = hit.strip()
    if _NUMERIC.match(hit):
        return _numeric(hit)
    iso = _ISO.match(hit)
    if iso:
        try:
            return date(*(int(g) for g in iso.groups())).isoformat()
        except ValueError:
            return None
    fast = _wordy(hit, has_day)
    if fast is not None:
        return fast
    import dateparser

    parsed = dateparser.parse(
        hit,
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False},
    )
    if parsed is None or not 1900 <= parsed.year <= datetime.now().year + 1:
        return None
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def find_date(text: str) -> str | None:
    """The first date expression in a short string (a byline or dateline), parsed."""
    best: tuple[int, str, bool] | None = None
    for pattern, has_day in _PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0] or (m.start() == best[0] and has_day)):
            best = (m.start(), m.group(0), has_day)
    return parse_date(best[1], has_day=best[2]) if best else None


def normalize_date(value: object) -> str | None:
    """A date from structured metadata (ISO string, free text, epoch seconds) -> ISO."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    m = re.match(rf"^({_YEAR})-([01]\d)(?:-([0-3]\d))?(?:$|[T ])", text)
    if m:
        return "-".join(g for g in m.groups() if g)
    if len(text) > 80:
        return None
    return find_date(text)
