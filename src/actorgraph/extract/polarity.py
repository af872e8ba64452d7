"""Polarity of a relation: asserted, negated (denied, said not to happen) or hedged
(alleged, rumoured, conditional, speculative).

Cues are read in a window of tokens around the trigger that ends at the trigger and starts a
few tokens before the argument that precedes it, bounded by clause breaks; coordination
members carry their own cues ("backed by Russia, not America"; "and, at times, X").
"""

from __future__ import annotations

from spacy.tokens import Doc

from actorgraph.extract import lexicon as lx
from actorgraph.extract.tokens import token_table

_SENTENCE_HEDGES = frozenset(
    (
        "allegedly reportedly purportedly supposedly rumour rumours rumor rumors rumoured "
        "rumored unconfirmed unverified speculation reports"
    ).split()
)
_HARD_BREAKS = frozenset({";", ".", "!"})
# Verbs whose "that" clause is an allegation, whoever makes it.
_ALLEGING = frozenset(
    "alleges alleged allege claims claimed claim suspects suspected rumoured rumored".split()
)
# Statement verbs whose "would" clause reports a stated intention, not a speculation.
_STATEMENT_VERBS = frozenset(
    (
        "said says told tells stated announced announces promised promises pledged pledges "
        "vowed vows insisted insists added confirmed confirms declared declares stressed "
        "reiterated"
    ).split()
)
_RULE = frozenset("rule rules ruled ruling".split())
_CONDITIONS = frozenset("if unless whether provided".split())
_ACCUSATION = frozenset(
    ["accused", "accuses", "accusing", "accuse", "suspected", "suspects", "blamed", "blames"]
)
# Litotes: "has not hidden its support", "made no secret of", "never concealed", "did not
# hesitate to back": the negation denies the hiding, so the relation is asserted.
_LITOTES = frozenset(
    (
        "hide hides hid hidden hiding conceal conceals concealed concealing disguise disguised "
        "mask masked secret hesitate hesitated hesitates"
    ).split()
)
_LITOTES_GAP = frozenset("been ever made make makes a any".split())
_FAILING = frozenset("fail fails failed failing".split())
# "instead of fighting them", "rather than backing Y": the deed right after is not done.
_INSTEAD = frozenset({("instead", "of"), ("rather", "than")})


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def cue_polarity(words: list[str]) -> str:
    """Polarity signalled by a list of lower-case words (negation wins over hedging)."""
    for i, w in enumerate(words):
        if w in lx.NEGATION_WORDS:
            if _litotes(words, i):
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w == "not" and nxt in ("only", "just", "least"):
                continue
            if w == "no" and nxt in ("longer", "doubt"):
                continue
            return "negated"
        if w in lx.DENIAL_WORDS:
            return "negated"
        if w in _FAILING and i + 1 < len(words) and words[i + 1] == "to":
            return "negated"  # "X failed to help Y"
        if w in _RULE and i + 1 < len(words) and words[i + 1] == "out":
            return "negated"  # "X has ruled out talks with Y"
        if w in lx.ENDING_WORDS and i >= len(words) - 4:
            return "negated"  # "withdrew its support for", "cut off aid to"
    present = set(words)  # a phrase can only occur when its first word does
    if not present.isdisjoint(lx.HEDGE_WORDS) or any(
        p[0] in present and _has_phrase(words, p) for p in lx.HEDGE_PHRASES
    ):
        return "hedged"
    accusation = [i for i, w in enumerate(words) if w in _ACCUSATION]
    if accusation and "of" in words[accusation[0] :]:
        return "hedged"  # "accused X of arming Y": an allegation
    return "asserted"


def _litotes(words: list[str], i: int) -> bool:
    """Whether the negation at ``i`` denies hiding ("not hidden", "no secret of")."""
    for w in words[i + 1 : i + 4]:
        if w in _LITOTES:
            return True
        if w not in _LITOTES_GAP:
            return False
    return False


def relation_polarity(
    doc: Doc,
    window_start: int,
    trigger_start: int,
    sent_start: int,
    sent_end: int,
    exclude: tuple[int, int] = (0, 0),
) -> str:
    """Polarity for a trigger at ``trigger_start`` whose left context begins at ``window_start``.

    Tokens in ``exclude`` (a coordinated argument) are skipped: their cues belong to members.
    """
    tt = token_table(doc)  # plain lists: no spaCy Token object per look
    text, lower = tt.text, tt.lower
    if trigger_start - 2 >= sent_start and (lower[trigger_start - 2], lower[trigger_start - 1]) in (
        _INSTEAD
    ):
        return "negated"
    start = max(sent_start, window_start)
    for k in range(trigger_start - 1, start - 1, -1):
        if text[k] in _HARD_BREAKS:
            start = k + 1
            break
    for k in range(trigger_start - 1, start, -1):
        # ", accuses ..." starts a new coordinated clause: earlier cues belong to the first one.
        if text[k - 1] == "," and lower[k] in lx.VERB_FORMS:
            start = k
            break
    words = [lower[k] for k in range(start, trigger_start) if not exclude[0] <= k < exclude[1]]
    pol = cue_polarity(words)
    if pol == "hedged" and _reported_future(lower, words, sent_start, trigger_start, sent_end):
        pol = "asserted"
    if pol != "asserted":
        return pol
    before = lower[sent_start:trigger_start]
    if any(w in _SENTENCE_HEDGES for w in before):
        return "hedged"
    if any(w in _ALLEGING and nxt == "that" for w, nxt in zip(before, before[1:], strict=False)):
        return "hedged"  # "Korsk alleges that Ostrania supplied ...": an allegation's content
    last = next(
        (text[k] for k in range(sent_end - 1, sent_start - 1, -1) if not text[k].isspace()), ""
    )
    if last == "?":
        return "hedged"
    return "asserted"


def _reported_future(
    lower: list[str], words: list[str], sent_start: int, trigger_start: int, sent_end: int
) -> bool:
    """ "X said it would send weapons to Y": a future reported by its speaker is asserted.

    Only when "would" is the sole hedge cue, a statement verb comes before it in the
    sentence, and no condition ("if", "unless") follows in the sentence."""
    if "would" not in words or len(set(words) & lx.HEDGE_WORDS) != 1:
        return False
    before = lower[sent_start:trigger_start]
    first_would = before.index("would")
    if not any(w in _STATEMENT_VERBS for w in before[:first_would]):
        return False
    return not any(w in _CONDITIONS for w in lower[trigger_start:sent_end])


def combine(base: str, member: str) -> str:
    """Polarity of one coordination member given the clause polarity."""
    if "negated" in (base, member):
        return "negated"
    if "hedged" in (base, member):
        return "hedged"
    return "asserted"
