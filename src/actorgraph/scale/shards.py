"""One Parquet shard per batch of files: the per-document results a worker hands back.

A worker never touches the SQLite store; it writes what it found to a shard and the
client loads the shards in file order. Each row is one item of one file, in the order
the single-process pipeline would have met it: a stored-to-be document with its analysis
(as JSON: the document record, and the rows of each table its analysis fills, built by the
worker so that the client, the one process writing the store, only inserts them), a
rejection, or a document the store already holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actorgraph.records import Analysis, Document, Rejection
from actorgraph.store.db import analysis_rows

KIND_DOCUMENT = "document"  # a new document and its analysis
KIND_REJECTION = "rejection"  # a file or record that was skipped
KIND_KNOWN = "known"  # a document the store held before the run (not analysed again)

SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("path", pa.string()),
        ("document", pa.string()),  # JSON of a Document (KIND_DOCUMENT)
        ("rows", pa.string()),  # JSON of store.db.analysis_rows(analysis) (KIND_DOCUMENT)
        ("reason", pa.string()),  # KIND_REJECTION
    ]
)


@dataclass(slots=True)
class ShardItem:
    """One row of a shard: the document as a record, its analysis as table rows."""

    kind: str
    path: str
    document: Document | None = None
    rows: dict[str, list[list[Any]]] | None = None
    reason: str | None = None


class ShardWriter:
    """Collects the items of one batch, then writes them as one Parquet file."""

    def __init__(self) -> None:
        self._rows: dict[str, list[str | None]] = {name: [] for name in SCHEMA.names}

    def _add(self, **values: str | None) -> None:
        for name in SCHEMA.names:
            self._rows[name].append(values.get(name))

    def document(self, doc: Document, analysis: Analysis) -> None:
        self._add(
            kind=KIND_DOCUMENT,
            path=doc.path,
            document=json.dumps(record_dict(doc), ensure_ascii=False),
            rows=json.dumps(analysis_rows(analysis), ensure_ascii=False),
        )

    def rejection(self, rej: Rejection) -> None:
        self._add(kind=KIND_REJECTION, path=rej.path, reason=rej.reason)

    def known(self, path: str) -> None:
        self._add(kind=KIND_KNOWN, path=path)

    def write(self, path: Path) -> None:
        """Write atomically (temporary name, then rename): a shard is whole or absent."""
        table = pa.table(self._rows, schema=SCHEMA)
        tmp = path.with_name(path.name + ".part")
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(path)


def read_shard(path: Path) -> Iterator[ShardItem]:
    """The items of one shard, in the order they were written."""
    table = pq.read_table(path, schema=SCHEMA)
    # Whole columns at once: much cheaper than one dict per row (``Table.to_pylist``).
    kinds, paths, documents, rows, reasons = (table.column(n).to_pylist() for n in SCHEMA.names)
    for i, kind in enumerate(kinds):
        if kind == KIND_DOCUMENT:
            yield ShardItem(
                kind,
                paths[i],
                document=Document(**json.loads(documents[i])),
                rows=json.loads(rows[i]),
            )
        elif kind == KIND_REJECTION:
            yield ShardItem(kind, paths[i], reason=reasons[i])
        elif kind == KIND_KNOWN:
            yield ShardItem(kind, paths[i])
        else:
            raise ValueError(f"{path}: unknown shard row kind {kind!r}; the shard is damaged")


def record_dict(record: Any) -> dict[str, Any]:
    """A flat record's fields as a dict (``dataclasses.asdict`` deep-copies: 5x slower)."""
    names = _FIELDS.get(type(record))
    if names is None:
        names = _FIELDS[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}
