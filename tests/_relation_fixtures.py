"""What the offline extractor finds in one invented sentence, as (source name, stance, target
name, polarity) tuples: shared by the relation tests of each construction family."""

from __future__ import annotations

from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp
from actorgraph.extract.pipeline import analyze_document
from actorgraph.extract.relations import find_relations
from actorgraph.records import Analysis, Document


def relations(text: str) -> set[tuple[str, str, str, str]]:
    doc = get_nlp()(text)
    entities, _, tok_mentions = find_mentions(doc)
    names = {e.id: e.name for e in entities}
    return {
        (names[r.source], r.stance, names[r.target], r.polarity)
        for r in find_relations(doc, tok_mentions, entities)
    }


def consult(a: str, b: str, out: set[tuple[str, str, str, str]], polarity: str = "asserted"):
    """Whether ``out`` holds a consult between ``a`` and ``b`` in either direction."""
    return (a, "consult", b, polarity) in out or (b, "consult", a, polarity) in out


def analyze_text(text: str) -> Analysis:
    """The whole per-document analysis of ``text`` (published 2024-05-01)."""
    return analyze_document(Document(id="t", path="", text=text, published="2024-05-01"))


def stance_triples(text: str) -> set[tuple[str, str, str]]:
    """(source name, stance, target name) of every relation the full analysis finds."""
    a = analyze_text(text)
    names = {e.id: e.name for e in a.entities}
    return {(names[r.source], r.stance, names[r.target]) for r in a.relations}


def entity_kinds(text: str) -> dict[str, str]:
    """Entity name -> kind, as the full analysis resolves them."""
    return {e.name: e.kind for e in analyze_text(text).entities}
