"""Relations whose arguments stand far from the trigger (extract/nominals.py), one invented
sentence per construction, each with what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations
from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp

CASES = [
    # "X said Y must leave": the speaker demands that Y go
    (
        "Kenya said the Ruvu Brigade must leave the town of Lamu.",
        {("Kenya", "oppose", "Ruvu Brigade", "asserted")},
    ),
    # passive after "whose": the antecedent is the target
    (
        "Niger, whose coup in 2023 was condemned by the African Union, left the bloc.",
        {("African Union", "oppose", "Niger", "asserted")},
    ),
    # "support for X from partners, including A and B": the givers come after the target
    (
        "Support for the Southern Shield Army from European partners, including Estonia and "
        "Sweden, will also end.",
        {
            ("Estonia", "support", "Southern Shield Army", "asserted"),
            ("Sweden", "support", "Southern Shield Army", "asserted"),
        },
    ),
    # possessive nominal with a modifier noun; the place attacked names its state
    (
        "Officials recalled the Delta Front's car bombing of a police academy in Nairobi.",
        {("Delta Front", "oppose", "Kenya", "asserted")},
    ),
    (
        "Kenyan jets bombed a market in Mogadishu.",
        {("Kenya", "oppose", "Somalia", "asserted")},
    ),
    # hostile noun whose object is "the positions of Y"
    (
        "The Blue Legion carried out strikes against the positions of the Red Hand Militia.",
        {("Blue Legion", "oppose", "Red Hand Militia", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    out = relations(text)
    assert expected <= out, out


def test_pair_after_place_and_time_adjuncts() -> None:
    out = relations(
        "The truce signed in Doha on Friday between Chad and the Sahel Liberation Front "
        "took effect."
    )
    assert consult("Chad", "Sahel Liberation Front", out), out
    assert not any("Qatar" in (a, b) for a, _, b, _ in out), out  # the venue is no party


def test_party_after_with_past_adjuncts_prefers_the_named_head() -> None:
    out = relations(
        "President Uhuru Kenyatta has met on Sunday in State House with the head of the "
        "Eastern Shield Mission, the ambassador Anna Berg."
    )
    assert consult("Uhuru Kenyatta", "Anna Berg", out), out


def test_existential_clause_takes_the_speaker_as_source() -> None:
    out = relations(
        "Nigeria said on Monday evening in a statement that there would be no negotiations "
        "with the Delta Liberation Front."
    )
    assert consult("Nigeria", "Delta Liberation Front", out, "negated"), out


def test_subject_pronoun_after_comma_and_starts_a_new_clause() -> None:
    out = relations(
        "Chad and Niger sent troops. Mali met the Sahel Mission envoy, Anna Berg, and they "
        "discussed the border."
    )
    assert not consult("Anna Berg", "Chad", out) and not consult("Anna Berg", "Niger", out), out


def test_sentence_initial_noun_is_not_part_of_the_name_after_it() -> None:
    doc = get_nlp()("Support for the Southern Shield Army grew.")
    _, mentions, _ = find_mentions(doc)
    assert [m.text for m in mentions] == ["Southern Shield Army"]


def test_pronoun_source_inside_its_own_target_group_is_dropped() -> None:
    out = relations(
        "Secretary Anna Berg made phone calls with Omar Diallo and with Idris Kane on Tuesday, "
        "and he urged them to accept a truce."
    )
    assert consult("Anna Berg", "Omar Diallo", out), out
    assert not consult("Idris Kane", "Omar Diallo", out), out


# Held-out set D round: one invented sentence per construction, with what must not come out.


def test_envoy_speaks_for_the_state_that_sends_it() -> None:
    out = relations(
        "Kenya's ambassador to the United Nations accused Uganda of arming the Ruvu Brigade."
    )
    assert ("Kenya", "oppose", "Uganda", "asserted") in out, out
    assert not any(a == "United Nations" for a, _, _, _ in out), out  # the post is no party


def test_relative_clause_attributed_to_officials_keeps_its_antecedent() -> None:
    out = relations(
        "Chile criticised the Ruvu Brigade, which Peruvian officials say supplied drones to "
        "the Delta Front."
    )
    assert ("Ruvu Brigade", "support", "Delta Front", "asserted") in out, out
    assert not any(a == "Peru" and s == "support" for a, s, _, _ in out), out


def test_it_after_and_is_the_subject_of_the_first_clause() -> None:
    out = relations(
        "Chile imposed sanctions on firms tied to the Ruvu Brigade, and it has repeatedly "
        "criticised the Delta Front."
    )
    assert ("Chile", "oppose", "Delta Front", "asserted") in out, out
    assert ("Ruvu Brigade", "oppose", "Delta Front", "asserted") not in out, out


def test_visit_by_a_person_to_a_capital() -> None:
    out = relations("Observers recalled a visit by President Ana Lopez to Nairobi in May.")
    assert consult("Ana Lopez", "Kenya", out), out


def test_counterpart_in_apposition_is_the_party() -> None:
    out = relations("Foreign Minister Ana Lopez met her Chilean counterpart, Tomas Vidal, in Lima.")
    assert consult("Ana Lopez", "Tomas Vidal", out), out
    assert not consult("Ana Lopez", "Chile", out), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ruvu Brigade has pledged allegiance to al-Qaeda.", ("Ruvu Brigade", "support")),
        ("Chile, which restored ties with Peru last year, stayed neutral.", ("Chile", "consult")),
        ("Minister Ana Lopez had spoken with Tomas Vidal twice.", ("Ana Lopez", "consult")),
    ],
)
def test_allegiance_ties_and_spoken_with(text: str, expected: tuple[str, str]) -> None:
    out = relations(text)
    assert any((a, s) == expected for a, s, _, _ in out), out
