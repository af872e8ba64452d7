from __future__ import annotations

import sqlite3

import pytest

from actorgraph.records import Analysis, Document, Entity, Mention, Relation, Sentence
from actorgraph.store.db import Store, StoreError


def _doc(i: int = 1) -> Document:
    return Document(id=f"d{i}", path=f"a{i}.txt", text="Ruritania backs the Blue Front.", title="T")


def _analysis(doc_id: str) -> Analysis:
    return Analysis(
        document_id=doc_id,
        sentences=[Sentence(0, 0, 31)],
        entities=[
            Entity("e0", "Ruritania", "state", "state:ru"),
            Entity("e1", "Blue Front", "armed_group", "org:blue front"),
        ],
        mentions=[Mention("e0", 0, 9, "Ruritania", 0), Mention("e1", 20, 30, "Blue Front", 0)],
        relations=[
            Relation("e0", "e1", "support", "back", "SUPPORT", "asserted", 0, 0, 31, "backs")
        ],
    )


def test_add_document_is_atomic_and_idempotent(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert store.add_document(_doc(), _analysis("d1"))
        assert not store.add_document(_doc(), _analysis("d1"))
        assert store.counts()["documents"] == 1
        assert store.counts()["relations"] == 1
        assert store.integrity_ok()
        a = store.analysis("d1")
        assert [e.name for e in a.entities] == ["Ruritania", "Blue Front"]
        assert a.relations[0].stance == "support"


def test_wal_mode_and_concurrent_reader(tmp_path):
    db = tmp_path / "s.db"
    writer = Store(db)
    assert writer.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writer.add_document(_doc(1), _analysis("d1"))
    reader = Store(db, readonly=True)
    with writer.transaction() as c:  # an open write transaction does not block the reader
        c.execute("INSERT INTO rejections (path, reason) VALUES ('x', 'y')")
        assert [d.id for d in reader.documents()] == ["d1"]
    reader.close()
    writer.close()


def test_readonly_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="actorgraph analyze"):
        Store(tmp_path / "missing.db", readonly=True)


def test_not_a_store(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable actorgraph store"):
        Store(bad)


def test_newer_schema_refused(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer actorgraph"):
        Store(db)


def _index_names(conn: sqlite3.Connection, table: str) -> list[str]:
    return sorted(
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            (table,),
        )
    )


def test_indexes_rebuilt_restores_indexes_and_rolls_back_with_the_transaction(tmp_path):
    from actorgraph.store.db import atomic, indexes_rebuilt

    with Store(tmp_path / "s.db") as store:
        store.add_document(_doc(), _analysis("d1"))
        store.replace_actors_by_key([], {})
        conn = store.conn
        before = _index_names(conn, "entity_actor")
        assert before == ["entity_actor_actor_doc"]
        with atomic(conn), indexes_rebuilt(conn, "entity_actor"):
            assert _index_names(conn, "entity_actor") == []
            conn.execute("INSERT INTO entity_actor VALUES ('d1', 'e0', 'ruritania')")
        assert _index_names(conn, "entity_actor") == before
        plan = " ".join(
            r[-1]
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT document FROM entity_actor WHERE actor = 'x'"
            )
        )
        assert "entity_actor_actor_doc" in plan
        with pytest.raises(RuntimeError), atomic(conn), indexes_rebuilt(conn, "entity_actor"):
            conn.execute("DELETE FROM entity_actor")
            raise RuntimeError("interrupted")
        assert _index_names(conn, "entity_actor") == before  # the drop was rolled back
        assert conn.execute("SELECT COUNT(*) FROM entity_actor").fetchone()[0] == 1


def test_redundant_actor_index_of_an_older_store_is_dropped(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.conn.execute("CREATE INDEX entity_actor_actor ON entity_actor(actor)")
        store.conn.commit()
    with Store(db) as store:  # a writable open runs the schema script again
        assert _index_names(store.conn, "entity_actor") == ["entity_actor_actor_doc"]
