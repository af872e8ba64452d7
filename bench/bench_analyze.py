"""Throughput of `actorgraph analyze` against the spaCy tokenizer alone, on the same texts.

Generates N distinct articles (bench/corpus_gen.py) as .txt files in a temporary folder,
then, REPEAT times each, runs in a fresh subprocess:
  (a) spaCy `blank("en")` over the texts (read before timing): docs/s, tokens/s;
  (b) `actorgraph.pipeline.analyze_paths` into a new temporary store (reading, extraction,
      storing, resolution; the model loads inside the timed part): docs/s;
and reports medians, peak RSS of each subprocess (getrusage ru_maxrss) and the ratio (b)/(a).
The markdown table is printed and added to bench/RESULTS.md under "analyze throughput".

usage: .venv/bin/python bench/bench_analyze.py [--n 5000] [--repeat 3] [--quick] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from corpus_gen import write_corpus  # bench/ is on sys.path when this script runs

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
HEADING = "## analyze throughput"


@dataclass
class Run:
    docs: int
    tokens: int
    seconds: float  # the timed part, inside the subprocess
    wall: float  # the whole subprocess, start-up and imports included
    maxrss_mib: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds


# -- workers (run in a fresh interpreter) ---------------------------------------------------


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def work_tokenize(corpus: Path) -> dict[str, float]:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    nlp = spacy.blank("en")
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "tokens": tokens, "seconds": seconds, "rss": _peak_rss_mib()}


def work_analyze(corpus: Path, db: Path) -> dict[str, float]:
    from actorgraph.pipeline import analyze_paths
    from actorgraph.store.db import Store

    start = time.perf_counter()
    with Store(db) as store:
        report = analyze_paths([str(corpus)], store)
    seconds = time.perf_counter() - start
    if report.rejected:
        raise SystemExit(f"{len(report.rejected)} files rejected: {report.rejected[0]}")
    return {"docs": report.added, "tokens": 0, "seconds": seconds, "rss": _peak_rss_mib()}


def run_worker(args: list[str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{proc.stderr}")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    return Run(int(r["docs"]), int(r["tokens"]), r["seconds"], wall, r["rss"])


# -- measurement and report -----------------------------------------------------------------


@dataclass
class Summary:
    name: str
    docs_per_s: float
    tokens_per_s: float | None
    rss_mib: float
    wall: float
    runs: list[Run]


def summarize(name: str, runs: list[Run], tokens_per_doc: float | None) -> Summary:
    rate = statistics.median(r.docs_per_s for r in runs)
    return Summary(
        name=name,
        docs_per_s=rate,
        tokens_per_s=rate * tokens_per_doc if tokens_per_doc else None,
        rss_mib=statistics.median(r.maxrss_mib for r in runs),
        wall=statistics.median(r.wall for r in runs),
        runs=runs,
    )


def measure(corpus: Path, work: Path, repeat: int) -> tuple[Summary, Summary, float]:
    tokenize: list[Run] = []
    analyze: list[Run] = []
    for i in range(repeat):  # interleaved, so a slow spell of the machine hits both
        tokenize.append(run_worker(["tokenize", str(corpus)]))
        analyze.append(run_worker(["analyze", str(corpus), str(work / f"run{i}.db")]))
        print(
            f"  run {i + 1}/{repeat}: tokenizer {tokenize[-1].docs_per_s:,.0f} docs/s, "
            f"analyze {analyze[-1].docs_per_s:,.0f} docs/s",
            file=sys.stderr,
        )
    tokens_per_doc = statistics.mean(r.tokens / r.docs for r in tokenize)
    return (
        summarize('spaCy `blank("en")` tokenizer', tokenize, tokens_per_doc),
        summarize("`actorgraph analyze` (analyze_paths, blank model)", analyze, tokens_per_doc),
        tokens_per_doc,
    )


def machine() -> str:
    return (
        f"nproc {os.cpu_count()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def report(
    tok: Summary, ana: Summary, tokens_per_doc: float, n: int, repeat: int, source: str, mode: str
) -> str:
    ratio = ana.docs_per_s / tok.docs_per_s
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"### {when} ({mode}: N={n}, repeats={repeat})",
        "",
        f"- machine: {machine()}",
        f"- corpus: {n} articles, {tokens_per_doc:,.0f} tokens/doc on average; {source}",
        "- method: each measurement in a fresh subprocess; docs/s over the timed part "
        "(tokenizer: `nlp.pipe` over texts already read; analyze: `analyze_paths` into a new "
        "SQLite store, model load included); peak RSS = `ru_maxrss` of that subprocess; "
        "wall = whole subprocess incl. start-up; medians of the repeats",
        "",
        "| measurement | docs/s | tokens/s | peak RSS (MiB) | wall (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for s in (tok, ana):
        tps = f"{s.tokens_per_s:,.0f}" if s.tokens_per_s else "-"
        lines.append(
            f"| {s.name} | {s.docs_per_s:,.1f} | {tps} | {s.rss_mib:,.0f} | {s.wall:,.2f} |"
        )
    lines.append(f"| ratio analyze / tokenizer | {ratio:.3f} | | | |")
    return "\n".join(lines) + "\n"


def add_to_results(entry: str, path: Path = RESULTS) -> None:
    """Put ``entry`` first under the "analyze throughput" heading (created if missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if HEADING not in text:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n"
    head, _, rest = text.partition(HEADING + "\n")
    path.write_text(f"{head}{HEADING}\n\n{entry}\n{rest.lstrip(chr(10))}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="articles to generate (default 5000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement (default 3)")
    ap.add_argument("--quick", action="store_true", help="N=200, 1 repeat")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-write", action="store_true", help=f"do not update {RESULTS.name}")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        kind, *paths = args.worker
        result = (
            work_tokenize(Path(paths[0]))
            if kind == "tokenize"
            else work_analyze(Path(paths[0]), Path(paths[1]))
        )
        print(json.dumps(result))
        return
    n, repeat = (200, 1) if args.quick else (args.n, args.repeat)
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        corpus, work = Path(tmp) / "corpus", Path(tmp)
        start = time.perf_counter()
        source = write_corpus(corpus, n, args.seed)
        print(f"generated {n} articles in {time.perf_counter() - start:.1f}s", file=sys.stderr)
        tok, ana, tokens_per_doc = measure(corpus, work, repeat)
    mode = "quick" if args.quick else "full"
    entry = report(tok, ana, tokens_per_doc, n, repeat, source, mode)
    print(entry)
    if not args.no_write:
        add_to_results(entry)
        print(f"added to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
