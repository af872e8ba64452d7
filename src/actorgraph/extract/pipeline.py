"""Per-document extraction: a pure function ``Document -> Analysis``.

Stages, in the order data flows: tokens and sentences -> actor mentions and entities ->
relations (with polarity) -> claims (speakers) -> dates -> labels; then relations inside
reported speech take the claim's speaker and relations take the date of their sentence.
"""

from __future__ import annotations

import gc

from actorgraph.extract.claims import find_claims
from actorgraph.extract.dates import find_events
from actorgraph.extract.labels import find_labels
from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import DEFAULT_MODEL, parse
from actorgraph.extract.relations import find_relations
from actorgraph.extract.tokens import token_table
from actorgraph.records import Analysis, Claim, Document, Event, Relation, Sentence


def analyze_document(doc: Document, model: str = DEFAULT_MODEL) -> Analysis:
    """Extract everything actorgraph stores from one document."""
    sdoc = parse(doc.text, model)
    tt = token_table(sdoc)
    analysis = Analysis(document_id=doc.id)
    analysis.sentences = [
        Sentence(index=i, start=tt.idx[a], end=tt.end_char(b)) for i, (a, b) in enumerate(tt.sents)
    ]
    entities, mentions, tok_mentions = find_mentions(sdoc)
    relations = find_relations(sdoc, tok_mentions, entities)
    claims = find_claims(sdoc, mentions, entities)
    events = find_events(sdoc, doc.published)
    _attach_speakers(relations, claims)
    _attach_dates(relations, events)
    analysis.entities = entities
    analysis.mentions = mentions
    analysis.relations = relations
    analysis.claims = claims
    analysis.events = events
    analysis.labels = find_labels(sdoc, mentions, entities)
    return analysis


_WARM_UP = (
    "The Foreign Minister of France, Anne Marceau, said on Monday that Paris backs the "
    "United Nations (UN) mission. Rebels reportedly did not attack the capital last week."
)
_prepared: set[str] = set()


def warm_up(model: str = DEFAULT_MODEL) -> None:
    """Build the tables made lazily on a model's first document, by analysing a short
    made-up text (also used by benchmarks to keep that set-up out of their timings)."""
    analyze_document(Document(id="warm-up", path="", text=_WARM_UP, published="2024-01-01"), model)


def prepare_process(model: str = DEFAULT_MODEL) -> None:
    """Get this process ready to analyse many documents: load the model and every lazily
    built table (by analysing a short made-up text), then ``gc.freeze()`` them.

    The model, gazetteers and lexicons are millions of long-lived objects; without the
    freeze, Python's full garbage collections walk them all again and again (about 0.5 ms
    per document). Called once per process by the analyze paths (one process, Dask
    workers), not by ``analyze_document``, so a library user's process is left alone.
    """
    if model in _prepared:
        return
    warm_up(model)
    gc.collect()
    gc.freeze()
    _prepared.add(model)


def _attach_speakers(relations: list[Relation], claims: list[Claim]) -> None:
    """A relation stated inside reported speech carries the speaker of that speech."""
    for r in relations:
        for c in claims:
            if c.speaker and c.start <= r.start < c.end:
                r.speaker = c.speaker
                break


def _attach_dates(relations: list[Relation], events: list[Event]) -> None:
    """A relation takes the most precise date stated in its sentence."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    for r in relations:
        dates = by_sentence.get(r.sentence)
        if dates:
            r.date = max(dates, key=lambda e: (len(e.date), -abs(e.start - r.start))).date
