"""How each outlet frames one actor: the labels it uses, the relations around the actor,
and a simple tone score.

Tone (docs/compare.md) combines the outlet's labels for the actor with the stance others
take toward it in that outlet's relations (negated relations are left out)::

    tone = (sum of label scores + 0.5 * (support_in - oppose_in))
           / (number of labels + 0.5 * (support_in + oppose_in))

Every label counts in the denominator, so neutral names dilute one loaded epithet; an
outlet that neither labels the actor nor reports relations toward it has tone 0. The
actor's own actions (support_out, oppose_out) are reported but not scored: fighting is
what armed actors do, whoever describes it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from actorgraph.compare.tone import label_score

RELATION_WEIGHT = 0.5
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)

# Precomputed at aggregation (actor_outlets): documents with one of the actor's entities.
_DOCUMENTS = "SELECT outlet, documents FROM actor_outlets WHERE actor = ?"

# Support/oppose relations around the actor per outlet, negated ones left out; each side
# is a scan of a covering index (rel_actors_out / rel_actors_in).
_STANCES = """
SELECT outlet, stance, COUNT(*) FROM rel_actors
WHERE {column} = ? AND stance IN ('support', 'oppose') AND polarity != 'negated'{among}
GROUP BY outlet, stance
"""

# Precomputed at aggregation (actor_labels): uses per (outlet, label as written).
_LABEL_COUNTS = "SELECT outlet, label, uses, first_use, document FROM actor_labels WHERE actor = ?"
# The same from the per-document tables, for a store aggregated before actor_labels existed
# (opened read-only, so it cannot be brought up to date). Slow for a popular actor.
_LABELS = """
SELECT o.outlet, l.label, COUNT(*), MIN(o.date), l.document
FROM entity_actor e
JOIN labels l ON l.document = e.document AND l.entity = e.entity
JOIN doc_outlets o ON o.document = e.document
WHERE e.actor = ?{among} GROUP BY o.outlet, l.label
"""


def _among(only: list[str] | None, column: str = "outlet") -> tuple[str, tuple[str, ...]]:
    """The condition ``AND column IN (...)`` keeping the chosen outlets' rows, and its
    parameter; nothing when every outlet is wanted."""
    if only is None:
        return "", ()
    return f" AND {column} IN (SELECT value FROM json_each(?))", (json.dumps(only),)


def _label_counts(
    conn: sqlite3.Connection, actor: str, only: list[str] | None
) -> list[sqlite3.Row]:
    try:
        among, extra = _among(only)
        return conn.execute(_LABEL_COUNTS + among, (actor, *extra)).fetchall()
    except sqlite3.OperationalError:  # no actor_labels table
        among, extra = _among(only, "o.outlet")
        return conn.execute(_LABELS.format(among=among), (actor, *extra)).fetchall()


def framing_rows(
    conn: sqlite3.Connection, actor: str, limit: int | None = None
) -> list[dict[str, Any]]:
    """One row per outlet that mentions ``actor`` (an actor id), most documents first;
    ``limit`` keeps the first rows, and reads only those outlets' labels and relations (an
    actor of a large collection is named by thousands of outlets)."""
    only: list[str] | None = None
    if limit is not None:
        ranked = conn.execute(_DOCUMENTS + " ORDER BY documents DESC, outlet", (actor,)).fetchall()
        if len(ranked) >= limit:  # else outlets known only from labels may still belong in
            only = [r[0] for r in ranked[:limit]]
    rows = _framing(conn, actor, only)
    return rows if limit is None else rows[:limit]


def outlet_count(conn: sqlite3.Connection, actor: str) -> int:
    """How many outlets have a document with ``actor`` (the rows ``framing_rows`` gives on an
    up-to-date store)."""
    return int(
        conn.execute("SELECT COUNT(*) FROM actor_outlets WHERE actor = ?", (actor,)).fetchone()[0]
    )


def _framing(conn: sqlite3.Connection, actor: str, only: list[str] | None) -> list[dict[str, Any]]:
    """The rows of ``framing_rows``; with ``only``, of those outlets alone."""
    among, extra = _among(only)  # every query below reads the chosen outlets only
    outlets: dict[str, dict[str, Any]] = {}

    def outlet_row(outlet: str, docs: int = 0) -> dict[str, Any]:
        return outlets.setdefault(
            outlet,
            {
                "outlet": outlet,
                "documents": docs,
                "labels": {},
                "support_in": 0,
                "oppose_in": 0,
                "support_out": 0,
                "oppose_out": 0,
            },
        )

    for outlet, docs in conn.execute(_DOCUMENTS + among, (actor, *extra)):
        outlet_row(outlet, docs)
    variants: dict[tuple[str, str], dict[str, int]] = {}
    for outlet, label, uses, date, document in _label_counts(conn, actor, only):
        # An outlet missing from the per-actor counts: a store aggregated by an older version.
        row = outlet_row(outlet)
        text = _ARTICLE.sub("", " ".join(label.split()))  # "the Field Marshal" = "Field Marshal"
        key = text.casefold()
        entry = row["labels"].setdefault(
            key, {"label": text, "count": 0, "first_use": date, "document": document}
        )
        entry["count"] += uses
        if date is not None and (entry["first_use"] is None or date < entry["first_use"]):
            entry["first_use"], entry["document"] = date, document
        seen = variants.setdefault((outlet, key), {})
        seen[text] = seen.get(text, 0) + uses
    for (outlet, key), seen in variants.items():
        # Shown as the outlet writes it most often ("warlord militia" over "Warlord militia").
        outlets[outlet]["labels"][key]["label"] = min(seen, key=lambda t: (-seen[t], t))
    for column, direction in (("target", "in"), ("source", "out")):
        stances = _STANCES.format(column=column, among=among)
        for outlet, stance, n in conn.execute(stances, (actor, *extra)):
            counts = outlets.get(outlet)
            if counts is not None:
                counts[f"{stance}_{direction}"] += n
    result = []
    for row in outlets.values():
        labels = sorted(row["labels"].values(), key=lambda x: (-x["count"], x["label"]))
        row["labels"] = labels
        row["tone"] = tone(
            [(x["label"], x["count"]) for x in labels], row["support_in"], row["oppose_in"]
        )
        result.append(row)
    result.sort(key=lambda r: (-r["documents"], r["outlet"]))
    return result


def tone(labels: list[tuple[str, int]], support_in: int, oppose_in: int) -> float:
    """The tone formula of the module docstring, rounded to 3 places, in [-1, 1]."""
    num = sum(label_score(text) * n for text, n in labels)
    num += RELATION_WEIGHT * (support_in - oppose_in)
    den = sum(n for _, n in labels) + RELATION_WEIGHT * (support_in + oppose_in)
    return round(num / den, 3) if den else 0.0
