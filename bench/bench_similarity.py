"""Throughput of the similarity backends used by `stories` (docs/s) and `claims`.

Runs ``group_stories`` over N synthetic articles from ``corpus_gen`` (title = first line,
dates spread over a month) with each backend, and prints documents per second. The first
MiniLM call includes loading the model (reported separately).

    .venv/bin/python bench/bench_similarity.py -n 500
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import articles, sample_texts  # noqa: E402

from actorgraph.compare.similarity import get_embedder, minilm_available  # noqa: E402
from actorgraph.compare.stories import group_stories  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="number of synthetic articles")
    args = parser.parse_args()
    docs = []
    for i, text in enumerate(articles(args.n, sample_texts(), seed=1)):
        title, _, body = text.strip().partition("\n")
        docs.append(
            {"id": str(i), "title": title, "text": body, "published": f"2025-03-{1 + i % 28:02d}"}
        )
    methods = ["tfidf"] + (["minilm"] if minilm_available() else [])
    for method in methods:
        embedder = get_embedder(method)
        if method == "minilm":
            t = time.perf_counter()
            embedder.embed(["warm up"])
            print(f"minilm: model load {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        stories = group_stories(docs, embedder)
        secs = time.perf_counter() - t
        multi = sum(1 for s in stories if len(s.documents) > 1)
        print(
            f"{method}: {len(docs)} docs in {secs:.2f} s = {len(docs) / secs:.0f} docs/s "
            f"({multi} multi-document stories)"
        )


if __name__ == "__main__":
    main()
