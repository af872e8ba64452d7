"""Benchmark: latency of the query layer and the web views on a large store.

Opens a store written by ``bench_aggregate.py`` (or generates one: 100k documents / 1M
relations / 5,000 actors; ``--quick``: 2k / 20k / 300), brings it up to date, then calls each
query repeatedly over popular, median and rare actors and prints p50/p95 in milliseconds.
The table also goes into ``bench/RESULTS.md`` between the ``bench_queries`` markers (the
other sections there belong to other scripts).

    .venv/bin/python bench/bench_aggregate.py --db /tmp/big.db   # once: builds the store
    .venv/bin/python bench/bench_queries.py --db /tmp/big.db
    .venv/bin/python bench/bench_queries.py --quick
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_aggregate import generate  # noqa: E402
from results_md import replace_section  # noqa: E402

from actorgraph.compare.aggregate import aggregate  # noqa: E402
from actorgraph.query.graph import Graph  # noqa: E402
from actorgraph.store.db import Store  # noqa: E402
from actorgraph.web.views import Explorer  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- bench_queries:start -->", "<!-- bench_queries:end -->"
TARGET_MS = 100.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[Any], object], args: list[Any]) -> list[float]:
    """Milliseconds of ``fn(arg)`` for each arg (cycled)."""
    out = []
    for a in args:
        t = time.perf_counter()
        fn(a)
        out.append((time.perf_counter() - t) * 1000)
    return out


def pick_actors(g: Graph, n: int) -> list[str]:
    """Popular, median and rare actor ids (by mentions), in equal thirds."""
    ranked = sorted(g.actors(), key=lambda a: -a["mentions"])
    ranked = [a["id"] for a in ranked if a["mentions"]]
    third = max(1, n // 3)
    mid = len(ranked) // 2
    return ranked[:third] + ranked[mid : mid + third] + ranked[-third:]


def run(db: Path, repeats: int, only: str | None = None) -> list[tuple[str, float, float, int]]:
    g = Graph(db)
    ex = Explorer(db)
    actors = pick_actors(g, repeats)
    names = [g.actor(a)["name"] for a in actors]  # type: ignore[index]
    docs = [d["id"] for d in g.documents(limit=repeats, offset=1000, text=False)]
    pages = list(range(0, repeats * 50, 50))
    words = ["actor", "sentence", "zzz-missing", "synthetic"] * (repeats // 4 + 1)
    cases: list[tuple[str, Callable[[Any], object], list[Any]]] = [
        ("find_actor(name)", g.find_actor, names),
        ("actor page (web view)", ex.actor, actors),
        ("edges(limit=50)", lambda off: g.edges(limit=50, offset=off), pages),
        ("edges(actor=X)", lambda a: g.edges(actor=a, limit=200), actors),
        (
            "edges(outlet=O, limit=50)",
            lambda i: g.edges(outlet=f"Outlet {i % 60 + 1}", limit=50),
            list(range(repeats)),
        ),
        ("contested(limit=20)", lambda off: g.contested(limit=20, offset=off), pages),
        ("framing_rows(X)", g.framing_rows, actors),
        ("timeline(X, limit=1000)", lambda a: g.timeline(a, limit=1000), actors),
        ("relations(actor=X, limit=100)", lambda a: g.relations(actor=a, limit=100), actors),
        ("graph page (web, 500 edges)", lambda _: ex.graph_view(), list(range(repeats))),
        ("documents page (50)", lambda off: ex.documents(limit=50, offset=off), pages),
        ("document page (web view)", ex.document, docs),
        ("search (web view)", ex.search, words[:repeats]),
        ("actors() (all)", lambda _: g.actors(), list(range(repeats))),
    ]
    rows = []
    for name, fn, args in cases:
        if only and only.casefold() not in name.casefold():
            continue
        fn(args[0])  # warm caches (and the temp tables of a stale read-only store)
        ms = timed(fn, args)
        rows.append((name, statistics.median(ms), percentile(ms, 95), len(ms)))
        print(f"{name:32} p50 {rows[-1][1]:8.1f} ms  p95 {rows[-1][2]:8.1f} ms", flush=True)
    ex.close()
    g.close()
    return rows


def table(rows: list[tuple[str, float, float, int]], title: str) -> str:
    lines = [
        f"### {title}",
        "",
        f"| query | calls | p50 ms | p95 ms | p95 < {TARGET_MS:.0f} ms |",
        "|---|---:|---:|---:|---|",
    ]
    for name, p50, p95, n in rows:
        lines.append(
            f"| {name} | {n} | {p50:.1f} | {p95:.1f} | {'yes' if p95 < TARGET_MS else 'NO'} |"
        )
    return "\n".join(lines)


def write_results(text: str) -> None:
    """Replace this script's section of RESULTS.md (appending it the first time)."""
    replace_section(START, END, text, RESULTS)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="2k documents, 10 calls per query")
    ap.add_argument("--db", type=Path, help="store to query (generated when missing)")
    ap.add_argument("--repeats", type=int, help="calls per query (default 30; quick: 9)")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    ap.add_argument(
        "--only",
        metavar="TEXT",
        help="time only the queries whose name contains TEXT (e.g. 'search'); implies --no-write",
    )
    args = ap.parse_args()
    docs, actors = (2_000, 300) if args.quick else (100_000, 5_000)
    repeats = args.repeats or (9 if args.quick else 30)
    db = args.db or Path(tempfile.mkdtemp()) / "bench_queries.db"
    with Store(db) as store:  # a writable open adds missing indexes (older stores)
        if store.counts()["documents"] == 0:
            generate(store, 0, docs, 10, actors, 1)
        began = time.perf_counter()
        report = aggregate(store.conn)
        print(
            f"aggregation: {report.mode}, {report.edges:,} edges, "
            f"{time.perf_counter() - began:.1f} s",
            flush=True,
        )
        n_docs = store.counts()["documents"]
    rows = run(db, repeats, args.only)
    title = (
        f"Query latency, {n_docs:,}-document store ({db.stat().st_size / 2**20:.0f} MiB), "
        f"{repeats} calls each over popular/median/rare actors"
    )
    text = table(rows, title)
    print(text)
    if not args.no_write and not args.only:
        write_results(text)


if __name__ == "__main__":
    main()
