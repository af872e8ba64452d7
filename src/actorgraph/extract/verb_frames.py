"""Objects and subjects of political and diplomatic verbs whose frame names the other party
indirectly.

"X left the bloc" relates X to the bloc only when the thing left is an organisation; "X
broke off relations with Y" names Y after the ties noun; "X summoned the ambassador of Y"
targets Y, not the ambassador; "X ordered French troops out" targets France; "X received
NAME in CAPITAL" is a meeting only when a person (or a delegation) is received; "ORG
suspended Mali" opposes a member; "X keeps him in power" is backing; "X has turned towards
Moscow" is a pivot to a patron; "X vowed revenge against Y" is a threat (never "revenge
for Y"). Subjects: a gerund after "by" belongs to the clause it ends ("X, who seized power
by ousting Y"), a verb after "and" to the clause's first subject, "X is said to be weighing
..." to X, and "X said the first contingent would protect Y" to no actor at all.

Each finder takes the sentence and the trigger's token span and returns a group of the
sentence, or None; ``relations`` supplies the subject and builds the relation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.extract import lexicon as lx
from actorgraph.extract.clause_args import QUOTE_TOKENS
from actorgraph.extract.lexicon_roles import wordset

if TYPE_CHECKING:
    from actorgraph.extract.relations import Group, _Sentence

# -- the verbs and nouns (form -> frame) ------------------------------------------------------

# "X is leaving the bloc", "X quit the alliance": leaving an organisation opposes it.
LEAVE_DIRECT = wordset("leave leaves left leaving quit quits quitting exit exits exited exiting")
# "X withdrew from ORG", "X's withdrawal from ORG", "X pulled out of ORG".
LEAVE_FROM = wordset("withdraw withdraws withdrew withdrawn withdrawing withdrawal")
LEAVE_OUT_OF = wordset("pull pulls pulled pulling")
# "X broke (off) relations with Y", "X cut ties with Y".
BREAKING = wordset("break breaks broke broken breaking cut cuts cutting")
# "X summoned the ambassador of Y".
SUMMONING = wordset("summon summons summoned summoning")
# "X ordered Y's troops out of the country".
ORDERING = wordset("order orders ordered ordering")
# "X keeps him in power", "X kept the regime afloat".
KEEPING = wordset("keep keeps kept keeping")
# "ORG suspended Mali from its bodies".
SUSPENDING = wordset("suspend suspends suspended suspending")
# "X has turned decisively towards Moscow": a pivot to a new patron.
TURNING = wordset(
    "turn turns turned turning pivot pivots pivoted pivoting tilt tilts tilted tilting"
)
# "X vowed revenge against Y", "X promised reprisals against Y".
REVENGE = wordset("revenge vengeance reprisal reprisals retaliation retribution")

# "X described the strike as a violation", "X qualified the French decision of
# 'provocative'": a verdict on an act whose complement condemns it opposes the act's author.
DESCRIBING = wordset(
    "describe describes described describing qualify qualifies qualified qualifying term "
    "terms termed terming label labels labelled labeled labelling branded calls called calling"
)

# Each frame relates as the verb it paraphrases does (the lexicon's trigger for it).
LEAVE = lx.VERBS["reject"]
BREAK = lx.VERBS["sanction"]
SUMMON = lx.VERBS["protest"]
ORDER_OUT = lx.VERBS["expel"]
KEEP_UP = lx.VERBS["back"]
THREATEN = lx.VERBS["threaten"]
TURN_TO = lx.VERBS["ally"]
RECEIVE_GUEST = lx.VERBS["meet"]
CONDEMN = lx.VERBS["condemn"]


def _table() -> dict[str, tuple[lx.Trigger, str]]:
    table: dict[str, tuple[lx.Trigger, str]] = {}
    for words, trig, frame in (
        (LEAVE_DIRECT | LEAVE_FROM | LEAVE_OUT_OF, LEAVE, "leave"),
        (BREAKING, BREAK, "break"),
        (SUMMONING, SUMMON, "summon"),
        (ORDERING, ORDER_OUT, "order_out"),
        (KEEPING, KEEP_UP, "keep_up"),
        (REVENGE, THREATEN, "revenge"),
        (SUSPENDING - {"suspended"}, BREAK, "suspend"),
        (TURNING, TURN_TO, "turn_to"),
        (DESCRIBING, CONDEMN, "describe"),
    ):
        for w in words:
            table[w] = (trig, frame)
    return table


# Form -> (trigger, frame); ``relations`` reads it when no other trigger claims the word.
FORMS = _table()
NOUN_FORMS = REVENGE | wordset("withdrawal")

# -- shared word classes ----------------------------------------------------------------------

_TIES = wordset("relations ties links contacts")
_TIES_MODIFIERS = wordset("off all its their his her diplomatic economic military trade formal")
_ENVOYS = wordset(
    "ambassador ambassadors envoy envoys chargé charge diplomat diplomats representative "
    "consul delegation delegations emissary"
)
_OFFICE_WORDS = frozenset(w.lower().rstrip(".") for w in lx.TITLE_WORDS) | lx.ROLE_NOUNS | _ENVOYS
_HELD_UP = wordset("standing afloat alive flying fighting going running")
_HELD_IN = wordset("power office place")
# Words that may end a left organisation's name before the clause goes on.
_AFTER_BLOC = lx.PREPOSITIONS | wordset("and or but altogether entirely formally immediately")
_ARTICLES = wordset("the a an this these those")


def _all_kind(s: _Sentence, g: Group, kinds: tuple[str, ...]) -> bool:
    return all(s.kinds.get(m.entity) in kinds for m in g.members)


# -- objects -----------------------------------------------------------------------------------


def left_bloc(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X is leaving ORG", "X withdrew from ORG", "X pulled out of ORG": the organisation
    left, named at once (after a determiner) and not modifying a noun ("left the UN
    building" is no break with the UN)."""
    tt = s.tt
    w = tt.lower[k]
    pos = t_end
    if w in LEAVE_FROM:
        if pos >= s.end or tt.lower[pos] != "from":
            return None
        pos += 1
    elif w in LEAVE_OUT_OF:
        if pos + 1 >= s.end or tt.lower[pos] != "out" or tt.lower[pos + 1] != "of":
            return None
        pos += 2
    g = s.right_group(pos, limit=2)
    if g is None or not _all_kind(s, g, ("organization",)):
        return None
    nxt = tt.text[g.end] if g.end < s.end else "."
    if nxt.isalpha() and nxt.islower() and nxt not in _AFTER_BLOC:
        return None
    return g


def broken_ties_partner(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X broke (off diplomatic) relations with Y", "X cut ties with Y": the group after
    "with" once a ties noun has been named."""
    tt = s.tt
    i = t_end
    while i < min(s.end, t_end + 3) and tt.lower[i] in _TIES_MODIFIERS:
        i += 1
    if i + 1 >= s.end or tt.lower[i] not in _TIES or tt.lower[i + 1] != "with":
        return None
    return s.right_group(i + 2, limit=3)


def summoned_envoy_state(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X summoned the US ambassador", "... Y's envoy", "... the ambassador of Y": the state
    or organisation the envoy represents (never the envoy in person)."""
    tt = s.tt
    i = t_end
    state: Group | None = None
    while i < min(s.end, t_end + 6):
        w = tt.lower[i]
        g = s.group_at_start.get(i)
        if g is not None and state is None and not _all_kind(s, g, ("person",)):
            state = g
            i = g.end
            continue
        if w in _ENVOYS:
            if state is not None:
                return state
            if i + 1 < s.end and tt.lower[i + 1] in ("of", "from"):
                g = s.right_group(i + 2, limit=3)
                return g if g is not None and not _all_kind(s, g, ("person",)) else None
            return None
        ok = (
            w in _ARTICLES
            or w in _OFFICE_WORDS
            or (state is not None and tt.text[i] in ("'s", "’s"))
        )
        if not ok and not (tt.text[i].islower() and w.isalpha()):
            return None
        i += 1
    return None


def ordered_out(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X ordered French special forces out of the country": the owner of the forces sent
    out (the group right after the verb, "out" within three words of it); "X ordered the
    arrest of Y": Y."""
    tt = s.tt
    if t_end + 2 < s.end and tt.lower[t_end] == "the" and tt.lower[t_end + 1] in _SEIZURES:
        return s.right_group(t_end + 3, limit=3) if tt.lower[t_end + 2] == "of" else None
    g = s.right_group(t_end, limit=3)
    if g is None:
        return None
    for i in range(g.end, min(s.end, g.end + 3)):
        if tt.lower[i] == "out":
            return g
        if not tt.text[i].islower() or i in s.group_at_start:
            return None
    return None


_SEIZURES = wordset("arrest detention expulsion assassination execution capture")


def kept_in_power(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X keeps him standing", "X kept the regime in power", "keeping Y afloat"."""
    tt = s.tt
    g = s.right_group(t_end, limit=3)
    if g is None or g.end >= s.end:
        return None
    w = tt.lower[g.end]
    if w in _HELD_UP:
        return g
    if w == "in" and g.end + 1 < s.end and tt.lower[g.end + 1] in _HELD_IN:
        return g
    return None


def revenge_target(s: _Sentence, k: int, t_end: int) -> Group | None:
    """'vowed "harsh revenge" against Y', "reprisals on Y": only "against"/"on" name the
    target ("revenge for Y" names the victim avenged)."""
    tt = s.tt
    i = t_end
    while i < min(s.end, t_end + 2) and tt.text[i] in QUOTE_TOKENS:
        i += 1
    if i >= s.end or tt.lower[i] not in ("against", "on"):
        return None
    return s.right_group(i + 1, limit=5)


def received_guest(s: _Sentence, t_end: int) -> Group | None:
    """ "X received Y's deputy defence minister, NAME, in CAPITAL": receiving a person (over
    titles and office words) or a delegation of a state is a meeting; the guest's group (the
    person, or the state after "delegation of/from")."""
    tt = s.tt
    for i in range(t_end, min(s.end, t_end + 9)):
        g = s.group_at_start.get(i)
        if g is not None and i not in s.modifiers:
            return g if _all_kind(s, g, ("person",)) else None
        w = tt.lower[i]
        if w in _ENVOYS and i + 1 < s.end and tt.lower[i + 1] in ("of", "from"):
            g = s.right_group(i + 2, limit=3)
            return g if g is not None and not _all_kind(s, g, ("person",)) else None
        modifier = i in s.modifiers or (i - 1 in s.modifiers and tt.text[i] in ("'s", "’s"))
        if not (modifier or w in _OFFICE_WORDS or w in _ARTICLES or w in (",", "-")):
            return None
    return None


_AFTER_SUSPENDED = wordset("from , . ; and after over following for until in") | {"—"}


def suspended_member(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "ORG suspended Mali from its bodies": a member suspended (right after the verb, then
    "from" or the clause's end); "suspended its cooperation with Y" is read elsewhere."""
    if s.tt.lower[k] not in SUSPENDING:
        return None
    g = s.right_group(t_end, limit=2)
    if g is None:
        return None
    nxt = s.tt.lower[g.end] if g.end < s.end else "."
    return g if nxt in _AFTER_SUSPENDED else None


def turned_towards(s: _Sentence, k: int, t_end: int) -> Group | tuple[Group, lx.Trigger] | None:
    """ "X has turned (decisively) towards Moscow": the state or leader right after
    "towards" (a place that is no actor, "turned towards the capital", relates nothing);
    "X turned to Damascus" (for help) is a request to the actor named at once."""
    tt = s.tt
    i = t_end
    while i < min(s.end, t_end + 2) and tt.lower[i].endswith("ly"):
        i += 1
    if i + 1 >= s.end or tt.lower[i] not in ("towards", "toward", "to"):
        return None
    g = s.group_at_start.get(i + 1)
    if g is None or not _all_kind(s, g, ("state", "person")):
        return None
    return (g, REQUEST) if tt.lower[i] == "to" else g


# Acts whose author a verdict is about ("the French decision", "Y's move").
_ACTS = wordset(
    "decision decisions move moves step steps plan plans statement statements remarks "
    "announcement deployment presence policy measures measure operation action actions "
    "attack attacks strike strikes raid raids offensive"
)
# Words of a condemning verdict: "as a violation of", 'of "provocative"', 'as "hostile"'.
_CONDEMNING = wordset(
    "violation violations assassination aggression crime crimes criminal provocation "
    "provocative illegal illegitimate hostile terrorism terrorist unacceptable abhorrent "
    "breach massacre murder barbaric cowardly heinous outrageous senseless unjustified "
    "reckless escalation act_of_war interference meddling declaration"
)
_VERDICT_OPENERS = wordset("as of") | QUOTE_TOKENS


def condemning_verdict(s: _Sentence, pos: int) -> bool:
    """'as a violation of ...', 'of "provocative"' at ``pos``: a complement opened by
    "as", "of" or a quote mark with a condemning word among its next eight words."""
    tt = s.tt
    if pos >= s.end or tt.lower[pos] not in _VERDICT_OPENERS:
        return False
    return any(tt.lower[i] in _CONDEMNING for i in range(pos + 1, min(s.end, pos + 9)))


def described_author(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X qualified the French decision of 'provocative'", "X described Y's move as a
    violation": the author of the act judged (a possessor or a demonym before the act
    noun), when the verdict that follows condemns it."""
    tt = s.tt
    i = t_end
    if i < s.end and tt.lower[i] in _ARTICLES:
        i += 1
    g = s.group_at_start.get(i)
    if g is None or g.end >= s.end:
        return None
    j = g.end + 1 if tt.text[g.end] in lx.POSSESSIVE_MARKS else g.end
    if j >= s.end or tt.lower[j] not in _ACTS:
        return None
    return g if condemning_verdict(s, j + 1) else None


# A finder returns the target, or the target and the trigger when the complement decides it.
OBJECTS: dict[str, Callable[[_Sentence, int, int], Group | tuple[Group, lx.Trigger] | None]] = {
    "leave": left_bloc,
    "break": broken_ties_partner,
    "summon": summoned_envoy_state,
    "order_out": ordered_out,
    "keep_up": kept_in_power,
    "revenge": revenge_target,
    "suspend": suspended_member,
    "turn_to": turned_towards,
    "describe": described_author,
}


def summoner(s: _Sentence, g: Group) -> Group | None:
    """ "X summoned the US ambassador, NAME, to protest ...": when ``g`` is the envoy
    summoned, the summoner X (the subject before the summoning verb); else None."""
    tt = s.tt
    for i in range(g.start - 1, max(s.start, g.start - 8) - 1, -1):
        w = tt.lower[i]
        if w in SUMMONING:
            return s.left_group(i, skip_objects=True)
        office = w in _ARTICLES or w in _OFFICE_WORDS or w in (",", "'s", "’s")
        if not office and tt.text[i].islower():
            return None
    return None


def phrase_start(s: _Sentence, k: int) -> int:
    """'vowed "harsh revenge"': the first token of the noun phrase whose head is at ``k``
    (over quote marks and up to two lower-case modifiers), where its verb's subject is
    sought."""
    i = k
    while i > s.start and i > k - 4:
        t = s.tt.text[i - 1]
        if t in QUOTE_TOKENS or (t.islower() and t not in lx.VERB_FORMS and t.isalpha()):
            i -= 1
            continue
        break
    return i


# -- round 8b: light verbs, travel, requests, permissions, cut-offs -----------------------------
# Each is a verb that relates two actors only with its complement: "struck a deal with Y" (not an
# attack), "flew to CAPITAL" (a visit to its state), "asked Y to", "allowed Y to", "stopped arms
# exports to Y", "demanded that Y", 'called Y "a thief"', "launched NAME against Y".


def _forms(*bases: str) -> frozenset[str]:
    return frozenset(f for b in bases for f in lx.verb_forms(b))


# "X struck / reached / sealed a deal with Y", "X worked out with Y the principles of ...".
STRIKE_FORMS = _forms("strike")
DEAL_VERBS = _forms(
    "reach",
    "seal",
    "conclude",
    "clinch",
    "broker",
    "approve",
    "hammer",
    "work",
    "ink",
    "finalise",
    "finalize",
    "secure",
    "strike",
) | wordset("struck stricken")
DEAL_NOUNS = wordset(
    "deal deals agreement agreements accord accords pact pacts truce ceasefire cease-fire "
    "settlement memorandum compromise arrangement understanding treaty principles plan roadmap"
)
_DEAL_GAP = _ARTICLES | wordset(
    "new final landmark tentative initial formal historic peace ceasefire security trade "
    "defence defense military bilateral troop-access six-point framework out in the early "
    "hours of on late"
)
_WEEKDAYS = frozenset(w.lower() for w in lx.WEEKDAYS)
# "X flew to Moscow", "X, who came to Tbilisi": a leader travelling to a state's capital.
TRAVEL = _forms("fly", "come", "travel", "jet", "rush", "head") | wordset(
    "flew flown came travelled travelling traveller"
)
_TRAVEL_GAP = wordset("back again also then later quickly hastily briefly") | _ARTICLES
# "X spoke several times this week to Y": a conversation with an adjunct before the partner.
SPEAKING = wordset("speak speaks spoke spoken speaking")
# "X asked Moscow to station troops", "X begged Y for help".
ASKING = _forms("ask", "beg", "implore", "petition", "entreat")
# "X allowed Ukraine to strike targets": letting an actor act is backing it.
ALLOWING = _forms("allow", "permit", "authorise", "authorize", "empower", "encourage")
# "X saluted Y", "X hailed Y's courage": praise of an actor named as the object.
PRAISING = _forms("salute", "hail", "praise", "commend", "applaud", "laud")
_DOWNFALL = wordset(
    "fall defeat death collapse ouster killing downfall demise surrender retreat arrest"
)
# "X refused / dismissed Y's offer": rejecting a thing someone put forward.
REFUSING = _forms("refuse", "dismiss", "decline")
_PUT_FORWARD = wordset(
    "offer offers proposal proposals plan plans claim claims accusation accusations "
    "allegation allegations demand demands request requests overture overtures ultimatum "
    "initiative bid invitation appeal appeals conditions terms mediation"
)
# "X stopped approving new arms exports to Y", "X halted arms sales to Y": cutting off trade.
CUTTING = _forms("stop", "halt", "freeze", "ban", "block", "end", "curb", "suspend", "cut") | (
    wordset("froze frozen")
)
_SUPPLIES = wordset(
    "exports sales deliveries shipments transfers imports trade licences licenses"
)  # not aid: "suspended its aid to Y" ends support (a negated support), opposes no one
_SUPPLY_GAP = _ARTICLES | wordset(
    "approving granting all new further its their his her military arms weapons economic "
    "financial budget direct fuel gas oil export"
)
# "X demanded that Y return the weapons".
DEMANDING = _forms("demand")
# "X launched what it calls Operation NAME on DATE against Y".
LAUNCHING = _forms("launch", "mount", "unleash", "wage")
_LAUNCH_PARTICLES = wordset("against on upon into")
# "X called Y on Monday" (a call) / 'X called Y "a thief"' (a verdict).
CALLING = wordset("call calls called calling")
_CALL_ENDS = wordset(
    "on to late last after before again twice and , . ; — - about from this yesterday earlier"
)

DEAL = lx.VERBS["negotiate"]
VISIT = lx.VERBS["visit"]
CALL = lx.VERBS["phone"]
REQUEST = lx.Trigger("request", "consult", "REQUEST")
ALLOW = lx.VERBS["back"]
PRAISE = lx.VERBS["back"]
REFUSE = lx.VERBS["reject"]
CUT_OFF = lx.VERBS["sanction"]
DEMAND_THAT = lx.Trigger("demand", "oppose", "REQUEST")
LAUNCH = lx.VERBS["attack"]
# Frames whose source must be a person (a leader travels; a state or army does not "fly").
PERSON_SOURCE = frozenset({"travel"})


def deal_noun(tt_lower: list[str], pos: int, end: int) -> int:
    """Index of a deal noun reached from ``pos`` over articles, modifiers and a short time
    adjunct ("approved in the early hours of Wednesday a deal"), or -1."""
    for i in range(pos, min(end, pos + 9)):
        w = tt_lower[i]
        if w in DEAL_NOUNS:
            return i
        if w not in _DEAL_GAP and not w.isdigit() and w not in _WEEKDAYS:
            return -1
    return -1


def deal_partner(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X struck a deal with Y", "X worked out with Y the principles", "X struck a deal that
    allowed Y to deploy": the other party (after "with", or the actor the deal lets act)."""
    tt = s.tt
    if t_end < s.end and tt.lower[t_end] == "out":  # "worked out with Y", "hammered out"
        if t_end + 1 < s.end and tt.lower[t_end + 1] == "with":
            return s.right_group(t_end + 2, limit=4)
        t_end += 1
    d = deal_noun(tt.lower, t_end, s.end)
    if d < 0:
        return None
    nxt = tt.lower[d + 1] if d + 1 < s.end else ""
    if nxt == "with":
        return s.right_group(d + 2, limit=4)
    if nxt in ("that", "which") and d + 2 < s.end and tt.lower[d + 2] in ALLOWING:
        return s.right_group(d + 3, limit=4)
    return None


def travel_host(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X flew to Tbilisi", "X, who came to Moscow on 12 August": the state whose capital (or
    name) follows "to" at once; a place that is no state relates nothing."""
    tt = s.tt
    i = t_end
    while i < min(s.end, t_end + 2) and tt.lower[i] in _TRAVEL_GAP:
        i += 1
    if i + 1 >= s.end or tt.lower[i] != "to":
        return None
    g = s.group_at_start.get(i + 1)
    if g is None or not _all_kind(s, g, ("state",)):
        return None
    nxt = tt.text[g.end] if g.end < s.end else "."
    return None if nxt in lx.POSSESSIVE_MARKS else g  # "flew to Russia's border": a place


def spoken_partner(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X spoke several times over the past week to Y": the partner after "to"/"with" past a
    short adjunct without actors ("spoke to reporters about Y" names no partner)."""
    tt = s.tt
    for i in range(t_end, min(s.end, t_end + 10)):
        w = tt.lower[i]
        if w in ("to", "with"):
            return s.group_at_start.get(i + 1) or _over_articles(s, i + 1)
        if w in CLAUSE_STOPS or i in s.group_at_start:
            return None
    return None


CLAUSE_STOPS = lx.CLAUSE_BREAKS | wordset(", . that and about")


def _over_articles(s: _Sentence, pos: int) -> Group | None:
    """The group at ``pos`` after articles and office words ("the emir of Qatar")."""
    tt = s.tt
    i = pos
    while i < min(s.end, pos + 4):
        g = s.group_at_start.get(i)
        if g is not None:
            return g
        if not (tt.lower[i] in _ARTICLES or tt.lower[i] in _OFFICE_WORDS or tt.lower[i] == "of"):
            return None
        i += 1
    return None


def asked_party(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X asked Moscow to station troops", "X begged Y for help": the party asked (right
    after the verb), then "to" or "for"."""
    g = _over_articles(s, t_end)
    if g is None or g.end >= s.end or s.tt.lower[g.end] not in ("to", "for"):
        return None
    return g


def praised_party(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "France saluted President NAME", "X hailed Y's courage": the actor praised, named
    at once (or as the possessor of what is praised); "hailed the fall of Y" is no praise of
    Y, nor "hailed Y's defeat"."""
    tt = s.tt
    g = _over_articles(s, t_end)
    if g is None:
        return None
    if g.end + 1 < s.end and tt.text[g.end] in lx.POSSESSIVE_MARKS:
        return None if tt.lower[g.end + 1] in _DOWNFALL else g
    return g


def allowed_party(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X allowed Ukraine to strike targets": the actor allowed, then "to" + a verb."""
    g = _over_articles(s, t_end)
    if g is None or g.end + 1 >= s.end or s.tt.lower[g.end] != "to":
        return None
    return g if s.tt.text[g.end + 1].islower() else None


def refused_author(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X refused Y's offer", "X dismissed the claims of Y", "X declined an invitation from
    Y": the author of the thing put forward ("refused to talk" has no object)."""
    tt = s.tt
    i = t_end
    if i < s.end and tt.lower[i] in _ARTICLES:
        i += 1
    g = s.group_at_start.get(i)
    if g is not None and g.end + 1 < s.end and tt.text[g.end] in lx.POSSESSIVE_MARKS:
        j = g.end + 1
        while (
            j < min(s.end, g.end + 3) and tt.lower[j] not in _PUT_FORWARD and tt.text[j].islower()
        ):
            j += 1
        return g if j < s.end and tt.lower[j] in _PUT_FORWARD else None
    for j in range(i, min(s.end, i + 3)):
        if tt.lower[j] in _PUT_FORWARD:
            if j + 1 < s.end and tt.lower[j + 1] in ("of", "by", "from"):
                return s.right_group(j + 2, limit=4)
            return None
        if not tt.text[j].islower():
            return None
    return None


def cut_off_receiver(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X stopped approving new arms exports to Y", "X suspended weapons sales to Y": the
    receiver cut off, after "to"/"for" ("from" for imports)."""
    tt = s.tt
    i = t_end
    while i < min(s.end, t_end + 5) and tt.lower[i] in _SUPPLY_GAP:
        i += 1
    if i + 1 >= s.end or tt.lower[i] not in _SUPPLIES:
        return None
    nxt = tt.lower[i + 1]
    if nxt not in ("to", "for") and not (tt.lower[i] == "imports" and nxt == "from"):
        return None
    return s.right_group(i + 2, limit=4)


def demanded_party(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X demanded that they return the weapons", "X demanded that the U.S. embassy be
    closed": the actor the demand is made of (the subject of the "that" clause)."""
    tt = s.tt
    if t_end >= s.end or tt.lower[t_end] != "that":
        return None
    i = t_end + 1
    if i < s.end and tt.lower[i] in _ARTICLES:
        i += 1
    return s.group_at_start.get(i)


def launched_target(s: _Sentence, k: int, t_end: int) -> Group | None:
    """ "X launched what it calls Operation NAME on October 9 against Y": the actor after
    "against" (or "on"/"into" right before an actor) within the clause; "launched a campaign
    on Monday" has none."""
    tt = s.tt
    for i in range(t_end, min(s.end, t_end + 14)):
        w = tt.lower[i]
        if w in _LAUNCH_PARTICLES:
            g = s.group_at_start.get(i + 1) or _over_articles(s, i + 1)
            if g is not None:
                return g
            if w == "against":
                return None
        elif w in (",", ";", ":", "and", "but", "after", "before", "while", "as", "because"):
            return None
    return None


_INSULTS = wordset(
    "thief thieves criminal criminals murderer murderers butcher butchers killer killers "
    "dictator tyrant puppet puppets traitor traitors liar liars bandit bandits gangster "
    "gangsters pirate pirates terrorist terrorists aggressor aggressors occupier occupiers "
    "invader invaders fascist fascists nazi nazis enemy enemies threat menace warmonger "
    "warmongers war criminal"
)


def described_person(s: _Sentence, k: int, t_end: int) -> tuple[Group, lx.Trigger] | None:
    """'X described Y as "a thief"', "X called Y a war criminal": a verdict on an actor
    whose complement insults it opposes the actor; "X called Y on Monday" (no complement) is
    a telephone call. The group and the trigger, or None."""
    tt = s.tt
    g = _over_articles(s, t_end)
    if g is None or g.end >= s.end or tt.text[g.end] in lx.POSSESSIVE_MARKS:
        return None
    pos = g.end
    if (
        tt.lower[pos] in ("as", "of")
        or tt.text[pos] in QUOTE_TOKENS
        or tt.lower[pos]
        in (
            "a",
            "an",
        )
    ):
        hi = min(s.end, pos + 6)
        if any(tt.lower[i] in _INSULTS or tt.lower[i] in _CONDEMNING for i in range(pos, hi)):
            return g, CONDEMN
        return None
    if tt.lower[k] in CALLING and tt.lower[pos] in _CALL_ENDS and _all_kind(s, g, ("person",)):
        return g, CALL
    return None


def verdict_or_call(s: _Sentence, k: int, t_end: int) -> Group | tuple[Group, lx.Trigger] | None:
    """The describing frame: an act judged (its author), else an actor judged or called."""
    return described_author(s, k, t_end) or described_person(s, k, t_end)


def _cut_or(
    finder: Callable[[_Sentence, int, int], Group | None],
) -> Callable[[_Sentence, int, int], Group | None]:
    """A frame whose verb also cuts off supplies ("cut ties with Y" / "cut aid to Y")."""
    return lambda s, k, t_end: finder(s, k, t_end) or cut_off_receiver(s, k, t_end)


def _register() -> None:
    for words, trig, frame in (
        (DEAL_VERBS, DEAL, "deal"),
        (TRAVEL, VISIT, "travel"),
        (SPEAKING, CALL, "speak"),
        (ASKING, REQUEST, "ask"),
        (ALLOWING, ALLOW, "allow"),
        (PRAISING, PRAISE, "praise"),
        (REFUSING, REFUSE, "refuse"),
        (CUTTING, CUT_OFF, "cut_off"),
        (DEMANDING, DEMAND_THAT, "demand_that"),
        (LAUNCHING, LAUNCH, "launch"),
    ):
        for w in words:
            FORMS.setdefault(w, (trig, frame))
    OBJECTS.update(
        {
            "deal": deal_partner,
            "travel": travel_host,
            "speak": spoken_partner,
            "ask": asked_party,
            "allow": allowed_party,
            "praise": praised_party,
            "refuse": refused_author,
            "cut_off": cut_off_receiver,
            "demand_that": demanded_party,
            "launch": launched_target,
            "describe": verdict_or_call,
            "break": _cut_or(broken_ties_partner),
            "suspend": _cut_or(suspended_member),
        }
    )


_register()
