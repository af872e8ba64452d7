"""Subjects and agents that a clause keeps far from its verb.

"X, who seized power by ousting Y": a gerund after "by" belongs to the clause it ends.
"He ordered ..., and received Z": a verb after "and" shares the sentence's opening subject
(or the antecedent of the relative clause it continues). "X is said to be weighing
sanctions": X, before "is said to". "would protect General X and train Y": the object of
the first verb is not the subject of the second. "recognised within the hour by X, Y and
most of the members of Z": a time adjunct before "by", and a list of agents that ends in a
partitive. Each returns a group of the sentence (or a token index, or a yes/no), and None
(-1, False) when unsure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract.lexicon_roles import REPORT_BARE, REPORT_THAT, wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, Member, _Sentence

_SAID = wordset("said reported believed thought understood rumoured rumored alleged known")
_BE_FORMS = wordset("is are was were")
_ARTICLES = wordset("the a an this these those")


def _relative_before(s: _Sentence, pos: int, reach: int = 25) -> Group | None:
    """The antecedent of a ", who/which ..." clause that runs up to ``pos`` with no comma,
    semicolon or colon inside it."""
    tt = s.tt
    for i in range(pos - 1, max(s.start, pos - reach), -1):
        w = tt.lower[i]
        if w in ("who", "which") and tt.text[i - 1] == ",":
            return s.group_at_end.get(i - 1)
        if w in (",", ";", ":"):
            return None
    return None


def by_gerund_subject(s: _Sentence, by: int) -> Group | None:
    """ "X, who seized power by ousting Y", "X won by defeating Y": the subject of the
    clause that the "by" + gerund phrase at ``by`` ends."""
    return _relative_before(s, by) or s.left_group(by, skip_objects=True)


def coordinated_subject(s: _Sentence, and_: int) -> Group | None:
    """ "He ordered ... last year, and received NAME": a verb after "and" (at ``and_``)
    shares the subject of the clause it continues -- the antecedent of a relative clause
    ("NAME, who took the oath ... and was recognised by X"), else the group that opens the
    clause (the sentence, or the part after the last ", and"), over articles and titles and
    followed by a lower-case word."""
    tt = s.tt
    rel = _relative_before(s, and_)
    if rel is not None:
        return rel
    start = s.start
    for i in range(and_ - 1, s.start, -1):
        if tt.lower[i] == "and" and tt.text[i - 1] == ",":
            start = i + 1  # "X flew to Y, and Chinese authorities closed ... and detained Z"
            break
    i = start
    while i < and_ and (tt.lower[i] in _ARTICLES or tt.text[i] in lx.TITLE_WORDS):
        i += 1
    g = s.group_at_start.get(i)
    if g is None or g.end >= and_:
        return None
    nxt = tt.text[g.end]
    return g if nxt.isalpha() and nxt.islower() and nxt not in lx.PREPOSITIONS else None


def said_to_subject(s: _Sentence, k: int) -> Group | None:
    """ "X is said to be weighing sanctions against Y", "officers in CITY were said to be
    negotiating with Y": the subject before "is/are said to" (over a relative clause set
    off by commas), for a trigger at ``k`` at most five lower-case words after "to"."""
    tt = s.tt
    for i in range(k - 1, max(s.start + 1, k - 7), -1):
        w = tt.lower[i]
        if w == "to" and tt.lower[i - 1] in _SAID and i - 2 >= s.start:
            be = i - 2
            if tt.lower[be] not in _BE_FORMS:
                return None
            if be - 1 >= s.start and tt.text[be - 1] == ",":
                return _relative_before(s, be - 1)
            return s.left_group(be)
        if not tt.text[i].islower() or i in s.group_at_end:
            return None
    return None


def partitive_members(s: _Sentence, g: Group) -> tuple[int, list[Member]] | None:
    """ "by X, Y and most of the capitals of Z": the actors after ``g`` in a list that ends
    with a partitive (and + most/many/some/all + "of the" + noun + "of" + Z), with the end
    of the list."""
    tt = s.tt
    members: list[Member] = []
    i = g.end
    while i + 1 < s.end and tt.text[i] == "," and i + 1 in s.group_at_start:
        nxt = s.group_at_start[i + 1]
        members += nxt.members
        i = nxt.end
    if i + 5 >= s.end or tt.lower[i] not in ("and", ",") or tt.lower[i + 1] not in _MOST:
        return None
    if tt.lower[i + 2] != "of":
        return None
    j = i + 3
    while j < min(s.end, i + 7) and tt.text[j].islower() and tt.lower[j] != "of":
        j += 1
    if j >= s.end or tt.lower[j] != "of":
        return None
    last = s.right_group(j + 1, limit=2)
    if last is None:
        return None
    return last.end, [*members, *last.members]


_MOST = wordset("most many some all several")


def agent_after_adjunct(tt_lower: list[str], k: int, end: int) -> bool:
    """ "recognised within the hour by X", "condemned on Monday by Y": a short time adjunct
    (at most four words) between a past participle and "by"."""
    for i in range(k, min(end, k + 5)):
        w = tt_lower[i]
        if w == "by":
            return i > k
        if w == "to" and i == k and i + 2 < end and tt_lower[i + 2] == "by":
            return tt_lower[i + 1] in _DATIVE_PRONOUNS  # "is reproached to him by X"
        if w not in _TIME_ADJUNCT and not w.isdigit():
            return False
    return False


_DATIVE_PRONOUNS = wordset("him her them it")


def dative_before_agent(s: _Sentence, t_end: int, by: int) -> Group | None:
    """ "the council, which is reproached to him by the opposition", "arms were sent to Y by
    X": the actor after "to", right before the agent, is the one the act is done to."""
    if t_end + 1 >= by or s.tt.lower[t_end] != "to":
        return None
    g = s.group_at_start.get(t_end + 1)
    return g if g is not None and g.end == by else None


_TIME_ADJUNCT = (
    wordset("within in on during the a an same last this that hour hours day days week weeks")
    | wordset("month months year morning evening night weekend minutes quickly swiftly")
    | frozenset(w.lower() for w in lx.WEEKDAYS)
    | frozenset(w.lower() for w in lx.MONTHS)
)


def governing_verb(s: _Sentence, g: Group) -> int:
    """ "would protect Captain NAME, the junta leader, and train ...": the index of the
    relation verb whose object ``g`` is (over titles and determiners), or -1."""
    tt = s.tt
    i = g.start - 1
    while i > s.start and (tt.text[i] in lx.TITLE_WORDS or tt.lower[i] in _ARTICLES):
        i -= 1
    return i if i >= s.start and tt.lower[i] in lx.VERB_FORMS else -1


def first_verb_subject(s: _Sentence, src: Group | None, j: int) -> Group | None:
    """ "would protect General X, the junta leader, and train Y": when the verb follows
    "and" (at ``j``) and the group found before it is the object of an earlier verb, that
    verb's subject instead; else ``src`` unchanged."""
    if src is None or j < s.start or s.tt.lower[j] != "and":
        return src
    verb = governing_verb(s, src)
    return src if verb < 0 else s.left_group(verb, skip_objects=True)


def long_relative_antecedent(s: _Sentence, comma: int, reach: int = 35) -> Group | None:
    """ "X, who seized power by ousting another officer, NAME, has turned ...": the
    antecedent of a ", who ..." clause closed by the comma at ``comma``, over commas of
    appositions inside it (the first ", who/which" going back; a semicolon stops)."""
    tt = s.tt
    for i in range(comma - 1, max(s.start, comma - reach), -1):
        w = tt.lower[i]
        if w in ("who", "which") and tt.text[i - 1] == ",":
            return s.group_at_end.get(i - 1)
        if w in (";", ":"):
            return None
    return None


def and_before_aside(s: _Sentence, comma: int) -> int:
    """ "X closed the border and, according to people close to Y, detained Z": for the comma
    (at ``comma``) that closes an "according to ..." aside opened right after "and", the
    index of that "and"; -1 otherwise."""
    tt = s.tt
    for i in range(comma - 1, max(s.start, comma - 12), -1):
        if tt.text[i] == ",":
            ok = i + 2 < comma and tt.lower[i + 1] == "according" and tt.lower[i + 2] == "to"
            return i - 1 if ok and i - 1 >= s.start and tt.lower[i - 1] == "and" else -1
    return -1


_SPEECH = REPORT_BARE | REPORT_THAT
_FINITE_AUX = wordset("would will could can may might must had has have is are was were")


def speaker_side(s: _Sentence, src: Group | None, k: int) -> Group | None:
    """ "A channel linked to X, the force that Y set up, said the first contingent would
    protect Z": the reported clause's subject is a common noun phrase, which stands for the
    speaker's side; the speaker is the sentence's first group (X), not the nearest group
    before "said" (Y). ``src`` unchanged when the clause is not of that shape."""
    if src is None:
        return None
    tt = s.tt
    for i in range(src.end, k):
        if tt.lower[i] not in _SPEECH:
            continue
        j = i + 2 if i + 1 < k and tt.lower[i + 1] == "that" else i + 1
        if j >= k or tt.lower[j] not in _ARTICLES:
            return src
        j += 1
        while j < k and tt.text[j].islower() and tt.lower[j] not in _FINITE_AUX:
            j += 1
        if j >= k or tt.lower[j] not in _FINITE_AUX or j == i + 2:
            return src
        first = s.first_group()
        return first if first is not None and first.end <= src.end else src
    return src


_ASIDE_OPENERS = wordset("on in at during after before under with while for from despite amid")
_BEFORE_ASIDE = wordset("too also itself themselves alone")


def subject_before_aside(s: _Sentence, comma: int) -> Group | None:
    """ "X, on a rare visit to Y on Tuesday, described ...", "Kiev too, under President Z,
    sold him tanks": the group before a prepositional aside that ``comma`` closes (no other
    comma inside it)."""
    tt = s.tt
    for i in range(comma - 1, max(s.start, comma - 16), -1):
        w = tt.lower[i]
        if w in (";", ":"):
            return None
        if w == ",":
            if i + 1 >= comma or tt.lower[i + 1] not in _ASIDE_OPENERS:
                return None
            j = i - 1 if i - 1 > s.start and tt.lower[i - 1] in _BEFORE_ASIDE else i
            return s.group_at_end.get(j)
    return None
