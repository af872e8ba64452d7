"""Map the per-document stages over a Dask cluster; load the results into the store.

The client sends *paths*, never texts, in batches of ``batch_size`` files (one task per
document would cost more in scheduling than in work). Each task ingests and analyses its
files and writes one Parquet shard; workers never open the SQLite store. The client takes
the shards back as they complete, with a bounded number of batches in flight so that
memory stays flat, and loads them strictly in file order, so the store ends up exactly as
the single-process run would leave it. Cross-document steps (resolution) run afterwards,
in the caller.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from actorgraph.records import Rejection
from actorgraph.scale.load import load_shard
from actorgraph.scale.shards import ShardWriter
from actorgraph.scale.spec import ClusterError, ClusterSpec
from actorgraph.store.db import Store

if TYPE_CHECKING:
    from distributed import Client

    from actorgraph.pipeline import RunReport

CONNECT_TIMEOUT_S = 10


# -- worker side ----------------------------------------------------------------------------


def analyze_batch(
    files: Sequence[tuple[str, str]], model: str, shard: str, known: frozenset[str]
) -> str:
    """Ingest and analyse ``files`` into the Parquet file ``shard``; return its path.

    Runs on a worker. ``files`` are (path as given, absolute path) pairs: the worker reads
    the absolute path, whatever its working folder, and records the path as given, as the
    single-process run does. Documents in ``known`` (stored before the run) or met earlier
    in this batch are recorded as known and not analysed again.
    """
    from actorgraph.extract.pipeline import analyze_document, prepare_process
    from actorgraph.ingest.loader import load_file

    writer = ShardWriter()
    seen: set[str] = set()
    for path, absolute in files:
        for item in load_file(absolute):
            item.path = path
            if isinstance(item, Rejection):
                writer.rejection(item)
            elif item.id in known or item.id in seen:
                writer.known(path)
            else:
                seen.add(item.id)
                prepare_process(model)  # once per worker process
                writer.document(item, analyze_document(item, model))
    writer.write(Path(shard))
    return shard


# -- client side ----------------------------------------------------------------------------


def analyze_on_cluster(
    files: Sequence[str],
    store: Store,
    spec: ClusterSpec,
    report: RunReport,
    *,
    model: str,
    on_file: Callable[[str], None] | None = None,
    on_reject: Callable[[Rejection], None] | None = None,
) -> None:
    """Analyse ``files`` on the cluster of ``spec`` and add the results to ``store``."""
    from distributed import as_completed

    spec.check()
    batches = [files[i : i + spec.batch_size] for i in range(0, len(files), spec.batch_size)]
    run = uuid.uuid4().hex[:8]
    with _client(spec) as client, _shard_folder(spec, store) as folder:
        # One copy per worker of the ids already stored (a list, so Dask does not scatter
        # the set's members one by one).
        [known] = client.scatter([frozenset(store.document_ids())], broadcast=True, hash=False)
        window = 2 * max(1, sum(client.nthreads().values()))  # batches in flight at most
        futures = as_completed()
        index_of = {}
        finished: dict[int, str] = {}
        submitted = loaded = 0

        def submit_more() -> None:
            nonlocal submitted
            while submitted < len(batches) and submitted - loaded < window:
                shard = str(folder / f"shard-{submitted:06d}.parquet")
                fut = client.submit(
                    analyze_batch,
                    [(p, os.path.abspath(p)) for p in batches[submitted]],
                    model,
                    shard,
                    known,
                    key=f"actorgraph-batch-{run}-{submitted}",
                )
                index_of[fut.key] = submitted
                futures.add(fut)
                submitted += 1

        submit_more()
        for fut in futures:
            finished[index_of.pop(fut.key)] = fut.result()  # re-raises a worker's error
            fut.release()
            while loaded in finished:
                load_shard(Path(finished.pop(loaded)), store, report, on_reject)
                report.files += len(batches[loaded])
                if on_file:
                    for path in batches[loaded]:
                        on_file(path)
                loaded += 1
            submit_more()


@contextmanager
def _client(spec: ClusterSpec) -> Iterator[Client]:
    """A client of the existing scheduler, or of a new local cluster closed on exit."""
    from distributed import Client, LocalCluster

    if spec.scheduler:
        try:
            client = Client(spec.scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {spec.scheduler} ({exc}); "
                "check the address (tcp://HOST:PORT) and that the scheduler is running"
            ) from exc
        with client:
            try:
                client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
            except TimeoutError as exc:
                raise ClusterError(
                    f"the Dask scheduler at {spec.scheduler} has no workers; start some "
                    f"(dask worker {spec.scheduler}) or use --workers N for a local cluster"
                ) from exc
            yield client
        return
    with (
        LocalCluster(
            n_workers=spec.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def _shard_folder(spec: ClusterSpec, store: Store) -> Iterator[Path]:
    """``spec.shard_dir``, or a temporary folder beside the store removed afterwards.

    Workers write here and the client reads here, so with a remote cluster it must be a
    folder every machine sees at the same path.
    """
    if spec.shard_dir is not None:
        folder = spec.shard_dir.resolve()  # workers may run in other working folders
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    folder = Path(tempfile.mkdtemp(prefix=".actorgraph-shards-", dir=store.path.resolve().parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
