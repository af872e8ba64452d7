"""The embedded SQLite store: one file, WAL mode, one transaction per document.

All SQL of the package lives here (and in the query layer, which only reads).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path

from actorgraph.records import (
    Actor,
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Label,
    Mention,
    Rejection,
    Relation,
    Sentence,
)
from actorgraph.store import actor_index

SCHEMA_VERSION = 3  # 2: comparison tables (edges, ...); 3: query tables, ranks, indexes
WRITER_CACHE_KIB = 65536  # page cache of a writable connection (SQLite's default: 2 MB)
WAL_CHECKPOINT_PAGES = 16384  # checkpoint the WAL at 64 MB of 4 KiB pages (default: 1000)

# Columns added to existing tables after they first shipped: (table, column, declaration).
# CREATE TABLE IF NOT EXISTS leaves an old table as it is, so these are added by ALTER.
_ADDED_COLUMNS = (
    ("edges", "asserted_voices", "INTEGER NOT NULL DEFAULT 0"),
    ("edges", "negated_voices", "INTEGER NOT NULL DEFAULT 0"),
    ("edges", "strength", "REAL NOT NULL DEFAULT 0"),
    ("edges", "pair_strength", "REAL NOT NULL DEFAULT 0"),
    ("edges", "pair_mentions", "INTEGER NOT NULL DEFAULT 0"),
)


class StoreError(Exception):
    """The store file cannot be opened or is not an actorgraph store."""


_ATOMIC_DEPTH: dict[int, int] = {}  # id(connection) -> open ``atomic`` blocks


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction that nests: the outermost ``atomic`` begins it (taking the write
    lock at once) and commits, or rolls back on an error; an inner one joins it.

    Unlike ``with conn:``, which commits at every exit, this lets a caller make several
    steps one transaction, so a reader sees either none or all of them. Statements left
    pending before the outermost block (the implicit transaction of the ``sqlite3`` module)
    are committed first, as ``with conn:`` would have done.
    """
    key = id(conn)
    depth = _ATOMIC_DEPTH.get(key, 0)
    if depth:
        _ATOMIC_DEPTH[key] = depth + 1
        try:
            yield conn
        finally:
            _ATOMIC_DEPTH[key] = depth
        return
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    _ATOMIC_DEPTH[key] = 1
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        conn.commit()
    finally:
        del _ATOMIC_DEPTH[key]


@contextmanager
def indexes_rebuilt(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Drop the secondary indexes of ``table``, run the block, then create them again.

    For a bulk rewrite of a large table inside one transaction: building an index once
    from the finished rows is one sort, while keeping it up to date costs a random B-tree
    insert per row (at 100k articles, 2.4M links: 7 s against 18 s). Readers keep seeing
    the old indexes until the transaction commits; an error rolls the drop back too.
    """
    rows = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    for name, _sql in rows:
        conn.execute(f'DROP INDEX main."{name}"')
    yield
    for _name, sql in rows:
        conn.execute(sql)


def _schema_sql() -> str:
    return resources.files("actorgraph.store").joinpath("schema.sql").read_text("utf-8")


class Store:
    """A connection to one actorgraph SQLite file.

    Readers and one writer may use the same file from different processes (WAL).
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly and not self.path.exists():
            raise StoreError(
                f"{self.path}: no such store; run `actorgraph analyze PATH --db {self.path}` first"
            )
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # The writer inserts into a dozen indexes keyed by document hashes, i.e. at
                # random places: with SQLite's default 2 MB page cache a large store re-reads
                # index pages for every document. Checkpointing the WAL every 64 MB instead
                # of every 4 MB writes a hot index page once per checkpoint, not once per
                # shard, and waits on fsync 16x less often (bench: load 1.6 -> 1.0 ms/doc).
                self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a usable actorgraph store ({exc}); pass another --db file"
            ) from exc

    # -- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer actorgraph (schema {version}); upgrade actorgraph"
            )
        # Every writable open runs the (idempotent) script, so a store created before an
        # index was added gets it too; it costs a few milliseconds when nothing is missing.
        with self.conn:
            if self._add_missing_columns():
                # New columns are only filled by a full aggregation: mark the edges stale.
                self.conn.execute("DELETE FROM meta WHERE key = 'edges_generation'")
            self.conn.executescript(_schema_sql())
            self._fill_search_index()
            actor_index.fill_if_missing(self.conn)
            if version < SCHEMA_VERSION:
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        from actorgraph.store import bulk  # imports this module

        bulk.restore(self.conn)  # finishes a bulk load that was interrupted (store/bulk.py)

    def _fill_search_index(self) -> None:
        """Index the documents of a store from before the full-text index, in one transaction
        (from then on the triggers of schema.sql keep it in step with every insert)."""
        c = self.conn
        if (
            c.execute("SELECT 1 FROM documents_fts_ids LIMIT 1").fetchone()
            or not c.execute("SELECT 1 FROM documents LIMIT 1").fetchone()
        ):
            return
        from actorgraph.store.bulk import index_missing_documents  # imports this module

        index_missing_documents(c)

    def _add_missing_columns(self) -> bool:
        """ALTER existing tables that lack a column of ``_ADDED_COLUMNS``; True if any did."""
        added = False
        for table, column, decl in _ADDED_COLUMNS:
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            if have and column not in have:
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
                added = True
        return added

    def _check_version(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            raise StoreError(f"{self.path}: not an actorgraph store (no schema)")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with atomic(self.conn):
            yield self.conn

    # -- writing ------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def document_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    def add_document(
        self,
        doc: Document,
        analysis: Analysis | None = None,
        *,
        rows: Mapping[str, Sequence[Sequence[object]]] | None = None,
    ) -> bool:
        """Store a document and its analysis atomically. Returns False if it was already there.

        ``rows`` (``analysis_rows`` of the analysis, built elsewhere) may stand for ``analysis``.
        """
        analyzed = analysis is not None or rows is not None
        with atomic(self.conn):
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO documents (id, path, title, author, outlet, published, url,"
                " format, text, analyzed) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.path,
                    doc.title,
                    doc.author,
                    doc.outlet,
                    doc.published,
                    doc.url,
                    doc.format,
                    doc.text,
                    1 if analyzed else 0,
                ),
            )
            if cur.rowcount == 0:
                return False
            if rows is not None:
                self._write_rows(rows)
            elif analysis is not None:
                self._write_analysis(analysis)
        return True

    def replace_analysis(self, analysis: Analysis) -> None:
        """Replace the stored analysis of one document (e.g. after an extractor upgrade)."""
        did = analysis.document_id
        with atomic(self.conn):
            for table in (
                "sentences",
                "entities",
                "mentions",
                "relations",
                "claims",
                "events",
                "labels",
            ):
                self.conn.execute(f"DELETE FROM {table} WHERE document = ?", (did,))  # noqa: S608
            self._write_analysis(analysis)
            self.conn.execute("UPDATE documents SET analyzed = 1 WHERE id = ?", (did,))

    def _write_analysis(self, a: Analysis) -> None:
        self._write_rows(analysis_rows(a))

    def _write_rows(self, rows: Mapping[str, Sequence[Sequence[object]]]) -> None:
        """Insert one document's analysis rows, given per table as ``analysis_rows`` makes them."""
        for table, sql in _INSERT_ANALYSIS.items():
            if rows.get(table):
                self.conn.executemany(sql, rows[table])

    def add_rejection(self, rej: Rejection) -> None:
        with atomic(self.conn):
            self.conn.execute(
                "INSERT INTO rejections (path, reason) VALUES (?, ?)", (rej.path, rej.reason)
            )

    def replace_actors(
        self, actors: Iterable[Actor], mapping: Iterable[tuple[str, str, str]]
    ) -> None:
        """Replace the resolution result: actors and (document, entity) -> actor links."""
        links = list(mapping)
        self._replace_actors(
            actors, lambda: self.conn.executemany("INSERT INTO entity_actor VALUES (?,?,?)", links)
        )

    def replace_actors_by_key(self, actors: Iterable[Actor], key_actor: Mapping[str, str]) -> None:
        """Replace the resolution result given each entity key's actor; every stored entity
        is linked in SQL, so memory holds distinct keys, never all (document, entity) pairs."""

        def link() -> None:
            c = self.conn
            c.execute("DROP TABLE IF EXISTS temp.key_actor")
            c.execute("CREATE TEMP TABLE key_actor (key TEXT PRIMARY KEY, actor TEXT NOT NULL)")
            c.executemany("INSERT INTO temp.key_actor VALUES (?, ?)", key_actor.items())
            c.execute(  # in primary-key order: appends, not random inserts
                "INSERT INTO entity_actor SELECT e.document, e.id, k.actor"
                " FROM entities e JOIN temp.key_actor k ON k.key = e.key"
                " ORDER BY e.document, e.id"
            )
            c.execute("DROP TABLE temp.key_actor")

        self._replace_actors(actors, link)

    def _replace_actors(self, actors: Iterable[Actor], link: Callable[[], object]) -> None:
        """Swap in new actors, let ``link`` fill entity_actor, and record id redirects."""
        actors = list(actors)
        new_ids = json.dumps([a.id for a in actors])
        with atomic(self.conn):
            # Links of actors whose id disappears: their entities tell where they went.
            vanished = self.conn.execute(
                "SELECT actor, document, entity FROM entity_actor WHERE actor NOT IN"
                " (SELECT value FROM json_each(?))",
                (new_ids,),
            ).fetchall()
            self.conn.execute("DELETE FROM actors")
            self.conn.executemany(
                "INSERT INTO actors VALUES (?,?,?,?,?)",
                [
                    (a.id, a.name, a.kind, json.dumps(a.aliases), json.dumps(a.reasons))
                    for a in actors
                ],
            )
            actor_index.write(self.conn, ((a.id, a.name, a.aliases) for a in actors))
            with indexes_rebuilt(self.conn, "entity_actor"):  # every link is rewritten
                self.conn.execute("DELETE FROM entity_actor")
                link()
            self._record_redirects(vanished)
            # Aggregated edges compare this generation with theirs to know they are stale.
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('actors_generation', '1')"
                " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )

    def _record_redirects(self, vanished: list[sqlite3.Row]) -> None:
        """Point each vanished actor id at the actor most of its entities joined."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for old, document, entity in vanished:
            row = self.conn.execute(
                "SELECT actor FROM entity_actor WHERE document = ? AND entity = ?",
                (document, entity),
            ).fetchone()
            if row:
                votes[old][row[0]] += 1
        moved = {old: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for old, c in votes.items()}
        # Earlier redirects follow their target; ids that exist again stop redirecting.
        for old, new in moved.items():
            self.conn.execute("UPDATE actor_redirects SET new = ? WHERE new = ?", (new, old))
        self.conn.executemany(
            "INSERT INTO actor_redirects (old, new) VALUES (?, ?)"
            " ON CONFLICT(old) DO UPDATE SET new = excluded.new",
            list(moved.items()),
        )
        self.conn.execute("DELETE FROM actor_redirects WHERE old IN (SELECT id FROM actors)")

    def actor_redirect(self, actor_id: str) -> str | None:
        """The current id of an actor that was known as ``actor_id`` before a rename."""
        try:
            row = self.conn.execute(
                "SELECT new FROM actor_redirects WHERE old = ?", (actor_id,)
            ).fetchone()
        except sqlite3.OperationalError:  # a store from before the table existed
            return None
        return str(row[0]) if row else None

    # -- reading ------------------------------------------------------------------------
    def documents(self) -> Iterator[Document]:
        for r in self.conn.execute(
            "SELECT id, path, text, title, author, outlet, published, url, format FROM documents"
            " ORDER BY path, id"
        ):
            yield Document(**dict(r))

    def document(self, doc_id: str) -> Document | None:
        r = self.conn.execute(
            "SELECT id, path, text, title, author, outlet, published, url, format FROM documents"
            " WHERE id = ?",
            (doc_id,),
        ).fetchone()
        return Document(**dict(r)) if r else None

    def entities(self) -> Iterator[tuple[str, Entity]]:
        """All document-local entities as (document id, entity)."""
        for r in self.conn.execute(
            "SELECT document, id, name, kind, key, aliases, reasons, affiliation FROM entities"
            " ORDER BY document, id"
        ):
            yield r["document"], _entity(r)

    def analysis(self, doc_id: str) -> Analysis:
        """Load the stored analysis of one document (local entity ids)."""
        c = self.conn
        a = Analysis(document_id=doc_id)
        a.sentences = [
            Sentence(index=r[0], start=r[1], end=r[2])
            for r in c.execute(
                'SELECT idx, start, "end" FROM sentences WHERE document=? ORDER BY idx', (doc_id,)
            )
        ]
        a.entities = [e for d, e in self._entities_of(doc_id)]
        a.mentions = [
            Mention(entity=r[0], start=r[1], end=r[2], text=r[3], sentence=r[4])
            for r in c.execute(
                'SELECT entity, start, "end", text, sentence FROM mentions WHERE document=? ORDER BY start',
                (doc_id,),
            )
        ]
        a.relations = [
            Relation(
                source=r["source"],
                target=r["target"],
                stance=r["stance"],
                type=r["type"],
                plover=r["plover"],
                polarity=r["polarity"],
                sentence=r["sentence"],
                start=r["start"],
                end=r["end"],
                trigger=r["trigger"],
                speaker=r["speaker"],
                date=r["date"],
            )
            for r in c.execute("SELECT * FROM relations WHERE document=? ORDER BY start", (doc_id,))
        ]
        a.claims = [
            Claim(
                speaker=r["speaker"],
                speaker_text=r["speaker_text"],
                cue=r["cue"],
                start=r["start"],
                end=r["end"],
                sentence=r["sentence"],
                text=r["text"],
            )
            for r in c.execute("SELECT * FROM claims WHERE document=? ORDER BY start", (doc_id,))
        ]
        a.events = [
            Event(
                date=r["date"],
                start=r["start"],
                end=r["end"],
                text=r["text"],
                sentence=r["sentence"],
            )
            for r in c.execute("SELECT * FROM events WHERE document=? ORDER BY start", (doc_id,))
        ]
        a.labels = [
            Label(
                entity=r["entity"],
                label=r["label"],
                start=r["start"],
                end=r["end"],
                sentence=r["sentence"],
            )
            for r in c.execute("SELECT * FROM labels WHERE document=? ORDER BY start", (doc_id,))
        ]
        return a

    def _entities_of(self, doc_id: str) -> Iterator[tuple[str, Entity]]:
        for r in self.conn.execute(
            "SELECT document, id, name, kind, key, aliases, reasons, affiliation FROM entities"
            " WHERE document=?",
            (doc_id,),
        ):
            yield r["document"], _entity(r)

    def actors(self) -> list[Actor]:
        return [
            Actor(
                id=r["id"],
                name=r["name"],
                kind=r["kind"],
                aliases=json.loads(r["aliases"]),
                reasons=json.loads(r["reasons"]),
            )
            for r in self.conn.execute("SELECT * FROM actors ORDER BY name")
        ]

    def entity_actor_map(self) -> dict[tuple[str, str], str]:
        return {
            (r[0], r[1]): r[2]
            for r in self.conn.execute("SELECT document, entity, actor FROM entity_actor")
        }

    def rejections(self) -> list[Rejection]:
        return [
            Rejection(path=r[0], reason=r[1])
            for r in self.conn.execute("SELECT path, reason FROM rejections")
        ]

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("documents", "actors", "mentions", "relations", "claims", "events", "labels"):
            out[t] = self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
        return out

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _entity(r: sqlite3.Row) -> Entity:
    return Entity(
        id=r["id"],
        name=r["name"],
        kind=r["kind"],
        key=r["key"],
        aliases=json.loads(r["aliases"]),
        reasons=json.loads(r["reasons"]),
        affiliation=r["affiliation"],
    )


def as_dict(obj: object) -> dict:
    return asdict(obj)  # type: ignore[call-overload]


def entity_row(document: str, e: Entity) -> tuple[object, ...]:
    """One row of the ``entities`` table (the store's, or resolution's in-memory one)."""
    return (
        document,
        e.id,
        e.name,
        e.kind,
        e.key,
        json.dumps(e.aliases),
        json.dumps(e.reasons),
        e.affiliation,
    )


def analysis_rows(a: Analysis) -> dict[str, list[tuple[object, ...]]]:
    """One analysis as the rows of each table it fills. Pure, so the workers of a cluster
    run build them and the one process that writes the store only inserts them."""
    did = a.document_id
    return {
        "sentences": [(did, s.index, s.start, s.end) for s in a.sentences],
        "entities": [entity_row(did, e) for e in a.entities],
        "mentions": [(did, m.entity, m.start, m.end, m.text, m.sentence) for m in a.mentions],
        "relations": [
            (
                did,
                r.source,
                r.target,
                r.stance,
                r.type,
                r.plover,
                r.polarity,
                r.sentence,
                r.start,
                r.end,
                r.trigger,
                r.speaker,
                r.date,
            )
            for r in a.relations
        ],
        "claims": [
            (did, x.speaker, x.speaker_text, x.cue, x.start, x.end, x.sentence, x.text)
            for x in a.claims
        ],
        "events": [(did, e.date, e.start, e.end, e.text, e.sentence) for e in a.events],
        "labels": [(did, lb.entity, lb.label, lb.start, lb.end, lb.sentence) for lb in a.labels],
    }


# Column counts of the per-document analysis tables, in insertion order.
_ANALYSIS_COLUMNS = {
    "sentences": 4,
    "entities": 8,
    "mentions": 6,
    "relations": 13,
    "claims": 8,
    "events": 6,
    "labels": 6,
}
_INSERT_ANALYSIS = {
    t: f"INSERT INTO {t} VALUES ({','.join('?' * n)})"  # noqa: S608 - fixed table names
    for t, n in _ANALYSIS_COLUMNS.items()
}
