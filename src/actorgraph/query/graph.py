"""The query layer: one read API shared by the CLI, the Python API and the web app.

Rows come back as plain JSON-ready dicts in the shape of the export contract
(``docs/export.md``), with document-local entity ids replaced by global actor ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actorgraph.store.db import Store


class Graph:
    """Read access to an analysed store."""

    def __init__(self, db: str | Path | Store) -> None:
        self.store = db if isinstance(db, Store) else Store(db, readonly=True)
        self._emap: dict[tuple[str, str], str] | None = None

    def close(self) -> None:
        self.store.close()

    @property
    def entity_map(self) -> dict[tuple[str, str], str]:
        if self._emap is None:
            self._emap = self.store.entity_actor_map()
        return self._emap

    def _actor(self, doc: str, entity: str | None) -> str | None:
        if entity is None:
            return None
        return self.entity_map.get((doc, entity))

    # -- tables -------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        return [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "author": d.author,
                "outlet": d.outlet,
                "published": d.published,
                "url": d.url,
                "format": d.format,
                "text": d.text,
            }
            for d in self.store.documents()
        ]

    def actors(self) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        docs: dict[str, set[str]] = {}
        for row in self.store.conn.execute(
            "SELECT ea.actor, m.document, COUNT(*) FROM mentions m JOIN entity_actor ea"
            " ON ea.document = m.document AND ea.entity = m.entity GROUP BY ea.actor, m.document"
        ):
            counts[row[0]] = counts.get(row[0], 0) + row[2]
            docs.setdefault(row[0], set()).add(row[1])
        return [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": a.aliases,
                "reasons": a.reasons,
                "mentions": counts.get(a.id, 0),
                "documents": len(docs.get(a.id, ())),
            }
            for a in self.store.actors()
        ]

    def _rows(self, table: str) -> Iterator[Any]:
        return iter(self.store.conn.execute(f"SELECT * FROM {table} ORDER BY document, start"))  # noqa: S608

    def mentions(self) -> list[dict[str, Any]]:
        return [
            {
                "actor": self._actor(r["document"], r["entity"]),
                "document": r["document"],
                "start": r["start"],
                "end": r["end"],
                "text": r["text"],
                "sentence": r["sentence"],
            }
            for r in self._rows("mentions")
        ]

    def relations(
        self, actor: str | None = None, stance: str | None = None, polarity: str | None = None
    ) -> list[dict[str, Any]]:
        texts: dict[str, str] = {}
        meta: dict[str, tuple[str | None, str | None]] = {}
        out = []
        wanted = self.find_actor(actor) if actor else None
        if actor and wanted is None:
            return []
        for r in self._rows("relations"):
            if stance and r["stance"] != stance:
                continue
            if polarity and r["polarity"] != polarity:
                continue
            doc = r["document"]
            src, tgt = self._actor(doc, r["source"]), self._actor(doc, r["target"])
            if wanted and wanted not in (src, tgt):
                continue
            if doc not in texts:
                d = self.store.document(doc)
                texts[doc] = d.text if d else ""
                meta[doc] = (d.outlet, d.published) if d else (None, None)
            out.append(
                {
                    "source": src,
                    "target": tgt,
                    "stance": r["stance"],
                    "type": r["type"],
                    "plover": r["plover"],
                    "polarity": r["polarity"],
                    "document": doc,
                    "sentence": r["sentence"],
                    "start": r["start"],
                    "end": r["end"],
                    "speaker": self._actor(doc, r["speaker"]),
                    "date": r["date"],
                    "trigger": r["trigger"],
                    "evidence": texts[doc][r["start"] : r["end"]],
                    "outlet": meta[doc][0],
                    "published": meta[doc][1],
                }
            )
        return out

    def claims(self) -> list[dict[str, Any]]:
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
            for r in self._rows("claims")
        ]

    def events(self) -> list[dict[str, Any]]:
        return [
            {
                "date": r["date"],
                "document": r["document"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
                "sentence": r["sentence"],
            }
            for r in self._rows("events")
        ]

    def labels(self) -> list[dict[str, Any]]:
        return [
            {
                "actor": self._actor(r["document"], r["entity"]),
                "document": r["document"],
                "label": r["label"],
                "start": r["start"],
                "end": r["end"],
                "sentence": r["sentence"],
            }
            for r in self._rows("labels")
        ]

    def rejections(self) -> list[dict[str, str]]:
        return [{"path": r.path, "reason": r.reason} for r in self.store.rejections()]

    # -- lookup -------------------------------------------------------------------------
    def find_actor(self, name: str) -> str | None:
        """Actor id for an id, a name or an alias (case-insensitive)."""
        q = name.casefold().strip()
        actors = self.store.actors()
        for a in actors:
            if a.id == name or a.name.casefold() == q:
                return a.id
        for a in actors:
            if any(al.casefold() == q for al in a.aliases):
                return a.id
        for a in actors:
            if q and (q in a.name.casefold() or any(q in al.casefold() for al in a.aliases)):
                return a.id
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
