"""The store as a folder of tables: one CSV or Parquet file per export table.

Spreadsheet users and dataframe tools (pandas, polars, DuckDB, R) want flat tables, not one
nested JSON object. Each table has exactly the columns of the JSON export contract
(docs/export.md), in a fixed order, so an empty table still has its header and columns keep
their types from one export to the next. `edges` adds the aggregated graph: one row per
(source, stance, target) with its counts and dates, as `Graph.edges()` returns it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actorgraph.query.graph import Graph

_STR, _INT = pa.string(), pa.int64()
_STRS = pa.list_(pa.string())

# Column order and Parquet type of every column the contract defines. Columns the query layer
# adds later are appended after these, with a type inferred from their values.
COLUMNS: dict[str, dict[str, pa.DataType]] = {
    "documents": {
        "id": _STR,
        "path": _STR,
        "title": _STR,
        "author": _STR,
        "outlet": _STR,
        "published": _STR,
        "url": _STR,
        "format": _STR,
        "text": _STR,
    },
    "actors": {
        "id": _STR,
        "name": _STR,
        "kind": _STR,
        "aliases": _STRS,
        "reasons": _STRS,
        "mentions": _INT,
        "documents": _INT,
    },
    "mentions": {
        "actor": _STR,
        "document": _STR,
        "start": _INT,
        "end": _INT,
        "text": _STR,
        "sentence": _INT,
    },
    "relations": {
        "source": _STR,
        "target": _STR,
        "stance": _STR,
        "type": _STR,
        "plover": _STR,
        "polarity": _STR,
        "document": _STR,
        "sentence": _INT,
        "start": _INT,
        "end": _INT,
        "speaker": _STR,
        "date": _STR,
        "trigger": _STR,
        "evidence": _STR,
        "outlet": _STR,
        "published": _STR,
    },
    "claims": {
        "speaker": _STR,
        "speaker_text": _STR,
        "document": _STR,
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "cue": _STR,
        "sentence": _INT,
    },
    "events": {
        "date": _STR,
        "document": _STR,
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "sentence": _INT,
    },
    "labels": {
        "actor": _STR,
        "document": _STR,
        "label": _STR,
        "start": _INT,
        "end": _INT,
        "sentence": _INT,
    },
    # Aggregated edges (Graph.edges()); their evidence rows are the `relations` table.
    "edges": {
        "source": _STR,
        "source_name": _STR,
        "target": _STR,
        "target_name": _STR,
        "stance": _STR,
        "mentions": _INT,
        "documents": _INT,
        "outlets": _INT,
        "outlet_names": _STRS,
        "first_date": _STR,
        "last_date": _STR,
        "asserted": _INT,
        "negated": _INT,
        "hedged": _INT,
        "contested": pa.bool_(),
    },
}


def table_rows(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """Every export table by name, in the order of the JSON export, then `edges`."""
    tables = graph.export()
    # An edge's evidence is its relation rows: already in `relations`, so not repeated here.
    tables["edges"] = [
        {k: v for k, v in edge.items() if k != "evidence"} for edge in graph.edges(evidence=0)
    ]
    return tables


def columns_of(table: str, rows: list[dict[str, Any]]) -> list[str]:
    """The contract's columns in order, then any further keys the rows carry."""
    cols = list(COLUMNS.get(table, {}))
    for row in rows:
        cols.extend(k for k in row if k not in cols)
    return cols


def _csv_cell(value: Any) -> Any:
    """CSV has no null and no lists: None is an empty cell, lists and maps are JSON text."""
    if value is None:
        return ""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv_tables(graph: Graph, folder: Path) -> dict[str, int]:
    """Write TABLE.csv per table (UTF-8, header row, RFC 4180 quoting); return row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in table_rows(graph).items():
        cols = columns_of(table, rows)
        with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(cols)
            writer.writerows([_csv_cell(row.get(c)) for c in cols] for row in rows)
        counts[table] = len(rows)
    return counts


def _arrow_column(values: list[Any], dtype: pa.DataType | None) -> pa.Array:
    """A typed column; undeclared columns are inferred, and all-null ones are strings."""
    if dtype is not None:
        return pa.array(values, type=dtype)
    if all(v is None for v in values):
        return pa.array(values, type=_STR)
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # Mixed shapes pyarrow cannot type: keep them readable as JSON text.
        return pa.array([None if v is None else json.dumps(v) for v in values], type=_STR)


def arrow_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """One export table as a typed Arrow table (declared types; inferred for extra columns)."""
    declared = COLUMNS.get(table, {})
    cols = columns_of(table, rows)
    return pa.table({c: _arrow_column([row.get(c) for row in rows], declared.get(c)) for c in cols})


def write_parquet_tables(graph: Graph, folder: Path) -> dict[str, int]:
    """Write TABLE.parquet per table (zstd-compressed); return row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in table_rows(graph).items():
        pq.write_table(arrow_table(table, rows), folder / f"{table}.parquet", compression="zstd")
        counts[table] = len(rows)
    return counts
