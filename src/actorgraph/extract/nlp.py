"""The spaCy pipeline used for sentences and tokens.

By default a blank English pipeline with the rule-based sentencizer: offline, no model
download, deterministic. When the user names an installed trained pipeline
(``--model en_core_web_sm``), it is loaded instead and its parser/NER are available to
the extractors through the same ``Doc`` interface.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, LOWER, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex
from thinc.types import Ints2d

from actorgraph.extract.letter_words import skip_letter_words_finditer, skip_letter_words_search
from actorgraph.extract.lexicon_text import doc_data, doc_text

DEFAULT_MODEL = "blank"


class ModelError(Exception):
    """The requested spaCy pipeline is not installed."""


def _tune_tokenizer(nlp: Language) -> None:
    """Split "U.S./Saudi" at the slash and "Blair‘s" before a mis-typed possessive."""
    infixes = [*list(nlp.Defaults.infixes or []), r"(?<=[\w.])/(?=\w)"]
    suffixes = [*list(nlp.Defaults.suffixes or []), r"‘[sS]$", r"`[sS]$"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _skip_letter_words(nlp: Language) -> None:
    """Answer the affix patterns at once for words of letters only (see letter_words.py):
    the same tokens, without a few hundred suffix branches tried on every new word."""
    tokenizer: Any = nlp.tokenizer
    tokenizer.prefix_search = skip_letter_words_search(tokenizer.prefix_search)
    tokenizer.suffix_search = skip_letter_words_search(tokenizer.suffix_search)
    tokenizer.infix_finditer = skip_letter_words_finditer(tokenizer.infix_finditer)


# The lexeme attributes the extractors read (through ``Doc.to_array``), plus ``lower_`` and
# ``is_space``, which plain reference code over spaCy tokens reads.
_LEX_ATTRS_READ = frozenset([IS_ALPHA, IS_PUNCT, IS_TITLE, LOWER, IS_SPACE])


def _trim_lexeme_attrs(nlp: Language) -> None:
    """Compute only the lexeme attributes something reads, for each new word.

    Why: spaCy fills about twenty attributes for every word the vocabulary has not seen
    (shape, norm, prefix, suffix, like_num, like_url, is_stop ...), each a Python call;
    they are features for trained pipelines, which the blank pipeline has none of, and on
    news text they were a third of the tokenizer's time. The others are left 0 / "".
    """
    vocab: Any = nlp.vocab  # lex_attr_getters is missing from spaCy's type stubs
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in _LEX_ATTRS_READ}


_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


@Language.component("actorgraph_sentencizer")
def sentencizer(doc: Doc) -> Doc:
    """spaCy's rule-based ``sentencizer`` with the same output, computed over arrays.

    Why: the built-in one creates a Python ``Token`` per token to read its text and
    ``is_punct``; this reads both from one ``Doc.to_array`` call and slices of the text.
    A sentence ends after a run of sentence-final punctuation, before the next token that
    is not punctuation.
    """
    n = len(doc)
    if n == 0:
        return doc
    text = doc_text(doc)
    cols = doc.to_array([IDX, LENGTH, IS_PUNCT, SENT_START])
    # Every punctuation mark in _PUNCT_CHARS is one character long.
    one = numpy.flatnonzero(cols[:, 1] == 1)
    final = numpy.zeros(n, dtype=bool)  # the token is a sentence-final mark
    final[one[[text[i] in _PUNCT_CHARS for i in cols[one, 0].tolist()]]] = True
    # The first word (neither punctuation nor a final mark) after each final mark starts a
    # sentence; so does the first token.
    words = numpy.flatnonzero((cols[:, 2] == 0) & ~final)
    after = numpy.searchsorted(words, numpy.flatnonzero(final), side="right")
    starts = numpy.zeros(n, dtype=bool)
    starts[0] = True
    starts[words[after[after < len(words)]]] = True
    # Like the built-in component, leave boundaries that are already set alone.
    current = cols[:, 3]
    values = numpy.where(
        current != 0,
        numpy.where(current == 1, 1, -1),  # current is -1 as an unsigned 64-bit int
        numpy.where(starts, 1, -1),
    ).astype("int64")
    array = values.astype("uint64")  # -1 as spaCy stores it
    doc.from_array([SENT_START], cast(Ints2d, array.reshape(n, 1)))
    return doc


@Language.component("actorgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break unless the next line continues in lower case.

    Headlines, bylines and paragraphs carry no final full stop; without this they would be
    glued to the next sentence.
    """
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    starts: set[int] = set()  # char offsets where a line's first word begins
    pos = text.find("\n")
    while pos >= 0:
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text):
            starts.add(end)
        pos = text.find("\n", end)
    if not starts:
        return doc
    # Token positions from one array, not a Token object per token (see tokens.py); the
    # boundaries are written back in one call, as setting ``Token.is_sent_start`` scans the
    # whole Doc each time.
    cols = doc.to_array([IDX, SENT_START])
    token_at = {pos: i for i, pos in enumerate(cols[:, 0].tolist())}
    values = cols[:, 1].copy()
    changed = False
    for pos in sorted(starts):
        i = token_at.get(pos, 0)
        if i > 0 and not text[pos].isspace() and not text[pos].islower():
            values[i] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], cast(Ints2d, values.reshape(len(doc), 1)))
    return doc


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    """``get_nlp(model)(text)``, with ``text`` remembered as the Doc's text.

    Why: spaCy rebuilds ``Doc.text`` from its tokens on every access; the extractors read
    it through ``lexicon_text.doc_text``, which this seeds with the string we already have.
    """
    nlp = get_nlp(model)
    doc = nlp.make_doc(text)
    doc_data(doc)["text"] = text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


@lru_cache(maxsize=4)
def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    if model in ("", "blank", None):
        nlp = spacy.blank("en")
        _tune_tokenizer(nlp)
        _skip_letter_words(nlp)
        _trim_lexeme_attrs(nlp)
        nlp.add_pipe("actorgraph_sentencizer")
        nlp.add_pipe("actorgraph_line_breaks")
        nlp.max_length = 50_000_000
        return nlp
    try:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install it (python -m spacy download {model})"
            " or omit --model to use the built-in offline pipeline"
        ) from exc
    if (
        not nlp.has_pipe("parser")
        and not nlp.has_pipe("senter")
        and not nlp.has_pipe("sentencizer")
    ):
        nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    return nlp
