"""What the offline extractor finds in one invented sentence, as (source name, stance, target
name, polarity) tuples: shared by the relation tests of each construction family."""

from __future__ import annotations

from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp
from actorgraph.extract.relations import find_relations


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
