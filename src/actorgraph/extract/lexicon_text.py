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

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from actorgraph.records import Mention

_TOKEN = re.compile(
    r"\b(?:Gen|Lt|Col|Maj|Brig|Capt|Adm|Sgt|Cmdr|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|St|Jr|Mme|No|vs)\."
    r"|\b(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # an initial
    r"|\w+(?:[-.]\w+|[’'](?![sS]\b)\w+)*"  # words, hyphen/dot-internal kept whole
    r"|[’'‘]s\b"  # possessive
    r"|[^\w\s]"
)
QUOTE_CHARS = frozenset('“”"«»‘’„')
SENT_END = frozenset(".;?!")
_CACHE_KEY = "actorgraph.lexicon_text"


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
    return [Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _sentences(sdoc: Doc, text: str) -> list[tuple[int, int]]:
    if len(sdoc) == 0:
        return [(0, len(text))]
    arr = sdoc.to_array([SENT_START, IDX])
    starts = [int(i) for flag, i in arr if flag == 1]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(text)]
    out = []
    for a, b in zip(starts, ends, strict=True):
        while b > a and text[b - 1].isspace():  # spaCy's sentence spans end at a token
            b -= 1
        out.append((a, b))
    return out


def doc_tokens(sdoc: Doc) -> tuple[str, list[Tok], list[tuple[int, int]]]:
    """Text, tokens and sentence spans of ``sdoc``, computed once (kept in ``user_data``;
    ``Doc.text`` itself is rebuilt from the tokens on every access)."""
    cached = sdoc.user_data.get(_CACHE_KEY)
    if cached is None or cached[0] != len(sdoc):
        text = sdoc.text
        cached = (len(sdoc), text, tokenize(text), _sentences(sdoc, text))
        sdoc.user_data[_CACHE_KEY] = cached
    return cached[1], cached[2], cached[3]


class DocIndex:
    """Tokens, sentence spans and mention lookup for one document."""

    def __init__(self, sdoc: Doc, mentions: list[Mention]) -> None:
        self.text, self.toks, self.sents = doc_tokens(sdoc)
        self.tok_starts = [t.start for t in self.toks]
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
