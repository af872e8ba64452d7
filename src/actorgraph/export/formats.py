"""One entry point for every export format, so the CLI and the Python API stay thin.

`export(graph, fmt, out)` writes `fmt` to a file, a folder (csv, parquet) or standard output
and returns one line describing what was written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from actorgraph.query.graph import Graph

# Format name -> what it writes, in the order `--help` lists them.
FORMATS: dict[str, str] = {
    "json": "the whole store as one JSON object (docs/export.md)",
    "graphml": "the aggregated actor graph as GraphML",
    "gexf": "the aggregated actor graph as GEXF, for Gephi",
    "csv": "a folder of CSV tables, one per export table",
    "parquet": "a folder of Parquet tables, one per export table",
    "cypher": "a Cypher script that loads the graph into Neo4j",
    "plover": "PLOVER-style event records, one JSON object per line",
}
FOLDER_FORMATS = frozenset({"csv", "parquet"})


class ExportError(Exception):
    """An export request that cannot be carried out (unknown format, missing folder ...)."""


def export(graph: Graph, fmt: str, out: Path | None) -> str:
    """Write `graph` as `fmt` to `out` (standard output when None); return a summary line."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt in FOLDER_FORMATS:
        if out is None:
            raise ExportError(f"--format {fmt} writes a folder of tables: give it with --out DIR")
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out} is a file; --format {fmt} needs a folder for --out")
        return _write_tables(graph, fmt, out)
    if fmt in ("graphml", "gexf"):
        return _write_network(graph, fmt, out)
    return _write_text(graph, fmt, out)


def _write_tables(graph: Graph, fmt: str, folder: Path) -> str:
    from actorgraph.export.tables import write_csv_tables, write_parquet_tables

    writer = write_csv_tables if fmt == "csv" else write_parquet_tables
    counts = writer(graph, folder)
    listing = ", ".join(f"{table} {n}" for table, n in counts.items())
    return f"wrote {folder}/ ({fmt}: {listing})"


def _write_network(graph: Graph, fmt: str, out: Path | None) -> str:
    from actorgraph.export.network import write_gexf, write_graphml

    writer = write_graphml if fmt == "graphml" else write_gexf
    if out is None:
        writer(graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        writer(graph, out)
    return f"wrote {out or 'standard output'} ({fmt})"


def _write_text(graph: Graph, fmt: str, out: Path | None) -> str:
    from actorgraph.export.cypher import write_cypher
    from actorgraph.export.json_export import write_json
    from actorgraph.export.plover import write_plover

    writers: dict[str, Callable[[Graph, IO[str]], object]] = {
        "json": write_json,
        "cypher": write_cypher,
        "plover": write_plover,
    }
    if out is None:
        writers[fmt](graph, sys.stdout)
        return f"wrote standard output ({fmt})"
    with open(out, "w", encoding="utf-8") as fh:
        writers[fmt](graph, fh)
    return f"wrote {out}"
