"""Edges as one outlet reported them, read from the precomputed ``edge_outlets`` table.

``compare.edges.query_edges`` answers an outlet filter by re-aggregating that outlet's
relations on every call (tens of thousands of rows on a large store). Aggregation keeps the
same numbers per (edge, outlet) in ``edge_outlets``, ranked by an index, so a page of one
outlet's edges reads only that page; each edge's evidence from the outlet is one range scan
of ``rel_actors_edge_outlet``. Rows are the same as ``query_edges(outlet=...)`` returns,
in the same order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from actorgraph.compare.evidence import RELATION_COLUMNS, RELATION_JOINS, as_relation

_POLARITIES = ("asserted", "negated", "hedged")

_EVIDENCE = (
    f"SELECT {RELATION_COLUMNS} FROM rel_actors ra INDEXED BY rel_actors_edge_outlet"  # noqa: S608
    f" {RELATION_JOINS}"
    " WHERE ra.source = ? AND ra.stance = ? AND ra.target = ? AND ra.outlet = ?"
    " ORDER BY ra.sort_date, ra.document, ra.start LIMIT ?"
)


def available(conn: sqlite3.Connection) -> bool:
    """True when aggregation has filled ``edge_outlets`` (a store from before it has not)."""
    try:
        row = conn.execute("SELECT 1 FROM meta WHERE key = 'edge_outlets'").fetchone()
    except sqlite3.OperationalError:  # a version-1 store opened read-only
        return False
    return row is not None


def outlet_edges(
    conn: sqlite3.Connection,
    names: Mapping[str, str],
    outlet: str,
    *,
    actor: str | None = None,
    stance: str | None = None,
    polarity: str | None = None,
    min_sources: int = 1,
    limit: int | None = None,
    offset: int = 0,
    evidence: int = 20,
) -> list[dict[str, Any]]:
    """Edge rows of ``Graph.edges(outlet=...)`` (without a date filter), most mentioned first."""
    where = ["eo.outlet = :outlet", "eo.documents >= :min_sources"]
    if actor:
        where.append("(eo.source = :actor OR eo.target = :actor)")
    if stance:
        where.append("eo.stance = :stance")
    if polarity:
        where.append(f"eo.{polarity} > 0" if polarity in _POLARITIES else "0")
    sql = (
        "SELECT eo.source, eo.stance, eo.target, eo.mentions, eo.documents, eo.first_date,"
        " eo.last_date, eo.asserted, eo.negated, eo.hedged, COALESCE(e.contested, 0)"
        " FROM edge_outlets eo LEFT JOIN edges e"
        " ON e.source = eo.source AND e.stance = eo.stance AND e.target = eo.target"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY eo.mentions DESC, eo.documents DESC, eo.source, eo.stance, eo.target"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    elif offset:
        sql += f" LIMIT -1 OFFSET {int(offset)}"
    params = {"outlet": outlet, "min_sources": min_sources, "actor": actor, "stance": stance}
    out = []
    for r in conn.execute(sql, params).fetchall():
        source, stance_, target = r[0], r[1], r[2]
        rels = (
            [as_relation(x) for x in conn.execute(_EVIDENCE, (*r[:3], outlet, evidence))]
            if evidence > 0
            else []
        )
        out.append(
            {
                "source": source,
                "source_name": names.get(source, source),
                "target": target,
                "target_name": names.get(target, target),
                "stance": stance_,
                "mentions": r[3],
                "documents": r[4],
                "outlets": 1,
                "outlet_names": [outlet],
                "first_date": r[5],
                "last_date": r[6],
                "asserted": r[7],
                "negated": r[8],
                "hedged": r[9],
                "contested": bool(r[10]),
                "evidence": rels,
            }
        )
    return out
