"""Decoding: encodings, BOMs, newlines, control characters, binary and damaged input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.ingest.decode import DecodeError, decode_bytes, repair_mojibake
from actorgraph.ingest.loader import MAX_FILE_BYTES, load_file
from actorgraph.records import Document, Rejection

TEXT = "Le ministre a déclaré à Tripoli: «la trêve tient» – “c’est fragile”, selon l’envoyé."
LATIN = "Le ministre a déclaré à Tripoli que la trêve tenait, selon l'envoyé spécial."


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf32-bom"],
)
def test_unicode_encodings(raw: bytes) -> None:
    assert decode_bytes(raw) == TEXT


def test_cp1252_smart_quotes_and_dashes() -> None:
    text = "The minister’s café said “no” – twice… €5"
    assert decode_bytes(text.encode("cp1252")) == text


def test_latin1() -> None:
    assert decode_bytes(LATIN.encode("latin-1")) == LATIN


def test_utf16_without_bom() -> None:
    assert decode_bytes(LATIN.encode("utf-16-le")) == LATIN


def test_non_latin_single_byte_encoding() -> None:
    text = "Министр иностранных дел заявил, что переговоры в Триполи продолжатся в понедельник."
    assert decode_bytes(text.encode("cp1251")) == text


def test_newlines_and_control_characters() -> None:
    raw = b"one\r\ntwo\rthree\x00\x07\x1b\tfour\x0cfive\n"
    assert decode_bytes(raw) == "one\ntwo\nthree\tfour\nfive\n"


def _as_cp1252(raw: bytes) -> str:
    """What a Windows tool shows for ``raw``: cp1252, undefined bytes kept as C1."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def test_mojibake_is_repaired() -> None:
    broken = _as_cp1252("The minister’s café said “no” – twice.".encode())
    assert repair_mojibake(broken) == "The minister’s café said “no” – twice."
    assert decode_bytes(broken.encode("utf-8")) == "The minister’s café said “no” – twice."
    assert repair_mojibake("Plain ASCII and café stay as they are.") == (
        "Plain ASCII and café stay as they are."
    )


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (PNG image)"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "binary file (JPEG image)"),
        (b"abc\x00\x00\x01\x02" * 100, "binary file (contains NUL bytes)"),
        (bytes(range(1, 9)) * 100, "binary file (many control bytes)"),
    ],
)
def test_binary_is_refused(raw: bytes, why: str) -> None:
    with pytest.raises(DecodeError, match=rf"^{__import__('re').escape(why)}"):
        decode_bytes(raw)


def test_text_damaged_beyond_repair() -> None:
    damaged = ("Caf\ufffd r\ufffdsum\ufffd na\ufffdve " * 20).encode("utf-8")
    with pytest.raises(DecodeError, match="damaged beyond repair.*re-save the file as UTF-8"):
        decode_bytes(damaged)


def test_rejections_for_bad_files(tmp_path: Path) -> None:
    cases = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b" \n\t\r\n  ", "file holds only whitespace"),
        "short.txt": (b"Too short.", "too short to be an article"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file (PNG image), not text"),
    }
    for name, (raw, _) in cases.items():
        (tmp_path / name).write_bytes(raw)
    for name, (_, reason) in cases.items():
        [rej] = load_file(str(tmp_path / name))
        assert isinstance(rej, Rejection), name
        assert rej.reason.startswith(reason), (name, rej.reason)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # sparse: the size is what matters, not the content
        fh.truncate(MAX_FILE_BYTES + 1)
    [rej] = load_file(str(f))
    assert isinstance(rej, Rejection)
    assert rej.reason == "file too large (20.0 MB; limit 20 MB); split it"


def test_unreadable_paths(tmp_path: Path) -> None:
    [rej] = load_file(str(tmp_path / "missing.txt"))
    assert isinstance(rej, Rejection) and rej.reason.startswith("cannot read file")
    (tmp_path / "folder.txt").mkdir()
    [rej] = load_file(str(tmp_path / "folder.txt"))
    assert isinstance(rej, Rejection) and rej.reason == "is a folder, not a file"


def test_permission_denied(tmp_path: Path) -> None:
    import os

    f = tmp_path / "secret.txt"
    f.write_text("A perfectly good article that nobody may read, sadly.")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        [rej] = load_file(str(f))
        assert isinstance(rej, Rejection)
        assert rej.reason == "cannot read file (Permission denied); check its permissions"
    finally:
        f.chmod(0o644)


SUFFIXES = [".txt", ".md", ".html", ".pdf", ".json", ".jsonl", ".rss", ".xml"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_load_file_never_raises(tmp_path: Path, data: bytes, suffix: str) -> None:
    f = tmp_path / f"fuzz{suffix}"
    f.write_bytes(data)
    for item in load_file(str(f)):
        assert isinstance(item, Document | Rejection)
        if isinstance(item, Rejection):
            assert item.reason and "\n" not in item.reason
