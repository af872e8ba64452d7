"""Relations carried by noun phrases (round 8): an act as the subject of a verb of impact or
rescue, a coalition against someone, a request sent to someone, a copular relation noun
after a relative clause, a pair of parties named by their people, a consultation "of" a
group, "whose" before a relation noun, trips and summits. Invented sentences, each with
what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations

Triple = tuple[str, str, str, str]

FOUND: list[tuple[str, set[Triple]]] = [
    # a possessed hostile act as subject of a verb of impact, over a relative clause
    (
        "Islamabad's retaliation, which it named Operation Shield, hit Indian air bases.",
        {("Pakistan", "oppose", "India", "asserted")},
    ),
    (
        "Israel's offensive, which began in October, struck Hezbollah.",
        {("Israel", "oppose", "Hezbollah", "asserted")},
    ),
    (
        "Turkey's offensive last year drove the YPG out of Afrin.",
        {("Turkey", "oppose", "YPG", "asserted")},
    ),
    # a possessed act of help as subject of a verb of rescue, over a "with" parenthesis
    (
        "Moscow's intervention of 2015, with its warplanes and its police, saved Bashar al-Assad.",
        {("Russia", "support", "Bashar al-Assad", "asserted")},
    ),
    (
        "Iran's intervention saved the Syrian government.",
        {("Iran", "support", "Syria", "asserted")},
    ),
    # a coalition against Y: the coalition when it is an actor, its leader, a member
    (
        "The U.S.-led coalition against Islamic State pulled out of Iraq.",
        {("U.S.-led coalition", "oppose", "Islamic State", "asserted")},
    ),
    (
        "The Saudi regime, which led the coalition against Yemen for years, called for calm.",
        {("Saudi Arabia", "oppose", "Yemen", "asserted")},
    ),
    (
        "Jordan joined the international coalition against Islamic State in 2014.",
        {("Jordan", "oppose", "Islamic State", "asserted")},
    ),
    # a relation noun in the predicate, after a relative clause on the subject
    (
        "The United States, which has pledged more than $300 million, is Haiti's largest funder.",
        {("United States", "support", "Haiti", "asserted")},
    ),
    (
        "The United States is Ukraine's largest donor.",
        {("United States", "support", "Ukraine", "asserted")},
    ),
    (
        "Japan, Ukraine's biggest donor in Asia, sent money.",
        {("Japan", "support", "Ukraine", "asserted")},
    ),
    # "whose" owns the relation noun; a partnership is an alliance
    (
        "The United States, whose partnership with the SDF angered Turkey, kept troops there.",
        {("United States", "support", "SDF", "asserted")},
    ),
]

CONSULTED: list[tuple[str, str, str, str]] = [
    # a pair named by the people who speak for one party; an expected meeting is hedged
    (
        "The meeting between US diplomats and Ahmed al-Sharaa, expected within days, may help.",
        "United States",
        "Ahmed al-Sharaa",
        "hedged",
    ),
    (
        "Talks between Russian officials and Ukraine's negotiators resumed.",
        "Russia",
        "Ukraine",
        "asserted",
    ),
    (
        "The talks between Israel and Hamas, scheduled for Monday, may slip.",
        "Israel",
        "Hamas",
        "hedged",
    ),
    # a consultation "of" a group of two: the numbered plural of the sentence before
    (
        "Kenya and Uganda clashed. A summit of the two countries in Nairobi followed.",
        "Kenya",
        "Uganda",
        "asserted",
    ),
    # a possessed trip to a state
    (
        "It was Narendra Modi's first trip to China since 2018.",
        "Narendra Modi",
        "China",
        "asserted",
    ),
    # a request sent to someone: the sender asks the addressee
    ("The appeal that Lebanon sent to France went unanswered.", "Lebanon", "France", "asserted"),
    (
        "Kenya renewed its appeal for assistance, which Nairobi addressed to the African Union.",
        "Kenya",
        "African Union",
        "asserted",
    ),
]

NOT_FOUND: list[tuple[str, set[Triple]]] = [
    # a possessed act with no verb of impact relates nobody; a verb of reaction is no attack
    ("Israel's offensive stalled near Gaza City while Egypt watched.", set()),
    ("Iran's deal hit Saudi Arabia.", set()),
    # help only asked for is not given, by the one asked or by anyone else
    ("Ukraine's calls for help from NATO went unanswered.", set()),
    (
        "The court told Hassan Diab to withdraw the request for help that Lebanon sent to France.",
        {("Lebanon", "consult", "France", "asserted")},
    ),
    # two parties without "and" between their people are no pair
    ("The meeting between US diplomats in Damascus ended; Ahmed al-Sharaa left.", set()),
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


def test_coalition_leader_is_not_the_enemy() -> None:
    """ "X joined the coalition against Y": X opposes Y, never Y opposes X or X backs Y."""
    out = relations("Jordan joined the international coalition against Islamic State in 2014.")
    assert ("Islamic State", "oppose", "Jordan", "asserted") not in out
    assert not any(stance == "support" for _, stance, _, _ in out)


def test_possessor_of_object_is_not_the_attacker() -> None:
    """ "X's offensive hit Y's bases": X attacks Y, and Y does not attack X."""
    out = relations("Israel's offensive struck Hezbollah positions.")
    assert ("Israel", "oppose", "Hezbollah", "asserted") in out
    assert ("Hezbollah", "oppose", "Israel", "asserted") not in out
