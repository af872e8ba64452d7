"""Relation extraction on sentences written for these tests, one construction each."""

from __future__ import annotations

import pytest

from _relation_fixtures import relations
from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp
from actorgraph.extract.relations import find_relations

CASES = [
    # active
    (
        "Egypt backs the Tobruk Defence Council (TDC) in the east.",
        {("Egypt", "support", "Tobruk Defence Council", "asserted")},
    ),
    (
        "Turkish drones attacked the Free Coast Brigades near the port.",
        {("Turkey", "oppose", "Free Coast Brigades", "asserted")},
    ),
    # passive, reduced relative, relative clause
    (
        "The National Salvation Front, backed by Qatar, seized the airport.",
        {("Qatar", "support", "National Salvation Front", "asserted")},
    ),
    (
        "They fought the Sons of Dawn Movement, who are funded by Iran and Syria, for months.",
        {
            ("Iran", "support", "Sons of Dawn Movement", "asserted"),
            ("Syria", "support", "Sons of Dawn Movement", "asserted"),
        },
    ),
    # compound modifier
    (
        "The Russia-backed Southern Shield Army advanced again.",
        {("Russia", "support", "Southern Shield Army", "asserted")},
    ),
    # nominalisations
    (
        "The Unity Council relies on support from Algeria.",
        {("Algeria", "support", "Unity Council", "asserted")},
    ),
    (
        "Moscow's backing of the Southern Shield Army worries diplomats.",
        {("Russia", "support", "Southern Shield Army", "asserted")},
    ),
    # coordination: one edge per member
    (
        "Egypt, the UAE and France support the Eastern Command Army.",
        {
            ("Egypt", "support", "Eastern Command Army", "asserted"),
            ("United Arab Emirates", "support", "Eastern Command Army", "asserted"),
            ("France", "support", "Eastern Command Army", "asserted"),
        },
    ),
    # agent noun with a pronoun possessor and a negated member
    (
        "General Omar Zayani spoke in Benghazi. His foreign backers, headed by Russia, not China, "
        "stayed silent.",
        {
            ("Russia", "support", "Omar Zayani", "asserted"),
            ("China", "support", "Omar Zayani", "negated"),
        },
    ),
    # negation and denial
    (
        "Algeria does not provide any support to the Sons of Dawn Movement.",
        {("Algeria", "support", "Sons of Dawn Movement", "negated")},
    ),
    (
        "The Kremlin denied arming the Southern Shield Army.",
        {("Russia", "support", "Southern Shield Army", "negated")},
    ),
    # hedging
    (
        "Qatar allegedly funds the National Salvation Front.",
        {("Qatar", "support", "National Salvation Front", "hedged")},
    ),
    (
        "If Tunisia backs the Unity Council, the talks will fail.",
        {("Tunisia", "support", "Unity Council", "hedged")},
    ),
    (
        "Egypt, Jordan and — at times — the United States have supported the Unity Council.",
        {
            ("Egypt", "support", "Unity Council", "asserted"),
            ("Jordan", "support", "Unity Council", "asserted"),
            ("United States", "support", "Unity Council", "hedged"),
        },
    ),
    # consult, warn, demand
    (
        "Italy met the Unity Council in Rome on Monday.",
        {("Italy", "consult", "Unity Council", "asserted")},
    ),
    (
        "Washington warned the Eastern Command Army against a new offensive.",
        {("United States", "oppose", "Eastern Command Army", "asserted")},
    ),
    (
        "The United States calls on the Eastern Command Army to end its offensive.",
        {("United States", "oppose", "Eastern Command Army", "asserted")},
    ),
    # plural pronoun resolves to the coordinated group
    (
        "Qatar and Turkey met in Doha, and they are arming the Free Coast Brigades.",
        {
            ("Qatar", "consult", "Turkey", "asserted"),
            ("Qatar", "support", "Free Coast Brigades", "asserted"),
            ("Turkey", "support", "Free Coast Brigades", "asserted"),
        },
    ),
    # accusations: the accused is the source and the claim is an allegation
    (
        "The Unity Council accused Qatar of funding the Free Coast Brigades.",
        {
            ("Qatar", "support", "Free Coast Brigades", "hedged"),
            ("Unity Council", "oppose", "Qatar", "asserted"),
        },
    ),
    # coordinated passives keep their own agents
    (
        "The Free Coast Brigades are armed by Turkey and financed by Qatar.",
        {("Turkey", "support", "Free Coast Brigades", "asserted")},
    ),
    # "the support of X": X is the giver
    (
        "The Southern Shield Army advanced with the support of the Russian government.",
        {("Russia", "support", "Southern Shield Army", "asserted")},
    ),
    # symmetric nominals and ended support
    (
        "Fresh clashes between Ethiopia and Eritrea were reported on Sunday.",
        {("Ethiopia", "oppose", "Eritrea", "asserted")},
    ),
    (
        "Turkish troops clashed with the Free Coast Brigades near the border.",
        {("Turkey", "oppose", "Free Coast Brigades", "asserted")},
    ),
    (
        "Kenya withdrew its support for the Unity Council in May.",
        {("Kenya", "support", "Unity Council", "negated")},
    ),
    # a nationality adjective before a titled name modifies the name
    (
        "Foreign Minister Amal Rachidi met Turkish President Kemal Arslan in Rome.",
        {("Amal Rachidi", "consult", "Kemal Arslan", "asserted")},
    ),
    # "fight for X" is support
    (
        "Thousands of Sudanese fighters fight for the Eastern Command Army.",
        {("Sudan", "support", "Eastern Command Army", "asserted")},
    ),
    # possessive source ("X's forces" -> X) and phrase trigger
    (
        "Turkey is tipping the balance in Libya in favour of the Unity Council.",
        {("Turkey", "support", "Unity Council", "asserted")},
    ),
    # an unnamed institution stands for the one state whose government was named before
    (
        "The Nigerian government closed the border. Government forces then attacked Boko "
        "Haram near the lake.",
        {("Nigeria", "oppose", "Boko Haram", "asserted")},
    ),
    # ... or for the state whose capital is the dateline
    (
        "Raid in the north\nBy Ann Lee | Wire | 2 May 2024\n\nABUJA — Roads out of Abuja "
        "were shut on Monday. The defence ministry blamed Boko Haram for a raid on a convoy.",
        {("Nigeria", "oppose", "Boko Haram", "asserted")},
    ),
    # rejecting a proposal opposes its author, a person in apposition to a role noun
    (
        "Chad rejected a proposal by the UN envoy, Ana Brel, to reopen the crossing.",
        {("Chad", "oppose", "Ana Brel", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_construction(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = relations(text)
    missing = expected - got
    assert not missing, f"missing {missing}; got {got}"


@pytest.mark.parametrize(
    "text",
    [
        "Militia forces supporting the Unity Council gathered in Misrata.",  # subject is a noun
        "Fighting on the outskirts of Tripoli killed dozens, Egypt said.",  # locative, no object
        "ALGERIA WARNS OF NEW CLASHES AS TUNISIA WATCHES",  # headline capitals
        "The envoy pulled back from Cairo after talks.",  # "back" is not a verb of support
        "The minister accused the warlord of trying to wreck the United Nations plan.",
        "Iranian-backed militias attacked Kurdish positions overnight.",  # the militias attacked
    ],
)
def test_no_relation(text: str) -> None:
    assert relations(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mali's government and Algeria's government signed a pact. The government blamed "
        "Boko Haram for the raid.",
        "Nigeria and Chad met. The defence ministry blamed Boko Haram for the raid.",
        "The exiled government of Ana Brel blamed Boko Haram for the raid.",
    ],
)
def test_ambiguous_institution_is_no_actor(text: str) -> None:
    """ "the government" stands for a state only when one state's government is in play."""
    assert not {r for r in relations(text) if r[2] == "Boko Haram"}


def test_evidence_span_and_trigger() -> None:
    text = "Analysts say Egypt openly backs the Tobruk Defence Council."
    doc = get_nlp()(text)
    entities, _, toks = find_mentions(doc)
    (rel,) = find_relations(doc, toks, entities)
    assert text[rel.start : rel.end] == "Egypt openly backs the Tobruk Defence Council"
    assert rel.trigger == "backs" and rel.type == "back" and rel.plover == "SUPPORT"


# Constructions found missing on the held-out articles (tests/data/heldout), one sentence each.
GENERAL_CASES = [
    # harbouring is support; "sell X to Y" is the give frame; "affiliated with" allies
    (
        "Egypt sheltered Northern Front commanders for years.",
        {("Egypt", "support", "Northern Front", "asserted")},
    ),
    (
        "Turkey has sold armed drones to Egypt.",
        {("Turkey", "support", "Egypt", "asserted")},
    ),
    (
        "The Northern Front is affiliated with the Islamic State.",
        {("Northern Front", "support", "Islamic State", "asserted")},
    ),
    # a doubled consonant in the past participle ("expelled")
    (
        "Chad expelled the Harmattan Brigade from the border towns.",
        {("Chad", "oppose", "Harmattan Brigade", "asserted")},
    ),
    # "with X and with Y": a repeated preposition inside a coordination
    (
        "Norway spoke with Kenya and with Uganda about the ceasefire.",
        {("Norway", "consult", "Kenya", "asserted"), ("Norway", "consult", "Uganda", "asserted")},
    ),
    # the subject before ", who ... ," (a non-restrictive relative clause)
    (
        "President Tomas Verlan, who has governed Moldova since 2015, accused the Dniester "
        "Liberation Army of looting.",
        {("Tomas Verlan", "oppose", "Dniester Liberation Army", "asserted")},
    ),
    # nominal with its agent after "by"
    (
        "Attacks on Chadian soldiers by the Harmattan Brigade continued all week.",
        {("Harmattan Brigade", "oppose", "Chad", "asserted")},
    ),
    (
        "Sanctions were imposed on Eritrea by the European Union in May.",
        {("European Union", "oppose", "Eritrea", "asserted")},
    ),
    # "the support of X to Y", hedged by "reports"
    (
        "Media reports spoke of the support of Qatar to the Harmattan Brigade.",
        {("Qatar", "support", "Harmattan Brigade", "hedged")},
    ),
    # the content of an allegation is hedged
    (
        "The government alleges that Algeria supplied the Harmattan Brigade with rifles.",
        {("Algeria", "support", "Harmattan Brigade", "hedged")},
    ),
    # "X's reliance on Y": Y supports X
    (
        "Chad's reliance on the Kordo Group worried its neighbours.",
        {("Kordo Group", "support", "Chad", "asserted")},
    ),
    # an agent noun compounded with a trigger noun, in apposition
    (
        "Russia, Serbia's traditional arms supplier, kept quiet.",
        {("Russia", "support", "Serbia", "asserted")},
    ),
    # a nominal trigger inside a relative clause takes the antecedent as its source
    (
        "Greece, which is said to be considering a defence pact with Cyprus, stayed silent.",
        {("Greece", "support", "Cyprus", "hedged")},
    ),
    # object relative clause whose head is a definite description ("the militia")
    (
        "The Coastal Guard Brigade took the port. It is the militia that Egypt arms.",
        {("Egypt", "support", "Coastal Guard Brigade", "asserted")},
    ),
    # a definite description refers back to the last organisation
    (
        "The Harmattan Brigade took the town. Algeria funds the movement, officials said.",
        {("Algeria", "support", "Harmattan Brigade", "asserted")},
    ),
    # "Chadian rebels" are not Chad
    (
        "Chadian rebels backed by Sudan seized the town.",
        {("Sudan", "support", "Chadian rebels", "asserted")},
    ),
    # a known group's regional branch, spelled out by its acronym
    (
        "Tanzania fought the Islamic State in Mozambique (ISM) for years.",
        {("Tanzania", "oppose", "Islamic State in Mozambique", "asserted")},
    ),
    # "its" refers back to the organisation named last
    (
        "The Harmattan Brigade said its fighters were battling the Sahel Defence Force.",
        {("Harmattan Brigade", "oppose", "Sahel Defence Force", "asserted")},
    ),
    # "X fighters fight alongside Y": a force noun after the actor, then "alongside"
    (
        "Hezbollah fighters are fighting alongside the Syrian army near the border.",
        {("Hezbollah", "support", "Syria", "asserted")},
    ),
    # frame verbs: fire ... at, push ... out, send weapons to, offer X a loan, call for withdrawal
    (
        "The Houthis have fired missiles at Riyadh again.",
        {("Houthis", "oppose", "Saudi Arabia", "asserted")},
    ),
    (
        "Turkish tanks have pushed Islamic State fighters out of the town.",
        {("Turkey", "oppose", "Islamic State", "asserted")},
    ),
    (
        "Iran sent weapons and money to the Houthis last year.",
        {("Iran", "support", "Houthis", "asserted")},
    ),
    (
        "Japan offered Egypt a loan of two billion dollars.",
        {("Japan", "support", "Egypt", "asserted")},
    ),
    (
        "Eritrean troops are in Tigray. The United States called for their immediate withdrawal.",
        {("United States", "oppose", "Eritrea", "asserted")},
    ),
    (
        "Egypt demanded the withdrawal of Turkish forces from the port.",
        {("Egypt", "oppose", "Turkey", "asserted")},
    ),
    # an epithet refers back to the armed group named last, not to an organisation
    (
        "The Harmattan Brigade seized a base. Chad will not talk to the terrorists.",
        {("Chad", "consult", "Harmattan Brigade", "negated")},
    ),
    # symmetric verbs between coordinated parties, with or without a head noun between
    (
        "Norway and the Harmattan Brigade signed a truce in Oslo on Monday.",
        {("Norway", "consult", "Harmattan Brigade", "asserted")},
    ),
    (
        "Chadian and Sudanese negotiators met in Cairo.",
        {("Chad", "consult", "Sudan", "asserted")},
    ),
    # an organisation before a role noun and a name only modifies the name
    (
        "Chadian jets killed the Harmattan Brigade commander Idris Kallo near the border.",
        {("Chad", "oppose", "Idris Kallo", "asserted")},
    ),
    # a relative clause after a description in apposition refers to the actor before it
    (
        "Greece, an EU member that has sold drones to Cyprus, stayed silent.",
        {("Greece", "support", "Cyprus", "asserted")},
    ),
    (
        "The Harmattan Brigade, which is affiliated with al-Qaeda, took the town.",
        {("Harmattan Brigade", "support", "Al Qaeda", "asserted")},
    ),
    # "the government(s) in CAPITAL" stands for the state
    (
        "Egypt, which has backed successive governments in Tripoli, said nothing.",
        {("Egypt", "support", "Libya", "asserted")},
    ),
    # "the group" refers back to the organisation named last
    (
        "The Harmattan Brigade took the town. Chad has pleaded with the group to leave.",
        {("Chad", "consult", "Harmattan Brigade", "asserted")},
    ),
    # frames: liberate X from Y; threaten to VERB Y; shuttle between Y and Z; verb lists
    (
        "Kenyan troops have liberated the port of Kismayo from the Harmattan Brigade.",
        {("Kenya", "oppose", "Harmattan Brigade", "asserted")},
    ),
    (
        "Defence Minister Idris Kallo has threatened to send Chad back to the dark ages.",
        {("Idris Kallo", "oppose", "Chad", "asserted")},
    ),
    (
        "The Norwegian envoy Ola Brekke has shuttled between Khartoum and Cairo.",
        {
            ("Ola Brekke", "consult", "Sudan", "asserted"),
            ("Ola Brekke", "consult", "Egypt", "asserted"),
        },
    ),
    (
        "The Harmattan Brigade grew. Algeria arms, trains and pays the militia.",
        {("Algeria", "support", "Harmattan Brigade", "asserted")},
    ),
    # "ruled out" negates what follows
    (
        "Chad has ruled out negotiations with the Harmattan Brigade.",
        {("Chad", "consult", "Harmattan Brigade", "negated")},
    ),
    # a future reported by its speaker is asserted; a conditional one stays hedged
    (
        "Norway said it would continue to send weapons to Kenya.",
        {("Norway", "support", "Kenya", "asserted")},
    ),
    (
        "Norway said Kenya would send weapons to Uganda if the talks failed.",
        {("Kenya", "support", "Uganda", "hedged")},
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # the subject is the common noun before the relative clause, not the actor inside it
        "The army, which is led by General Amar Tel, shelled the Coastal Brigade.",
        # frame verbs without their frame relate nothing
        "Egypt fired the minister after Turkey protested.",
        "Egypt pushed Turkey for a deal.",
        "Egypt sent Turkey a letter.",
        # a reduced relative on a noun has no subject of its own
        "Egypt cannot afford another war fought on Turkey's behalf.",
    ],
)
def test_frame_and_relative_clause_give_no_false_relation(text: str) -> None:
    got = relations(text)
    wrong = {r for r in got if r[1] in ("oppose", "support") and r[0] in ("Egypt", "Amar Tel")}
    assert not wrong, got


@pytest.mark.parametrize(
    ("text", "expected"), GENERAL_CASES, ids=[c[0][:40] for c in GENERAL_CASES]
)
def test_general_construction(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = relations(text)
    missing = expected - got
    assert not missing, f"missing {missing}; got {got}"


def test_opponents_of_a_state_are_not_the_state() -> None:
    got = relations("Chadian rebels backed by Sudan seized the town.")
    assert not any(r[2] == "Chad" for r in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a party reached only through the topic of "discussed" is not the other party
        "Egypt and Sudan discussed the handover of the port to Turkey.",
        # "agreed that": a complement clause, not a party
        "Egypt and Sudan agreed that Turkey needs elections.",
        # "armed" before a thing given is an adjective; the member noun is not the seller
        "Greece, an EU member that has sold armed drones to Turkey, was quiet.",
    ],
)
def test_topic_and_modifier_actors_are_not_parties(text: str) -> None:
    got = relations(text)
    assert not any("Turkey" in (r[0], r[2]) and r[0] != "Greece" for r in got), got
    assert not any(r[0] == "European Union" for r in got), got
