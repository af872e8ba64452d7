"""Load test of ``actorgraph serve``: many concurrent clients while ``analyze`` writes.

Starts the real server (``actorgraph serve``) on a free loopback port over a store (by
default the bundled sample corpus, analysed into a temporary folder), then runs ``--clients``
concurrent HTTP clients (asyncio + httpx), each sending ``--requests`` requests over a mix of
API routes and pages, while an ``actorgraph analyze`` subprocess adds a generated corpus
(``corpus_gen.write_corpus``) to the same store. Clients keep going until the writer has
finished too, so reads and writes always overlap; ``--duration`` bounds the whole run.

Reported: requests, errors (non-2xx or exceptions; target 0), latency p50/p95/p99/max in ms
(target p95 < 100 ms on the sample store), throughput, per-route p95, whether the writer
finished cleanly, and whether its documents became visible to the server (WAL readers see
committed writes without restarting). ``--quick`` (CI) is 50 clients x 20 requests and a
small writer corpus, well under a minute. The figures go into ``bench/RESULTS.md`` between
the ``load`` markers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import write_corpus  # noqa: E402
from results_md import replace_section  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- load:start -->", "<!-- load:end -->"
TARGET_P95_MS = 100.0
_SCRIPT = Path(sys.executable).with_name("actorgraph")
CLI = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "import actorgraph.cli as c; c.main()"]
)


@dataclass
class LoadResult:
    """Everything one run measured (``--json`` writes it as is)."""

    clients: int
    requests_per_client: int
    think_ms: float = 0.0
    requests: int = 0
    errors: int = 0
    stale: int = 0  # 404s for actor ids that the writer's re-resolution removed
    error_samples: list[str] = field(default_factory=list)
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    seconds: float = 0.0
    throughput: float = 0.0
    routes: dict[str, dict[str, float]] = field(default_factory=dict)
    writer_rc: int | None = None
    writer_seconds: float = 0.0
    writer_stderr: str = ""
    writer_docs: int = 0
    overlap_seconds: float = 0.0
    documents_before: int = 0
    documents_after: int = 0
    server_errors: list[str] = field(default_factory=list)
    timed_out: bool = False

    @property
    def writer_ok(self) -> bool:
        return self.writer_rc == 0

    @property
    def ok(self) -> bool:
        return self.errors == 0 and self.writer_ok and not self.server_errors


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def build_sample_store(folder: Path) -> Path:
    """The bundled sample corpus analysed into ``folder/sample.db`` by the real CLI."""
    from actorgraph.sample import corpus_path

    db = folder / "sample.db"
    run = subprocess.run(
        [*CLI, "analyze", str(corpus_path()), "--db", str(db), "-q"], capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SystemExit(f"analyze of the sample corpus failed: {run.stderr.strip()}")
    return db


@contextmanager
def serving(db: Path, log: Path) -> Iterator[str]:
    """``actorgraph serve`` on a free loopback port; yields its base URL."""
    port = free_port()
    with log.open("w") as err:
        proc = subprocess.Popen(
            [*CLI, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/outlets", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"actorgraph serve did not start: {log.read_text()[-500:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def request_mix(base: str) -> list[tuple[str, str]]:
    """(route name, URL) pairs in the proportions a browsing user would produce."""
    actors = httpx.get(base + "/api/actors", timeout=30).json()
    docs = httpx.get(base + "/api/documents", timeout=30).json()
    outlets = [o["outlet"] for o in httpx.get(base + "/api/outlets", timeout=30).json()]
    actor_ids = [a["id"] for a in actors[:20]]
    doc_ids = [d["id"] for d in docs[:20]]
    words = [a["name"].split()[0] for a in actors[:10]] + ["army", "ceasefire", "drones"]
    mix: list[tuple[str, str]] = [
        ("graph", "/api/graph"),
        ("graph", "/api/graph"),
        ("graph stance", "/api/graph?stance=support"),
        ("graph dates", "/api/graph?since=2020&min_sources=2"),
        ("contested", "/api/contested"),
        ("outlets", "/api/outlets"),
        ("documents", "/api/documents?limit=50"),
        ("page /", "/"),
        ("static", "/static/common.js"),
    ]
    mix += [("graph outlet", "/api/graph?outlet=" + quote(o)) for o in outlets[:3] if o]
    mix += [(r, f"{p}{a}") for a in actor_ids for r, p in [("actor", "/api/actor/")] * 2]
    mix += [("timeline", f"/api/timeline/{a}") for a in actor_ids[:5]]
    mix += [("framing", f"/api/framing/{a}") for a in actor_ids[:5]]
    mix += [("page actor", f"/actor/{a}") for a in actor_ids[:5]]
    mix += [("document", f"/api/document/{d}") for d in doc_ids]
    mix += [("page document", f"/document/{d}") for d in doc_ids[:5]]
    mix += [("search", "/api/search?q=" + quote(w)) for w in words]
    return mix


async def client_loop(
    http: httpx.AsyncClient,
    mix: list[tuple[str, str]],
    count: int,
    rng: random.Random,
    deadline: float,
    writer_done: asyncio.Event,
    samples: list[tuple[str, float, str | None]],
    think: float,
) -> None:
    """``count`` requests, then more until the writer is done; none after ``deadline``.
    ``think`` seconds (on average) between requests; 0 sends them back to back."""
    sent = 0
    while (sent < count or not writer_done.is_set()) and time.monotonic() < deadline:
        if think:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
        route, url = rng.choice(mix)
        t0 = time.perf_counter()
        error: str | None = None
        try:
            r = await http.get(url)
            if r.status_code >= 300:
                error = f"{route} {url}: HTTP {r.status_code} {r.text[:120]}"
        except httpx.HTTPError as exc:
            error = f"{route} {url}: {type(exc).__name__} {exc}"
        samples.append((route, (time.perf_counter() - t0) * 1000, error))
        sent += 1


async def drive(
    base: str,
    mix: list[tuple[str, str]],
    clients: int,
    requests: int,
    deadline: float,
    writer: subprocess.Popen[bytes] | None,
    think: float,
    writer_exit: list[float],
) -> list[tuple[str, float, str | None]]:
    """Run the clients; a watcher sets ``writer_done`` when the writer process exits."""
    samples: list[tuple[str, float, str | None]] = []
    writer_done = asyncio.Event()

    async def watch() -> None:
        while writer is not None and writer.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        writer_exit.append(time.monotonic())  # the writer's own time, not the clients'
        writer_done.set()

    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them, or
    # a request sent on one the server is closing fails with ReadError (a client artefact).
    limits = httpx.Limits(
        max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=3.0
    )
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await asyncio.gather(
            watch(),
            *(
                client_loop(
                    http, mix, requests, random.Random(i), deadline, writer_done, samples, think
                )
                for i in range(clients)
            ),
        )
    return samples


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def document_count(base: str) -> int:
    return len(httpx.get(base + "/api/documents?limit=1000000", timeout=60).json())


def run_load(
    db: Path | None = None,
    *,
    clients: int = 50,
    requests: int = 1000,
    duration: float = 300.0,
    writer_docs: int = 1000,
    think_ms: float = 0.0,
    seed: int = 0,
) -> LoadResult:
    """The whole benchmark; ``db=None`` builds the sample-corpus store in a temp folder."""
    result = LoadResult(
        clients=clients, requests_per_client=requests, writer_docs=writer_docs, think_ms=think_ms
    )
    with tempfile.TemporaryDirectory(prefix="actorgraph-load-") as tmp:
        work = Path(tmp)
        store = db or build_sample_store(work)
        new_docs = work / "new"
        if writer_docs:
            write_corpus(new_docs, writer_docs, seed)
        with serving(store, work / "serve.log") as base:
            mix = request_mix(base)
            result.documents_before = document_count(base)
            writer = None
            start = time.monotonic()
            if writer_docs:
                writer = subprocess.Popen(
                    [*CLI, "analyze", str(new_docs), "--db", str(store), "-q"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            writer_exit: list[float] = []
            samples = asyncio.run(
                drive(
                    base,
                    mix,
                    clients,
                    requests,
                    start + duration,
                    writer,
                    think_ms / 1000,
                    writer_exit,
                )
            )
            result.seconds = time.monotonic() - start
            if writer is not None:
                try:
                    _, err = writer.communicate(
                        timeout=max(1.0, start + duration - time.monotonic())
                    )
                except subprocess.TimeoutExpired:
                    writer.kill()
                    _, err = writer.communicate()
                    result.timed_out = True
                result.writer_rc = writer.returncode
                result.writer_seconds = (
                    writer_exit[0] if writer_exit else time.monotonic()
                ) - start
                result.writer_stderr = err.decode("utf-8", "replace").strip()[-2000:]
                result.overlap_seconds = min(result.seconds, result.writer_seconds)
            else:
                result.writer_rc = 0
            result.documents_after = document_count(base)
            final_actors = {a["id"] for a in httpx.get(base + "/api/actors", timeout=60).json()}
        log = (work / "serve.log").read_text("utf-8", "replace").splitlines()
        result.server_errors = [ln for ln in log if "Error" in ln or "Traceback" in ln][:20]
    summarize(result, samples, final_actors)
    result.timed_out = result.timed_out or result.requests < clients * requests
    return result


def summarize(
    result: LoadResult, samples: list[tuple[str, float, str | None]], final_actors: set[str]
) -> None:
    """Percentiles and error counts. A 404 for an actor id that no longer exists when the
    run ends is not a read failure: re-resolution after new documents may merge or rename
    an actor, and its old id is gone (counted as ``stale``)."""
    latencies = [ms for _, ms, _ in samples]
    errors = [e for _, _, e in samples if e]
    stale = [e for e in errors if _stale_actor(e, final_actors)]
    errors = [e for e in errors if e not in stale]
    result.stale = len(stale)
    result.requests = len(samples)
    result.errors = len(errors)
    result.error_samples = [f"{n} x {e}" for e, n in Counter(errors).most_common(5)]
    result.p50_ms = percentile(latencies, 50)
    result.p95_ms = percentile(latencies, 95)
    result.p99_ms = percentile(latencies, 99)
    result.max_ms = max(latencies, default=0.0)
    result.throughput = result.requests / result.seconds if result.seconds else 0.0
    by_route: dict[str, list[float]] = defaultdict(list)
    for route, ms, _ in samples:
        by_route[route].append(ms)
    result.routes = {
        r: {"requests": len(v), "p50_ms": percentile(v, 50), "p95_ms": percentile(v, 95)}
        for r, v in sorted(by_route.items())
    }


_ACTOR_404 = re.compile(r" /(?:api/)?(?:actor|timeline|framing)/([\w-]+): HTTP 404")


def _stale_actor(error: str, final_actors: set[str]) -> bool:
    hit = _ACTOR_404.search(error)
    return hit is not None and hit.group(1) not in final_actors


def markdown(results: list[LoadResult], mode: str, store: str) -> str:
    """One table row per profile (back to back, then paced), routes of the first."""
    first = results[0]
    lines = [
        f"### `actorgraph serve` under load, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC ({mode})",
        "",
        f"- machine: nproc {os.cpu_count()}, Python {sys.version.split()[0]}; server, "
        "clients and writer share it (and, when measured, other work on the machine)",
        f"- store: {store}; concurrent clients (asyncio + httpx, keep-alive) over a mix of API "
        "routes and pages; think = mean pause between a client's requests (0: back to back, "
        "latency is then mostly queueing: clients / throughput)",
        "- writer: `actorgraph analyze` of generated articles into the same store during the "
        "load (clients keep going until it has finished); docs = documents the server lists "
        "before -> after; stale = 404s for actor ids the writer's re-resolution removed",
        "",
        "| think ms | clients x requests | requests | errors | stale | p50 ms | p95 ms "
        "| p99 ms | max ms | req/s | writer | docs | p95 < 100 ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
    ]
    for r in results:
        writer = f"{r.writer_docs} articles, exit {r.writer_rc}, {r.writer_seconds:.0f} s"
        lines.append(
            f"| {r.think_ms:.0f} | {r.clients} x {r.requests_per_client} | {r.requests:,} "
            f"| {r.errors} | {r.stale} | {r.p50_ms:.1f} | {r.p95_ms:.1f} | {r.p99_ms:.1f} "
            f"| {r.max_ms:.0f} | {r.throughput:.0f} | {writer} "
            f"| {r.documents_before} -> {r.documents_after} "
            f"| {'yes' if r.p95_ms < TARGET_P95_MS else 'NO'} |"
        )
    lines += [
        "",
        f"Per route (think {first.think_ms:.0f} ms):",
        "",
        "| route | requests | p50 ms | p95 ms |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {name} | {v['requests']:.0f} | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} |"
        for name, v in first.routes.items()
    ]
    problems = [e for r in results for e in r.error_samples + r.server_errors]
    if problems:
        lines += ["", "Errors:", *(f"- {e}" for e in problems)]
    return "\n".join(lines)


def write_results(text: str) -> None:
    """Replace this script's section of RESULTS.md (appending it the first time)."""
    replace_section(START, END, text, RESULTS)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--db",
        type=Path,
        help="store to serve and write into; it is modified (default: the sample corpus "
        "analysed into a temporary folder, afresh for each profile)",
    )
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument(
        "--requests", type=int, default=1000, help="requests per client, at least (default 1000)"
    )
    ap.add_argument(
        "--duration", type=float, default=240.0, help="bound per profile in seconds (default 240)"
    )
    ap.add_argument(
        "--think-ms",
        type=float,
        nargs="+",
        default=[0.0, 1000.0],
        help="profiles: mean pause between a client's requests, one run each (default: 0 1000)",
    )
    ap.add_argument(
        "--writer-docs",
        type=int,
        default=1000,
        help="generated articles the concurrent analyze adds; 0: no writer (default 1000)",
    )
    ap.add_argument("--seed", type=int, default=0, help="seed of the generated articles")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="CI size: 50 clients x 20 requests, back to back, 150 articles, 50 s bound",
    )
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args()
    if args.quick:
        args.clients, args.requests, args.duration, args.writer_docs = 50, 20, 50.0, 150
        args.think_ms = [0.0]
    if args.clients < 1 or args.requests < 1 or args.duration <= 0:
        ap.error("--clients, --requests and --duration must be positive")
    results = [
        run_load(
            args.db,
            clients=args.clients,
            requests=args.requests if not think else min(args.requests, 40),
            duration=args.duration,
            writer_docs=args.writer_docs,
            think_ms=think,
            seed=args.seed,
        )
        for think in args.think_ms
    ]
    mode = "quick" if args.quick else "full"
    store = str(args.db) if args.db else "bundled sample corpus (10 articles)"
    text = markdown(results, mode, store)
    print(text)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1) + "\n", "utf-8")
    if not args.no_write:
        write_results(text)
    sys.exit(0 if all(r.ok for r in results) else 1)


if __name__ == "__main__":
    main()
