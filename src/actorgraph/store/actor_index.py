"""A trigram index of actor names and aliases, for substring lookups.

A store built from a large collection holds hundreds of thousands of actors (every person
named once is one). Finding those whose name or an alias contains some text ("search",
``find_actor`` with part of a name) used to read and casefold every one of them. The
``actor_names_fts`` table (FTS5, trigram tokenizer) holds each actor's names, casefolded
here in Python exactly as the queries fold their text, so a lookup reads only the actors
that share every trigram of the text. The index only proposes candidates: callers still
test each one, so its answers equal a full scan's.

The store rewrites it together with the actors (``Store._replace_actors``) and fills it
once for a store from before it (``Store._migrate``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

# A trigram index cannot answer for shorter text: callers scan instead.
MIN_LENGTH = 3


def index_text(name: str, aliases: Iterable[str]) -> str:
    """What the index holds for one actor: its names casefolded, one per line."""
    return "\n".join(n.casefold() for n in (name, *aliases))


def write(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, list[str]]]) -> None:
    """Replace the index with ``(actor id, name, aliases)`` rows (inside the caller's
    transaction)."""
    conn.execute("DELETE FROM actor_names_fts")
    conn.executemany(
        "INSERT INTO actor_names_fts (actor, names) VALUES (?, ?)",
        ((aid, index_text(name, aliases)) for aid, name, aliases in rows),
    )


def fill_if_missing(conn: sqlite3.Connection) -> None:
    """Index the actors of a store from before the index (nothing when already done)."""
    if (
        conn.execute("SELECT 1 FROM actor_names_fts LIMIT 1").fetchone()
        or not conn.execute("SELECT 1 FROM actors LIMIT 1").fetchone()
    ):
        return
    rows = conn.execute("SELECT id, name, aliases FROM actors").fetchall()
    write(conn, ((r[0], r[1], json.loads(r[2])) for r in rows))


def candidates(conn: sqlite3.Connection, needle: str) -> list[str] | None:
    """Ids of the actors whose names may contain ``needle`` (already casefolded): a superset
    of those that do. None when the index cannot tell (text under three characters, or a
    store opened read-only from before the index): the caller then scans every actor."""
    if len(needle) < MIN_LENGTH:
        return None
    query = '"' + needle.replace('"', '""') + '"'
    try:
        rows = conn.execute(
            "SELECT actor FROM actor_names_fts WHERE actor_names_fts MATCH ?", (query,)
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: an old store opened read-only
        return None
    return [r[0] for r in rows]
