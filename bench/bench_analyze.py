"""Throughput of `actorgraph analyze` against the spaCy tokenizer alone, on the same texts.

Generates N distinct articles (bench/corpus_gen.py) as .txt files in a temporary folder,
then, REPEAT times each, runs in a fresh subprocess:
  (a) a fresh spaCy `blank("en")` over the texts (read before timing; nothing warms its
      cache before the timed pass): docs/s, tokens/s;
  (b) `actorgraph.pipeline.analyze_paths` into a new temporary store (reading, extraction,
      storing, resolution; the model loads inside the timed part): docs/s;
and reports medians, peak RSS of each subprocess (getrusage ru_maxrss) and the ratio (b)/(a).
Once, it also reports CPU ms/doc of each extraction stage over the first 300 articles, and,
when ../shared/seeds exists, the tokenizer's tokens/s on those real articles (a reference
for how fast the tokenizer is on real news, where it caches less).
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
from typing import Any

from corpus_gen import write_corpus  # bench/ is on sys.path when this script runs

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
SEEDS = BENCH.parents[1] / "shared" / "seeds"
HELD_OUT = BENCH.parent / "tests" / "data"  # our annotated held-out articles
STAGES = "parse token_table find_mentions find_relations find_claims find_events find_labels"
HEADING = "## analyze throughput"


@dataclass
class Run:
    docs: int
    tokens: int
    seconds: float  # the timed part, inside the subprocess
    wall: float  # the whole subprocess, start-up and imports included
    maxrss_mib: float
    resolve: float = 0.0  # of ``seconds``: the corpus-wide resolution step (analyze only)

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
    import actorgraph.pipeline as pipeline
    from actorgraph.store.db import Store

    resolve_seconds = 0.0
    resolve_store = pipeline.resolve_store

    def timed_resolve(store: Store) -> None:  # the corpus-wide step, timed on its own
        nonlocal resolve_seconds
        start = time.perf_counter()
        resolve_store(store)
        resolve_seconds += time.perf_counter() - start

    pipeline.resolve_store = timed_resolve
    start = time.perf_counter()
    with Store(db) as store:
        report = pipeline.analyze_paths([str(corpus)], store)
    seconds = time.perf_counter() - start
    if report.rejected:
        raise SystemExit(f"{len(report.rejected)} files rejected: {report.rejected[0]}")
    return {
        "docs": report.added,
        "tokens": 0,
        "seconds": seconds,
        "rss": _peak_rss_mib(),
        "resolve": resolve_seconds,
    }


def work_seeds(seeds: Path, repeat: int = 5) -> dict[str, float]:
    """Median tokens/s of a fresh tokenizer over the real seed articles; and, over news-like
    text (the seeds and the held-out articles we wrote, cleaned as analyze cleans them), a
    fresh tokenizer against extraction (``analyze_document``) with a freshly loaded model
    each repeat (tables built, per-string caches of earlier repeats kept)."""
    import spacy

    from actorgraph.extract.nlp import get_nlp
    from actorgraph.extract.pipeline import analyze_document, prepare_process, warm_up
    from actorgraph.ingest.loader import load_file
    from actorgraph.records import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    rates = []
    for _ in range(repeat):
        nlp = spacy.blank("en")
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        rates.append(tokens / (time.perf_counter() - start))
    files = sorted(seeds.glob("*.txt")) + sorted(HELD_OUT.glob("heldout*/articles/*"))
    docs = [d for f in files for d in load_file(str(f)) if isinstance(d, Document)]
    prepare_process()  # tables built and frozen, as in an analyze run
    news_tokens = 0
    tok_s, ext_s = [], []
    for _ in range(repeat):
        nlp = spacy.blank("en")
        start = time.perf_counter()
        news_tokens = sum(len(doc) for doc in nlp.pipe(d.text for d in docs))
        tok_s.append(time.perf_counter() - start)
        get_nlp.cache_clear()
        # The model and the tables built lazily on its first document are set up outside the
        # timed part, as the tokenizer's model is: one short made-up text, so the vocabulary
        # the timed articles meet is as fresh as the tokenizer's.
        get_nlp()
        warm_up()
        start = time.perf_counter()
        for d in docs:
            analyze_document(d)
        ext_s.append(time.perf_counter() - start)
    return {
        "docs": len(texts),
        "tokens": tokens,
        "tokens_per_s": statistics.median(rates),
        "news_docs": len(docs),
        "news_tokens": news_tokens,
        "news_tokenizer_docs_per_s": len(docs) / statistics.median(tok_s),
        "news_extract_docs_per_s": len(docs) / statistics.median(ext_s),
    }


def work_stages(corpus: Path, limit: int = 300) -> dict[str, float]:
    """CPU ms/doc of loading and of each extraction stage (process time: less noisy than
    wall time on a shared machine)."""
    import actorgraph.extract.pipeline as extract
    from actorgraph.ingest.loader import load_file
    from actorgraph.records import Document

    spent: dict[str, float] = dict.fromkeys(["load", *STAGES.split()], 0.0)

    def timed(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return wrapper

    start = time.process_time()
    docs = [
        d
        for p in sorted(corpus.glob("*.txt"))[:limit]
        for d in load_file(p)
        if isinstance(d, Document)
    ]
    spent["load"] = time.process_time() - start
    names = [name for name in STAGES.split() if hasattr(extract, name)]
    for name in names:
        setattr(extract, name, timed(name, getattr(extract, name)))
    extract.analyze_document(docs[0])  # model and gazetteer load outside the figures
    for name in STAGES.split():
        spent[name] = 0.0 if name in names else float("nan")
    start = time.process_time()
    for doc in docs:
        extract.analyze_document(doc)
    spent["extraction"] = time.process_time() - start
    return {name: 1000 * value / len(docs) for name, value in spent.items()}


def run_json(args: list[str]) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{proc.stderr}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


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
    return Run(int(r["docs"]), int(r["tokens"]), r["seconds"], wall, r["rss"], r.get("resolve", 0))


# -- measurement and report -----------------------------------------------------------------


@dataclass
class Summary:
    name: str
    docs_per_s: float
    tokens_per_s: float | None
    rss_mib: float
    wall: float
    runs: list[Run]
    resolve: float = 0.0


def summarize(name: str, runs: list[Run], tokens_per_doc: float | None) -> Summary:
    rate = statistics.median(r.docs_per_s for r in runs)
    return Summary(
        name=name,
        docs_per_s=rate,
        tokens_per_s=rate * tokens_per_doc if tokens_per_doc else None,
        rss_mib=statistics.median(r.maxrss_mib for r in runs),
        wall=statistics.median(r.wall for r in runs),
        runs=runs,
        resolve=statistics.median(r.resolve for r in runs),
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
    tok: Summary,
    ana: Summary,
    tokens_per_doc: float,
    n: int,
    repeat: int,
    source: str,
    mode: str,
    stages: dict[str, float],
    seeds: dict[str, float] | None,
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
        "| measurement | docs/s | tokens/s | peak RSS (MiB) | wall (s) | of which resolve (s) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for s in (tok, ana):
        tps = f"{s.tokens_per_s:,.0f}" if s.tokens_per_s else "-"
        res = f"{s.resolve:,.1f}" if s.resolve else "-"
        lines.append(
            f"| {s.name} | {s.docs_per_s:,.1f} | {tps} | {s.rss_mib:,.0f} | {s.wall:,.2f} | {res} |"
        )
    docs = ana.runs[0].docs
    without_resolve = docs / (docs / ana.docs_per_s - ana.resolve)  # docs/s of the rest
    lines.append(f"| ratio analyze / tokenizer | {ratio:.3f} | | | | |")
    lines.append(
        f"| ratio without the resolve step | {without_resolve / tok.docs_per_s:.3f} | | | | |"
    )
    lines += [
        "",
        "CPU ms/doc over the first 300 articles (extraction = all stages; load = read + clean):",
        "",
        "| " + " | ".join(stages) + " |",
        "|" + "---:|" * len(stages),
        "| " + " | ".join(f"{v:.2f}" for v in stages.values()) + " |",
    ]
    if stages.get("load") and stages.get("parse"):
        tok_ms = 1000 / tok.docs_per_s
        ceiling = tok_ms / (stages["load"] + stages["parse"])
        lines += [
            "",
            f"Ceiling: reading and cleaning a file ({stages['load']:.2f} ms) and parsing it "
            f"(spaCy's tokenizer and sentence bounds, {stages['parse']:.2f} ms) must happen before "
            f"any extraction; against the tokenizer's {tok_ms:.2f} ms/doc, analyze could reach a "
            f"ratio of at most {ceiling:.2f} if extraction and storing cost nothing.",
        ]
    if seeds:
        lines += [
            "",
            f"Reference: a fresh tokenizer on the {seeds['docs']:.0f} real seed articles "
            f"({seeds['tokens']:,.0f} tokens) runs at {seeds['tokens_per_s']:,.0f} tokens/s "
            f"(median of 5), against {tok.tokens_per_s or 0:,.0f} tokens/s on this corpus.",
        ]
        if seeds.get("news_docs"):
            t, e = seeds["news_tokenizer_docs_per_s"], seeds["news_extract_docs_per_s"]
            lines.append(
                f"On news-like text ({seeds['news_docs']:.0f} articles: the seeds and our "
                f"held-out sets, {seeds['news_tokens'] / seeds['news_docs']:,.0f} tokens/doc; "
                f"median of 5, a fresh vocabulary on both sides, model set-up untimed on both "
                f"sides): fresh tokenizer {t:,.1f} docs/s, extraction "
                f"(`analyze_document`, no store) {e:,.1f} docs/s, ratio {e / t:.3f}."
            )
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
        workers = {
            "tokenize": lambda: work_tokenize(Path(paths[0])),
            "analyze": lambda: work_analyze(Path(paths[0]), Path(paths[1])),
            "stages": lambda: work_stages(Path(paths[0])),
            "seeds": lambda: work_seeds(Path(paths[0])),
        }
        print(json.dumps(workers[kind]()))
        return
    n, repeat = (200, 1) if args.quick else (args.n, args.repeat)
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        corpus, work = Path(tmp) / "corpus", Path(tmp)
        start = time.perf_counter()
        source = write_corpus(corpus, n, args.seed)
        print(f"generated {n} articles in {time.perf_counter() - start:.1f}s", file=sys.stderr)
        tok, ana, tokens_per_doc = measure(corpus, work, repeat)
        stages = run_json(["stages", str(corpus)])
    seeds = run_json(["seeds", str(SEEDS)]) if SEEDS.is_dir() else None
    mode = "quick" if args.quick else "full"
    entry = report(tok, ana, tokens_per_doc, n, repeat, source, mode, stages, seeds)
    print(entry)
    if not args.no_write:
        add_to_results(entry)
        print(f"added to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
