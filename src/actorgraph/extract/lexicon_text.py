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

from spacy.tokens import Doc

from actorgraph.extract.lexicon_roles import wordset
from actorgraph.records import Mention

_TOKEN = re.compile(r"[’'‘]s\b|\w+(?:[-.’']\w+)*\.?|[^\w\s]")
_KEEP_DOT = wordset(
    "gen lt col maj brig capt adm sgt cmdr sen rep gov mr mrs ms dr prof st jr vs no mme"
)
QUOTE_CHARS = frozenset('“”"«»‘’„')
SENT_END = frozenset(".;?!")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        return self.text in ("’s", "'s", "‘s")


def tokenize(text: str) -> list[Tok]:
    """Words (hyphen/dot-internal kept whole), possessive ``’s`` and punctuation marks."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if len(w) > 1 and w.endswith(".") and w[0].isalnum():
            base = w[:-1]
            keep = base.lower() in _KEEP_DOT or "." in base or (len(base) == 1 and base.isupper())
            if not keep:
                out.append(Tok(s, e - 1, base))
                out.append(Tok(e - 1, e, "."))
                continue
        if w[0].isalnum() and ("’" in w or "'" in w):
            # split a possessive glued by the word pattern ("Haftar’s" -> "Haftar", "’s")
            cut = max(w.rfind("’"), w.rfind("'"))
            if w[cut + 1 :].lower() == "s" and cut > 0:
                out.append(Tok(s, s + cut, w[:cut]))
                out.append(Tok(s + cut, e, w[cut:]))
                continue
        out.append(Tok(s, e, w))
    return out


class DocIndex:
    """Tokens, sentence spans and mention lookup for one document."""

    def __init__(self, sdoc: Doc, mentions: list[Mention]) -> None:
        self.text = sdoc.text
        self.toks = tokenize(self.text)
        self.tok_starts = [t.start for t in self.toks]
        self.sents = [(s.start_char, s.end_char) for s in sdoc.sents] or [(0, len(self.text))]
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
