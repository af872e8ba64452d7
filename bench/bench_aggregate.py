"""Benchmark: aggregation of >= 1M generated relation mentions, plus the comparison queries.

Writes a synthetic store straight into SQLite (documents, entities, mentions, labels,
relations, the entity -> actor mapping; no NLP), then times a full aggregation, an incremental one after a
second batch of documents, and the queries behind `edges --actor`, `contested` and `compare`.
Peak RSS is the process maximum (ru_maxrss) after each step.

    .venv/bin/python bench/bench_aggregate.py            # 100k documents, 1M relations
    .venv/bin/python bench/bench_aggregate.py --quick    # 2k documents, 20k relations
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from actorgraph.compare.aggregate import aggregate
from actorgraph.query.graph import Graph
from actorgraph.store.db import Store

STANCES = ("support", "oppose", "consult")
TEXT = "Synthetic sentence about actors. " * 8
LABELS = "the rebels|the militia|the government|terrorists|the coalition".split("|")


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(
    store: Store, first: int, docs: int, rels_per_doc: int, actors: int, seed: int
) -> None:
    """Insert ``docs`` documents with ``rels_per_doc`` relations each over a Zipf-ish actor set."""
    rnd = random.Random(seed)
    weights = [1 / (i + 1) for i in range(actors)]
    c = store.conn
    with c:
        for lo in range(first, first + docs, 5000):
            hi = min(lo + 5000, first + docs)
            d_rows, e_rows, r_rows, m_rows = [], [], [], []
            men_rows, lab_rows = [], []
            for d in range(lo, hi):
                did = f"doc{d:08d}"
                year = rnd.randint(2019, 2024)
                d_rows.append(
                    (
                        did,
                        f"{did}.txt",
                        None,
                        None,
                        f"Outlet {rnd.randint(1, 60)}",
                        f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                        None,
                        "txt",
                        TEXT,
                        1,
                    )
                )
                picks = rnd.choices(range(actors), weights, k=8)
                for i, a in enumerate(picks):
                    e_rows.append(
                        (
                            did,
                            f"e{i}",
                            f"Actor {a}",
                            "armed_group",
                            f"org:actor {a}",
                            "[]",
                            "[]",
                            None,
                        )
                    )
                    m_rows.append((did, f"e{i}", f"actor-{a}"))
                    men_rows.append((did, f"e{i}", i * 30, i * 30 + 8, f"Actor {a}", 0))
                lab_rows.append((did, "e0", rnd.choice(LABELS), 0, 20, 0))
                for _ in range(rels_per_doc):
                    s, t = rnd.sample(range(8), 2)
                    pol = rnd.choices(("asserted", "negated", "hedged"), (8, 1, 1))[0]
                    start = rnd.randint(0, 200)
                    r_rows.append(
                        (
                            did,
                            f"e{s}",
                            f"e{t}",
                            rnd.choice(STANCES),
                            "back",
                            "SUPPORT",
                            pol,
                            0,
                            start,
                            start + 40,
                            "backs",
                            rnd.choice((None, None, "e7")),
                            None,
                        )
                    )
            c.executemany(
                "INSERT INTO documents (id, path, title, author, outlet, published, url,"
                " format, text, analyzed) VALUES (?,?,?,?,?,?,?,?,?,?)",
                d_rows,
            )
            c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)", e_rows)
            c.executemany("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", r_rows)
            c.executemany("INSERT INTO entity_actor VALUES (?,?,?)", m_rows)
            c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?)", men_rows)
            c.executemany("INSERT INTO labels VALUES (?,?,?,?,?,?)", lab_rows)
        c.executemany(
            "INSERT OR IGNORE INTO actors VALUES (?,?,?,?,?)",
            [(f"actor-{a}", f"Actor {a}", "armed_group", "[]", "[]") for a in range(actors)],
        )
        c.execute(
            "INSERT INTO meta VALUES ('actors_generation', '1') ON CONFLICT(key)"
            " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="2k documents / 20k relations")
    ap.add_argument("--db", type=Path, help="store file to write (default: a temp file)")
    args = ap.parse_args()
    docs, per_doc, actors = (2_000, 10, 300) if args.quick else (100_000, 10, 5_000)
    db = args.db or Path(tempfile.mkdtemp()) / "bench_aggregate.db"
    db.unlink(missing_ok=True)
    rows: list[tuple[str, str, float, float]] = []

    def step(name: str, fn, detail=lambda r: "") -> object:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = fn()
        rows.append((name, detail(result), time.perf_counter() - t, _rss_mib()))
        return result

    with Store(db) as store:
        step(
            "generate store",
            lambda: generate(store, 0, docs, per_doc, actors, 1),
            lambda _: f"{docs:,} docs, {docs * per_doc:,} relations",
        )
        step(
            "full aggregation",
            lambda: aggregate(store.conn),
            lambda r: f"{r.mode}, {r.edges:,} edges",
        )
        extra = docs // 100
        generate(store, docs, extra, per_doc, actors, 2)
        step(
            f"incremental (+{extra:,} docs)",
            lambda: aggregate(store.conn),
            lambda r: f"{r.mode}, {r.touched_actors:,} actors touched",
        )
    g = Graph(db)
    step(
        "edges(actor=rare)",
        lambda: g.edges(actor=f"actor-{actors - 1}"),
        lambda r: f"{len(r)} edges",
    )
    step("edges(limit=50)", lambda: g.edges(limit=50), lambda r: f"{len(r)} edges")
    step("contested(limit=20)", lambda: g.contested(limit=20), lambda r: f"{len(r):,} rows")
    step("framing(top actor)", lambda: g.framing_rows("actor-0"), lambda r: f"{len(r)} outlets")
    step(
        "timeline(rare actor)",
        lambda: g.timeline(f"actor-{actors - 1}"),
        lambda r: f"{len(r)} rows",
    )
    print(f"store {db} ({db.stat().st_size / 2**20:.0f} MiB)")
    print(f"{'step':28} {'result':38} {'seconds':>8} {'peak RSS MiB':>13}")
    for name, detail, secs, rss in rows:
        print(f"{name:28} {detail:38} {secs:8.2f} {rss:13.0f}")


if __name__ == "__main__":
    main()
