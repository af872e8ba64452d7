"""Actor names looked up on demand.

A store built from a large collection holds hundreds of thousands of actors (every person
named once is one), so reading all their names to label the fifty edges of one page cost
more than the page itself. ``ActorNames`` is a read-only mapping that fetches a name the
first time it is asked for and remembers it for the rest of the call.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping

_MISSING = object()


class ActorNames(Mapping[str, str]):
    """``{actor id: name}`` over the ``actors`` table of one connection, read lazily."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._seen: dict[str, str | None] = {}

    def _lookup(self, actor_id: str) -> str | None:
        if actor_id not in self._seen:
            row = self._conn.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
            self._seen[actor_id] = row[0] if row else None
        return self._seen[actor_id]

    def __getitem__(self, actor_id: str) -> str:
        name = self._lookup(actor_id) if isinstance(actor_id, str) else None
        if name is None:
            raise KeyError(actor_id)
        return name

    def __contains__(self, actor_id: object) -> bool:
        return isinstance(actor_id, str) and self._lookup(actor_id) is not None

    def __iter__(self) -> Iterator[str]:  # every actor: only for callers that need them all
        return (r[0] for r in self._conn.execute("SELECT id FROM actors ORDER BY id"))

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0])
