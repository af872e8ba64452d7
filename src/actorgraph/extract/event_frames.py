"""Relations carried by a noun phrase or adjunct whose parties stand in a small frame of
their own rather than around a relation verb:

- a call or meeting "in which" one party told another ("a telephone call in which
  President X told Y ...": X and Y consult);
- a deal "with" someone, owned by its possessor or made by the subject of a verb of
  concluding ("X's government approved on Wednesday a deal with Y", "X struck an
  agreement with Y", "X is due to sign a pact with Y": X and Y consult);
- help named in a "with" adjunct ("the alliance that defeated Z with U.S. air power",
  "X struck targets with American missiles": the helper backs the clause's subject);
- an act done "at the request of" someone ("troops deployed at the request of President
  Y": the troops' state backs Y; "at the invitation of Y" is a visit);
- a dated hostile act of a possessor ("the group's October 7 assault on Y");
- a demonym-participle compound before a possessed force ("its American-trained
  brigades": the United States backs their owner).

Each finder starts from one group of the sentence and looks a few tokens around it, so
the cost stays a handful of token looks per group.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract.appositions import Stated, first_found, group_before_comma
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, _Sentence

_CALL, _MEET = lx.NOUNS["call"], lx.VERBS["meet"]
_NEGOTIATE, _AID, _ATTACK = lx.VERBS["negotiate"], lx.VERBS["aid"], lx.VERBS["attack"]
_ARTICLES = wordset("the a an")
_RELATIVES = wordset("that which who")

# --- "a call in which X told Y" -------------------------------------------------------
# Nouns of an exchange between parties, and what one party does to the other in it.
_EXCHANGE_NOUNS = wordset(
    "call calls conversation conversations meeting meetings talks exchange summit "
    "phone-call interview session"
)
_TELLING = wordset(
    "told tells tell assured assures informed informs asked asks promised promises "
    "reassured reassures pledged urged urges briefed"
)


def _skip_titles_back(s: _Sentence, j: int) -> int:
    """Index of the first word before ``j`` that is no title or article ("President")."""
    tt = s.tt
    while j > s.start and (tt.text[j] in lx.TITLE_WORDS or tt.lower[j] in _ARTICLES):
        j -= 1
    return j


def _told_in_exchange(s: _Sentence, heard: Group) -> Stated | None:
    """ "a telephone call in which President X told Y", "talks during which X assured Y":
    the teller and the told consult."""
    tt = s.tt
    v = _skip_titles_back(s, heard.start - 1)
    if v <= s.start or tt.lower[v] not in _TELLING:
        return None
    teller = s.group_at_end.get(v)
    if teller is None:
        return None
    j = _skip_titles_back(s, teller.start - 1)
    if j - 2 < s.start or tt.lower[j] != "which" or tt.lower[j - 1] not in ("in", "during"):
        return None
    if tt.lower[j - 2] not in _EXCHANGE_NOUNS:
        return None
    return Stated(teller, heard, _CALL, j - 2, j - 1, teller.start - 2)


# --- "X approved a deal with Y" ---------------------------------------------------------
_DEAL_NOUNS = wordset(
    "deal deals agreement agreements accord accords truce ceasefire cease-fire memorandum "
    "arrangement understanding bargain settlement pact"
)
# Verbs whose subject is a party to the deal it concludes (never a third party: "brokered").
_CONCLUDING = wordset(
    "approved approve approves struck strike strikes reached reach reaches sealed seal "
    "concluded conclude signed sign signs clinched finalised finalized inked made make "
    "agreed agree negotiated negotiate ratified ratify endorsed endorse accepted accept "
    "cut cuts"
)
_DEAL_STOPS = wordset(", ; : . and but or which who that whose by")


def _deal_noun_before(s: _Sentence, with_: int) -> int:
    """Index of a deal noun ending the phrase before "with" at ``with_`` (over at most three
    lower-case modifiers and hyphens: "a troop-access pact", "a bilateral deal"), or -1."""
    tt = s.tt
    k = with_ - 1
    if k > s.start and tt.lower[k] in _DEAL_NOUNS:
        return k
    return -1


def _concluding_verb(s: _Sentence, noun: int) -> int:
    """Index of the verb of concluding whose object is the deal at ``noun``: over the
    deal's modifiers and article, and over a time adjunct between the verb and its object
    ("approved in the early hours of Wednesday a deal"); -1 when there is none."""
    tt = s.tt
    for i in range(noun - 1, max(s.start, noun - 14) - 1, -1):
        w = tt.lower[i]
        if w in _CONCLUDING:
            return i
        if w in _DEAL_STOPS or i + 1 in s.group_at_end or w in lx.VERB_FORMS:
            return -1
    return -1


def _deal_with(s: _Sentence, other: Group) -> Stated | None:
    """ "X's deal with Y", "X approved a deal with Y", "X, whose government is due to sign
    a pact with Y": X and Y consult."""
    tt = s.tt
    with_ = _skip_titles_back(s, other.start - 1)
    if with_ <= s.start or tt.lower[with_] != "with":
        return None
    noun = _deal_noun_before(s, with_)
    if noun < 0:
        return None
    j = noun - 1
    while j > s.start and j >= noun - 4 and (tt.text[j].islower() or tt.text[j] == "-"):
        if tt.lower[j] in _ARTICLES or tt.lower[j] in lx.POSSESSIVE_PRONOUNS:
            break
        if tt.text[j] in lx.POSSESSIVE_MARKS:
            break
        j -= 1
    owner = None
    if tt.text[j] in lx.POSSESSIVE_MARKS:
        owner = s.group_at_end.get(j)
    elif tt.lower[j] in lx.POSSESSIVE_PRONOUNS:
        g = s.group_at_start.get(j)
        owner = g if g is not None and g.end == j + 1 else None
    if owner is None:
        v = _concluding_verb(s, noun)
        if v < 0:
            return None
        owner = s.left_group(v, limit=10, skip_objects=True)
    if owner is None or owner is other:
        return None
    if _still_due(s, noun):  # "is due to sign a pact with Y": not yet made
        other = replace(other, members=[replace(m, polarity="hedged") for m in other.members])
    return Stated(owner, other, _NEGOTIATE, noun, noun + 1, owner.start - 2)


_DUE = wordset("due expected set scheduled poised slated planning")


def _still_due(s: _Sentence, noun: int) -> bool:
    """Whether the deal at ``noun`` is the object of a verb only due to come ("is due to
    sign", "is expected to conclude"): "ADJ to VERB (a) (modifiers) NOUN"."""
    tt = s.tt
    for i in range(noun - 1, max(s.start, noun - 8), -1):
        if tt.lower[i] == "to" and i - 1 >= s.start:
            return tt.lower[i - 1] in _DUE
        if tt.lower[i] in _DEAL_STOPS:
            return False
    return False


def deal_object(s: _Sentence, t_end: int) -> bool:
    """Whether a deal is the object right after the verb ending at ``t_end`` ("struck a
    deal", "strikes an agreement"): "strike" is then no attack."""
    tt = s.tt
    for k in range(t_end, min(s.end, t_end + 4)):
        w = tt.lower[k]
        if w in _DEAL_NOUNS:
            return True
        if not (tt.text[k].islower() or tt.text[k] == "-") or w in _DEAL_STOPS:
            return False
    return False


# --- "with U.S. air power" --------------------------------------------------------------
# What a helper lends to the subject of a clause, named in a "with" adjunct.
_HELP_HEADS = wordset(
    "power airpower support backing help aid assistance cover money funding financing "
    "weapons arms missiles drones jets warplanes artillery guns"
)
_HELP_MODIFIERS = wordset(
    "air military naval financial logistical diplomatic intelligence crucial decisive "
    "heavy own-made made-in supplied -"
)
_CLAUSE_STOPS = wordset(", ; : . but and or because while although when whose")


def _help_head_after(s: _Sentence, g: Group) -> int:
    """Index of a help noun after the helper ``g`` ("U.S. air power", "American ATACMS
    missiles", "X's support"), over modifiers and model names; -1 when there is none."""
    tt = s.tt
    k = g.end
    if k < s.end and tt.text[k] in lx.POSSESSIVE_MARKS:
        k += 1
    for i in range(k, min(s.end, k + 3)):
        w = tt.lower[i]
        if w in _HELP_HEADS and tt.text[i].islower():
            return i
        model = tt.text[i].isupper() or any(c.isdigit() for c in tt.text[i])  # "ATACMS"
        if not (w in _HELP_MODIFIERS or model):
            return -1
    return -1


def _antecedent_of(s: _Sentence, rel: int) -> Group | None:
    """The actor a relative word at ``rel`` refers to: the group before it (", which"), or
    the group before a description in apposition ("X, the Kurdish-led alliance that")."""
    tt = s.tt
    g = s.group_at_end.get(rel) or (
        group_before_comma(s, rel - 1) if tt.text[rel - 1] == "," else None
    )
    if g is not None:
        return g
    for i in range(rel - 1, max(s.start, rel - 7), -1):
        if tt.lower[i] in _ARTICLES:
            return group_before_comma(s, i - 1) if tt.text[i - 1] == "," else None
        g = s.group_at_end.get(i + 1)
        if g is not None and g.start <= i:
            i = g.start  # "the Kurdish-led alliance": an adjective mention in the description
            continue
        capitalised = tt.text[i][:1].isupper() and tt.text[i].isalpha()  # "a Kurdish-led"
        if not (tt.text[i].islower() or tt.text[i] == "-" or capitalised):
            return None
    return None


_IRREGULAR_PAST = wordset("took retook won drove held fought beat overran seized")


def _clause_verb(s: _Sentence, i: int) -> bool:
    """Whether the lower-case word at ``i`` may be the clause's verb: a relation verb, an
    irregular past or a past in "-ed" that no determiner or hyphen makes an adjective
    ("self-declared", "the occupied town")."""
    tt = s.tt
    w = tt.lower[i]
    if not tt.text[i].islower():
        return False
    if w in lx.VERB_FORMS or w in _IRREGULAR_PAST:
        return True
    before = tt.lower[i - 1] if i > s.start else ""
    return w.endswith("ed") and before not in lx.DETERMINERS and before != "-"


def _helped_subject(s: _Sentence, with_: int) -> Group | None:
    """The subject of the clause a "with" adjunct at ``with_`` belongs to: the verb before
    it (over its object), then the relative's antecedent, the subject of an infinitive
    ("allowed X to strike"), or the group before the verb. None for a passive verb."""
    tt = s.tt
    v = -1
    for i in range(with_ - 1, max(s.start, with_ - 14) - 1, -1):
        w = tt.lower[i]
        if w in _CLAUSE_STOPS:
            return None
        if _clause_verb(s, i):
            v = i
            break
    if v <= s.start:
        return None
    before = tt.lower[v - 1]
    if before in lx.BE_AUX or tt.lower[v + 1] == "by":
        return None  # "Y was defeated with Z's help": Y did not get the help
    if before == "to":
        return s.group_at_end.get(v - 1)
    if before in _RELATIVES:
        return _antecedent_of(s, v - 1)
    g = s.group_at_end.get(v)
    if g is not None and (g.start == s.start or tt.lower[g.start - 1] not in lx.PREPOSITIONS):
        return g
    return None


def _helped_with(s: _Sentence, group: Group) -> Stated | None:
    """ "the alliance that defeated Z with U.S. air power", "X struck Y with American
    missiles", "X took the town with Z's help": the helper backs the clause's subject.
    The helper may close a group that "with" joined to the object ("Z with U.S.")."""
    tt = s.tt
    last = group.members[-1]
    helper = group
    if last.start > group.start:
        helper = replace(group, start=last.start, end=last.end, members=[last])
    with_ = helper.start - 1
    if with_ > s.start and tt.lower[with_] in _ARTICLES:
        with_ -= 1
    if with_ <= s.start or tt.lower[with_] != "with":
        return None
    head = _help_head_after(s, helper)
    if head < 0:
        return None
    helped = _helped_subject(s, with_)
    if helped is None or helped is helper:
        return None
    return Stated(helper, helped, _AID, head, head + 1, helped.start - 2)


# --- "at the request of Y" --------------------------------------------------------------
_REQUEST_HEADS = {
    "request": _AID,
    "behest": _AID,
    "invitation": _MEET,
}


def _at_request(s: _Sentence, asker: Group) -> Stated | None:
    """ "troops were deployed at the request of President Y": the state of the troops (the
    sentence's subject) backs Y; "X arrived at the invitation of Y": X and Y meet."""
    tt = s.tt
    of = _skip_titles_back(s, asker.start - 1)
    if of - 3 < s.start or tt.lower[of] != "of" or tt.lower[of - 1] not in _REQUEST_HEADS:
        return None
    if tt.lower[of - 2] not in ("the", "a", "an") or tt.lower[of - 3] != "at":
        return None
    subject = s.first_group()
    if subject is None or subject.end > of - 3 or subject is asker:
        return None
    if any(tt.lower[i] in (";", ":") for i in range(subject.end, of - 3)):
        return None
    trig = _REQUEST_HEADS[tt.lower[of - 1]]
    return Stated(subject, asker, trig, of - 1, of, subject.start - 2)


# --- "the group's October 7 assault on Y" -----------------------------------------------
_HOSTILE_NOUNS = wordset(
    "assault attack attacks offensive invasion incursion raid raids strike strikes "
    "bombardment onslaught"
)
_DIRECTIONS = wordset(
    "southern northern eastern western central south north east west north-eastern "
    "north-western south-eastern south-western"
)
_DATE_WORDS = frozenset(w.lower() for w in lx.MONTHS) | wordset("last this year's week's")


def _dated_act(s: _Sentence, target: Group) -> Stated | None:
    """ "the group's October 7 assault on southern Y", "X's March 2022 invasion of Y": a
    possessor before a date before a hostile act; the possessor attacks Y."""
    tt = s.tt
    j = target.start - 1
    while j > s.start and (tt.lower[j] in _DIRECTIONS or tt.lower[j] in _ARTICLES):
        j -= 1
    if j - 2 <= s.start or tt.lower[j] not in ("on", "against", "of"):
        return None
    noun = j - 1
    if tt.lower[noun] not in _HOSTILE_NOUNS:
        return None
    i = noun - 1
    dated = False
    while i > s.start and i >= noun - 4 and (tt.text[i].isdigit() or tt.lower[i] in _DATE_WORDS):
        dated = True
        i -= 1
    if not dated or tt.text[i] not in lx.POSSESSIVE_MARKS:
        return None  # an undated "X's assault on Y" is the noun trigger's
    owner = s.group_at_end.get(i)
    if owner is None or owner is target:
        return None
    return Stated(owner, target, _ATTACK, noun, noun + 1, owner.start - 2)


# --- "his American-trained brigades" ----------------------------------------------------
_COMPOUND_SUPPORT = wordset("trained backed armed funded equipped financed sponsored supported")
# Heads a compound describes when they belong to someone ("his US-trained army").
_OWNED_FORCES = lx.FORCE_NOUNS | wordset(
    "army armies brigade battalion battalions police guard guards commandos units"
)


def _trained_for_owner(s: _Sentence, helper: Group) -> Stated | None:
    """ "its American-trained brigades", "X's Western-armed army": the helper named before
    the participle backs the owner of the force (the compound's own target, an actor right
    after it, is the compound trigger's)."""
    tt = s.tt
    h = helper.end
    if h + 2 >= s.end or tt.text[h] != "-" or tt.lower[h + 1] not in _COMPOUND_SUPPORT:
        return None
    head = h + 2
    if tt.lower[head] not in _OWNED_FORCES and head + 1 < s.end and tt.text[head].islower():
        head += 1  # "his US-trained special forces"
    if head in s.group_at_start or tt.lower[head] not in _OWNED_FORCES:
        return None
    o = helper.start - 1
    if o < s.start:
        return None
    owner: Group | None = None
    if tt.text[o] in lx.POSSESSIVE_MARKS:
        owner = s.group_at_end.get(o)
    elif tt.lower[o] in ("its", "their"):  # a force is a state's or group's, not "his"
        g = s.group_at_start.get(o)
        owner = g if g is not None and g.end == o + 1 else None
    if owner is None or owner is helper:
        return None
    trig = lx.VERB_FORMS[tt.lower[h + 1]][0]
    return Stated(helper, owner, trig, h + 1, h + 2, owner.start - 2)


def event_relations(s: _Sentence) -> list[Stated]:
    """The relations these frames state in the sentence."""
    finders = (_told_in_exchange, _deal_with, _helped_with, _at_request, _dated_act)
    return first_found(s, (*finders, _trained_for_owner), room=1)
