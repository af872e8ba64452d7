"""bench/RESULTS.md is shared: each script owns the section between its own two markers."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def replace_section(begin: str, end: str, text: str, path: Path = RESULTS) -> None:
    """Put ``text`` between ``begin`` and ``end`` (appended the first time); the rest stays."""
    body = path.read_text("utf-8") if path.exists() else "# Benchmark results\n"
    section = f"{begin}\n{text.rstrip(chr(10))}\n{end}"
    if begin in body and end in body:
        head, rest = body.split(begin, 1)
        body = head + section + rest.split(end, 1)[1]
    else:
        body = body.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(body, "utf-8")
