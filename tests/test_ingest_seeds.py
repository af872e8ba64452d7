"""The example articles in ../shared/seeds against their gold metadata and boilerplate.

Seed text is read from ../shared at test time and never copied into the repository.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from actorgraph.ingest.loader import load_file
from actorgraph.records import Document


def _norm(s: str | None) -> str:
    """The gold scorer's normalisation: accents, case and punctuation ignored."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def test_seeds_match_gold(shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        gold = json.loads((shared_dir / "eval" / "gold" / f"{seed.stem}.json").read_text("utf-8"))
        [doc] = load_file(str(seed))
        assert isinstance(doc, Document), doc
        want = gold["meta"]
        assert _norm(doc.title) == _norm(want["title"]), seed.name
        if want["author"]:
            assert _norm(want["author"]) in _norm(doc.author), (seed.name, doc.author)
        assert doc.published == want["published"], seed.name
        for junk in gold["boilerplate"]:
            assert junk not in doc.text, (seed.name, junk)
        # Body sentences survive cleaning verbatim: every gold evidence span is still there.
        evidence = [r["evidence"] for r in gold["relations"] + gold["claims"]]
        assert evidence, seed.name
        for span in evidence:
            assert span in doc.text, (seed.name, span)
