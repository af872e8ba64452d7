"""Per-document extraction: a pure function ``Document -> Analysis``."""

from __future__ import annotations

from actorgraph.extract.nlp import DEFAULT_MODEL, get_nlp
from actorgraph.records import Analysis, Document, Sentence


def analyze_document(doc: Document, model: str = DEFAULT_MODEL) -> Analysis:
    nlp = get_nlp(model)
    sdoc = nlp(doc.text)
    analysis = Analysis(document_id=doc.id)
    for i, sent in enumerate(sdoc.sents):
        analysis.sentences.append(Sentence(index=i, start=sent.start_char, end=sent.end_char))
    return analysis
