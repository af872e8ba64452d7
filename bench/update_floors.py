"""Re-pin the quality floors: analyse ../shared/seeds, score it against ../shared/eval and
write each TOTAL metric minus 0.02 (rounded down to 2 decimals) to tests/quality_floors.json.

usage: .venv/bin/python bench/update_floors.py [--shared DIR] [--margin 0.02] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from actorgraph.evaluate.floors import MARGIN, pin_floors, write_floors
from actorgraph.evaluate.harness import analyze_and_export
from actorgraph.evaluate.scorer import evaluate

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "tests" / "quality_floors.json"
ABOUT = (
    "Minimum TOTAL scores of an analysis of ../shared/seeds against ../shared/eval "
    "(tests/test_quality_gate.py). Re-pin with: .venv/bin/python bench/update_floors.py"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--margin", type=float, default=MARGIN)
    ap.add_argument("--dry-run", action="store_true", help="print the floors, write nothing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export = analyze_and_export([args.shared / "seeds"], Path(tmp) / "seeds.db")
    total = evaluate(export, args.shared / "eval" / "gold")["total"]
    floors = pin_floors(total, args.margin)
    for metric, floor in floors.items():
        print(f"{metric:15} {total[metric]:.4f} -> floor {floor:.2f}")
    if args.dry_run:
        print(json.dumps(floors, indent=1))
        return
    write_floors(FLOORS, floors, ABOUT)
    print(f"wrote {FLOORS}")


if __name__ == "__main__":
    main()
