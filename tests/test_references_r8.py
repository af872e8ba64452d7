"""Definite descriptions, epithets and head nouns that refer back to an actor
(extract/references.py, extract/epithets.py, the army body of state_bodies.py, gazetteer
metonyms). Fixture sentences are invented for these tests."""

from __future__ import annotations

from _relation_fixtures import analyze_text as _analyze
from _relation_fixtures import entity_kinds as _names
from _relation_fixtures import stance_triples as _triples

# --- "the army", "the military", "the junta": the document's one state force ---------


def test_bare_army_is_the_army_body_named_before() -> None:
    text = (
        "Chad's military has been fighting for a year. "
        "The army has received drones from Turkey, officials said."
    )
    assert ("Turkey", "support", "Chad's military") in _triples(text)


def test_adjective_army_joins_the_army_body() -> None:
    """Once "Chad's military" is an actor, "the Chadian army" is the same body."""
    text = "Chad's military said it took the town. Libya had warned the Chadian army on Monday."
    ents = _analyze(text).entities
    army = next(e for e in ents if e.key == "army:state:TD")
    assert "Chadian army" in army.aliases or army.name == "Chadian army"


def test_bare_military_is_the_state_whose_generals_were_named() -> None:
    text = (
        "Analysis: Burma's generals look to Beijing. "
        "Russia has kept selling jets to Myanmar. Talks between the military and "
        "the Kachin Independence Army collapsed in May."
    )
    assert ("Myanmar", "consult", "Kachin Independence Army") in _triples(text)


def test_army_of_a_named_state_is_that_state() -> None:
    text = (
        "Armenia and Azerbaijan traded fire again. "
        "On Tuesday the army of Azerbaijan attacked the Armenian positions near the border."
    )
    assert ("Azerbaijan", "oppose", "Armenia") in _triples(text)


def test_two_state_armies_resolve_nothing() -> None:
    text = (
        "Chad's army and Niger's army held joint drills. "
        "Later the army has received drones from Turkey."
    )
    triples = _triples(text)
    assert not any(src == "Turkey" for src, _, _ in triples)


def test_army_chief_is_not_the_army() -> None:
    text = (
        "Chad's military said it took the town. "
        "The army chief has received drones from Turkey, officials said."
    )
    assert ("Turkey", "support", "Chad's military") not in _triples(text)


# --- "the alliance": the one actor whose name ends in that head ----------------------


def test_the_alliance_is_the_actor_named_alliance() -> None:
    text = (
        "The Northern Alliance took the pass in March. The Arakan Army stayed out. "
        "Russia's army later held talks with the alliance in Moscow."
    )
    triples = _triples(text)
    assert any("Northern Alliance" in (a, b) and stance == "consult" for a, stance, b in triples)
    assert not any("Arakan Army" in (a, b) for a, _, b in triples)


# --- epithets for persons -------------------------------------------------------------


def test_junta_chief_is_the_one_ranked_general() -> None:
    text = (
        "Mali's leader, General Assimi Goita, spoke in Bamako on Monday. "
        "Russian President Vladimir Putin held talks with the junta leader on security."
    )
    triples = _triples(text)
    assert ("Vladimir Putin", "consult", "Assimi Goita") in triples or (
        "Assimi Goita",
        "consult",
        "Vladimir Putin",
    ) in triples


def test_junta_chief_with_two_generals_resolves_nothing() -> None:
    text = (
        "Mali's leader, General Assimi Goita, spoke on Monday. "
        "Niger's leader, General Abdourahamane Tiani, agreed. "
        "Russian President Vladimir Putin held talks with the junta leader on security."
    )
    triples = _triples(text)
    assert not any("Putin" in a + b and stance == "consult" for a, stance, b in triples)


def test_labelled_usurper_is_that_person() -> None:
    text = (
        "Protesters marched against the usurper Pedro Alvarado on Friday. "
        "Andres Molina spoke to the crowd. "
        "The usurper blamed Washington for the blackout."
    )
    assert ("Pedro Alvarado", "oppose", "United States") in _triples(text)


def test_dictator_with_equally_named_persons_resolves_nothing() -> None:
    text = (
        "President Pedro Alvarado spoke first. Foreign Minister Andres Molina answered him. "
        "Alvarado left early. Molina stayed. "
        "The dictator blamed Washington for the blackout."
    )
    triples = _triples(text)
    assert not any(b == "United States" for _, _, b in triples)


# --- gazetteer metonyms -----------------------------------------------------------------


def test_partisan_metonym_and_capital_metonym() -> None:
    text = (
        "Hezbollah said the Zionist enemy would pay. "
        "Naypyidaw has agreed to hold talks with China next month."
    )
    names = _names(text)
    assert names.get("Israel") == "state"
    assert ("Myanmar", "consult", "China") in _triples(text)


def test_zionist_alone_is_not_israel() -> None:
    assert "Israel" not in _names("The Zionist movement held its first congress in Basel.")
