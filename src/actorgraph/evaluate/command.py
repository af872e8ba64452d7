"""`actorgraph eval`: print the evaluation table (placeholder until the scorer lands)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from actorgraph.query.graph import Graph


def run_eval(
    graph: Graph, gold: Path, actors_file: Path | None, as_json: bool, out: Console
) -> None:
    raise NotImplementedError
