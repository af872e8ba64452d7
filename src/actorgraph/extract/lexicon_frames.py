"""Verbs that only state a relation inside a frame: a particle or a thing given must follow.

"fire" alone is not hostile ("fired the minister") but "fired missiles at X" is; "pushed"
alone is not ("pushed for talks") but "pushed X out of the town" is; "sent" or "offered"
relate two actors only when what is sent is aid ("sent weapons to X", "offered X a loan").
Each frame names the construction ``relations`` checks before it accepts the trigger.
"""

from __future__ import annotations

from actorgraph.extract.lexicon import Trigger, verb_forms
from actorgraph.extract.lexicon_roles import wordset

_ATTACK = Trigger("attack", "oppose", "ASSAULT")
_AID = Trigger("arm", "support", "AID")

# "X fired missiles at Y", "X opened fire on Y": the target follows one of these words.
AIMED = wordset("fire shoot lob hurl rain")
AIM_PARTICLES = wordset("at on upon into against")
# "X pushed Y out of Z", "X drove Y back": the object, then one of these words.
EXPELLING = wordset("push drive chase kick force clear flush")
EXPEL_PARTICLES = wordset("out back away")
# "X liberated the town from Y", "X freed the port from Y": Y is the one driven out.
FREEING = wordset("liberate free recapture retake reclaim")
FREE_PARTICLES = wordset("from")
# "X sent weapons to Y", "X offered Y a loan", "X lent Y money": a thing given is named.
GIVING = wordset(
    "send ship deliver provide give transfer smuggle offer grant lend extend pledge sell promise "
    "pour pump funnel channel"
)
# "X sold tanks to Y", "X poured money into Y's army": the receiver follows one of these.
RECEIVER_PARTICLES = wordset("to for into")
GIVEN_THINGS = wordset(
    """weapons arms ammunition munitions drones missiles rockets aid assistance support help
    loan loans credit credits money funds funding cash dollars billions millions equipment
    advisers advisors instructors trainers supplies fuel grain asylum backing personnel jets
    warplanes helicopters tanks rifles artillery shells equipments"""
)
# Heads of a target's noun phrase that stand for the actor modifying them: "rammed a Philippine
# vessel", "sanctions on three Turkish ministers", "fired at Ukrainian boats".
TARGET_HEADS = wordset(
    """vessel vessels ship ships boat boats warship warships frigate frigates tanker tankers
    navy convoy convoys outpost outposts aircraft jets planes drones helicopters units soldiers
    personnel officials ministers diplomats embassy supply resupply patrol coast guard two
    three four five six several dozens"""
)
# "Y received drones from X" (X supports Y), "Y was received by X" (a visit).
RECEIVING = wordset("receive obtain acquire")
# "X called for their withdrawal", "X demanded the departure of Y": Y is told to go.
DEPARTURE_NOUNS = wordset("withdrawal departure removal pullout exit expulsion ouster resignation")

_IRREGULAR_PAST = {
    "shoot": ("shot",),
    "drive": ("drove", "driven"),
    "send": ("sent",),
    "give": ("gave", "given"),
    "lend": ("lent",),
    "sell": ("sold",),
    "chase": (),
    "retake": ("retook", "retaken"),
}


def _frame_forms() -> dict[str, tuple[Trigger, str, str]]:
    """Inflected form -> (trigger, frame, tag); frame is "aimed", "expel", "free", "give" or
    "receive"."""
    table: dict[str, tuple[Trigger, str, str]] = {}
    for bases, trig, frame in (
        (AIMED, _ATTACK, "aimed"),
        (EXPELLING, _ATTACK, "expel"),
        (FREEING, _ATTACK, "free"),
        (GIVING, _AID, "give"),
        (RECEIVING, _AID, "receive"),
    ):
        for base in sorted(bases):
            forms = verb_forms(base)
            irregular = _IRREGULAR_PAST.get(base)
            if irregular:
                forms = {f: t for f, t in forms.items() if t != "past"}
                forms.update({p: "past" for p in irregular})
            for form, tag in forms.items():
                table.setdefault(form, (trig, frame, tag))
    return table


FRAME_FORMS = _frame_forms()

# "X called for / asked for / demanded the withdrawal of Y": these verbs, with "for" after
# the first group, then a departure noun whose possessor or "of" phrase is the target.
DEMAND_FOR = frozenset(f for base in ("call", "ask", "appeal", "press") for f in verb_forms(base))
DEMAND_DIRECT = frozenset(verb_forms("demand")) - {"demand", "demands"}
# "..., forcing the resignation of Y": forcing someone out is as hostile as demanding it.
DEMAND_DIRECT |= {"forced", "forcing"}
DEMAND = Trigger("demand", "oppose", "REQUEST")

# Verbs that relate two actors only in the passive with an agent: "Y, escorted by X" (X
# supports Y), "Y was greeted by X" (a meeting), "Y was chased by X" (X fights Y). Active
# uses are left alone ("X requested a delay", "X chased the story"). A short place or time
# adjunct may stand before "by" ("greeted at the airport by X").
PASSIVE_ONLY: dict[str, Trigger] = {
    "escorted": Trigger("protect", "support", "AID"),
    "authorised": Trigger("back", "support", "SUPPORT"),
    "authorized": Trigger("back", "support", "SUPPORT"),
    "mandated": Trigger("back", "support", "SUPPORT"),
    "requested": Trigger("request", "consult", "REQUEST"),
    "greeted": Trigger("meet", "consult", "CONSULT"),
    "chased": Trigger("fight", "oppose", "ASSAULT"),
    "pursued": Trigger("fight", "oppose", "ASSAULT"),
    "hunted": Trigger("fight", "oppose", "ASSAULT"),
    "repulsed": Trigger("fight", "oppose", "ASSAULT"),
}

# Nouns and verbs that relate two actors only inside their own frame (see ``frame_args``):
# "X expressed solidarity with Y", "in a letter addressed to Y, X said", "X announced the
# suspension of the treaty with Y". Form -> (trigger, construction).
FRAME_NOUNS: dict[str, tuple[Trigger, str]] = {
    "solidarity": (Trigger("back", "support", "SUPPORT"), "solidarity"),
    "letter": (Trigger("call", "consult", "CONSULT"), "letter"),
    "letters": (Trigger("call", "consult", "CONSULT"), "letter"),
    "suspension": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
    "termination": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
    "severing": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
    "rupture": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
    "suspended": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
    "severed": (Trigger("sanction", "oppose", "SANCTION"), "severance"),
}
# What a severance ends: "the suspension of the treaty of friendship with Y".
TIES_NOUNS = wordset("treaty treaties agreement agreements accord pact ties relations cooperation")
# Participles between a letter and its addressee ("a letter addressed to Y").
LETTER_PARTICIPLES = wordset("addressed sent written delivered handed")
