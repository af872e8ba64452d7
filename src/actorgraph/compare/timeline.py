"""An actor's relations in date order, and how its alignments change over time.

A relation's date is the date its sentence gives, else its document's publication date;
relations with neither come last. ``alignment`` buckets the same rows by month (or year)
and counterpart, so a shift such as "backs X in 2019, fights X in 2020" is one line each.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from typing import Any

from actorgraph.compare.evidence import actor_relations


def timeline_rows(
    conn: sqlite3.Connection,
    actor: str,
    names: Mapping[str, str],
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Relations of ``actor`` (an id) sorted by date, in the ``Graph.timeline`` row shape;
    ``limit``/``offset`` page them (the rows are read in date order from an index)."""
    rows = []
    for rel in actor_relations(conn, actor, limit=limit, offset=offset):
        rows.append(
            {
                "date": rel["date"] or rel["published"],
                "source": rel["source"],
                "source_name": names.get(rel["source"], rel["source"]),
                "target": rel["target"],
                "target_name": names.get(rel["target"], rel["target"]),
                "stance": rel["stance"],
                "type": rel["type"],
                "polarity": rel["polarity"],
                "document": rel["document"],
                "outlet": rel["outlet"],
                "evidence": rel["evidence"],
            }
        )
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["document"], r["source"]))
    return rows


def alignment(
    rows: list[dict[str, Any]], actor: str, period: str = "month"
) -> list[dict[str, Any]]:
    """Per period and counterpart: support / oppose / consult counts (negated left out).

    ``period`` is ``month`` (YYYY-MM) or ``year``; undated rows fall in period ``None``.
    """
    width = 7 if period == "month" else 4
    counts: dict[tuple[str | None, str, str], Counter[str]] = {}
    for r in rows:
        if r["polarity"] == "negated":
            continue
        outgoing = r["source"] == actor
        other = r["target"] if outgoing else r["source"]
        other_name = r["target_name"] if outgoing else r["source_name"]
        when = r["date"][:width] if r["date"] else None
        key = (when, other, other_name)
        counts.setdefault(key, Counter())[f"{r['stance']}_{'out' if outgoing else 'in'}"] += 1
    out = []
    for (when, other, other_name), c in counts.items():
        out.append({"period": when, "counterpart": other, "counterpart_name": other_name, **c})
    out.sort(key=lambda r: (r["period"] is None, r["period"] or "", r["counterpart_name"]))
    return out
