"""Fuzz `actorgraph analyze` with hostile inputs at scale; count crashes and lost documents.

Generates N inputs (random bytes; articles salted with bidi controls, zero-width, combining
marks and lone surrogates in several encodings; very long lines and sentences; HTML nested
up to 10,000 levels, closed or not; huge JSONL records; damaged JSON, PDFs and RSS/Atom
feeds, including entity bombs and external entities; pathological Markdown), runs them
through the real CLI in batches (one `actorgraph analyze FOLDER --db STORE` subprocess per
batch, all into one store) and reports:

- crashes: batches whose process exited non-zero or printed a traceback;
- lost: documents that ``load_file`` yields for an input but that are not in the store;
- articles lost: inputs that carry a real article (salted, nested, long) but were rejected;
- unexplained: rejections that are not one line or that read "unexpected error";
- rejections by reason (numbers and quoted values folded), and the store's integrity check.

`--quick` (CI) runs 300 small inputs in under a minute. The figures are printed and put
in bench/RESULTS.md between this script's own markers.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS = BENCH / "RESULTS.md"
BEGIN, END = "<!-- fuzz:begin -->", "<!-- fuzz:end -->"
sys.path.insert(0, str(REPO / "tests"))  # invented articles and the PDF writer of the tests
sys.path.insert(0, str(BENCH))
from results_md import replace_section  # noqa: E402

from actorgraph.ingest.loader import load_file  # noqa: E402
from actorgraph.records import Document  # noqa: E402
from test_ingest_support import article, make_pdf  # noqa: E402

SENTENCE = (
    "Officials in the capital said the Northern Alliance accused the Coastal Council"
    " of shelling the port city of Varna on Monday."
)
HOSTILE = tuple(
    "\u202e\u202d\u2066\u2067\u2069\u200f\u200e\u200b\u200c\u200d\u2060\ufeff"
    "\u0301\u0327\u0308\u20dd\u2028\u2029\u00ad\ud800\udfff\ufffd\x00\x1b\x85"
)
ENCODINGS = "utf-8 utf-8-sig utf-16 utf-16-le cp1252 latin-1 utf-32".split()
SUFFIXES = ".txt .md .html .htm .pdf .json .jsonl .rss .atom .xml".split()


@dataclass
class Case:
    """One generated input: its file name suffix, bytes, and whether it holds an article."""

    kind: str
    suffix: str
    data: bytes
    article: bool


@dataclass
class Figures:
    inputs: int = 0
    batches: int = 0
    crashes: int = 0
    crash_examples: list[str] = field(default_factory=list)
    documents_expected: int = 0
    documents_stored: int = 0
    lost: int = 0
    lost_examples: list[str] = field(default_factory=list)
    articles: int = 0
    articles_lost: int = 0
    articles_lost_examples: list[str] = field(default_factory=list)
    rejections: dict[str, int] = field(default_factory=dict)
    unexplained: int = 0
    leaks: int = 0  # documents holding the contents of a local file named by an entity
    integrity: str = ""
    by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    slowest_batch_s: float = 0.0


# -- generators ---------------------------------------------------------------------------


def salted(rng: random.Random, scale: int) -> Case:
    """An article with hostile characters sprinkled in, in some encoding and format."""
    body = article(rng.randrange(10_000)) + SENTENCE + "\n"
    chars = list(body)
    for _ in range(rng.randint(1, 40)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(HOSTILE))
    body = "".join(chars)
    suffix = rng.choice(".txt .md .html .json .jsonl".split())
    if suffix == ".html":
        body = f"<html><body><article><p>{body}</p></article></body></html>"
    elif suffix in (".json", ".jsonl"):
        body = json.dumps({"title": rng.choice(HOSTILE) + "Report", "text": body})
    encoding = rng.choice(ENCODINGS)
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return Case("salted", suffix, body.encode(encoding, errors), True)


def random_unicode(rng: random.Random, scale: int) -> Case:
    """Arbitrary code points (all planes, surrogates included), encoded with surrogatepass."""
    n = rng.randint(1, 400 * scale)
    text = "".join(chr(rng.randrange(0x110000)) for _ in range(n))
    return Case(
        "random-unicode", rng.choice(SUFFIXES), text.encode("utf-8", "surrogatepass"), False
    )


def random_bytes(rng: random.Random, scale: int) -> Case:
    return Case("random-bytes", rng.choice(SUFFIXES), rng.randbytes(rng.randint(0, 4096)), False)


def long_line(rng: random.Random, scale: int) -> Case:
    """One line of up to 100k (x scale) characters, with or without spaces."""
    unit = SENTENCE + (" " if rng.random() < 0.7 else "")
    n = rng.randint(2_000, 100_000 * scale)
    return Case("long-line", ".txt", ((unit * (n // len(unit) + 1))[:n] + "\n").encode(), True)


def long_sentence(rng: random.Random, scale: int) -> Case:
    """One sentence of many clauses and no full stop until the end."""
    clauses = [SENTENCE.rstrip(".")] * rng.randint(10, 300 * scale)
    return Case("long-sentence", ".txt", (", and ".join(clauses) + ".\n").encode(), True)


def nested_html(rng: random.Random, scale: int) -> Case:
    depth = rng.choice([10, 255, 256, 300, 2046, 2048, 2100, rng.randint(1, 10_000)])
    tag = rng.choice("div span b font section table".split())
    closed = rng.random() < 0.5
    inner = f"<p>{SENTENCE}</p><p>{article(depth)}</p>"
    markup = f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth if closed else ''}"
    return Case("nested-html", rng.choice([".html", ".htm"]), markup.encode(), True)


def huge_jsonl(rng: random.Random, scale: int) -> Case:
    """Small records around one huge record and one broken line."""
    big = (SENTENCE + " ") * rng.randint(200, 800 * scale)
    records = [{"title": f"Record {i}", "text": article(rng.randrange(10_000))} for i in range(3)]
    lines = [json.dumps(r) for r in records]
    lines.insert(1, json.dumps({"title": "Long", "text": big}))
    lines.insert(rng.randrange(len(lines)), '{"text": "cut off')
    return Case("huge-jsonl", ".jsonl", "\n".join(lines).encode(), True)


def bad_json(rng: random.Random, scale: int) -> Case:
    depth = rng.randint(1, 200_000)
    options = [
        "[" * depth + "]" * depth,
        '{"text": ' * min(depth, 5000) + '"x"' + "}" * min(depth, 5000),
        json.dumps({"text": 12, "title": ["a", {"b": None}]}),
        json.dumps([1, "two", None, {"text": ""}]),
        '{"text": "' + "\\ud800" * 50 + SENTENCE + '"}',
        json.dumps({"text": article(1)})[: rng.randint(1, 200)],
        '{"text": "a", "text": ' * 100,
    ]
    return Case("bad-json", rng.choice([".json", ".jsonl"]), rng.choice(options).encode(), False)


def damaged_pdf(rng: random.Random, scale: int) -> Case:
    data = bytearray(make_pdf([SENTENCE, "Talks resume next week in the capital."]))
    mode = rng.choice(["intact", "cut", "flip", "garbage"])
    if mode == "cut":
        data = data[: rng.randint(1, len(data) - 1)]
    elif mode == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif mode == "garbage":
        data = bytearray(b"%PDF-1.7\n" + rng.randbytes(rng.randint(0, 3000)))
    return Case(f"pdf-{mode}", ".pdf", bytes(data), mode == "intact")


_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{a}">'
    + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>"
)


def feed(rng: random.Random, scale: int) -> Case:
    kind = rng.choice(["rss", "atom"])
    # XML cannot carry NUL: a feed holding NUL bytes is rightly rejected as binary.
    salt = "".join(
        rng.choice([c for c in HOSTILE if c != "\x00"]) for _ in range(rng.randint(0, 20))
    )
    body = "&lt;div&gt;" * rng.choice([0, 1, 300, 3000]) + f"{SENTENCE} {salt}"
    if kind == "rss":
        head = '<?xml version="1.0"?>'
        doc = (
            f'<rss version="2.0"><channel><title>Wire</title><item><title>Report</title>'
            f"<description>{body}</description></item></channel></rss>"
        )
    else:
        head = '<?xml version="1.0"?>'
        doc = (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry>'
            f'<title>Report</title><content type="html">{body}</content></entry></feed>'
        )
    mode = rng.choice(["whole", "whole", "cut", "bomb", "external"])
    if mode == "cut":
        doc = doc[: rng.randint(1, len(doc) - 1)]
    elif mode == "bomb":
        head = _BOMB.replace("{a}", "lol" * 10)
        doc = doc.replace("<title>Report</title>", "<title>&i;</title>", 1)
    elif mode == "external":
        head = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        doc = doc.replace("<title>Report</title>", "<title>&x;</title>", 1)
    data = (head + doc).encode("utf-8", "surrogatepass")
    return Case(f"feed-{mode}", f".{kind}", data, mode == "whole")


def markdown(rng: random.Random, scale: int) -> Case:
    """Inputs aimed at backtracking in the Markdown and cleaning regular expressions."""
    n = rng.randint(1_000, 30_000 * scale)
    unit = rng.choice(["*", "_", "[", "](", "**a", "`", "![", "---\n", "> ", "- ", "#", "<a "])
    text = unit * (n // len(unit)) + "\n\n" + SENTENCE + "\n" + article(n)
    return Case("markdown", ".md", text.encode(), True)


GENERATORS: tuple[Callable[[random.Random, int], Case], ...] = (
    salted,
    salted,
    random_unicode,
    random_bytes,
    random_bytes,
    long_line,
    long_sentence,
    nested_html,
    huge_jsonl,
    bad_json,
    damaged_pdf,
    feed,
    feed,
    markdown,
)


# -- the run ------------------------------------------------------------------------------


def holds_article(text: str) -> bool:
    """Whether the article's actor names survived; marks, format and replacement characters
    the generator sprinkled into them are ignored (NFC may have composed them into letters)."""
    bare = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in bare if unicodedata.category(c)[0] not in "MC" and c != "\ufffd")
    return "Coastal Council" in " ".join(bare.split())


def _fold(reason: str) -> str:
    """A rejection reason without its variable parts, to count reasons by kind."""
    reason = re.sub(r"^(line|record|entry) \d+: ", r"\1 N: ", reason)
    reason = re.sub(r"\(.*\)", "(...)", reason)
    return re.sub(r"\d+(\.\d+)?", "N", reason)


def _run_batch(folder: Path, db: Path) -> tuple[int, str, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", "analyze", str(folder), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    return proc.returncode, proc.stderr, time.perf_counter() - start


def fuzz(n: int, seed: int, batch: int, scale: int, work: Path) -> Figures:
    rng = random.Random(seed)
    figures = Figures()
    db = work / "fuzz.db"
    expected: dict[str, str] = {}  # document id -> the input it came from
    started = time.perf_counter()
    for b in range(0, n, batch):
        folder = work / f"batch{b // batch:04d}"
        folder.mkdir()
        cases: dict[str, Case] = {}
        for i in range(b, min(n, b + batch)):
            case = rng.choice(GENERATORS)(rng, scale)
            path = folder / f"{i:06d}_{case.kind}{case.suffix}"
            path.write_bytes(case.data)
            cases[str(path)] = case
        code, stderr, seconds = _run_batch(folder, db)
        figures.batches += 1
        figures.slowest_batch_s = max(figures.slowest_batch_s, seconds)
        if code != 0 or "Traceback" in stderr:
            figures.crashes += 1
            figures.crash_examples.append(f"{folder.name}: exit {code}: {stderr[-500:]}")
        for line in stderr.splitlines():
            _, sep, reason = line.partition(": ")
            if line.startswith("skipped ") and sep:
                figures.rejections[_fold(reason)] = figures.rejections.get(_fold(reason), 0) + 1
                if "unexpected error" in reason:
                    figures.unexplained += 1
        for path, case in cases.items():
            figures.inputs += 1
            figures.by_kind[case.kind] = figures.by_kind.get(case.kind, 0) + 1
            docs = [d for d in load_file(path) if isinstance(d, Document)]
            for d in docs:
                expected.setdefault(d.id, path)
                figures.leaks += "root:" in d.text + (d.title or "")
            if case.article:
                figures.articles += 1
                if not any(holds_article(d.text) for d in docs):
                    figures.articles_lost += 1
                    figures.articles_lost_examples.append(Path(path).name)
    figures.seconds = time.perf_counter() - started
    con = sqlite3.connect(db)
    try:
        stored = {r[0] for r in con.execute("SELECT id FROM documents")}
        figures.integrity = str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()
    missing = sorted(set(expected) - stored)
    figures.documents_expected, figures.documents_stored = len(expected), len(stored)
    figures.lost = len(missing)
    figures.lost_examples = [f"{i} from {Path(expected[i]).name}" for i in missing[:10]]
    figures.rejections = dict(Counter(figures.rejections).most_common())
    return figures


def report(f: Figures, mode: str, seed: int) -> str:
    """The markdown section for bench/RESULTS.md."""
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(f.by_kind.items()))
    lines = [
        "## hostile-input fuzzing",
        "",
        f"### {stamp} ({mode}: N={f.inputs}, seed={seed}; `python bench/fuzz.py`)",
        "",
        "- method: generated hostile inputs written as files, run through the real CLI"
        f" (`actorgraph analyze FOLDER --db STORE`) in {f.batches} batches into one store;"
        " expected documents = what `load_file` yields for each input",
        f"- inputs by kind: {kinds}",
        "",
        "| figure | value |",
        "|---|---:|",
        f"| inputs tried | {f.inputs:,} |",
        f"| crashes (non-zero exit or traceback) | {f.crashes} |",
        f"| documents expected / stored | {f.documents_expected:,} / {f.documents_stored:,} |",
        f"| documents lost | {f.lost} |",
        f"| inputs holding an article / article lost | {f.articles:,} / {f.articles_lost} |",
        f"| rejections without a clear one-line reason | {f.unexplained} |",
        f"| documents holding a local file's contents (XML external entity) | {f.leaks} |",
        f"| store integrity_check | {f.integrity} |",
        f"| wall time (s) / slowest batch (s) | {f.seconds:,.1f} / {f.slowest_batch_s:,.1f} |",
        "",
        "| rejection reason (numbers folded) | count |",
        "|---|---:|",
        *(f"| {reason.replace('|', '/')} | {count} |" for reason, count in f.rejections.items()),
    ]
    return "\n".join(lines) + "\n"


def add_to_results(section: str, path: Path = RESULTS) -> None:
    """Replace this script's section of RESULTS.md (between its markers); others are kept."""
    replace_section(BEGIN, END, section, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="inputs to generate (default 3000)")
    ap.add_argument("--quick", action="store_true", help="CI size: 300 small inputs, < 60 s")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--batch", type=int, default=250, help="inputs per CLI run (default 250)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-write", action="store_true", help=f"do not update {RESULTS.name}")
    args = ap.parse_args()
    n, scale = (300, 1) if args.quick else (args.n, 3)
    batch = 100 if args.quick else args.batch
    with tempfile.TemporaryDirectory(prefix="actorgraph-fuzz-") as tmp:
        figures = fuzz(n, args.seed, batch, scale, Path(tmp))
    section = report(figures, "quick" if args.quick else "full", args.seed)
    print(json.dumps(figures.__dict__, indent=1) if args.json else section)
    if not args.no_write:
        add_to_results(section)
        print(f"added to {RESULTS}", file=sys.stderr)
    bad = figures.crashes or figures.lost or figures.unexplained or figures.leaks
    bad = bad or figures.articles_lost or figures.integrity != "ok"
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
