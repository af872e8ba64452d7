"""``bench/load.py --quick`` as a test: 50 clients against the real server while analyze writes.

The real ``actorgraph serve`` (a subprocess on 127.0.0.1) answers 50 concurrent clients x 20
requests while ``actorgraph analyze`` adds generated articles to the same SQLite store. Every
request must succeed (WAL readers must not fail during writes), the writer must finish, and
the server must list the new documents afterwards. Latency is printed, not asserted: timing
targets belong to the benchmark (``bench/RESULTS.md``), not to a test on a shared machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_no_read_fails_while_analyze_writes(tmp_path: Path) -> None:
    out = tmp_path / "load.json"
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "load.py"),
            "--quick",
            "--no-write",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.exists(), run.stderr[-2000:]
    (result,) = json.loads(out.read_text("utf-8"))
    print(
        f"\nload --quick: {result['requests']} requests, {result['errors']} errors, "
        f"{result['stale']} stale actor ids, p50 {result['p50_ms']:.1f} ms, "
        f"p95 {result['p95_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
        f"{result['throughput']:.0f} req/s, writer exit {result['writer_rc']}"
    )
    assert result["clients"] == 50
    assert result["requests"] >= 1000
    assert result["errors"] == 0, result["error_samples"]
    assert result["server_errors"] == []
    assert result["writer_rc"] == 0, result["writer_stderr"]
    assert result["overlap_seconds"] > 0
    assert result["documents_after"] == result["documents_before"] + result["writer_docs"]
    assert result["p95_ms"] > 0
    assert run.returncode == 0, run.stdout[-2000:]
