"""Plain-Python copies of the spaCy token attributes the extractors read, made once per Doc.

Why: every ``doc[i]`` or ``for t in doc`` builds a new Python ``Token`` object, and the
extractors walk each document dozens of times; on news-sized documents that object churn
was about half of the extraction time. Lists of strings, ints and bools, filled by one
``Doc.to_array`` call and slices of the text, are several times cheaper to index.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_TITLE, LENGTH, SENT_START
from spacy.tokens import Doc

from actorgraph.extract.lexicon_text import doc_data, doc_text


@dataclass(slots=True)
class TokenTable:
    """Per-token attributes of one Doc, indexed by token position."""

    text: list[str]
    lower: list[str]
    idx: list[int]  # character offset of each token
    sent_start: list[bool]  # Token.is_sent_start is True
    is_punct: list[bool]
    is_alpha: list[bool]
    is_title: list[bool]
    is_cap: list[bool]  # starts with a capital and has a letter (a name-like word)
    sents: list[tuple[int, int]]  # token ranges of spaCy's sentences, as ``Doc.sents`` gives
    sent_of: list[int]  # sentence index of each token
    positions: dict[str, list[int]]  # token indices of each word form
    doc_text: str

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, j: int) -> int:
        """Character end of token ``j - 1`` (the end of a span ending before token ``j``)."""
        return self.idx[j - 1] + len(self.text[j - 1])

    def span_text(self, i: int, j: int) -> str:
        """``doc[i:j].text``."""
        if j <= i:
            return ""
        return self.doc_text[self.idx[i] : self.end_char(j)]


# The most recent Doc, its length and its table: the hot path (called a few hundred times
# per document, so the length is kept rather than asked of the table each time).
_last: list[tuple[Doc, int, TokenTable]] = []


def token_table(doc: Doc) -> TokenTable:
    """The token table of ``doc`` (built on first use, cached for the Doc)."""
    if _last:
        last_doc, n, last_table = _last[0]
        if last_doc is doc and n == len(doc):
            return last_table
    data = doc_data(doc)
    table: TokenTable | None = data.get("token_table")
    if table is None or len(table) != len(doc):
        table = _build(doc)
        data["token_table"] = table
    _last[:] = [(doc, len(table), table)]
    return table


def _build(doc: Doc) -> TokenTable:
    n = len(doc)
    full = doc_text(doc)
    if n:
        cols = doc.to_array([IDX, LENGTH, SENT_START, IS_PUNCT, IS_ALPHA, IS_TITLE])
        idx = cols[:, 0].tolist()
        # Whole columns converted at once (numpy -> Python bools), not value by value.
        text = list(map(full.__getitem__, map(slice, idx, (cols[:, 0] + cols[:, 1]).tolist())))
        sent_start = (cols[:, 2] == 1).tolist()
        is_punct = (cols[:, 3] != 0).tolist()
        is_alpha = (cols[:, 4] != 0).tolist()
        is_title = (cols[:, 5] != 0).tolist()
        # Doc.sents: a sentence begins at token 0 and at every later token with sent_start 1.
        bounds = [0, *(numpy.flatnonzero(cols[1:, 2] == 1) + 1).tolist()]
    else:
        text, idx, sent_start, is_punct, is_alpha, is_title, bounds = [], [], [], [], [], [], []
    sents = list(zip(bounds, [*bounds[1:], n], strict=True)) if n else []
    sent_of = [0] * n
    for si, (a, b) in enumerate(sents):
        sent_of[a:b] = [si] * (b - a)
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(text):
        positions.setdefault(w, []).append(i)
    return TokenTable(
        text=text,
        lower=list(map(str.lower, text)),
        idx=idx,
        sent_start=sent_start,
        is_punct=is_punct,
        is_alpha=is_alpha,
        is_title=is_title,
        is_cap=[
            w[:1].isupper() and (alpha or any(c.isalpha() for c in w))
            for w, alpha in zip(text, is_alpha, strict=True)
        ],
        sents=sents,
        sent_of=sent_of,
        positions=positions,
        doc_text=full,
    )
