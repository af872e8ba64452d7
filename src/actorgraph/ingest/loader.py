"""Turn files into cleaned ``Document`` records (or one-line ``Rejection`` reasons).

``discover`` walks the paths given on the command line; ``load_file`` is a pure function
of one file: it never raises for bad input, it returns a ``Rejection`` instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from actorgraph.records import Document, Rejection

SUPPORTED_SUFFIXES = {".txt", ".md"}


def document_id(text: str) -> str:
    """Stable id: a hash of the cleaned text, so duplicates collapse."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Yield the files below each path (recursively, sorted) as path strings."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield str(f)
        else:
            yield str(path)


def load_file(path: str) -> list[Document | Rejection]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return [Rejection(path, f"cannot read file ({exc.strerror})")]
    text = raw.decode("utf-8", errors="replace").strip()
    if not text:
        return [Rejection(path, "empty file")]
    return [Document(id=document_id(text), path=path, text=text, format="txt")]
