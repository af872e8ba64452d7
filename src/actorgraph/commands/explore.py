"""CLI commands for looking rather than reading: ``serve`` (web UI) and ``report`` (one HTML file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from actorgraph.cli import DbOption, _fail, _open_graph, app, err


def _check(db: Path) -> None:
    """Fail in one line before starting anything: the store must open, the assets be there."""
    from actorgraph.web.assets import AssetError, require_vendor

    _open_graph(db).close()
    try:
        require_vendor()
    except AssetError as exc:
        _fail(str(exc))


@app.command()
def serve(
    db: DbOption = Path("actorgraph.db"),
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; the default serves this machine only."),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=1, max=65535, help="TCP port to listen on.")
    ] = 8000,
) -> None:
    """Browse the store in a web browser: graph, actors, documents, contested relations, outlets.

    Every page has a JSON twin under /api (described at /openapi.json). The store is opened
    read-only. Stop with Ctrl-C.
    """
    import uvicorn

    from actorgraph.web.app import create_app

    _check(db)
    err.print(
        f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", markup=False, highlight=False
    )
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def report(
    db: DbOption = Path("actorgraph.db"),
    out_path: Annotated[
        Path, typer.Option("--out", "-o", help="HTML file to write.", show_default=True)
    ] = Path("report.html"),
) -> None:
    """Write one self-contained HTML file (graph, contested relations, outlet framing, timeline).

    Data, scripts and styles are inlined: the file opens from disk with no network, so it
    can be shared by e-mail.
    """
    from actorgraph.web.report import write_report

    _check(db)
    try:
        path = write_report(db, out_path)
    except OSError as exc:
        _fail(f"{out_path}: cannot write the report ({exc.strerror or exc}); choose another --out")
    err.print(f"wrote {path} ({path.stat().st_size // 1024} KB)", markup=False, highlight=False)
