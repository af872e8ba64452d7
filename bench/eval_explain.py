"""Print, per document, what an analysis missed or got wrong against the gold annotations.

usage: .venv/bin/python bench/eval_explain.py DB [--gold DIR] [--actors FILE]
(DB is a store written by `actorgraph analyze ../shared/seeds --db DB`.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from actorgraph.evaluate.explain import explain
from actorgraph.evaluate.reference import GoldError
from actorgraph.query.graph import Graph
from actorgraph.store.db import StoreError

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--gold", type=Path, default=REPO.parent / "shared" / "eval" / "gold")
    ap.add_argument("--actors", type=Path, default=None)
    args = ap.parse_args()
    try:
        graph = Graph(args.db)
        sys.stdout.write(explain(graph.export(), args.gold, args.actors))
    except (GoldError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
