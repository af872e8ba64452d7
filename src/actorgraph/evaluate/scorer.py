"""Scores of an analysis against gold annotations (definitions: ../shared/eval/README.md).

Per document and in total: actor recall, relation precision/recall/F1 (strict over actor ids,
lenient over camps), polarity accuracy, claim/date/label recall, metadata checks and
boilerplate removal. Totals are micro-averaged over counts, except actor recall and the
metadata checks, which are averaged over documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.evaluate.prediction import (
    Mappers,
    PredictedDoc,
    Record,
    gold_polar,
    gold_triples,
    lenient_mappers,
    map_actors,
    mapped,
    predicted_docs,
    predicted_polar,
    predicted_relations,
    predicted_triples,
    strict_mappers,
)
from actorgraph.evaluate.reference import (
    ANONYMOUS,
    ActorRegistry,
    GoldClaim,
    GoldDoc,
    GoldLabel,
    GoldSet,
    load_gold,
    normalize_name,
)

Row = dict[str, Any]

# Metrics of the TOTAL row, in the order the reference scorer prints them.
TOTAL_METRICS = (
    "actor_recall",
    "rel_strict_p",
    "rel_strict_r",
    "rel_strict_f1",
    "rel_lenient_p",
    "rel_lenient_r",
    "rel_lenient_f1",
    "polarity_acc",
    "claim_recall",
    "date_recall",
    "label_recall",
    "title_ok",
    "published_ok",
    "author_ok",
)
DOC_METRICS = (*TOTAL_METRICS, "boilerplate_removed")

CLAIM_PREFIX = 40  # a predicted claim matches when it contains this much of the gold evidence


@dataclass(slots=True)
class Tally:
    """Hits out of a number of gold items."""

    hit: int = 0
    n: int = 0

    def ratio(self) -> float | None:
        return self.hit / self.n if self.n else None

    def __iadd__(self, other: Tally) -> Tally:
        self.hit += other.hit
        self.n += other.n
        return self


@dataclass(slots=True)
class Matches:
    """True positives, scored predictions and gold items of one relation mode."""

    tp: int = 0
    npred: int = 0
    ngold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1; with nothing to find, recall is 1 (and so is precision
        when nothing was predicted either)."""
        empty_precision = 1.0 if self.ngold == 0 else 0.0
        precision = self.tp / self.npred if self.npred else empty_precision
        recall = self.tp / self.ngold if self.ngold else 1.0
        total = precision + recall
        f1 = 2 * precision * recall / total if total else 0.0
        return precision, recall, f1

    def __iadd__(self, other: Matches) -> Matches:
        self.tp += other.tp
        self.npred += other.npred
        self.ngold += other.ngold
        return self


@dataclass(slots=True)
class DocScore:
    """Everything scored for one document; ``row()`` gives its metrics."""

    name: str
    actor_recall: float
    strict: Matches
    lenient: Matches
    polarity: Tally
    claims: Tally
    dates: Tally
    labels: Tally
    title_ok: bool
    published_ok: bool
    author_ok: bool
    boilerplate_removed: bool | None

    def row(self) -> Row:
        row: Row = {"actor_recall": self.actor_recall}
        row.update(_prf_columns("strict", self.strict))
        row.update(_prf_columns("lenient", self.lenient))
        row["polarity_acc"] = self.polarity.ratio()
        row["claim_recall"] = self.claims.ratio()
        row["date_recall"] = self.dates.ratio()
        row["label_recall"] = self.labels.ratio()
        row["title_ok"] = self.title_ok
        row["published_ok"] = self.published_ok
        row["author_ok"] = self.author_ok
        row["boilerplate_removed"] = self.boilerplate_removed
        return row


@dataclass(slots=True)
class Totals:
    docs: int = 0
    actor_recall: float = 0.0
    strict: Matches = field(default_factory=Matches)
    lenient: Matches = field(default_factory=Matches)
    polarity: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    labels: Tally = field(default_factory=Tally)
    title_ok: int = 0
    published_ok: int = 0
    author_ok: int = 0

    def add(self, doc: DocScore) -> None:
        self.docs += 1
        self.actor_recall += doc.actor_recall
        self.strict += doc.strict
        self.lenient += doc.lenient
        self.polarity += doc.polarity
        self.claims += doc.claims
        self.dates += doc.dates
        self.labels += doc.labels
        self.title_ok += doc.title_ok
        self.published_ok += doc.published_ok
        self.author_ok += doc.author_ok

    def row(self) -> Row:
        n = self.docs or 1
        row: Row = {"docs": self.docs, "actor_recall": self.actor_recall / n}
        row.update(_prf_columns("strict", self.strict))
        row.update(_prf_columns("lenient", self.lenient))
        row["polarity_acc"] = self.polarity.ratio() or 0.0
        row["claim_recall"] = self.claims.ratio() or 0.0
        row["date_recall"] = self.dates.ratio() or 0.0
        row["label_recall"] = self.labels.ratio() or 0.0
        row["title_ok"] = self.title_ok / n
        row["published_ok"] = self.published_ok / n
        row["author_ok"] = self.author_ok / n
        return row


def _prf_columns(mode: str, matches: Matches) -> Row:
    p, r, f1 = matches.prf()
    return {f"rel_{mode}_p": p, f"rel_{mode}_r": r, f"rel_{mode}_f1": f1}


# -- per-metric functions ---------------------------------------------------------------


def found_actors(doc: PredictedDoc, amap: dict[str, str | None]) -> set[str]:
    """Reference actors the prediction mentions in the document or puts in a relation."""
    ids = [m.get("actor") for m in doc.mentions]
    for r in doc.relations:
        ids += [r["source"], r["target"]]
    found = {mapped(amap, i) for i in ids}
    return {a for a in found if a is not None}


def actor_recall(gold: GoldDoc, found: set[str]) -> float:
    wanted = set(gold.actors)
    return len(wanted & found) / len(wanted) if wanted else 1.0


def relation_matches(gold: GoldDoc, doc: PredictedDoc, mappers: Mappers) -> Matches:
    """Predictions that match only an optional relation count neither way."""
    predicted = predicted_triples(predicted_relations(doc), mappers.predicted)
    required = gold_triples(gold.relations, mappers.gold)
    optional_only = gold_triples(gold.optional_relations, mappers.gold) - required
    return Matches(
        tp=len(predicted & required),
        npred=len(predicted - optional_only),
        ngold=len(required),
    )


def polarity_tally(gold: GoldDoc, doc: PredictedDoc, mappers: Mappers) -> Tally:
    """Over required relations whose triple was found: is the polarity the gold one?"""
    predicted = predicted_polar(predicted_relations(doc), mappers.predicted)
    found = {triple for triple, _ in predicted}
    judged = [pair for pair in gold_polar(gold.relations) if pair[0] in found]
    return Tally(hit=sum(1 for pair in judged if pair in predicted), n=len(judged))


def claim_text(claim: Record) -> str:
    """The predicted claim's text (its sentence text when the claim has none)."""
    for key in ("text", "sentence"):
        value = claim.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def claim_overlaps(gold: GoldClaim, text: str) -> bool:
    return gold.evidence[:CLAIM_PREFIX] in text or bool(text) and text in gold.evidence


def speaker_agrees(
    gold: GoldClaim, claim: Record, amap: dict[str, str | None], registry: ActorRegistry
) -> bool:
    """Same camp as the gold speaker; an anonymous gold speaker or an unresolved predicted
    speaker never disagrees, a missing predicted speaker counts as anonymous."""
    if gold.speaker == ANONYMOUS:
        return True
    speaker_id = claim.get("speaker")
    speaker = mapped(amap, speaker_id) if speaker_id else ANONYMOUS
    return speaker is None or registry.camp(speaker) == registry.camp(gold.speaker)


def claim_found(
    gold: GoldClaim, doc: PredictedDoc, amap: dict[str, str | None], registry: ActorRegistry
) -> bool:
    return any(
        claim_overlaps(gold, claim_text(c)) and speaker_agrees(gold, c, amap, registry)
        for c in doc.claims
    )


def claim_tally(
    gold: GoldDoc, doc: PredictedDoc, amap: dict[str, str | None], registry: ActorRegistry
) -> Tally:
    hits = sum(1 for c in gold.claims if claim_found(c, doc, amap, registry))
    return Tally(hit=hits, n=len(gold.claims))


def event_dates(doc: PredictedDoc) -> set[str]:
    return {str(e.get("date") or "") for e in doc.events}


def date_found(gold_date: str, dates: Iterable[str]) -> bool:
    """A predicted date at least as precise as the gold one (``2020-01-05`` for ``2020-01``)."""
    return any(d.startswith(gold_date) for d in dates)


def date_tally(gold: GoldDoc, doc: PredictedDoc) -> Tally:
    dates = event_dates(doc)
    return Tally(hit=sum(1 for d in gold.dates if date_found(d, dates)), n=len(gold.dates))


def label_found(gold: GoldLabel, doc: PredictedDoc, amap: dict[str, str | None]) -> bool:
    """A predicted label on the same actor whose text contains the gold label."""
    wanted = normalize_name(gold.label)
    return any(
        mapped(amap, p.get("actor")) == gold.actor and wanted in normalize_name(p.get("label"))
        for p in doc.labels
    )


def label_tally(gold: GoldDoc, doc: PredictedDoc, amap: dict[str, str | None]) -> Tally:
    return Tally(
        hit=sum(1 for lab in gold.labels if label_found(lab, doc, amap)), n=len(gold.labels)
    )


def title_ok(gold: GoldDoc, document: Record) -> bool:
    return normalize_name(document.get("title")) == normalize_name(gold.meta.title)


def published_ok(gold: GoldDoc, document: Record) -> bool:
    wanted = gold.meta.published
    return wanted is None or str(document.get("published") or "").startswith(wanted)


def author_ok(gold: GoldDoc, document: Record) -> bool:
    wanted = gold.meta.author
    return wanted is None or normalize_name(wanted) in normalize_name(document.get("author"))


def boilerplate_removed(gold: GoldDoc, document: Record) -> bool | None:
    text = document.get("text")
    if text is None:
        return None
    return not any(b in text for b in gold.boilerplate)


# -- documents and totals ---------------------------------------------------------------


def score_document(
    gold: GoldDoc, doc: PredictedDoc, amap: dict[str, str | None], registry: ActorRegistry
) -> DocScore:
    strict = strict_mappers(amap)
    return DocScore(
        name=doc.name,
        actor_recall=actor_recall(gold, found_actors(doc, amap)),
        strict=relation_matches(gold, doc, strict),
        lenient=relation_matches(gold, doc, lenient_mappers(amap, registry)),
        polarity=polarity_tally(gold, doc, strict),
        claims=claim_tally(gold, doc, amap, registry),
        dates=date_tally(gold, doc),
        labels=label_tally(gold, doc, amap),
        title_ok=title_ok(gold, doc.document),
        published_ok=published_ok(gold, doc.document),
        author_ok=author_ok(gold, doc.document),
        boilerplate_removed=boilerplate_removed(gold, doc.document),
    )


def score_documents(export: Record, gold: GoldSet) -> list[DocScore]:
    """One score per exported document that has a gold file, sorted by file name."""
    amap = map_actors(export, gold.registry)
    return [
        score_document(gold.docs[doc.name], doc, amap, gold.registry)
        for doc in predicted_docs(export, gold)
    ]


def summarize(scores: Iterable[DocScore]) -> dict[str, Any]:
    totals = Totals()
    rows: dict[str, Row] = {}
    for score in scores:
        totals.add(score)
        rows[score.name] = score.row()
    return {"docs": rows, "total": totals.row()}


def evaluate(
    export: dict[str, Any], gold_dir: Path, actors_path: Path | None = None
) -> dict[str, Any]:
    """Score an export (the JSON contract) against the gold files in ``gold_dir``.

    ``actors_path`` defaults to ``actors.json`` beside the gold folder. Returns
    ``{"docs": {name: row}, "total": row}``; raises ``GoldError`` when the gold folder or
    the actors file cannot be used.
    """
    return summarize(score_documents(export, load_gold(gold_dir, actors_path)))
