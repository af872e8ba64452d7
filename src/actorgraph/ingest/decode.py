"""Bytes -> text: binary sniffing, encoding detection, mojibake repair, control-char removal.

``decode_bytes`` returns clean ``str`` (``\\n`` newlines, no NUL or control characters except
newline and tab) or raises ``DecodeError`` whose message is a one-line rejection reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Magic numbers of common non-text files: (prefix, offset, what it is).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF8", 0, "GIF image"),
    (b"RIFF", 0, "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", 0, "PDF document; give it a .pdf suffix"),
    (b"PK\x03\x04", 0, "ZIP archive (or .docx/.epub); extract or convert it to text"),
    (b"\x1f\x8b", 0, "gzip archive; decompress it first"),
    (b"\xd0\xcf\x11\xe0", 0, "Microsoft Office document; save it as text first"),
    (b"\x7fELF", 0, "executable"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
    (b"ftyp", 4, "MP4/MOV video"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65536
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x0b\x1b")
# Encodings for Latin-script text; when a detector picks one of these we use cp1252,
# the superset that real-world "Latin-1" files are almost always written in.
_LATIN_FAMILY = re.compile(r"^(cp125[0247]|latin_1|iso8859_(1[0-6]?|[2-49])|mac_.*|ascii)$")
# Characters that UTF-8 bytes turn into when read as cp1252.
_MOJIBAKE_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]{2,}"
)
_C1_KEPT = frozenset("\x81\x8d\x8f\x90\x9d")
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Lone UTF-16 surrogates (from JSON "\\ud800" escapes, numeric character references) cannot be
# encoded as UTF-8, so they could neither be hashed into a document id nor stored.
_SURROGATES = re.compile("[\ud800-\udfff]")


class DecodeError(Exception):
    """The bytes are not usable text; ``str(exc)`` is the one-line reason."""


def sniff_binary(raw: bytes) -> str | None:
    """Say why ``raw`` is not text (or None when it may be text)."""
    for magic, offset, what in _MAGIC:
        if raw[offset : offset + len(magic)] == magic:
            return f"binary file ({what}), not text"
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = raw[:_SAMPLE]
    if _utf16_without_bom(sample):
        return None
    if sample.count(0) > max(2, len(sample) // 100):
        return "binary file (contains NUL bytes), not text"
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > max(4, len(sample) // 20):
        return "binary file (many control bytes), not text"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-range UTF-16), else None."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode_utf8(raw: bytes, codec: str = "utf-8") -> str | None:
    """UTF-8 that may carry encoded surrogates (CESU-8 pairs, lone halves), else None.

    Pairs are joined into the character they encode and a lone half becomes one U+FFFD,
    instead of three replacement characters (one per byte) that would count as damage.
    """
    try:
        text = raw.decode(codec, "surrogatepass")
    except UnicodeDecodeError:
        return None
    if _SURROGATES.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _decode_raw(raw: bytes, declared: str | None) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            utf8 = _decode_utf8(raw, codec) if codec == "utf-8-sig" else None
            return utf8 if utf8 is not None else raw.decode(codec, errors="replace")
    utf16 = _utf16_without_bom(raw[:_SAMPLE])
    if utf16:
        return raw.decode(utf16, errors="replace")
    utf8 = _decode_utf8(raw)
    if utf8 is not None:
        return utf8
    mostly = raw.decode("utf-8", errors="replace")
    bad = mostly.count("\ufffd")
    good = sum(1 for c in mostly if ord(c) > 127 and c != "\ufffd")
    if good >= 2 * bad:
        return mostly  # UTF-8 with a few broken bytes
    if declared:
        try:
            codec = codecs.lookup(declared).name
            # WHATWG: pages labelled Latin-1 or ASCII are really windows-1252.
            codec = "cp1252" if codec in ("iso8859-1", "ascii") else codec
            return raw.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    guessed = _detect(raw)
    if guessed is not None:
        return guessed
    return raw.decode("cp1252", errors="ignore")


def _detect(raw: bytes) -> str | None:
    """A non-Latin single/multi-byte encoding found by charset-normalizer, else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[: 4 * _SAMPLE]).best()
    if best is None or _LATIN_FAMILY.match(best.encoding) or best.encoding.startswith("utf"):
        return None
    try:
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    letters = [c for c in text[: 4 * _SAMPLE] if ord(c) > 127 and c.isalpha()]
    non_latin = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    return text if letters and non_latin > 0.8 * len(letters) else None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252 ('CafÃ©' -> 'Café'), run by run."""
    if not _MOJIBAKE_HINT.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        run = m.group(0)
        try:
            # Bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) pass through as C1.
            raw = b"".join(
                c.encode("cp1252") if c not in _C1_KEPT else bytes([ord(c)]) for c in run
            )
            return raw.decode("utf-8")
        except UnicodeError:
            return run

    return _MOJIBAKE_RUN.sub(fix, text)


def replace_surrogates(text: str) -> str:
    """Lone surrogates become U+FFFD, the replacement character, as undecodable bytes do."""
    return _SURROGATES.sub("\ufffd", text)


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` newlines, no control characters except newline and tab, no lone surrogates."""
    text = _NEWLINES.sub("\n", text)
    text = replace_surrogates(_CONTROLS.sub("", text))
    return unicodedata.normalize("NFC", text)


def decode_bytes(raw: bytes, declared: str | None = None) -> str:
    """Decode file bytes to normalised text; ``declared`` is a charset named by the markup."""
    why = sniff_binary(raw)
    if why:
        raise DecodeError(why)
    text = repair_mojibake(_decode_raw(raw, declared))
    lost = text.count("\ufffd")
    visible = len(text) - sum(text.count(c) for c in " \n\t\r") or 1
    if lost > max(3, visible // 50):
        raise DecodeError(
            f"text encoding is damaged beyond repair ({lost} of {visible} characters"
            " undecodable); re-save the file as UTF-8"
        )
    return normalize_text(text)
