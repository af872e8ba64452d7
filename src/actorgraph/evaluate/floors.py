"""Quality floors: pinned minimum TOTAL scores that the analysis must not fall below.

The floors file is JSON: ``{"about": "...", "floors": {metric: floor}}``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from actorgraph.evaluate.scorer import TOTAL_METRICS

MARGIN = 0.02


def load_floors(path: Path) -> dict[str, float]:
    floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    return {metric: float(value) for metric, value in floors.items()}


def below_floors(total: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per metric under its floor (or missing from ``total``)."""
    failures = []
    for metric, floor in floors.items():
        value = total.get(metric)
        if not isinstance(value, int | float) or value < floor:
            shown = f"{value:.4f}" if isinstance(value, int | float) else repr(value)
            failures.append(f"{metric}: {shown} < floor {floor:.2f}")
    return failures


def floor_of(value: float, margin: float = MARGIN) -> float:
    """``value - margin`` rounded down to 2 decimals, never below 0."""
    hundredths = math.floor(round((value - margin) * 100, 6))
    return max(0.0, hundredths / 100)


def pin_floors(total: dict[str, Any], margin: float = MARGIN) -> dict[str, float]:
    return {metric: floor_of(float(total[metric]), margin) for metric in TOTAL_METRICS}


def write_floors(path: Path, floors: dict[str, float], about: str) -> None:
    data = {"about": about, "floors": floors}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
