"""What a format reader hands to the loader: raw records, bad records, whole-file errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from actorgraph.ingest.decode import DecodeError, decode_bytes
from actorgraph.ingest.metadata import Meta


class ReadError(Exception):
    """The whole file is unusable; ``str(exc)`` is the one-line reason."""


@dataclass(slots=True)
class Raw:
    """One article as read from a file, before cleaning."""

    text: str
    format: str
    meta: Meta = field(default_factory=Meta)
    where: str = ""  # "line 3", "record 2", "entry 5" in files holding several articles


@dataclass(slots=True)
class BadRecord:
    """One unusable record of a multi-record file (the other records are kept)."""

    where: str
    reason: str


Item = Raw | BadRecord


def decode(data: bytes, declared: str | None = None) -> str:
    """Decoded, normalised text; ReadError when it is not text or holds nothing."""
    try:
        text = decode_bytes(data, declared)
    except DecodeError as exc:
        raise ReadError(str(exc)) from None
    if not text.strip():
        raise ReadError("file holds only whitespace")
    return text
