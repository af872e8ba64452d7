"""The analyze run: discover -> load/clean -> extract -> store -> resolve.

Each document is processed by pure functions and stored in one transaction, so an
interrupted run leaves the store consistent and a rerun finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from actorgraph.extract.nlp import DEFAULT_MODEL
from actorgraph.extract.pipeline import analyze_document, prepare_process
from actorgraph.ingest.loader import discover, load_file
from actorgraph.records import Document, Rejection
from actorgraph.resolve.resolver import resolve as resolve  # re-exported for callers
from actorgraph.resolve.resolver import resolve_keys
from actorgraph.scale.spec import ClusterSpec
from actorgraph.store.bulk import deferred_indexes
from actorgraph.store.db import Store, atomic


@dataclass
class RunReport:
    files: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)


ProgressFn = Callable[[str], None]
RejectFn = Callable[[Rejection], None]


def resolve_store(store: Store) -> None:
    """Rebuild corpus-wide actors from every stored document-local entity, then bring the
    aggregated edges up to date (only the edges of actors whose mapping changed)."""
    from actorgraph.compare.aggregate import aggregate

    # Resolution reads aggregates in SQL and links entities there: memory follows distinct
    # keys and names, not the number of stored entities.
    actors, key_actor = resolve_keys(store.conn)
    # One transaction: a reader (``serve`` beside a running ``analyze``) sees the old actors
    # with their edges or the new ones with theirs, never new actors beside stale edges.
    with atomic(store.conn):
        store.replace_actors_by_key(actors, key_actor)
        aggregate(store.conn)


def analyze_paths(
    paths: Iterable[str],
    store: Store,
    *,
    model: str = DEFAULT_MODEL,
    on_file: ProgressFn | None = None,
    on_reject: RejectFn | None = None,
    files: list[str] | None = None,
    cluster: ClusterSpec | None = None,
) -> RunReport:
    """Ingest and analyse every file below ``paths`` into ``store``, then resolve actors.

    By default everything runs in this process, one file at a time (texts are never
    kept). With a ``cluster`` that names workers or a scheduler, the per-document stages
    run on Dask (``actorgraph.scale``) and give the same store.
    """
    todo = list(files) if files is not None else list(discover(paths))
    report = RunReport()
    # A large run builds the analysis tables' indexes once at the end (store/bulk.py).
    with deferred_indexes(store.conn, len(todo)):
        if cluster is not None and cluster.enabled:
            from actorgraph.scale.distributed import analyze_on_cluster

            analyze_on_cluster(
                todo, store, cluster, report, model=model, on_file=on_file, on_reject=on_reject
            )
        else:
            _analyze_here(todo, store, report, model, on_file, on_reject)
    resolve_store(store)
    return report


def _analyze_here(
    files: Iterable[str],
    store: Store,
    report: RunReport,
    model: str,
    on_file: ProgressFn | None,
    on_reject: RejectFn | None,
) -> None:
    """The single-process path: each file is read, analysed and stored in turn."""
    for path in files:
        report.files += 1
        for item in load_file(path):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                store.add_rejection(item)
                if on_reject:
                    on_reject(item)
                continue
            if store.has_document(item.id):
                report.duplicates += 1
                continue
            prepare_process(model)  # once, before the first document analysed
            if store_document(store, item, model):
                report.added += 1
            else:
                report.duplicates += 1
        if on_file:
            on_file(path)


def store_document(store: Store, doc: Document, model: str = DEFAULT_MODEL) -> bool:
    analysis = analyze_document(doc, model)
    return store.add_document(doc, analysis)
