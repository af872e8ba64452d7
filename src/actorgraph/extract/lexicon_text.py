"""Light word tokens and sentence lookup shared by the claim and label extractors.

spaCy's tokenizer splits hyphenated words ("anti-jihadi" -> 3 tokens); these extractors
want such words whole and possessives apart, so they use this small regex tokenizer on
``Doc.text`` (offsets are character offsets into the same text) and take sentence
boundaries from the ``Doc``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from actorgraph.records import Mention

# The lookaheads only reject, fast, positions where the alternatives after them cannot
# match (a space; a first letter no abbreviation starts with): the tokens are the same.
_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"(?=[GLCMBASRDPJNv])\b(?:Gen|Lt|Col|Maj|Brig|Capt|Adm|Sgt|Cmdr|Sen|Rep|Gov|Mr|Mrs|Ms|Dr"
    r"|Prof|St|Jr|Mme|No|vs)\."
    r"|(?=[A-Za-z]\.)(?:\b(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\b[A-Z]\.(?=\s+[A-Z]))"  # an initial
    r"|\w+(?:[-.]\w+|[’'](?![sS]\b)\w+)*"  # words, hyphen/dot-internal kept whole
    r"|[’'‘]s\b"  # possessive
    r"|[^\w\s])"
)
QUOTE_CHARS = frozenset('“”"«»‘’„')
SENT_END = frozenset(".;?!")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        return self.lower in ("’s", "'s", "‘s")


def tokenize(text: str) -> list[Tok]:
    """Words (hyphen/dot-internal kept whole), abbreviations, possessive ``’s``, marks."""
    # Offsets and texts are read from the Match objects by ``map`` over the C methods: no
    # Python-level loop per token.
    found = list(_TOKEN.finditer(text))
    words = list(map(re.Match.group, found))
    return list(
        map(Tok, map(re.Match.start, found), map(re.Match.end, found), words, map(str.lower, words))
    )


class _Cache:
    """Per-Doc derived data for the last few Docs (held by identity, checked by length).

    Not kept in ``Doc.user_data``, which spaCy serialises with the Doc."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self.entries: list[tuple[Doc, int, dict[str, Any]]] = []

    def get(self, sdoc: Doc) -> dict[str, Any]:
        n = len(sdoc)
        for doc, length, found in self.entries:
            if doc is sdoc and length == n:
                return found
        self.entries = [e for e in self.entries if e[0] is not sdoc][-(self.size - 1) :]
        data: dict[str, Any] = {}
        self.entries.append((sdoc, n, data))
        return data


_CACHE = _Cache()


def doc_data(sdoc: Doc) -> dict[str, Any]:
    """The cache of derived data for ``sdoc`` (text, tokens, token table ...)."""
    return _CACHE.get(sdoc)


def doc_text(sdoc: Doc) -> str:
    """``sdoc.text``, cached (spaCy rebuilds it from the tokens on every access)."""
    data = _CACHE.get(sdoc)
    if "text" not in data:
        data["text"] = sdoc.text
    text: str = data["text"]
    return text


def doc_sentences(sdoc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``sdoc`` (cached)."""
    data = _CACHE.get(sdoc)
    if "sents" in data:
        cached: list[tuple[int, int]] = data["sents"]
        return cached
    text = doc_text(sdoc)
    if len(sdoc) == 0:
        spans = [(0, len(text))]
    else:
        arr = sdoc.to_array([SENT_START, IDX])
        starts = arr[arr[:, 0] == 1, 1].tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        spans = []
        for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
            while b > a and text[b - 1].isspace():  # spaCy's sentences end at a token
                b -= 1
            spans.append((a, b))
    data["sents"] = spans
    return spans


def doc_tokens(sdoc: Doc) -> tuple[str, list[Tok], list[tuple[int, int]]]:
    """Text, tokens and sentence spans of ``sdoc``, computed once per Doc."""
    data = _CACHE.get(sdoc)
    text = doc_text(sdoc)
    if "toks" not in data:
        data["toks"] = tokenize(text)
    toks: list[Tok] = data["toks"]
    return text, toks, doc_sentences(sdoc)


class DocIndex:
    """Tokens, sentence spans and mention lookup for one document."""

    def __init__(self, sdoc: Doc, mentions: list[Mention]) -> None:
        self.text, self.toks, self.sents = doc_tokens(sdoc)
        data = doc_data(sdoc)
        if "tok_starts" not in data:
            data["tok_starts"] = [t.start for t in self.toks]
        self.tok_starts: list[int] = data["tok_starts"]
        self.sent_starts = [s for s, _ in self.sents]
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        return self.sents[self.sentence_of(pos)]

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_right(self.tok_starts, pos - 1)

    def mention_covering(self, start: int, end: int) -> Mention | None:
        """The mention that overlaps the character span [start, end), if any."""
        i = bisect_right(self.mention_starts, end - 1) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end > start:
                return m
            if start - m.start > 200:
                break
            i -= 1
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        lo = bisect_right(self.mention_starts, start - 1)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def previous_mention(self, pos: int, kinds: dict[str, str], kind: str) -> Mention | None:
        """The nearest mention ending before ``pos`` whose entity has kind ``kind``."""
        i = bisect_right(self.mention_starts, pos - 1) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= pos and kinds.get(m.entity) == kind:
                return m
            i -= 1
        return None
