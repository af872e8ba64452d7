"""Compare two stores row by row (the single-process run is the reference for every other
way of filling a store: a Dask cluster, several batches, a bulk load)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Per-document and cross-document tables; those added later are compared when present.
TABLES = (
    "documents sentences entities mentions relations claims events labels actors "
    "entity_actor rejections edges doc_outlets"
).split()
TIMESTAMPS = {"added_at", "at"}  # when a row was written, not what it says


def table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every compared table, timestamps left out, in a canonical order."""
    con = sqlite3.connect(db)
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        out = {}
        for table in TABLES:
            if table not in present:
                continue
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(f'"{c}"' for c in cols if c not in TIMESTAMPS)
            out[table] = sorted(con.execute(f"SELECT {keep} FROM {table}"), key=repr)  # noqa: S608
        return out
    finally:
        con.close()


def assert_same_store(expected: Path, actual: Path) -> None:
    want, got = table_rows(expected), table_rows(actual)
    assert want.keys() == got.keys()
    for table in want:
        assert got[table] == want[table], f"table {table} differs"
    assert want["documents"] and want["relations"] and want["actors"]
