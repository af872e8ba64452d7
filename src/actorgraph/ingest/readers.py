"""Single-article formats: one function per format, ``bytes -> list[Item]``.

Readers only extract text and markup metadata; cleaning happens in the loader.
"""

from __future__ import annotations

import io
import logging
import re

from actorgraph.ingest.clean import tame_runs
from actorgraph.ingest.dates import normalize_date
from actorgraph.ingest.decode import normalize_text
from actorgraph.ingest.html import declared_charset, extract_html
from actorgraph.ingest.metadata import Meta, clean_author, clean_value
from actorgraph.ingest.raw import Item, Raw, ReadError, decode

logging.getLogger("pypdf").addHandler(logging.NullHandler())

MAX_PDF_TEXT = 20_000_000  # characters of text extracted from one PDF

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),  # code fences
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}(?:[=-]{3,}|\*{3,}|_{3,})\s*$", re.M), ""),  # setext underlines, rules
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"</?[a-zA-Z][^<>]*>"), ""),  # inline HTML
)
_HTML_START = re.compile(r"^\s*<(?:!doctype\s+html|html)[\s>]", re.I)
_PDF_JUNK_TITLE = re.compile(r"^(?:untitled|microsoft \w+ - |document\d*$)|\.\w{2,4}$", re.I)


def read_text(data: bytes) -> list[Item]:
    """Plain text; a web page saved with a .txt suffix is read as HTML."""
    text = decode(data)
    if _HTML_START.match(text):
        body, meta = extract_html(text)
        if body.strip():
            return [Raw(body, "txt", meta)]
    return [Raw(text, "txt")]


def read_markdown(data: bytes) -> list[Item]:
    """Markdown: YAML-style front matter for metadata, then the syntax stripped to text."""
    text = decode(data)
    meta = Meta()
    m = _FRONT_MATTER.match(text)
    if m:
        meta = _front_matter(m.group(1))
        text = text[m.end() :]
    # Long punctuation runs ("![![![...") make the link and emphasis patterns quadratic.
    text = "\n".join(tame_runs(line) for line in text.split("\n"))
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return [Raw(text, "md", meta)]


def _front_matter(block: str) -> Meta:
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep and value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")

    def first(*keys: str) -> str | None:
        return next((fields[k] for k in keys if fields.get(k)), None)

    return Meta(
        title=clean_value(first("title", "headline")),
        author=clean_author(first("author", "authors", "byline")),
        outlet=clean_value(first("outlet", "source", "site", "publisher"), 100),
        published=normalize_date(first("date", "published", "pubdate")),
        url=clean_value(first("url", "link", "canonical"), 2000),
    )


def read_html(data: bytes) -> list[Item]:
    markup = decode(data, declared_charset(data))
    text, meta = extract_html(markup)
    if not text.strip():
        raise ReadError("no article text found in the HTML (empty, truncated or script-only page)")
    return [Raw(text, "html", meta)]


def read_pdf(data: bytes) -> list[Item]:
    """Text layer of a PDF (pypdf); scanned or encrypted PDFs are rejected."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("PDF is encrypted; decrypt it first")
        pages = reader.pages
        count = len(pages)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise ReadError(
            f"not a readable PDF ({_first_line(exc)}); re-export or repair it"
        ) from None
    parts: list[str] = []
    size = 0
    for i in range(count):
        try:
            part = pages[i].extract_text() or ""
        except Exception:  # noqa: BLE001 - one damaged page must not lose the others
            part = ""
        size += len(part)
        if size > MAX_PDF_TEXT:
            raise ReadError(f"PDF text too large (over {MAX_PDF_TEXT // 1_000_000} MB); split it")
        parts.append(part)
    text = normalize_text("\n\n".join(parts))
    if not text.strip():
        raise ReadError("PDF has no text layer (scanned?); run OCR first")
    return [Raw(reflow(text), "pdf", _pdf_meta(reader))]


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().split("\n")[0] or type(exc).__name__)[:120]


def _pdf_meta(reader: object) -> Meta:
    try:
        info = getattr(reader, "metadata", None)
        title = clean_value(getattr(info, "title", None))
        author = clean_author(getattr(info, "author", None))
    except Exception:  # noqa: BLE001 - broken document info is not worth a rejection
        return Meta()
    if title and _PDF_JUNK_TITLE.search(title):
        title = None
    return Meta(title=title, author=author)


def reflow(text: str) -> str:
    """Undo PDF line wrapping: join hyphenated words and lines that continue a sentence."""
    text = re.sub(r"(\w)-\n(?=[a-z])", r"\1", text)
    return re.sub(r"(?<=[^\s.!?:;”\"’)])\n(?=[a-z(“‘\"])", " ", text)
