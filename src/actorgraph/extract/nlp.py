"""The spaCy pipeline used for sentences and tokens.

By default a blank English pipeline with the rule-based sentencizer: offline, no model
download, deterministic. When the user names an installed trained pipeline
(``--model en_core_web_sm``), it is loaded instead and its parser/NER are available to
the extractors through the same ``Doc`` interface.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

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


@Language.component("actorgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break unless the next line continues in lower case.

    Headlines, bylines and paragraphs carry no final full stop; without this they would be
    glued to the next sentence.
    """
    text = doc.text
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
    for tok in doc:
        if tok.idx in starts and tok.i > 0 and not tok.is_space and not tok.text[:1].islower():
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    if model in ("", "blank", None):
        nlp = spacy.blank("en")
        _tune_tokenizer(nlp)
        nlp.add_pipe("sentencizer")
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
