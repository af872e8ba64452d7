"""Hand-placed actor mentions for extractor tests that should not depend on the mention
finder: each given surface form is a mention of its entity wherever it stands as whole
words, longest forms first, never overlapping."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from actorgraph.records import Mention


def regex_mentions(sdoc: Doc, surfaces: Iterable[tuple[str, str]]) -> list[Mention]:
    """Mentions of each (surface form, entity id) in the text of ``sdoc``, in text order."""
    text = sdoc.text
    starts = [s.start_char for s in sdoc.sents]
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for form, eid in sorted(surfaces, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            sent = max(i for i, s in enumerate(starts) if s <= m.start())
            mentions.append(Mention(eid, m.start(), m.end(), m.group(), sent))
    mentions.sort(key=lambda m: m.start)
    return mentions
