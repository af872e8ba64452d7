"""Contested relations: where sources disagree, both sides are kept and shown.

Two rules (docs/compare.md):

* ``denied`` — one (source, stance, target) edge is asserted by some voice and negated by
  another. A voice is a (document, speaker) pair, so an outlet quoting a spokesman's denial
  of what it reports itself counts as two voices, but a sentence repeated within one voice
  does not.
* ``opposite_stance`` — the same directed pair is asserted as ``support`` by some relations
  and as ``oppose`` by others, and the two edges' date ranges overlap (a missing date is
  taken to overlap everything; a month or year covers all its days).

``strength`` is the geometric mean of the number of distinct voices on the two sides: a
claim and its denial each repeated by five outlets outrank a one-off disagreement, and a
lopsided dispute (ten against one) ranks below a balanced one with the same total.

Flags and strengths are computed at aggregation (``edges.strength`` for denials,
``edges.pair_strength`` on the support edge of an opposite-stance pair), so a page of the
strongest rows is two index scans; side statistics and evidence are fetched for that page
only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from actorgraph.compare.evidence import edge_evidence

EVIDENCE_PER_SIDE = 20

_DENIED = """
SELECT source, stance, target, strength, asserted + negated FROM edges
WHERE strength > 0 ORDER BY strength DESC, asserted + negated DESC, source, target {page}
"""
_OPPOSITE = """
SELECT source, 'support/oppose', target, pair_strength, pair_mentions FROM edges
WHERE pair_strength > 0 ORDER BY pair_strength DESC, pair_mentions DESC, source, target {page}
"""
# Per polarity of one edge: documents, voices ((document, speaker) pairs) and outlets.
_SIDE_STATS = """
SELECT COUNT(DISTINCT document), COUNT(DISTINCT document || '|' || COALESCE(speaker, '')),
       json_group_array(DISTINCT outlet)
FROM rel_actors WHERE source = ? AND stance = ? AND target = ? AND polarity = ?
"""


def find_contested(
    conn: sqlite3.Connection,
    names: Mapping[str, str],
    *,
    limit: int | None = None,
    offset: int = 0,
    evidence: int = EVIDENCE_PER_SIDE,
) -> list[dict[str, Any]]:
    """Contested relations with both sides and their evidence, strongest first;
    ``limit``/``offset`` page them and ``evidence`` caps the rows per side."""
    page = "" if limit is None else f"LIMIT {int(offset) + int(limit)}"
    found = [
        (tuple(r), "denied")
        for r in conn.execute(_DENIED.format(page=page))  # noqa: S608
    ] + [
        (tuple(r), "opposite_stance")
        for r in conn.execute(_OPPOSITE.format(page=page))  # noqa: S608
    ]

    def rank(item: tuple[tuple[Any, ...], str]) -> tuple[Any, ...]:
        (source, _, target, strength, mentions), _reason = item
        return (-strength, -mentions, names.get(source, source), names.get(target, target))

    found.sort(key=rank)
    end = None if limit is None else offset + limit
    out = []
    for (source, stance, target, strength, mentions), reason in found[offset:end]:
        if reason == "denied":
            key = (source, stance, target)
            sides = [
                _side(conn, "asserted", key, "asserted", evidence),
                _side(conn, "negated", key, "negated", evidence),
            ]
        else:
            sides = [
                _side(conn, "support", (source, "support", target), "asserted", evidence),
                _side(conn, "oppose", (source, "oppose", target), "asserted", evidence),
            ]
        out.append(
            {
                "source": source,
                "source_name": names.get(source, source),
                "target": target,
                "target_name": names.get(target, target),
                "stance": stance,
                "reason": reason,
                "strength": strength,
                "mentions": mentions,
                "sides": sides,
            }
        )
    return out


def _side(
    conn: sqlite3.Connection,
    label: str,
    key: tuple[str, str, str],
    polarity: str,
    evidence: int,
) -> dict[str, Any]:
    docs, voices, outlets = conn.execute(_SIDE_STATS, (*key, polarity)).fetchone()
    rows = (
        edge_evidence(conn, [key], per_edge=evidence, polarity=polarity).get(key, [])
        if evidence > 0
        else []
    )
    return {
        "label": label,
        "documents": docs,
        "voices": voices,
        "outlets": sorted(x for x in json.loads(outlets) if x is not None),
        "evidence": rows,
    }
