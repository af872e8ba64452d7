"""Argument finders for relation words that carry their own small frame, and for subjects
that a clause leaves implicit.

Frames: solidarity ("X expressed solidarity with Y", 'X "stands in solidarity" with Y'), a
letter ("in a letter addressed to Y, X said": X writes to Y), the severing of ties ("the
suspension of the treaty of friendship ... with Y"), support given to a plan ("its support
to the plan proposed by Y" supports Y), a host of talks ("offered to host talks between X
and Y": the host consults both). Implicit subjects: a verb coordinated with an earlier one
("X, which ..., has criticised Z and has accused Y": X), and the bare "officials" of a state
named earlier in the sentence ("X's accusation came within hours: officials blamed Y").
Each returns a group of the sentence (or a token index), or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract import lexicon_frames as fr
from actorgraph.extract.clause_args import QUOTE_TOKENS
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, _Sentence

_STOPS = wordset("; : . but which who whose while because although")


def with_partner(s: _Sentence, t_end: int) -> Group | None:
    """'solidarity with Y', 'solidarity" with Y': the group after "with" (quotes between)."""
    k = t_end
    while k < min(s.end, t_end + 3) and s.tt.text[k] in QUOTE_TOKENS:
        k += 1
    if k >= s.end or s.tt.lower[k] != "with":
        return None
    return s.right_group(k + 1, limit=5)


def letter_addressee(s: _Sentence, t_end: int) -> Group | None:
    """ "a letter (addressed) to Y": the group after "to", over one participle."""
    tt = s.tt
    k = t_end
    if k < s.end and tt.lower[k] in fr.LETTER_PARTICIPLES:
        k += 1
    if k >= s.end or tt.lower[k] != "to":
        return None
    return s.right_group(k + 1, limit=5)


def fronted_subject(s: _Sentence, k: int) -> Group | None:
    """ "In a letter to Y, X said ...": for a phrase that opens the sentence with a
    preposition, the subject of the main clause, i.e. the group right after the comma that
    closes the phrase (within twenty tokens)."""
    tt = s.tt
    if k - s.start > 3 or tt.lower[s.start] not in lx.PREPOSITIONS:
        return None
    for i in range(k, min(s.end, k + 20)):
        if tt.text[i] == ",":
            j = i + 1
            while j < s.end and tt.lower[j] in ("the", "a", "an"):
                j += 1
            while j < s.end and (tt.text[j].islower() or j in s.group_at_start):
                g = s.group_at_start.get(j)
                if g is not None and not (tt.lower[j - 1] == "of" and g.end in s.group_at_start):
                    return g
                j = g.end if g is not None else j + 1  # "the premier of X NAME": NAME
            return None
        if tt.lower[i] in _STOPS:
            return None
    return None


def severed_partner(s: _Sentence, t_end: int) -> Group | None:
    """ "the suspension of the treaty (of friendship, ...) with/binding it to Y": the first
    group after "with" or "to" once a ties noun (treaty, relations) has been named."""
    tt = s.tt
    k = t_end
    if k < s.end and tt.lower[k] == "of":
        k += 1
    while k < min(s.end, t_end + 4) and tt.lower[k] in lx.DETERMINERS:
        k += 1
    if k >= s.end or tt.lower[k] not in fr.TIES_NOUNS:
        return None
    for i in range(k + 1, min(s.end, k + 25)):
        w = tt.lower[i]
        if w in ("with", "to") and i + 1 < s.end:
            g = s.right_group(i + 1, limit=3)
            if g is not None:
                return g
        if (w in _STOPS and w != "which") or i in s.group_at_start:
            return None  # "... which binds it to Y": a relative on the treaty may name Y
    return None


_PROPOSING = wordset("proposed drafted presented tabled floated submitted put offered")


def plan_author(s: _Sentence, pos: int) -> Group | None:
    """ "(support) to the plan of autonomy proposed by Y": a thing put forward, named after
    ``pos`` with at most seven words, then "proposed/drafted ... by Y"; Y's group."""
    tt = s.tt
    k = pos
    while k < min(s.end, pos + 7) and tt.text[k].islower() and tt.lower[k] not in _PROPOSING:
        if tt.lower[k] in _STOPS or tt.lower[k] in ("by", "and", "that"):
            return None
        k += 1
    if k >= s.end or k == pos or tt.lower[k] not in _PROPOSING:
        return None
    k += 1
    if k < s.end and tt.lower[k] == "forward":
        k += 1
    if k >= s.end or tt.lower[k] != "by":
        return None
    return s.right_group(k + 1, limit=4)


_HOSTING = wordset("host hosts hosted hosting broker brokers brokered brokering convene")


def host_before(s: _Sentence, k: int) -> bool:
    """Whether the noun at ``k`` is the object of a verb of hosting ("to host talks",
    "brokered the talks")."""
    tt = s.tt
    j = k - 1
    while j >= s.start and j > k - 3 and tt.lower[j] in ("the", "direct", "new", "peace"):
        j -= 1
    return j >= s.start and tt.lower[j] in _HOSTING


def main_subject(s: _Sentence, before: int) -> Group | None:
    """The subject of the sentence's main clause when it opens the sentence: its first group,
    within two tokens of the start, followed by a relative clause or directly by a verb, and
    ending before ``before`` with no semicolon or colon in between. None when unsure."""
    tt = s.tt
    g = s.first_group()
    if g is None or g.end >= before or g.start - s.start > 2:
        return None
    if any(tt.lower[i] in (";", ":") for i in range(g.end, before)):
        return None
    nxt = tt.lower[g.end] if g.end < s.end else ""
    if nxt == "," and g.end + 1 < s.end and tt.lower[g.end + 1] in ("which", "who"):
        return g
    return g if nxt in lx.BE_AUX or nxt in lx.VERB_FORMS else None


def coordinated_verb_subject(s: _Sentence, j: int) -> Group | None:
    """ "X, which ..., has criticised Z and has accused Y": the verb after "and" (at ``j``)
    shares the subject of the first verb, the sentence's main subject."""
    if j < s.start or s.tt.lower[j] != "and":
        return None
    return main_subject(s, j)


def adjunct_receiver(s: _Sentence, k: int) -> Group | None:
    """ "X, which seeks independence with the support of Z, ...": support named in a "with"
    adjunct goes to the clause's subject -- the antecedent of the relative clause it stands
    in, the subject after a fronted "With the support of Z, X ...", or the main subject."""
    tt = s.tt
    j = k - 1
    while j > s.start and tt.lower[j] in ("the", "full", "active", "military", "financial"):
        j -= 1
    if j < s.start or tt.lower[j] != "with":
        return None
    if j == s.start:
        return fronted_subject(s, k)
    for i in range(j - 1, max(s.start, j - 20), -1):
        w = tt.lower[i]
        if w in ("which", "who") and tt.text[i - 1] == ",":
            return s.group_at_end.get(i - 1)
        if w in (";", ":", "that") or w in lx.VERB_FORMS:
            break
    return main_subject(s, j)


_MONTH_WORDS = frozenset(w.lower() for w in lx.MONTHS) | wordset("early late mid")


def after_time_adjunct(s: _Sentence, t_end: int) -> Group | None:
    """ "X has recognised in December 2020 the sovereignty of Y" (translated word order): a
    date adjunct between the verb and its object; the object after it."""
    tt = s.tt
    if t_end >= s.end or tt.lower[t_end] not in ("in", "on", "since"):
        return None
    k = t_end + 1
    while k < min(s.end, t_end + 5) and (tt.lower[k] in _MONTH_WORDS or tt.text[k].isdigit()):
        k += 1
    if k == t_end + 1 or (k < s.end and tt.text[k] == ","):
        return None
    return s.right_group(k, limit=6)


_OFFICIALS = wordset("officials authorities")


def officials_state(s: _Sentence, j: int) -> Group | None:
    """ "X's accusation came within hours: officials blamed Y": bare "officials" just before
    the verb (``j``) speak for the state named first in the sentence, when it is a state."""
    tt = s.tt
    if j < s.start or tt.lower[j] not in _OFFICIALS:
        return None
    if j - 1 >= s.start and (tt.text[j - 1][:1].isupper() or j in s.group_at_end):
        return None  # "Zedish officials" names its own state
    g = s.first_group()
    if g is None or g.end > j or len(g.members) != 1:
        return None
    return g if s.kinds.get(g.members[0].entity) == "state" else None
