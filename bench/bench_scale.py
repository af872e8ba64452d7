"""Scale benchmark: `actorgraph analyze` on 1k/10k/100k articles, in one process and on Dask.

For each size N a corpus of N distinct articles is generated once (bench/corpus_gen.py,
cached in the work folder) and analysed into a new store by `actorgraph analyze` run as a
subprocess, once per mode: single process, `--workers 1`, `--workers 2`. For each run:
docs/s (documents stored / wall time of the whole command: start-up, cluster start,
ingestion, extraction, loading, resolution and aggregation), peak RSS of the whole process
tree (the command, Dask nannies and workers; psutil samples every 0.1 s, summed over the
tree) and of its largest process, and the store size. Then typical queries are timed on the
largest single-process store: an actor page (`Graph.find_actor` + `Graph.relations(actor)`,
cycling over the 20 most mentioned actors), `Graph.edges(limit=50)` and `Graph.contested()`;
p50/p95 over repeated calls in a fresh `Graph` (the first call, which may build caches, is
reported apart). The table is printed and written into bench/RESULTS.md between this
script's markers (other sections are left alone).

usage: .venv/bin/python bench/bench_scale.py [--sizes 1000,10000,100000] [--modes single,1,2]
       [--quick] [--batch-size 100] [--query-repeats 30] [--work DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psutil
from corpus_gen import write_corpus  # bench/ is on sys.path when this script runs

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
BEGIN = "<!-- bench_scale: begin (written by bench/bench_scale.py) -->"
END = "<!-- bench_scale: end -->"
HEADING = "## scale: single process and Dask workers"
MODES = {"single": 0, "1": 1, "2": 2}  # mode name -> --workers
MODE_LABEL = {0: "single process", 1: "`--workers 1`", 2: "`--workers 2`"}
SAMPLE_S = 0.1
MIB = 1024 * 1024


@dataclass
class Run:
    size: int
    workers: int
    docs: int
    wall: float
    tree_rss_mib: float
    process_rss_mib: float
    store_mib: float
    cpu_s: float  # user + system time of the whole tree

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall


@dataclass
class Timing:
    name: str
    first_ms: float
    p50_ms: float
    p95_ms: float
    calls: int
    note: str = ""


# -- corpora and runs -----------------------------------------------------------------------


def corpus(work: Path, n: int, seed: int) -> tuple[Path, str]:
    """The N-article corpus in ``work`` (generated once; reused while complete)."""
    folder = work / f"corpus_{n}_seed{seed}"
    stamp = folder / ".complete"
    if stamp.exists():
        return folder, stamp.read_text(encoding="utf-8")
    start = time.perf_counter()
    source = write_corpus(folder, n, seed)
    stamp.write_text(source, encoding="utf-8")
    print(f"  generated {n:,} articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return folder, source


def tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """(sum, largest) resident set size over ``proc`` and all its descendants, in bytes."""
    sizes = []
    for p in [proc, *proc.children(recursive=True)]:
        try:
            sizes.append(p.memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return sum(sizes), max(sizes, default=0)


def analyze(folder: Path, db: Path, workers: int, batch_size: int) -> Run:
    """One `actorgraph analyze` subprocess, sampled for memory until it exits."""
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    cmd = [sys.executable, "-m", "actorgraph.cli", "analyze", str(folder), "--db", str(db), "-q"]
    if workers:
        cmd += ["--workers", str(workers), "--batch-size", str(batch_size)]
    cpu_before = children_cpu_s()
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_sum = peak_one = 0
    while proc.poll() is None:
        total, largest = tree_rss(proc)
        peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return Run(
        size=sum(1 for _ in folder.glob("*.txt")),
        workers=workers,
        docs=stored_documents(db),
        wall=wall,
        tree_rss_mib=peak_sum / MIB,
        process_rss_mib=peak_one / MIB,
        store_mib=size / MIB,
        cpu_s=children_cpu_s() - cpu_before,
    )


def children_cpu_s() -> float:
    """CPU seconds of every finished descendant so far (the command, nannies, workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stored_documents(db: Path) -> int:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    finally:
        con.close()


# -- queries --------------------------------------------------------------------------------


def time_calls(name: str, calls: list[Callable[[], object]], note: str = "") -> Timing:
    """Time ``calls`` one after another; the first is reported apart from the others."""
    ms = []
    for call in calls:
        start = time.perf_counter()
        call()
        ms.append((time.perf_counter() - start) * 1000)
    rest = ms[1:] or ms
    p95 = statistics.quantiles(rest, n=20)[18] if len(rest) >= 2 else rest[0]
    return Timing(name, ms[0], statistics.median(rest), p95, len(ms), note)


def query_timings(db: Path, repeats: int) -> list[Timing]:
    """The queries a user of a large store makes most, as the web app and the CLI make them:
    an actor's page, the top edges, contested relations, the graph page and a search."""
    from actorgraph.query.graph import Graph
    from actorgraph.web.views import Explorer

    graph = Graph(db)
    explorer = Explorer(db)
    ranked = [
        r[0]
        for r in graph.store.conn.execute(
            "SELECT actor FROM actor_stats ORDER BY mentions DESC, actor LIMIT 20"
        )
    ]
    if not ranked:
        return []
    ids = [ranked[i % len(ranked)] for i in range(repeats)]
    pages = [50 * i for i in range(repeats)]
    words = [graph.actor(a)["name"].split()[-1] for a in ranked]  # type: ignore[index]
    out = [
        time_calls(
            "actor page (web view: relations, timeline, documents, framing)",
            [lambda a=a: explorer.actor(a) for a in ids],
            f"{len(ranked)} most mentioned actors in turn",
        ),
        time_calls(
            "actor by name: `find_actor` + `relations(actor=..., limit=100)`",
            [
                lambda a=a: graph.relations(
                    actor=graph.find_actor(graph.actor(a)["name"]), limit=100
                )  # type: ignore[index]
                for a in ids
            ],
        ),
        time_calls(
            "top edges: `edges(limit=50)`",
            [lambda o=o: graph.edges(limit=50, offset=o) for o in pages],
            "pages in turn",
        ),
        time_calls(
            "actor edges: `edges(actor=..., limit=50)`",
            [lambda a=a: graph.edges(actor=a, limit=50) for a in ids],
        ),
        time_calls(
            "contested: `contested(limit=20)`",
            [lambda o=o: graph.contested(limit=20, offset=o) for o in pages],
            "pages in turn",
        ),
        time_calls("graph page (web view, strongest edges)", [explorer.graph_view] * repeats),
        time_calls(
            "search (web view)",
            [lambda w=w: explorer.search(w) for w in (words * repeats)[:repeats]],
            "actor surnames",
        ),
    ]
    explorer.close()
    graph.close()
    return out


# -- report ---------------------------------------------------------------------------------


def machine() -> str:
    mem = psutil.virtual_memory().total / 1024**3
    return (
        f"nproc {os.cpu_count()}, {mem:.0f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}; "
        f"load average at start {os.getloadavg()[0]:.1f} (the machine may be shared)"
    )


def report(
    runs: list[Run],
    timings: list[Timing],
    query_db: str,
    args: argparse.Namespace,
    source: str,
    machine_line: str,
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    mode = "quick" if args.quick else "full"
    lines = [
        f"### {when} ({mode}: sizes {', '.join(f'{n:,}' for n in args.sizes)})",
        "",
        f"- machine: {machine_line}",
        f"- corpus: `bench/corpus_gen.py` `write_corpus(folder, N, seed={args.seed})`; {source}",
        "- method: `python -m actorgraph.cli analyze CORPUS --db NEW.db -q [--workers W "
        f"--batch-size {args.batch_size}]` as a subprocess, one run per row; docs/s = documents "
        "stored / wall time of the whole command (start-up, cluster start, ingestion, "
        "extraction, loading, resolution, aggregation); peak RSS sampled with psutil every "
        f"{SAMPLE_S} s: tree = sum over the command, Dask nannies and workers, largest = "
        "biggest single process; CPU = user + system seconds of all its processes (on a "
        "shared machine docs per CPU-second is steadier than docs/s); store = the .db file "
        "(+ WAL) after the run",
        "",
        "| articles | mode | docs | wall (s) | docs/s | speed-up vs `--workers 1` "
        "| CPU (s) | docs/CPU-s | peak RSS tree (MiB) | largest process (MiB) | store (MiB) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        one = next((x for x in runs if x.size == r.size and x.workers == 1), None)
        speed = f"{r.docs_per_s / one.docs_per_s:.2f}x" if one and r.workers else ""
        lines.append(
            f"| {r.size:,} | {MODE_LABEL[r.workers]} | {r.docs:,} | {r.wall:,.1f} "
            f"| {r.docs_per_s:,.1f} | {speed} | {r.cpu_s:,.1f} | {r.docs / r.cpu_s:,.1f} "
            f"| {r.tree_rss_mib:,.0f} | {r.process_rss_mib:,.0f} "
            f"| {r.store_mib:,.1f} |"
        )
    if timings:
        lines += [
            "",
            f"Queries on {query_db} (a fresh `Graph`; first call apart, then p50/p95 of the "
            "other calls):",
            "",
            "| query | calls | first (ms) | p50 (ms) | p95 (ms) | note |",
            "|---|---:|---:|---:|---:|---|",
        ]
        lines += [
            f"| {t.name} | {t.calls} | {t.first_ms:,.1f} | {t.p50_ms:,.1f} | {t.p95_ms:,.1f} "
            f"| {t.note} |"
            for t in timings
        ]
    return "\n".join(lines) + "\n"


def write_section(entry: str, path: Path = RESULTS) -> None:
    """Put ``entry`` first inside this script's marked section (added at the end if absent)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{HEADING}\n\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    body, _, tail = rest.partition(END)
    older = body.strip("\n").removeprefix(HEADING).strip("\n")
    body = f"\n{HEADING}\n\n{entry}" + (f"\n{older}\n" if older else "")
    path.write_text(f"{head}{BEGIN}{body}{END}{tail}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument(
        "--modes", default="single,1,2", help="single (one process) and/or worker counts 1, 2"
    )
    ap.add_argument("--quick", action="store_true", help="200 articles, 5 query calls")
    ap.add_argument("--batch-size", type=int, default=100, help="files per Dask task")
    ap.add_argument("--query-repeats", type=int, default=30, help="calls of each query")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", type=Path, help="folder for corpora and stores (default: temp)")
    ap.add_argument("--no-write", action="store_true", help=f"do not update {RESULTS.name}")
    ap.add_argument(
        "--queries-only",
        type=Path,
        metavar="DB",
        help="only time the queries on this existing store (printed, not written)",
    )
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.query_repeats = "200", 5
    if args.queries_only:
        for t in query_timings(args.queries_only, args.query_repeats):
            print(f"{t.name:70} first {t.first_ms:8.1f}  p50 {t.p50_ms:8.1f}  p95 {t.p95_ms:8.1f}")
        return
    args.sizes = [int(s) for s in str(args.sizes).split(",")]
    modes = [MODES[m] for m in args.modes.split(",")]
    machine_line = machine()
    work = args.work or Path(tempfile.mkdtemp(prefix="actorgraph-bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    runs: list[Run] = []
    source = ""
    for n in args.sizes:
        folder, source = corpus(work, n, args.seed)
        for workers in modes:
            print(f"  {n:,} articles, {MODE_LABEL[workers]} ...", file=sys.stderr)
            runs.append(
                analyze(folder, work / f"store_{n}_w{workers}.db", workers, args.batch_size)
            )
            r = runs[-1]
            print(
                f"    {r.docs_per_s:,.1f} docs/s, {r.wall:,.1f} s, tree RSS "
                f"{r.tree_rss_mib:,.0f} MiB, CPU {r.cpu_s:,.1f} s, store {r.store_mib:,.1f} MiB",
                file=sys.stderr,
            )
    largest = max(args.sizes)
    query_db = work / f"store_{largest}_w{modes[0]}.db"
    print(f"  queries on {query_db.name} ...", file=sys.stderr)
    timings = query_timings(query_db, args.query_repeats)
    entry = report(runs, timings, f"the {largest:,}-article store", args, source, machine_line)
    print(entry)
    if not args.no_write:
        write_section(entry)
        print(f"written to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
