"""Bulk loading (store/bulk.py): a large run drops the analysis indexes and the full-text
trigger, loads, and builds them again; the store must end up exactly as a row-by-row run
leaves it, and a run killed half-way must be repaired by the next writable open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from _store_compare import assert_same_store
from actorgraph.pipeline import analyze_paths
from actorgraph.query.graph import Graph
from actorgraph.records import Analysis, Document, Entity, Mention, Sentence
from actorgraph.sample import corpus_path
from actorgraph.store import bulk
from actorgraph.store.db import Store


def _schema_objects(db: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(db)
    try:
        return sorted(
            con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                " AND type IN ('index', 'trigger')"
            )
        )
    finally:
        con.close()


def _fts_rows(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute("SELECT fid, document FROM documents_fts_ids ORDER BY fid"))
    finally:
        con.close()


def _doc(i: int) -> tuple[Document, Analysis]:
    text = f"Ruritania number{i} backs the Blue Front."
    doc = Document(id=f"d{i}", path=f"a{i}.txt", text=text, title=f"Title {i}")
    analysis = Analysis(
        document_id=doc.id,
        sentences=[Sentence(0, 0, len(text))],
        entities=[Entity("e0", "Ruritania", "state", "state:ru")],
        mentions=[Mention("e0", 0, 9, "Ruritania", 0)],
    )
    return doc, analysis


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_path(), folder, ignore=shutil.ignore_patterns("_*"))
    return folder


def test_a_bulk_run_gives_the_row_by_row_store(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    normal, bulky = tmp_path / "normal.db", tmp_path / "bulk.db"
    with Store(normal) as store:
        analyze_paths([str(corpus)], store)
    monkeypatch.setattr(bulk, "BULK_MIN_DOCS", 1)
    dropped: list[bool] = []
    real = bulk.deferred_indexes

    def spy(conn: sqlite3.Connection, incoming: int):  # type: ignore[no-untyped-def]
        cm = real(conn, incoming)
        return _Recording(cm, dropped)

    monkeypatch.setattr("actorgraph.pipeline.deferred_indexes", spy)
    with Store(bulky) as store:
        analyze_paths([str(corpus)], store)
    assert dropped == [True]
    assert_same_store(normal, bulky)
    assert _schema_objects(bulky) == _schema_objects(normal)
    assert _fts_rows(bulky) == _fts_rows(normal)
    got, want = Graph(bulky), Graph(normal)
    assert got.search_documents("ceasefire") == want.search_documents("ceasefire") != []
    got.close()
    want.close()


class _Recording:
    """Wraps ``deferred_indexes`` to note whether the run dropped the indexes."""

    def __init__(self, cm, seen: list[bool]) -> None:  # type: ignore[no-untyped-def]
        self.cm, self.seen = cm, seen

    def __enter__(self) -> bool:
        value = bool(self.cm.__enter__())
        self.seen.append(value)
        return value

    def __exit__(self, *exc: object) -> object:
        return self.cm.__exit__(*exc)


def test_indexes_are_gone_during_the_load_and_back_after(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    before = _schema_objects(db)
    with Store(db) as store, bulk.deferred_indexes(store.conn, bulk.BULK_MIN_DOCS) as dropped:
        assert dropped
        names = {r[1] for r in _schema_objects(db)}
        assert "entities_key" not in names and bulk.FTS_TRIGGER not in names
        assert "documents_path" in names  # documents keep theirs: runs look paths up
        for i in range(3):
            store.add_document(*_doc(i))
    assert _schema_objects(db) == before
    g = Graph(db)
    assert [r["id"] for r in g.search_documents("number1")] == ["d1"]
    g.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM meta WHERE key = ?", (bulk.MARK,)).fetchone() == (0,)
    con.close()


def test_an_interrupted_bulk_load_is_repaired_by_the_next_open(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    before = _schema_objects(db)
    store = Store(db)
    store.add_document(*_doc(0))  # stored before the bulk run: already in the index
    bulk.drop(store.conn)  # what deferred_indexes does on entry
    for i in range(1, 4):
        store.add_document(*_doc(i))
    store.conn.close()  # killed before the load could restore anything
    assert _schema_objects(db) != before

    with Store(db) as reopened:
        assert reopened.integrity_ok()
    assert _schema_objects(db) == before
    g = Graph(db)
    for i in range(4):
        assert [r["id"] for r in g.search_documents(f"number{i}")] == [f"d{i}"]
    g.close()
    assert [r[1] for r in _fts_rows(db)] == ["d0", "d1", "d2", "d3"]


def test_small_runs_and_reruns_keep_the_indexes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert not bulk.should_defer(store.conn, bulk.BULK_MIN_DOCS - 1)
        assert bulk.should_defer(store.conn, bulk.BULK_MIN_DOCS)
        for i in range(bulk.BULK_MIN_DOCS // 2 + 1):
            store.conn.execute(
                "INSERT INTO documents (id, path, format, text) VALUES (?, ?, 'txt', 'x')",
                (f"d{i}", f"p{i}"),
            )
        # the same folder again, or a resumed run: more than half of it is stored
        assert not bulk.should_defer(store.conn, bulk.BULK_MIN_DOCS)
        with bulk.deferred_indexes(store.conn, bulk.BULK_MIN_DOCS) as dropped:
            assert not dropped
