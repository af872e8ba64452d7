"""The sample corpus shipped with the package (articles written for actorgraph's demo)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpus_path() -> Path:
    """Folder holding the bundled sample articles."""
    return Path(str(resources.files("actorgraph").joinpath("sample_corpus")))
