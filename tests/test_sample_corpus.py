"""The sample corpus shipped with the package: ten invented articles in five formats."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from actorgraph.ingest.loader import discover, load_file
from actorgraph.records import Document, Rejection
from actorgraph.sample import corpus_path

EXPECTED_SUFFIXES = {".txt": 5, ".md": 1, ".html": 2, ".jsonl": 1}
JSONL_FIELDS = {"title", "author", "outlet", "date", "url", "text"}
HTML_META = (
    'property="og:title"',
    'property="og:site_name"',
    'property="og:url"',
    'property="article:published_time"',
    'name="author"',
)
PUBLISHED = {
    "2024-12-12",
    "2025-02-20",
    "2025-03-09",
    "2025-03-14",
    "2025-03-15",
    "2025-03-16",
    "2025-03-27",
    "2025-04-02",
}

# Real external states, each with the forms the articles use for it (name, adjective,
# capital or seat-of-government metonym, plural demonym).
EXTERNAL_STATES: dict[str, tuple[str, ...]] = {
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin"),
    "Turkey": ("Turkey", "Türkiye", "Turkish", "Ankara"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "UAE": ("United Arab Emirates", "UAE", "Emirati", "Emiratis", "Abu Dhabi"),
    "France": ("France", "French", "Paris"),
    "Qatar": ("Qatar", "Qatari", "Doha"),
    "United States": ("United States", "US", "American", "Washington"),
}

# Page furniture planted around the articles; ingestion must leave none of it in `text`.
FURNITURE = (
    "Leave a Reply",
    "cookies",
    "Your email address will not be published",
    "Share this:",
    "Related articles",
    "at 9:12 pm",
    "#NoToThePutsch",
    "<script",
    "gtag(",
)


@pytest.fixture(scope="module")
def corpus() -> Path:
    path = corpus_path()
    assert path.is_dir(), f"sample corpus folder missing: {path}"
    return path


def article_files(corpus: Path) -> list[Path]:
    """Article files: everything except the corpus notes (names starting with '_')."""
    return sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("_"))


def jsonl_records(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def article_bodies(corpus: Path) -> dict[str, str]:
    """Raw body text of each of the ten articles, keyed by file (and record number)."""
    bodies: dict[str, str] = {}
    for path in article_files(corpus):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for i, rec in enumerate(jsonl_records(path), 1):
                bodies[f"{path.name}#{i}"] = rec["text"]
        elif path.suffix == ".html":
            match = re.search(r"<article\b.*?>(.*?)</article>", raw, re.S)
            assert match, f"{path.name}: no <article> element"
            paragraphs = re.findall(r"<p>(.*?)</p>", match.group(1), re.S)
            bodies[path.name] = html.unescape("\n\n".join(paragraphs))
        else:
            bodies[path.name] = raw
    return bodies


def mentioned_states(text: str) -> set[str]:
    found = set()
    for state, forms in EXTERNAL_STATES.items():
        pattern = r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"
        if re.search(pattern, text):
            found.add(state)
    return found


# -- the shipped files ----------------------------------------------------------------------


def test_corpus_has_the_expected_files(corpus: Path) -> None:
    suffixes = Counter(p.suffix for p in article_files(corpus))
    assert dict(suffixes) == EXPECTED_SUFFIXES
    assert (corpus / "_about.rst").is_file()


def test_jsonl_holds_two_complete_records(corpus: Path) -> None:
    (path,) = [p for p in article_files(corpus) if p.suffix == ".jsonl"]
    records = jsonl_records(path)
    assert len(records) == 2
    for rec in records:
        assert set(rec) == JSONL_FIELDS
        assert all(isinstance(v, str) and v.strip() for v in rec.values())
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
        assert rec["url"].startswith("https://")


def test_html_pages_carry_metadata_and_furniture(corpus: Path) -> None:
    pages = [p for p in article_files(corpus) if p.suffix == ".html"]
    assert len(pages) == 2
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        for meta in HTML_META:
            assert meta in raw, f"{page.name}: missing {meta}"
        for tag in ("<nav", "<footer", "<script", "<article", "cookie"):
            assert tag in raw, f"{page.name}: missing {tag}"


def test_ten_articles_of_realistic_length(corpus: Path) -> None:
    bodies = article_bodies(corpus)
    assert len(bodies) == 10
    for name, body in bodies.items():
        assert "Kelmari" in body, name
        assert len(body.split()) >= 250, name


def test_every_article_mentions_several_external_states(corpus: Path) -> None:
    for name, body in article_bodies(corpus).items():
        states = mentioned_states(body)
        assert len(states) >= 3, f"{name} mentions only {sorted(states)}"


def test_corpus_notes_list_every_article(corpus: Path) -> None:
    notes = (corpus / "_about.rst").read_text(encoding="utf-8")
    assert "fiction" in notes
    for path in article_files(corpus):
        assert path.name in notes


# -- through the real ingestion stage ---------------------------------------------------------


def test_ingestion_reads_every_article_and_strips_furniture(corpus: Path) -> None:
    files = list(discover([str(corpus)]))
    assert not any(f.endswith("_about.rst") for f in files)
    items = [item for f in files for item in load_file(f)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    documents = [i for i in items if isinstance(i, Document)]
    assert rejections == []
    assert len(documents) >= 10
    assert len({d.id for d in documents}) == len(documents)
    for doc in documents:
        assert "Kelmari" in doc.text, doc.path
        assert len(doc.text.split()) >= 200, f"{doc.path}: body lost in cleaning"
        for junk in FURNITURE:
            assert junk not in doc.text, f"{doc.path}: furniture {junk!r} left in text"


def test_ingestion_finds_publication_dates(corpus: Path) -> None:
    documents = [
        item for f in discover([str(corpus)]) for item in load_file(f) if isinstance(item, Document)
    ]
    assert {d.published for d in documents} == PUBLISHED
    assert all(d.title for d in documents)
