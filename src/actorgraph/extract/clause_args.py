"""Argument finders for clauses whose arguments are hidden by what stands between them.

``relations`` links a trigger to the nearest actors; these helpers step over the material
that breaks that: a chain of coordinated participles ("Y, armed and funded by X"), a
description in apposition ("Y, the northern group backed by X"), a participial clause
between a subject and its verb ("Y, also backed by X, is at war with Z"), a quoted
adverbial between a verb and its object (translated word order: 'backs "firmly" the
efforts of Y'), a thing received ("Y received drones from X"), an envoy sent to a capital
("X sent its foreign minister to CAPITAL"), and a definite event noun that refers back to
an attack named just before ("Y struck Z. X condemned the attack"). Each returns a group
(or token index) of the sentence, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract import lexicon_frames as fr
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.mentions import TokMention
    from actorgraph.extract.relations import Group, _Sentence
    from actorgraph.extract.tokens import TokenTable
    from actorgraph.records import Relation

# Quote-mark tokens (spaCy splits them off), shared with frame_args.
QUOTE_TOKENS = frozenset({'"', "“", "”", "‘", "’", "'"})
_DETERMINERS = wordset("the a an this that these those")


def _past_participle(word: str) -> bool:
    """A lower-case word that may be a past participle ("armed", "led", "sent")."""
    verb = lx.VERB_FORMS.get(word)
    frame = fr.FRAME_FORMS.get(word)
    return (
        (verb is not None and verb[1] == "past")
        or (frame is not None and frame[2] == "past")
        or (word.endswith("ed") and word.isalpha())
    )


def skip_participles(s: _Sentence, j: int) -> int:
    """ "Y, armed and funded by X": from the word before the last participle of a chain,
    the index before the chain's first participle (``j`` itself when there is no chain)."""
    tt = s.tt
    while (
        j - 1 > s.start
        and tt.lower[j] in ("and", "or", ",")
        and tt.text[j - 1].islower()
        and _past_participle(tt.lower[j - 1])
    ):
        j -= 2
    return j


def apposition_head(s: _Sentence, j: int) -> Group | None:
    """ "Y, the northern group backed by X": the words before the participle (ending at
    ``j``) are a description in apposition, opened by a determiner after a comma; the group
    before that comma is what the participle describes. At most five words are crossed."""
    tt = s.tt
    i = j
    while i > s.start and i > j - 6:
        w = tt.lower[i]
        if w in _DETERMINERS:
            if tt.text[i - 1] == ",":
                g = s.group_at_end.get(i - 1)
                if g is None and tt.text[i - 2] == ")":  # "X (ACR), the group backed by Y"
                    g = s.group_at_end.get(i - 2)
                return g
            return None
        g = s.group_at_end.get(i + 1)
        if g is not None and g.start <= i:  # "the Lebanese group": an adjective mention
            i = g.start - 1
            continue
        capitalised = tt.text[i][:1].isupper() and tt.text[i].isalpha()  # "a Nuer militia"
        if not (tt.text[i].islower() or capitalised) or w in lx.VERB_FORMS or w in _STOPS:
            return None
        i -= 1
    return None


_STOPS = frozenset((",", "and", "or", "by"))


def participial_subject(s: _Sentence, g: Group) -> Group | None:
    """ "Y, also backed by X, is at war with Z": ``g`` is the agent inside a participial
    clause set off by commas before the verb, so the verb's subject is the group before
    the clause (None when no actor stands there). Any other ``g`` is returned unchanged."""
    tt = s.tt
    if g.end >= s.end or tt.text[g.end] != "," or g.start - 2 < s.start:
        return g
    i = g.start - 1
    while i > s.start and (tt.text[i] in lx.TITLE_WORDS or tt.lower[i] in _DETERMINERS):
        i -= 1  # "commanded by General X", "led by the general X"
    if tt.lower[i] != "by" or i - 1 <= s.start:
        return g
    i -= 1
    if not (tt.text[i].islower() and _past_participle(tt.lower[i])):
        return g
    i -= 1
    while i > s.start and (tt.lower[i].endswith("ly") or tt.lower[i] in ("also", "long")):
        i -= 1
    if tt.text[i] != ",":
        return g
    return s.group_at_end.get(i)


def object_after_quote(s: _Sentence, t_end: int) -> Group | None:
    """'X is supporting "firmly and with determination" the efforts of Y': an adverbial
    in quotes (at most ten tokens) between a verb and its object; the object follows it."""
    tt = s.tt
    k = t_end
    while k < s.end and tt.lower[k].endswith("ly"):
        k += 1
    if k >= s.end or tt.text[k] not in QUOTE_TOKENS:
        return None
    for close in range(k + 1, min(s.end, k + 11)):
        if tt.text[close] in QUOTE_TOKENS:
            return s.right_group(close + 1, limit=6)
        if close in s.group_at_start:
            return None  # a quoted name is the object itself, read elsewhere
    return None


def giver_of_thing(s: _Sentence, t_end: int) -> Group | None:
    """ "Y received armed drones from X": the group after "from" that follows a thing given
    (weapons, aid, loans), all within a few words of the verb."""
    tt = s.tt
    thing = -1
    for k in range(t_end, min(s.end, t_end + 5)):
        if tt.lower[k] in fr.GIVEN_THINGS:
            thing = k
            break
        if k in s.group_at_start or tt.lower[k] in (",", ";", "and", "but", "to"):
            return None
    if thing < 0:
        return None
    for k in range(thing + 1, min(s.end, thing + 4)):
        if tt.lower[k] == "from":
            return s.right_group(k + 1, limit=4)
        if k in s.group_at_start or not tt.text[k].islower():
            return None
    return None


SEND_FORMS = wordset("send sends sent sending")
# Nouns for the people a state sends to meet another ("sent a delegation to CAPITAL").
_ENVOYS = wordset("delegation delegations envoy envoys emissary emissaries mission")


def envoy_destination(s: _Sentence, t_end: int) -> Group | None:
    """ "X sent its foreign minister NAME to CAPITAL", "X sent a delegation to CAPITAL":
    sending a person or an envoy to another actor is a visit; returns the host group.

    The object is a person mention (over titles and role nouns) or an envoy noun, and "to"
    follows it at once (a place adjunct such as "on Monday" may come after the host)."""
    tt = s.tt
    k = t_end
    end_obj = -1
    while k < min(s.end, t_end + 9):
        g = s.group_at_start.get(k)
        if g is not None:
            if not all(s.kinds.get(m.entity) == "person" for m in g.members):
                return None
            end_obj = g.end
            break
        w = tt.lower[k]
        if w in _ENVOYS:
            end_obj = k + 1
            break
        outside = not (tt.text[k].islower() or tt.text[k] in lx.TITLE_WORDS) or w in (",", "to")
        if outside and tt.text[k] != "-":  # "sub-secretary": a hyphen inside a title passes
            return None
        k += 1
    if end_obj < 0 or end_obj >= s.end or tt.lower[end_obj] != "to":
        return None
    return s.right_group(end_obj + 1, limit=2)


# Definite nouns for a hostile act that can refer back to one named just before.
_EVENT_NOUNS = wordset(
    "attack attacks strike strikes airstrike airstrikes raid raids incursion incursions "
    "offensive assault bombing bombings bombardment invasion shelling"
)
_EVENT_MODIFIERS = wordset("latest recent deadly overnight weekend military air")


def event_noun_in(lower: list[str], start: int, end: int, agents: list[str]) -> list[str]:
    """``agents`` when words [start, end) hold a hostile-event noun, else an empty list: a
    sentence with one actor is worth scanning only for "X condemned the attack"."""
    return agents if any(w in _EVENT_NOUNS for w in lower[start:end]) else []


def event_anaphor(s: _Sentence, t_end: int) -> tuple[int, int] | None:
    """ "X condemned the attack", "X denounced these strikes": the token span of a definite
    hostile-event noun right after the verb, with no actor of its own after it, or None."""
    tt = s.tt
    k = t_end
    if k >= s.end or tt.lower[k] not in _DETERMINERS - {"a", "an"}:
        return None
    k += 1
    while k < min(s.end, t_end + 4) and tt.lower[k] in _EVENT_MODIFIERS:
        k += 1
    if k >= s.end or tt.lower[k] not in _EVENT_NOUNS:
        return None
    nxt = k + 1
    if (
        nxt < s.end
        and tt.lower[nxt] in ("on", "against", "by", "of", "in")
        and (s.right_group(nxt + 1, limit=4) is not None)
    ):
        return None  # "condemned the attack on Y": the noun names its own participants
    return t_end, k + 1


_LEAD = 2  # the last sentence of an article's lead, whose attack is the story's event


def prior_agents(
    found: list[Relation], si: int, present: frozenset[str] = frozenset()
) -> list[str]:
    """The one actor that attacked someone in the two sentences before ``si``, as a list
    (empty when several did: the antecedent would be ambiguous). With no attack there, "the
    attack" names the story's event when the sentence names its victim too ("condemned the
    attack as a violation of Y's sovereignty"): the attacker of the first attack of the lead
    (its first three sentences), as news articles report the event first, reactions later.

    ``found`` is the document's relations so far, in sentence order; ``present`` the actors
    named in sentence ``si``."""
    agents: set[str] = set()
    for r in reversed(found):
        if r.sentence < si - 2:
            break
        if r.sentence < si and r.stance == "oppose" and r.type == "attack":
            agents.add(r.source)
    if agents:
        return list(agents) if len(agents) == 1 else []
    for r in found:
        if r.sentence > _LEAD or r.sentence >= si:
            break
        if r.stance == "oppose" and r.type == "attack":
            return [r.source] if r.target in present else []
    return []


# "all three", "the two blocs": plural anaphora that says how many actors it means ("both"
# is left alone: "both sides" is as often the two camps of a war as two named actors).
NUMBERED_CUES = wordset("all the")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_ACTOR_PLURALS = wordset(
    "countries states governments juntas nations blocs sides regimes allies neighbours "
    "neighbors powers members parties organisations organizations"
)
# What may follow a bare "all three" (not "all three men").
_AFTER_BARE = wordset(", . ; : and from to of in on with against have had are were would will")


_STATE_PLURALS = wordset(
    "countries states governments juntas nations regimes neighbours neighbors powers"
)
_BLOC_PLURALS = wordset("blocs organisations organizations")
_ANY_KIND = frozenset({"state", "organization", "armed_group", "government", "person", None})


def numbered_kinds(noun: str) -> frozenset[str | None]:
    """The actor kinds that "the two NOUN" may stand for: states for "countries" or
    "states", organisations for "blocs", any kind for "sides" or a bare "all three"."""
    if noun in _STATE_PLURALS:
        return frozenset({"state"})
    if noun in _BLOC_PLURALS:
        return frozenset({"organization"})
    return _ANY_KIND


def numbered_plural(lower: list[str], k: int, end: int) -> tuple[int, int]:
    """ "all three", "all four states", "the two blocs" at ``k``: how many actors the phrase
    stands for and the token after it; (0, k) for anything else."""
    w = lower[k]
    j = k + 1
    if j < end and lower[j] in _NUMBERS:
        n = _NUMBERS[lower[j]]
        j += 1
    else:
        return 0, k
    if j < end and lower[j] in _ACTOR_PLURALS:
        return n, j + 1
    if w == "the" or (j < end and lower[j] not in _AFTER_BARE):
        return 0, k  # "the two men", "all three men": no anaphora
    return n, j


def opening_subject(tt: TokenTable, cands: list[TokMention], prev_start: int) -> TokMention | None:
    """ "X, who ousted Y, has turned towards Z. He ordered ...": a "he" that opens a sentence
    continues the person who opened the sentence before (starting at ``prev_start``, after
    titles at most), rather than the person named last."""
    for m in cands:
        if m.start >= prev_start and all(
            tt.text[i] in lx.TITLE_WORDS or tt.lower[i] in _DETERMINERS
            for i in range(prev_start, m.start)
        ):
            return m
    return None


_OFFICES = frozenset(w.lower().rstrip(".") for w in lx.TITLE_WORDS) | lx.ROLE_NOUNS


def person_after_possessive(s: _Sentence, g: Group) -> Group | None:
    """ "detained its leader, NAME": when the object ``g`` is a possessive pronoun before an
    office word, the person named in apposition after it (None otherwise)."""
    tt = s.tt
    if g.end - g.start != 1 or tt.lower[g.start] not in lx.POSSESSIVE_PRONOUNS:
        return None
    i = g.end
    while i < min(s.end, g.end + 3) and tt.lower[i] in _OFFICES:
        i += 1
    if i == g.end or i + 1 >= s.end or tt.text[i] != ",":
        return None
    person = s.group_at_start.get(i + 1)
    if person is None or not all(s.kinds.get(m.entity) == "person" for m in person.members):
        return None
    return person


_ACCORDS = wordset("pact pacts treaty accord agreement deal alliance charter")


def names_the_accord(s: _Sentence, t_end: int, g: Group) -> bool:
    """ "X and Y signed a mutual defence pact, the Alliance of Z": the group after a comma
    that follows an accord noun right after the verb names the accord, not a party."""
    tt = s.tt
    return (
        g.start - 1 > t_end
        and tt.text[g.start - 1] in (",", "the")
        and any(tt.lower[i] in _ACCORDS for i in range(t_end, g.start))
        and any(tt.text[i] == "," for i in range(t_end, g.start))
    )


def it_receiver(lower: list[str], k: int, end: int) -> bool:
    """ "Jamaica and Belize have offered it personnel", "sold it jets": an "it" between a
    giving verb and the thing given is the receiver, an actor (not the expletive "it"); a
    quantity or modifiers ("300", "Sukhoi", "military") may stand before the thing."""
    if k - 1 < 0 or not _giving(lower[k - 1]):
        return False
    for i in range(k + 1, min(end, k + 4)):
        if lower[i] in fr.GIVEN_THINGS:
            return True
        if not (lower[i].isalnum() or lower[i] == "-") or lower[i] in lx.PREPOSITIONS:
            return False  # "sold it to Y", "gave it up,": the object, not the receiver
    return False


def _giving(word: str) -> bool:
    frame = fr.FRAME_FORMS.get(word)
    return frame is not None and frame[1] == "give"


_SUBJECT_GLUE = frozenset({",", "and", "or", "the"})


def subject_chain_start(lower: list[str], verb: int, start: int, ends: dict[int, int]) -> int:
    """ "Chile, Peru and Uruguay have offered it ...": the first token of the coordinated
    subject right before the verb at ``verb`` (over auxiliaries and adverbs), so a receiver
    "it" is never resolved to the clause's own subject; ``verb`` when no actor stands there.
    ``ends`` maps a mention's end token to its start."""
    j = verb - 1
    while j >= start and (lower[j] in lx.BE_AUX or lower[j].endswith("ly") or lower[j] == "also"):
        j -= 1
    first = verb
    conjunctions = 0  # a list has one "and" ("A, B and C"): a second one ends the subject
    while j >= start:
        if j + 1 in ends:
            first = ends[j + 1]
            j = first - 1
        elif lower[j] in _SUBJECT_GLUE and first < verb:
            conjunctions += lower[j] in ("and", "or")
            if conjunctions > 1:
                break
            j -= 1
        else:
            break
    return first


# Openings of a parenthetical inside a subject: "five soldiers, among them a colonel, were".
_ASIDE_OPENINGS = (("of", "which"), ("of", "whom"), ("among", "them"), ("among", "whom"))


def head_before_aside(s: _Sentence, comma: int) -> Group | None:
    """ "Five Russian peacekeepers, of which a deputy commander, were killed by X": when
    ``comma`` closes an aside opened by "of which", "among them" or "including" (at most ten
    words before), the group before the aside's opening comma."""
    tt = s.tt
    for i in range(comma - 1, max(s.start, comma - 11), -1):
        if tt.text[i] != ",":
            continue
        two = (tt.lower[i + 1], tt.lower[i + 2]) if i + 2 < comma else ("", "")
        if two in _ASIDE_OPENINGS or tt.lower[i + 1] == "including":
            return s.group_at_end.get(i)
        return None
    return None


def clause_subject_before(s: _Sentence, comma: int) -> Group | None:
    """ "The rebels attacked the town, and by nightfall they were running back to the bush,
    chased by X": a participle after a comma with no actor before it describes the subject
    of the clause before, the last actor followed at once by a verb (an unresolved pronoun
    subject is passed over for the first clause's subject). None at a ";" or when no actor
    stands before a verb in the last 30 words."""
    tt = s.tt
    for i in range(comma - 1, max(s.start, comma - 30), -1):
        if tt.text[i] in (";", ":"):
            return None
        g = s.group_at_end.get(i)
        if g is None:
            continue
        if _finite_verb_like(tt.text[i]):
            return g
    return None


_NOT_VERBS = (
    lx.PREPOSITIONS | lx.DETERMINERS | lx.FORCE_NOUNS | lx.GOVERNMENT_NOUNS | lx.CLAUSE_BREAKS
) | wordset("and or who whom whose which that")


def _finite_verb_like(word: str) -> bool:
    """Whether a lower-case word right after an actor can be its verb ("X threw", "X has",
    "X attacked"); not a preposition, a determiner, a conjunction or a head noun such as
    "forces" ("Russian forces")."""
    return word.isalpha() and word.islower() and word not in _NOT_VERBS


_OBJECT_OPENERS = lx.DETERMINERS | lx.VERB_PARTICLES | {"alongside", "against", "beside"}


def relative_that_verb(tt: TokenTable, k: int, end: int) -> bool:
    """ "a militia that fought alongside Y", "the group that armed the rebels": a past form
    after "that" is the verb of a relative clause (not "that armed group", a determiner and a
    participle used as an adjective) when an object or a particle follows it."""
    nxt = k + 1
    if nxt >= end:
        return False
    return tt.lower[nxt] in _OBJECT_OPENERS or tt.text[nxt][:1].isupper()


_THREATS = wordset("warn warns warned warning threaten threatens threatened threatening")
_ANY = wordset("any a an the further new another every")


def act_author_after_that(s: _Sentence, trig: lx.Trigger, t_end: int) -> Group | None:
    """ "X warned that any American attack would be met with a response", "X threatened that
    a new Israeli strike would ...": the author of the hostile act the warning names."""
    tt = s.tt
    if trig.type not in ("warn", "threaten") or t_end >= s.end or tt.lower[t_end] != "that":
        return None
    i = t_end + 1
    while i < min(s.end, t_end + 3) and tt.lower[i] in _ANY:
        i += 1
    g = s.group_at_start.get(i)
    if g is None or g.end >= s.end:
        return None
    j = g.end + 1 if tt.text[g.end] in lx.POSSESSIVE_MARKS else g.end
    return g if j < s.end and tt.lower[j] in _EVENT_NOUNS | _HOSTILE_MOVES else None


_HOSTILE_MOVES = wordset("aggression intervention escalation provocation move moves retaliation")


_DATE_WORDS = (
    frozenset(w.lower() for w in lx.MONTHS)
    | frozenset(w.lower() for w in lx.WEEKDAYS)
    | wordset(", the last this next early late")
)
_TARGET_PREPOSITIONS = wordset("on against to for with")


def target_after_date(s: _Sentence, t_end: int) -> Group | None:
    """ "imposed sanctions on October 14 on three Turkish ministers": when the first "on"
    opens a date, the target after the preposition that follows it."""
    tt = s.tt
    if t_end + 1 >= s.end or tt.lower[t_end] not in ("on", "in"):
        return None
    i = t_end + 1
    if tt.lower[i] not in _DATE_WORDS:
        return None
    while i < min(s.end, t_end + 6) and (tt.lower[i] in _DATE_WORDS or tt.lower[i].isdigit()):
        i += 1
    if i + 1 >= s.end or tt.lower[i] not in _TARGET_PREPOSITIONS:
        return None
    return s.right_group(i + 1, limit=5)


def venue_state(s: _Sentence, pos: int) -> Group | None:
    """ "negotiated by X in Ankara": the state whose capital (or name) follows "in" right
    after the agent; the host of talks held there is the other party."""
    if pos + 1 >= s.end or s.tt.lower[pos] != "in":
        return None
    g = s.group_at_start.get(pos + 1)
    if g is None or not all(s.kinds.get(m.entity) == "state" for m in g.members):
        return None
    nxt = s.tt.text[g.end] if g.end < s.end else "."
    return None if nxt in lx.POSSESSIVE_MARKS else g
