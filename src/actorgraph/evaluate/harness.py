"""Analyse files into a fresh store and return its export: the first step of every
evaluation run from Python (quality gate, floors script, agreement tests)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from actorgraph.extract.nlp import DEFAULT_MODEL
from actorgraph.pipeline import analyze_paths
from actorgraph.query.graph import Graph
from actorgraph.store.db import Store


def analyze_and_export(
    paths: Iterable[Path], db: Path, model: str = DEFAULT_MODEL
) -> dict[str, Any]:
    """Analyse ``paths`` into the store ``db`` (created if needed) and export it."""
    with Store(db) as store:
        analyze_paths([str(p) for p in paths], store, model=model)
    graph = Graph(db)
    try:
        return graph.export()
    finally:
        graph.close()
