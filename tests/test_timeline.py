"""Timeline: an actor's relations by date and the alignment summary per period."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from _compare_fixtures import Doc, Rel, build
from actorgraph.cli import app
from actorgraph.compare.timeline import alignment
from actorgraph.query.graph import Graph

DOCS = [
    Doc("d2", "Northern Wire", "2021-02-01", [Rel("Red Legion", "oppose", "Blue Front")]),
    Doc(
        "d1",
        "Daily Ruritan",
        "2020-05-20",
        [Rel("Red Legion", "support", "Blue Front", date="2020-05-18")],
    ),
    Doc("d3", "Daily Ruritan", None, [Rel("Green Guard", "support", "Red Legion")]),
    Doc(
        "d4", "Daily Ruritan", "2021-02-03", [Rel("Blue Front", "oppose", "Red Legion", "negated")]
    ),
    Doc("d5", "Daily Ruritan", "2021-02-03", [Rel("Green Guard", "oppose", "Blue Front")]),
]


def test_rows_sorted_by_date_with_undated_last(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS))
    rows = g.timeline("Red Legion")
    assert [(r["date"], r["stance"], r["document"]) for r in rows] == [
        ("2020-05-18", "support", "d1"),
        ("2021-02-01", "oppose", "d2"),
        ("2021-02-03", "oppose", "d4"),
        (None, "support", "d3"),
    ]
    assert rows[0]["source_name"] == "Red Legion" and rows[0]["outlet"] == "Daily Ruritan"
    assert rows[0]["evidence"] == "Red Legion backs Blue Front."
    assert set(rows[0]) == set(
        "date source source_name target target_name stance type polarity document outlet evidence".split()
    )
    assert g.timeline("Nobody") == []


def test_alignment_shows_the_shift(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS))
    summary = alignment(g.timeline("Red Legion"), "red-legion", "year")
    assert [
        (s["period"], s["counterpart"], s.get("support_out", 0), s.get("oppose_out", 0))
        for s in summary
    ][:2] == [
        ("2020", "blue-front", 1, 0),
        ("2021", "blue-front", 0, 1),
    ]
    assert all(s.get("oppose_in", 0) == 0 for s in summary)  # the negated row is not counted
    assert summary[-1]["period"] is None and summary[-1]["support_in"] == 1


def test_cli_timeline_json_and_table(tmp_path) -> None:
    db = build(tmp_path / "s.db", DOCS)
    runner = CliRunner()
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Red Legion", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["relations"]) == 4 and data["alignment"][0]["period"] == "2020-05"
    table = runner.invoke(
        app, ["timeline", "--db", str(db), "-a", "Red Legion", "--period", "year"]
    )
    assert table.exit_code == 0 and "Blue Front" in table.output and "undated" in table.output
    bad = runner.invoke(app, ["timeline", "--db", str(db), "-a", "Red Legion", "--period", "week"])
    assert bad.exit_code == 2 and "month or year" in bad.output
