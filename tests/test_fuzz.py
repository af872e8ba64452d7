"""Property-based tests of the entry points that see untrusted input.

Ingestion (``load_file`` on real files), extraction (``analyze_document``) and the store
write are fed random bytes, hostile Unicode (bidi controls, zero-width and combining marks,
lone surrogates), very long lines, deeply nested markup, huge records and damaged PDFs and
feeds. The properties: no exception escapes; a file is either documents or ``Rejection``s
whose reason is one line that names the problem (never "unexpected error"); a document that
is an article in disguise is kept, not lost; every offset of an analysis slices the text it
claims; the store stays consistent. ``bench/fuzz.py`` runs the same idea at scale.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.extract.pipeline import analyze_document
from actorgraph.ingest.loader import MIN_CHARS, SUPPORTED_SUFFIXES, document_id, load_file
from actorgraph.records import Analysis, Document, Rejection
from actorgraph.store.db import Store
from test_ingest_support import article, make_pdf

REPO = Path(__file__).resolve().parents[1]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SENTENCE = (
    "Officials in the capital said the Northern Alliance accused the Coastal Council"
    " of shelling the port city of Varna on Monday."
)
# Characters that break naive text handling: bidi overrides and isolates, zero-width
# joiners and spaces, combining marks, BOM, line/paragraph separators, lone surrogates.
HOSTILE = tuple(
    "\u202e\u202d\u2066\u2067\u2069\u200f\u200e\u200b\u200c\u200d\u2060\ufeff"
    "\u0301\u0327\u0308\u20dd\u2028\u2029\u00ad\ud800\udfff\ufffd\x00\x1b\x85"
)
ENCODINGS = "utf-8 utf-8-sig utf-16 utf-16-le cp1252 latin-1 utf-32".split()
_counter = itertools.count()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, suffix: str, data: bytes) -> str:
    path = folder / f"input_{next(_counter):05d}{suffix}"
    path.write_bytes(data)
    return str(path)


def check_items(path: str, items: list[Document | Rejection]) -> list[Document]:
    """The contract of ``load_file``: documents that can be stored, or one-line reasons."""
    assert items, f"{path}: neither a document nor a rejection"
    docs = []
    for item in items:
        assert item.path == path
        if isinstance(item, Rejection):
            reason = item.reason
            assert reason.strip() and "\n" not in reason and "\r" not in reason, reason
            assert "unexpected error" not in reason, f"{path}: a bug, not a reason: {reason}"
            assert len(reason) < 400, reason
            continue
        assert isinstance(item, Document)
        assert item.id == document_id(item.text)
        assert len(item.text) >= MIN_CHARS
        assert not _CONTROL.search(item.text), "control characters or surrogates in the text"
        for value in (item.title, item.author, item.outlet, item.url, item.published):
            assert value is None or (value.strip() and "\n" not in value)
            assert value is None or not _CONTROL.search(value)
        docs.append(item)
    return docs


def check_analysis(doc: Document, analysis: Analysis) -> None:
    """Every offset lies within the text and slices to the text the row carries."""
    text, n = doc.text, len(doc.text)
    sentences = analysis.sentences
    for s in sentences:
        assert 0 <= s.start <= s.end <= n
    spans: list[tuple[int, int, int]] = []
    for m in analysis.mentions:
        assert text[m.start : m.end] == m.text
        spans.append((m.start, m.end, m.sentence))
    for c in analysis.claims:
        assert text[c.start : c.end] == c.text
        spans.append((c.start, c.end, c.sentence))
    for e in analysis.events:
        assert text[e.start : e.end] == e.text
        spans.append((e.start, e.end, e.sentence))
    spans += [(r.start, r.end, r.sentence) for r in analysis.relations]
    spans += [(lb.start, lb.end, lb.sentence) for lb in analysis.labels]
    for start, end, sentence in spans:
        assert 0 <= start <= end <= n, (start, end, n)
        assert 0 <= sentence < max(1, len(sentences))
    local = {e.id for e in analysis.entities}
    for r in analysis.relations:
        assert {r.source, r.target} <= local
    assert {m.entity for m in analysis.mentions} <= local


def hostile_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Article words mixed with hostile characters and arbitrary Unicode (surrogates too)."""
    words = st.sampled_from(
        (
            "Russia Turkey the Northern Alliance Coastal Council backs arms accused denied "
            "said not allegedly reportedly on Saturday 2025-03-01 ( ) \" “ ” ' . , ; - "
            "President General U.S. UN EU NATO Field Marshal spokesman"
        ).split()
    )
    piece = st.one_of(
        words, st.sampled_from(HOSTILE), st.text(max_size=8), st.just(" "), st.just("\n")
    )
    return st.lists(piece, max_size=max_size).map("".join)


@st.composite
def encoded(draw: st.DrawFn) -> tuple[str, bytes]:
    """A suffix and the bytes of an article salted with hostile text, in some encoding."""
    salt = draw(hostile_text(60))
    body = article(draw(st.integers(0, 999))) + salt + "\n" + SENTENCE + "\n"
    suffix = draw(st.sampled_from(".txt .md .html .json .jsonl".split()))
    if suffix == ".html":
        body = f"<html><body><article><p>{body}</p></article></body></html>"
    elif suffix in (".json", ".jsonl"):
        body = json.dumps({"title": salt[:40] or "t", "text": body}, ensure_ascii=True)
    encoding = draw(st.sampled_from(ENCODINGS))
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return suffix, body.encode(encoding, errors)


@SETTINGS
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_random_bytes_never_escape(workdir: Path, data: bytes, suffix: str) -> None:
    path = _write(workdir, suffix, data)
    check_items(path, load_file(path))


@SETTINGS
@given(case=encoded())
def test_hostile_unicode_keeps_the_article(workdir: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = _write(workdir, suffix, data)
    docs = check_items(path, load_file(path))
    assert docs, f"an article salted with hostile characters was lost: {load_file(path)}"
    assert any("Coastal Council" in d.text for d in docs)


@SETTINGS
@given(
    depth=st.integers(1, 12_000),
    tag=st.sampled_from("div span b font section".split()),
    closed=st.booleans(),
)
def test_deeply_nested_html_keeps_the_article(
    workdir: Path, depth: int, tag: str, closed: bool
) -> None:
    inner = f"<p>{SENTENCE}</p><p>{article(depth)}</p>"
    markup = f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth if closed else ''}"
    path = _write(workdir, ".html", markup.encode())
    docs = check_items(path, load_file(path))
    assert docs and "Coastal Council of shelling" in docs[0].text


@settings(max_examples=8, deadline=None)
@given(length=st.integers(10_000, 400_000), spaces=st.booleans())
def test_very_long_lines_are_kept(workdir: Path, length: int, spaces: bool) -> None:
    unit = SENTENCE + (" " if spaces else "")
    line = (unit * (length // len(unit) + 1))[:length]
    path = _write(workdir, ".txt", (line + "\n").encode())
    docs = check_items(path, load_file(path))
    assert docs and len(docs[0].text) >= length - len(unit)


def test_huge_jsonl_record_is_kept_and_stored(workdir: Path, tmp_path: Path) -> None:
    """A 6 MB record among small ones: kept, stored in one transaction, nothing else lost."""
    big = {"title": "A very long record", "text": (SENTENCE + " ") * 50_000}
    small = [{"title": f"Record {i}", "text": article(i)} for i in range(3)]
    lines = [json.dumps(r) for r in (small[0], big, small[1], small[2])]
    path = _write(workdir, ".jsonl", "\n".join(lines).encode())
    docs = check_items(path, load_file(path))
    assert len(docs) == 4
    with Store(tmp_path / "big.db") as store:
        for doc in docs:
            assert store.add_document(doc, Analysis(document_id=doc.id))
        assert store.integrity_ok()
        assert store.document_ids() == {d.id for d in docs}


@SETTINGS
@given(cut=st.floats(0.0, 1.0), flips=st.lists(st.integers(0, 10**6), max_size=6))
def test_damaged_pdfs_are_read_or_rejected(workdir: Path, cut: float, flips: list[int]) -> None:
    data = bytearray(make_pdf([SENTENCE, "Talks resume next week in the capital."]))
    data = data[: max(1, int(len(data) * cut))] if cut < 1.0 else data
    for pos in flips:
        data[pos % len(data)] ^= 0xFF
    path = _write(workdir, ".pdf", bytes(data))
    check_items(path, load_file(path))


def _feed(kind: str, body: str) -> str:
    if kind == "rss":
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Report</title><description>{body}</description></item>"
            "</channel></rss>"
        )
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        f'<entry><title>Report</title><content type="html">{body}</content></entry></feed>'
    )


@SETTINGS
@given(
    kind=st.sampled_from(["rss", "atom"]),
    salt=hostile_text(30),
    cut=st.floats(0.0, 1.0),
    nesting=st.integers(0, 3000),
)
def test_malformed_feeds_are_read_or_rejected(
    workdir: Path, kind: str, salt: str, cut: float, nesting: int
) -> None:
    escaped = salt.replace("&", "&amp;").replace("<", "&lt;")
    body = "&lt;div&gt;" * nesting + f"{SENTENCE} {escaped}"
    data = _feed(kind, body).encode("utf-8", "surrogatepass")
    whole = cut == 1.0
    data = data if whole else data[: max(1, int(len(data) * cut))]
    path = _write(workdir, f".{kind}", data)
    docs = check_items(path, load_file(path))
    if whole:
        assert docs and "Coastal Council" in docs[0].text


def test_feeds_resolve_no_entities_and_make_no_network_calls(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """External entities (a local file, a URL) are never fetched; entity bombs do not expand.

    Every way out of the process is replaced by a trap first, so a reader that tried to
    fetch anything would fail this test instead of reaching the network.
    """
    import socket
    import urllib.request

    calls: list[str] = []

    def trap(*args: object, **kwargs: object) -> None:
        calls.append(repr(args)[:80])
        raise OSError("network call during ingestion")

    monkeypatch.setattr(socket, "create_connection", trap)
    monkeypatch.setattr(socket, "getaddrinfo", trap)
    monkeypatch.setattr(socket.socket, "connect", trap)
    monkeypatch.setattr(urllib.request, "urlopen", trap)
    bomb = "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    doctypes = {
        "file": '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        "url": '<!DOCTYPE rss [<!ENTITY x SYSTEM "http://198.51.100.7/x">]>',
        "param": '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://198.51.100.7/p.dtd"> %p;]>',
        "bomb": f'<!DOCTYPE rss [<!ENTITY a "lol">{bomb}<!ENTITY x "&i;">]>',
    }
    for name, doctype in doctypes.items():
        feed = _feed("rss", f"{SENTENCE} &amp; more").replace(
            "<title>Report</title>", "<title>&x;</title>"
        )
        feed = feed.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>{doctype}')
        path = _write(workdir, ".rss", feed.encode())
        for doc in check_items(path, load_file(path)):
            assert "root:" not in doc.text + (doc.title or ""), name
            assert len(doc.text) + len(doc.title or "") < 10_000, f"{name}: entity expanded"
            analyze_document(doc)
    page = f'<html><head><link rel="stylesheet" href="http://198.51.100.7/s.css"></head><body><img src="http://198.51.100.7/i.png"><iframe src="http://198.51.100.7/"></iframe><p>{SENTENCE}</p></body></html>'
    path = _write(workdir, ".html", page.encode())
    assert check_items(path, load_file(path))
    assert not calls, calls


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text(300))
def test_analysis_offsets_slice_the_text(text: str) -> None:
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)  # ingestion never yields surrogates
    doc = Document(id=document_id(text or "-"), path="fuzz.txt", text=text, published="2025-03-09")
    check_analysis(doc, analyze_document(doc))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=encoded())
def test_ingested_documents_store_and_read_back(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, bytes]
) -> None:
    """load -> analyze -> store: the stored analysis equals the computed one, integrity ok."""
    folder = tmp_path_factory.mktemp("store")
    suffix, data = case
    path = _write(folder, suffix, data)
    docs = check_items(path, load_file(path))
    db = folder / "fuzz.db"
    with Store(db) as store:
        for doc in docs:
            analysis = analyze_document(doc)
            check_analysis(doc, analysis)
            store.add_document(doc, analysis)
            assert _rows(store.analysis(doc.id)) == _rows(analysis)
            assert store.document(doc.id) == doc
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_store_round_trip_keeps_every_entity_field(tmp_path: Path) -> None:
    """Found by the round-trip property: a titled leader's state was written, not read back."""
    text = "U.S. President Joe Walden met Turkish President Recep Aydin in Ankara on Monday."
    doc = Document(id=document_id(text), path="leaders.txt", text=text)
    analysis = analyze_document(doc)
    assert any(e.affiliation for e in analysis.entities)
    with Store(tmp_path / "round.db") as store:
        store.add_document(doc, analysis)
        assert _rows(store.analysis(doc.id)) == _rows(analysis)


def _rows(a: Analysis) -> dict[str, list[str]]:
    """An analysis as sorted rows per table: the store does not keep list order."""
    tables = {
        "sentences": a.sentences,
        "entities": a.entities,
        "mentions": a.mentions,
        "relations": a.relations,
        "claims": a.claims,
        "events": a.events,
        "labels": a.labels,
    }
    return {name: sorted(map(repr, rows)) for name, rows in tables.items()}


@pytest.mark.slow
def test_fuzz_run_quick_mode() -> None:
    """The fuzz run at its CI size: no crash, no lost document, every rejection explained."""
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "fuzz.py"), "--quick", "--no-write", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout)
    assert figures["inputs"] >= 200
    assert figures["crashes"] == 0, figures["crash_examples"]
    assert figures["lost"] == 0, figures["lost_examples"]
    assert figures["unexplained"] == 0, figures["rejections"]
    assert figures["integrity"] == "ok"
