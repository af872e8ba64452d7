"""JSON and JSON Lines records: one article per object, common field names understood.

A ``.json`` file may hold one object, a list of objects, or an object with a list under
``articles``/``items``/``data``/...; a ``.json`` file that is really JSON Lines is read as such.
Bad records are reported one by one; the good records of the file are kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from actorgraph.ingest.dates import normalize_date
from actorgraph.ingest.decode import normalize_text, replace_surrogates
from actorgraph.ingest.html import html_to_text, looks_like_html
from actorgraph.ingest.metadata import Meta, clean_author, clean_value
from actorgraph.ingest.raw import BadRecord, Item, Raw, ReadError, decode

TEXT_KEYS = ("text", "content", "body", "article", "full_text", "fulltext", "maintext", "story")
SUMMARY_KEYS = ("description", "summary", "abstract", "lead")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = (
    "published",
    "date",
    "published_at",
    "publishedat",
    "publish_date",
    "date_publish",
    "pubdate",
    "datetime",
    "created_at",
    "timestamp",
)
URL_KEYS = ("url", "link", "source_url", "permalink", "href")
OUTLET_KEYS = ("outlet", "source", "site", "site_name", "sitename", "publisher", "source_domain")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
LIST_KEYS = ("articles", "items", "data", "records", "documents", "results", "entries", "posts")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _loads(text: str) -> Any:
    """``json.loads``, with lone surrogates (``"\\ud800"`` escapes) replaced by U+FFFD.

    JSON may escape half of a UTF-16 pair on its own; such a string cannot be encoded as
    UTF-8, so the record could be neither parsed as HTML nor hashed nor stored.
    """
    obj = json.loads(text)
    return _scrub(obj) if _ESCAPED_SURROGATE.search(text) else obj


def _scrub(obj: Any) -> Any:
    if isinstance(obj, str):
        return replace_surrogates(obj)
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    if isinstance(obj, dict):
        return {_scrub(k): _scrub(v) for k, v in obj.items()}
    return obj


def read_json(data: bytes) -> list[Item]:
    text = decode(data)
    try:
        obj = _loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return _read_lines(text, "jsonl")
        raise ReadError(
            f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the file"
        ) from None
    except RecursionError:
        raise ReadError("JSON nested too deeply") from None
    records = _records(obj)
    if records is None:
        raise ReadError(
            "JSON holds no article records; expected an object or a list of objects"
            f" with a text field ({', '.join(TEXT_KEYS[:3])}, ...)"
        )
    return [_record(r, f"record {i}", "json") for i, r in enumerate(records, 1)]


def read_jsonl(data: bytes) -> list[Item]:
    return _read_lines(decode(data), "jsonl")


def _read_lines(text: str, fmt: str) -> list[Item]:
    out: list[Item] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            reason = f"malformed JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
            out.append(BadRecord(f"line {n}", reason))
            continue
        except RecursionError:
            out.append(BadRecord(f"line {n}", "JSON nested too deeply"))
            continue
        out.append(_record(obj, f"line {n}", fmt))
    return out


def _records(obj: Any) -> list[Any] | None:
    if isinstance(obj, list):
        return obj
    if isinstance(obj, Mapping):
        low = {str(k).lower(): v for k, v in obj.items()}
        if any(k in low for k in TEXT_KEYS + SUMMARY_KEYS):
            return [obj]
        for key in LIST_KEYS:
            if isinstance(low.get(key), list):
                return list(low[key])
    return None


def _field(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if isinstance(value, Mapping):
            value = value.get("name") or value.get("title") or value.get("href")
        if isinstance(value, list):
            value = [v.get("name") if isinstance(v, Mapping) else v for v in value]
            value = [v for v in value if isinstance(v, str) and v.strip()] or None
        if value not in (None, ""):
            return value
    return None


def _record(obj: Any, where: str, fmt: str) -> Item:
    if not isinstance(obj, Mapping):
        return BadRecord(where, f"not a JSON object but {type(obj).__name__}")
    rec = {str(k).lower(): v for k, v in obj.items()}
    body = _field(rec, TEXT_KEYS) or _field(rec, SUMMARY_KEYS)
    if isinstance(body, list):
        body = "\n\n".join(body)
    if not isinstance(body, str) or not body.strip():
        keys = ", ".join(TEXT_KEYS[:3])
        return BadRecord(where, f"no article text (expected a text field such as {keys})")
    body = html_to_text(body) if looks_like_html(body) else normalize_text(body)
    meta = Meta(
        title=clean_value(_field(rec, TITLE_KEYS)),
        author=clean_author(_field(rec, AUTHOR_KEYS)),
        outlet=clean_value(_field(rec, OUTLET_KEYS), 100),
        published=normalize_date(_field(rec, DATE_KEYS)),
        url=clean_value(_field(rec, URL_KEYS), 2000),
    )
    return Raw(body, fmt, meta, where)
