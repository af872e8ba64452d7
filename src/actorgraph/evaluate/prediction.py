"""The predicted side of an evaluation: an export (the JSON contract) seen per document.

Predicted actors are mapped to reference actor ids by name or alias; relations become
``(source, stance, target)`` triples, with ``consult`` undirected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from actorgraph.evaluate.reference import ActorRegistry, GoldRelation, GoldSet

STANCES = ("support", "oppose", "consult")

Record = dict[str, Any]
Triple = tuple[str, str, str]
ActorMapper = Callable[[str | None], str | None]


def identity(actor: str | None) -> str | None:
    return actor


@dataclass(slots=True)
class PredictedDoc:
    """One exported document and the records that point at it."""

    name: str
    document: Record
    mentions: list[Record] = field(default_factory=list)
    relations: list[Record] = field(default_factory=list)
    claims: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    labels: list[Record] = field(default_factory=list)


def document_name(document: Record) -> str:
    """The file name that matches a document to its gold file."""
    return PurePath(document.get("path") or document.get("id") or "").name


def map_actors(export: Record, registry: ActorRegistry) -> dict[str, str | None]:
    """Export actor id -> reference actor id (``None`` when no name or alias matches)."""
    return {
        a["id"]: registry.resolve([a.get("name"), *(a.get("aliases") or [])])
        for a in export.get("actors", [])
    }


def predicted_docs(export: Record, gold: GoldSet) -> list[PredictedDoc]:
    """The exported documents that have a gold file, sorted by file name."""
    docs = {}
    for d in export.get("documents", []):
        name = document_name(d)
        if name in gold.docs:
            docs[d["id"]] = PredictedDoc(name=name, document=d)
    for kind in ("mentions", "relations", "claims", "events", "labels"):
        for record in export.get(kind, []):
            doc = docs.get(record.get("document"))
            if doc is not None:
                getattr(doc, kind).append(record)
    return sorted(docs.values(), key=lambda d: d.name)


def relation_triple(
    source: str | None, stance: str, target: str | None, mapper: ActorMapper
) -> Triple | None:
    """The scored form of a relation, or ``None`` when an end is unknown or it is a self-loop."""
    s, t = mapper(source), mapper(target)
    if s is None or t is None or s == t:
        return None
    if stance == "consult":
        s, t = sorted((s, t))
    return (s, stance, t)


def predicted_relations(doc: PredictedDoc) -> list[Record]:
    """Predicted relations with a scored stance (support, oppose, consult)."""
    return [r for r in doc.relations if r.get("stance") in STANCES]


def predicted_triples(relations: Iterable[Record], mapper: ActorMapper) -> set[Triple]:
    return {triple for triple, _ in predicted_polar(relations, mapper)}


def predicted_polar(relations: Iterable[Record], mapper: ActorMapper) -> set[tuple[Triple, Any]]:
    """(triple, polarity) pairs; a relation without a polarity counts as asserted."""
    pairs = set()
    for r in relations:
        triple = relation_triple(r["source"], r["stance"], r["target"], mapper)
        if triple is not None:
            pairs.add((triple, r.get("polarity", "asserted")))
    return pairs


def gold_triple(relation: GoldRelation, mapper: ActorMapper) -> Triple | None:
    return relation_triple(relation.source, relation.stance, relation.target, mapper)


def gold_triples(relations: Iterable[GoldRelation], mapper: ActorMapper) -> set[Triple]:
    triples = (gold_triple(r, mapper) for r in relations)
    return {t for t in triples if t is not None}


def gold_polar(relations: Iterable[GoldRelation]) -> set[tuple[Triple, Any]]:
    pairs = set()
    for r in relations:
        triple = gold_triple(r, identity)
        if triple is not None:
            pairs.add((triple, r.polarity))
    return pairs


@dataclass(frozen=True, slots=True)
class Mappers:
    """How predicted and gold actor ids are compared, strictly and by camp."""

    predicted: ActorMapper
    gold: ActorMapper


def mapped(amap: dict[str, str | None], actor: str | None) -> str | None:
    """The reference id of an export actor id (``None`` for no actor or no match)."""
    return amap.get(actor) if actor is not None else None


def strict_mappers(amap: dict[str, str | None]) -> Mappers:
    return Mappers(predicted=lambda a: mapped(amap, a), gold=identity)


def lenient_mappers(amap: dict[str, str | None], registry: ActorRegistry) -> Mappers:
    def by_camp(actor: str | None) -> str | None:
        return registry.camp(actor) if actor else None

    def predicted(actor: str | None) -> str | None:
        return by_camp(mapped(amap, actor))

    return Mappers(predicted=predicted, gold=by_camp)
