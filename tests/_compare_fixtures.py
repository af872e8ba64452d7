"""Hand-built stores for the comparison tests: invented actors, outlets and sentences.

Each fixture document is written straight into a real SQLite store (no NLP), so a test
states exactly which relations, speakers, dates and labels each outlet reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.pipeline import resolve_store
from actorgraph.records import Analysis, Document, Entity, Label, Relation, Sentence
from actorgraph.store.db import Store


@dataclass
class Rel:
    source: str
    stance: str
    target: str
    polarity: str = "asserted"
    speaker: str | None = None
    date: str | None = None


@dataclass
class Doc:
    id: str
    outlet: str | None = None
    published: str | None = None
    relations: list[Rel] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)  # (actor name, label)
    url: str | None = None
    author: str | None = None


def _kind(name: str) -> str:
    return (
        "person" if " " in name and name.split()[0] in ("Anna", "Boris", "Clara") else "armed_group"
    )


def write(store: Store, doc: Doc) -> None:
    """Store one fixture document; each relation and label gets its own sentence."""
    names: list[str] = []
    for r in doc.relations:
        names += [r.source, r.target] + ([r.speaker] if r.speaker else [])
    names += [a for a, _ in doc.labels]
    local = {n: f"e{i}" for i, n in enumerate(dict.fromkeys(names))}
    lines, relations, labels, sentences, pos = [], [], [], [], 0
    for i, r in enumerate(doc.relations):
        verb = {"support": "backs", "oppose": "attacks", "consult": "meets"}[r.stance]
        text = f"{r.source} {'does not ' if r.polarity == 'negated' else ''}{verb} {r.target}."
        lines.append(text)
        sentences.append(Sentence(i, pos, pos + len(text)))
        relations.append(
            Relation(
                local[r.source],
                local[r.target],
                r.stance,
                "back",
                "SUPPORT",
                r.polarity,
                i,
                pos,
                pos + len(text),
                verb,
                local[r.speaker] if r.speaker else None,
                r.date,
            )
        )
        pos += len(text) + 1
    for j, (actor, label) in enumerate(doc.labels, len(doc.relations)):
        text = f"The {label} {actor} spoke."
        lines.append(text)
        sentences.append(Sentence(j, pos, pos + len(text)))
        labels.append(Label(local[actor], label, pos + 4, pos + 4 + len(label), j))
        pos += len(text) + 1
    entities = [
        Entity(eid, n, _kind(n), f"{'person' if _kind(n) == 'person' else 'org'}:{n.lower()}", [n])
        for n, eid in local.items()
    ]
    document = Document(
        id=doc.id,
        path=f"{doc.id}.txt",
        text="\n".join(lines),
        outlet=doc.outlet,
        published=doc.published,
        url=doc.url,
        author=doc.author,
    )
    analysis = Analysis(doc.id, sentences, entities, [], relations, [], [], labels)
    assert store.add_document(document, analysis)


def build(path: Path, docs: list[Doc], *, batches: int = 1) -> Path:
    """Write ``docs`` in ``batches`` runs, resolving (and aggregating) after each run."""
    with Store(path) as store:
        size = -(-len(docs) // batches)
        for start in range(0, len(docs), size):
            for d in docs[start : start + size]:
                write(store, d)
            resolve_store(store)
    return path
