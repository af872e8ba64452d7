"""Kill an `actorgraph analyze` run midway (SIGKILL, SIGINT), rerun it, and compare the store
with a clean one-shot run: same documents, same analyses, same counts, integrity ok."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from actorgraph.store.db import Store
from test_ingest_support import article

CLI = [sys.executable, "-m", "actorgraph.cli", "analyze"]
ATTEMPTS = (60, 240, 960)  # more articles when a fast machine finishes before we interrupt


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"article_{i:04d}.txt").write_text(article(i, paragraphs=40), "utf-8")


def _stored(db: Path) -> int | None:
    """Documents committed so far, read through a read-only connection (None if not yet)."""
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


def _run(corpus: Path, db: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*CLI, str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def _interrupt_midway(corpus: Path, db: Path, sig: int, total: int) -> tuple[bool, str]:
    """Start a run, send ``sig`` once some (about a sixth) but not all documents are stored.

    Returns (interrupted, stderr); False when the run finished before it could be caught.
    """
    proc = subprocess.Popen(
        [*CLI, str(corpus), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            count = _stored(db)
            if count is not None and total // 6 <= count < total:
                proc.send_signal(sig)
                _, err = proc.communicate(timeout=60)
                return True, err
            time.sleep(0.002)
        _, err = proc.communicate(timeout=600)
        return False, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _snapshot(db: Path) -> dict[str, object]:
    with Store(db, readonly=True) as store:
        ids = sorted(store.document_ids())
        return {
            "ids": ids,
            "counts": store.counts(),
            "sentences": store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0],
            "analyses": [store.analysis(i) for i in ids],
            "documents": sorted((d.id, d.path, d.title) for d in store.documents()),
            "actors": sorted((a.name, a.kind) for a in store.actors()),
        }


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)  # read-write: recovers a hot WAL left by a killed writer
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _interrupt_and_resume(tmp_path: Path, sig: int) -> None:
    for attempt, total in enumerate(ATTEMPTS):
        corpus = tmp_path / f"corpus{attempt}"
        db = tmp_path / f"resumed{attempt}.db"
        _write_corpus(corpus, total)
        interrupted, err = _interrupt_midway(corpus, db, sig, total)
        if interrupted:
            break
    else:
        pytest.fail("every run finished before it could be interrupted")
    assert "Traceback" not in err, err

    assert _integrity(db) == "ok"
    partial = _stored(db)
    assert partial is not None and 0 < partial < total

    _run(corpus, db)  # resume
    clean = tmp_path / "oneshot.db"
    _run(corpus, clean)
    assert _integrity(db) == "ok"
    resumed, reference = _snapshot(db), _snapshot(clean)
    assert len(resumed["ids"]) == total  # type: ignore[arg-type]
    assert resumed == reference

    again = _run(corpus, db)
    assert "0 documents added" in " ".join(again.stderr.split())
    assert _snapshot(db) == reference


@pytest.mark.slow
def test_resume_after_sigkill(tmp_path: Path) -> None:
    _interrupt_and_resume(tmp_path, signal.SIGKILL)


@pytest.mark.slow
def test_resume_after_sigint(tmp_path: Path) -> None:
    _interrupt_and_resume(tmp_path, signal.SIGINT)
