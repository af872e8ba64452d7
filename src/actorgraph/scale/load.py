"""Load one Parquet shard into the store: the client's share of a cluster run.

The client loads while the workers analyse, so every millisecond spent here per document
is taken from the workers when the cores are shared. A shard is therefore written in one
transaction (a shard is whole or absent, so an interrupted run stays consistent and a
rerun finishes it) rather than one per document, which halves the cost of loading.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.records import Rejection
from actorgraph.scale.shards import KIND_DOCUMENT, KIND_KNOWN, read_shard
from actorgraph.store.db import Store

if TYPE_CHECKING:
    from actorgraph.pipeline import RunReport


def load_shard(
    shard: Path,
    store: Store,
    report: RunReport,
    on_reject: Callable[[Rejection], None] | None = None,
) -> None:
    """Add one shard's documents and rejections to the store, then delete the shard.

    Items are taken in shard order, so the first of two identical documents wins, as in
    the single-process run; documents already stored count as duplicates.
    """
    rejected: list[Rejection] = []
    with one_transaction(store):
        for item in read_shard(shard):
            if item.kind == KIND_DOCUMENT:
                doc, analysis = item.document, item.analysis
                assert doc is not None and analysis is not None
                if not store.has_document(doc.id) and store.add_document(doc, analysis):
                    report.added += 1
                else:
                    report.duplicates += 1
            elif item.kind == KIND_KNOWN:
                report.duplicates += 1
            else:
                rejected.append(Rejection(item.path, item.reason or ""))
    for rej in rejected:
        report.rejected.append(rej)
        store.add_rejection(rej)
        if on_reject:
            on_reject(rej)
    shard.unlink()


class _Joined:
    """Stands in for the store's connection while a shard loads.

    ``Store`` writes each document inside ``with conn:``, which commits; through this
    stand-in those blocks join the caller's transaction instead, and the store's own SQL
    is reused unchanged.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __enter__(self) -> _Joined:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


@contextmanager
def one_transaction(store: Store) -> Iterator[None]:
    """Run the store writes of the block in one transaction: all committed, or none."""
    conn = store.conn
    store.conn = _Joined(conn)  # type: ignore[assignment]
    try:
        with conn:
            yield
    finally:
        store.conn = conn
