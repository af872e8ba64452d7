"""Argument finders for constructions whose arguments stand far from the trigger.

``relations`` links a trigger to the actors right around it; these helpers reach further
when a construction says where to look: a pair after "between" past place and time
adjuncts ("the accord signed in CITY on Friday between X and Y"), a giver after the target
("support for X from partners, including Y"), a state named by the place attacked ("the
bombing of a police academy in CAPITAL"), the antecedent of "whose" before a passive, the
speaker of a clause with no subject of its own ("X said there would be no talks with Y",
"X said Y must leave"). Each returns a group of the sentence, or None.

Three helpers serve the nominal reading elsewhere: which antecedents "its" may take
(``its_candidates``), the list gap between "Mr A and Mr B" without the titles
(``untitled_gap``), and a predicate that puts a nominal event in doubt ("a meeting between X
and Y ... remains uncertain", ``outcome_polarity``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from actorgraph.extract import appositions as ap
from actorgraph.extract import lexicon as lx
from actorgraph.extract.lexicon_roles import REPORT_BARE, REPORT_THAT, wordset

if TYPE_CHECKING:
    from actorgraph.extract.mentions import TokMention
    from actorgraph.extract.relations import Group, _Sentence
    from actorgraph.extract.tokens import TokenTable

# Words of place and time adjuncts between a trigger and a later argument ("signed in
# the capital on Friday", "held last week"): prepositions, determiners and time words.
_ADJUNCT_WORDS = wordset(
    "in at on near outside during after before last this next early late week month year "
    "weekend morning evening night overnight today yesterday the a an its their"
)
# Verbs that say someone must go: "Y must leave the town", "Y should withdraw".
LEAVE_VERBS = wordset("leave withdraw quit vacate go depart")
MODALS_OF_DEMAND = wordset("must should")
# What the giver of support is called between "from" and its names ("from European
# partners, including Y and Z").
_GIVER_BRIDGE = wordset(
    "partners allies friends backers donors governments countries states nations members "
    "including such as notably especially among them , – — the its their several many some "
    "european western arab african asian gulf regional international foreign"
)
# Words that end the phrase or clause an argument is looked for in.
_CLAUSE_STOPS = wordset(", ; : and or but which who that when where while because by")
# Reporting verbs whose subject speaks for a clause that has no subject of its own.
_REPORTING = REPORT_BARE | REPORT_THAT


def _after_adjuncts(s: _Sentence, t_end: int, word: str) -> int:
    """Index of ``word`` reached from ``t_end`` over place and time adjuncts ("in the capital on
    Friday", "last week"), at most eight tokens on; -1 when anything else comes first."""
    tt = s.tt
    k = t_end
    while k < min(s.end, t_end + 9):
        w = tt.lower[k]
        if w == word:
            return k
        g = s.group_at_start.get(k)
        if g is not None:
            i = k - 1  # "in State House": capitalised words may come before the place's actor
            while i > t_end and tt.text[i][:1].isupper():
                i -= 1
            if k == t_end or tt.lower[i] not in ("in", "at", "near", "outside"):
                return -1  # an actor that is no place adjunct is another argument
            k = g.end
            continue
        if not (w in _ADJUNCT_WORDS or tt.text[k][:1].isupper()):
            return -1
        k += 1
    return -1


def pair_between(s: _Sentence, t_end: int) -> Group | None:
    """ "signed in the capital on Friday between X and Y": the coordinated pair after "between"."""
    at = _after_adjuncts(s, t_end, "between")
    if at < 0:
        return None
    pair = s.right_group(at + 1, limit=4)
    return pair if pair is not None and len(pair.members) > 1 else None


# Plural nouns for the people who meet for an actor ("between US diplomats and Y").
_PEOPLE_NOUNS = wordset(
    "diplomats officials negotiators envoys delegates delegation delegations representatives "
    "leaders ministers commanders generals officers emissaries mediators"
)


def people_pair(s: _Sentence, at: int) -> Group | None:
    """ "between US diplomats and Y", "between Zedish officials and Y's envoys": two parties
    after "between" (at ``at``), each a group that may be followed by a plural noun for the
    people who speak for it; None unless both parties are found."""
    tt = s.tt
    first = s.right_group(at, limit=3)
    if first is None:
        return None
    k = first.end
    while k < min(s.end, first.end + 2) and tt.lower[k] in _PEOPLE_NOUNS:
        k += 1
    if k == first.end or k >= s.end or tt.lower[k] != "and":
        return None
    second = s.right_group(k + 1, limit=3)
    if second is None:
        return None
    return replace(first, end=second.end, members=[*first.members, *second.members])


_REQUESTS = wordset("request requests appeal appeals plea pleas call calls")


def asked_for(s: _Sentence, k: int) -> bool:
    """ "the request for help", "appeals for assistance": help that is only asked for at
    ``k`` relates no giver to a receiver."""
    return k - 2 >= s.start and s.tt.lower[k - 1] == "for" and s.tt.lower[k - 2] in _REQUESTS


def pair_of(tgt: Group | None) -> Group | None:
    """ "a joint summit of the two blocs", "a meeting of X and Y": a consultation "of" a
    group of two or more actors is held between them."""
    return tgt if tgt is not None and len(tgt.members) > 1 else None


def whose_owner(s: _Sentence, k: int) -> Group | None:
    """ "X, whose partnership with Y ...": the antecedent of "whose" right before the noun
    at ``k`` (over at most two lower-case modifiers) is the noun's possessor."""
    tt = s.tt
    j = k - 1
    while j > s.start and j >= k - 3 and tt.text[j].islower() and tt.lower[j] != "whose":
        j -= 1
    if j - 1 <= s.start or tt.lower[j] != "whose" or tt.text[j - 1] != ",":
        return None
    return ap.group_before_comma(s, j - 1)


def partner_with(s: _Sentence, t_end: int) -> Group | None:
    """ "met on Sunday in CITY with the head of X, the ambassador Y": the party after "with"
    (past place and time adjuncts); for "the head of X, (title) Y" the person Y."""
    at = _after_adjuncts(s, t_end, "with")
    if at < 0:
        return None
    tt = s.tt
    k = at + 1
    if k < s.end and tt.lower[k] in ("the", "a", "an"):
        k += 1
    if k + 1 < s.end and tt.lower[k] in lx.ROLE_NOUNS and tt.lower[k + 1] == "of":
        org = s.right_group(k + 2, limit=3)
        if org is None:
            return None
        if org.end + 1 < s.end and tt.text[org.end] == ",":
            j = org.end + 1
            while j < min(s.end, org.end + 5) and (
                tt.lower[j] in ("the", "a", "an") or tt.lower[j] in lx.ROLE_NOUNS
            ):
                j += 1
            return s.group_at_start.get(j) or org
        return org
    return s.right_group(at + 1, limit=6)


def giver_after_target(s: _Sentence, tgt_end: int) -> Group | None:
    """ "support for X from European partners, including Y and Z": the giver after "from"."""
    tt = s.tt
    if tgt_end >= s.end or tt.lower[tgt_end] != "from":
        return None
    k = tgt_end + 1
    while k < min(s.end, tgt_end + 10):
        if k in s.group_at_start:
            return s.group_at_start[k]
        if tt.lower[k] not in _GIVER_BRIDGE:
            return None
        k += 1
    return None


def place_state(s: _Sentence, pos: int) -> Group | None:
    """ "the bombing of a police academy in CAPITAL", "shelled a market in CAPITAL": a hostile
    act against a place inside a state names that state (by its name or capital) as target.

    Only lower-case words of the place's noun phrase may stand between ``pos`` and "in"."""
    tt = s.tt
    for k in range(pos, min(s.end - 1, pos + 6)):
        w = tt.lower[k]
        if w == "in" and k > pos:
            g = s.group_at_start.get(k + 1)
            if g is not None and all(s.kinds.get(m.entity) == "state" for m in g.members):
                return g
            return None
        if k in s.group_at_start or not tt.text[k].islower() or w in lx.VERB_FORMS:
            return None
        if w in _CLAUSE_STOPS:
            return None
    return None


def whose_antecedent(s: _Sentence, j: int) -> Group | None:
    """ "X, whose seizure of power in 2020 was condemned by Y": the group before ", whose",
    seen from the last word before the passive verb (at most ten tokens back)."""
    tt = s.tt
    for i in range(j, max(s.start, j - 10), -1):
        w = tt.lower[i]
        if w == "whose":
            return s.group_at_end.get(i - 1) if tt.text[i - 1] == "," else None
        if w in _CLAUSE_STOPS or w in lx.VERB_FORMS or i in s.group_at_start:
            return None
    return None


def reporting_subject(s: _Sentence, pos: int, limit: int = 8) -> Group | None:
    """The subject of the reporting verb whose complement starts just after ``pos``:
    "X said (on Monday) (that) there would be no talks" -> X.

    Scans back from ``pos`` over "that" and short adjuncts to a reporting verb, at most
    ``limit`` tokens, stopping at any actor or clause break."""
    tt = s.tt
    for i in range(pos, max(s.start, pos - limit) - 1, -1):
        w = tt.lower[i]
        if w in _REPORTING:
            return s.left_group(i, limit=10, skip_objects=False)
        if i in s.group_at_start or i + 1 in s.group_at_end:
            return None
        if w in _CLAUSE_STOPS - {"that"} or w in ('"', "“", "”"):
            return None
    return None


def demanded_departure(s: _Sentence, k: int) -> tuple[Group | None, Group | None]:
    """ "X said Y must leave the town": (X, Y). ``k`` is the modal; Y is the group right
    before it and X the subject of the reporting verb before Y."""
    tt = s.tt
    j = k - 1
    while j >= s.start and tt.lower[j] in (",", "still", "now", "also", "all"):
        j -= 1
    leaving = s.group_at_end.get(j + 1)
    if leaving is None:
        leaving = s.left_group(k, limit=12)
    if leaving is None:
        return None, None
    return reporting_subject(s, leaving.start - 1), leaving


_EXISTENTIAL_FILL = wordset("no any more further be been is are was were would will could")


def existential_speaker(s: _Sentence, k: int) -> Group | None:
    """ "X said (that) there would be no negotiations with Y": a nominal trigger in an
    existential clause has no subject of its own; the speaker of the clause is its source."""
    tt = s.tt
    i = k - 1
    while i > s.start and i > k - 6 and tt.lower[i] in _EXISTENTIAL_FILL:
        i -= 1
    if i <= s.start or tt.lower[i] != "there":
        return None
    return reporting_subject(s, i - 1)


# Nouns for someone a state sends to another body ("X's ambassador to the UN").
_ENVOY_NOUNS = wordset(
    "ambassador ambassadors envoy envoys representative representatives delegate delegates "
    "delegation emissary"
)


def envoy_sender(s: _Sentence, g: Group) -> Group | None:
    """ "X's ambassador to the UN accused Y", "the Zedish envoy to the bloc warned Y": the
    group before the verb is where the envoy is posted; the envoy speaks for X."""
    tt = s.tt
    i = g.start - 1
    while i > s.start and tt.lower[i] in ("the", "a", "an"):
        i -= 1
    if i - 2 < s.start or tt.lower[i] != "to" or tt.lower[i - 1] not in _ENVOY_NOUNS:
        return None
    j = i - 2
    if tt.text[j] in lx.POSSESSIVE_MARKS:
        return s.group_at_end.get(j)
    return s.group_at_end.get(j + 1)  # "the Zedish envoy": an adjective mention


# Nouns for the anonymous people a relative clause is attributed to ("which officials say").
_SAYERS = wordset(
    "official officials source sources diplomat diplomats analyst analysts expert experts "
    "observer observers researcher researchers intelligence critic critics"
)
_SAYER_MODIFIERS = wordset("the some several many senior military security")


def reported_relative(s: _Sentence, verb: int) -> Group | None:
    """ "X, which Zedish officials say armed Y": the reporting verb at ``verb`` stands between
    the relative word and the trigger; the relative's antecedent X is the trigger's subject.

    Between the relative word and the reporting verb only the sayers may come: an actor
    (adjective or name) and nouns such as "officials", at most five tokens."""
    tt = s.tt
    if tt.lower[verb] not in _REPORTING:
        return None
    i = verb - 1
    while i >= max(s.start + 1, verb - 6):
        w = tt.lower[i]
        if w in ("which", "who", "that"):
            before = s.group_at_end.get(i)
            if before is None and tt.text[i - 1] == ",":
                before = s.group_at_end.get(i - 1)
            return before if i + 1 < verb else None
        g = s.group_at_end.get(i + 1)
        if g is not None and g.start <= i:
            i = g.start - 1
            continue
        if not (w in _SAYERS or w in _SAYER_MODIFIERS or tt.text[i][:1].isupper()):
            return None  # "Western officials": capitalised modifiers of the sayers pass
        i -= 1
    return None


def coordinated_it_subject(s: _Sentence, j: int) -> Group | None:
    """ "X imposed sanctions on Y, and it has criticised Z": "it" opening the second of two
    coordinated clauses is the first clause's subject, not the last actor named before it."""
    tt = s.tt
    if j - 1 <= s.start or tt.lower[j] != "it" or tt.lower[j - 1] != "and":
        return None
    first = s.first_group()
    return first if first is not None and first.end < j - 1 else None


def visitor_and_host(s: _Sentence, t_end: int) -> tuple[Group | None, Group | None]:
    """ "a visit by X to CAPITAL in May", "talks by X with Y": the agent after "by" and the
    party after the next "to"/"with" (at most two tokens past the agent)."""
    tt = s.tt
    if t_end >= s.end or tt.lower[t_end] != "by":
        return None, None
    agent = s.right_group(t_end + 1, limit=4)
    if agent is None:
        return None, None
    k = agent.end
    if k < s.end and tt.lower[k] in ("to", "with"):
        return agent, s.right_group(k + 1, limit=3)
    return agent, None


_COUNTERPART_BRIDGE = wordset("his her its their the a an")


def counterpart_named(s: _Sentence, pos: int) -> Group | None:
    """ "spoke with his Zedish counterpart, NAME": the person named in apposition after
    "counterpart", not the owner of "his" nor the state of the adjective."""
    tt = s.tt
    k = pos
    while k < min(s.end, pos + 5):
        w = tt.lower[k]
        if w in ("counterpart", "counterparts"):
            if k + 2 < s.end and tt.text[k + 1] == ",":
                return s.group_at_start.get(k + 2)
            return None
        g = s.group_at_start.get(k)
        if g is not None:
            k = g.end
            continue
        if w not in _COUNTERPART_BRIDGE:
            return None
        k += 1
    return None


# Heads of a sentence-opening noun phrase that stand for the actor named just before
# ("Russia ... . The ministry said its forces ..."): "its" may still point back there.
_ACTOR_PARTS = wordset(
    "ministry ministries government army military forces troops authorities administration "
    "regime spokesman spokeswoman spokesperson president leader leadership junta cabinet "
    "embassy presidency officials command commander minister navy police statement "
    "communique office"
)


def _common_noun_subject(tt: TokenTable, start: int, k: int) -> bool:
    """Whether the sentence opens with "the" and a lower-case noun phrase that is its
    subject ("The coalition said ...") and is not a part of an actor ("The ministry")."""
    if tt.lower[start] != "the":
        return False
    i = start + 1
    while i < k and i < start + 4 and tt.text[i].islower() and tt.text[i][:1].isalpha():
        w = tt.lower[i]
        if w in lx.VERB_FORMS or w in lx.BE_AUX or w in _REPORTING or w in lx.PREPOSITIONS:
            break
        i += 1
    if i == start + 1 or i >= k or tt.lower[i - 1] in _ACTOR_PARTS:
        return False
    nxt = tt.lower[i]
    return nxt in lx.BE_AUX or nxt in _REPORTING or nxt in lx.VERB_FORMS or nxt == ","


def _relation_head_after(tt: TokenTable, k: int) -> bool:
    """Whether a relation noun ("ally", "branch", "creditor") heads the noun phrase starting
    at ``k`` (over at most two lower-case modifiers): "X, its ally" but not "X, its ranks
    thinned", where "its" is X's own."""
    for i in range(k, min(len(tt), k + 3)):
        if tt.lower[i] in ap.RELATION_HEADS:
            return True
        if not tt.text[i].islower() or tt.lower[i] in (",", "of", "in", "and"):
            return False
    return False


def its_candidates(
    tt: TokenTable, start: int, k: int, cands: list[TokMention], resolved_before: bool
) -> list[TokMention]:
    """The antecedents "its" at ``k`` may take among ``cands`` (non-person mentions, the
    sentence's from ``start`` on), read as the determiner of a noun phrase:

    - "X, its ally": a possessive in apposition to X never points to X itself;
    - "The coalition said it had paused its training": with no actor before it in the
      sentence and a common noun as the sentence's subject, "its" is that noun's, not the
      last actor of the previous sentence (unless a definite description before it was
      resolved, ``resolved_before``)."""
    if cands and k - 1 > start and tt.text[k - 1] == "," and _relation_head_after(tt, k + 1):
        last = max(cands, key=lambda m: (m.sent, m.start))
        if last.end == k - 1:
            return [m for m in cands if m.entity != last.entity]
    if (
        not resolved_before
        and not any(m.start >= start for m in cands)
        and _common_noun_subject(tt, start, k)
    ):
        return []
    return cands


def untitled_gap(tt: TokenTable, start: int, end: int) -> list[str]:
    """The lower-case words [start, end) between two coordinated mentions, without the
    titles of the second ("Mr A and Mr B", "X and President Y"): titles stand outside the
    mention but do not break a list. Kept whole when no conjunction comes before them."""
    i = end
    while i > start and tt.text[i - 1] in lx.TITLE_WORDS:
        i -= 1
    gap = tt.lower[start:i]
    if i < end and not any(w in ("and", "or") for w in gap):
        return tt.lower[start:end]
    return gap


_OUTCOME_VERBS = wordset("remains remained is was seems seemed looks looked appears appeared")
# "The meeting between X and Y, expected within days, ...": an event still to come.
_EXPECTED = wordset("expected scheduled slated due planned mooted")
_UNCERTAIN = wordset("uncertain unclear doubtful unlikely unconfirmed")
_CALLED_OFF = wordset("cancelled canceled scrapped")


def outcome_polarity(s: _Sentence, pos: int) -> str:
    """ "A meeting between X and Y, which was planned for Thursday, remains uncertain": the
    predicate after a nominal event (``pos`` ends its arguments, over one relative clause
    set off by commas) that puts the event in doubt ("hedged") or says it was called off
    ("negated"); "" when there is none."""
    tt = s.tt
    k = pos
    if k + 1 < s.end and tt.text[k] == "," and tt.lower[k + 1] in _EXPECTED:
        return "hedged"
    if k + 1 < s.end and tt.text[k] == "," and tt.lower[k + 1] in ("which", "that"):
        close = next((i for i in range(k + 2, min(s.end, k + 25)) if tt.text[i] == ","), -1)
        if close < 0:
            return ""
        k = close + 1
    if k >= s.end or tt.lower[k] not in _OUTCOME_VERBS:
        return ""
    k += 1
    while k < s.end and tt.lower[k] in ("still", "now", "increasingly", "highly", "in"):
        k += 1
    w = tt.lower[k] if k < s.end else ""
    if w in _UNCERTAIN or w == "doubt" and tt.lower[k - 1] == "in":
        return "hedged"
    if w in _CALLED_OFF or (w == "called" and k + 1 < s.end and tt.lower[k + 1] == "off"):
        return "negated"
    return ""


_TIME_PREPOSITIONS = wordset("after before since during following amid until")


def in_time_adjunct(s: _Sentence, k: int) -> bool:
    """Whether the noun at ``k`` heads a time adjunct ("two weeks after the lightning
    offensive of Y", "since the invasion"): the clause's subject did not carry it out."""
    tt = s.tt
    j = k - 1
    while j > s.start and j > k - 4 and tt.text[j].islower() and tt.lower[j] not in lx.PREPOSITIONS:
        j -= 1
    return j >= s.start and tt.lower[j] in _TIME_PREPOSITIONS


# Nouns of armed opponents of a government: a demonym before them says where they fight.
_REBEL_NOUNS = wordset(
    "rebel rebels insurgent insurgents opposition dissident dissidents separatist separatists"
)


def names_rebels(s: _Sentence, g: Group) -> bool:
    """Whether ``g`` is a lone adjective mention right before a noun of rebels ("its Syrian
    rebel allies", "Libyan opposition fighters"): it names the rebels' country, which is
    no party to their relations."""
    tt = s.tt
    return (
        len(g.members) == 1
        and g.end - g.start == 1
        and g.end < s.end
        and tt.lower[g.end] in _REBEL_NOUNS
        and tt.text[g.start][:1].isupper()
        and tt.lower[g.start] != tt.text[g.start]
        and s.kinds.get(g.members[0].entity) == "state"
    )
