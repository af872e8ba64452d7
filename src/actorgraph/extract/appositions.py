"""Relations stated by a description of an actor rather than by a verb.

A description in apposition says how an actor stands to another: "X, Y's branch in the
south" (X backs Y), "X, its ally in the bloc", "X, the regime's biggest creditor", "X, the
loyal servant of the president", "X, a client of Y" (Y backs X), "X, Y's old rival" (X
opposes Y). A mission or coalition "led by" a state is backed by it ("a mission of ORG led
by STATE"). The same descriptions hide the subject of the verb after them ("X, its ally in
the bloc, has not defended Y": X, not the bloc), which ``apposition_subject`` finds.

Everything is anchored on the sentence's groups (a handful per sentence), never on every
token, so the cost stays within the relation scan's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, _Sentence


@dataclass(frozen=True, slots=True)
class Stated:
    """One relation read off a description: ``source`` stands ``trigger`` to ``target``;
    the trigger word is tokens [t_start, t_end) and polarity cues are read from ``window``."""

    source: Group
    target: Group
    trigger: lx.Trigger
    t_start: int
    t_end: int
    window: int


# Each description relates as the verb it paraphrases does (the lexicon's trigger for it).
_ALLY, _BACK, _FUND = lx.VERBS["ally"], lx.VERBS["back"], lx.VERBS["fund"]
_ARM, _PROTECT = lx.VERBS["arm"], lx.VERBS["protect"]
_ENEMY, _RIVAL = lx.VERBS["fight"], lx.VERBS["reject"]

# Head nouns of a description that carry a relation to its owner ("Y's NOUN", "NOUN of Y"),
# with the relation's trigger: the described actor's stance toward the owner, except for a
# proxy or client (_FROM_OWNER), which is backed by its owner.
_TO_OWNER = (
    {
        w: _ALLY
        for w in "ally allies branch branches affiliate affiliates franchise offshoot".split()
    }
    | {w: _FUND for w in "creditor creditors lender lenders financier financiers".split()}
    | {w: _FUND for w in "funder funders donor donors benefactor benefactors".split()}
    | {w: _BACK for w in "patron patrons sponsor sponsors backer backers".split()}
    | {w: _ARM for w in "supplier suppliers".split()}
    | {w: _PROTECT for w in "protector protectors guardian guarantor guarantors".split()}
    | {w: _ENEMY for w in "enemy enemies foe foes adversary adversaries nemesis".split()}
    | {w: _ENEMY for w in "arch-enemy arch-rival archenemy archrival".split()}
    | {w: _RIVAL for w in "rival rivals critic critics opponent opponents".split()}
)
_FROM_OWNER = {w: _BACK for w in "proxy proxies client clients protege protégé vassal".split()}
# Every head noun that relates a description's owner to what it describes.
RELATION_HEADS = frozenset(_TO_OWNER) | frozenset(_FROM_OWNER) | frozenset(lx.AGENT_NOUNS)
# "the loyal watchdog of Y", "Y's faithful lieutenant": loyalty makes any head a backer.
_LOYAL = wordset("loyal faithful devoted")
# A relation that no longer holds is not stated as one ("X, Y's former ally").
_PAST = wordset("former ex erstwhile one-time onetime sometime ex-")
_ARTICLES = wordset("the a an")
# Words that end a description: a verb, a clause word or punctuation other than a hyphen.
_ENDS = wordset(", ; : . which who whom that and or but while when where")


def group_before_comma(s: _Sentence, comma: int) -> Group | None:
    """The group ending at ``comma``, or just before a bracket closing there ("X (ACR),")."""
    g = s.group_at_end.get(comma)
    if g is None and comma - 1 > s.start and s.tt.text[comma - 1] == ")":
        g = s.group_at_end.get(comma - 1)
    return g


def _owner_at(s: _Sentence, i: int) -> tuple[Group | None, int]:
    """The possessor opening a description at ``i`` ("its", "Y's") and the index after it;
    (None, i) after an article; (None, -1) when the words at ``i`` open no description."""
    tt = s.tt
    if tt.lower[i] in _ARTICLES:
        g = s.group_at_start.get(i + 1)  # "the Islamic State's affiliate"
        if g is not None and g.end < s.end and tt.text[g.end] in lx.POSSESSIVE_MARKS:
            return g, g.end + 1
        return None, i + 1
    g = s.group_at_start.get(i)
    if g is None:
        return None, -1
    if tt.lower[i] in lx.POSSESSIVE_PRONOUNS and g.end == i + 1:
        return g, i + 1
    if g.end < s.end and tt.text[g.end] in lx.POSSESSIVE_MARKS:
        return g, g.end + 1
    return None, -1


def _head(s: _Sentence, i: int) -> tuple[int, bool]:
    """Index of the head noun of a description whose modifiers start at ``i`` (at most
    three), and whether a loyalty adjective came first; (-1, False) when there is none."""
    tt = s.tt
    loyal = False
    for k in range(i, min(s.end, i + 4)):
        w = tt.lower[k]
        if w in _TO_OWNER or w in _FROM_OWNER:
            return k, loyal
        if w == "-":  # "arch-rival", "long-time ally"
            continue
        ends = w in _ENDS or w in lx.VERB_FORMS or w in lx.BE_AUX or w in lx.PREPOSITIONS
        if loyal and ends and tt.lower[k - 1] not in _LOYAL:
            hostile = lx.NOUNS.get(tt.lower[k - 1])  # not "the loyal opposition to Y"
            return (-1, False) if hostile and hostile.stance == "oppose" else (k - 1, True)
        if ends or w in _PAST or not tt.text[k].islower() or k in s.group_at_start:
            return -1, False
        loyal = loyal or w in _LOYAL
    return -1, False


def _apposition(s: _Sentence, g: Group) -> Stated | None:
    """ "X, Y's branch in REGION", "X, its ally", "X, the loyal servant of Y": the relation
    between X (``g``) and the description's owner."""
    tt = s.tt
    comma = g.end + 1 if g.end < s.end and tt.text[g.end] == ")" else g.end  # "X (ACR), ..."
    if comma + 2 >= s.end or tt.text[comma] != "," or group_before_comma(s, comma) is not g:
        return None
    owner, i = _owner_at(s, comma + 1)
    if i < 0:
        return None
    head, loyal = _head(s, i)
    if head < 0:
        return None
    if owner is None:  # "an ally of Y", "the loyal watchdog of the president"
        of = head + 1
        if of >= s.end or tt.lower[of] not in ("of", "to"):
            return None
        owner = s.right_group(of + 1, limit=3)
    if owner is None:
        return None
    word = tt.lower[head]
    if word in _FROM_OWNER:
        return Stated(owner, g, _FROM_OWNER[word], head, head + 1, g.start - 2)
    trig = _TO_OWNER.get(word) or (_ALLY if loyal else None)
    if trig is None:
        return None
    return Stated(g, owner, trig, head, head + 1, g.start - 2)


_LEADING = wordset("led headed spearheaded")
_LED_KINDS = frozenset(("organization", "armed_group"))


def _led_by(s: _Sentence, agent: Group) -> Stated | None:
    """ "a mission of the regional bloc (ORG) led by STATE": a state or organisation
    leading an organisation's mission backs that organisation. A person leading one is its
    member, not its backer, and is left alone."""
    tt = s.tt
    by = agent.start - 1
    if by > s.start and tt.lower[by] in _ARTICLES:
        by -= 1
    if by - 2 < s.start or tt.lower[by] != "by" or tt.lower[by - 1] not in _LEADING:
        return None
    end = by - 1
    if tt.text[end - 1] == ")":  # "the Community (SADC) led by": the acronym's group
        end -= 1
    led = s.group_at_end.get(end)
    if led is None or not all(s.kinds.get(m.entity) in _LED_KINDS for m in led.members):
        return None
    if any(s.kinds.get(m.entity, "person") == "person" for m in agent.members):
        return None
    return Stated(agent, led, _ALLY, by - 1, by + 1, led.start - 2)


Finder = Callable[["_Sentence", "Group"], "Stated | None"]


def first_found(s: _Sentence, finders: Sequence[Finder], room: int = 0) -> list[Stated]:
    """For each actor group of the sentence with at least ``room`` tokens of the sentence
    before it, the relation of the first finder that reads one there."""
    out: list[Stated] = []
    for g in s.groups:
        if g.start - room < s.start:
            continue
        for finder in finders:
            found = finder(s, g)
            if found is not None:
                out.append(found)
                break
    return out


def described_relations(s: _Sentence) -> list[Stated]:
    """The relations stated by appositions and "led by" phrases in the sentence."""
    return first_found(s, (_apposition, _led_by))


_COPULAS = wordset("is was remains remained became become")


def copula_subject(s: _Sentence, i: int) -> Group | None:
    """ "X, which has pledged $300 million, is Y's largest funder": the subject of the copula
    before a description (``i`` is the word before the description's owner, over an
    article) when a relative clause set off by commas separates it from the copula."""
    tt = s.tt
    while i > s.start and tt.lower[i] in _ARTICLES:
        i -= 1
    if i - 1 <= s.start or tt.lower[i] not in _COPULAS or tt.text[i - 1] != ",":
        return None
    for k in range(i - 2, max(s.start, i - 25), -1):
        w = tt.lower[k]
        if w in ("which", "who") and tt.text[k - 1] == ",":
            return group_before_comma(s, k - 1)
        if w in (",", ";", ":"):
            return None
    return None


def apposition_subject(s: _Sentence, comma: int) -> Group | None:
    """ "X, its ally in the bloc (ACR), has not defended Y": ``comma`` closes a
    description in apposition to X (opened by an article, a possessive pronoun or "Y's",
    with no verb, relative word or other comma inside, at most fifteen tokens); X is the
    subject of the verb after it."""
    tt = s.tt
    if comma - 3 < s.start or tt.text[comma] != ",":
        return None
    for k in range(comma - 1, max(s.start, comma - 16), -1):
        w = tt.lower[k]
        if w == ",":
            head = group_before_comma(s, k)  # also "X (ACR), its ally, ..."
            if head is None or k + 1 >= comma:
                return None
            if head.start > s.start and tt.lower[head.start - 1] in lx.PREPOSITIONS:
                return None  # "In CITY, the capital, ...": a place adjunct, no subject
            _, i = _owner_at(s, k + 1)
            return head if i >= 0 or tt.lower[k + 1] in lx.POSSESSIVE_PRONOUNS else None
        if tt.text[k] in lx.POSSESSIVE_MARKS:
            continue
        verb = lx.VERB_FORMS.get(w)
        if verb is not None and verb[1] in ("past", "ing"):  # "ally", "backers" are nouns here
            return None
        if w in _ENDS or w in lx.BE_AUX or w in ('"', "“", "”"):
            return None
    return None
