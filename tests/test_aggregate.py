"""Aggregated edges: counts, incremental recomputation, migration and the networkx view."""

from __future__ import annotations

import networkx as nx

from _compare_fixtures import Doc, Rel, build
from actorgraph.compare.aggregate import aggregate, is_fresh
from actorgraph.query.graph import Graph
from actorgraph.store.db import SCHEMA_VERSION, Store

DOCS = [
    Doc("d1", "Daily Ruritan", "2024-05-02", [Rel("Red Legion", "support", "Blue Front")]),
    Doc(
        "d2",
        "Daily Ruritan",
        "2024-06-10",
        [
            Rel("Red Legion", "support", "Blue Front", "hedged"),
            Rel("Red Legion", "support", "Blue Front", date="2024-06"),
        ],
    ),
    Doc(
        "d3",
        "Northern Wire",
        "2024-07-01",
        [
            Rel("Red Legion", "support", "Blue Front", "negated", speaker="Anna Volk"),
            Rel("Green Guard", "oppose", "Blue Front"),
        ],
    ),
    Doc(
        "d4",
        None,
        None,
        [Rel("Green Guard", "oppose", "Red Legion")],
        url="https://www.east.example/x",
    ),
]


def _edge(rows, source, stance, target):
    return next(
        e for e in rows if (e["source"], e["stance"], e["target"]) == (source, stance, target)
    )


def test_counts_per_edge(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS))
    rows = g.edges()
    e = _edge(rows, "red-legion", "support", "blue-front")
    assert (e["mentions"], e["documents"], e["outlets"]) == (4, 3, 2)
    assert (e["asserted"], e["negated"], e["hedged"]) == (2, 1, 1)
    assert e["outlet_names"] == ["Daily Ruritan", "Northern Wire"]
    assert (e["first_date"], e["last_date"]) == ("2024-05-02", "2024-07-01")
    assert e["contested"] is True
    assert e["source_name"] == "Red Legion" and e["target_name"] == "Blue Front"
    assert len(e["evidence"]) == 4 and {x["polarity"] for x in e["evidence"]} == {
        "asserted",
        "negated",
        "hedged",
    }
    denial = next(x for x in e["evidence"] if x["polarity"] == "negated")
    assert (
        denial["speaker"] == "anna-volk"
        and denial["evidence"] == "Red Legion does not backs Blue Front."
    )
    assert rows[0] is e  # most mentioned first
    assert _edge(rows, "green-guard", "oppose", "red-legion")["outlet_names"] == ["east.example"]


def test_filters(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS))
    assert {e["target"] for e in g.edges(actor="Green Guard")} == {"blue-front", "red-legion"}
    assert [e["stance"] for e in g.edges(stance="oppose", actor="Red Legion")] == ["oppose"]
    assert len(g.edges(polarity="negated")) == 1
    assert len(g.edges(min_sources=2)) == 1
    wire = _edge(g.edges(outlet="Northern Wire"), "red-legion", "support", "blue-front")
    assert (wire["mentions"], wire["negated"], wire["contested"]) == (1, 1, True)
    june = g.edges(since="2024-06", until="2024-06")
    assert [(e["mentions"], e["asserted"], e["hedged"]) for e in june] == [(2, 1, 1)]
    assert g.edges(actor="Nobody") == []


def test_two_batches_give_the_same_edges_as_one(tmp_path) -> None:
    one = Graph(build(tmp_path / "one.db", DOCS)).edges()
    two = Graph(build(tmp_path / "two.db", DOCS, batches=2)).edges()
    four = Graph(build(tmp_path / "four.db", DOCS, batches=4)).edges()
    assert one == two == four


def test_a_second_batch_only_touches_changed_actors(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("actorgraph.compare.aggregate.FULL_REBUILD_SHARE", 0.5)
    db = build(tmp_path / "s.db", DOCS)
    with Store(db) as store:
        extra = Doc(
            "d5", "Northern Wire", "2024-08-01", [Rel("Grey Host", "consult", "Green Guard")]
        )
        from _compare_fixtures import write

        write(store, extra)
        from actorgraph.pipeline import resolve

        actors, mapping = resolve(store.entities())
        store.replace_actors(actors, mapping)
        assert not is_fresh(store.conn)
        report = aggregate(store.conn)
        assert report.mode == "partial" and report.touched_actors == 2
        assert is_fresh(store.conn)
        assert aggregate(store.conn).mode == "fresh"


def test_version_1_store_is_migrated_and_read_only_stale_store_still_answers(tmp_path) -> None:
    db = build(tmp_path / "s.db", DOCS)
    expected = Graph(db).edges()
    with Store(db) as store:  # make it look like a store written by schema version 1
        for t in ("edges", "doc_outlets", "outlet_config", "edge_mapping", "meta"):
            store.conn.execute(f"DROP TABLE {t}")
        store.conn.execute("PRAGMA user_version = 1")
        store.conn.commit()
    assert Graph(db).edges() == expected  # read-only: computed in TEMP tables
    with Store(db) as store:  # a writable open migrates
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert Graph(store).edges() == expected
        assert is_fresh(store.conn)


def test_to_networkx_has_scalar_attributes_and_writes_graphml(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS)).to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["red-legion"]["name"] == "Red Legion" and g.nodes["red-legion"]["mentions"] == 0
    data = g.get_edge_data("red-legion", "blue-front")["support"]
    assert (
        data["mentions"] == 4 and data["contested"] is True and data["first_date"] == "2024-05-02"
    )
    assert g.number_of_edges() == 3
    for _, _, attrs in g.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())
    nx.write_graphml(g, tmp_path / "g.graphml")
    nx.write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == 3


def test_reader_during_a_writers_update_uses_the_stored_tables(tmp_path) -> None:
    """Between a writer's new resolution and its aggregation, a read-only reader (a server
    thread) reads the stored tables instead of rebuilding them on its own connection."""
    db = build(tmp_path / "s.db", DOCS)
    expected = Graph(db).edges()
    with Store(db) as store:  # as if actors were just replaced, aggregation still to come
        store.conn.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'actors_generation'"
        )
        store.conn.commit()
        assert not is_fresh(store.conn)
    reader = Graph(Store(db, readonly=True))
    assert reader.edges() == expected
    temp = reader.store.conn.execute("SELECT COUNT(*) FROM temp.sqlite_master").fetchone()[0]
    assert temp == 0
    reader.close()


def test_new_actors_and_their_edges_are_one_transaction(tmp_path, monkeypatch) -> None:
    """resolve_store swaps the actors and refreshes the edges in one transaction: when the
    aggregation fails halfway, the new actors are rolled back with it, so no reader ever
    sees actors that the stored edges do not know."""
    import pytest

    from _compare_fixtures import write
    from actorgraph.pipeline import resolve_store

    db = build(tmp_path / "s.db", DOCS)
    before = Graph(db).actor_names()

    def broken(conn, **_kw):
        conn.execute("DELETE FROM edges")  # part of the work done, then a failure
        raise RuntimeError("disk full")

    monkeypatch.setattr("actorgraph.compare.aggregate.aggregate", broken)
    with Store(db) as store:
        write(
            store,
            Doc("d5", "Northern Wire", "2024-08-01", [Rel("Grey Host", "consult", "Red Legion")]),
        )
        with pytest.raises(RuntimeError, match="disk full"):
            resolve_store(store)
        assert not store.conn.in_transaction
    monkeypatch.undo()
    reader = Graph(Store(db, readonly=True))
    assert reader.actor_names() == before  # no "Grey Host" without its edges
    assert is_fresh(reader.store.conn) and reader.edges() != []
    reader.close()
    with Store(db) as store:  # the next run finishes the job
        resolve_store(store)
    assert "Grey Host" in Graph(db).actor_names().values()
