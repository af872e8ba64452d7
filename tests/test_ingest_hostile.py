"""A hostile corpus through the real CLI: no crash, one stderr line per bad file, good files kept."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.store.db import Store
from test_ingest_support import article, blank_pdf

GOOD_HTML = (
    "<html><head><title>Port talks stall</title></head><body><article><h1>Port talks stall</h1>"
    "<p>Negotiators from the Northern Alliance and the Coastal Council left the port city of"
    " Varna without an agreement on Friday.</p><p>Both sides blamed the other for the"
)


def _build(corpus: Path) -> tuple[dict[str, str], list[str]]:
    """Write the corpus; return {bad file: expected reason start} and the good files."""
    corpus.mkdir()
    sub = corpus / "nested"
    sub.mkdir()
    good = {
        "good.txt": article(1).encode("utf-8"),
        "utf16.txt": article(2).encode("utf-16"),  # UTF-16 with BOM
        "cp1252.txt": (article(3) + "The minister’s café said “no” – twice.\n").encode("cp1252"),
        "nested/truncated.html": GOOD_HTML.encode("utf-8"),  # cut mid-sentence, still usable
    }
    bad = {
        "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file (PNG image)"),
        "nul.txt": (b"abc\x00\x00\x00def\x00" * 500, "binary file (contains NUL bytes)"),
        "empty.txt": (b"", "empty file"),
        "blank.md": (b"  \n\n\t \r\n", "file holds only whitespace"),
        "tiny.txt": (b"Too short.\n", "too short to be an article"),
        "nested/empty.html": (b"<html><head><title>x</ti", "no article text found in the HTML"),
        "scan.pdf": (blank_pdf(), "PDF has no text layer (scanned?); run OCR first"),
    }
    for name, data in good.items():
        (corpus / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (corpus / name).write_bytes(data)
    shutil.copy(corpus / "good.txt", corpus / "nested" / "copy_of_good.txt")
    with open(corpus / "huge.txt", "w", encoding="utf-8") as fh:
        line = "The siege of the port continued for another day, officials said.\n"
        fh.write(line * (25_000_000 // len(line) + 1))
    records = [json.dumps({"title": f"Record {i}", "text": article(10 + i)}) for i in range(2)]
    (corpus / "records.jsonl").write_text(f"{records[0]}\n{{not json\n{records[1]}\n", "utf-8")
    reasons = {name: reason for name, (_, reason) in bad.items()}
    reasons["huge.txt"] = "file too large (25.0 MB; limit 20 MB)"
    reasons["records.jsonl"] = "line 2: malformed JSON"
    return reasons, [*good, "nested/copy_of_good.txt", "records.jsonl"]


@pytest.mark.slow
def test_hostile_corpus_through_the_cli(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    reasons, good = _build(corpus)
    explicit = tmp_path / "notes.docx"
    explicit.write_bytes(b"PK\x03\x04 not really a document")
    reasons_by_path = {str(corpus / name): why for name, why in reasons.items()}
    reasons_by_path[str(explicit)] = "unsupported file type '.docx'"
    db = tmp_path / "store.db"

    cmd = [sys.executable, "-m", "actorgraph.cli", "analyze", str(corpus), str(explicit)]
    proc = subprocess.run([*cmd, "--db", str(db)], capture_output=True, text=True, timeout=300)

    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    wrapped = [ln for ln in lines if ln and not ln.startswith(("skipped ", "15 files: "))]
    assert not wrapped, (
        "stderr lines were wrapped at the console width; the CLI must print each"
        " 'skipped PATH: reason' line (and the summary) unwrapped, e.g. rich's"
        " err.print(..., soft_wrap=True). stderr was:\n" + proc.stderr
    )
    skipped = [line for line in lines if line.startswith("skipped ")]
    others = [line for line in lines if line and not line.startswith("skipped ")]
    seen: dict[str, str] = {}
    for line in skipped:
        path, sep, reason = line.removeprefix("skipped ").partition(": ")
        assert sep and reason, line
        assert path not in seen, f"two lines for {path}"
        seen[path] = reason
    assert set(seen) == set(reasons_by_path), (
        "expected exactly one 'skipped PATH: reason' line per bad file; stderr was:\n" + proc.stderr
    )
    for path, want in reasons_by_path.items():
        assert seen[path].startswith(want), (path, seen[path])
    # The only other stderr output is the one-line summary.
    summary = "15 files: 6 documents added, 1 already stored, 10 skipped."
    assert len(others) == 1 and others[0].startswith(summary), proc.stderr

    with Store(db, readonly=True) as store:
        docs = list(store.documents())
        assert store.integrity_ok()
    stored_paths = {d.path for d in docs}
    for name in good:
        if name != "nested/copy_of_good.txt":  # a duplicate: its text is stored once
            assert str(corpus / name) in stored_paths, name
    assert len(docs) == 6  # 4 good files and 2 JSONL records; the copy is a duplicate
    texts = {d.path: d.text for d in docs}
    assert "The minister’s café said “no” – twice." in texts[str(corpus / "cp1252.txt")]
    assert "Paragraph 0 of report 2" in texts[str(corpus / "utf16.txt")]
