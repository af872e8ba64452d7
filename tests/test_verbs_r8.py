"""Verbs whose arguments are not a plain "SUBJ VERB OBJ" (round 8): a receiver "it" between a
giving verb and the thing given, a participle after a comma that describes the subject of the
clause before, a subject with an "among them" aside, a relative clause on a description in
apposition, a past verb after a relative "that", a verdict on an act ("described the strike
as a crime"), and "the attack" naming the story's event. Invented sentences, each with what
must and what must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import relations

Rel = tuple[str, str, str, str]

CASES: list[tuple[str, set[Rel], set[Rel]]] = [
    # "it" between a giving verb and the thing given is the receiver, never the subject
    (
        "Canada and France have promised money to the Multinational Police Mission (MPM), "
        "and Chile, Peru and Uruguay have offered it personnel.",
        {
            ("Chile", "support", "Multinational Police Mission", "asserted"),
            ("Uruguay", "support", "Multinational Police Mission", "asserted"),
        },
        {("Chile", "support", "France", "asserted"), ("Chile", "support", "Uruguay", "asserted")},
    ),
    (
        "Chile praised Peru. Brazil sold it 24 Mirage jets.",
        {("Brazil", "support", "Peru", "asserted")},
        set(),
    ),
    # "it" as the thing itself: no receiver
    (
        "Chile praised Peru. Brazil later sold it to Argentina.",
        set(),
        {("Brazil", "support", "Peru", "asserted")},
    ),
    # a participle after a comma describes the subject of the clause before
    (
        "On Monday the fighters of Al-Shabaab threw themselves at the outskirts of the "
        "capital, and by nightfall they were running back to the bush, chased by the Somali "
        "National Army (SNA).",
        {("Somali National Army", "oppose", "Al-Shabaab", "asserted")},
        set(),
    ),
    (
        "Kenya attacked the town on Monday, supported by Ethiopia.",
        {("Ethiopia", "support", "Kenya", "asserted")},
        set(),
    ),
    # a subject with an aside ("of which", "among them") before a passive
    (
        "During the offensive, five Russian peacekeepers, of which a deputy commander, were "
        "killed by Azerbaijani fire.",
        {("Azerbaijan", "oppose", "Russian peacekeepers", "asserted")},
        set(),
    ),
    # a relative clause on a description in apposition (over a bracketed acronym)
    (
        "The Rapid Support Forces (RSF), the paramilitary group that has fought the Sudanese "
        "army for a year, took the town.",
        # "the Sudanese army" is the state's army, an actor of its own (state_bodies.py)
        {("Rapid Support Forces", "oppose", "Sudanese army", "asserted")},
        set(),
    ),
    (
        "The clashes followed the fall of a garrison to the White Army, a Nuer youth militia "
        "that fought alongside Riek Machar's forces during the war.",
        {("White Army", "support", "Riek Machar", "asserted")},
        set(),
    ),
    # "that" + past form: the verb of a relative clause, unless an adjective before a noun
    (
        "Ethiopia condemned the Somali militia that attacked Kenya on Monday.",
        {("Somalia", "oppose", "Kenya", "asserted")},
        set(),
    ),
    ("Officials said that armed men attacked Kenya.", set(), set()),
    # a verdict on an act opposes its author when it condemns the act
    (
        "Turkey described France's move as a violation of international law.",
        {("Turkey", "oppose", "France", "asserted")},
        set(),
    ),
    (
        'Azerbaijan\'s foreign ministry has qualified the French decision of "provocative".',
        {("Azerbaijan", "oppose", "France", "asserted")},
        set(),
    ),
    (
        "Turkey described France's move as a positive step.",
        set(),
        {("Turkey", "oppose", "France", "asserted")},
    ),
    (
        "Israel struck military sites in Iran on Saturday. Iraq described the strike as "
        '"a political assassination".',
        {("Iraq", "oppose", "Israel", "asserted")},
        set(),
    ),
    (
        "Israel struck military sites in Iran on Saturday. Iraq described the strike as a "
        "measured response.",
        set(),
        {("Iraq", "oppose", "Israel", "asserted")},
    ),
    # "the attack" several paragraphs on names the event of the lead
    (
        "Israel struck military sites in Iran on Saturday. Egypt called for calm. Kuwait called "
        "for restraint. Qatar asked for talks. Saudi Arabia condemned the attack as a violation "
        "of Iran's sovereignty.",
        {("Saudi Arabia", "oppose", "Israel", "asserted")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_construction(text: str, wanted: set[Rel], unwanted: set[Rel]) -> None:
    out = relations(text)
    assert wanted <= out, (wanted - out, out)
    assert not (unwanted & out), (unwanted & out, out)


def test_attack_outside_the_lead_names_no_later_event() -> None:
    out = relations(
        "Egypt called for calm. Kuwait called for restraint. Qatar asked for talks. Oman hosted "
        "envoys. Israel struck sites in Iran on Saturday. Jordan praised Oman. Bahrain thanked "
        "Qatar. Saudi Arabia condemned the attack as a violation of the law."
    )
    assert ("Saudi Arabia", "oppose", "Israel", "asserted") not in out, out
