"""Names written as letters and digits ("K17", "G5"): actors only when the text uses them so.

Why a rule of its own: a capital plus digits is far more often a thing than an actor (an
aircraft "F-16", a missile "S-400", a summit "G20", a virus "COVID-19", a flight "MH17"),
so the general acronym rule, which makes any unknown acronym an organisation, would fill a
document with hardware. A code is read as a name only when one of its occurrences in the
document is followed by a group noun ("the K17 rebels", "M9 militia") or by a reporting
verb ("the K17 said"), and never when it follows "flight".
"""

from __future__ import annotations

import re

from actorgraph.extract.tokens import TokenTable

# One to three capitals, an optional hyphen, one to three digits: "K17", "K-17", "G5".
CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}$")
# Lower-case nouns after a code that make it a group; the armed ones make an armed group.
_ARMED_NOUNS = frozenset("rebels militia militias insurgents guerrillas forces".split())
_GROUP_NOUNS = _ARMED_NOUNS | frozenset("movement group".split())
# Reporting verbs after a code: only actors speak ("the K17 said"; no "the F-16 said").
_SPEECH_VERBS = frozenset(
    (
        "said says told declared announced claimed stated denied insisted vowed warned "
        "accused rejected"
    ).split()
)
_NOT_AFTER = frozenset("flight flights".split())


def code_kind(tt: TokenTable, word: str) -> str | None:
    """``armed_group`` / ``organization`` when the code ``word`` names an actor in this
    document (see the module docstring), else None. Looks only at the word's occurrences."""
    if not CODE.match(word):
        return None
    hits = tt.positions.get(word, ())
    n = len(tt)
    kind: str | None = None
    for i in hits:
        if i > 0 and tt.lower[i - 1] in _NOT_AFTER:
            return None
        k = i + 1
        if k < n and tt.text[k] in ("'s", "’s"):
            k += 1  # "the K17's fighters"
        nxt = tt.lower[k] if k < n else ""
        if nxt in _GROUP_NOUNS and tt.text[k].islower():
            kind = "armed_group" if nxt in _ARMED_NOUNS else (kind or "organization")
        elif k == i + 1 and nxt in _SPEECH_VERBS:
            kind = kind or "organization"
    return kind
