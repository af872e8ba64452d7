"""Contested relations: asserted vs denied, opposite stances in overlapping time."""

from __future__ import annotations

import itertools

import pytest
from typer.testing import CliRunner

from _compare_fixtures import Doc, Rel, build
from actorgraph.cli import app
from actorgraph.query.graph import Graph

DOCS = [
    # One outlet says the Red Legion backs the Blue Front; a spokeswoman quoted elsewhere denies it.
    Doc("d1", "Daily Ruritan", "2024-05-02", [Rel("Red Legion", "support", "Blue Front")]),
    Doc("d2", "Daily Ruritan", "2024-05-09", [Rel("Red Legion", "support", "Blue Front")]),
    Doc(
        "d3",
        "Northern Wire",
        "2024-05-10",
        [Rel("Red Legion", "support", "Blue Front", "negated", speaker="Anna Volk")],
    ),
    # One voice asserting and denying the same thing is not a dispute between sources.
    Doc(
        "d4",
        "Northern Wire",
        "2024-05-11",
        [
            Rel("Grey Host", "support", "Green Guard"),
            Rel("Grey Host", "support", "Green Guard", "negated"),
        ],
    ),
    # Opposite stances for one pair in the same month; and a pair that changed sides later.
    Doc("d5", "Daily Ruritan", "2024-06", [Rel("Green Guard", "support", "Blue Front")]),
    Doc("d6", "Northern Wire", "2024-06-20", [Rel("Green Guard", "oppose", "Blue Front")]),
    Doc("d7", "Daily Ruritan", "2020-01-05", [Rel("Grey Host", "support", "Blue Front")]),
    Doc("d8", "Northern Wire", "2024-03-01", [Rel("Grey Host", "oppose", "Blue Front")]),
]


@pytest.fixture
def graph(tmp_path) -> Graph:
    return Graph(build(tmp_path / "s.db", DOCS))


def test_assert_versus_deny_shows_both_sides_with_speaker(graph: Graph) -> None:
    rows = graph.contested()
    denied = [r for r in rows if r["reason"] == "denied"]
    assert [(r["source"], r["stance"], r["target"]) for r in denied] == [
        ("red-legion", "support", "blue-front")
    ]
    asserted, negated = denied[0]["sides"]
    assert (asserted["label"], asserted["documents"], asserted["outlets"]) == (
        "asserted",
        2,
        ["Daily Ruritan"],
    )
    assert (negated["label"], negated["documents"], negated["outlets"]) == (
        "negated",
        1,
        ["Northern Wire"],
    )
    assert [e["speaker"] for e in negated["evidence"]] == ["anna-volk"]
    assert all(e["polarity"] == "asserted" for e in asserted["evidence"])
    assert denied[0]["strength"] == pytest.approx(2**0.5, abs=1e-3)
    assert rows[0] is denied[0]  # strongest first


def test_opposite_stance_needs_overlapping_time(graph: Graph) -> None:
    opposite = [r for r in graph.contested() if r["reason"] == "opposite_stance"]
    assert [(r["source"], r["target"]) for r in opposite] == [("green-guard", "blue-front")]
    assert [s["label"] for s in opposite[0]["sides"]] == ["support", "oppose"]
    assert [s["outlets"] for s in opposite[0]["sides"]] == [["Daily Ruritan"], ["Northern Wire"]]
    flags = {(e["source"], e["stance"], e["target"]): e["contested"] for e in graph.edges()}
    assert flags[("green-guard", "oppose", "blue-front")] is True
    assert flags[("grey-host", "oppose", "blue-front")] is False
    assert flags[("grey-host", "support", "green-guard")] is False


def test_cli_lists_contested_strongest_first(graph: Graph) -> None:
    result = CliRunner().invoke(app, ["contested", "--db", str(graph.store.path)])
    assert result.exit_code == 0, result.output
    assert result.output.index("Red Legion") < result.output.index("opposite_stance")
    assert "Anna Volk" in result.output


def test_every_cross_document_denial_in_seeds_and_sample_is_listed(shared_dir, tmp_path) -> None:
    from actorgraph.sample import corpus_path

    db = tmp_path / "all.db"
    runner = CliRunner()
    args = ["analyze", str(shared_dir / "seeds"), str(corpus_path()), "--db", str(db), "-q"]
    assert runner.invoke(app, args).exit_code == 0
    g = Graph(db)
    by_edge: dict[tuple, dict[str, set[str]]] = {}
    for r in g.relations():
        if r["source"] and r["target"] and r["source"] != r["target"]:
            key = (r["source"], r["stance"], r["target"])
            by_edge.setdefault(key, {}).setdefault(r["polarity"], set()).add(r["document"])
    expected = {
        k
        for k, p in by_edge.items()
        if any(a != b for a, b in itertools.product(p.get("asserted", ()), p.get("negated", ())))
    }
    listed = {
        (c["source"], c["stance"], c["target"]) for c in g.contested() if c["reason"] == "denied"
    }
    assert expected and expected <= listed
    for c in g.contested():
        assert all(side["evidence"] for side in c["sides"])
