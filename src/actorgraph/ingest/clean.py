"""Boilerplate removal on plain text (scraped pages, and text extracted from markup).

The steps, in order: normalise whitespace; cut the page at the comment section; drop
furniture lines (cookie banners, share bars, menus, captions); read the header (title,
byline, dateline) and the trailing author bio for metadata; drop those header lines and
the bio; join paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.ingest.furniture import (
    is_bio_line,
    is_comment_marker,
    is_furniture,
    is_tail_marker,
)
from actorgraph.ingest.header import Header, byline_author, read_header
from actorgraph.ingest.metadata import Meta, meta_from_text

_OTHER_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of whitespace other than one plain space (rewriting every single space by itself
# was most of the cost of this step).
_SPACES = re.compile(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# spaCy's tokenizer splits prefixes and suffixes off a token one at a time, re-scanning the
# rest each time: a 10,000-character run of punctuation ("*****", "![![![", "))))") takes
# about 12 s, so 1 MB of it would take hours. Such runs carry no meaning: repeated
# punctuation units are cut to a few repetitions, and any run of non-space characters is
# broken by a space every _MAX_WORD characters, which keeps the tokenizer linear.
_PUNCT_REPEAT = re.compile(r"([^\w\s]{1,4}?)\1{8,}")
_KEPT_REPEATS = 8
_MAX_WORD = 500
_LONG_WORD = re.compile(rf"\S{{{_MAX_WORD}}}(?=\S)")
_MIN_BODY_BEFORE_CUT = 200  # characters of text before a comment marker may cut the page
_MAX_BIO_LINES = 6


@dataclass(slots=True)
class Cleaned:
    text: str
    meta: Meta


def normalize_lines(text: str) -> list[str]:
    """One entry per line, inner whitespace collapsed and invisible characters removed.

    No pattern here matches a newline, so each runs once over the whole text rather than
    once per line (the same result, a few calls instead of a few hundred)."""
    return [
        line.strip() for line in tame_runs(_SPACES.sub(" ", _INVISIBLE.sub("", text))).split("\n")
    ]


def tame_runs(line: str) -> str:
    """Cut repeated punctuation and break overlong space-free runs (see _PUNCT_REPEAT)."""
    line = _PUNCT_REPEAT.sub(lambda m: m.group(1) * _KEPT_REPEATS, line)
    return _LONG_WORD.sub(lambda m: m.group(0) + " ", line)


def cut_comment_section(lines: list[str]) -> list[str]:
    """Drop everything from the comment section (or an after-article block) on."""
    total = sum(len(line) for line in lines)
    seen = 0
    for i, line in enumerate(lines):
        marker = is_comment_marker(line) or (is_tail_marker(line) and seen >= total / 2)
        if line and seen >= _MIN_BODY_BEFORE_CUT and marker:
            return lines[:i]
        seen += len(line)
    return lines


def drop_furniture(lines: list[str]) -> list[str]:
    """Blank out furniture lines (blanks keep the paragraph structure)."""
    return ["" if line and is_furniture(line) else line for line in lines]


def prepare(text: str) -> list[str]:
    """Normalised lines with comments and furniture removed; header and bio still there."""
    return drop_furniture(cut_comment_section(normalize_lines(text)))


def bio_start(lines: list[str]) -> int:
    """Index of the first line of the trailing author-bio block (``len(lines)`` if none)."""
    start = len(lines)
    count = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line:
            continue
        if count >= _MAX_BIO_LINES or not (is_bio_line(line) or byline_author(line)):
            break
        start, count = i, count + 1
    return start


def join_lines(lines: list[str]) -> str:
    """Join lines, dropping repeated adjacent lines and runs of blank lines."""
    out: list[str] = []
    last = ""
    for line in lines:
        if line and line == last:
            continue
        if line:
            last = line
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def finish(lines: list[str], header: Header, end: int) -> str:
    """The cleaned text: header furniture dropped, title rewritten, bio cut at ``end``."""
    kept = [
        header.rewrite.get(i, line) for i, line in enumerate(lines[:end]) if i not in header.drop
    ]
    return join_lines(kept)


def clean_article(text: str) -> Cleaned:
    """Clean one article's text and read the metadata its text states."""
    lines = prepare(text)
    header = read_header(lines)
    end = bio_start(lines)
    bio = [line for line in lines[end:] if line]
    return Cleaned(text=finish(lines, header, end), meta=meta_from_text(header, bio))


def clean_text(text: str) -> str:
    """Only the cleaned text of :func:`clean_article`."""
    return clean_article(text).text
