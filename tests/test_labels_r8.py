"""Label constructions of round 8: relative "whom" after an apposition, nicknames, members'
epithets of a group, translated "of"/"for" offices, quoted offices, an office read as an
institution, appositions after "the X of PLACE", office qualifiers on anaphors.

Invented people and groups (see ``test_labels.KINDS``); each construction has a sentence
that must give the label and one that must not."""

from __future__ import annotations

from test_labels import labels

PETROV = [("Ivan Petrov", "p"), ("Petrov", "p")]
VOSS = [("Lena Voss", "v"), ("Voss", "v")]
FRONT = [("Northern Front", "f")]


def test_apposition_ending_in_whom():
    text = "Ivan Petrov, the fugitive ex-dictator whom the court barred, fled."
    assert labels(text, PETROV) == [("p", "fugitive ex-dictator")]


def test_nicknames_after_known_as_and_between_names():
    assert ("p", "Bulldozer") in labels(
        "Ivan Petrov, the former officer known as Bulldozer who runs the port, spoke.", PETROV
    )
    assert labels("Ivan Petrov, also known as “The Hammer”, spoke.", PETROV) == [
        ("p", "The Hammer")
    ]
    assert labels("Ivan Petrov, nicknamed Tiger, spoke.", PETROV) == [("p", "Tiger")]
    assert labels("Hugo 'Bulldozer' Petrov spoke.", [("Petrov", "p")]) == [("p", "Bulldozer")]


def test_no_nickname_from_quotes_or_other_names():
    # a quoted word after a function word is not a nickname
    assert labels("He met the 'Lions' Petrov brought along.", [("Petrov", "p")]) == []
    # "known as" followed by another actor's name is not a nickname of the subject
    assert labels("Ivan Petrov, known as Lena Voss, left.", PETROV + VOSS) == []
    # lower-case words after "known as" are not a nickname
    assert labels("Ivan Petrov, known as a moderate, left.", PETROV) == []


def test_members_epithet_owning_a_group():
    text = "On Monday the bandits of the Northern Front attacked the city."
    assert labels(text, FRONT) == [("f", "bandits")]
    text = "The sleepy bureaucrats of the Egypt mission, Northern Front, woke up."
    assert labels(text, [("Egypt", "eg"), *FRONT]) == [("f", "sleepy bureaucrats")]


def test_neutral_members_are_not_epithets():
    assert labels("On Monday the fighters of the Northern Front attacked.", FRONT) == []
    assert labels("The Northern Front, the group's leaders, attacked.", FRONT) == []


def test_plural_person_epithet_in_apposition_of_a_group():
    text = "The Northern Front, the regime's motorcycle thugs, attacked."
    assert labels(text, FRONT) == [("f", "regime's motorcycle thugs")]


def test_translated_of_offices_before_a_name():
    text = "In a letter, the president of the government Ivan Petrov agreed."
    assert labels(text, PETROV) == [("p", "president of the government")]
    text = "At home, the minister of the Foreign Affairs Ivan Petrov has saluted it."
    assert labels(text, PETROV) == [("p", "minister of the Foreign Affairs")]


def test_of_phrase_does_not_cross_a_verb_or_another_person():
    text = "Secretary of State Lena Voss said Ivan Petrov had plotted attacks."
    assert ("p", "Secretary of State Lena Voss said") not in labels(text, PETROV + VOSS)
    assert all(ent == "v" for ent, _ in labels(text, PETROV + VOSS))


def test_office_for_a_field():
    text = "France's special representative for Syria, Ivan Petrov, was in Damascus."
    assert labels(text, PETROV) == [("p", "special representative for Syria")]
    # "support for" is not an office
    assert labels("Their support for Syria, Ivan Petrov said, is firm.", PETROV) == []


def test_professor_and_an_office_named_like_an_institution():
    text = "The President of the Republic, Professor Ivan Petrov, spoke."
    assert labels(text, PETROV) == [("p", "President of the Republic"), ("p", "Professor")]


def test_quoted_office():
    text = "They arrested the former “state minister” of the rebels, the businessman Ivan Petrov."
    assert labels(text, PETROV) == [
        ("p", "former “state minister” of the rebels"),
        ("p", "businessman"),
    ]


def test_apposition_after_the_x_of_place_is_the_persons():
    text = (
        "Ivan Petrov, the fugitive ex-dictator, hides. "
        "And the fugitive of Egypt, the eternal putschist, will answer."
    )
    found = labels(text, [*PETROV, ("Egypt", "eg")])
    assert ("p", "eternal putschist") in found
    assert not [lab for lab in found if lab[0] == "eg"]


def test_anaphor_office_qualifier_must_match():
    text = "President Ivan Petrov spoke. Troops detained two aides close to the vice president."
    assert labels(text, PETROV) == [("p", "President")]
    text = "Information Minister Lena Voss spoke, and police detained the petroleum minister."
    assert labels(text, VOSS) == [("v", "Information Minister")]
    text = "Defence Minister Lena Voss spoke. Later the defence minister left."
    assert labels(text, VOSS) == [("v", "Defence Minister"), ("v", "the defence minister")]


def test_deposed_anaphor_skips_the_president_in_office():
    text = (
        "The soldiers hold the president Ivan Petrov. The president in office of the bloc, "
        "Lena Voss, said force is possible. They want to free the deposed president."
    )
    found = labels(text, PETROV + VOSS)
    assert ("p", "the deposed president") in found
    assert ("v", "the deposed president") not in found


def test_loose_modifier_three_words_before_the_head():
    text = "Ivan Petrov, the embattled Ruritanian prime minister, is no better."
    assert labels(text, PETROV) == [("p", "embattled Ruritanian prime minister")]
