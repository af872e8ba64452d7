"""Turn files into cleaned ``Document`` records (or one-line ``Rejection`` reasons).

``discover`` walks the paths given on the command line; ``load_file`` is a pure function
of one file: it never raises for bad input, it returns a ``Rejection`` instead.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from actorgraph.ingest.clean import clean_article
from actorgraph.ingest.feeds import is_feed, read_feed
from actorgraph.ingest.jsonrecords import read_json, read_jsonl
from actorgraph.ingest.metadata import outlet_from_url
from actorgraph.ingest.raw import BadRecord, Item, Raw, ReadError
from actorgraph.ingest.readers import read_html, read_markdown, read_pdf, read_text
from actorgraph.records import Document, Rejection

MAX_FILE_BYTES = 20_000_000  # text formats: larger files are rejected before reading
MAX_PDF_BYTES = 200_000_000  # PDFs carry images; their text is limited separately
MIN_CHARS = 20  # shorter cleaned texts are not articles

Reader = Callable[[bytes], list[Item]]


def _read_xml(data: bytes) -> list[Item]:
    if not is_feed(data):
        raise ReadError("XML file is not an RSS/Atom feed; only feeds are read from .xml files")
    return read_feed(data)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": _read_xml,
}
SUPPORTED_SUFFIXES = frozenset(READERS)


def document_id(text: str) -> str:
    """Stable id: a hash of the cleaned text, so duplicates collapse."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Yield the files below each path (recursively, sorted) as path strings.

    When walking a folder only supported suffixes are yielded and hidden files and
    folders (names starting with '.') are skipped; a file named explicitly is always yielded.
    """
    for p in paths:
        if not os.path.isdir(p):
            yield str(p)
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(
                os.path.join(root, f)
                for f in files
                if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED_SUFFIXES
            )
        yield from sorted(found)


def load_file(path: str) -> list[Document | Rejection]:
    """Read one file into documents; bad input gives ``Rejection``s, never an exception."""
    try:
        items = _read(path)
    except ReadError as exc:
        return [Rejection(path, _one_line(str(exc)))]
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop a run
        return [
            Rejection(
                path, _one_line(f"unexpected error ({type(exc).__name__}: {exc}); please report it")
            )
        ]
    out: list[Document | Rejection] = []
    for item in items:
        if isinstance(item, BadRecord):
            out.append(Rejection(path, _one_line(f"{item.where}: {item.reason}")))
            continue
        try:
            out.append(finish(path, item))
        except Exception as exc:  # noqa: BLE001
            out.append(
                Rejection(path, _one_line(f"{item.where or 'text'}: unexpected error ({exc})"))
            )
    return out


def _read(path: str) -> list[Item]:
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(f"unsupported file type '{suffix or path}'; supported: {kinds}")
    if os.path.isdir(path):
        raise ReadError("is a folder, not a file")
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror})") from None
    limit = MAX_PDF_BYTES if suffix == ".pdf" else MAX_FILE_BYTES
    if size > limit:
        raise ReadError(
            f"file too large ({size / 1e6:.1f} MB; limit {limit // 1_000_000} MB); split it"
        )
    if size == 0:
        raise ReadError("empty file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror}); check its permissions") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return reader(data)


def finish(path: str, raw: Raw) -> Document | Rejection:
    """Clean one raw article and fill its metadata: markup first, then the text itself."""
    cleaned = clean_article(raw.text)
    prefix = f"{raw.where}: " if raw.where else ""
    if len(cleaned.text) < MIN_CHARS:
        return Rejection(
            path,
            f"{prefix}too short to be an article ({len(cleaned.text)} characters after"
            f" cleaning; need at least {MIN_CHARS})",
        )
    meta = raw.meta.fill(cleaned.meta)
    meta.outlet = meta.outlet or outlet_from_url(meta.url)
    text = cleaned.text
    if meta.title and not _starts_with(text, meta.title):
        text = f"{meta.title}\n\n{text}"
    return Document(
        id=document_id(text),
        path=path,
        text=text,
        title=meta.title,
        author=meta.author,
        outlet=meta.outlet,
        published=meta.published,
        url=meta.url,
        format=raw.format,
    )


def _starts_with(text: str, title: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())

    return norm(text.split("\n", 1)[0]) == norm(title)


def _one_line(reason: str) -> str:
    return " ".join(reason.split())
