"""Bulk loading: build the per-document indexes once at the end instead of row by row.

A run that fills a new store (or more than doubles one) inserts millions of rows whose
secondary indexes are keyed by document hashes, i.e. at random places, and feeds every
text to the full-text index. At 100k articles that upkeep costs the loading process about
1.1 ms per document (0.6 for the indexes, 0.5 for the full-text index), while building the
same indexes from the finished tables is a sort: about 21 s in all. So for a large run
the indexes of the analysis tables and the full-text trigger are dropped before loading
and created again afterwards.

Safety: what was dropped is written to ``meta`` in the same transaction as the drop. If
the run is killed half-way, the next writable open (``Store._migrate``) recreates the
indexes (schema.sql creates any that are missing), indexes the documents the full-text
index lacks and clears the mark, so an interrupted bulk run loses nothing and resumes as
any other run does. Readers meanwhile see correct but slower queries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from actorgraph.store.db import atomic

BULK_MIN_DOCS = 2000  # smaller runs keep the indexes: rebuilding would cost more than it saves
ANALYSIS_TABLES = ("entities", "mentions", "relations", "claims", "events", "labels")
FTS_TRIGGER = "documents_fts_insert"
MARK = "bulk_load_dropped"  # meta key: JSON list of [name, sql] of what the load dropped


def should_defer(conn: sqlite3.Connection, incoming: int) -> bool:
    """True when ``incoming`` files are enough to pay for rebuilding the indexes: at least
    ``BULK_MIN_DOCS`` and at least twice the documents already stored (so rerunning a
    folder that is already stored, or resuming a run near its end, keeps them)."""
    if incoming < BULK_MIN_DOCS:
        return False
    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    return bool(incoming >= 2 * stored)


@contextmanager
def deferred_indexes(conn: sqlite3.Connection, incoming: int) -> Iterator[bool]:
    """Around the loading of ``incoming`` files: drop the analysis tables' secondary
    indexes and the full-text trigger if ``should_defer``, restore them on the way out
    (also after an error). Yields whether they were dropped."""
    if not should_defer(conn, incoming):
        yield False
        return
    drop(conn)
    try:
        yield True
    finally:
        restore(conn)


def drop(conn: sqlite3.Connection) -> None:
    """Drop the analysis tables' secondary indexes and the full-text trigger, noting them
    in ``meta`` in the same transaction so that ``restore`` (or the next open) can rebuild."""
    marks = "?, " * (len(ANALYSIS_TABLES) - 1) + "?"
    with atomic(conn):
        rows = conn.execute(
            "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND ("  # noqa: S608
            f"(type = 'index' AND tbl_name IN ({marks})) OR (type = 'trigger' AND name = ?))",
            (*ANALYSIS_TABLES, FTS_TRIGGER),
        ).fetchall()
        dropped = [[name, sql] for _type, name, sql in rows]
        old = _marked(conn)  # a mark left by an interrupted load: keep what it lists
        known = {name for name, _sql in dropped}
        dropped += [item for item in old if item[0] not in known]
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (MARK, json.dumps(dropped)))
        for kind, name, _sql in rows:
            conn.execute(f'DROP {kind.upper()} main."{name}"')


def _marked(conn: sqlite3.Connection) -> list[list[str]]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MARK,)).fetchone()
    return list(json.loads(row[0])) if row else []


def restore(conn: sqlite3.Connection) -> bool:
    """Recreate whatever a bulk load dropped and is still missing, index the documents the
    full-text index lacks, and clear the mark. A no-op (False) on a store without a mark."""
    dropped = _marked(conn)
    if not dropped:
        return False
    with atomic(conn):
        present = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master")}
        for name, sql in dropped:
            if name not in present:
                conn.execute(sql)
        index_missing_documents(conn)
        conn.execute("DELETE FROM meta WHERE key = ?", (MARK,))
    return True


def index_missing_documents(conn: sqlite3.Connection) -> int:
    """Add to the full-text index every document it lacks, in storage order (the order the
    insert trigger would have given them); returns how many."""
    before = conn.execute("SELECT COALESCE(MAX(fid), 0) FROM documents_fts_ids").fetchone()[0]
    added = conn.execute(
        "INSERT INTO documents_fts_ids (document) SELECT d.id FROM documents d"
        " WHERE NOT EXISTS (SELECT 1 FROM documents_fts_ids m WHERE m.document = d.id)"
        " ORDER BY d.rowid"
    ).rowcount
    if added:
        conn.execute(
            "INSERT INTO documents_fts (rowid, title, text) SELECT m.fid, d.title, d.text"
            " FROM documents_fts_ids m JOIN documents d ON d.id = m.document WHERE m.fid > ?",
            (before,),
        )
    return int(added)
