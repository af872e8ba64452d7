"""Word lists of general English used by the actor and relation extractors.

Nothing here is specific to a corpus: titles and offices, organisation cue words,
relation verbs and nouns (with their stance and PLOVER type), and polarity cues.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- actors ---------------------------------------------------------------------------------

# Title-case words that introduce a person's name ("Foreign Minister X", "Gen. X").
TITLE_WORDS = frozenset(
    (
        "President Vice Prime Minister Ministers Foreign Interior Defence Defense Finance "
        "Deputy Premier Chancellor Secretary General Gen Gen. Lt Lt. Lieutenant Colonel "
        "Col Col. Major Maj. Brigadier Brig. Captain Capt. Admiral Adm. Commander Cmdr. "
        "Field Marshal Marshall Sergeant Sgt. Chief Sheikh Shaikh Sheik Emir Amir King "
        "Queen Prince Princess Crown Sultan Ayatollah Imam Pope Mr Mr. Mrs Mrs. Ms Ms. Dr "
        "Dr. Prof Prof. Professor Sir Lord Lady Senator Sen. Rep. Representative Governor "
        "Gov. Mayor Ambassador Envoy Special Spokesman Spokeswoman Spokesperson Speaker "
        "Chairman Chairwoman Chair Director Leader Head Supreme Acting Former "
        "Colonel-General Foreign-Minister State Affairs Security National Adviser Advisor "
        "Counsellor Justice Judge Sayyed Sayyid Sayed"
    ).split()
)
# Capitalised words that begin sentences or list items but are not names.
COMMON_CAPITALISED = frozenset(
    (
        "First Second Third Fourth Fifth Sixth Finally Firstly Secondly Thirdly Lastly "
        "Also Note Moreover Furthermore Meanwhile However Hence Thus Therefore Indeed "
        "Instead Currently Today Yesterday Tomorrow Now Then Importantly Additionally "
        "Apart Given Such According Despite Although While Because Whether Unless Since "
        "Until After Before During Following Amid Photo Video Gallery Image Read More "
        "Related Share Click Comment Comments Reply Update Updated Breaking Exclusive "
        "Analysis Opinion Editorial OpEd Op-Ed Column Column Report Mr Mrs Ms Dr Islamist "
        "Islamists Islamic Jihadist Jihadists Western Eastern Arab Arabs Muslim Muslims "
        "Christian Christians Sunni Shia Shiite Kurdish Kurds Conservative Liberal Labour"
    ).split()
)

# Peoples without a state of their own: adjective -> the plural noun for the people and the
# name words of the armed groups that fight in their name ("Kurdish" -> "the Kurds", a
# "Kurdistan ..." group). "The Kurds", "Kurdish units" refer to such a group.
PEOPLES: dict[str, tuple[str, ...]] = {
    adj: tuple(words.split())
    for adj, words in (
        ("Kurdish", "Kurds Kurdistan"),
        ("Tigrayan", "Tigrayans Tigray"),
        ("Amhara", "Amharas Amhara"),
        ("Oromo", "Oromos Oromo"),
        ("Karen", "Karen"),
        ("Kachin", "Kachin"),
        ("Shan", "Shan"),
        ("Arakanese", "Arakanese Arakan"),
        ("Rakhine", "Rakhine Arakan"),
        ("Rohingya", "Rohingya"),
        ("Baloch", "Baloch Balochistan Baluch Baluchistan"),
        ("Baluch", "Baluch Baloch Baluchistan Balochistan"),
        ("Pashtun", "Pashtuns Pashtun"),
        ("Tamil", "Tamils Tamil Eelam"),
        ("Uyghur", "Uyghurs Uyghur"),
        ("Uighur", "Uighurs Uighur"),
        ("Druze", "Druze"),
        ("Alawite", "Alawites Alawite"),
        ("Yazidi", "Yazidis Yazidi"),
        ("Tuareg", "Tuareg Tuaregs Azawad"),
        ("Berber", "Berbers Amazigh"),
        ("Chechen", "Chechens Chechen"),
        ("Hazara", "Hazaras Hazara"),
        ("Fulani", "Fulani"),
        ("Masalit", "Masalit"),
        ("Zaghawa", "Zaghawa"),
        ("Nuer", "Nuer"),
        ("Dinka", "Dinka"),
        ("Hutu", "Hutus Hutu"),
        ("Tutsi", "Tutsis Tutsi"),
        ("Igbo", "Igbo Biafra"),
        ("Moro", "Moro"),
    )
}

# Lower-case role nouns that, right before a name, make it a person ("warlord X", "spokesman X").
ROLE_NOUNS = frozenset(
    (
        "president minister leader commander general marshal warlord strongman spokesman "
        "spokeswoman spokesperson envoy ambassador official officer chief chairman "
        "premier king prince emir sheikh colonel rebel militant terrorist jihadist "
        "dictator putschist head secretary adviser advisor analyst expert journalist "
        "professor diplomat negotiator mediator governor mayor senator lawmaker MP "
        "politician activist cleric imam businessman tycoon magnate founder deputy aide "
        "predecessor successor counterpart"
    ).split()
)

# Capitalised words that make a name an organisation, by kind.
ORG_CUES: dict[str, str] = {}
for _w in (
    "Army Armies Forces Force Brigade Brigades Militia Militias Battalion Battalions "
    "Division Corps Guard Guards Guardians Regiment Legion Mujahideen Mujahedeen Fighters "
    "Rebels Front Clan Cartel"
).split():
    ORG_CUES[_w] = "armed_group"
for _w in (
    "Government Administration Ministry Cabinet Presidency Parliament Authority "
    "Authorities Assembly Senate Congress Junta Regime Council Command Directorate "
    "Interior Executive Emirate Republic Kingdom"
).split():
    ORG_CUES[_w] = "government"
for _w in (
    "Group Party Movement Alliance Union Organization Organisation Committee Agency "
    "Office Department Bank Company Corporation Foundation Institute University Centre "
    "Center Commission Tribunal Court League Network Association Society Mission "
    "Brotherhood Coalition Federation Trust Fund Service Services Police Media News "
    "Agency Initiative Bureau Club Congress Community Observatory Watch Cross Crescent"
).split():
    ORG_CUES.setdefault(_w, "organization")

# Lower-case heads that turn "X" into a group actor: "Haftar's forces", "Russian mercenaries".
FORCE_NOUNS = frozenset(
    (
        "forces troops army militia militias fighters soldiers men mercenaries units "
        "brigades loyalists"
    ).split()
)
GOVERNMENT_NOUNS = frozenset(["administration", "government", "regime", "cabinet", "authorities"])

# Capitalised words that make a run a place or an event, not an actor.
PLACE_EVENT_WORDS = frozenset(
    (
        "Summit Conference Process Agreement Deal Treaty Accords Talks Sea Ocean Gulf "
        "River Lake Square Street Road Avenue Port Airport Airbase Base Region Province "
        "District City Town Village Desert Mountains Mountain Valley Basin Peninsula "
        "Coast Border Crisis War Wars Revolution Spring Day Week Month Year Games Cup "
        "Prize Award Hotel Palace Hospital Stadium Bridge Strait Canal Island Islands "
        "Field Fields Oilfield Crescent Highway Corridor Zone Camp Prison Mosque Church "
        "Declaration Plan Initiative Law Act Resolution Charter Protocol Forum Festival "
        "Line"
    ).split()
)
DIRECTION_WORDS = frozenset(
    (
        "North South East West Middle Central Eastern Western Northern Southern Upper "
        "Lower Greater Near Far"
    ).split()
)
CONTINENTS_AND_REGIONS = frozenset(
    (
        "Africa Asia Europe America Americas Oceania Antarctica Arctic Mediterranean "
        "Sahel Sahara Maghreb Levant Balkans Caucasus Gulf Horn Scandinavia Caribbean "
        "Pacific Atlantic Middle East MENA Eurasia Arabia"
    ).split()
)
MONTHS = frozenset(
    (
        "January February March April May June July August September October November "
        "December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. "
        "Sept Sept. Oct Oct. Nov Nov. Dec Dec."
    ).split()
)
WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
# Connectors allowed inside a multi-word name.
NAME_PARTICLES = frozenset(
    ("of for and the al el wal bin ibn bint abu abd de del da di van von der la le du").split()
)
PERSON_PARTICLES = NAME_PARTICLES - {"of", "for", "and", "the"}

PRONOUNS_PERSON = frozenset(["he", "him", "his", "she", "her"])
PRONOUNS_PLURAL = frozenset(["they", "them", "their"])

# Possessive marks as the tokenizer leaves them ("Russia's", "the rebels'") and possessive
# determiners, for the argument finders that read "X's NOUN" and "its NOUN".
# The possessive clitic as the tokenizer splits it off ("Chad's", "Chad’s").
POSSESSIVE_S = frozenset({"'s", "’s", "‘s"})
POSSESSIVE_MARKS = POSSESSIVE_S | {"'", "’"}
POSSESSIVE_PRONOUNS = frozenset("its their his her".split())


# -- relations ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    stance: str
    plover: str


def _t(type_: str, stance: str, plover: str) -> Trigger:
    return Trigger(type_, stance, plover)


# base verb -> trigger; particles in VERB_PARTICLES are allowed between verb and object.
VERBS: dict[str, Trigger] = {
    # support
    "back": _t("back", "support", "SUPPORT"),
    "support": _t("support", "support", "SUPPORT"),
    "endorse": _t("back", "support", "SUPPORT"),
    "champion": _t("back", "support", "SUPPORT"),
    "sponsor": _t("back", "support", "SUPPORT"),
    "favour": _t("back", "support", "SUPPORT"),
    "favor": _t("back", "support", "SUPPORT"),
    "recognise": _t("recognize", "support", "SUPPORT"),
    "recognize": _t("recognize", "support", "SUPPORT"),
    "arm": _t("arm", "support", "AID"),
    "equip": _t("arm", "support", "AID"),
    "supply": _t("arm", "support", "AID"),
    "train": _t("train", "support", "AID"),
    "fund": _t("fund", "support", "AID"),
    "finance": _t("fund", "support", "AID"),
    "bankroll": _t("fund", "support", "AID"),
    "aid": _t("aid", "support", "AID"),
    "help": _t("aid", "support", "AID"),
    "assist": _t("aid", "support", "AID"),
    "protect": _t("protect", "support", "AID"),
    "defend": _t("protect", "support", "AID"),
    "rescue": _t("aid", "support", "AID"),
    "shelter": _t("protect", "support", "AID"),
    "harbour": _t("protect", "support", "AID"),
    "harbor": _t("protect", "support", "AID"),
    "reinforce": _t("aid", "support", "AID"),
    "ally": _t("ally", "support", "COOPERATE"),
    "cooperate": _t("cooperate", "support", "COOPERATE"),
    # oppose
    "fight": _t("fight", "oppose", "ASSAULT"),
    "battle": _t("fight", "oppose", "ASSAULT"),
    "combat": _t("fight", "oppose", "ASSAULT"),
    "confront": _t("fight", "oppose", "ASSAULT"),
    "attack": _t("attack", "oppose", "ASSAULT"),
    "assault": _t("attack", "oppose", "ASSAULT"),
    "strike": _t("attack", "oppose", "ASSAULT"),
    "bomb": _t("attack", "oppose", "ASSAULT"),
    "shell": _t("attack", "oppose", "ASSAULT"),
    "invade": _t("attack", "oppose", "ASSAULT"),
    "raid": _t("attack", "oppose", "ASSAULT"),
    "ambush": _t("attack", "oppose", "ASSAULT"),
    "target": _t("attack", "oppose", "ASSAULT"),
    "kill": _t("attack", "oppose", "ASSAULT"),
    "besiege": _t("attack", "oppose", "COERCE"),
    "capture": _t("attack", "oppose", "ASSAULT"),
    "defeat": _t("defeat", "oppose", "ASSAULT"),
    "vanquish": _t("defeat", "oppose", "ASSAULT"),
    "crush": _t("defeat", "oppose", "ASSAULT"),
    "rout": _t("defeat", "oppose", "ASSAULT"),
    "eliminate": _t("defeat", "oppose", "ASSAULT"),
    "eradicate": _t("defeat", "oppose", "ASSAULT"),
    "destroy": _t("attack", "oppose", "ASSAULT"),
    "overthrow": _t("attack", "oppose", "ASSAULT"),
    "oust": _t("attack", "oppose", "ASSAULT"),
    "topple": _t("attack", "oppose", "ASSAULT"),
    "repel": _t("fight", "oppose", "ASSAULT"),
    "resist": _t("fight", "oppose", "ASSAULT"),
    "warn": _t("warn", "oppose", "THREATEN"),
    "threaten": _t("threaten", "oppose", "THREATEN"),
    "reject": _t("reject", "oppose", "REJECT"),
    "rebuff": _t("reject", "oppose", "REJECT"),
    "snub": _t("reject", "oppose", "REJECT"),
    "oppose": _t("reject", "oppose", "REJECT"),
    "accuse": _t("accuse", "oppose", "ACCUSE"),
    "blame": _t("accuse", "oppose", "ACCUSE"),
    "condemn": _t("accuse", "oppose", "ACCUSE"),
    "denounce": _t("accuse", "oppose", "ACCUSE"),
    "criticise": _t("accuse", "oppose", "ACCUSE"),
    "criticize": _t("accuse", "oppose", "ACCUSE"),
    "slam": _t("accuse", "oppose", "ACCUSE"),
    "sanction": _t("sanction", "oppose", "SANCTION"),
    "boycott": _t("sanction", "oppose", "SANCTION"),
    "pressure": _t("coerce", "oppose", "COERCE"),
    "pressurise": _t("coerce", "oppose", "COERCE"),
    "pressurize": _t("coerce", "oppose", "COERCE"),
    "expel": _t("coerce", "oppose", "COERCE"),
    "arrest": _t("coerce", "oppose", "COERCE"),
    "detain": _t("coerce", "oppose", "COERCE"),
    "depose": _t("attack", "oppose", "ASSAULT"),
    "reproach": _t("accuse", "oppose", "ACCUSE"),
    "blockade": _t("coerce", "oppose", "COERCE"),
    "punish": _t("coerce", "oppose", "COERCE"),
    "undermine": _t("undermine", "oppose", "COERCE"),
    "counter": _t("fight", "oppose", "ASSAULT"),
    "clash": _t("fight", "oppose", "ASSAULT"),
    "protest": _t("protest", "oppose", "PROTEST"),
    # ASSAULT / COERCE verbs a wire reporter uses beside "attack" (round 8b, PLOVER sweep)
    "bombard": _t("attack", "oppose", "ASSAULT"),
    "strafe": _t("attack", "oppose", "ASSAULT"),
    "storm": _t("attack", "oppose", "ASSAULT"),
    "ram": _t("attack", "oppose", "ASSAULT"),
    "torpedo": _t("attack", "oppose", "ASSAULT"),
    "overrun": _t("attack", "oppose", "ASSAULT"),
    "assassinate": _t("attack", "oppose", "ASSAULT"),
    "massacre": _t("attack", "oppose", "ASSAULT"),
    "intercept": _t("fight", "oppose", "ASSAULT"),
    "encircle": _t("attack", "oppose", "COERCE"),
    "seize": _t("coerce", "oppose", "COERCE"),
    "abduct": _t("coerce", "oppose", "COERCE"),
    "kidnap": _t("coerce", "oppose", "COERCE"),
    "impeach": _t("sanction", "oppose", "SANCTION"),
    # ACCUSE: verbs of public blame
    "censure": _t("accuse", "oppose", "ACCUSE"),
    "rebuke": _t("accuse", "oppose", "ACCUSE"),
    "castigate": _t("accuse", "oppose", "ACCUSE"),
    "lambast": _t("accuse", "oppose", "ACCUSE"),
    "lambaste": _t("accuse", "oppose", "ACCUSE"),
    "berate": _t("accuse", "oppose", "ACCUSE"),
    "assail": _t("accuse", "oppose", "ACCUSE"),
    "excoriate": _t("accuse", "oppose", "ACCUSE"),
    "vilify": _t("accuse", "oppose", "ACCUSE"),
    "demonise": _t("accuse", "oppose", "ACCUSE"),
    "demonize": _t("accuse", "oppose", "ACCUSE"),
    "indict": _t("accuse", "oppose", "ACCUSE"),
    "insult": _t("accuse", "oppose", "ACCUSE"),
    # REJECT
    "repudiate": _t("reject", "oppose", "REJECT"),
    "spurn": _t("reject", "oppose", "REJECT"),
    "disown": _t("reject", "oppose", "REJECT"),
    "defy": _t("reject", "oppose", "REJECT"),
    # consult
    "meet": _t("meet", "consult", "CONSULT"),
    "visit": _t("visit", "consult", "CONSULT"),
    "host": _t("meet", "consult", "CONSULT"),
    "phone": _t("call", "consult", "CONSULT"),
    "telephone": _t("call", "consult", "CONSULT"),
    "negotiate": _t("negotiate", "consult", "CONSULT"),
    "consult": _t("meet", "consult", "CONSULT"),
    "mediate": _t("negotiate", "consult", "CONSULT"),
    "talk": _t("negotiate", "consult", "CONSULT"),
    "discuss": _t("negotiate", "consult", "CONSULT"),
    "apologise": _t("apologize", "consult", "CONCEDE"),
    "apologize": _t("apologize", "consult", "CONCEDE"),
    "invite": _t("meet", "consult", "CONSULT"),
    "welcome": _t("meet", "consult", "CONSULT"),
    "lobby": _t("request", "consult", "REQUEST"),
    # symmetric: "X and Y signed an agreement", "X agreed a truce with Y"
    "sign": _t("negotiate", "consult", "CONSULT"),
    "shuttle": _t("negotiate", "consult", "CONSULT"),
    "agree": _t("negotiate", "consult", "CONSULT"),
}
# Verbs that need a particle to be relational ("side with", "talk to").
VERB_PARTICLES = frozenset(["with", "to", "on", "against", "for", "into", "at"])

NOUNS: dict[str, Trigger] = {
    "support": _t("support", "support", "SUPPORT"),
    "backing": _t("back", "support", "SUPPORT"),
    "sponsorship": _t("back", "support", "SUPPORT"),
    "patronage": _t("back", "support", "SUPPORT"),
    "endorsement": _t("back", "support", "SUPPORT"),
    "recognition": _t("recognize", "support", "SUPPORT"),
    "aid": _t("aid", "support", "AID"),
    "help": _t("aid", "support", "AID"),
    "assistance": _t("aid", "support", "AID"),
    "funding": _t("fund", "support", "AID"),
    "financing": _t("fund", "support", "AID"),
    "arms": _t("arm", "support", "AID"),
    "weapons": _t("arm", "support", "AID"),
    "protection": _t("protect", "support", "AID"),
    "alliance": _t("ally", "support", "COOPERATE"),
    "partnership": _t("ally", "support", "COOPERATE"),
    "cooperation": _t("cooperate", "support", "COOPERATE"),
    "attack": _t("attack", "oppose", "ASSAULT"),
    "attacks": _t("attack", "oppose", "ASSAULT"),
    "assault": _t("attack", "oppose", "ASSAULT"),
    "offensive": _t("attack", "oppose", "ASSAULT"),
    "counter-offensive": _t("attack", "oppose", "ASSAULT"),
    "strike": _t("attack", "oppose", "ASSAULT"),
    "strikes": _t("attack", "oppose", "ASSAULT"),
    "airstrikes": _t("attack", "oppose", "ASSAULT"),
    "bombing": _t("attack", "oppose", "ASSAULT"),
    "invasion": _t("attack", "oppose", "ASSAULT"),
    "war": _t("fight", "oppose", "ASSAULT"),
    "fight": _t("fight", "oppose", "ASSAULT"),
    "campaign": _t("fight", "oppose", "ASSAULT"),
    "siege": _t("attack", "oppose", "COERCE"),
    "blockade": _t("coerce", "oppose", "COERCE"),
    "pressure": _t("coerce", "oppose", "COERCE"),
    "warning": _t("warn", "oppose", "THREATEN"),
    "warnings": _t("warn", "oppose", "THREATEN"),
    "threat": _t("threaten", "oppose", "THREATEN"),
    "threats": _t("threaten", "oppose", "THREATEN"),
    "ultimatum": _t("threaten", "oppose", "THREATEN"),
    "sanctions": _t("sanction", "oppose", "SANCTION"),
    "embargo": _t("sanction", "oppose", "SANCTION"),
    "accusation": _t("accuse", "oppose", "ACCUSE"),
    "accusations": _t("accuse", "oppose", "ACCUSE"),
    "condemnation": _t("accuse", "oppose", "ACCUSE"),
    "criticism": _t("accuse", "oppose", "ACCUSE"),
    "rejection": _t("reject", "oppose", "REJECT"),
    "opposition": _t("reject", "oppose", "REJECT"),
    "meeting": _t("meet", "consult", "CONSULT"),
    "meetings": _t("meet", "consult", "CONSULT"),
    "visit": _t("visit", "consult", "CONSULT"),
    "visits": _t("visit", "consult", "CONSULT"),
    "trip": _t("visit", "consult", "CONSULT"),
    "trips": _t("visit", "consult", "CONSULT"),
    "summit": _t("meet", "consult", "CONSULT"),
    "summits": _t("meet", "consult", "CONSULT"),
    "talks": _t("negotiate", "consult", "CONSULT"),
    "negotiations": _t("negotiate", "consult", "CONSULT"),
    "call": _t("call", "consult", "CONSULT"),
    "consultations": _t("meet", "consult", "CONSULT"),
    "mediation": _t("negotiate", "consult", "CONSULT"),
    "dialogue": _t("negotiate", "consult", "CONSULT"),
    "apology": _t("apologize", "consult", "CONCEDE"),
    "pact": _t("ally", "support", "COOPERATE"),
    "delivery": _t("arm", "support", "AID"),
    "deliveries": _t("arm", "support", "AID"),
    "reliance": _t("back", "support", "SUPPORT"),
    "dependence": _t("back", "support", "SUPPORT"),
    "clashes": _t("fight", "oppose", "ASSAULT"),
    "fighting": _t("fight", "oppose", "ASSAULT"),
    "hostilities": _t("fight", "oppose", "ASSAULT"),
}
# Agent nouns: "X's backers", "backers of X" -> the backers support X.
AGENT_NOUNS: dict[str, Trigger] = {
    "backer": _t("back", "support", "SUPPORT"),
    "backers": _t("back", "support", "SUPPORT"),
    "supporter": _t("support", "support", "SUPPORT"),
    "supporters": _t("support", "support", "SUPPORT"),
    "sponsor": _t("back", "support", "SUPPORT"),
    "sponsors": _t("back", "support", "SUPPORT"),
    "patron": _t("back", "support", "SUPPORT"),
    "patrons": _t("back", "support", "SUPPORT"),
    "supplier": _t("arm", "support", "AID"),
    "suppliers": _t("arm", "support", "AID"),
    "financier": _t("fund", "support", "AID"),
    "financiers": _t("fund", "support", "AID"),
    "protector": _t("protect", "support", "AID"),
    # "X is Y's largest funder": who pays for or lends to an actor backs it
    "funder": _t("fund", "support", "AID"),
    "funders": _t("fund", "support", "AID"),
    "donor": _t("fund", "support", "AID"),
    "donors": _t("fund", "support", "AID"),
    "creditor": _t("fund", "support", "AID"),
    "creditors": _t("fund", "support", "AID"),
    "benefactor": _t("fund", "support", "AID"),
    "benefactors": _t("fund", "support", "AID"),
    "guarantor": _t("protect", "support", "AID"),
    "guarantors": _t("protect", "support", "AID"),
    "ally": _t("ally", "support", "COOPERATE"),
    "allies": _t("ally", "support", "COOPERATE"),
    "enemy": _t("fight", "oppose", "ASSAULT"),
    "enemies": _t("fight", "oppose", "ASSAULT"),
    "foe": _t("fight", "oppose", "ASSAULT"),
    "foes": _t("fight", "oppose", "ASSAULT"),
    "adversary": _t("fight", "oppose", "ASSAULT"),
    "adversaries": _t("fight", "oppose", "ASSAULT"),
}
# Multi-word triggers (lower-case token sequences): source is the clause subject.
PHRASES: dict[tuple[str, ...], Trigger] = {
    ("in", "favour", "of"): _t("back", "support", "SUPPORT"),
    ("in", "favor", "of"): _t("back", "support", "SUPPORT"),
    ("on", "behalf", "of"): _t("back", "support", "COOPERATE"),
    ("in", "support", "of"): _t("support", "support", "SUPPORT"),
    ("side", "with"): _t("ally", "support", "COOPERATE"),
    ("sides", "with"): _t("ally", "support", "COOPERATE"),
    ("sided", "with"): _t("ally", "support", "COOPERATE"),
    ("siding", "with"): _t("ally", "support", "COOPERATE"),
    ("stand", "by"): _t("back", "support", "SUPPORT"),
    ("stood", "by"): _t("back", "support", "SUPPORT"),
    ("loyal", "to"): _t("ally", "support", "COOPERATE"),
    ("affiliated", "with"): _t("ally", "support", "COOPERATE"),
    ("aligned", "with"): _t("ally", "support", "COOPERATE"),
    ("crack", "down", "on"): _t("coerce", "oppose", "COERCE"),
    ("cracked", "down", "on"): _t("coerce", "oppose", "COERCE"),
    ("hold", "talks", "with"): _t("negotiate", "consult", "CONSULT"),
    ("held", "talks", "with"): _t("negotiate", "consult", "CONSULT"),
    ("holds", "talks", "with"): _t("negotiate", "consult", "CONSULT"),
    ("spoke", "with"): _t("call", "consult", "CONSULT"),
    ("plead", "with"): _t("request", "consult", "REQUEST"),
    ("pleads", "with"): _t("request", "consult", "REQUEST"),
    ("pleaded", "with"): _t("request", "consult", "REQUEST"),
    ("pleading", "with"): _t("request", "consult", "REQUEST"),
    ("spoke", "to"): _t("call", "consult", "CONSULT"),
    ("spoken", "with"): _t("call", "consult", "CONSULT"),
    ("spoken", "to"): _t("call", "consult", "CONSULT"),
    ("restored", "ties", "with"): _t("meet", "consult", "CONSULT"),
    ("restore", "ties", "with"): _t("meet", "consult", "CONSULT"),
    ("restored", "relations", "with"): _t("meet", "consult", "CONSULT"),
    ("pledged", "allegiance", "to"): _t("ally", "support", "COOPERATE"),
    ("pledge", "allegiance", "to"): _t("ally", "support", "COOPERATE"),
    ("pledges", "allegiance", "to"): _t("ally", "support", "COOPERATE"),
    ("speaks", "with"): _t("call", "consult", "CONSULT"),
    ("call", "on"): _t("demand", "oppose", "REQUEST"),
    ("calls", "on"): _t("demand", "oppose", "REQUEST"),
    ("called", "on"): _t("demand", "oppose", "REQUEST"),
    ("calling", "on"): _t("demand", "oppose", "REQUEST"),
    ("urged",): _t("demand", "oppose", "REQUEST"),
    ("urges",): _t("demand", "oppose", "REQUEST"),
    ("urge",): _t("demand", "oppose", "REQUEST"),
    ("urging",): _t("demand", "oppose", "REQUEST"),
    ("tipping", "the", "scales"): _t("back", "support", "SUPPORT"),
    # "X props up the regime": keeping someone in place is backing them
    ("prop", "up"): _t("back", "support", "SUPPORT"),
    ("props", "up"): _t("back", "support", "SUPPORT"),
    ("propped", "up"): _t("back", "support", "SUPPORT"),
    ("propping", "up"): _t("back", "support", "SUPPORT"),
}
# After "call on X to ...": these verbs make the demand hostile; others make it a consultation.
HOSTILE_DEMANDS = frozenset(
    (
        "stop end halt cease withdraw leave abandon quit pull surrender disarm refrain drop step"
    ).split()
)

_IRREGULAR = {
    "fight": ("fought",),
    "overrun": ("overran",),
    "defy": ("defied",),
    "meet": ("met",),
    "strike": ("struck", "stricken"),
    "overthrow": ("overthrew", "overthrown"),
    "shell": ("shelled",),
    "ally": ("allied",),
    "supply": ("supplied",),
    "bankroll": ("bankrolled",),
}
_DOUBLE = frozenset(
    (
        "ban bar ship plan stop drop snub slam rob scrap shun pin tip grip arm expel repel "
        "compel patrol control ram kidnap overrun"
    ).split()
) - {"arm"}


def verb_forms(base: str) -> dict[str, str]:
    """Inflected forms of a regular English verb -> 'base' | '3s' | 'past' | 'ing'."""
    forms = {base: "base"}
    if base.endswith("y") and base[-2] not in "aeiou":
        forms[base[:-1] + "ies"] = "3s"
        forms[base[:-1] + "ied"] = "past"
        forms[base + "ing"] = "ing"
    elif base.endswith("e"):
        forms[base + "s"] = "3s"
        forms[base + "d"] = "past"
        forms[base[:-1] + "ing"] = "ing"
    else:
        s3 = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
        forms[s3] = "3s"
        stem = base + base[-1] if base in _DOUBLE else base
        forms[stem + "ed"] = "past"
        forms[stem + "ing"] = "ing"
    for irr in _IRREGULAR.get(base, ()):
        forms[irr] = "past"
    if (
        base in _IRREGULAR
        and base + "ed" in forms
        and base not in ("shell", "ally", "supply", "bankroll")
    ):
        del forms[base + "ed"]
    return forms


def _verb_table() -> dict[str, tuple[Trigger, str]]:
    table: dict[str, tuple[Trigger, str]] = {}
    for base, trig in VERBS.items():
        for form, tag in verb_forms(base).items():
            table.setdefault(form, (trig, tag))
    return table


VERB_FORMS = _verb_table()


def _particle_phrases() -> None:
    """Particle and light-verb phrases, in every inflection: "pushed back X", "turned down
    X's offer", "paid tribute to X", "fought at the side of X", "turned to X"."""
    table = (
        ("push drive beat fend fight force", ("back",), _t("fight", "oppose", "ASSAULT")),
        ("fend fight", ("off",), _t("fight", "oppose", "ASSAULT")),
        ("shoot", ("down",), _t("attack", "oppose", "ASSAULT")),
        ("turn", ("down",), _t("reject", "oppose", "REJECT")),
        ("brush", ("aside",), _t("reject", "oppose", "REJECT")),
        ("pay render", ("tribute", "to"), _t("back", "support", "SUPPORT")),
        ("pay render", ("homage", "to"), _t("back", "support", "SUPPORT")),
        ("fight stand", ("at", "the", "side", "of"), _t("ally", "support", "COOPERATE")),
        ("fight stand", ("side", "by", "side", "with"), _t("ally", "support", "COOPERATE")),
        ("reach", ("out", "to"), _t("call", "consult", "CONSULT")),
        ("lodge file", ("a", "protest", "with"), _t("protest", "oppose", "PROTEST")),
        ("lodge file", ("a", "complaint", "against"), _t("protest", "oppose", "PROTEST")),
        ("vote", ("for", "sanctions", "against"), _t("sanction", "oppose", "SANCTION")),
    )
    irregular = {
        "drive": ("drove", "driven"),
        "beat": ("beat", "beaten"),
        "fend": ("fended",),
        "fight": ("fought",),
        "shoot": ("shot",),
        "pay": ("paid",),
        "stand": ("stood",),
    }
    for bases, rest, trig in table:
        for base in bases.split():
            forms = set(verb_forms(base)) | set(irregular.get(base, ()))
            if base in ("pay", "shoot", "stand", "fight", "drive", "beat"):
                forms -= {base + "ed", "payed"}
            for form in forms:
                PHRASES.setdefault((form, *rest), trig)
    recognized = _t("recognize", "support", "SUPPORT")
    for form in (*verb_forms("recognise"), *verb_forms("recognize")):
        for noun in "independence sovereignty statehood legitimacy government".split():
            PHRASES.setdefault((form, "the", noun, "of"), recognized)


_particle_phrases()

# -- polarity cues --------------------------------------------------------------------------
# Verbs that end what follows them: "withdrew its support for X" is no longer support.
ENDING_WORDS = frozenset(
    (
        "withdrew withdraw withdraws withdrawn ended end ends cut cuts halted halt halts "
        "suspended suspend suspends stopped stop stops ceased cease ceases lost loses "
        "dropped abandoned"
    ).split()
)
NEGATION_WORDS = frozenset(
    ("not n't never no without neither nor none nobody nothing cannot").split()
)
DENIAL_WORDS = frozenset(
    (
        "deny denies denied denying denial denials refute refutes refuted dismiss "
        "dismissed dismisses refused refuses refuse rejects rejected reject"
    ).split()
)
HEDGE_WORDS = frozenset(
    (
        "allegedly reportedly purportedly supposedly apparently rumour rumours rumor "
        "rumors rumoured rumored alleged alleges allege suspected unconfirmed unverified "
        "could would might may if whether unless perhaps possibly probably likely "
        "unlikely maybe speculation speculated suggests suggested claimed claims appear "
        "appears appeared seem seems seemed believed presumably potential potentially"
    ).split()
)
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("is", "said", "to"),
    ("are", "said", "to"),
    ("was", "said", "to"),
    ("were", "said", "to"),
    ("at", "times"),
    ("at", "least", "at", "times"),
    ("according", "to", "unconfirmed"),
    ("it", "is", "believed"),
)

BE_AUX = frozenset(
    (
        "is are was were be been being am 's has have had having will would shall should "
        "can could may might must do does did get gets got getting become became"
    ).split()
)
PREPOSITIONS = frozenset(
    (
        "in on at of from to with by for about against into onto over under between among "
        "amid across through during after before since toward towards within without near "
        "behind beyond inside outside upon via per despite like than"
    ).split()
)
CLAUSE_BREAKS = frozenset(
    ("; : because while whereas although though but however since unless until which").split()
)
DETERMINERS = frozenset(
    (
        "the a an this that these those its his her their our your my some any all each "
        "every both either another other such much many more most several"
    ).split()
)
