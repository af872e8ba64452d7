"""`actorgraph eval`: score the store against gold annotations and print a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from actorgraph.evaluate.explain import diagnose, render
from actorgraph.evaluate.prediction import document_name, predicted_docs
from actorgraph.evaluate.reference import GoldError, GoldSet, load_gold
from actorgraph.evaluate.scorer import DOC_METRICS, score_documents, summarize
from actorgraph.query.graph import Graph


def run_eval(
    graph: Graph,
    gold: Path,
    actors_file: Path | None,
    as_json: bool,
    out: Console,
    explain: bool = False,
) -> None:
    """Print the scores of ``graph`` against the gold folder ``gold`` (exit code 2 on errors).

    With ``explain``, a per-document list of misses and errors follows the table.
    """
    try:
        gold_set = load_gold(gold, actors_file)
    except GoldError as exc:
        _fail(str(exc))
    export = graph.export()
    if not predicted_docs(export, gold_set):
        _fail(_no_match_message(export, gold, gold_set))
    scores = summarize(score_documents(export, gold_set))
    if as_json:
        out.print(json.dumps(scores, indent=1), markup=False, highlight=False, soft_wrap=True)
    else:
        print_wide(out, score_table(scores))
    if explain:
        out.print(render(diagnose(export, gold_set)), markup=False, highlight=False, end="")


def _fail(message: str) -> NoReturn:
    Console(stderr=True).print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _no_match_message(export: dict[str, Any], gold: Path, gold_set: GoldSet) -> str:
    stored = sorted({document_name(d) for d in export.get("documents", [])})
    example = f" (stored: {', '.join(stored[:3])}{', ...' if len(stored) > 3 else ''})"
    return (
        f"{gold}: no gold file matches any of the {len(stored)} stored documents"
        f"{example if stored else ''}; gold files annotate {', '.join(sorted(gold_set.docs)[:3])}"
        "... -- analyse those articles into this store first "
        "(actorgraph analyze ../shared/seeds --db FILE)"
    )


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def score_table(scores: dict[str, Any]) -> Table:
    """One row per document and a TOTAL row; one fixed-width column per metric (the header
    words wrap), so the table is as compact as it can be without cutting a cell."""
    total = scores["total"]
    label = f"TOTAL ({total['docs']} docs)"
    table = Table(title="evaluation against gold annotations")
    table.add_column("document", no_wrap=True, width=max(map(len, [label, *scores["docs"]])))
    for metric in DOC_METRICS:
        header = metric.replace("_", " ")
        longest_word = max(len(w) for w in header.split())
        table.add_column(header, justify="right", width=max(longest_word, 4))
    for name, row in scores["docs"].items():
        table.add_row(name, *(_cell(row.get(m)) for m in DOC_METRICS))
    table.add_section()
    table.add_row(label, *(_cell(total.get(m)) for m in DOC_METRICS), style="bold")
    return table


def print_wide(out: Console, table: Table) -> None:
    """Print a table of fixed-width columns whole, even on a console narrower than the table
    (the terminal may wrap its lines; a pipe or file gets them intact)."""
    needed = sum((c.width or 1) + 3 for c in table.columns) + 1
    if needed <= out.width:
        out.print(table)
        return
    wide = Console(
        file=out.file,
        width=needed,
        force_terminal=out.is_terminal,
        color_system=out.color_system,  # type: ignore[arg-type]
        no_color=out.no_color,
    )
    wide.print(table)
