"""Command-line interface: thin wrappers over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from actorgraph import __version__
from actorgraph.query.graph import Graph
from actorgraph.records import Rejection
from actorgraph.scale.spec import DEFAULT_BATCH_SIZE
from actorgraph.store.db import Store, StoreError

app = typer.Typer(
    name="actorgraph",
    help=(
        "Rebuild the system of actors and relations described in news coverage as an "
        "evidence-backed, source-attributed, time-aware graph."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
# Piped output is not cut to 80 columns: tables stay readable in files and logs.
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

DbOption = Annotated[
    Path, typer.Option("--db", help="SQLite store file (created by `analyze`).", show_default=True)
]


def _fail(msg: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {msg}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _open_graph(db: Path) -> Graph:
    try:
        return Graph(Store(db, readonly=True))
    except StoreError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def _version(value: bool) -> None:
    if value:
        out.print(f"actorgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """actorgraph command-line interface."""


@app.command()
def analyze(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders (searched recursively) of articles: .txt .md .html .htm .pdf "
            ".json .jsonl .rss .atom .xml",
            show_default=False,
        ),
    ],
    db: DbOption = Path("actorgraph.db"),
    model: Annotated[
        str,
        typer.Option(
            "--model",
            help="spaCy pipeline: 'blank' (built-in, offline) or an installed one such as en_core_web_sm.",
        ),
    ] = "blank",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar; only errors.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=0,
            help="Run the per-document stages on a local Dask cluster of this many worker "
            "processes (one thread each). 0: everything in this process. Same results either way.",
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Address of an existing Dask scheduler (tcp://HOST:PORT) to run on instead of a "
            "local cluster. Its workers must see the article files and the store's folder at "
            "the same paths (a shared filesystem).",
        ),
    ] = None,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            min=1,
            help="Files per cluster task (with --workers or --scheduler). Each task costs a few "
            "ms of scheduling, so keep it at 100 or more; the progress bar moves per batch.",
        ),
    ] = DEFAULT_BATCH_SIZE,
    shard_dir: Annotated[
        Path | None,
        typer.Option(
            "--shard-dir",
            help="Folder for the Parquet shards workers write (with --workers or --scheduler); "
            "default: a temporary folder beside the store, removed afterwards.",
        ),
    ] = None,
) -> None:
    """Ingest articles, extract actors, relations, claims, dates and labels into the store.

    Re-running on the same files adds nothing, and adding a folder of new articles to an
    existing store analyses only the new documents; an interrupted run can simply be
    re-run. Files that cannot be used are skipped with a one-line reason on stderr.
    With --workers N or --scheduler the per-document work runs on Dask; the store is the
    same as with a single process (see docs/scale.md).
    """
    from actorgraph.extract.nlp import ModelError, get_nlp
    from actorgraph.ingest.loader import discover
    from actorgraph.pipeline import analyze_paths
    from actorgraph.scale.spec import ClusterError, ClusterSpec

    for p in paths:
        if not p.exists():
            _fail(f"{p}: no such file or folder")
    cluster = ClusterSpec(workers, scheduler, batch_size, shard_dir)
    try:
        cluster.check()
    except ClusterError as exc:
        _fail(str(exc))
    try:
        get_nlp(model)
    except ModelError as exc:
        _fail(str(exc))
    try:
        store = Store(db)
    except StoreError as exc:
        _fail(str(exc))
    files = list(discover(str(p) for p in paths))

    def on_reject(rej: Rejection) -> None:
        err.print(
            f"skipped {rej.path}: {rej.reason}", markup=False, highlight=False, soft_wrap=True
        )

    with (
        store,
        Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            disable=quiet or not err.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("analysing", total=len(files))
        try:
            report = analyze_paths(
                [],
                store,
                model=model,
                files=files,
                on_file=lambda _p: progress.advance(task),
                on_reject=on_reject,
                cluster=cluster,
            )
        except ClusterError as exc:
            _fail(str(exc))
        counts = store.counts()
    if not quiet:
        err.print(
            f"{report.files} files: {report.added} documents added, {report.duplicates} already stored, "
            f"{len(report.rejected)} skipped. Store {db}: {counts['documents']} documents, "
            f"{counts['actors']} actors, {counts['relations']} relations.",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def export(
    db: DbOption = Path("actorgraph.db"),
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format: json, graphml, gexf, csv, parquet, cypher or plover.",
        ),
    ] = "json",
    out_path: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file, or folder for csv and parquet (required there). "
            "Default: standard output.",
        ),
    ] = None,
) -> None:
    """Export the store (documents, actors, mentions, relations, claims, events, labels).

    \b
    Formats:
      json     the whole store as one JSON object (the contract in docs/export.md)
      graphml  the aggregated actor graph (one edge per source, stance, target)
      gexf     the same graph for Gephi, labelled with actor names
      csv      a folder of tables: documents.csv, actors.csv, ... relations.csv
      parquet  the same tables as Parquet files
      cypher   a script that loads actors, documents and relations into Neo4j
      plover   PLOVER/POLECAT-style event records, one JSON object per line
    """
    from actorgraph.export.formats import ExportError
    from actorgraph.export.formats import export as write_export

    graph = _open_graph(db)
    try:
        summary = write_export(graph, format, out_path)
    except ExportError as exc:
        _fail(str(exc))
    except BrokenPipeError:
        # The reader stopped early (`... | head`): not an error. Silence the final flush.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    except OSError as exc:
        _fail(f"cannot write {out_path}: {exc.strerror or exc}; check the path and permissions")
    if out_path is not None:
        err.print(summary, markup=False, highlight=False, soft_wrap=True)


@app.command()
def documents(db: DbOption = Path("actorgraph.db")) -> None:
    """List stored documents: id, date, outlet, author, title, path."""
    graph = _open_graph(db)
    table = Table("id", "published", "outlet", "author", "title", "path")
    for d in graph.documents():
        table.add_row(
            d["id"],
            d["published"] or "",
            d["outlet"] or "",
            d["author"] or "",
            (d["title"] or "")[:70],
            d["path"],
        )
    out.print(table)


@app.command()
def actors(
    db: DbOption = Path("actorgraph.db"),
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Show at most this many actors.")
    ] = 100,
) -> None:
    """List resolved actors with kind, mention and document counts, and aliases."""
    graph = _open_graph(db)
    rows = sorted(graph.actors(), key=lambda a: (-a["mentions"], a["name"]))[:limit]
    table = Table("id", "name", "kind", "mentions", "docs", "aliases")
    for a in rows:
        table.add_row(
            a["id"],
            a["name"],
            a["kind"],
            str(a["mentions"]),
            str(a["documents"]),
            ", ".join(x for x in a["aliases"] if x != a["name"])[:80],
        )
    out.print(table)


@app.command()
def relations(
    db: DbOption = Path("actorgraph.db"),
    actor: Annotated[
        str | None,
        typer.Option("--actor", "-a", help="Only relations with this actor (name, alias or id)."),
    ] = None,
    stance: Annotated[
        str | None,
        typer.Option("--stance", "-s", help="Only this stance: support, oppose or consult."),
    ] = None,
    polarity: Annotated[
        str | None,
        typer.Option("--polarity", help="Only this polarity: asserted, negated or hedged."),
    ] = None,
) -> None:
    """List relations, each with its evidence sentence and document."""
    if stance and stance not in ("support", "oppose", "consult"):
        _fail(f"unknown stance {stance!r}; choose support, oppose or consult")
    if polarity and polarity not in ("asserted", "negated", "hedged"):
        _fail(f"unknown polarity {polarity!r}; choose asserted, negated or hedged")
    graph = _open_graph(db)
    if actor and graph.find_actor(actor) is None:
        _fail(f"no actor matches {actor!r}; see `actorgraph actors --db {db}`")
    names = {a["id"]: a["name"] for a in graph.actors()}
    paths = {d["id"]: d["path"] for d in graph.documents()}
    table = Table(
        "source", "relation", "target", "polarity", "said by", "date", "evidence", "document"
    )
    for r in graph.relations(actor=actor, stance=stance, polarity=polarity):
        table.add_row(
            names.get(r["source"] or "", str(r["source"])),
            f"{r['stance']} ({r['type']})",
            names.get(r["target"] or "", str(r["target"])),
            r["polarity"],
            names.get(r["speaker"] or "", ""),
            r["date"] or "",
            " ".join(r["evidence"].split())[:160],
            Path(paths.get(r["document"], r["document"])).name,
        )
    out.print(table)


@app.command("eval")
def eval_(
    db: DbOption = Path("actorgraph.db"),
    gold: Annotated[
        Path,
        typer.Option("--gold", help="Folder of gold annotation files (NAME.json per NAME.txt)."),
    ] = Path("../shared/eval/gold"),
    actors_file: Annotated[
        Path | None,
        typer.Option(
            "--actors", help="Reference actors file (default: actors.json beside the gold folder)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also list, per document, missed and spurious relations, polarity errors and "
            "missed actors, claims, dates and labels.",
        ),
    ] = False,
) -> None:
    """Score the store against gold annotations, per document and in total.

    Gold files are matched to stored documents by file name (NAME.json for NAME.txt); the
    metrics are those of ../shared/eval/README.md.
    """
    from actorgraph.evaluate.command import run_eval

    graph = _open_graph(db)
    run_eval(graph, gold, actors_file, as_json, out, explain=explain)


# Commands defined in their own modules register themselves on `app` when imported.
from actorgraph.commands import across, explore, stories  # noqa: E402,F401


def main() -> None:
    app()


if __name__ == "__main__":
    main()
