"""CLI commands that compare across documents and outlets: edges, contested, compare,
timeline, outlets. Thin wrappers over ``Graph``; the measures are defined in docs/compare.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from actorgraph.cli import DbOption, _fail, _open_graph, app, err, out
from actorgraph.compare.outlets import OutletConfig, OutletConfigError, load_config
from actorgraph.query.graph import Graph
from actorgraph.store.db import Store, StoreError

OutletsOption = Annotated[
    Path | None,
    typer.Option(
        "--outlets",
        help="TOML file mapping URL hosts, outlet names and bylines to outlet names and "
        "leanings (see docs/compare.md); applied for this command only, nothing is written.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the rows as JSON instead.")]
ActorOption = Annotated[
    str, typer.Option("--actor", "-a", help="Actor name, alias or id.", show_default=False)
]


def _graph(db: Path, outlets: Path | None) -> Graph:
    graph = _open_graph(db)
    if outlets is not None:
        try:
            graph = Graph(graph.store, outlets=load_config(outlets))
        except OutletConfigError as exc:
            _fail(str(exc))
    return graph


def _actor_or_fail(graph: Graph, actor: str, db: Path) -> None:
    if graph.find_actor(actor) is None:
        _fail(f"no actor matches {actor!r}; see `actorgraph actors --db {db}`")


def _print_json(rows: Any) -> None:
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@app.command()
def edges(
    db: DbOption = Path("actorgraph.db"),
    actor: Annotated[
        str | None,
        typer.Option("--actor", "-a", help="Only edges from or to this actor (name, alias or id)."),
    ] = None,
    stance: Annotated[
        str | None,
        typer.Option("--stance", "-s", help="Only this stance: support, oppose or consult."),
    ] = None,
    polarity: Annotated[
        str | None,
        typer.Option(
            "--polarity",
            help="Only edges with at least one relation of this polarity: asserted, negated "
            "or hedged.",
        ),
    ] = None,
    outlet: Annotated[
        str | None,
        typer.Option("--outlet", help="Count only what this outlet reported (see `outlets`)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Only relations dated on or after this date (YYYY[-MM[-DD]])."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", help="Only relations dated on or before this date (YYYY[-MM[-DD]])."
        ),
    ] = None,
    min_sources: Annotated[
        int,
        typer.Option("--min-sources", help="Only edges stated in at least this many documents."),
    ] = 1,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most this many edges.")] = 50,
    outlets: OutletsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Aggregated edges: per (source, stance, target) the mentions, documents, outlets, date
    range and asserted/negated/hedged counts, most mentioned first."""
    if stance and stance not in ("support", "oppose", "consult"):
        _fail(f"unknown stance {stance!r}; choose support, oppose or consult")
    if polarity and polarity not in ("asserted", "negated", "hedged"):
        _fail(f"unknown polarity {polarity!r}; choose asserted, negated or hedged")
    graph = _graph(db, outlets)
    if actor:
        _actor_or_fail(graph, actor, db)
    rows = graph.edges(
        actor=actor,
        stance=stance,
        polarity=polarity,
        outlet=outlet,
        since=since,
        until=until,
        min_sources=min_sources,
        limit=limit,
        evidence=20 if as_json else 1,
    )
    if as_json:
        _print_json(rows)
        return
    table = Table(
        "source", "stance", "target", "mentions", "docs", "outlets", "+/-/?", "dates", "example"
    )
    for e in rows:
        dates = e["first_date"] or ""
        if e["last_date"] and e["last_date"] != e["first_date"]:
            dates += f" … {e['last_date']}"
        table.add_row(
            e["source_name"],
            e["stance"] + (" (contested)" if e["contested"] else ""),
            e["target_name"],
            str(e["mentions"]),
            str(e["documents"]),
            str(e["outlets"]),
            f"{e['asserted']}/{e['negated']}/{e['hedged']}",
            dates,
            _short(e["evidence"][0]["evidence"], 80) if e["evidence"] else "",
        )
    out.print(table)


@app.command()
def contested(
    db: DbOption = Path("actorgraph.db"),
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Show at most this many contested relations.")
    ] = 50,
    outlets: OutletsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Relations sources disagree on, strongest first: one side asserts and another denies
    (reason 'denied'), or the same pair is reported as both support and oppose in overlapping
    time ('opposite_stance'). Each side is shown with its outlets, speakers and evidence."""
    graph = _graph(db, outlets)
    rows = graph.contested(limit=limit)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        err.print("no contested relations in this store", highlight=False)
        return
    names = {a["id"]: a["name"] for a in graph.actors()}
    table = Table("relation", "reason", "strength", "side", "outlets", "said by", "evidence")
    for c in rows:
        head = f"{c['source_name']} —{c['stance']}→ {c['target_name']}"
        for i, side in enumerate(c["sides"]):
            for j, ev in enumerate(side["evidence"][:3] or [None]):
                first = i == 0 and j == 0
                table.add_row(
                    head if first else "",
                    c["reason"] if first else "",
                    f"{c['strength']:.2f}" if first else "",
                    f"{side['label']} ({side['documents']} docs)" if j == 0 else "",
                    ", ".join(side["outlets"]) if j == 0 else "",
                    names.get(ev["speaker"] or "", "") if ev else "",
                    _short(ev["evidence"]) if ev else "",
                )
        table.add_section()
    out.print(table)


@app.command()
def compare(
    actor: ActorOption,
    db: DbOption = Path("actorgraph.db"),
    outlets: OutletsOption = None,
    as_json: JsonOption = False,
) -> None:
    """How each outlet frames one actor: the labels it uses (with counts), support and
    opposition toward and from the actor, and a lexicon-based tone in [-1, 1]."""
    graph = _graph(db, outlets)
    _actor_or_fail(graph, actor, db)
    rows = graph.framing_rows(actor)
    if as_json:
        _print_json(rows)
        return
    table = Table("outlet", "docs", "labels (count)", "support in/out", "oppose in/out", "tone")
    for r in rows:
        table.add_row(
            r["outlet"],
            str(r["documents"]),
            "; ".join(f"{x['label']} ({x['count']})" for x in r["labels"]),
            f"{r['support_in']}/{r['support_out']}",
            f"{r['oppose_in']}/{r['oppose_out']}",
            f"{r['tone']:+.2f}",
        )
    out.print(table)


@app.command()
def timeline(
    actor: ActorOption,
    db: DbOption = Path("actorgraph.db"),
    period: Annotated[
        str,
        typer.Option("--period", help="Bucket for the alignment summary: month or year."),
    ] = "month",
    as_json: JsonOption = False,
) -> None:
    """An actor's relations by date, and per period who it supports, opposes or consults
    and who supports or opposes it (negated relations are listed but not counted)."""
    from actorgraph.compare.timeline import alignment

    if period not in ("month", "year"):
        _fail(f"unknown period {period!r}; choose month or year")
    graph = _open_graph(db)
    _actor_or_fail(graph, actor, db)
    rows = graph.timeline(actor)
    actor_id = graph.find_actor(actor)
    summary = alignment(rows, actor_id or "", period)
    if as_json:
        _print_json({"relations": rows, "alignment": summary})
        return
    table = Table(
        "period", "counterpart", "support out", "support in", "oppose out", "oppose in", "consult"
    )
    for s in summary:
        table.add_row(
            s["period"] or "undated",
            s["counterpart_name"],
            *(str(s.get(k, 0)) for k in "support_out support_in oppose_out oppose_in".split()),
            str(s.get("consult_out", 0) + s.get("consult_in", 0)),
        )
    out.print(table)
    rel = Table("date", "source", "relation", "target", "polarity", "outlet", "evidence")
    for r in rows:
        rel.add_row(
            r["date"] or "",
            r["source_name"],
            f"{r['stance']} ({r['type']})",
            r["target_name"],
            r["polarity"],
            r["outlet"] or "",
            _short(r["evidence"], 90),
        )
    out.print(rel)


@app.command("outlets")
def outlets_(
    db: DbOption = Path("actorgraph.db"),
    outlets: OutletsOption = None,
    save: Annotated[
        bool,
        typer.Option(
            "--save",
            help="Store the --outlets mapping in the store, so every later command and "
            "`analyze` run uses it (edges are recomputed).",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List outlets (derived from metadata, URL host or byline) with document counts,
    leaning and date range; with --outlets FILE --save, store a host/name mapping."""
    if save:
        if outlets is None:
            _fail("--save needs --outlets FILE (the mapping to store)")
            return
        _save_mapping(db, outlets)
        outlets = None
    graph = _graph(db, outlets)
    rows = graph.outlets()
    if as_json:
        _print_json(rows)
        return
    table = Table("outlet", "documents", "leaning", "first", "last")
    for r in rows:
        table.add_row(
            r["outlet"], str(r["documents"]), r["leaning"] or "", r["first"] or "", r["last"] or ""
        )
    out.print(table)


def _save_mapping(db: Path, path: Path) -> None:
    from actorgraph.compare.aggregate import aggregate
    from actorgraph.compare.outlets import save_config

    if not db.exists():
        _fail(f"{db}: no such store; run `actorgraph analyze PATH --db {db}` first")
    try:
        config: OutletConfig = load_config(path)
        with Store(db) as store:
            save_config(store.conn, config)
            aggregate(store.conn)
    except (OutletConfigError, StoreError) as exc:
        _fail(str(exc))
    err.print(f"saved outlet mapping {path} into {db}", markup=False, highlight=False)
