"""Relation words with a frame of their own and subjects a clause leaves implicit
(extract/frame_args.py, plus the passive-only verbs and possessors of relations.py): one
invented sentence per construction, each with what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import relations

CASES = [
    # passive-only verbs: chased / greeted at a place / escorted by X
    (
        "The Blue Legion was chased by the Red Army.",
        {("Red Army", "oppose", "Blue Legion", "asserted")},
        set(),
    ),
    (
        "The convoy of the Blue Legion, escorted by Chadian troops, reached the border.",
        {("Chad", "support", "Blue Legion", "asserted")},
        set(),
    ),
    (
        "The Red Army delegation was greeted at the airport by Chad's president, Idriss Deby.",
        {("Idriss Deby", "consult", "Red Army", "asserted")},
        {("Chad", "consult", "Red Army", "asserted")},
    ),
    # a possessor and a title before a person named in apposition: the person is the party
    (
        "Mali's envoy said he had spoken with General Assimi Goita and with Niger's foreign "
        "minister, Bakary Sangare.",
        {("Mali", "consult", "Bakary Sangare", "asserted")},
        {("Mali", "consult", "Niger", "asserted")},
    ),
    # the possessor of a place is not the subject of the purpose clause
    (
        "Kenyan soldiers entered Somalia's capital to protect President Omar Ladan.",
        {("Kenya", "support", "Omar Ladan", "asserted")},
        {("Somalia", "support", "Omar Ladan", "asserted")},
    ),
    # solidarity with quotes between the verb and "with"
    (
        'The African Union "stands in solidarity" with Chad.',
        {("African Union", "support", "Chad", "asserted")},
        set(),
    ),
    # a letter in a fronted adjunct: the main clause's subject writes to the addressee
    (
        "In a letter addressed to King Harald, the prime minister of Chad Albert Pahimi praised "
        "the plan.",
        {("Albert Pahimi", "consult", "Harald", "asserted")},
        set(),
    ),
    # the suspension of a treaty, its partner named in a relative clause
    (
        "Niger announced on Monday the suspension of the treaty of defence, of trade and of "
        "cooperation which binds it to Benin since 1999.",
        {("Niger", "oppose", "Benin", "asserted")},
        set(),
    ),
    # support given to a plan goes to the plan's author
    (
        "Chad has given in March its support to the plan of autonomy proposed by Niger.",
        {("Chad", "support", "Niger", "asserted")},
        set(),
    ),
    # support in a "with" adjunct of a relative clause goes to the antecedent; the verb
    # coordinated after "and" keeps the first subject
    (
        "The Blue Legion, which seeks independence for the Aouzou with the support of Libya, "
        "has criticised the new map and has accused Chad of betrayal.",
        {
            ("Libya", "support", "Blue Legion", "asserted"),
            ("Blue Legion", "oppose", "Chad", "asserted"),
        },
        set(),
    ),
    # a date adjunct between a verb and its object (translated word order)
    (
        "Chad, which recognised in May 2019 the sovereignty of Niger over the islands, said "
        "nothing.",
        {("Chad", "support", "Niger", "asserted")},
        set(),
    ),
    # bare "officials" speak for the state named first in the sentence
    (
        "Chad's accusation against Libya came within hours: officials blamed the Blue Legion "
        "for the attack.",
        {("Chad", "oppose", "Blue Legion", "asserted")},
        set(),
    ),
    # the host of talks between two parties consults both
    (
        "Qatar urged calm and offered to host talks between Chad and the Blue Legion.",
        {
            ("Qatar", "consult", "Chad", "asserted"),
            ("Qatar", "consult", "Blue Legion", "asserted"),
        },
        set(),
    ),
    # forcing someone's resignation opposes them
    (
        "The Blue Legion stormed the ministries, forcing the resignation of Prime Minister "
        "Albert Pahimi.",
        {("Blue Legion", "oppose", "Albert Pahimi", "asserted")},
        set(),
    ),
    # a promise of money; ", and" after a lone member starts a new clause's subject
    (
        "Chad has also promised money to the Blue Legion, and Niger and Benin have offered "
        "it personnel.",
        {("Chad", "support", "Blue Legion", "asserted")},
        {("Chad", "support", "Niger", "asserted"), ("Chad", "support", "Benin", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_construction(
    text: str,
    must: set[tuple[str, str, str, str]],
    must_not: set[tuple[str, str, str, str]],
) -> None:
    out = relations(text)
    sym = out | {(t, st, s, p) for s, st, t, p in out if st == "consult"}
    assert must <= sym, out
    assert not (must_not & sym), out


@pytest.mark.parametrize(
    "text",
    [
        # solidarity named in a noun phrase: the nearest actor is not its source
        "Hezbollah fired rockets into Israel in the name of solidarity with Hamas.",
        # a relative clause before a passive verb with no actor as its antecedent
        "The officers, who will lead the Joint Security Support (JSS) mission authorised by "
        "the United Nations Security Council last year, were greeted by Prime Minister Albert "
        "Pahimi.",
    ],
)
def test_no_false_relation(text: str) -> None:
    out = relations(text)
    assert not {r for r in out if r[1] == "support" and r[0] == "Israel"}, out
    assert not {r for r in out if r[1] == "consult" and "United Nations" in (r[0], r[2])}, out


def test_chased_only_in_the_passive() -> None:
    assert relations("The Blue Legion chased the story of the Red Army for a week.") == set()
