"""Quality gate: an analysis of ../shared/seeds must not score below the pinned floors.

Floors live in tests/quality_floors.json; re-pin them (current TOTAL - 0.02) with
`.venv/bin/python bench/update_floors.py` after extraction improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.evaluate.floors import below_floors, floor_of, load_floors, pin_floors
from actorgraph.evaluate.harness import analyze_and_export
from actorgraph.evaluate.scorer import TOTAL_METRICS, evaluate

FLOORS = Path(__file__).with_name("quality_floors.json")


def test_floors_file_pins_every_total_metric() -> None:
    floors = load_floors(FLOORS)
    assert set(floors) == set(TOTAL_METRICS)
    assert all(0.0 <= f <= 1.0 for f in floors.values())


def test_floor_is_value_minus_margin_rounded_down() -> None:
    assert floor_of(0.5) == 0.48
    assert floor_of(2 / 3) == 0.64
    assert floor_of(0.3333) == 0.31
    assert floor_of(1.0) == 0.98
    assert floor_of(0.01) == 0.0
    assert pin_floors({m: 0.5 for m in TOTAL_METRICS}) == {m: 0.48 for m in TOTAL_METRICS}


def test_below_floors_names_metric_value_and_floor() -> None:
    failures = below_floors(
        {"rel_strict_f1": 0.4, "actor_recall": 0.9},
        {
            "rel_strict_f1": 0.45,
            "actor_recall": 0.9,
            "date_recall": 0.1,
        },
    )
    assert failures == ["rel_strict_f1: 0.4000 < floor 0.45", "date_recall: None < floor 0.10"]


@pytest.mark.slow
def test_seed_scores_stay_above_floors(shared_dir: Path, tmp_path: Path) -> None:
    export = analyze_and_export([shared_dir / "seeds"], tmp_path / "seeds.db")
    total = evaluate(export, shared_dir / "eval" / "gold")["total"]
    assert total["docs"] == len(list((shared_dir / "seeds").glob("*.txt")))
    floors = load_floors(FLOORS)
    failures = below_floors(total, floors)
    table = "\n".join(
        f"  {m:15} {total.get(m, float('nan')):.4f}  floor {f:.2f}" for m, f in floors.items()
    )
    assert not failures, (
        "scores fell below the pinned floors:\n  "
        + "\n  ".join(failures)
        + f"\nall metrics (value, floor):\n{table}"
    )
