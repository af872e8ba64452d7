"""Round 2 of actors and references: breakaway states and missing state adjectives in the
gazetteer, state services as bodies, numbered formations, a people's adjective before a
group's acronym, "the Kurds"-style references, and "the latter"/"the former". Fixture
sentences are invented for these tests."""

from __future__ import annotations

from _relation_fixtures import entity_kinds as _names
from _relation_fixtures import stance_triples as _triples

# --- gazetteer: breakaway states, adjectives of countries pycountry alone lacked -------


def test_breakaway_states_are_actors_apart_from_their_parent_state() -> None:
    names = _names(
        "Moldova accused Transnistria of blocking the talks. "
        "Russia recognised Abkhazia, and Georgia protested."
    )
    assert {"Transnistria", "Moldova", "Abkhazia", "Georgia"} <= set(names)


def test_breakaway_capital_and_adjective_name_the_breakaway_state() -> None:
    assert ("Azerbaijan", "oppose", "Nagorno-Karabakh") in _triples(
        "Azerbaijan attacked Stepanakert on Tuesday."
    )
    assert "Abkhazia" in _names("Abkhaz forces drove the Georgian units out of the gorge.")


def test_adjective_of_a_country_missing_before_is_the_state_not_a_person() -> None:
    names = _names("The Philippine government protested to Beijing on Monday.")
    assert names.get("Philippines") == "state"
    assert "Philippine" not in names
    assert ("Uganda", "support", "Tanzania") in _triples("The Ugandan army backed Tanzania.") or (
        "Ugandan army",
        "support",
        "Tanzania",
    ) in _triples("The Ugandan army backed Tanzania.")


def test_donetsk_city_alone_is_not_the_peoples_republic() -> None:
    assert "Donetsk People's Republic" not in _names("Shelling hit Donetsk on Sunday night.")


# --- state services: navy, coast guard, armed forces, the army ------------------------


def test_capitalised_coast_guard_of_a_state_is_a_body() -> None:
    names = _names("The China Coast Guard rammed a Philippine boat on Monday.")
    assert names.get("China Coast Guard") == "armed_group"
    assert "China" not in names


def test_adjective_services_with_crews_or_craft_are_bodies() -> None:
    names = _names("Vietnamese coast guard personnel boarded Malaysian navy boats on Monday.")
    assert names.get("Vietnamese coast guard") == "armed_group"
    assert names.get("Malaysian navy") == "armed_group"


def test_adjective_armed_forces_and_army_are_bodies() -> None:
    assert ("Peruvian armed forces", "oppose", "Bolivia") in _triples(
        "The Peruvian armed forces accused Bolivia of smuggling arms."
    )
    assert ("Syrian army", "oppose", "Turkey") in _triples("The Syrian army attacked Turkey.")


def test_army_before_a_noun_stays_out_and_air_force_stays_the_state() -> None:
    assert "Syrian army" not in _names("The Syrian army chief met Turkey's envoy.")
    names = _names("The Israeli air force struck Lebanon on Friday.")
    assert "Israel" in names and not any("air force" in n for n in names)


# --- numbered formations -----------------------------------------------------------


def test_numbered_formations_are_armed_groups() -> None:
    names = _names(
        "The 101st Airborne landed near the city. The 3rd Infantry Division attacked Iraq."
    )
    assert names.get("101st Airborne") == "armed_group"
    assert ("3rd Infantry Division", "oppose", "Iraq") in _triples(
        "The 3rd Infantry Division attacked Iraq."
    )


def test_an_ordinal_before_a_month_or_a_plain_noun_is_no_formation() -> None:
    assert _names("On the 5th May the 3rd convoy reached Kenya.") == {"Kenya": "state"}


# --- a people's adjective before a group's acronym; "the Kurds" -----------------------


def test_people_adjective_before_acronym_is_not_part_of_the_name() -> None:
    names = _names("Russia gave the Kurdish YPG militia a week to leave.")
    assert names.get("YPG") == "armed_group"
    assert "Kurdish YPG" not in names


def test_the_people_is_its_one_armed_group() -> None:
    text = (
        "The Kurdish YPG militia was given a week to pull out. "
        "Russia warned the Kurds on Wednesday."
    )
    assert ("Russia", "oppose", "YPG") in _triples(text)


def test_people_force_noun_is_its_one_armed_group() -> None:
    text = (
        "Fighting resumed near the river, where the Karen National Liberation Army holds "
        "the hills. Myanmar accused Karen fighters of ambushing a convoy."
    )
    assert ("Myanmar", "oppose", "Karen National Liberation Army") in _triples(text)


def test_the_people_with_two_armed_groups_resolves_nothing() -> None:
    text = (
        "The Kurdish YPG militia and the Kurdish PJAK militia held the border. "
        "Russia warned the Kurds on Wednesday."
    )
    assert not any(a == "Russia" and s == "oppose" for a, s, _ in _triples(text))


def test_bare_people_plural_is_the_people_not_the_group() -> None:
    text = "The Kurdish YPG militia left the town. Turkey said Kurds would be safe."
    assert not any("YPG" in (a, b) for a, _, b in _triples(text))


# --- "the latter", "the former" -------------------------------------------------------


def test_the_latter_is_the_second_of_two_actors() -> None:
    text = "Iran met Russia on Monday, and the latter warned Turkey."
    triples = _triples(text)
    assert ("Russia", "oppose", "Turkey") in triples
    assert ("Iran", "oppose", "Turkey") not in triples


def test_the_former_is_the_first_of_two_actors_of_the_previous_sentence() -> None:
    text = "Iran and Russia met on Monday. The former has warned Turkey."
    assert ("Iran", "oppose", "Turkey") in _triples(text)


def test_the_latter_after_three_actors_or_before_a_noun_resolves_nothing() -> None:
    three = "Iran, Iraq and Russia met on Monday. The latter has warned Turkey."
    assert not any(b == "Turkey" for _, _, b in _triples(three))
    title = "Iran met Russia on Monday. The former president has warned Turkey."
    assert not any(b == "Turkey" for _, _, b in _triples(title))
