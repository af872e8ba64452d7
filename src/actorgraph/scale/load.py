"""Load one Parquet shard into the store: the client's share of a cluster run.

The client loads while the workers analyse, so every millisecond spent here per document
is taken from the workers when the cores are shared. A shard is therefore written in one
transaction (a shard is whole or absent, so an interrupted run stays consistent and a
rerun finishes it) rather than one per document, which halves the cost of loading.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from actorgraph.records import Rejection
from actorgraph.scale.shards import KIND_DOCUMENT, KIND_KNOWN, read_shard
from actorgraph.store.db import Store, atomic

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
    the single-process run; documents already stored count as duplicates. Documents and
    rejections are one transaction: a shard is loaded whole or not at all.
    """
    rejected: list[Rejection] = []
    with atomic(store.conn):  # the store's per-document transactions join this one
        for item in read_shard(shard):
            if item.kind == KIND_DOCUMENT:
                doc, rows = item.document, item.rows
                assert doc is not None and rows is not None
                if store.add_document(doc, rows=rows):
                    report.added += 1
                else:
                    report.duplicates += 1
            elif item.kind == KIND_KNOWN:
                report.duplicates += 1
            else:
                rej = Rejection(item.path, item.reason or "")
                store.add_rejection(rej)
                rejected.append(rej)
    report.rejected += rejected
    if on_reject:
        for rej in rejected:
            on_reject(rej)
    shard.unlink()
