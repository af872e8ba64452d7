"""Analysis on a real Dask cluster gives the same store as the single-process run.

A `distributed.LocalCluster` with two worker processes analyses the bundled sample corpus
(plus an empty file and a duplicated article, so rejections and duplicates across batches
are exercised) in small batches, so batches complete out of order; every table is compared,
row for row, with a single-process run. Incremental runs (a first folder, then both) must
give the same store as one run over both, on the cluster and in one process.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _store_compare import assert_same_store
from actorgraph.extract.pipeline import analyze_document
from actorgraph.ingest.loader import discover, load_file
from actorgraph.pipeline import RunReport, analyze_paths
from actorgraph.records import Document
from actorgraph.sample import corpus_path
from actorgraph.scale import distributed as dist
from actorgraph.scale.load import load_shard
from actorgraph.scale.shards import KIND_DOCUMENT, KIND_KNOWN, KIND_REJECTION, read_shard
from actorgraph.scale.spec import ClusterError, ClusterSpec
from actorgraph.store.db import Store, analysis_rows

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "actorgraph.cli", "analyze", "-q"]


def count_documents(folder: Path) -> int:
    return sum(isinstance(d, Document) for f in discover([str(folder)]) for d in load_file(f))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample corpus split into two folders; the second also holds a copy of an article
    of the first (a duplicate) and an empty file (a rejection)."""
    root = tmp_path_factory.mktemp("corpus")
    first, second = root / "a_first", root / "b_second"
    first.mkdir()
    second.mkdir()
    files = sorted(p for p in corpus_path().iterdir() if not p.name.startswith("_"))
    half = len(files) // 2
    for i, src in enumerate(files):
        shutil.copy(src, (first if i < half else second) / src.name)
    shutil.copy(files[0], second / "zz_copy_of_first.txt")
    (second / "zz_empty.txt").write_text("", encoding="utf-8")
    return first, second


@pytest.fixture(scope="module")
def single_db(corpus: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference: both folders in one single-process run."""
    db = tmp_path_factory.mktemp("single") / "single.db"
    with Store(db) as store:
        report = analyze_paths([str(p) for p in corpus], store)
    assert report.duplicates == 1 and len(report.rejected) == 1
    return db


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A real local Dask cluster of two worker processes; yields the scheduler address."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as lc:
        yield lc.scheduler_address


def test_cli_workers_gives_the_single_process_store(
    corpus: tuple[Path, Path], single_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "workers.db"
    proc = subprocess.run(
        [*CLI, *map(str, corpus), "--db", str(db), "--workers", "2", "--batch-size", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "zz_empty.txt: empty file" in proc.stderr
    assert_same_store(single_db, db)
    assert not list(tmp_path.glob(".actorgraph-shards-*")), "shard folder left behind"


def test_cli_scheduler_gives_the_single_process_store(
    corpus: tuple[Path, Path], single_db: Path, cluster: str, tmp_path: Path
) -> None:
    db = tmp_path / "scheduler.db"
    shards = tmp_path / "shards"
    proc = subprocess.run(
        [*CLI, *map(str, corpus), "--db", str(db), "--scheduler", cluster, "--batch-size", "3"]
        + ["--shard-dir", str(shards)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert_same_store(single_db, db)
    assert shards.is_dir() and not list(shards.iterdir()), "loaded shards are removed"


@pytest.mark.parametrize("where", ["cluster", "single process"])
def test_incremental_runs_give_the_one_run_store(
    where: str, corpus: tuple[Path, Path], single_db: Path, cluster: str, tmp_path: Path
) -> None:
    spec = ClusterSpec(scheduler=cluster, batch_size=2) if where == "cluster" else None
    first, second = corpus
    db = tmp_path / "incremental.db"
    with Store(db) as store:
        one = analyze_paths([str(first)], store, cluster=spec)
        both = analyze_paths([str(first), str(second)], store, cluster=spec)
    assert one.added == count_documents(first) and one.duplicates == 0
    # Only the new documents are added; the first folder's and the copy are known.
    assert both.added == count_documents(second) - 1
    assert both.duplicates == one.added + 1
    assert_same_store(single_db, db)


def test_a_batch_skips_known_documents_and_round_trips_analyses(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    files = list(discover([str(p) for p in corpus]))
    docs = [d for f in files for d in load_file(f) if isinstance(d, Document)]
    known = frozenset({docs[0].id})
    shard = tmp_path / "shard.parquet"
    dist.analyze_batch([(f, str(Path(f).resolve())) for f in files], "blank", str(shard), known)
    items = list(read_shard(shard))
    kinds = [i.kind for i in items]
    # docs[0] is known; its copy in the second folder is known too (not analysed twice).
    assert kinds.count(KIND_KNOWN) == 2
    assert kinds.count(KIND_REJECTION) == 1
    stored = [i for i in items if i.kind == KIND_DOCUMENT]
    assert len(stored) == len(docs) - 2
    for item in stored:
        assert item.document is not None and item.document.path in files
        expected = analysis_rows(analyze_document(item.document))
        assert item.rows == {t: [list(r) for r in rs] for t, rs in expected.items()}


def test_loading_a_shard_counts_and_removes_it(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    files = list(discover([str(corpus[1])]))
    shard = tmp_path / "s.parquet"
    dist.analyze_batch([(f, f) for f in files], "blank", str(shard), frozenset())
    report = RunReport()
    with Store(tmp_path / "s.db") as store:
        load_shard(shard, store, report)
        assert store.counts()["documents"] == report.added == count_documents(corpus[1])
    assert [r.reason for r in report.rejected] == ["empty file"]
    assert not shard.exists()


def test_a_shard_that_fails_midway_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    files = list(discover([str(corpus[0])]))
    shard = tmp_path / "s.parquet"
    dist.analyze_batch([(f, f) for f in files], "blank", str(shard), frozenset())
    with Store(tmp_path / "s.db") as store:
        real_add = store.add_document
        calls = []

        def add_then_fail(doc: Document, **kw: Any) -> bool:
            calls.append(doc.id)
            if len(calls) == 3:
                raise KeyboardInterrupt  # as if the run were stopped here
            return real_add(doc, **kw)

        monkeypatch.setattr(store, "add_document", add_then_fail)
        with pytest.raises(KeyboardInterrupt):
            load_shard(shard, store, RunReport())
        assert store.counts()["documents"] == 0 and store.integrity_ok()
        assert shard.exists(), "a shard that was not loaded is kept"


def test_unreachable_scheduler_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    monkeypatch.setattr(dist, "CONNECT_TIMEOUT_S", 1)
    with (
        Store(tmp_path / "x.db") as store,
        pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1"),
    ):
        analyze_paths([str(corpus[0])], store, cluster=ClusterSpec(scheduler="tcp://127.0.0.1:9"))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (ClusterSpec(workers=2, scheduler="tcp://127.0.0.1:8786"), "not both"),
        (ClusterSpec(workers=-1), "--workers must be 0 or more"),
        (ClusterSpec(workers=1, batch_size=0), "--batch-size must be 1 or more"),
    ],
)
def test_bad_cluster_settings_are_refused(spec: ClusterSpec, message: str) -> None:
    with pytest.raises(ClusterError, match=message):
        spec.check()
