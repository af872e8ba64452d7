"""Political and diplomatic verbs, clefts, litotes, denials and hedged reports
(extract/verb_frames.py, polarity.py and their hooks in relations.py): one invented
sentence per construction, each with what must and what must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations

Rel = tuple[str, str, str, str]

CASES: list[tuple[str, set[Rel], set[Rel]]] = [
    # a passive with a time adjunct before "by", on a verb coordinated inside a relative
    # clause, whose agent list ends with a partitive ("most of the members of Z")
    (
        "President Elena Markova, who was sworn in on Friday and was recognised within hours "
        "by Germany, Spain and most of the members of the European Union, promised elections.",
        {
            ("Germany", "support", "Elena Markova", "asserted"),
            ("Spain", "support", "Elena Markova", "asserted"),
            ("European Union", "support", "Elena Markova", "asserted"),
        },
        set(),
    ),
    # breaking off relations
    (
        "Ecuador broke off diplomatic relations with Mexico on Friday.",
        {("Ecuador", "oppose", "Mexico", "asserted")},
        set(),
    ),
    (
        "Ecuador said fighting broke out near the border with Peru.",
        set(),
        {("Ecuador", "oppose", "Peru", "asserted")},
    ),
    # leaving an organisation, each member of a coordinated subject
    (
        "Niger, Chad and Sudan said they were leaving the African Union.",
        {
            ("Niger", "oppose", "African Union", "asserted"),
            ("Chad", "oppose", "African Union", "asserted"),
            ("Sudan", "oppose", "African Union", "asserted"),
        },
        set(),
    ),
    (
        "Hungary pulled out of the International Criminal Court in 2025.",
        {("Hungary", "oppose", "International Criminal Court", "asserted")},
        set(),
    ),
    # leaving a state, or a building named after an organisation, is no break
    ("Kenya left Somalia in 2021.", set(), {("Kenya", "oppose", "Somalia", "asserted")}),
    (
        "Kenya withdrew from NATO talks on Monday.",
        set(),
        {("Kenya", "oppose", "NATO", "asserted")},
    ),
    # suspending a member; suspending aid is no suspension of the receiver
    (
        "The African Union suspended Gabon from its bodies after the coup.",
        {("African Union", "oppose", "Gabon", "asserted")},
        set(),
    ),
    (
        "The African Union suspended its aid to Gabon.",
        set(),
        {("African Union", "oppose", "Gabon", "asserted")},
    ),
    # ousting: a gerund after "by" belongs to the relative clause's antecedent
    (
        "Colonel Mamady Doumbouya, who seized power in 2021 by ousting President Alpha Condé, "
        "promised a transition.",
        {("Mamady Doumbouya", "oppose", "Alpha Condé", "asserted")},
        set(),
    ),
    (
        "General Ahmed Salim deposed President Omar Karim in 2019.",
        {("Ahmed Salim", "oppose", "Omar Karim", "asserted")},
        set(),
    ),
    # ordering a state's troops out; one's own troops are no target
    (
        "President Ahmed Salim ordered French troops out of the country.",
        {("Ahmed Salim", "oppose", "France", "asserted")},
        set(),
    ),
    # a pivot towards a new patron; a place turned towards is no patron
    (
        "Since the coup, Mali has turned decisively towards Russia.",
        {("Mali", "support", "Russia", "asserted")},
        set(),
    ),
    (
        "Chad turned towards the capital of Niger.",
        set(),
        {("Chad", "support", "Niger", "asserted")},
    ),
    (
        "President Omar Karim ordered the arrest of General Ali Mahamat in August.",
        {("Omar Karim", "oppose", "Ali Mahamat", "asserted")},
        set(),
    ),
    # other hostile verbs: reproach, detain, revenge against (never "revenge for")
    (
        "Chile reproached Bolivia for its silence.",
        {("Chile", "oppose", "Bolivia", "asserted")},
        set(),
    ),
    (
        "Turkish police detained Selim Kaya on Monday.",
        {("Turkey", "oppose", "Selim Kaya", "asserted")},
        set(),
    ),
    (
        'Hamas vowed "bitter revenge" against Israel.',
        {("Hamas", "oppose", "Israel", "asserted")},
        set(),
    ),
    (
        "Iran vowed revenge for the death of Hassan Nasrallah.",
        set(),
        {("Iran", "oppose", "Hassan Nasrallah", "asserted")},
    ),
    # summoning an envoy opposes the envoy's state; the envoy protests nothing
    (
        "Poland summoned the Russian ambassador, Sergei Andreev, to protest the incursion.",
        {("Poland", "oppose", "Russia", "asserted")},
        {("Sergei Andreev", "oppose", "Poland", "asserted")},
    ),
    (
        "Germany summoned the ambassador of Iran on Tuesday.",
        {("Germany", "oppose", "Iran", "asserted")},
        set(),
    ),
    # clefts, keeping someone in power, propping up
    (
        "It was Iran that kept Bashar al-Assad in power.",
        {("Iran", "support", "Bashar al-Assad", "asserted")},
        set(),
    ),
    ("Iran kept Bashar al-Assad waiting for an hour.", set(), set()),
    (
        "It was Turkey that armed the Syrian National Army.",
        {("Turkey", "support", "Syrian National Army", "asserted")},
        set(),
    ),
    (
        "Moscow props up President Alexander Lukashenko.",
        {("Russia", "support", "Alexander Lukashenko", "asserted")},
        set(),
    ),
    # litotes assert; a plain negation still denies
    (
        "Qatar has never concealed its support for Hamas.",
        {("Qatar", "support", "Hamas", "asserted")},
        {("Qatar", "support", "Hamas", "negated")},
    ),
    (
        "Iran made no secret of its backing for the Houthis.",
        {("Iran", "support", "Houthis", "asserted")},
        set(),
    ),
    (
        "Egypt did not hide its support for Khalifa Haftar.",
        {("Egypt", "support", "Khalifa Haftar", "asserted")},
        {("Egypt", "support", "Khalifa Haftar", "negated")},
    ),
    (
        "Egypt did not support Khalifa Haftar.",
        {("Egypt", "support", "Khalifa Haftar", "negated")},
        {("Egypt", "support", "Khalifa Haftar", "asserted")},
    ),
    # denials: the relation inside is negated, with the denier as its subject
    (
        "A spokesman for the Blue Legion denied that the group had attacked Chad.",
        {("Blue Legion", "oppose", "Chad", "negated")},
        {("Blue Legion", "oppose", "Chad", "asserted")},
    ),
    (
        "Uganda denies backing the Allied Democratic Forces.",
        {("Uganda", "support", "Allied Democratic Forces", "negated")},
        set(),
    ),
    # hedged reports: the subject stands before "is said to"
    (
        "Kenyan officers in Mombasa were said to be negotiating with the Blue Legion.",
        {("Kenya", "consult", "Blue Legion", "hedged")},
        set(),
    ),
    (
        "Senator Anna Berg, who spoke to Ali Mahamat by telephone, is said to be weighing "
        "sanctions against Chad.",
        {("Anna Berg", "oppose", "Chad", "hedged")},
        set(),
    ),
    # "accused it of X instead of Y": the accused does not do Y; the accuser is not its agent
    (
        "The African Union mission left after Chad accused it of tolerating the Red Hand "
        "Militia instead of fighting the militia.",
        {
            ("Chad", "oppose", "African Union", "asserted"),
            ("African Union", "oppose", "Red Hand Militia", "negated"),
        },
        {
            ("Chad", "oppose", "Red Hand Militia", "asserted"),
            ("Chad", "oppose", "Red Hand Militia", "negated"),
        },
    ),
    (
        "Russia said its troops would protect President Ahmed Salim.",
        {("Russia", "support", "Ahmed Salim", "asserted")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), CASES)
def test_construction(text: str, expected: set[Rel], unwanted: set[Rel]) -> None:
    out = relations(text)
    assert expected <= out, out
    assert not unwanted & out, out


def test_receiving_a_minister_is_a_meeting() -> None:
    out = relations("President Ahmed Salim received Turkey's foreign minister, Hakan Fidan, here.")
    assert consult("Ahmed Salim", "Hakan Fidan", out), out


def test_receiving_weapons_is_support_not_a_meeting() -> None:
    out = relations("President Ahmed Salim received drones from Turkey.")
    assert ("Turkey", "support", "Ahmed Salim", "asserted") in out, out
    assert not consult("Ahmed Salim", "Turkey", out), out


def test_verb_after_and_shares_the_opening_subject() -> None:
    out = relations(
        "President Ahmed Salim ordered French troops out of the country last year, and "
        "received Italy's defence minister, Guido Rossi, twice."
    )
    assert consult("Ahmed Salim", "Guido Rossi", out), out
    assert not consult("France", "Guido Rossi", out), out


def test_own_troops_ordered_out_are_no_target() -> None:
    out = relations("President Ahmed Salim ordered his troops out of the capital.")
    assert not out, out


def test_all_three_stands_for_the_last_list_of_three() -> None:
    text = (
        "Guinea, Gabon and Sudan had coups in recent years. The African Union, which "
        "suspended all three from its bodies, said it wanted talks."
    )
    out = relations(text)
    for state in ("Guinea", "Gabon", "Sudan"):
        assert ("African Union", "oppose", state, "asserted") in out, out


def test_the_two_countries_needs_a_list_of_two_and_an_actor_noun() -> None:
    first = "Chad and Niger signed a pact. The United States warned the two "
    out = relations(first + "countries on Monday.")
    assert ("United States", "oppose", "Chad", "asserted") in out, out
    assert ("United States", "oppose", "Niger", "asserted") in out, out
    out = relations(first + "men on Monday.")
    assert not any(r[0] == "United States" for r in out), out
    # "the two countries" stands for states, not for the last pair of people
    out = relations(
        "Chad and Niger signed a pact. Omar Karim and Ali Mahamat met in Paris. The United "
        "States warned the two countries."
    )
    assert ("United States", "oppose", "Chad", "asserted") in out, out
    assert ("United States", "oppose", "Omar Karim", "asserted") not in out, out


def test_failing_to_help_is_no_help() -> None:
    out = relations("Kenya said the African Union had failed to help Somalia.")
    assert ("African Union", "support", "Somalia", "negated") in out, out
    assert ("African Union", "support", "Somalia", "asserted") not in out, out


def test_sentence_opening_he_continues_the_previous_subject() -> None:
    out = relations(
        "General Ali Mahamat, who seized power by ousting another officer, Colonel Omar "
        "Karim, has turned towards Russia. He ordered French troops out of the country."
    )
    assert ("Ali Mahamat", "oppose", "Omar Karim", "asserted") in out, out
    assert ("Ali Mahamat", "support", "Russia", "asserted") in out, out
    assert ("Ali Mahamat", "oppose", "France", "asserted") in out, out
    assert not any(r[0] == "Omar Karim" for r in out), out


def test_object_of_the_first_verb_is_not_the_subject_of_the_second() -> None:
    out = relations(
        "A channel close to the Wagner Group said the unit would protect President Ahmed "
        "Salim, the junta leader, and train Chadian soldiers."
    )
    assert not any(r[0] == "Ahmed Salim" for r in out), out


def test_verb_after_and_an_according_to_aside_shares_the_subject() -> None:
    out = relations(
        "Turkish authorities closed the border and, according to witnesses, detained Selim "
        "Kaya in Ankara."
    )
    assert ("Turkey", "oppose", "Selim Kaya", "asserted") in out, out


def test_person_named_after_its_office_is_the_object() -> None:
    out = relations(
        "Kenya praised the Blue Legion. Chadian police later detained its leader, Omar Karim."
    )
    assert ("Chad", "oppose", "Omar Karim", "asserted") in out, out
    assert ("Chad", "oppose", "Blue Legion", "asserted") not in out, out


def test_subject_after_a_conjunction_like_after() -> None:
    out = relations("The talks collapsed after Rwanda warned Burundi on Monday.")
    assert ("Rwanda", "oppose", "Burundi", "asserted") in out, out
    out = relations("Kenya attacked the camp after the talks with Somalia.")
    assert ("Somalia", "oppose", "Kenya", "asserted") not in out, out


def test_common_noun_subject_of_reported_speech_is_the_speakers_side() -> None:
    out = relations(
        "A channel close to the Wagner Group, the force that Russia's defence ministry "
        "funds, said the first unit would protect President Ahmed Salim."
    )
    assert ("Wagner Group", "support", "Ahmed Salim", "asserted") in out, out
    assert ("Russia", "support", "Ahmed Salim", "asserted") not in out, out
