"""Crash safety: `kill -9` an `actorgraph analyze` run at several points, rerun, compare.

One store is killed again and again while it is being built: at start-up (schema creation,
model load), after a random number of stored documents (watched through a read-only
connection), at random times, and after the last document (during resolution). After
every kill SQLite's integrity check must pass and every stored document must carry its
complete analysis (one transaction per document); after a final rerun the exported store
must equal the export of one uninterrupted run: same documents, actors, mentions,
relations, claims, events and labels. ``test_resume.py`` covers a single SIGKILL/SIGINT.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "actorgraph.cli"]
KILLS = 6
SEED = 7
STATES = "Turkey Egypt Russia France Qatar Italy Algeria Greece".split()
GROUPS = [
    "the Northern Alliance",
    "the Coastal Council",
    "the Desert Shield Brigade",
    "the Unity Government",
    "the Southern Front",
]
PEOPLE = ["General Oren Valdek", "Prime Minister Lisa Moravec", "Colonel Idris Tamang"]
SENTENCES = [
    "{state} backs {group}, officials in {capital} said on Monday.",
    "{group} accused {state} of shelling the port of Varna.",
    "{person} met the foreign minister of {state} in {capital} on {date}.",
    "{state} denied that it had supplied weapons to {group}.",
    "{state} has allegedly funded {group} since the spring.",
    "{person} warned {group} against a new offensive.",
    "{state} and {state2} signed a security agreement in {capital}.",
    "{group} rejected the ceasefire proposal put forward by {state}.",
    '"We will never negotiate with {group}," {person} told reporters.',
    "{state2} imposed sanctions on {group} on {date}.",
]
CAPITALS = "Ankara Cairo Moscow Paris Doha Rome Algiers Athens".split()
MONTHS = "January February March April May June July August".split()


def _sentence(rng: random.Random) -> str:
    i, j = rng.sample(range(len(STATES)), 2)
    return rng.choice(SENTENCES).format(
        state=STATES[i],
        state2=STATES[j],
        capital=CAPITALS[i],
        group=rng.choice(GROUPS),
        person=rng.choice(PEOPLE),
        date=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024",
    )


def _article(rng: random.Random, n: int) -> tuple[str, str]:
    """A title and a body of a few paragraphs, distinct for each ``n``."""
    title = f"Dispatch {n}: {_sentence(rng).rstrip('.')}"
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 5))
    ]
    return title, f"Report number {n}. " + "\n\n".join(paragraphs)


def write_corpus(folder: Path, rng: random.Random, documents: int = 240) -> int:
    """Small varied documents in every text format; returns how many documents it holds."""
    folder.mkdir()
    n = 0
    while n < documents:
        kind = rng.choice("txt txt txt md html jsonl rss".split())
        if kind in ("txt", "md", "html"):
            title, body = _article(rng, n)
            if kind == "txt":
                text = f"{title}\n\n{body}\n"
            elif kind == "md":
                text = f"---\ntitle: {title}\ndate: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n\n{body}\n"
            else:
                paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
                text = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>"
            (folder / f"doc_{n:04d}.{kind}").write_text(text, "utf-8")
            n += 1
        elif kind == "jsonl":
            records = []
            for _ in range(5):
                title, body = _article(rng, n)
                records.append(json.dumps({"title": title, "text": body, "date": "2024-05-01"}))
                n += 1
            (folder / f"batch_{n:04d}.jsonl").write_text("\n".join(records) + "\n", "utf-8")
        else:
            items = []
            for _ in range(3):
                title, body = _article(rng, n)
                items.append(
                    f"<item><title>{title}</title><description>{body}</description></item>"
                )
                n += 1
            feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{"".join(items)}</channel></rss>'
            (folder / f"feed_{n:04d}.rss").write_text(feed, "utf-8")
    return n


def _stored(db: Path) -> int | None:
    """Documents committed so far, through a read-only connection (None if unreadable yet)."""
    if not db.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)  # read-write: recovers the WAL a killed writer left behind
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _analyze(corpus: Path, db: Path) -> float:
    start = time.monotonic()
    proc = subprocess.run(
        [*CLI, "analyze", str(corpus), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    return time.monotonic() - start


def _kill_at(corpus: Path, db: Path, point: tuple[str, float]) -> str:
    """Start a run and SIGKILL it at ``point``: ("created", 0) when the store file appears,
    ("time", seconds) after start, or ("count", documents) once that many are stored.

    Returns what happened: "killed" or "finished" (the run ended before the point).
    """
    kind, value = point
    proc = subprocess.Popen(
        [*CLI, "analyze", str(corpus), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    start = time.monotonic()
    try:
        while proc.poll() is None and time.monotonic() - start < 600:
            if kind == "created":
                reached = db.exists()
            elif kind == "time":
                reached = time.monotonic() - start >= value
            else:
                count = _stored(db)
                reached = count is not None and count >= value
            if reached:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=60)
                return "killed"
            time.sleep(0.001 if kind == "created" else 0.005)
        proc.wait(timeout=600)
        return "finished"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _export(db: Path, out: Path) -> dict[str, list[str]]:
    """The JSON export as sorted canonical rows per table (row order is not a contract)."""
    proc = subprocess.run(
        [*CLI, "export", "--db", str(db), "--format", "json", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text("utf-8"))
    return {
        table: sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)
        for table, rows in data.items()
    }


def _per_document(db: Path) -> dict[str, Counter[str]]:
    """Row counts of each document's analysis tables, read straight from SQLite."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return {}  # killed while the schema was being created: nothing stored yet
        out: dict[str, Counter[str]] = {
            r[0]: Counter() for r in con.execute("SELECT id FROM documents")
        }
        for table in "sentences entities mentions relations claims events labels".split():
            for doc, count in con.execute(
                f"SELECT document, COUNT(*) FROM {table} GROUP BY document"  # noqa: S608
            ):
                out.setdefault(doc, Counter())[table] = count
        return out
    finally:
        con.close()


def _next_point(
    rng: random.Random, step: int, stored: int, total: int, seconds: float
) -> tuple[str, float]:
    """Where to kill the next run, given how much is stored: start-up, a random number of
    further documents, a random time within the remaining work, or the end (resolution)."""
    remaining = total - stored
    if step == 0:
        return ("created", 0)  # as soon as the store file exists: schema creation
    if step == KILLS - 1 or remaining <= 1:
        return ("count", total)  # every document stored: resolution is running
    if step % 3 == 2:
        return ("time", rng.uniform(1.0, max(1.5, seconds * remaining / total)))
    return ("count", stored + rng.randint(1, max(1, remaining // 3)))


@pytest.mark.slow
def test_kill_9_at_random_points_then_rerun_equals_one_run(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus, rng)
    reference_db = tmp_path / "reference.db"
    seconds = _analyze(corpus, reference_db)
    reference = _export(reference_db, tmp_path / "reference.json")
    assert len(reference["documents"]) == total
    assert reference["actors"] and reference["relations"], "the corpus must yield a graph"
    reference_rows = _per_document(reference_db)

    db = tmp_path / "killed.db"
    outcomes = []
    for step in range(KILLS):
        point = _next_point(rng, step, _stored(db) or 0, total, seconds)
        outcome = _kill_at(corpus, db, point)
        outcomes.append((point, outcome))
        if not db.exists():
            continue  # killed before the store file was created
        assert _integrity(db) == "ok", f"integrity after kill at {point}"
        partial = _per_document(db)
        for doc, rows in partial.items():
            assert rows == reference_rows[doc], f"document {doc} half-stored after {point}"
    killed = [p for p, outcome in outcomes if outcome == "killed"]
    assert len(killed) >= KILLS - 1, f"too few runs were caught before they ended: {outcomes}"

    _analyze(corpus, db)  # the rerun finishes the job
    assert _integrity(db) == "ok"
    resumed = _export(db, tmp_path / "resumed.json")
    for table in reference:
        assert resumed[table] == reference[table], f"{table} differ after kills at {killed}"
