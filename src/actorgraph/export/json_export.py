"""JSON export in the documented contract (docs/export.md)."""

from __future__ import annotations

import json
from typing import IO

from actorgraph.query.graph import Graph


def write_json(graph: Graph, out: IO[str]) -> None:
    json.dump(graph.export(), out, ensure_ascii=False, indent=1)
    out.write("\n")
