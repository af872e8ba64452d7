"""Why a score is what it is: per document, what was missed and what was wrong.

Relations are diagnosed strictly (over reference actor ids, ``consult`` undirected):
missed required relations with their gold evidence, false positives (predictions whose
both ends map to reference actors but that are neither required nor optional), and
polarity errors on required relations that were found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.evaluate.prediction import (
    Mappers,
    PredictedDoc,
    Record,
    Triple,
    gold_triple,
    gold_triples,
    map_actors,
    mapped,
    predicted_docs,
    predicted_relations,
    relation_triple,
    strict_mappers,
)
from actorgraph.evaluate.reference import GoldDoc, GoldLabel, GoldSet, load_gold
from actorgraph.evaluate.scorer import (
    author_ok,
    boilerplate_removed,
    claim_found,
    date_found,
    event_dates,
    found_actors,
    label_found,
    published_ok,
    title_ok,
)

EVIDENCE_CHARS = 160


@dataclass(slots=True)
class DocDiagnosis:
    """Problems found in one document; each entry is one human-readable line."""

    name: str
    missed_actors: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    polarity_errors: list[str] = field(default_factory=list)
    missed_claims: list[str] = field(default_factory=list)
    missed_dates: list[str] = field(default_factory=list)
    missed_labels: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)

    def sections(self) -> list[tuple[str, list[str]]]:
        return [
            ("missed actors", self.missed_actors),
            ("missed required relations", self.missed_relations),
            ("false-positive relations", self.false_positives),
            ("polarity errors", self.polarity_errors),
            ("missed claims", self.missed_claims),
            ("missed dates", self.missed_dates),
            ("missed labels", self.missed_labels),
            ("metadata", self.metadata),
        ]


def _clip(text: Any) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1] + "…"


def _show(triple: Triple) -> str:
    source, stance, target = triple
    arrow = "<->" if stance == "consult" else "->"
    return f"{source} {arrow}[{stance}] {target}"


def _by_triple(doc: PredictedDoc, mappers: Mappers) -> dict[Triple, list[Record]]:
    """Scored predicted relations grouped by their strict triple."""
    grouped: dict[Triple, list[Record]] = {}
    for r in predicted_relations(doc):
        triple = relation_triple(r["source"], r["stance"], r["target"], mappers.predicted)
        if triple is not None:
            grouped.setdefault(triple, []).append(r)
    return grouped


def _required(
    gold: GoldDoc, predicted: dict[Triple, list[Record]], mappers: Mappers, diag: DocDiagnosis
) -> None:
    """Required relations that were missed, or found with none of the gold polarity."""
    for g in gold.relations:
        triple = gold_triple(g, mappers.gold)
        if triple is None:
            continue
        if triple not in predicted:
            diag.missed_relations.append(f"{_show(triple)} ({g.polarity}): {_clip(g.evidence)!r}")
            continue
        got = sorted({str(r.get("polarity", "asserted")) for r in predicted[triple]})
        if g.polarity not in got:
            diag.polarity_errors.append(
                f"{_show(triple)}: gold {g.polarity}, predicted {'/'.join(got)}: "
                f"{_clip(predicted[triple][0].get('evidence'))!r}"
            )


def _false_positives(
    gold: GoldDoc, predicted: dict[Triple, list[Record]], mappers: Mappers
) -> list[str]:
    """Predictions between reference actors that are neither required nor optional."""
    known = gold_triples([*gold.relations, *gold.optional_relations], mappers.gold)
    lines = []
    for triple in sorted(set(predicted) - known):
        r = predicted[triple][0]
        trigger = f" trigger {r['trigger']!r}" if r.get("trigger") else ""
        lines.append(
            f"{_show(triple)} ({r.get('polarity', 'asserted')}){trigger}: "
            f"{_clip(r.get('evidence'))!r}"
        )
    return lines


def _extras(
    gold: GoldDoc, doc: PredictedDoc, amap: dict[str, str | None], gs: GoldSet, diag: DocDiagnosis
) -> None:
    found = found_actors(doc, amap)
    diag.missed_actors = [a for a in gold.actors if a not in found]
    diag.missed_claims = [
        f"{c.speaker}: {_clip(c.evidence)!r}"
        for c in gold.claims
        if not claim_found(c, doc, amap, gs.registry)
    ]
    dates = event_dates(doc)
    diag.missed_dates = [d for d in gold.dates if not date_found(d, dates)]
    diag.missed_labels = [
        _missed_label(lab, doc, amap) for lab in gold.labels if not label_found(lab, doc, amap)
    ]


def _missed_label(label: GoldLabel, doc: PredictedDoc, amap: dict[str, str | None]) -> str:
    """The gold label, and what was predicted for the same actor, if anything."""
    same_actor = sorted(
        str(p.get("label")) for p in doc.labels if mapped(amap, p.get("actor")) == label.actor
    )
    predicted = f" (predicted: {', '.join(same_actor)})" if same_actor else ""
    return f"{label.actor}: {label.label!r}{predicted}"


def _metadata(gold: GoldDoc, document: Record) -> list[str]:
    problems = []
    checks = (
        ("title", title_ok, gold.meta.title),
        ("author", author_ok, gold.meta.author),
        ("published", published_ok, gold.meta.published),
    )
    for key, ok, wanted in checks:
        if not ok(gold, document):
            problems.append(f"{key}: gold {wanted!r}, predicted {document.get(key)!r}")
    if boilerplate_removed(gold, document) is False:
        text = document.get("text") or ""
        left = [b for b in gold.boilerplate if b in text]
        problems.extend(f"boilerplate left in text: {_clip(b)!r}" for b in left)
    return problems


def diagnose_document(
    gold: GoldDoc, doc: PredictedDoc, amap: dict[str, str | None], gs: GoldSet
) -> DocDiagnosis:
    diag = DocDiagnosis(name=doc.name)
    mappers = strict_mappers(amap)
    predicted = _by_triple(doc, mappers)
    _required(gold, predicted, mappers, diag)
    diag.false_positives = _false_positives(gold, predicted, mappers)
    _extras(gold, doc, amap, gs, diag)
    diag.metadata = _metadata(gold, doc.document)
    return diag


def diagnose(export: Record, gold: GoldSet) -> list[DocDiagnosis]:
    amap = map_actors(export, gold.registry)
    return [
        diagnose_document(gold.docs[d.name], d, amap, gold) for d in predicted_docs(export, gold)
    ]


INLINE_SECTIONS = frozenset({"missed actors", "missed dates"})  # short items: one line


def render(diagnoses: list[DocDiagnosis]) -> str:
    lines: list[str] = []
    for diag in diagnoses:
        lines.append(f"== {diag.name}")
        sections = [(title, items) for title, items in diag.sections() if items]
        for title, items in sections:
            if title in INLINE_SECTIONS:
                lines.append(f"  {title} ({len(items)}): {', '.join(items)}")
            else:
                lines.append(f"  {title} ({len(items)}):")
                lines.extend(f"    - {item}" for item in items)
        if not sections:
            lines.append("  nothing missed")
    return "\n".join(lines) + "\n"


def explain(export: dict[str, Any], gold_dir: Path, actors_path: Path | None = None) -> str:
    """A plain-text report, per document, of what the analysis missed or got wrong."""
    return render(diagnose(export, load_gold(gold_dir, actors_path)))
