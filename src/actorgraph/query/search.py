"""Document search: full-text word and prefix matching, with a substring fallback.

A store has an FTS5 index of document titles and texts (``documents_fts`` in schema.sql,
kept in step by triggers), so a search reads the index instead of scanning every text.
The query is matched as one phrase whose last word may be a prefix: ``field marsh`` finds
"Field Marshal" and "field-marshal", ``turkiye`` finds "Türkiye" (case and diacritics are
folded), but ``arsha`` no longer finds "Marshal" (a word must start with it) and a query
without a letter or digit finds no document. A store opened read-only from before the index
falls back to the old substring match (ASCII letters case-insensitive), which scans texts.
Results are ordered by path either way.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any

# Up to this many matches are sorted by path directly; above it, the path index is walked
# and each document checked against the set of matches (cheaper for common words).
SORT_CAP = 1000

_TOKEN = re.compile(r"[^\W_]+")


def has_index(conn: sqlite3.Connection) -> bool:
    """True when the store has the full-text index (stores from before it do not)."""
    row = conn.execute(
        "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'documents_fts'"
    ).fetchone()
    return row is not None


def match_expression(text: str) -> str | None:
    """The FTS5 query for ``text``: one phrase, its last word a prefix; None without words."""
    if not any(ch.isalnum() for ch in text):
        return None
    # Control characters separate words anyway; a NUL would end the query string early.
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return '"' + text.replace('"', '""') + '"*'


def search(
    conn: sqlite3.Connection, text: str, columns: list[str], limit: int
) -> list[dict[str, Any]]:
    """Documents matching ``text`` ordered by path, id; each row has ``columns`` (which must
    include ``title`` and ``text``) and ``match``: the first hit in the text as
    ``{"start", "end"}``, or None when only the title matched."""
    if not has_index(conn):
        return _substring_search(conn, text, columns, limit)
    query = match_expression(text)
    if query is None:
        return []
    cols = ", ".join("d." + c for c in columns)
    fids = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?",
            (query, SORT_CAP + 1),
        )
    ]
    if len(fids) <= SORT_CAP:
        sql = (
            f"SELECT {cols} FROM documents_fts_ids m JOIN documents d ON d.id = m.document"  # noqa: S608
            " WHERE m.fid IN (SELECT value FROM json_each(?)) ORDER BY d.path, d.id LIMIT ?"
        )
        params: tuple[Any, ...] = (json.dumps(fids), limit)
    else:
        # The matches are collected once into a set of integers (the unary + keeps the
        # planner from re-running the full-text query for every document).
        sql = (
            f"SELECT {cols} FROM documents d INDEXED BY documents_path"  # noqa: S608
            " JOIN documents_fts_ids m ON m.document = d.id"
            " WHERE +m.fid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
            " ORDER BY d.path, d.id LIMIT ?"
        )
        params = (query, limit)
    rows = [dict(zip(columns, tuple(r), strict=True)) for r in conn.execute(sql, params)]
    for row in rows:
        row["match"] = locate(text, row["text"])
    return rows


def _substring_search(
    conn: sqlite3.Connection, text: str, columns: list[str], limit: int
) -> list[dict[str, Any]]:
    """The search of stores without the index: title or text contains ``text``."""
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
    needle = text.casefold()
    sql = (
        f"SELECT {', '.join(columns)} FROM documents"  # noqa: S608
        " WHERE title LIKE :p ESCAPE '\\' OR text LIKE :p ESCAPE '\\'"
        " ORDER BY path, id"
    )
    out = []
    for r in conn.execute(sql, {"p": pattern}):
        row = dict(zip(columns, tuple(r), strict=True))
        at = row["text"].casefold().find(needle)
        if at < 0 and needle not in (row["title"] or "").casefold():
            continue
        row["match"] = {"start": at, "end": at + len(needle)} if at >= 0 else None
        out.append(row)
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Case and diacritics folded, close to the index's ``unicode61 remove_diacritics 2``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def locate(query: str, text: str) -> dict[str, int] | None:
    """Where the phrase the index matched starts and ends in ``text`` (the last word up to
    its end), or None (e.g. the match was in the title)."""
    tokens = _TOKEN.findall(_fold(query))
    if not tokens:
        return None
    # Whole words; the last one completed from its prefix ("marsh" -> "Marshal").
    parts = [re.escape(t) + r"(?![^\W_])" for t in tokens[:-1]]
    parts.append(re.escape(tokens[-1]) + r"[^\W_]*")
    pattern = re.compile(r"(?<![^\W_])" + r"[\W_]+".join(parts), re.IGNORECASE)
    hit = pattern.search(text)
    if hit:
        return {"start": hit.start(), "end": hit.end()}
    if text.isascii():
        return None
    # Accents or case folding that changes length: search a folded copy, map offsets back.
    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = _fold(ch) if not ch.isascii() else ch
        folded.append(f)
        origin.extend([i] * len(f))
    hit = pattern.search("".join(folded))
    if not hit or hit.end() == hit.start():
        return None
    return {"start": origin[hit.start()], "end": origin[hit.end() - 1] + 1}
