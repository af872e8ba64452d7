"""CLI commands `stories` and `claims`: same-story groups and same-claim matches across outlets.

Thin wrappers over ``Graph.stories()`` and ``Graph.claim_matches()``; the work is in
``actorgraph.compare.stories`` and ``actorgraph.compare.claim_match``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from actorgraph.cli import DbOption, _fail, _open_graph, app, out
from actorgraph.compare.similarity import METHODS, EmbedderError

MethodOption = Annotated[
    str,
    typer.Option(
        "--method",
        "-m",
        help="Similarity backend: 'minilm' (sentence embeddings, needs the embeddings extra), "
        "'tfidf' (scikit-learn, always available) or 'auto' (minilm when installed).",
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (a list of objects) instead of a table.")
]


def _check_method(method: str) -> None:
    if method not in METHODS:
        _fail(f"unknown --method {method!r}; choose auto, minilm or tfidf")


def _short(text: str | None, width: int) -> str:
    return " ".join((text or "").split())[:width]


@app.command()
def stories(
    db: DbOption = Path("actorgraph.db"),
    method: MethodOption = "auto",
    all_: Annotated[
        bool,
        typer.Option("--all", help="Also list stories told by a single document."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Group documents that report the same story (similar title and lead, dates close).

    Each story lists its documents, outlets, date span and a representative title.
    """
    _check_method(method)
    graph = _open_graph(db)
    try:
        rows = graph.stories(method=method)
    except EmbedderError as exc:
        _fail(str(exc))
    if not all_:
        rows = [s for s in rows if s["size"] > 1]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("story", "dates", "docs", "outlets", "score", "title / titles")
    for s in rows:
        dates = s["start"] if s["start"] == s["end"] else f"{s['start']} .. {s['end']}"
        table.add_row(
            s["id"],
            dates or "",
            str(s["size"]),
            ", ".join(s["outlets"]),
            f"{s['score']:.2f}",
            "\n".join(_short(t, 90) for t in s["titles"]),
        )
    out.print(table)


@app.command()
def claims(
    db: DbOption = Path("actorgraph.db"),
    method: MethodOption = "auto",
    label: Annotated[
        str | None,
        typer.Option(
            "--label", "-l", help="Only matches with this label: agreeing or contradicting."
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Match the same claim across documents and outlets, labelled agreeing or contradicting.

    A match is contradicting when one side denies or negates what the other states, or when
    both sides describe the same relation with opposite stances.
    """
    _check_method(method)
    if label and label not in ("agreeing", "contradicting"):
        _fail(f"unknown --label {label!r}; choose agreeing or contradicting")
    graph = _open_graph(db)
    try:
        rows = graph.claim_matches(method=method)
    except EmbedderError as exc:
        _fail(str(exc))
    if label:
        rows = [m for m in rows if m["label"] == label]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("label", "score", "outlet / speaker", "claim", "outlet / speaker", "claim", "why")
    for m in rows:
        a, b = m["a"], m["b"]
        table.add_row(
            m["label"],
            f"{m['score']:.2f}",
            f"{a['outlet'] or a['document']}\n{a['speaker_name'] or a['speaker_text'] or ''}",
            _short(a["text"], 80),
            f"{b['outlet'] or b['document']}\n{b['speaker_name'] or b['speaker_text'] or ''}",
            _short(b["text"], 80),
            m["reason"],
        )
    out.print(table)
