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
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws or (tok.is_space and "\n" in tok.text):
            nxt = doc[tok.i + 1]
            if nxt.is_space:
                continue
            if not nxt.text[:1].islower():
                nxt.is_sent_start = True
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
