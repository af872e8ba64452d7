"""Epithets that refer back to a person: "the dictator", "the usurper", "the junta chief".

Why: partisan columns and analyses name a ruler once and then call him "the dictator" or
"the junta leader"; the relations around those words ("the dictator blamed Washington",
"talks with the junta leader") belong to that person. An epithet is resolved only to one
person, else to nobody:

* the person the document labelled with that epithet: "the usurper NAME", "dictator
  NAME", "NAME, the usurper";
* "the junta/army/military chief (leader, ruler)": the one person introduced with a
  military rank ("General NAME", "Senior General NAME");
* a ruler's epithet ("the dictator", "the tyrant") with no label: the person the document
  names most often, when no other is named as often (a column about a ruler names him
  more than anyone else).

The mentions take the form ``description``: unlike pronouns, they are antecedents for a
later "he" or "him", as a name is.
"""

from __future__ import annotations

from collections import Counter

from actorgraph.extract.mentions import TokMention
from actorgraph.extract.tokens import TokenTable
from actorgraph.records import Entity

_RULER_EPITHETS = frozenset("dictator usurper tyrant despot autocrat".split())
# "the junta chief": a head noun after a word for the state's armed force.
_CHIEF_NOUNS = frozenset("chief leader ruler head boss".split())
_FORCE_WORDS = frozenset("junta army military".split())
_RANKS = frozenset("General Gen. Gen Marshal Colonel Col. Lieutenant-General Major-General".split())


def epithet_mentions(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> list[TokMention]:
    """Mentions (form ``description``) of the person each epithet names."""
    heads = sorted(k for w in (*_RULER_EPITHETS, *_CHIEF_NOUNS) for k in tt.positions.get(w, ()))
    if not heads:
        return []
    persons = {e.id for e in entities if e.kind == "person"}
    named = [m for m in mentions if m.entity in persons and m.form != "pronoun"]
    if not named:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[TokMention] = []
    for k in heads:
        start = _epithet_start(tt, k)
        word = tt.lower[k]
        if start < 0 or k in covered or (word in _RULER_EPITHETS and start in covered):
            continue
        if word in _RULER_EPITHETS:
            found = _labelled(tt, named, word) or _most_named(named)
        else:
            found = _ranked(tt, named)
        if found is not None:
            out.append(TokMention(found, start, k + 1, tt.sent_of[k], "description"))
    return out


def _epithet_start(tt: TokenTable, k: int) -> int:
    """Start of "the dictator" / "the junta chief" ending at ``k``, else -1 (also when a
    name or "of" follows: "the dictator NAME" is a title, "the leader of X" another)."""
    if not tt.text[k].islower():
        return -1
    j = k - 1
    if tt.lower[k] in _CHIEF_NOUNS:
        if j < 1 or tt.lower[j] not in _FORCE_WORDS:
            return -1
        j -= 1
    if j < 0 or tt.lower[j] != "the":
        return -1
    nxt = tt.text[k + 1] if k + 1 < len(tt) else ""
    if nxt[:1].isupper() or nxt in ("of", "-"):
        return -1
    return j


def _labelled(tt: TokenTable, named: list[TokMention], word: str) -> str | None:
    """The one person called ``word`` next to a name: "the usurper NAME", "NAME, the usurper"."""
    n = len(tt)
    found = set()
    for m in named:
        before = m.start >= 1 and tt.lower[m.start - 1] == word
        after = (
            m.end + 2 < n
            and tt.text[m.end] == ","
            and tt.lower[m.end + 1] == "the"
            and tt.lower[m.end + 2] == word
        )
        if before or after:
            found.add(m.entity)
    return next(iter(found)) if len(found) == 1 else None


def _most_named(named: list[TokMention]) -> str | None:
    """The person named most often, when named at least twice and more than any other."""
    counts = Counter(m.entity for m in named).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] >= counts[0][1]):
        return None
    return counts[0][0]


def _ranked(tt: TokenTable, named: list[TokMention]) -> str | None:
    """The one person introduced with a military rank ("General NAME")."""
    found = {m.entity for m in named if m.start >= 1 and tt.text[m.start - 1] in _RANKS}
    return next(iter(found)) if len(found) == 1 else None
