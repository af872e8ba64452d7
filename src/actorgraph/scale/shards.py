"""One Parquet shard per batch of files: the per-document results a worker hands back.

A worker never touches the SQLite store; it writes what it found to a shard and the
client loads the shards in file order. Each row is one item of one file, in the order
the single-process pipeline would have met it: a stored-to-be document with its analysis
(records serialised as JSON columns), a rejection, or a document the store already holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actorgraph.records import (
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Label,
    Mention,
    Rejection,
    Relation,
    Sentence,
)

KIND_DOCUMENT = "document"  # a new document and its analysis
KIND_REJECTION = "rejection"  # a file or record that was skipped
KIND_KNOWN = "known"  # a document the store held before the run (not analysed again)

SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("path", pa.string()),
        ("document", pa.string()),  # JSON of a Document (KIND_DOCUMENT)
        ("analysis", pa.string()),  # JSON of an Analysis (KIND_DOCUMENT)
        ("reason", pa.string()),  # KIND_REJECTION
    ]
)


@dataclass(slots=True)
class ShardItem:
    """One row of a shard, as records again."""

    kind: str
    path: str
    document: Document | None = None
    analysis: Analysis | None = None
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
            analysis=json.dumps(analysis_dict(analysis), ensure_ascii=False),
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
    for row in pq.read_table(path, schema=SCHEMA).to_pylist():
        kind = row["kind"]
        if kind == KIND_DOCUMENT:
            yield ShardItem(
                kind,
                row["path"],
                document=Document(**json.loads(row["document"])),
                analysis=analysis_from_dict(json.loads(row["analysis"])),
            )
        elif kind == KIND_REJECTION:
            yield ShardItem(kind, row["path"], reason=row["reason"])
        elif kind == KIND_KNOWN:
            yield ShardItem(kind, row["path"])
        else:
            raise ValueError(f"{path}: unknown shard row kind {kind!r}; the shard is damaged")


def record_dict(record: Any) -> dict[str, Any]:
    """A flat record's fields as a dict (``dataclasses.asdict`` deep-copies: 5x slower)."""
    names = _FIELDS.get(type(record))
    if names is None:
        names = _FIELDS[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}
_PARTS = "sentences entities mentions relations claims events labels".split()


def analysis_dict(a: Analysis) -> dict[str, Any]:
    """An ``Analysis`` as JSON-ready dicts, the inverse of ``analysis_from_dict``."""
    out: dict[str, Any] = {"document_id": a.document_id}
    for part in _PARTS:
        out[part] = [record_dict(r) for r in getattr(a, part)]
    return out


def analysis_from_dict(d: dict) -> Analysis:
    """Rebuild an ``Analysis`` (and its nested records) from ``analysis_dict`` output."""
    return Analysis(
        document_id=d["document_id"],
        sentences=[Sentence(**x) for x in d["sentences"]],
        entities=[Entity(**x) for x in d["entities"]],
        mentions=[Mention(**x) for x in d["mentions"]],
        relations=[Relation(**x) for x in d["relations"]],
        claims=[Claim(**x) for x in d["claims"]],
        events=[Event(**x) for x in d["events"]],
        labels=[Label(**x) for x in d["labels"]],
    )
