"""The JSON behind every page: plain dicts assembled from :class:`~actorgraph.query.graph.Graph`.

This is the only place the web front ends (the server and the report) read the store, and it
reads it only through ``Graph`` methods, so the UI shows exactly what the CLI and the Python
API return. Pages add nothing but presentation; the extra keys here (names beside ids,
highlight marks relative to an evidence sentence, a safe URL) exist so a page never has to
join tables or parse markup itself.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from actorgraph.query.graph import Graph
from actorgraph.store.db import Store

T = TypeVar("T")
Row = dict[str, Any]

STANCES = ("support", "oppose", "consult")
POLARITIES = ("asserted", "negated", "hedged")
# Document fields listed without the text (lists and search results stay small).
DOC_FIELDS = "id path title author outlet published url format".split()
# Page sizes: on a large store an actor has hundreds of thousands of relations; pages show
# the first rows (in date order) and the totals.
RELATIONS_PER_SIDE = 50  # the page says "the first 50 of N"; `relations --actor` lists all
TIMELINE_ROWS = 300
FRAMING_OUTLETS = 100  # outlets with the most documents; "the first 100 of N"
ACTOR_DOCUMENTS = 200
GRAPH_EDGES = 500
GRAPH_EVIDENCE = 5
CONTESTED_ROWS = 100


class NotFound(LookupError):
    """An actor or document id that the store does not hold."""


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None: article metadata never becomes a script link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def doc_summary(doc: Row) -> Row:
    """A document row without its text, plus ``safe_url``."""
    row = {k: doc.get(k) for k in DOC_FIELDS}
    row["safe_url"] = safe_url(doc.get("url"))
    return row


def _marks_in(
    spans: Iterable[Row], start: int, end: int, kind: str, keep: Callable[[Row], bool]
) -> list[Row]:
    """Spans inside [start, end), as marks with offsets relative to ``start``."""
    return [
        {
            "start": s["start"] - start,
            "end": s["end"] - start,
            "kind": kind,
            "actor": s.get("actor"),
        }
        for s in spans
        if start <= s["start"] and s["end"] <= end and keep(s)
    ]


def evidence_marks(rel: Row, mentions: list[Row]) -> list[Row]:
    """Highlights for one relation's evidence: its source and target mentions and its trigger."""
    ends = {rel["source"], rel["target"]}
    marks = _marks_in(
        mentions, rel["start"], rel["end"], "mention", lambda m: m["actor"] in ends and m["actor"]
    )
    trigger = rel.get("trigger") or ""
    if trigger:
        hit = re.search(r"\b" + re.escape(trigger) + r"\b", rel["evidence"])
        if hit:
            marks.append({"start": hit.start(), "end": hit.end(), "kind": "trigger", "actor": None})
    return marks


class Explorer:
    """One store opened read-only for the web app.

    Each server thread gets its own read-only connection (SQLite in WAL mode lets readers
    work side by side, and beside a writer), so concurrent requests do not queue on a lock.
    """

    def __init__(self, db_path: str | Path) -> None:
        self._path = db_path
        self._local = threading.local()
        self._graphs: list[Graph] = []
        self._graphs_lock = threading.Lock()
        self.graph  # noqa: B018 - open once now, so a bad store fails at start-up

    @property
    def graph(self) -> Graph:
        """This thread's ``Graph`` on its own read-only connection."""
        graph: Graph | None = getattr(self._local, "graph", None)
        if graph is None:
            graph = Graph(Store(self._path, readonly=True))
            self._local.graph = graph
            with self._graphs_lock:
                self._graphs.append(graph)
        return graph

    def close(self) -> None:
        with self._graphs_lock:
            for graph in self._graphs:
                graph.close()
            self._graphs.clear()

    def _locked(self, fn: Callable[[], T]) -> T:
        """Run one view in one read transaction: all its queries see the same snapshot, so
        an ``analyze`` committing meanwhile cannot remove an actor halfway through a page."""
        conn = self.graph.store.conn
        if conn.in_transaction:
            return fn()
        conn.execute("BEGIN")
        try:
            return fn()
        finally:
            if conn.in_transaction:
                conn.rollback()

    # -- lookups ------------------------------------------------------------------------
    def _names(self) -> Mapping[str, str]:
        return self.graph.actor_names()

    def _actor_row(self, actor_id: str) -> Row:
        row = self.graph.actor(actor_id)
        if row is None:
            raise NotFound(f"no actor with id {actor_id!r}")
        return row

    def _document_row(self, doc_id: str) -> Row:
        row = self.graph.document(doc_id)
        if row is None:
            raise NotFound(f"no document with id {doc_id!r}")
        return row

    def has_actor(self, actor_id: str) -> bool:
        return self._locked(lambda: self.graph.actor(actor_id) is not None)

    def has_document(self, doc_id: str) -> bool:
        return self._locked(lambda: self.graph.document(doc_id) is not None)

    # -- pages --------------------------------------------------------------------------
    def actors(self) -> list[Row]:
        rows = self._locked(self.graph.actors)
        return sorted(rows, key=lambda a: (-a["mentions"], a["name"]))

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Row]:
        rows = self._locked(lambda: self.graph.documents(limit=limit, offset=offset, text=False))
        return [doc_summary(d) for d in rows]

    def graph_view(self, **filters: Any) -> Row:
        """Nodes (actors on at least one edge) and edges after the filters."""
        return self._locked(lambda: self._graph_view(**filters))

    def _graph_view(self, **filters: Any) -> Row:
        """``limit`` (default ``GRAPH_EDGES``; None for all) keeps the strongest edges."""
        filters.setdefault("limit", GRAPH_EDGES)
        edges = [
            e
            for e in self.graph.edges(**filters, evidence=GRAPH_EVIDENCE)
            if e["source"] and e["target"]
        ]
        on_edge = {e["source"] for e in edges} | {e["target"] for e in edges}
        nodes = [
            {k: a[k] for k in ("id", "name", "kind", "mentions", "documents")}
            for a in self.graph.actors(ids=sorted(on_edge))
        ]
        for e in edges:
            e["id"] = f"{e['source']}|{e['target']}|{e['stance']}"
        return {"nodes": nodes, "edges": edges, "filters": filters}

    def actor(self, actor_id: str) -> Row:
        return self._locked(lambda: self._actor(actor_id))

    def _actor(self, actor_id: str) -> Row:
        """The actor page: first pages of its relations, timeline and documents (in date or
        id order) with the totals, so a popular actor in a large store stays one quick call."""
        row = self._actor_row(actor_id)
        actor_id = row["id"]  # the current id, also when an old (renamed) id was asked for
        names = self._names()
        g = self.graph
        sides = {d: g.actor_relations(actor_id, d, limit=RELATIONS_PER_SIDE) for d in ("out", "in")}
        doc_ids = sorted({r["document"] for rels in sides.values() for r in rels})
        ends = {a for rels in sides.values() for r in rels for a in (r["source"], r["target"]) if a}
        by_doc = g.actor_mention_spans(doc_ids, ends)
        framing = g.framing_rows(actor_id, limit=FRAMING_OUTLETS)
        titles = {d["id"]: d for d in g.documents_by_id(doc_ids)}
        views = {
            d: [self._relation_view(r, names, titles, by_doc[r["document"]]) for r in rels]
            for d, rels in sides.items()
        }
        return {
            "actor": row,
            "outgoing": views["out"],
            "incoming": views["in"],
            "outgoing_total": g.actor_relation_count(actor_id, "out"),
            "incoming_total": g.actor_relation_count(actor_id, "in"),
            "labels_by_outlet": framing,
            "outlets_total": max(g.framing_outlet_count(actor_id), len(framing)),
            "timeline": g.timeline(actor_id, limit=TIMELINE_ROWS),
            "documents": [
                doc_summary(d) for d in g.actor_documents(actor_id, limit=ACTOR_DOCUMENTS)
            ],
        }

    @staticmethod
    def _relation_view(
        rel: Row, names: Mapping[str, str], docs: dict[str, Row], mentions: list[Row]
    ) -> Row:
        doc = docs.get(rel["document"], {})
        return {
            **rel,
            "source_name": names.get(rel["source"] or ""),
            "target_name": names.get(rel["target"] or ""),
            "speaker_name": names.get(rel["speaker"] or ""),
            "document_title": doc.get("title"),
            "marks": evidence_marks(rel, mentions),
        }

    def document(self, doc_id: str) -> Row:
        return self._locked(lambda: self._document(doc_id))

    def _document(self, doc_id: str) -> Row:
        doc = self._document_row(doc_id)
        names = self._names()

        g = self.graph
        mentions = g.mentions(document=doc_id)
        for m in mentions:
            m["actor_name"] = names.get(m["actor"] or "")
        relations = [
            self._relation_view(r, names, {doc_id: doc}, mentions)
            for r in g.relations(document=doc_id)
        ]
        claims = g.claims(document=doc_id)
        for c in claims:
            c["speaker_name"] = names.get(c["speaker"] or "")
        labels = g.labels(document=doc_id)
        for lab in labels:
            lab["actor_name"] = names.get(lab["actor"] or "")
        return {
            "document": {**doc, "safe_url": safe_url(doc.get("url"))},
            "mentions": mentions,
            "relations": relations,
            "claims": claims,
            "events": g.events(document=doc_id),
            "labels": labels,
        }

    def contested(self, limit: int | None = CONTESTED_ROWS, offset: int = 0) -> list[Row]:
        return self._locked(lambda: self.graph.contested(limit=limit, offset=offset))

    def outlets(self) -> list[Row]:
        return self._locked(self.graph.outlets)

    def framing(self, actor_id: str) -> list[Row]:
        def run() -> list[Row]:
            current = self._actor_row(actor_id)["id"]
            return self.graph.framing_rows(current)

        return self._locked(run)

    def timeline(
        self, actor_id: str, limit: int | None = TIMELINE_ROWS, offset: int = 0
    ) -> list[Row]:
        def run() -> list[Row]:
            current = self._actor_row(actor_id)["id"]
            return self.graph.timeline(current, limit=limit, offset=offset)

        return self._locked(run)

    def search(self, q: str, limit: int = 50) -> Row:
        """Actors whose name or an alias contains ``q``; documents whose title or text has
        its words (the last one as a prefix: ``Graph.search_documents``)."""
        return self._locked(lambda: self._search(q, limit))

    def _search(self, q: str, limit: int) -> Row:
        actors = self.graph.search_actors(q, limit=limit)
        docs = []
        for d in self.graph.search_documents(q.strip(), limit=limit):
            row = doc_summary(d)
            hit, text = d["match"], d["text"]
            if hit is not None:
                lo, hi = max(0, hit["start"] - 80), min(len(text), hit["end"] + 80)
                row["snippet"] = text[lo:hi]
                row["hit"] = {"start": hit["start"] - lo, "end": hit["end"] - lo}
            docs.append(row)
        return {"q": q, "actors": actors, "documents": docs}

    def actors_unlocked(self) -> list[Row]:
        return sorted(self.graph.actors(), key=lambda a: (-a["mentions"], a["name"]))

    # -- report -------------------------------------------------------------------------
    def report_data(self, top: int = 12) -> Row:
        """Everything the one-file report shows: graph, contested, outlets, framing, timelines."""
        return self._locked(lambda: self._report_data(top))

    def _report_data(self, top: int) -> Row:
        graph = self._graph_view()
        ranked = [a for a in self.actors_unlocked() if a["mentions"]][:top]
        names = self._names()
        corpus_timeline = [
            {
                "date": r["date"] or r["published"],
                "source": r["source"],
                "source_name": names.get(r["source"] or ""),
                "target": r["target"],
                "target_name": names.get(r["target"] or ""),
                "stance": r["stance"],
                "type": r["type"],
                "polarity": r["polarity"],
                "document": r["document"],
                "outlet": r["outlet"],
                "evidence": r["evidence"],
            }
            for r in self.graph.relations()
            if (r["date"] or r["published"]) and r["source"] and r["target"]
        ]
        return {
            "graph": graph,
            "contested": self.graph.contested(),
            "outlets": self.graph.outlets(),
            "actors": [{k: a[k] for k in ("id", "name", "kind", "mentions")} for a in ranked],
            "framing": {a["id"]: self.graph.framing_rows(a["id"]) for a in ranked},
            "timelines": {
                "": corpus_timeline,
                **{a["id"]: self.graph.timeline(a["id"]) for a in ranked},
            },
            "documents": [doc_summary(d) for d in self.graph.documents(text=False)],
        }
