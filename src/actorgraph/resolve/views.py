"""The distinct facts resolution needs, read from an ``entities`` table in SQL.

Resolution used to load every document-local entity into memory; at 100k articles that
alone passes 2 GB. The rules only need distinct keys, forms and names and where each was
first (or last) seen in (document, entity id) order, so SQLite aggregates them and Python
keeps one entry per distinct fact. Positions come from ``ROW_NUMBER`` over that order, which
is what keeps merges, tie-breaks and reason order identical to a pass over all entities.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from actorgraph.records import Entity
from actorgraph.store.db import entity_row

_SCHEMA = """
CREATE TABLE entities (
    document TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    key TEXT NOT NULL, aliases TEXT NOT NULL, reasons TEXT NOT NULL, affiliation TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX entities_key ON entities(key);
"""


def memory_table(items: Iterable[tuple[str, Entity]]) -> sqlite3.Connection:
    """An in-memory ``entities`` table holding ``items``, for resolving without a store."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    conn.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)", [entity_row(d, e) for d, e in items]
    )
    return conn


class EntityViews:
    """Aggregated reads over the ``entities`` table of one connection.

    Every read goes through one temporary table of distinct entity forms (key, kind, name,
    aliases, reasons, affiliation) with the first and last position of each, filled in one
    pass over the entities in (document, id) order: at 100k articles 2.4M entities make
    about 220k forms, and each rule reads those instead of numbering every entity again.
    Use as a context manager: the table is dropped on exit.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._ready = False

    def __enter__(self) -> EntityViews:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._ready:
            self.conn.execute("DROP TABLE IF EXISTS temp.entity_forms")
            self._ready = False

    def _forms(self) -> str:
        """The name of the forms table, filled on first use."""
        if not self._ready:
            self.conn.execute("DROP TABLE IF EXISTS temp.entity_forms")
            self.conn.execute(
                "CREATE TEMP TABLE entity_forms AS"
                " SELECT key, kind, name, aliases, reasons, affiliation,"
                " MIN(pos) AS first, MAX(pos) AS last FROM ("
                " SELECT key, kind, name, aliases, reasons, affiliation,"
                " ROW_NUMBER() OVER (ORDER BY document, id) AS pos FROM entities)"
                " GROUP BY key, kind, name, aliases, reasons, affiliation"
            )
            self._ready = True
        return "temp.entity_forms"

    def distinct_keys(self) -> Iterator[str]:
        """Every distinct resolution key."""
        for (key,) in self.conn.execute(f"SELECT DISTINCT key FROM {self._forms()}"):  # noqa: S608
            yield key

    def non_person_forms(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """Distinct (key, kind, name, aliases) of non-person entities, by first occurrence.
        A repeat of an identical entity can only repeat merges already made."""
        for key, kind, name, aliases in self.conn.execute(
            f"SELECT key, kind, name, aliases FROM {self._forms()} WHERE kind != 'person'"  # noqa: S608
            " GROUP BY key, kind, name, aliases ORDER BY MIN(first)"
        ):
            yield key, kind, name, json.loads(aliases)

    def person_names(self) -> Iterator[tuple[str, str, int, int]]:
        """Distinct (key, name) of persons with first and last position, by first position."""
        yield from self.conn.execute(
            f"SELECT key, name, MIN(first) AS first, MAX(last) FROM {self._forms()}"  # noqa: S608
            " WHERE kind = 'person' GROUP BY key, name ORDER BY first"
        )

    def first_affiliations(self) -> Iterator[tuple[str, str]]:
        """Per person key, the affiliation of its first affiliated entity, by that position."""
        # A bare column beside MIN() takes its value from the row holding the minimum.
        for key, affiliation, _first in self.conn.execute(
            f"SELECT key, affiliation, MIN(first) AS first FROM {self._forms()}"  # noqa: S608
            " WHERE kind = 'person' AND affiliation IS NOT NULL AND affiliation != ''"
            " GROUP BY key ORDER BY first"
        ):
            yield key, affiliation

    def government_entities(self) -> Iterator[tuple[str, str]]:
        """(key, name) of every "<person> administration" entity in (document, id) order."""
        yield from self.conn.execute(
            "SELECT key, name FROM entities WHERE key GLOB 'govof:*' ORDER BY document, id"
        )

    def members_by_root(
        self, roots: Iterable[tuple[str, str]]
    ) -> Iterator[tuple[str, str, str, list[str], list[str]]]:
        """(root, kind, name, aliases, reasons) of every distinct entity form, ordered by
        root and then by first occurrence; ``roots`` gives each key's root. Streams: one
        group at a time. A form's repeats add nothing to what a group collects, and taking
        forms by first occurrence keeps the order in which kinds and reasons first appear."""
        c = self.conn
        forms = self._forms()
        c.execute("DROP TABLE IF EXISTS temp.key_root")
        c.execute("CREATE TEMP TABLE key_root (key TEXT PRIMARY KEY, root TEXT NOT NULL)")
        try:
            c.executemany("INSERT INTO temp.key_root VALUES (?, ?)", roots)
            for root, kind, name, aliases, reasons in c.execute(
                "SELECT r.root, f.kind, f.name, f.aliases, f.reasons"  # noqa: S608
                f" FROM {forms} f JOIN temp.key_root r ON r.key = f.key"
                " ORDER BY r.root, f.first"
            ):
                yield root, kind, name, _json_list(aliases), _json_list(reasons)
        finally:
            c.execute("DROP TABLE IF EXISTS temp.key_root")


def _json_list(text: str) -> list[str]:
    """A JSON list column; most are empty, and skipping the parser for those halves the
    cost of streaming every entity at resolution."""
    return [] if text == "[]" else json.loads(text)
