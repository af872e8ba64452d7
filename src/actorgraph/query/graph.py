"""The query layer: one read API shared by the CLI, the Python API and the web app.

Rows come back as plain JSON-ready dicts in the shape of the export contract
(``docs/export.md``), with document-local entity ids replaced by global actor ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.query import outlet_edges, search
from actorgraph.query.names import ActorNames
from actorgraph.store import actor_index
from actorgraph.store.db import Store

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from actorgraph.compare.outlets import OutletConfig


DOC_COLUMNS = "id path title author outlet published url format text".split()
RELATION_KEYS = (
    "source target stance type plover polarity document sentence start end speaker date"
    " trigger evidence outlet published"
).split()
_RELATION_SELECT = """s.actor, t.actor, r.stance, r.type, r.plover, r.polarity, r.document,
    r.sentence, r.start, r."end", sp.actor, r.date, r.trigger,
    substr(d.text, r.start + 1, r."end" - r.start), d.outlet, d.published"""


# Whether one of the actor's entities in document x is a relation's source or target,
# answered from the covering indexes relations_source / relations_target alone.
_HAS_RELATION = """(EXISTS (SELECT 1 FROM entity_actor e
    JOIN relations q INDEXED BY relations_source ON q.document = e.document AND q.source = e.entity
    WHERE e.actor = x.actor AND e.document = x.document)
  OR EXISTS (SELECT 1 FROM entity_actor e
    JOIN relations q INDEXED BY relations_target ON q.document = e.document AND q.target = e.entity
    WHERE e.actor = x.actor AND e.document = x.document))"""


def _page(limit: int | None, offset: int) -> str:
    """SQL LIMIT/OFFSET clause (empty for everything)."""
    if limit is None:
        return f" LIMIT -1 OFFSET {int(offset)}" if offset else ""
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _actor_rows(rows: list[Any]) -> list[dict[str, Any]]:
    """Actor rows as dicts. The JSON lists of all rows are decoded in one ``json.loads``
    call: per-row calls cost more than the rest of listing 5,000 actors together."""
    aliases = json.loads("[" + ",".join(r[3] for r in rows) + "]")
    reasons = json.loads("[" + ",".join(r[4] for r in rows) + "]")
    return [
        {
            "id": r[0],
            "name": r[1],
            "kind": r[2],
            "aliases": al,
            "reasons": why,
            "mentions": r[5],
            "documents": r[6],
        }
        for r, al, why in zip(rows, aliases, reasons, strict=True)
    ]


def _alias_contains(raw: str, needle: str) -> bool:
    """Whether an alias in the JSON list ``raw`` contains ``needle`` (both casefolded).
    Decodes only lists that could: the raw text contains it, or has escapes."""
    if needle not in raw.casefold() and "\\" not in raw:
        return False
    return any(needle in al.casefold() for al in json.loads(raw))


class Graph:
    """Read access to an analysed store.

    ``outlets`` (an :class:`~actorgraph.compare.outlets.OutletConfig` or a TOML file path)
    applies an outlet mapping for this Graph only, without writing to the store.
    """

    def __init__(
        self, db: str | Path | Store, *, outlets: OutletConfig | str | Path | None = None
    ) -> None:
        self.store = db if isinstance(db, Store) else Store(db, readonly=True)
        self._emap: dict[tuple[str, str], str] | None = None
        self._emap_generation: str | None = None
        self._doc_scope: str | None = None  # the document of the current call, if one
        self._doc_emap: dict[tuple[str, str], str] = {}
        self._outlets = outlets
        self._edges_ready = False

    def close(self) -> None:
        self.store.close()

    @property
    def entity_map(self) -> dict[tuple[str, str], str]:
        if self._emap is None:
            self._emap = self.store.entity_actor_map()
        return self._emap

    # -- tables -------------------------------------------------------------------------
    def documents(
        self, *, limit: int | None = None, offset: int = 0, text: bool = True
    ) -> list[dict[str, Any]]:
        """Documents ordered by path; ``limit``/``offset`` page them, ``text=False`` leaves
        the text out (lists of a large store stay small)."""
        cols = DOC_COLUMNS if text else DOC_COLUMNS[:-1]
        sql = f"SELECT {', '.join(cols)} FROM documents ORDER BY path, id{_page(limit, offset)}"
        return [dict(zip(cols, tuple(r), strict=True)) for r in self.store.conn.execute(sql)]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document row (with its text), or None."""
        r = self.store.conn.execute(
            f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return dict(zip(DOC_COLUMNS, tuple(r), strict=True)) if r else None

    def actors(
        self,
        *,
        ids: list[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        by_mentions: bool = False,
    ) -> list[dict[str, Any]]:
        """Actors ordered by name (``by_mentions``: most mentioned first, then by name) with
        their mention and document counts (precomputed by aggregation); ``ids`` keeps only
        those, ``limit``/``offset`` page them."""
        self._compare_ready()
        where = "WHERE a.id IN (SELECT value FROM json_each(?))" if ids is not None else ""
        order = "COALESCE(s.mentions, 0) DESC, a.name" if by_mentions else "a.name"
        sql = (
            "SELECT a.id, a.name, a.kind, a.aliases, a.reasons, COALESCE(s.mentions, 0),"
            " COALESCE(s.documents, 0) FROM actors a LEFT JOIN actor_stats s ON s.actor = a.id"
            f" {where} ORDER BY {order}{_page(limit, offset)}"
        )
        params = (json.dumps(ids),) if ids is not None else ()
        return _actor_rows(self.store.conn.execute(sql, params).fetchall())

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor row (as in ``actors()``) by id, or None. An id the actor had before
        new articles renamed it gives the actor under its current id."""
        self._compare_ready()
        actor_id = self.current_actor_id(actor_id) or actor_id
        r = self.store.conn.execute(
            "SELECT a.id, a.name, a.kind, a.aliases, a.reasons, COALESCE(s.mentions, 0),"
            " COALESCE(s.documents, 0) FROM actors a LEFT JOIN actor_stats s ON s.actor = a.id"
            " WHERE a.id = ?",
            (actor_id,),
        ).fetchone()
        return _actor_rows([r])[0] if r else None

    def documents_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        """Documents (without text) with these ids."""
        cols = DOC_COLUMNS[:-1]
        sql = (
            f"SELECT {', '.join(cols)} FROM documents WHERE id IN (SELECT value FROM json_each(?))"
        )
        return [
            dict(zip(cols, tuple(r), strict=True))
            for r in self.store.conn.execute(sql, (json.dumps(ids),))
        ]

    def search_documents(self, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Documents (with text) whose title or text has ``text`` as words, the last one a
        prefix (case and diacritics folded; see :mod:`actorgraph.query.search`), ordered by
        path; at most ``limit``. Each row also has ``match``: ``{"start", "end"}`` of the
        first hit in the text, or None when only the title matched."""
        return search.search(self.store.conn, text, DOC_COLUMNS, limit)

    def search_actors(self, text: str, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Actors (as in ``actors()``) whose name or an alias contains ``text``, compared
        casefolded, most mentioned first, then by name.

        Candidates come from the trigram index of names (store/actor_index.py); each is
        then tested on its raw name and JSON alias list, and only lists that could match
        (or have escapes, i.e. non-ASCII aliases) are decoded.
        """
        needle = text.casefold().strip()
        ids = [
            aid
            for aid, name, raw in self._name_rows(needle)
            if needle in name.casefold() or _alias_contains(raw, needle)
        ]
        return self.actors(ids=ids, limit=limit, by_mentions=True)

    def _name_rows(self, needle: str, order: str = "") -> list[Any]:
        """``(id, name, aliases)`` of the actors whose names may contain ``needle``
        (casefolded): the index's candidates, or every actor when it cannot tell."""
        conn = self.store.conn
        found = actor_index.candidates(conn, needle)
        if found is None:
            return conn.execute(f"SELECT id, name, aliases FROM actors {order}").fetchall()  # noqa: S608
        return conn.execute(
            "SELECT id, name, aliases FROM actors"  # noqa: S608
            f" WHERE id IN (SELECT value FROM json_each(?)) {order}",
            (json.dumps(found),),
        ).fetchall()

    def actor_names(self) -> Mapping[str, str]:
        """Actor id -> display name."""
        return self._names()

    def actor_documents(
        self, actor_id: str, *, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Documents (without text) with an entity resolved to ``actor_id``, by id."""
        cols = DOC_COLUMNS[:-1]
        sql = (
            f"SELECT {', '.join('d.' + c for c in cols)} FROM documents d WHERE d.id IN"
            " (SELECT DISTINCT document FROM entity_actor WHERE actor = ?"
            f" ORDER BY document{_page(limit, offset)}) ORDER BY d.id"
        )
        return [
            dict(zip(cols, tuple(r), strict=True))
            for r in self.store.conn.execute(sql, (actor_id,))
        ]

    def _rows(self, table: str, document: str | None = None) -> Iterator[Any]:
        if document is not None:
            return iter(
                self.store.conn.execute(
                    f"SELECT * FROM {table} WHERE document = ? ORDER BY start",  # noqa: S608
                    (document,),
                )
            )
        return iter(self.store.conn.execute(f"SELECT * FROM {table} ORDER BY document, start"))  # noqa: S608

    def _doc_rows(self, table: str, document: str | None) -> Iterator[Any]:
        self._doc_map(document)
        return self._rows(table, document)

    def _doc_map(self, document: str | None) -> None:
        """Entity -> actor links for this call: one document's, read afresh (a long-lived
        Graph, as ``serve`` holds, must neither grow with every page nor show links an
        ``analyze`` beside it has since re-resolved), or the whole store's, kept until the
        actors are rebuilt (meta 'actors_generation')."""
        self._doc_scope = document
        if document is not None:
            self._doc_emap = {
                (document, r[0]): r[1]
                for r in self.store.conn.execute(
                    "SELECT entity, actor FROM entity_actor WHERE document = ?", (document,)
                )
            }
            return
        row = self.store.conn.execute(
            "SELECT value FROM meta WHERE key = 'actors_generation'"
        ).fetchone()
        generation = row[0] if row else None
        self._doc_emap = {}
        if generation != self._emap_generation:
            self._emap, self._emap_generation = None, generation

    def _actor(self, doc: str, entity: str | None) -> str | None:
        if entity is None:
            return None
        if self._doc_scope is not None:
            return self._doc_emap.get((doc, entity))
        return self.entity_map.get((doc, entity))

    def actor_mention_spans(
        self, documents: list[str], actors: set[str]
    ) -> dict[str, list[dict[str, Any]]]:
        """Per document, the mention spans (start, end, actor) of the given actors only: what
        highlighting the evidence of a page of relations needs, without every mention."""
        out: dict[str, list[dict[str, Any]]] = {d: [] for d in documents}
        # Document by document (CROSS JOIN fixes the order): starting from a popular actor's
        # entity links instead would walk hundreds of thousands of rows.
        rows = self.store.conn.execute(
            "SELECT m.document, m.start, m.end, ea.actor FROM json_each(?) d"
            " CROSS JOIN mentions m ON m.document = d.value"
            " JOIN entity_actor ea ON ea.document = m.document AND ea.entity = m.entity",
            (json.dumps(documents),),
        )
        for doc, start, end, actor in rows:
            if actor in actors:
                out[doc].append({"start": start, "end": end, "actor": actor})
        for spans in out.values():
            spans.sort(key=lambda m: m["start"])
        return out

    def mentions(self, *, document: str | None = None) -> list[dict[str, Any]]:
        return [
            {
                "actor": self._actor(r["document"], r["entity"]),
                "document": r["document"],
                "start": r["start"],
                "end": r["end"],
                "text": r["text"],
                "sentence": r["sentence"],
            }
            for r in self._doc_rows("mentions", document)
        ]

    def relations(
        self,
        actor: str | None = None,
        stance: str | None = None,
        polarity: str | None = None,
        *,
        document: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Relation rows (export contract) ordered by document and offset, with filters;
        ``actor`` is a name, alias or id and keeps relations with it at either end.

        One SQL query. With ``actor``, it walks the actor's documents in id order
        (entity_actor_actor_doc, one row per document: its first entity) and each document's
        relations, so only the right part of the order (offset in the document) is sorted and
        a page of a popular actor stops after ``offset + limit`` rows. A document where none
        of the actor's entities is a relation's end is passed over after a few index probes
        (``_HAS_RELATION``), without reading its relations: an actor named in many articles
        but in few relations (a news agency, say) no longer costs a read of them all.
        """
        where: list[str] = []
        params: list[Any] = []
        head, order = "FROM relations r", "r.document"
        if actor:
            wanted = self.find_actor(actor)
            if wanted is None:
                return []
            head = (
                "FROM entity_actor x INDEXED BY entity_actor_actor_doc"
                " JOIN relations r ON r.document = x.document"
            )
            order = "x.document"  # the same value; named so the planner sees the index order
            where += [
                "x.actor = ?",
                "x.entity = (SELECT MIN(m.entity) FROM entity_actor m"
                " WHERE m.actor = x.actor AND m.document = x.document)",
                _HAS_RELATION,
                "(s.actor = x.actor OR t.actor = x.actor)",
            ]
            params.append(wanted)
        for column, value in (("stance", stance), ("polarity", polarity), ("document", document)):
            if value:
                where.append(f"r.{column} = ?")
                params.append(value)
        sql = (
            f"SELECT {_RELATION_SELECT} {head} JOIN documents d ON d.id = r.document"
            " LEFT JOIN entity_actor s ON s.document = r.document AND s.entity = r.source"
            " LEFT JOIN entity_actor t ON t.document = r.document AND t.entity = r.target"
            " LEFT JOIN entity_actor sp ON sp.document = r.document AND sp.entity = r.speaker"
            f" {'WHERE ' + ' AND '.join(where) if where else ''}"
            f" ORDER BY {order}, r.start, r.rowid{_page(limit, offset)}"
        )
        return [
            dict(zip(RELATION_KEYS, tuple(r), strict=True))
            for r in self.store.conn.execute(sql, params)
        ]

    def claims(self, *, document: str | None = None) -> list[dict[str, Any]]:
        return [
            {
                "speaker": self._actor(r["document"], r["speaker"]),
                "speaker_text": r["speaker_text"],
                "document": r["document"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
                "cue": r["cue"],
                "sentence": r["sentence"],
            }
            for r in self._doc_rows("claims", document)
        ]

    def events(self, *, document: str | None = None) -> list[dict[str, Any]]:
        return [
            {
                "date": r["date"],
                "document": r["document"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
                "sentence": r["sentence"],
            }
            for r in self._doc_rows("events", document)
        ]

    def labels(self, *, document: str | None = None) -> list[dict[str, Any]]:
        return [
            {
                "actor": self._actor(r["document"], r["entity"]),
                "document": r["document"],
                "label": r["label"],
                "start": r["start"],
                "end": r["end"],
                "sentence": r["sentence"],
            }
            for r in self._doc_rows("labels", document)
        ]

    def rejections(self) -> list[dict[str, str]]:
        return [{"path": r.path, "reason": r.reason} for r in self.store.rejections()]

    # -- comparison across documents and outlets (docs/compare.md) --------------------
    def _compare_ready(self) -> None:
        """Make sure aggregated edges and document outlets match the current resolution."""
        if self._edges_ready:
            return
        from actorgraph.compare import aggregate
        from actorgraph.compare.outlets import OutletConfig, load_config

        conn = self.store.conn
        if self._outlets is not None:
            cfg = self._outlets
            aggregate.build_temporary(
                conn, cfg if isinstance(cfg, OutletConfig) else load_config(cfg)
            )
        elif not aggregate.is_fresh(conn):
            if not self.store.readonly:
                aggregate.aggregate(conn)
            elif aggregate.was_built(conn):
                # A writer has re-resolved actors and is aggregating right now (or was
                # interrupted; the next analyze finishes it). Read the stored tables rather
                # than rebuild them on this connection, and look again on the next call.
                return
            else:
                aggregate.build_temporary(conn)  # a store from before the tables existed
        self._edges_ready = True

    def _names(self) -> Mapping[str, str]:
        """Actor names, fetched as they are asked for (a large store has 100k+ actors)."""
        return ActorNames(self.store.conn)

    def edges(
        self,
        actor: str | None = None,
        stance: str | None = None,
        polarity: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_sources: int = 1,
        *,
        limit: int | None = None,
        offset: int = 0,
        evidence: int = 20,
    ) -> list[dict[str, Any]]:
        """Aggregated edges, one per (source, stance, target), most mentioned first.

        ``actor`` is a name, alias or id; ``polarity`` keeps edges with at least one relation
        of that polarity; ``outlet``/``since``/``until`` re-aggregate over the matching
        relations only; ``min_sources`` is the least number of distinct documents;
        ``evidence`` caps the relation rows per edge (0 for none).
        """
        from actorgraph.compare.edges import query_edges

        wanted = self.find_actor(actor) if actor else None
        if actor and wanted is None:
            return []
        self._compare_ready()
        if outlet and not since and not until and outlet_edges.available(self.store.conn):
            # Precomputed per-outlet rows: the same result without regrouping relations.
            return outlet_edges.outlet_edges(
                self.store.conn,
                self._names(),
                outlet,
                actor=wanted,
                stance=stance,
                polarity=polarity,
                min_sources=min_sources,
                limit=limit,
                offset=offset,
                evidence=evidence,
            )
        return query_edges(
            self.store.conn,
            self._names(),
            actor=wanted,
            stance=stance,
            polarity=polarity,
            outlet=outlet,
            since=since,
            until=until,
            min_sources=min_sources,
            limit=limit,
            offset=offset,
            evidence=evidence,
        )

    def to_networkx(self) -> nx.MultiDiGraph:
        """Actors as nodes and aggregated edges as edges (keyed by stance), scalar attributes.

        Values are str/int/bool only, so ``networkx.write_graphml``/``write_gexf`` accept them;
        a missing date is an empty string.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for a in self.actors():
            g.add_node(a["id"], name=a["name"], kind=a["kind"], mentions=a["mentions"])
        for e in self.edges(evidence=0):
            g.add_edge(
                e["source"],
                e["target"],
                key=e["stance"],
                stance=e["stance"],
                mentions=e["mentions"],
                documents=e["documents"],
                outlets=e["outlets"],
                asserted=e["asserted"],
                negated=e["negated"],
                hedged=e["hedged"],
                contested=e["contested"],
                first_date=e["first_date"] or "",
                last_date=e["last_date"] or "",
            )
        return g

    def contested(
        self, *, limit: int | None = None, offset: int = 0, evidence: int = 20
    ) -> list[dict[str, Any]]:
        """Relations that sources disagree on (asserted vs denied, support vs oppose), each
        with both sides' documents, outlets and evidence (``evidence`` rows per side at
        most), strongest first; pass ``limit``/``offset`` on a large store."""
        from actorgraph.compare.contested import find_contested

        self._compare_ready()
        return find_contested(
            self.store.conn, self._names(), limit=limit, offset=offset, evidence=evidence
        )

    def framing_rows(self, actor: str, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Per outlet: the labels it gives ``actor``, relations around it and a tone score
        (JSON-ready), most documents first; ``limit`` keeps the first outlets. Empty when
        no actor matches."""
        from actorgraph.compare.framing import framing_rows

        wanted = self.find_actor(actor)
        if wanted is None:
            return []
        self._compare_ready()
        return framing_rows(self.store.conn, wanted, limit)

    def framing_outlet_count(self, actor_id: str) -> int:
        """How many outlets ``framing_rows(actor_id)`` covers (documents with the actor)."""
        from actorgraph.compare.framing import outlet_count

        self._compare_ready()
        return outlet_count(self.store.conn, actor_id)

    def framing(self, actor: str) -> pd.DataFrame:
        """``framing_rows`` as a pandas DataFrame, one row per outlet."""
        import pandas as pd

        columns = "outlet documents labels support_in oppose_in support_out oppose_out tone".split()
        return pd.DataFrame(self.framing_rows(actor), columns=columns)

    def timeline(
        self, actor: str, *, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Relations of ``actor`` in date order (sentence date, else publication date);
        ``limit``/``offset`` page them."""
        from actorgraph.compare.timeline import timeline_rows

        wanted = self.find_actor(actor)
        if wanted is None:
            return []
        self._compare_ready()
        return timeline_rows(self.store.conn, wanted, self._names(), limit=limit, offset=offset)

    def actor_relations(
        self,
        actor_id: str,
        direction: str | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Relations (export contract) with resolved actor ``actor_id`` as source
        (``direction="out"``), target (``"in"``) or either, self-relations left out, in
        date order; ``limit``/``offset`` page them."""
        from actorgraph.compare.evidence import actor_relations

        self._compare_ready()
        return actor_relations(
            self.store.conn, actor_id, direction=direction, limit=limit, offset=offset
        )

    def actor_relation_count(self, actor_id: str, direction: str) -> int:
        """How many relations ``actor_relations(actor_id, direction)`` would return."""
        from actorgraph.compare.evidence import actor_relation_count

        self._compare_ready()
        return actor_relation_count(self.store.conn, actor_id, direction)

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with their document counts, leaning (from the mapping) and date range."""
        self._compare_ready()
        return [
            {"outlet": r[0], "documents": r[1], "leaning": r[2], "first": r[3], "last": r[4]}
            for r in self.store.conn.execute(
                "SELECT outlet, COUNT(*), MAX(leaning), MIN(date), MAX(date) FROM doc_outlets"
                " GROUP BY outlet ORDER BY COUNT(*) DESC, outlet"
            )
        ]

    # -- lookup -------------------------------------------------------------------------
    def current_actor_id(self, actor_id: str) -> str | None:
        """``actor_id`` if it is an actor's id now, the id it was renamed to, or None."""
        row = self.store.conn.execute("SELECT id FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row:
            return str(row[0])
        return self.store.actor_redirect(actor_id)

    def find_actor(self, name: str) -> str | None:
        """Actor id for an id, a name or an alias (case-insensitive), else the first actor
        whose name or an alias contains it.

        Ids and ASCII names are indexed lookups; aliases and substrings read the actors the
        trigram index of names proposes (all actors for text under three characters).
        """
        q = name.casefold().strip()
        conn = self.store.conn
        current = self.current_actor_id(name)
        if current:
            return current
        for aid, aname in conn.execute(
            "SELECT id, name FROM actors WHERE name = ? COLLATE NOCASE ORDER BY name",
            (name.strip(),),
        ):
            if aname.casefold() == q:
                return str(aid)
        if not q:
            return None
        rows = self._name_rows(q, "ORDER BY name")
        for aid, aname, _ in rows:
            if aname.casefold() == q:  # non-ASCII names NOCASE does not fold
                return str(aid)
        parsed = [(aid, aname, json.loads(aliases)) for aid, aname, aliases in rows]
        for aid, _, aliases in parsed:
            if any(al.casefold() == q for al in aliases):
                return str(aid)
        for aid, aname, aliases in parsed:
            if q in aname.casefold() or any(q in al.casefold() for al in aliases):
                return str(aid)
        return None

    def export(self) -> dict[str, Any]:
        """The whole store in the JSON export contract."""
        return {
            "documents": self.documents(),
            "actors": self.actors(),
            "mentions": self.mentions(),
            "relations": self.relations(),
            "claims": self.claims(),
            "events": self.events(),
            "labels": self.labels(),
        }

    # -- stories and claim matches (actorgraph.compare.stories / claim_match) -----------------
    def stories(self, method: str = "auto") -> list[dict[str, Any]]:
        """Documents grouped by the story they report (``auto``, ``minilm`` or ``tfidf``)."""
        from actorgraph.compare.similarity import get_embedder
        from actorgraph.compare.stories import group_stories

        return [s.to_dict() for s in group_stories(self.documents(), get_embedder(method))]

    def claim_matches(self, method: str = "auto") -> list[dict[str, Any]]:
        """The same claim across documents, labelled ``agreeing`` or ``contradicting``."""
        from actorgraph.compare.claim_match import match_claims
        from actorgraph.compare.similarity import get_embedder

        rows = {
            "documents": self.documents(),
            "actors": self.actors(),
            "mentions": self.mentions(),
            "relations": self.relations(),
            "claims": self.claims(),
        }
        return [m.to_dict() for m in match_claims(rows, get_embedder(method))]
