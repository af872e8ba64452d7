"""Actor mentions and document-local clustering, on sentences written for these tests."""

from __future__ import annotations

from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp
from actorgraph.records import Entity


def entities(text: str) -> dict[str, Entity]:
    ents, mentions, _ = find_mentions(get_nlp()(text))
    for m in mentions:  # offsets index the text
        assert text[m.start : m.end] == m.text
    return {e.name: e for e in ents}


def test_states_by_name_adjective_demonym_and_capital() -> None:
    ents = entities(
        "Moscow and the Kremlin denied it. The Russians and Russian diplomats met Turkish "
        "officials in Ankara, and Washington said the U.S. would wait."
    )
    assert set(ents) >= {"Russia", "Turkey", "United States"}
    assert {"Moscow", "Kremlin", "Russians", "Russian"} <= set(ents["Russia"].aliases)
    assert ents["Russia"].kind == "state" and ents["Russia"].key == "state:RU"


def test_acronym_defined_in_parentheses_joins_full_name() -> None:
    ents = entities(
        "The Government of National Unity (GNU) met rebels. Later the GNU rejected the plan."
    )
    gnu = ents["Government of National Unity"]
    assert gnu.kind == "government" and "GNU" in gnu.aliases
    assert any("acronym GNU" in r for r in gnu.reasons)
    assert "GNU" not in ents


def test_acronym_by_initials_and_rename() -> None:
    ents = entities(
        "The Southern Liberation Army fought on. The SLA has since been rebranded SDF, and "
        "the SDF took the town."
    )
    sla = ents["Southern Liberation Army"]
    assert {"SLA", "SDF"} <= set(sla.aliases)


def test_titles_make_persons_and_surnames_join_full_names() -> None:
    ents = entities(
        "Foreign Minister Amal Rachidi flew to Cairo. Rachidi later met Gen. Omar Zayani, and "
        "Zayani's forces withdrew."
    )
    assert ents["Amal Rachidi"].kind == "person" and "Rachidi" in ents["Amal Rachidi"].aliases
    assert ents["Omar Zayani"].kind == "person" and "Zayani" in ents["Omar Zayani"].aliases
    assert "Foreign Minister Amal Rachidi" not in ents  # the title is not part of the name


def test_spelling_variant_of_a_surname_is_merged_with_a_reason() -> None:
    ents = entities("Marshal Khaled Rahmouni spoke. Later Rahmuni and his men advanced.")
    person = ents["Khaled Rahmouni"]
    assert "Rahmuni" in person.aliases
    assert any("spelling variant" in r for r in person.reasons)


def test_distinct_people_sharing_nothing_stay_apart() -> None:
    ents = entities("President Salim Haddad met Prime Minister Salma Hadid in Amman.")
    assert "Salim Haddad" in ents and "Salma Hadid" in ents


def test_affiliation_from_title_adjective() -> None:
    ents = entities("Egyptian Foreign Minister Karim Fawzi met the envoy.")
    assert ents["Karim Fawzi"].affiliation == "state:EG"


def test_places_headlines_and_sentence_starts_are_not_actors() -> None:
    ents = entities(
        "ENVOY WARNS OF NEW FIGHTING AROUND THE OASIS TOWNS\n\n"
        "Fighting resumed in Wadi Kerem on Monday. Residents of Wadi Kerem fled north. "
        "Second, the Middle East Quartet stayed silent."
    )
    assert "Wadi Kerem" not in ents
    assert "Second" not in ents
    assert not any("ENVOY" in name for name in ents)


def test_person_government_is_a_government_entity() -> None:
    ents = entities("President Dana Whitlow spoke. The Whitlow administration backed the plan.")
    gov = ents["Whitlow administration"]
    assert gov.kind == "government" and gov.key == "govof:person:dana whitlow"


def test_organisation_cue_words_give_kinds() -> None:
    ents = entities(
        "The Free Coast Brigades clashed with the Ministry of Interior and the Oasis Media Group."
    )
    assert ents["Free Coast Brigades"].kind == "armed_group"
    assert ents["Ministry of Interior"].kind == "government"
    assert ents["Oasis Media Group"].kind == "organization"
