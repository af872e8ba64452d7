"""Relations whose arguments are hidden by what stands between them (extract/clause_args.py),
one invented sentence per construction, each with what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations

CASES = [
    # coordinated participles before "by", with a description in apposition
    (
        "The Red Hand Militia, the northern group armed and funded by Iran, shelled the port.",
        {("Iran", "support", "Red Hand Militia", "asserted")},
        {("Iran", "support", "Red Hand Militia", "negated")},
    ),
    # a participial clause between the subject and its verb
    (
        "The Blue Legion, also backed by Qatar, is still at war with Chad in the north.",
        {("Blue Legion", "oppose", "Chad", "asserted")},
        {("Qatar", "oppose", "Chad", "asserted")},
    ),
    # translated word order: a quoted adverbial between the verb and its object
    (
        'Kenya said Paris is supporting "firmly and with determination" the efforts of the '
        "African Union.",
        {("France", "support", "African Union", "asserted")},
        set(),
    ),
    # a thing received from a giver
    (
        "The Blue Legion has itself received armed drones from Iran, according to officials.",
        {("Iran", "support", "Blue Legion", "asserted")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), CASES)
def test_construction(
    text: str,
    expected: set[tuple[str, str, str, str]],
    unwanted: set[tuple[str, str, str, str]],
) -> None:
    out = relations(text)
    assert expected <= out, out
    assert not unwanted & out, out


def test_receiver_inside_a_participial_clause_is_not_the_subject() -> None:
    out = relations(
        "The army, commanded by General Omar Zayani, has received armed drones from Iran."
    )
    assert not any(r[0] == "Iran" for r in out), out


def test_envoy_sent_to_a_capital_is_a_visit() -> None:
    out = relations("Chad has also sent its president Ali Mahamat to Niamey.")
    assert consult("Chad", "Niger", out), out
    out = relations("The United States has sent the sub-secretary of state Anna Berg to Niamey.")
    assert consult("United States", "Niger", out), out


def test_troops_sent_are_not_a_visit() -> None:
    out = relations("Kenya sent troops to Somalia.")
    assert not consult("Kenya", "Somalia", out), out


def test_not_received_by_is_a_negated_visit() -> None:
    out = relations("Ms Anna Berg flew in. She was not received by the general Omar Zayani.")
    assert consult("Omar Zayani", "Anna Berg", out, "negated"), out


def test_condemning_the_attack_opposes_its_lone_agent() -> None:
    out = relations(
        "Israel struck military sites in Iran on Saturday. Egypt condemned the attack as a "
        "violation of sovereignty."
    )
    assert ("Egypt", "oppose", "Israel", "asserted") in out, out


def test_attack_with_two_agents_before_is_ambiguous() -> None:
    out = relations(
        "Israel bombed Syria on Monday. Turkey shelled Syria. Egypt condemned the attack."
    )
    assert ("Turkey", "oppose", "Syria", "asserted") in out, out
    assert not any(r[0] == "Egypt" for r in out), out


def test_attack_three_sentences_back_is_too_far() -> None:
    out = relations(
        "Israel struck military sites in Iran on Saturday. Markets fell. Oil rose. Egypt "
        "condemned the attack."
    )
    assert not any(r[0] == "Egypt" for r in out), out
