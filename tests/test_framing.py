"""Framing per outlet: labels, relations around the actor, tone; table and DataFrame."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from _compare_fixtures import Doc, Rel, build
from actorgraph.cli import app
from actorgraph.compare.framing import tone
from actorgraph.compare.tone import label_score
from actorgraph.query.graph import Graph

DOCS = [
    Doc(
        "d1",
        "Daily Ruritan",
        "2024-05-02",
        [Rel("Grey Host", "oppose", "Red Legion")],
        labels=[("Red Legion", "warlord militia"), ("Red Legion", "warlord militia")],
    ),
    Doc(
        "d2",
        "Daily Ruritan",
        "2024-04-01",
        labels=[("Red Legion", "Warlord militia")],
        relations=[Rel("Red Legion", "oppose", "Blue Front")],
    ),
    Doc(
        "d3",
        "Northern Wire",
        "2024-05-03",
        [
            Rel("Green Guard", "support", "Red Legion"),
            Rel("Blue Front", "support", "Red Legion", "negated"),
        ],
        labels=[("Red Legion", "legitimate army"), ("Red Legion", "the anti-terror force")],
    ),
]


@pytest.mark.parametrize(
    ("label", "score"),
    [
        ("warlord", -1.0),
        ("putschist general", -0.5),
        ("anti-jihadi rebel leader", 0.5),
        ("strong man", -1.0),
        ("Field Marshall", 0.5),
        ("internationally recognised government", 1.0),
        ("UN-recognised", 1.0),
        ("camp", 0.0),
    ],
)
def test_label_scores(label: str, score: float) -> None:
    assert label_score(label) == score


def test_tone_formula() -> None:
    assert tone([], 0, 0) == 0.0
    assert tone([("warlord", 2), ("camp", 2)], 0, 0) == -0.5
    assert tone([("legitimate", 1)], 2, 0) == 1.0
    assert tone([("warlord", 1)], 0, 2) == -1.0
    assert tone([], 1, 1) == 0.0


def test_outlets_frame_the_same_actor_differently(tmp_path) -> None:
    g = Graph(build(tmp_path / "s.db", DOCS))
    rows = {r["outlet"]: r for r in g.framing_rows("Red Legion")}
    assert set(rows) == {"Daily Ruritan", "Northern Wire"}
    daily, wire = rows["Daily Ruritan"], rows["Northern Wire"]
    assert daily["documents"] == 2
    assert daily["labels"] == [
        {"label": "warlord militia", "count": 3, "first_use": "2024-04-01", "document": "d2"}
    ]
    assert (daily["oppose_in"], daily["oppose_out"], daily["support_in"]) == (1, 1, 0)
    assert daily["tone"] == -1.0
    assert [x["label"] for x in wire["labels"]] == ["anti-terror force", "legitimate army"]
    assert (wire["support_in"], wire["oppose_in"]) == (1, 0)  # the negated one is left out
    assert wire["tone"] == pytest.approx((1 + 1 + 0.5) / 2.5, abs=1e-3)
    frame = g.framing("Red Legion")
    assert isinstance(frame, pd.DataFrame) and list(frame["outlet"]) == [
        "Daily Ruritan",
        "Northern Wire",
    ]
    assert list(frame.columns)[-1] == "tone"
    assert g.framing_rows("Nobody") == [] and g.framing("Nobody").empty


def test_compare_command_prints_labels_per_outlet(tmp_path) -> None:
    db = build(tmp_path / "s.db", DOCS)
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--actor", "Red Legion"])
    assert result.exit_code == 0, result.output
    assert "warlord militia (3)" in result.output and "legitimate army (1)" in result.output
    missing = CliRunner().invoke(app, ["compare", "--db", str(db), "--actor", "Nobody"])
    assert missing.exit_code == 2 and "no actor matches" in missing.output


def test_seed_outlets_label_haftar_differently(shared_dir, tmp_path) -> None:
    db = tmp_path / "seeds.db"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["analyze", str(shared_dir / "seeds"), "--db", str(db), "-q"]).exit_code
        == 0
    )
    labels = {
        r["outlet"]: {x["label"] for x in r["labels"]} for r in Graph(db).framing_rows("Haftar")
    }
    assert len([o for o, ls in labels.items() if ls]) >= 2
    assert len({frozenset(ls) for ls in labels.values()}) == len(labels)


def test_label_counts_added_in_batches_equal_one_run(tmp_path, monkeypatch) -> None:
    """The per-(actor, outlet, label) counts are merged for new documents and recomputed for
    re-resolved actors; either way framing reads what one run over everything gives."""
    one = Graph(build(tmp_path / "one.db", DOCS)).framing_rows("red-legion")
    monkeypatch.setattr("actorgraph.compare.aggregate.FULL_REBUILD_SHARE", 2.0)  # always partial
    for batches in (2, 3):
        db = build(tmp_path / f"b{batches}.db", DOCS, batches=batches)
        assert Graph(db).framing_rows("red-legion") == one
    assert any(row["labels"] for row in one)


def test_a_limited_framing_is_the_first_rows_of_the_full_one(tmp_path) -> None:
    """The actor page shows the outlets with the most documents: ``limit`` reads only those
    outlets' labels and relations, and must give exactly the first rows of the full table."""
    outlets = [f"Outlet {chr(65 + i)}" for i in range(6)]
    docs = [
        Doc(
            f"m{i:02d}",
            outlets[i % 6 if i < 12 else i % 3],  # A-C get more documents than D-F
            f"2024-03-{1 + i:02d}",
            [Rel("Grey Host", "oppose" if i % 2 else "support", "Red Legion")],
            labels=[("Red Legion", "warlord militia" if i % 3 else "national army")],
        )
        for i in range(20)
    ]
    g = Graph(build(tmp_path / "many.db", docs))
    full = g.framing_rows("Red Legion")
    assert [r["outlet"] for r in full[:3]] == outlets[:3] and len(full) == 6
    for limit in (1, 2, 3, 5, 6, 10):
        assert g.framing_rows("Red Legion", limit=limit) == full[:limit], limit
    assert g.framing_outlet_count(g.find_actor("Red Legion") or "") == 6
