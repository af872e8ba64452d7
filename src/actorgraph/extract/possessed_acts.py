"""Relations named by a possessed noun of an act: "X's supply of jets and training to Y"
(X arms Y), "his reception by Premier Y" (he and Y meet), "X's answer to a message from Y"
(they deal with each other), "X, which has its own long quarrel with Y" / "X's feud with Y"
(X opposes Y).

These nouns are no relation triggers on their own ("supply", "quarrel" and "reception" are
common words); they relate two actors only in these frames, so each finder starts from the
second actor (a group of the sentence after "to", "by" or "with") and looks back for the
frame. That keeps the cost to a few token looks per group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract.appositions import Stated, first_found, group_before_comma
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, _Sentence

# Each act relates as the verb it names does (the lexicon's trigger for it).
_ARM, _MEET, _QUARREL = lx.VERBS["arm"], lx.VERBS["meet"], lx.VERBS["reject"]

_DETERMINERS = wordset("the a an its their his her this that these those")
# Nouns of handing things over: "X's supply of jets to Y", "X's arms sales to Y".
_TRANSFER_NOUNS = wordset(
    "supply supplies delivery deliveries sale sales transfer transfers shipment shipments "
    "provision export exports donation donations gift gifts"
)
# Nouns of being received: "his reception by Y", "X's welcome by Y".
_RECEPTION_NOUNS = wordset("reception welcome")
# Nouns of a standing quarrel: "X's feud with Y", "X has a long dispute with Y".
_QUARREL_NOUNS = wordset(
    "quarrel quarrels feud feuds dispute disputes rivalry rift row spat standoff stand-off "
    "enmity grudge vendetta"
)
_HAVING = wordset("has have had having")
# Nouns of answering: "X's reply to Y", "X's answer to a message from Y".
_ANSWER_NOUNS = wordset("answer answers reply replies response responses")
# What is answered when it comes from someone ("a message from Y").
_MESSAGE_NOUNS = wordset(
    "message messages letter letters proposal proposals offer offers invitation request call"
)
# Words that end the modifiers of a possessed noun ("its own long", "X's continued").
_MODIFIER_STOPS = wordset(", ; : . and or but which who that to of by with for")


def _possessor_before(s: _Sentence, noun: int, reach: int = 3) -> tuple[Group | None, int]:
    """The possessor of the noun at ``noun`` over up to ``reach`` lower-case modifiers
    ("X's continued", "its own long"), and the index of the first word before the noun
    phrase; (None, that index) when the phrase has no possessor."""
    tt = s.tt
    j = noun - 1
    while j > s.start and j >= noun - reach and tt.text[j].islower():
        w = tt.lower[j]
        if tt.text[j] in lx.POSSESSIVE_MARKS:
            break
        if w in _MODIFIER_STOPS or w in lx.VERB_FORMS or w in lx.BE_AUX:
            break
        if w in _DETERMINERS:
            break
        j -= 1
    if j < s.start:
        return None, j
    if tt.text[j] in lx.POSSESSIVE_MARKS:
        g = s.group_at_end.get(j)
        return g, (g.start - 1 if g is not None else j)
    g = s.group_at_start.get(j)
    if g is not None and tt.lower[j] in lx.POSSESSIVE_PRONOUNS and g.end == j + 1:
        return g, j - 1
    return None, j - 1 if tt.lower[j] in _DETERMINERS else j


def _before_group(s: _Sentence, g: Group, word: str) -> int:
    """Index of ``word`` right before ``g`` (over one article and title words), or -1."""
    tt = s.tt
    j = g.start - 1
    while j > s.start and (tt.text[j] in lx.TITLE_WORDS or tt.lower[j] in ("the", "a", "an")):
        j -= 1
    return j if j >= s.start and tt.lower[j] == word else -1


def _transfer(s: _Sentence, receiver: Group) -> Stated | None:
    """ "X's supply of Su-30 jets, helicopters and training to Y": the things (lower-case
    words, model names, commas and "and", at most fifteen tokens) between "of" and "to"."""
    tt = s.tt
    to = _before_group(s, receiver, "to")
    if to < 0:
        return None
    k = to - 1
    while k > s.start and k > to - 16 and tt.lower[k] != "of":
        w, text = tt.lower[k], tt.text[k]
        if k + 1 in s.group_at_end or w in lx.BE_AUX or w in (";", ":", "which", "that", "to"):
            return None
        model = "-" in text or any(c.isdigit() for c in text) or tt.text[k + 1] == "-"
        if not (text.islower() or model or text == ","):  # "Su-30", "F-16": model names
            return None
        k -= 1
    if k - 1 <= s.start or tt.lower[k] != "of" or tt.lower[k - 1] not in _TRANSFER_NOUNS:
        return None
    giver, _ = _possessor_before(s, k - 1)
    if giver is None:
        return None
    return Stated(giver, receiver, _ARM, k - 1, k, giver.start - 2)


def _reception(s: _Sentence, host: Group) -> Stated | None:
    """ "His reception by Premier Y", "X's warm welcome by Y": X and Y meet."""
    by = _before_group(s, host, "by")
    if by - 1 <= s.start or s.tt.lower[by - 1] not in _RECEPTION_NOUNS:
        return None
    guest, _ = _possessor_before(s, by - 1)
    if guest is None:
        return None
    return Stated(guest, host, _MEET, by - 1, by, guest.start - 2)


def _quarrel(s: _Sentence, other: Group) -> Stated | None:
    """ "X's feud with Y", "X, which has its own long quarrel with Y", "X has a bitter
    dispute with Y": X opposes Y. The subject of "has" wins over the owner of "its"."""
    tt = s.tt
    with_ = _before_group(s, other, "with")
    if with_ - 1 <= s.start or tt.lower[with_ - 1] not in _QUARREL_NOUNS:
        return None
    owner, j = _possessor_before(s, with_ - 1)
    while j > s.start and tt.lower[j] in ("also", "long", "still", "now", "already"):
        j -= 1
    subject: Group | None = None
    if j > s.start and tt.lower[j] in _HAVING:
        i = j - 1
        while i > s.start and tt.lower[i] in ("also", "long", "still", "now", "already"):
            i -= 1
        if tt.lower[i] in ("which", "who") and i - 1 >= s.start and tt.text[i - 1] == ",":
            subject = group_before_comma(s, i - 1)
        else:
            subject = s.group_at_end.get(i + 1)
    source = subject or owner
    if source is None:
        return None
    return Stated(source, other, _QUARREL, with_ - 1, with_, source.start - 2)


def _answer(s: _Sentence, other: Group) -> Stated | None:
    """ "X's reply to Y", "X's answer to a message from Y": X and Y deal with each other.
    A bare "response to Y" is left alone ("X's response to Y's strike" is no dealing)."""
    tt = s.tt
    to = _before_group(s, other, "to")
    if to < 0:
        frm = _before_group(s, other, "from")
        if frm - 3 < s.start or tt.lower[frm - 1] not in _MESSAGE_NOUNS:
            return None
        to = frm - 3 if tt.lower[frm - 2] in ("a", "an", "the", "its", "their") else frm - 2
        if to <= s.start or tt.lower[to] != "to":
            return None
    elif tt.lower[to - 1] not in ("answer", "answers", "reply", "replies"):
        return None
    if to - 1 <= s.start or tt.lower[to - 1] not in _ANSWER_NOUNS:
        return None
    answerer, _ = _possessor_before(s, to - 1)
    if answerer is None:
        return None
    return Stated(answerer, other, _MEET, to - 1, to, answerer.start - 2)


# Verbs whose subject may be an act rather than an actor: "X's retaliation hit Y's bases"
# (X attacks Y), "X's intervention saved Y" (X backs Y). The act's possessor stands to the
# verb's object as the verb says.
_IMPACT_VERBS = wordset(
    "hit struck pounded battered crippled devastated routed weakened hammered targeted "
    "killed destroyed drove pushed forced crushed overran decimated"
)
_RESCUE_VERBS = wordset("saved rescued shored propped sustained")
_PARTICLES = wordset("up out back")
# Act nouns that may be such a subject: hostile acts for the impact verbs, acts of help
# for the rescue verbs.
_HOSTILE_ACTS = wordset(
    "retaliation reprisal reprisals counterattack counter-attack bombardment shelling raids "
    "onslaught advance operation operations airstrikes air-strikes drones missiles"
) | frozenset(w for w, tr in lx.NOUNS.items() if tr.type in ("attack", "fight"))
_HELPING_ACTS = wordset(
    "intervention interventions involvement deployment airpower support backing aid help "
    "assistance troops warplanes"
)
# Time adjuncts that may close the act's noun phrase ("X's intervention of 2015").
_TIME_WORDS = wordset("of in since last this year month week summer autumn winter spring")
_ATTACK, _RESCUE, _FIGHT = lx.VERBS["attack"], lx.VERBS["rescue"], lx.VERBS["fight"]


def _subject_act(s: _Sentence, i: int) -> int:
    """Index of the head noun of the subject that ends at ``i`` (the word before the verb),
    over one parenthesis set off by commas (", which it named X,", ", with its jets,") and a
    short time adjunct ("of 2015", "last year"); -1 when there is none."""
    tt = s.tt
    if i > s.start and tt.text[i] == ",":
        k = i - 1
        while k > s.start and k > i - 25 and tt.text[k] != ",":
            if tt.lower[k] in (";", ":", ".", "but"):
                return -1
            k -= 1
        if k <= s.start or tt.text[k] != ",":
            return -1
        i = k - 1
    lo = max(s.start, i - 4)
    while i > lo and (
        (tt.lower[i] in _TIME_WORDS and tt.text[i].islower())
        or tt.text[i].isdigit()
        or tt.text[i] in lx.MONTHS
    ):
        i -= 1
    return i if tt.text[i].islower() else -1


def _act_subject(s: _Sentence, obj: Group) -> Stated | None:
    """ "X's retaliation, which it named Operation Z, hit Y's air bases", "X's intervention
    of 2015, with its warplanes, saved Y": the act's possessor attacks or backs the object.
    A possessed act with no verb of this kind relates nobody ("X's offensive stalled")."""
    tt = s.tt
    v = obj.start - 1
    while v > s.start and (tt.lower[v] in ("the", "a", "an") or tt.lower[v] in _PARTICLES):
        v -= 1
    verb = tt.lower[v]
    if verb in _IMPACT_VERBS:
        acts, trig = _HOSTILE_ACTS, _ATTACK
    elif verb in _RESCUE_VERBS:
        acts, trig = _HELPING_ACTS, _RESCUE
    else:
        return None
    i = v - 1
    while i > s.start and tt.lower[i] in ("has", "have", "had", "also", "then", "effectively"):
        i -= 1
    noun = _subject_act(s, i)
    if noun <= s.start or tt.lower[noun] not in acts:
        return None
    actor, _ = _possessor_before(s, noun)
    if actor is None:
        return None
    return Stated(actor, obj, trig, v, v + 1, actor.start - 2)


# Nouns of a body or effort formed to fight someone ("the coalition against Y").
_COALITION_NOUNS = wordset("coalition alliance campaign front war")
# Heads after an adjective mention that still name its state ("the Zedish regime").
_BODY_NOUNS = lx.GOVERNMENT_NOUNS | wordset("kingdom monarchy army military")
# Verbs that make their subject a leader or member of such a coalition.
_LEADING_VERBS = wordset(
    "led leads lead leading heads headed heading joined joins join joining formed forms "
    "built assembled spearheaded"
)


def _coalition_against(s: _Sentence, enemy: Group) -> Stated | None:
    """ "the US-led coalition against Y" (the coalition, when it is an actor, fights Y, and
    so does the state leading it), "X, which led the coalition against Y", "X joined the
    international alliance against Y": X fights Y."""
    tt = s.tt
    against = _before_group(s, enemy, "against")
    if against - 1 <= s.start:
        return None
    body = s.group_at_end.get(against)
    if body is not None and tt.lower[against - 1] in _COALITION_NOUNS | {"forces", "force"}:
        return Stated(body, enemy, _FIGHT, against, against + 1, body.start - 2)
    c = against - 1
    if tt.lower[c] not in _COALITION_NOUNS or tt.lower[c] == "war":
        return None
    j = c - 1
    while j > s.start and j >= c - 3 and tt.text[j].islower() and tt.lower[j] not in _DETERMINERS:
        j -= 1
    if j > s.start and tt.lower[j] == "led" and tt.text[j - 1] == "-":
        leader = s.group_at_end.get(j - 1)  # "the Saudi-led coalition against Y"
        if leader is not None:
            return Stated(leader, enemy, _FIGHT, c, c + 1, leader.start - 2)
    if tt.lower[j] not in _DETERMINERS or j - 1 <= s.start:
        return None
    v = j - 1
    if tt.lower[v] not in _LEADING_VERBS:
        return None
    rel = v - 1
    while rel > s.start and tt.lower[rel] in ("has", "have", "had", "also", "once"):
        rel -= 1
    if tt.lower[rel] in ("which", "who") and tt.text[rel - 1] == ",":
        leader = group_before_comma(s, rel - 1)
        if leader is None and tt.lower[rel - 2] in _BODY_NOUNS:  # "the Zedish regime, which"
            leader = s.group_at_end.get(rel - 2)
    else:
        leader = s.left_group(v, limit=8)
    if leader is None:
        return None
    return Stated(leader, enemy, _FIGHT, c, c + 1, leader.start - 2)


# Nouns of asking for something, and the verbs that send such a request to someone.
REQUEST_NOUNS = wordset("request requests appeal appeals plea pleas")
_SENDING = wordset("sent send sends made addressed submitted delivered")
_REQUEST = lx.Trigger("request", "consult", "REQUEST")


def _request_sent(s: _Sentence, addressee: Group) -> Stated | None:
    """ "the request for help that X sent to Y", "an appeal X addressed to Y": X asks Y,
    which is a consultation (what is asked for is not yet given)."""
    tt = s.tt
    to = _before_group(s, addressee, "to")
    if to - 2 <= s.start or tt.lower[to - 1] not in _SENDING:
        return None
    sender = s.group_at_end.get(to - 1)
    if sender is None:
        return None
    j = sender.start - 1
    if j > s.start and tt.lower[j] in ("that", "which"):
        j -= 1
    if j > s.start and tt.text[j] == ",":  # "its appeal for aid, which X addressed to Y"
        j -= 1
    for i in range(j, max(s.start, j - 4) - 1, -1):  # "the request (for help)"
        if tt.lower[i] in REQUEST_NOUNS:
            return Stated(sender, addressee, _REQUEST, to - 1, to, sender.start - 2)
        if not tt.text[i].islower() or tt.lower[i] in _MODIFIER_STOPS - {"for"}:
            return None
    return None


def possessed_relations(s: _Sentence) -> list[Stated]:
    """The relations named by possessed act nouns in the sentence."""
    finders = (_transfer, _reception, _quarrel, _answer, _act_subject, _coalition_against)
    return first_found(s, (*finders, _request_sent), room=2)
