"""Reading aggregated edges, with filters and evidence.

Without an outlet or date filter the stored ``edges`` table answers directly. With one,
the edges are re-aggregated from the matching relations only, so ``mentions``,
``documents`` and the polarity counts describe what that outlet (or period) reported;
``contested`` keeps the store-wide flag. Filtered re-aggregation reads ``rel_actors``
through its outlet, date or actor indexes; ``offset`` with ``limit`` pages the result.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from actorgraph.compare.aggregate import aggregate_select
from actorgraph.compare.evidence import edge_evidence

EDGE_COLUMNS = (
    "source stance target mentions documents outlets outlet_names first_date last_date"
    " asserted negated hedged voices contested"
).split()


def query_edges(
    conn: sqlite3.Connection,
    names: Mapping[str, str],
    *,
    actor: str | None = None,
    stance: str | None = None,
    polarity: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_sources: int = 1,
    limit: int | None = None,
    offset: int = 0,
    evidence: int = 20,
) -> list[dict[str, Any]]:
    """Edge rows (see ``Graph.edges``), most mentioned first."""
    where = ["documents >= :min_sources"]
    if actor:
        where.append("(source = :actor OR target = :actor)")
    if stance:
        where.append("stance = :stance")
    if polarity:
        where.append(f"{polarity} > 0" if polarity in ("asserted", "negated", "hedged") else "0")
    params: dict[str, Any] = {
        "actor": actor,
        "stance": stance,
        "outlet": outlet,
        "since": since,
        "until": until,
        "min_sources": min_sources,
    }
    if outlet or since or until:
        rel_where = []
        if outlet:
            rel_where.append("AND outlet = :outlet")
        if since:
            rel_where.append("AND date >= :since")
        if until:
            # "2025-03" includes 2025-03-31: compare against the padded upper bound.
            rel_where.append("AND date <= :until || '-99'")
        if actor:
            rel_where.append("AND (source = :actor OR target = :actor)")
        inner = aggregate_select(" ".join(rel_where))
        source = (
            f"(SELECT a.source, a.stance, a.target, a.mentions, a.documents, a.outlets,"
            f" a.outlet_names, a.first_date, a.last_date, a.asserted, a.negated, a.hedged,"
            f" a.voices, COALESCE(e.contested, 0) AS contested FROM ({inner}) a"
            f" LEFT JOIN edges e ON e.source = a.source AND e.stance = a.stance"
            f" AND e.target = a.target)"
        )
    else:
        source = "edges"
    sql = (
        f"SELECT {', '.join(EDGE_COLUMNS)} FROM {source} WHERE {' AND '.join(where)}"
        " ORDER BY mentions DESC, documents DESC, source, stance, target"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    elif offset:
        sql += f" LIMIT -1 OFFSET {int(offset)}"
    rows = [dict(zip(EDGE_COLUMNS, tuple(r), strict=True)) for r in conn.execute(sql, params)]
    ev = (
        edge_evidence(
            conn,
            [(r["source"], r["stance"], r["target"]) for r in rows],
            per_edge=evidence,
            outlet=outlet,
        )
        if evidence > 0 and rows
        else {}
    )
    out = []
    for r in rows:
        key = (r["source"], r["stance"], r["target"])
        rels = ev.get(key, [])
        out.append(
            {
                "source": r["source"],
                "source_name": names.get(r["source"], r["source"]),
                "target": r["target"],
                "target_name": names.get(r["target"], r["target"]),
                "stance": r["stance"],
                "mentions": r["mentions"],
                "documents": r["documents"],
                "outlets": r["outlets"],
                "outlet_names": sorted(json.loads(r["outlet_names"])),
                "first_date": r["first_date"],
                "last_date": r["last_date"],
                "asserted": r["asserted"],
                "negated": r["negated"],
                "hedged": r["hedged"],
                "contested": bool(r["contested"]),
                "evidence": rels,
            }
        )
    return out
