"""The fast query paths return what the slow ones did: per-outlet edges from ``edge_outlets``,
an actor's relations walked document by document, actor search without decoding every
alias list, and document search through the full-text index (with its documented change
from substring to word/prefix matching, and the substring fallback for older stores).

Stores are real SQLite files built from invented fixture documents.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from _compare_fixtures import Doc, Rel, build
from actorgraph.compare.aggregate import aggregate
from actorgraph.compare.edges import query_edges
from actorgraph.query import search
from actorgraph.query.graph import Graph
from actorgraph.records import Actor, Document
from actorgraph.store import actor_index
from actorgraph.store.db import Store

OUTLETS = "Harbor Ledger|Valley Courier|Northern Wire".split("|")
ACTORS = "Anna Kowal|Boris Tamm|Red Brigade|Clara Voss|Blue League".split("|")


def _docs(n: int = 24) -> list[Doc]:
    """Documents spread over outlets and dates; every relation pattern repeats with a twist."""
    docs = []
    for i in range(n):
        a, b, c = ACTORS[i % 5], ACTORS[(i + 1) % 5], ACTORS[(i + 3) % 5]
        rels = [
            Rel(a, "support", b, date=f"2024-0{1 + i % 9}"),
            Rel(b, "oppose", c, polarity="negated" if i % 4 == 0 else "asserted", speaker=a),
            Rel(c, "consult", a, polarity="hedged" if i % 3 == 0 else "asserted"),
            Rel(a, "support", b),  # a second mention of the same edge in the document
        ]
        docs.append(
            Doc(
                f"d{i:03d}",
                outlet=OUTLETS[i % 3],
                published=f"2024-{1 + i % 12:02d}-1{i % 10}",
                relations=rels,
                labels=[(a, "commander")],
            )
        )
    return docs


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("speed") / "s.db", _docs(), batches=3)


def _brute_edges(g: Graph, outlet: str) -> dict[tuple[str, str, str], dict[str, int]]:
    """Per (source, stance, target): mentions and documents of one outlet's relations."""
    doc_outlet = {
        r[0]: r[1] for r in g.store.conn.execute("SELECT document, outlet FROM doc_outlets")
    }
    out: dict[tuple[str, str, str], dict[str, int]] = {}
    docs: dict[tuple[str, str, str], set[str]] = {}
    for r in g.relations():
        if doc_outlet[r["document"]] != outlet or r["source"] == r["target"]:
            continue
        key = (r["source"], r["stance"], r["target"])
        row = out.setdefault(key, {"mentions": 0, "negated": 0})
        row["mentions"] += 1
        row["negated"] += r["polarity"] == "negated"
        docs.setdefault(key, set()).add(r["document"])
    for key, row in out.items():
        row["documents"] = len(docs[key])
    return out


@pytest.mark.parametrize("outlet", OUTLETS)
def test_outlet_edges_equal_a_brute_force_count(store: Path, outlet: str) -> None:
    g = Graph(store)
    rows = g.edges(outlet=outlet)
    brute = _brute_edges(g, outlet)
    got = {(e["source"], e["stance"], e["target"]): e for e in rows}
    assert set(got) == set(brute)
    for key, want in brute.items():
        assert got[key]["mentions"] == want["mentions"]
        assert got[key]["documents"] == want["documents"]
        assert got[key]["negated"] == want["negated"]
        assert got[key]["outlet_names"] == [outlet]
        assert all(ev["outlet"] == outlet for ev in got[key]["evidence"])


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"limit": 2, "offset": 1},
        {"actor": "Boris Tamm"},
        {"stance": "oppose", "evidence": 1},
        {"polarity": "negated"},
        {"polarity": "hedged", "min_sources": 2},
        {"evidence": 0, "limit": 3},
    ],
)
def test_outlet_edges_equal_the_reaggregation(store: Path, filters: dict) -> None:
    """Every filter the fast path takes gives the rows and order of query_edges."""
    g = Graph(store)
    seen = 0
    for outlet in OUTLETS:
        fast = g.edges(outlet=outlet, **filters)
        args = dict(filters)
        if "actor" in args:
            args["actor"] = g.find_actor(args["actor"])
        slow = query_edges(g.store.conn, g.actor_names(), outlet=outlet, **args)
        assert fast == slow
        seen += len(fast)
    assert seen  # the filter keeps something somewhere, so the comparison means something


def _table(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(sql).fetchall())
    finally:
        con.close()


def test_incremental_edge_outlets_equal_a_full_rebuild(store: Path, tmp_path: Path) -> None:
    """The store was built in three runs (partial aggregations); a full rebuild agrees."""
    before = _table(store, "SELECT * FROM edge_outlets")
    assert before
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(store)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    with Store(copy) as s:
        assert aggregate(s.conn, full=True).mode == "full"
    assert _table(copy, "SELECT * FROM edge_outlets") == before


def test_a_store_from_before_edge_outlets_is_filled_and_read_only_falls_back(
    tmp_path: Path,
) -> None:
    db = build(tmp_path / "old.db", _docs(9))
    want = Graph(db).edges(outlet=OUTLETS[0])
    con = sqlite3.connect(db)
    con.execute("DELETE FROM edge_outlets")
    con.execute("DELETE FROM meta WHERE key = 'edge_outlets'")
    con.commit()
    con.close()
    reader = Graph(db)  # read-only: the table is empty and unmarked, so it re-aggregates
    assert reader.edges(outlet=OUTLETS[0]) == want
    with Store(db) as s:
        assert aggregate(s.conn).mode == "full"
    assert _table(db, "SELECT COUNT(*) FROM edge_outlets")[0][0] > 0
    assert Graph(db).edges(outlet=OUTLETS[0]) == want


def test_actor_relations_equal_a_filter_over_all_relations(store: Path) -> None:
    g = Graph(store)
    everything = g.relations()
    for name in ACTORS:
        aid = g.find_actor(name)
        brute = [r for r in everything if aid in (r["source"], r["target"])]
        assert brute
        assert g.relations(actor=name) == brute
        negated = [r for r in brute if r["polarity"] == "negated"]
        assert g.relations(actor=aid, polarity="negated") == negated
        pages = [g.relations(actor=aid, limit=3, offset=o) for o in range(0, len(brute), 3)]
        assert [r for page in pages for r in page] == brute


def test_actors_and_actor_search_match_a_plain_scan(tmp_path: Path) -> None:
    db = build(tmp_path / "a.db", _docs(6))
    with Store(db) as s:
        actors = s.actors()
        actors[0] = Actor(
            actors[0].id,
            actors[0].name,
            actors[0].kind,
            [*actors[0].aliases, "Straße-Gruppe", 'the "Quoted" one'],
            actors[0].reasons,
        )
        s.replace_actors(actors, list(s.conn.execute("SELECT * FROM entity_actor")))
        aggregate(s.conn)
    g = Graph(db)
    rows = g.actors()
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)
    for needle in ["strasse", "STRASSE", "ße-gr", '"quoted"', "brigade", "zz", "a", '", "']:
        q = needle.casefold()
        brute = [
            r
            for r in rows
            if q in r["name"].casefold() or any(q in al.casefold() for al in r["aliases"])
        ]
        brute.sort(key=lambda r: (-r["mentions"], r["name"]))
        assert g.search_actors(needle) == brute, needle
    assert g.search_actors("strasse")[0]["id"] == actors[0].id


def test_actor_name_index_proposes_the_matches_and_old_stores_fall_back(tmp_path: Path) -> None:
    db = build(tmp_path / "a.db", _docs(6))
    with Store(db) as s:
        actors = s.actors()
        first = actors[0]
        actors[0] = Actor(first.id, first.name, first.kind, [*first.aliases, "Ærø Front"], [])
        s.replace_actors(actors, list(s.conn.execute("SELECT * FROM entity_actor")))
    g = Graph(db)
    conn = g.store.conn
    everyone = {r["id"] for r in g.actors()}
    found = actor_index.candidates(conn, "brigade")
    assert found is not None and set(found) == {g.find_actor("Red Brigade")} < everyone
    assert actor_index.candidates(conn, "ærø fr") == [first.id]
    assert actor_index.candidates(conn, "ab") is None  # too short for trigrams: scan
    # The index only proposes: text spanning two of an actor's names is a candidate there,
    # and no match.
    spanning = first.name.casefold()[-2:] + "\n" + "ærø"
    assert first.id in (actor_index.candidates(conn, spanning) or [])
    assert g.search_actors(spanning) == [] and g.find_actor(spanning) is None
    answers = {q: (g.find_actor(q), g.search_actors(q)) for q in ["ærø", "brig", "league", "a"]}
    assert answers["ærø"][0] == first.id
    g.close()
    # A store from before the index: read-only it scans, with the same answers; the next
    # writable open fills the index.
    con = sqlite3.connect(db)
    con.execute("DROP TABLE actor_names_fts")
    con.commit()
    con.close()
    old = Graph(db)
    assert actor_index.candidates(old.store.conn, "brigade") is None
    assert {q: (old.find_actor(q), old.search_actors(q)) for q in answers} == answers
    old.close()
    Store(db).close()
    refilled = Graph(db)
    assert set(actor_index.candidates(refilled.store.conn, "brigade") or []) == set(found)
    assert {q: (refilled.find_actor(q), refilled.search_actors(q)) for q in answers} == answers


TEXTS = {
    "a.txt": (
        "Harbor talks",
        "Officials met the Field Marshal in Türkiye. The field-marshal's envoy left early.",
    ),
    "b.txt": ("Valley report", "A ceasefire held in São Paulo state; no factor was reported."),
    "c.txt": ("Ceasefire Monitor", "Nothing in the body matches the headline word."),
}


def _search_store(path: Path) -> Path:
    with Store(path) as s:
        for i, (p, (title, text)) in enumerate(TEXTS.items()):
            s.add_document(Document(id=f"{i:016x}", path=p, text=text, title=title))
    return path


def _hits(g: Graph, q: str) -> list[tuple[str, str | None]]:
    out = []
    for d in g.search_documents(q):
        m = d["match"]
        out.append((d["path"], d["text"][m["start"] : m["end"]] if m else None))
    return out


def test_search_matches_words_prefixes_and_folded_letters(tmp_path: Path) -> None:
    g = Graph(_search_store(tmp_path / "s.db"))
    assert _hits(g, "field marsh") == [("a.txt", "Field Marshal")]
    assert _hits(g, "turkiye") == [("a.txt", "Türkiye")]
    assert _hits(g, "SAO PAULO") == [("b.txt", "São Paulo")]
    assert _hits(g, "ceasefire") == [("b.txt", "ceasefire"), ("c.txt", None)]  # c: title only
    assert _hits(g, "envoy") == [("a.txt", "envoy")]
    assert _hits(g, "act") == []  # "factor": a word must start with the query
    assert _hits(g, "!!!") == []
    assert _hits(g, "envoy\x00left") == [("a.txt", "envoy left")]  # NUL: no early end
    assert _hits(g, 'marshal"s') == [("a.txt", "marshal's")]  # a quote is no syntax


def test_search_index_follows_deletes_and_fills_old_stores(tmp_path: Path) -> None:
    db = _search_store(tmp_path / "s.db")
    with Store(db) as s:
        s.conn.execute("DELETE FROM documents WHERE path = 'a.txt'")
        s.conn.commit()
    assert _hits(Graph(db), "envoy") == []
    # A store from before the index: dropped here, filled again on the next writable open.
    con = sqlite3.connect(db)
    con.executescript(
        "DROP TABLE documents_fts; DROP TABLE documents_fts_ids;"
        " DROP VIEW documents_fts_content; DROP TRIGGER documents_fts_insert;"
        " DROP TRIGGER documents_fts_delete; DROP TRIGGER documents_fts_update;"
    )
    con.close()
    old = Graph(db)  # read-only, no index: substring match
    assert not search.has_index(old.store.conn)
    assert _hits(old, "actor") == [("b.txt", "actor")]
    assert _hits(old, "Ceasefire") == [("b.txt", "ceasefire"), ("c.txt", None)]
    old.close()
    Store(db).close()
    assert _hits(Graph(db), "sao") == [("b.txt", "São")]
    assert _hits(Graph(db), "actor") == []


def test_search_orders_by_path_whichever_plan_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "many.db") as s:
        for i in range(30):
            s.add_document(
                Document(id=f"{i:016x}", path=f"{(i * 7) % 30:02d}.txt", text=f"Border talk {i}.")
            )
    g = Graph(tmp_path / "many.db")
    sorted_plan = [d["path"] for d in g.search_documents("border", limit=10)]
    monkeypatch.setattr(search, "SORT_CAP", 3)
    walked_plan = [d["path"] for d in g.search_documents("border", limit=10)]
    assert sorted_plan == walked_plan == [f"{i:02d}.txt" for i in range(10)]


def test_a_long_lived_graph_reads_links_after_a_writer_re_resolves(tmp_path: Path) -> None:
    """``serve`` keeps one Graph open while ``analyze`` may rebuild the actors: per-document
    reads and whole-store reads must show the new links, not ones cached before."""
    db = build(tmp_path / "a.db", _docs(3))
    g = Graph(db)
    doc = g.documents()[0]["id"]
    before = {m["actor"] for m in g.labels(document=doc)}
    everything = {m["actor"] for m in g.labels()}
    assert before and len(everything) > 1
    with Store(db) as s:
        # Every entity now belongs to one merged actor.
        actors = s.actors()
        merged = Actor("merged", "Merged", actors[0].kind, [a.name for a in actors], [])
        links = [(r[0], r[1], "merged") for r in s.conn.execute("SELECT * FROM entity_actor")]
        s.replace_actors([merged], links)
    assert {m["actor"] for m in g.labels(document=doc)} == {"merged"} != before
    assert {m["actor"] for m in g.labels()} == {"merged"} != everything
