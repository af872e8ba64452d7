"""Article metadata (title, author, outlet, date, url) and how to fill it from text."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from urllib.parse import urlsplit

from actorgraph.ingest.decode import normalize_text
from actorgraph.ingest.furniture import BIO_SENTENCE, BIO_STAR, BIO_TITLED_NAME
from actorgraph.ingest.header import Header, byline_author, name_case, person_name


@dataclass(slots=True)
class Meta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD or YYYY-MM
    url: str | None = None

    def fill(self, other: Meta) -> Meta:
        """A copy with this record's values, gaps filled from ``other``."""
        return Meta(*(getattr(self, f.name) or getattr(other, f.name) for f in fields(self)))


def clean_value(value: object, limit: int = 300) -> str | None:
    """A one-line, whitespace-collapsed string, or None when empty or not text."""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str):
        return None
    text = " ".join(normalize_text(value).split())[:limit].strip()
    return text or None


def clean_author(value: object) -> str | None:
    """Markup author strings: drop a leading 'By', fix ALL CAPS."""
    text = clean_value(value, 200)
    if text is None:
        return None
    text = re.sub(r"^by\s+", "", text, flags=re.I)
    return name_case(text) or None


def outlet_from_url(url: str | None) -> str | None:
    """'https://www.example-news.com/a/b' -> 'example-news.com'."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d*|m|amp|mobile)\.", "", host.lower())
    return host if "." in host else None


def author_from_bio(lines: list[str]) -> str | None:
    """The author named in trailing bio lines ('*Name, Position ...', 'Prof. Name', ...)."""
    for pattern in (BIO_STAR, BIO_TITLED_NAME, BIO_SENTENCE):
        for line in lines:
            m = pattern.match(line)
            name = person_name(m.group("name")) if m else None
            if name:
                return name
    for line in lines:
        name = byline_author(line)
        if name:
            return name
    return None


def meta_from_text(header: Header, bio: list[str]) -> Meta:
    """Metadata stated by the text itself: its header lines and trailing bio."""
    return Meta(
        title=clean_value(header.title),
        author=header.author or author_from_bio(bio),
        outlet=clean_value(header.outlet, 100),
        published=header.published,
    )
