"""Unnamed state institutions ("the government", "the defence ministry", "government
forces") read as the state the article is about.

News copy names a state's government once ("the Varnish government", "Varnia's
government") and then writes "the government", "the junta" or "the defence ministry".
Those bare heads stand for that state only when the reading is unambiguous: exactly one
state has had its government named earlier in the same document ("the government of X"
counts for the state X serves), or, when none has, the dateline names a capital ("VARN —").
Nothing carries over between documents, and a head owned by anything else ("his
government", "the government of X", "pro-government") is left alone.
"""

from __future__ import annotations

from actorgraph.extract import lexicon as lx
from actorgraph.extract.gazetteer import gazetteer
from actorgraph.extract.mentions import TokMention
from actorgraph.extract.tokens import TokenTable
from actorgraph.records import Entity

# Heads whose owner, when stated, registers the document's governed state.
_GOVERNMENT_HEADS = frozenset("government junta regime administration".split())
# Words between "the" and a bare head that keep it the same institution.
_GOVERNMENT_MODIFIERS = frozenset("military central federal transitional interim".split())
_MINISTRY_FIELDS = frozenset("defence defense interior foreign war security".split())
_FORCE_NOUNS = frozenset("forces troops soldiers".split())
_POSSESSIVE = lx.POSSESSIVE_S | {"'"}
_DATELINE_DASHES = frozenset("— – - ( ,".split())
_DATELINE_SENTENCES = 3  # a dateline opens the body: within the first few sentences


def institution_mentions(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> list[TokMention]:
    """Mentions (form ``pronoun``) of the document's state for its bare institution heads."""
    heads = sorted(
        k
        for w in ("government", "junta", "regime", "administration", "ministry")
        for form in (w, w.title())  # "Government forces" opening a sentence
        for k in tt.positions.get(form, ())
    )
    if not heads:
        return []
    kinds = {e.id: e.kind for e in entities}
    state_of_key = {e.key: e.id for e in entities if e.kind == "state"}
    serves = {e.id: state_of_key[e.affiliation] for e in entities if e.affiliation in state_of_key}
    states = [m for m in mentions if kinds.get(m.entity) == "state"]
    ends = {m.end: m.entity for m in states}
    starts = {m.start: m.entity for m in states}
    starts.update(
        (m.start, serves[m.entity])  # "the government of X": the state X serves
        for m in mentions
        if m.entity in serves and m.start not in starts
    )
    covered = {i for m in mentions for i in range(m.start, m.end)}
    owners: set[str] = set()
    fallback = _dateline_state(tt, state_of_key)
    out: list[TokMention] = []
    for k in heads:
        if k in covered:
            continue
        owner = _owner(tt, k, ends, starts)
        if owner is not None:
            if tt.lower[k] in _GOVERNMENT_HEADS:
                owners.add(owner)
            continue
        start = _bare_start(tt, k)
        if start < 0:
            continue
        state = next(iter(owners)) if len(owners) == 1 else (fallback if not owners else None)
        if state is not None:
            out.append(TokMention(state, start, k + 1, tt.sent_of[k], "pronoun"))
    return out


def _owner(tt: TokenTable, k: int, ends: dict[int, str], starts: dict[int, str]) -> str | None:
    """The state a head names explicitly: "Varnian government", "Varnia's junta",
    "the government of Varnia", "the government in Varn" (a capital)."""
    if k in ends:
        return ends[k]
    if k >= 2 and tt.text[k - 1] in _POSSESSIVE and k - 1 in ends:
        return ends[k - 1]
    if k + 2 < len(tt) and tt.lower[k + 1] in ("of", "in") and k + 2 in starts:
        return starts[k + 2]
    return None


def _bare_start(tt: TokenTable, k: int) -> int:
    """Start token of a bare institution phrase ending at head ``k``, or -1.

    "the (military) junta", "the defence ministry", "government forces"; the phrase must
    not be owned by a following "of"/"in" phrase or modify a following name."""
    n = len(tt)
    nxt = tt.lower[k + 1] if k + 1 < n else ""
    lower_case = tt.text[k].islower() or (tt.sent_start[k] and tt.text[k].istitle())
    if not lower_case or nxt in ("of", "in", "-") or (k and tt.lower[k - 1] == "-"):
        return -1
    if nxt in _FORCE_NOUNS and tt.lower[k] == "government":
        return k  # "government forces" fight for the state
    if k + 1 < n and tt.text[k + 1][:1].isupper():
        return -1  # "the government spokesman X" or a name
    j = k - 1
    if tt.lower[k] == "ministry":
        if j < 1 or tt.lower[j] not in _MINISTRY_FIELDS:
            return -1
        j -= 1
    elif j >= 1 and tt.lower[j] in _GOVERNMENT_MODIFIERS:
        j -= 1
    return j if j >= 0 and tt.lower[j] == "the" else -1


def _dateline_state(tt: TokenTable, state_of_key: dict[str, str]) -> str | None:
    """The state whose capital opens the body as a dateline ("VARN —", "VARN (Wire) -")."""
    n = len(tt)
    for a, _ in tt.sents[:_DATELINE_SENTENCES]:
        k = a
        while k < n and tt.text[k].isupper() and tt.text[k].isalpha():
            k += 1
        if k == a or k >= n or tt.text[k] not in _DATELINE_DASHES:
            continue
        entry = gazetteer().get(" ".join(tt.text[a:k]).title())
        if entry is not None and entry.kind == "state" and entry.form == "metonym":
            return state_of_key.get(entry.key)
    return None
