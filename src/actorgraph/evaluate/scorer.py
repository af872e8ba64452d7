"""Evaluation of an analysis against gold annotations (format: ../shared/eval/README.md).

Placeholder: implemented in full by the evaluation work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def evaluate(
    export: dict[str, Any], gold_dir: Path, actors_path: Path | None = None
) -> dict[str, Any]:
    """Score an export (the JSON contract) against the gold files in ``gold_dir``.

    Returns ``{"docs": {name: row}, "total": row}``.
    """
    raise NotImplementedError
