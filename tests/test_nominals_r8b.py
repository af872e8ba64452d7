"""Relations framed by event nouns and adjuncts (round 8b): a call "in which" one party told
another, a deal "with" someone, help in a "with" adjunct, an act "at the request of"
someone, a dated act of a possessor, a demonym-participle compound before a possessed
force, and a demonym before "rebels" that is no ally. Invented sentences, each with what
must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations

Triple = tuple[str, str, str, str]

FOUND: list[tuple[str, set[Triple]]] = [
    # help named in a "with" adjunct goes to the clause's subject
    (
        "The SDF, the Kurdish-led alliance that routed Islamic State with U.S. air power, "
        "withdrew.",
        {("United States", "support", "SDF", "asserted")},
    ),
    (
        "Ethiopia captured the town with Eritrean help.",
        {("Eritrea", "support", "Ethiopia", "asserted")},
    ),
    (
        "Kenya's police, which retook the port with American logistical support, left.",
        {("United States", "support", "Kenya's police", "asserted")},
    ),
    # an act at the request of someone: the subject's state backs the one who asked
    (
        "About 800 Rwandan soldiers were deployed in June at the request of President Felix "
        "Tshisekedi.",
        {("Rwanda", "support", "Felix Tshisekedi", "asserted")},
    ),
    (
        "French troops landed in Africa in 2013 at the request of Mali's government.",
        {("France", "support", "Mali", "asserted")},
    ),
    # a possessor before a date before a hostile act
    (
        "Hostages were seized in Hamas's October 7 assault on southern Israel.",
        {("Hamas", "oppose", "Israel", "asserted")},
    ),
    (
        "Kyiv still remembers Russia's February 2022 invasion of Ukraine.",
        {("Russia", "oppose", "Ukraine", "asserted")},
    ),
    # a demonym-participle compound before a force owned by a state
    (
        "Georgia sent its American-trained brigades into the valley.",
        {("United States", "support", "Georgia", "asserted")},
    ),
    (
        "Mali said its Russian-trained battalions took the town.",
        {("Russia", "support", "Mali", "asserted")},
    ),
]

CONSULTED: list[tuple[str, str, str, str]] = [
    # a call or meeting in which one party told another
    (
        "It followed a telephone call in which President Emmanuel Macron told Vladimir Putin "
        "to stop.",
        "Emmanuel Macron",
        "Vladimir Putin",
        "asserted",
    ),
    (
        "The talks during which Joe Biden assured Volodymyr Zelensky of aid lasted an hour.",
        "Joe Biden",
        "Volodymyr Zelensky",
        "asserted",
    ),
    # a deal with someone, made by a verb's subject over a time adjunct, or owned
    (
        "Egypt's government approved in the early hours of Monday a deal with Hamas.",
        "Egypt",
        "Hamas",
        "asserted",
    ),
    ("Ethiopia reached an agreement with Eritrea in July.", "Ethiopia", "Eritrea", "asserted"),
    ("Qatar's accord with the Taliban held.", "Qatar", "Taliban", "asserted"),
    # a deal only due to be signed is hedged
    (
        "Japan, whose government is due to sign a troop-access pact with the Philippines, "
        "said nothing.",
        "Japan",
        "Philippines",
        "hedged",
    ),
]

NOT_FOUND: list[tuple[str, set[Triple]]] = [
    # a demonym before "rebels" names where they fight, not an ally
    ("Turkey and its Syrian rebel allies captured the town.", set()),
    # "at the request of" with no subject before it relates nobody
    ("At the request of President Felix Tshisekedi, the talks were postponed.", set()),
    # a call not "in which" someone told someone names no pair
    ("Emmanuel Macron said Vladimir Putin had not called.", set()),
    # a possessed force of a person ("his") is not read: the force is a state's
    ("Mikheil Saakashvili sent his American-trained brigades into the valley.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: set[Triple]) -> None:
    out = relations(text)
    assert expected <= out, out


@pytest.mark.parametrize(("text", "a", "b", "polarity"), CONSULTED)
def test_consulted(text: str, a: str, b: str, polarity: str) -> None:
    out = relations(text)
    assert consult(a, b, out, polarity), out


@pytest.mark.parametrize(("text", "exact"), NOT_FOUND)
def test_not_found(text: str, exact: set[Triple]) -> None:
    assert relations(text) == exact


def test_striking_a_deal_is_no_attack() -> None:
    """ "X struck a deal ...", "X strikes an agreement with Y": a deal, never an attack."""
    for text in (
        "Mazloum Abdi struck a deal that allowed the Syrian army to deploy.",
        "Sudan strikes an agreement with Chad every year.",
    ):
        out = relations(text)
        assert not any(stance == "oppose" for _, stance, _, _ in out), out
    assert consult("Sudan", "Chad", relations("Sudan strikes an agreement with Chad every year."))


def test_passive_subject_gets_no_help() -> None:
    """ "Y was attacked with Z's weapons": Z does not back Y, whatever else is read."""
    out = relations("Somalia was attacked with Eritrean weapons.")
    assert ("Eritrea", "support", "Somalia", "asserted") not in out, out


def test_helper_is_not_the_helped() -> None:
    """ "X defeated Y with Z's help": Z backs X, never Y, and X does not back Z."""
    out = relations("Ethiopia defeated the TPLF with Eritrean help.")
    assert ("Eritrea", "support", "TPLF", "asserted") not in out
    assert ("Ethiopia", "support", "Eritrea", "asserted") not in out
