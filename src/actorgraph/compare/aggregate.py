"""Aggregated edges and the query tables, computed in SQL after resolution.

Relations are stored per document with document-local entity ids; actors are rebuilt after
every run, so everything here is a cross-document step that runs after resolution:

* ``rel_actors`` — every relation with both ends resolved to actors, its outlet and its
  effective date, indexed so evidence, timelines and filtered edges are range scans;
* ``edges`` — one row per (source actor, stance, target actor), a GROUP BY over
  ``rel_actors``, with the contested flag and ranking columns (``strength``,
  ``pair_strength``) so ``contested()`` reads an index instead of recomputing;
* ``edge_outlets`` — the edges per (edge, outlet), aggregated over that outlet's relations,
  so a filter by outlet reads ranked rows;
* ``actor_stats`` / ``actor_outlets`` — per-actor mention and document counts;
* ``actor_labels`` — per (actor, outlet, label): uses and first use, for framing.

Incremental: the entity -> actor mapping the tables were computed with is kept in
``edge_mapping``. The next run diffs it against ``entity_actor``. Actors whose existing
entities were re-resolved (or whose documents were removed) have their rows deleted and
recomputed. Relations of new documents between other actors are aggregated on their own
and merged into the stored edges: every count is additive over disjoint documents
(``voices`` counts (document, speaker) pairs) and outlet lists are unions. When the rows to
recompute are a large share of all relations a full rebuild is cheaper. Either way the
result is the same as a full recomputation.
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
from dataclasses import dataclass
from importlib import resources

from actorgraph.compare.outlets import OutletConfig, sync_doc_outlets
from actorgraph.store.db import atomic, indexes_rebuilt

# Above this estimated share of relations to recompute, a full rebuild is cheaper.
FULL_REBUILD_SHARE = 0.2

_REL_COLUMNS = ", ".join(
    (
        "source stance target polarity document outlet date sort_date type plover sentence"
        ' start "end" trigger speaker rel_date published'
    ).split()
)

_REL_SELECT = """
SELECT s.actor, r.stance, t.actor, r.polarity, r.document, o.outlet,
       COALESCE(r.date, o.date), COALESCE(r.date, o.date, '~'),
       r.type, r.plover, r.sentence, r.start, r."end", r.trigger, r.speaker, r.date, o.date
FROM relations r
JOIN entity_actor s ON s.document = r.document AND s.entity = r.source
JOIN entity_actor t ON t.document = r.document AND t.entity = r.target
JOIN doc_outlets o ON o.document = r.document
WHERE s.actor != t.actor {where}
ORDER BY r.document, r.start
"""

_EDGE_INSERT_COLUMNS = (
    "source, stance, target, mentions, documents, outlets, outlet_names, first_date,"
    " last_date, asserted, negated, hedged, voices, contested, asserted_voices, negated_voices"
)

_VOICE = "document || '|' || COALESCE(speaker, '')"
_SELECT = f"""
SELECT source, stance, target,
       COUNT(*) AS mentions,
       COUNT(DISTINCT document) AS documents,
       COUNT(DISTINCT outlet) AS outlets,
       json_group_array(DISTINCT outlet) AS outlet_names,
       MIN(date) AS first_date,
       MAX(date) AS last_date,
       SUM(polarity = 'asserted') AS asserted,
       SUM(polarity = 'negated') AS negated,
       SUM(polarity = 'hedged') AS hedged,
       COUNT(DISTINCT CASE WHEN polarity IN ('asserted', 'negated') THEN {_VOICE} END) AS voices,
       0 AS contested,
       COUNT(DISTINCT CASE WHEN polarity = 'asserted' THEN {_VOICE} END) AS asserted_voices,
       COUNT(DISTINCT CASE WHEN polarity = 'negated' THEN {_VOICE} END) AS negated_voices
FROM {{table}} WHERE 1 {{where}}
GROUP BY source, stance, target
"""


def aggregate_select(where: str = "", table: str = "rel_actors") -> str:
    """The edge aggregation over ``rel_actors`` rows, with extra ``AND ...`` conditions."""
    return _SELECT.format(where=where, table=table)


# Relations of remapped actors, found through the entity_actor(actor) and
# relations(document, source|target) indexes.
_TOUCHED_RELATIONS = """
AND r.rowid IN (
    SELECT r2.rowid FROM temp.remapped x
    JOIN entity_actor e ON e.actor = x.actor
    JOIN relations r2 ON r2.document = e.document AND r2.source = e.entity
    UNION
    SELECT r2.rowid FROM temp.remapped x
    JOIN entity_actor e ON e.actor = x.actor
    JOIN relations r2 ON r2.document = e.document AND r2.target = e.entity
)
"""

_OF_REMAPPED = (
    "source IN (SELECT actor FROM temp.remapped) OR target IN (SELECT actor FROM temp.remapped)"
)

# Dates have mixed precision (YYYY, YYYY-MM, YYYY-MM-DD): a date's interval runs from the
# string itself to the string + '-99', which orders after every more precise date in it.
_OVERLAP = """(edges.first_date IS NULL OR o.first_date IS NULL
               OR (edges.first_date <= o.last_date || '-99'
                   AND o.first_date <= edges.last_date || '-99'))"""
_CONTESTED = f"""
UPDATE edges SET
  contested = (
    (asserted > 0 AND negated > 0 AND voices > 1)
    OR (asserted > 0 AND stance IN ('support', 'oppose') AND EXISTS (
        SELECT 1 FROM edges o
        WHERE o.source = edges.source AND o.target = edges.target
          AND o.stance = CASE edges.stance WHEN 'support' THEN 'oppose' ELSE 'support' END
          AND o.asserted > 0 AND {_OVERLAP}))),
  strength = CASE WHEN asserted > 0 AND negated > 0 AND voices > 1
                  THEN round(ag_sqrt(asserted_voices * negated_voices), 3) ELSE 0 END,
  pair_strength = CASE WHEN stance = 'support' AND asserted > 0 THEN COALESCE((
        SELECT round(ag_sqrt(edges.asserted_voices * o.asserted_voices), 3) FROM edges o
        WHERE o.source = edges.source AND o.target = edges.target AND o.stance = 'oppose'
          AND o.asserted > 0 AND {_OVERLAP}), 0) ELSE 0 END,
  pair_mentions = CASE WHEN stance = 'support' AND asserted > 0 THEN COALESCE((
        SELECT edges.asserted + o.asserted FROM edges o
        WHERE o.source = edges.source AND o.target = edges.target AND o.stance = 'oppose'
          AND o.asserted > 0 AND {_OVERLAP}), 0) ELSE 0 END
{{where}}
"""


def _earlier(column: str) -> str:
    """SQL for an upsert: the earlier of the stored and the incoming date, NULL meaning none
    (SQLite's two-argument min() would return NULL as soon as one side is NULL)."""
    return (
        f"CASE WHEN {column} IS NULL THEN excluded.{column}"
        f" WHEN excluded.{column} IS NULL THEN {column}"
        f" ELSE min({column}, excluded.{column}) END"
    )


def _later(column: str) -> str:
    """Like ``_earlier``, for the later date."""
    return _earlier(column).replace("min(", "max(")


# Merge edges of new documents (temp.delta_edges) into stored ones: counts add up because
# the documents are disjoint; outlet lists are unions; date bounds ignore NULLs like MIN/MAX.
_MERGE_DELTA = f"""
INSERT INTO edges ({_EDGE_INSERT_COLUMNS})
SELECT {_EDGE_INSERT_COLUMNS} FROM temp.delta_edges WHERE 1
ON CONFLICT (source, stance, target) DO UPDATE SET
  mentions = mentions + excluded.mentions,
  documents = documents + excluded.documents,
  outlet_names = (SELECT json_group_array(value) FROM (
      SELECT value FROM json_each(edges.outlet_names)
      UNION SELECT value FROM json_each(excluded.outlet_names))),
  first_date = {_earlier("first_date")},
  last_date = {_later("last_date")},
  asserted = asserted + excluded.asserted,
  negated = negated + excluded.negated,
  hedged = hedged + excluded.hedged,
  voices = voices + excluded.voices,
  asserted_voices = asserted_voices + excluded.asserted_voices,
  negated_voices = negated_voices + excluded.negated_voices
"""

# Mentions per actor (and documents with a mention); documents per (actor, outlet).
_ACTOR_STATS = """
SELECT ea.actor, COUNT(*), COUNT(DISTINCT m.document)
FROM mentions m JOIN entity_actor ea ON ea.document = m.document AND ea.entity = m.entity
WHERE 1 {where} GROUP BY ea.actor
"""
_ACTOR_OUTLETS = """
SELECT e.actor, o.outlet, COUNT(DISTINCT e.document)
FROM entity_actor e JOIN doc_outlets o ON o.document = e.document
WHERE 1 {where} GROUP BY e.actor, o.outlet
"""
# Labels per (actor, outlet, label): with exactly one MIN() in the query, SQLite takes the
# bare column (document) from the row holding that minimum, i.e. the first dated use.
_ACTOR_LABELS = """
SELECT e.actor, o.outlet, l.label, COUNT(*), MIN(o.date), l.document
FROM entity_actor e
JOIN labels l ON l.document = e.document AND l.entity = e.entity
JOIN doc_outlets o ON o.document = e.document
WHERE 1 {where} GROUP BY e.actor, o.outlet, l.label
"""
_MERGE_ACTOR_LABELS = f"""
 ON CONFLICT (actor, outlet, label) DO UPDATE SET
  uses = uses + excluded.uses,
  document = CASE WHEN excluded.first_use IS NOT NULL
                   AND (first_use IS NULL OR excluded.first_use < first_use)
              THEN excluded.document ELSE document END,
  first_use = {_earlier("first_use")}
"""
# Per (edge, outlet): additive over disjoint documents like the edges, so new documents
# are merged in the same way.
_EDGE_OUTLET_SELECT = """
SELECT outlet, source, stance, target, COUNT(*), COUNT(DISTINCT document), MIN(date), MAX(date),
       SUM(polarity = 'asserted'), SUM(polarity = 'negated'), SUM(polarity = 'hedged')
FROM {table} WHERE 1 {where}
GROUP BY source, stance, target, outlet
"""
_MERGE_EDGE_OUTLETS = f"""
INSERT INTO edge_outlets {_EDGE_OUTLET_SELECT.format(table="temp.delta_rel", where="")}
ON CONFLICT (source, stance, target, outlet) DO UPDATE SET
  mentions = mentions + excluded.mentions,
  documents = documents + excluded.documents,
  first_date = {_earlier("first_date")},
  last_date = {_later("last_date")},
  asserted = asserted + excluded.asserted,
  negated = negated + excluded.negated,
  hedged = hedged + excluded.hedged
"""
_QUERY_TABLES = (
    "edges",
    "rel_actors",
    "edge_outlets",
    "actor_stats",
    "actor_outlets",
    "actor_labels",
)


@dataclass(slots=True)
class AggregateReport:
    """What one aggregation did, for logs and the benchmark."""

    mode: str  # "fresh" (nothing to do), "partial" or "full"
    touched_actors: int = 0
    edges: int = 0
    seconds: float = 0.0
    share: float = 0.0  # estimated share of relations to recompute (partial/full choice)


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _has_query_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' AND name IN"
        " ('rel_actors', 'actor_stats', 'actor_outlets')"
    ).fetchone()
    return bool(row[0] == 3)


def is_fresh(conn: sqlite3.Connection) -> bool:
    """True when the stored query tables were computed from the current actor resolution."""
    try:
        edges_gen = _meta(conn, "edges_generation")
    except sqlite3.OperationalError:  # a version-1 store opened read-only
        return False
    return (
        edges_gen is not None
        and edges_gen == (_meta(conn, "actors_generation") or "0")
        and _has_query_tables(conn)
    )


def was_built(conn: sqlite3.Connection) -> bool:
    """True when the query tables were computed at least once (maybe for an older resolution)."""
    try:
        return _meta(conn, "edges_generation") is not None and _has_query_tables(conn)
    except sqlite3.OperationalError:
        return False


def _functions(conn: sqlite3.Connection) -> None:
    # SQLite's own sqrt() is an optional build feature; this one always exists.
    conn.create_function("ag_sqrt", 1, math.sqrt, deterministic=True)


def aggregate(conn: sqlite3.Connection, *, full: bool = False) -> AggregateReport:
    """Bring ``doc_outlets`` and the query tables up to date with ``entity_actor``, in one
    transaction (the caller's, when one is open: see ``store.db.atomic``)."""
    began = time.perf_counter()
    _functions(conn)
    with atomic(conn):
        outlets_changed = _meta(conn, "outlets_dirty") == "1"
        sync_doc_outlets(conn, rebuild=outlets_changed)
        conn.execute("DELETE FROM meta WHERE key = 'outlets_dirty'")
        has_edges = conn.execute("SELECT 1 FROM edges LIMIT 1").fetchone() is not None
        touched, share = 0, 1.0
        if (
            full
            or outlets_changed
            or not has_edges
            or _meta(conn, "edges_generation") is None
            or _meta(conn, "edge_outlets") is None  # a store from before that table
            or _meta(conn, "actor_labels") is None  # idem
        ):
            mode = "full"
        else:
            touched = _collect_diff(conn)
            share = _recompute_share(conn)
            mode = "partial" if share < FULL_REBUILD_SHARE else "full"
            if touched == 0:
                mode = "fresh"
        if mode == "full":
            _full(conn)
        elif mode == "partial":
            _partial(conn)
        for table in ("diff", "remapped", "new_docs", "delta_rel", "delta_edges"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('edges_generation', ?)",
            (_meta(conn, "actors_generation") or "0",),
        )
        n = conn.execute("SELECT COUNT(*) FROM edges").fetchone()[0]
        # Planner statistics: a full ANALYZE after a rebuild (sampled, so it stays quick),
        # otherwise SQLite's own judgement of whether they went stale.
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE" if mode == "full" else "PRAGMA optimize")
    return AggregateReport(mode, touched, n, time.perf_counter() - began, share)


def _full(conn: sqlite3.Connection) -> None:
    """Recompute every query table from scratch."""
    for table in _QUERY_TABLES:
        conn.execute(f"DELETE FROM {table}")
    # Building the indexes once after the bulk insert is much cheaper than maintaining them.
    with indexes_rebuilt(conn, "rel_actors"):
        conn.execute(f"INSERT INTO rel_actors ({_REL_COLUMNS}) {_REL_SELECT.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO edges ({_EDGE_INSERT_COLUMNS}) {aggregate_select()}")  # noqa: S608
    conn.execute(_CONTESTED.format(where=""))
    conn.execute(
        f"INSERT INTO edge_outlets {_EDGE_OUTLET_SELECT.format(table='rel_actors', where='')}"  # noqa: S608
    )
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('edge_outlets', '1')")
    conn.execute(f"INSERT INTO actor_stats {_ACTOR_STATS.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO actor_outlets {_ACTOR_OUTLETS.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO actor_labels {_ACTOR_LABELS.format(where='')}")  # noqa: S608
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('actor_labels', '1')")
    conn.execute("DELETE FROM edge_mapping")
    conn.execute("INSERT INTO edge_mapping SELECT * FROM entity_actor")


def _collect_diff(conn: sqlite3.Connection) -> int:
    """Fill ``temp.diff`` (mapping rows added or removed), ``temp.new_docs`` (documents the
    stored tables have never seen) and ``temp.remapped`` (actors whose existing entities
    changed or whose documents went away). Returns the number of distinct actors in the diff.
    """
    for table in ("diff", "remapped", "new_docs"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    conn.execute("CREATE TEMP TABLE diff (document TEXT, entity TEXT, actor TEXT, added INT)")
    conn.execute(
        "INSERT INTO temp.diff SELECT *, 1 FROM"
        " (SELECT * FROM entity_actor EXCEPT SELECT * FROM edge_mapping)"
    )
    conn.execute(
        "INSERT INTO temp.diff SELECT *, 0 FROM"
        " (SELECT * FROM edge_mapping EXCEPT SELECT * FROM entity_actor)"
    )
    conn.execute("CREATE TEMP TABLE new_docs (document TEXT PRIMARY KEY)")
    conn.execute(
        "INSERT OR IGNORE INTO temp.new_docs SELECT DISTINCT document FROM temp.diff d"
        " WHERE added AND NOT EXISTS (SELECT 1 FROM edge_mapping m"
        " WHERE m.document = d.document)"
    )
    conn.execute("CREATE TEMP TABLE remapped (actor TEXT PRIMARY KEY)")
    conn.execute(
        "INSERT OR IGNORE INTO temp.remapped SELECT actor FROM temp.diff"
        " WHERE document NOT IN (SELECT document FROM temp.new_docs)"
    )
    return conn.execute("SELECT COUNT(DISTINCT actor) FROM temp.diff").fetchone()[0]


def _recompute_share(conn: sqlite3.Connection) -> float:
    """Estimated share of all relations a partial update reads: those of remapped actors
    (from the stored edge counts) plus those of new documents."""
    total = conn.execute("SELECT COUNT(*) FROM rel_actors").fetchone()[0]
    remapped = conn.execute(
        f"SELECT COALESCE(SUM(mentions), 0) FROM edges WHERE {_OF_REMAPPED}"  # noqa: S608
    ).fetchone()[0]
    new = conn.execute(
        "SELECT COUNT(*) FROM relations WHERE document IN (SELECT document FROM temp.new_docs)"
    ).fetchone()[0]
    return (remapped + new) / max(total + new, 1)


def _partial(conn: sqlite3.Connection) -> None:
    """Recompute the rows of remapped actors; merge the relations of new documents."""
    # 1. Remapped actors: delete and recompute everything they are part of.
    conn.execute(f"DELETE FROM rel_actors WHERE {_OF_REMAPPED}")  # noqa: S608
    conn.execute(f"DELETE FROM edges WHERE {_OF_REMAPPED}")  # noqa: S608
    conn.execute(
        f"INSERT INTO rel_actors ({_REL_COLUMNS})"  # noqa: S608
        f" {_REL_SELECT.format(where=_TOUCHED_RELATIONS)}"
    )
    conn.execute(
        f"INSERT INTO edges ({_EDGE_INSERT_COLUMNS})"  # noqa: S608
        f" {aggregate_select('AND (' + _OF_REMAPPED + ')')}"
    )
    # 2. New documents' relations between actors that were not remapped: aggregate apart,
    # then merge (their edges may already exist from older documents).
    conn.execute(
        "CREATE TEMP TABLE delta_rel AS SELECT * FROM rel_actors WHERE 0"  # same columns
    )
    new_rel = (
        "AND r.document IN (SELECT document FROM temp.new_docs)"
        " AND s.actor NOT IN (SELECT actor FROM temp.remapped)"
        " AND t.actor NOT IN (SELECT actor FROM temp.remapped)"
    )
    conn.execute(
        f"INSERT INTO temp.delta_rel ({_REL_COLUMNS}) {_REL_SELECT.format(where=new_rel)}"  # noqa: S608
    )
    conn.execute(
        f"CREATE TEMP TABLE delta_edges AS {aggregate_select(table='temp.delta_rel')}"  # noqa: S608
    )
    conn.execute(_MERGE_DELTA)
    conn.execute(
        "UPDATE edges SET outlets = json_array_length(outlet_names)"
        " WHERE (source, stance, target) IN (SELECT source, stance, target FROM temp.delta_edges)"
    )
    conn.execute("INSERT INTO rel_actors SELECT * FROM temp.delta_rel")
    _update_edge_outlets(conn)
    # 3. Contested flags and ranks depend on the pair's other edge: refresh touched pairs.
    conn.execute(
        _CONTESTED.format(
            where=f"WHERE {_OF_REMAPPED} OR (source, target) IN"
            " (SELECT source, target FROM temp.delta_edges)"
        )
    )
    _update_actor_tables(conn)
    # 4. The mapping the tables now reflect.
    conn.execute(
        "DELETE FROM edge_mapping WHERE (document, entity) IN"
        " (SELECT document, entity FROM temp.diff WHERE NOT added)"
    )
    conn.execute(
        "INSERT OR REPLACE INTO edge_mapping SELECT document, entity, actor FROM temp.diff"
        " WHERE added"
    )


def _update_edge_outlets(conn: sqlite3.Connection) -> None:
    """Recompute the per-outlet rows of remapped actors; merge those of new documents."""
    conn.execute(f"DELETE FROM edge_outlets WHERE {_OF_REMAPPED}")  # noqa: S608
    conn.execute(
        "INSERT INTO edge_outlets"  # noqa: S608
        f" {_EDGE_OUTLET_SELECT.format(table='rel_actors', where='AND (' + _OF_REMAPPED + ')')}"
    )
    conn.execute(_MERGE_EDGE_OUTLETS)


def _update_actor_tables(conn: sqlite3.Connection) -> None:
    """Recompute per-actor counts of remapped actors; add those of new documents."""
    remapped = "AND ea.actor IN (SELECT actor FROM temp.remapped)"
    conn.execute("DELETE FROM actor_stats WHERE actor IN (SELECT actor FROM temp.remapped)")
    conn.execute(f"INSERT INTO actor_stats {_ACTOR_STATS.format(where=remapped)}")  # noqa: S608
    new = (
        "AND m.document IN (SELECT document FROM temp.new_docs)"
        " AND ea.actor NOT IN (SELECT actor FROM temp.remapped)"
    )
    conn.execute(
        f"INSERT INTO actor_stats {_ACTOR_STATS.format(where=new)}"  # noqa: S608
        " ON CONFLICT (actor) DO UPDATE SET mentions = mentions + excluded.mentions,"
        " documents = documents + excluded.documents"
    )
    conn.execute("DELETE FROM actor_outlets WHERE actor IN (SELECT actor FROM temp.remapped)")
    conn.execute(
        f"INSERT INTO actor_outlets {_ACTOR_OUTLETS.format(where=remapped.replace('ea.', 'e.'))}"  # noqa: S608
    )
    new_e = (
        "AND e.document IN (SELECT document FROM temp.new_docs)"
        " AND e.actor NOT IN (SELECT actor FROM temp.remapped)"
    )
    conn.execute(
        f"INSERT INTO actor_outlets {_ACTOR_OUTLETS.format(where=new_e)}"  # noqa: S608
        " ON CONFLICT (actor, outlet) DO UPDATE SET documents = documents + excluded.documents"
    )
    conn.execute("DELETE FROM actor_labels WHERE actor IN (SELECT actor FROM temp.remapped)")
    conn.execute(
        f"INSERT INTO actor_labels {_ACTOR_LABELS.format(where=remapped.replace('ea.', 'e.'))}"  # noqa: S608
    )
    conn.execute(
        f"INSERT INTO actor_labels {_ACTOR_LABELS.format(where=new_e)}"  # noqa: S608
        + _MERGE_ACTOR_LABELS
    )


def _schema_statements(table: str) -> list[str]:
    """The CREATE TABLE and CREATE INDEX statements of ``table`` in schema.sql."""
    script = resources.files("actorgraph.store").joinpath("schema.sql").read_text("utf-8")
    script = re.sub(r"--[^\n]*", "", script)
    return [
        s.strip()
        for s in script.split(";")
        if re.search(rf"CREATE TABLE IF NOT EXISTS {table}\s*\(", s)
        or re.search(rf"\bON {table}\s*\(", s)
    ]


def _create_temp(conn: sqlite3.Connection, table: str) -> None:
    """A TEMP copy of a schema.sql table (and its indexes) shadowing the stored one."""
    conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    for sql in _schema_statements(table):
        sql = sql.replace("CREATE TABLE IF NOT EXISTS", "CREATE TEMP TABLE", 1)
        sql = re.sub(r"CREATE INDEX IF NOT EXISTS (\w+)", r"CREATE INDEX temp.\1", sql)
        conn.execute(sql)


def build_temporary(conn: sqlite3.Connection, config: OutletConfig | None = None) -> None:
    """Compute the query tables into TEMP tables of this connection, leaving the file untouched.

    Used for read-only connections whose stored tables are stale (e.g. an older store) and
    for a one-off outlet mapping (``config``): the temp tables shadow the stored ones for
    this connection only.
    """
    _functions(conn)
    has_v2 = conn.execute(
        "SELECT 1 FROM main.sqlite_master WHERE name = 'outlet_config'"
    ).fetchone()
    conn.execute("DROP TABLE IF EXISTS temp.outlet_config")
    if config is not None or not has_v2:
        conn.execute(
            "CREATE TEMP TABLE outlet_config"
            " (kind TEXT, key TEXT, outlet TEXT, leaning TEXT, PRIMARY KEY (kind, key))"
        )
        if config is not None:
            conn.executemany("INSERT INTO temp.outlet_config VALUES (?,?,?,?)", config.rows())
    for table in ("doc_outlets", *_QUERY_TABLES):
        _create_temp(conn, table)
    sync_doc_outlets(conn)
    conn.execute(f"INSERT INTO temp.rel_actors ({_REL_COLUMNS}) {_REL_SELECT.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO temp.edges ({_EDGE_INSERT_COLUMNS}) {aggregate_select()}")  # noqa: S608
    conn.execute(_CONTESTED.format(where=""))
    conn.execute(
        f"INSERT INTO temp.edge_outlets {_EDGE_OUTLET_SELECT.format(table='rel_actors', where='')}"  # noqa: S608
    )
    conn.execute(f"INSERT INTO temp.actor_stats {_ACTOR_STATS.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO temp.actor_outlets {_ACTOR_OUTLETS.format(where='')}")  # noqa: S608
    conn.execute(f"INSERT INTO temp.actor_labels {_ACTOR_LABELS.format(where='')}")  # noqa: S608
    conn.commit()
