"""Relation rows with actor ids, evidence text and outlet, fetched in SQL.

``Graph.relations()`` walks every relation, which is fine for an export but not for showing
twenty evidence sentences of one edge in a 100k-document store. These helpers read the
``rel_actors`` table (relations with both ends resolved, built by aggregation) through its
indexes, so the cost depends on the rows returned, not on how popular an actor is. Rows have
the shape of the export contract; ``outlet`` is the document's derived outlet
(``doc_outlets``, see :mod:`actorgraph.compare.outlets`).
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterable
from typing import Any

RELATION_COLUMNS = """
    ra.source, ra.target, ra.stance, ra.type, ra.plover, ra.polarity,
    ra.document, ra.sentence, ra.start, ra."end", sp.actor AS speaker, ra.rel_date AS date,
    ra.trigger, substr(d.text, ra.start + 1, ra."end" - ra.start) AS evidence, ra.outlet,
    ra.published, ra.sort_date
"""

RELATION_JOINS = """
LEFT JOIN entity_actor sp ON sp.document = ra.document AND sp.entity = ra.speaker
JOIN documents d ON d.id = ra.document
"""

_ROW_KEYS = (
    "source target stance type plover polarity document sentence start end speaker date"
    " trigger evidence outlet published"
).split()


def as_relation(row: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    """A relation row in the export-contract key order."""
    return dict(zip(_ROW_KEYS, tuple(row)[: len(_ROW_KEYS)], strict=True))


def edge_evidence(
    conn: sqlite3.Connection,
    keys: Iterable[tuple[str, str, str]],
    *,
    per_edge: int = 20,
    polarity: str | None = None,
    outlet: str | None = None,
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Up to ``per_edge`` relation rows for each (source, stance, target), oldest first
    (undated last). One index range scan per edge (the index is named: with several
    indexes starting with the edge key the planner may otherwise pick one it must sort)."""
    where = "ra.source = ? AND ra.stance = ? AND ra.target = ?"
    extra: list[str] = []
    if polarity:
        where += " AND ra.polarity = ?"
        extra.append(polarity)
    if outlet:
        where += " AND ra.outlet = ?"
        extra.append(outlet)
    sql = (
        f"SELECT {RELATION_COLUMNS} FROM rel_actors ra INDEXED BY rel_actors_edge"
        f" {RELATION_JOINS} WHERE {where}"  # noqa: S608
        " ORDER BY ra.sort_date, ra.document, ra.start LIMIT ?"
    )
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for key in dict.fromkeys(keys):
        rows = [as_relation(r) for r in conn.execute(sql, (*key, *extra, per_edge))]
        if rows:
            out[key] = rows
    return out


def actor_relations(
    conn: sqlite3.Connection,
    actor: str,
    *,
    direction: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Relations with ``actor`` as source and/or target (``direction`` ``out``/``in``/None),
    self-relations excluded, in date order (undated last); ``limit``/``offset`` page them.

    Each side is an index range scan in date order, so a page of a popular actor reads
    only ``offset + limit`` rows per side.
    """
    sides = {"out": "source", "in": "target"}
    wanted = [sides[direction]] if direction else list(sides.values())
    cap = "" if limit is None else f" LIMIT {int(offset) + int(limit)}"
    streams = []
    for column in wanted:
        sql = (
            f"SELECT {RELATION_COLUMNS} FROM rel_actors ra INDEXED BY rel_actors_{column}"  # noqa: S608
            f" {RELATION_JOINS}"
            f" WHERE ra.{column} = ? ORDER BY ra.sort_date, ra.document, ra.start{cap}"
        )
        streams.append(
            [
                (r["sort_date"], r["document"], r["start"], as_relation(r))
                for r in conn.execute(sql, (actor,))
            ]
        )
    merged = [x[3] for x in heapq.merge(*streams, key=lambda x: x[:3])]
    end = None if limit is None else offset + limit
    return merged[offset:end]


def actor_relation_count(conn: sqlite3.Connection, actor: str, direction: str) -> int:
    """How many relations ``actor`` has as source (``out``) or target (``in``)."""
    column = "source" if direction == "out" else "target"
    row = conn.execute(
        f"SELECT COUNT(*) FROM rel_actors WHERE {column} = ?",  # noqa: S608
        (actor,),
    ).fetchone()
    return int(row[0])
