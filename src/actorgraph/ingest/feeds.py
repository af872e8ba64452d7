"""RSS and Atom feeds (feedparser): one article per entry, HTML stripped from the content."""

from __future__ import annotations

import re
import time
from typing import Any

from actorgraph.ingest.dates import normalize_date
from actorgraph.ingest.decode import normalize_text, sniff_binary
from actorgraph.ingest.html import html_to_text, looks_like_html
from actorgraph.ingest.metadata import Meta, clean_author, clean_value, outlet_from_url
from actorgraph.ingest.raw import BadRecord, Item, Raw, ReadError

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_PROLOGUE = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S)


def is_feed(data: bytes) -> bool:
    """True when the XML document's root element is <rss>, <feed> or <rdf:RDF>."""
    head = data[:8192].removeprefix(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    start = _PROLOGUE.match(head)
    rest = head[start.end() if start else 0 :]
    return bool(_FEED_ROOT.match(rest))


def read_feed(data: bytes) -> list[Item]:
    import feedparser

    why = sniff_binary(data)
    if why:
        raise ReadError(why)
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = str(parsed.get("bozo_exception") or "not well-formed").split("\n")[0][:120]
            raise ReadError(f"malformed feed ({problem}); fix the XML")
        raise ReadError("feed has no entries")
    channel = parsed.get("feed") or {}
    fmt = "atom" if str(parsed.get("version") or "").startswith("atom") else "rss"
    outlet = clean_value(channel.get("title"), 100) or outlet_from_url(channel.get("link"))
    return [_entry(e, f"entry {i}", fmt, outlet) for i, e in enumerate(entries, 1)]


def _entry(entry: Any, where: str, fmt: str, outlet: str | None) -> Item:
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    body = max(contents, key=len, default="") or entry.get("summary") or ""
    text = html_to_text(body) if looks_like_html(body) else normalize_text(body)
    if not text.strip():
        return BadRecord(where, "feed entry has no content or summary text")
    source = entry.get("source") or {}
    meta = Meta(
        title=clean_value(entry.get("title")),
        author=clean_author((entry.get("author_detail") or {}).get("name") or entry.get("author")),
        outlet=clean_value(source.get("title"), 100) or outlet,
        published=_entry_date(entry),
        url=clean_value(entry.get("link"), 2000),
    )
    return Raw(text, fmt, meta, where)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return normalize_date(entry.get("published") or entry.get("updated"))
