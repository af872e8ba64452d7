"""The spaCy pipeline used for sentences and tokens.

By default a blank English pipeline with the rule-based sentencizer: offline, no model
download, deterministic. When the user names an installed trained pipeline
(``--model en_core_web_sm``), it is loaded instead and its parser/NER are available to
the extractors through the same ``Doc`` interface.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "blank"


class ModelError(Exception):
    """The requested spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    if model in ("", "blank", None):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
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
