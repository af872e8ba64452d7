"""The fast paths of extraction must give exactly what spaCy's own objects give.

``tokens.TokenTable`` copies token attributes into lists and ``nlp.sentencizer`` replaces
spaCy's rule-based sentencizer; both exist only for speed, so they are checked against the
spaCy originals on small invented documents with the awkward cases of news text.
"""

from __future__ import annotations

import pytest
import spacy

from actorgraph.extract.lexicon_text import doc_data
from actorgraph.extract.nlp import get_nlp, parse, sentencizer
from actorgraph.extract.tokens import token_table

TEXTS = [
    "",
    " ",
    "Ceasefire",
    "... !!",
    "Talks resume in Vardo\n\nBy Ana Pell, Coastal Wire\n\nVARDO, Jan. 4 (Wire) - Mr. Osk "
    "said talks would resume. “We don’t accept it,” he said. The U.S./Kelvan deal?\n",
    'Gen. Ray met Col. Imre. "It\'s over." They left at 5 p.m.! Then -- silence...\n\nnext',
    "The Karth-backed militia's 3,000 fighters — allegedly — entered Ovrin.\u00a0Residents fled.",
    "A. B? C! “D.” E\n\n\nF.\nlower case continues. G",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_matches_spacy_tokens(text: str) -> None:
    doc = get_nlp()(text)
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.sent_start == [bool(t.is_sent_start) for t in doc]
    assert table.is_punct == [t.is_punct for t in doc]
    assert table.is_alpha == [t.is_alpha for t in doc]
    assert table.is_title == [t.is_title for t in doc]
    assert table.sents == [(s.start, s.end) for s in doc.sents]
    assert [table.span_text(a, b) for a, b in table.sents] == [s.text for s in doc.sents]
    assert table.sent_of == [next(i for i, s in enumerate(doc.sents) if t in s) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_sentencizer_agrees_with_spacys(text: str) -> None:
    nlp = get_nlp()
    reference = spacy.blank("en")
    reference.tokenizer = nlp.tokenizer
    reference.add_pipe("sentencizer")
    expected = [t.is_sent_start for t in reference(text)]
    assert [t.is_sent_start for t in sentencizer(nlp.make_doc(text))] == expected


def test_sentencizer_keeps_boundaries_already_set() -> None:
    doc = get_nlp().make_doc("one two three four")
    doc[2].is_sent_start = True
    doc[1].is_sent_start = False
    out = sentencizer(doc)
    assert [t.is_sent_start for t in out] == [True, False, True, False]


def test_parse_remembers_text_and_splits_lines() -> None:
    text = "Headline without a stop\nBody sentence one. Body two.\n"
    doc = parse(text)
    assert doc.text == text
    assert doc_data(doc)["text"] is text
    sentences = [s.text for s in doc.sents]
    assert sentences == [s.text for s in get_nlp()(text).sents]
    assert sentences[:3] == ["Headline without a stop\n", "Body sentence one.", "Body two."]


def test_token_table_is_rebuilt_for_a_new_doc() -> None:
    first = token_table(parse("Alpha beta."))
    second = token_table(parse("Gamma delta epsilon."))
    assert first.text == ["Alpha", "beta", "."]
    assert second.text == ["Gamma", "delta", "epsilon", "."]
