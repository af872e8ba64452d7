"""Label and date constructions of round 8b, each with what must not be extracted.

Labels: a free adjective after a determiner in a title ("the orange president X"), an office
with "in"/"to" ("the ambassador in Y, X"), "the chairperson of Y, the DEMONYM X", an office
whose "of" phrase ends with a capitalised name, evaluative epithets used as anaphors ("the
puppet"), and no time words inside titles. Dates: "this WEEKDAY" in the publication's week,
a weekday in a future clause, and a bare month just after the new year.

Invented people (see ``test_labels.KINDS``) and invented sentences."""

from __future__ import annotations

from test_dates_f import dates
from test_labels import labels

PETROV = [("Ivan Petrov", "p"), ("Petrov", "p")]
VOSS = [("Lena Voss", "v"), ("Voss", "v")]


def test_free_adjective_between_a_determiner_and_a_title():
    text = "Kiev, under the orange president Ivan Petrov, sold them tanks."
    assert labels(text, PETROV) == [("p", "orange president")]
    text = "Voters backed the embattled prime minister Ivan Petrov."
    assert labels(text, PETROV) == [("p", "embattled prime minister")]
    # without a determiner the word before the title is not part of it
    assert labels("Crowds cheered president Ivan Petrov.", PETROV) == [("p", "president")]
    # a time word opening the sentence is no part of a title
    assert labels("Yesterday President Ivan Petrov signed.", PETROV) == [("p", "President")]


def test_office_with_in_or_to_before_an_apposed_name():
    text = "The U.S. ambassador in Manila, Ivan Petrov, went further."
    assert labels(text, PETROV) == [("p", "U.S. ambassador in Manila")]
    text = "The special envoy to the region, Ivan Petrov, arrived."
    assert labels(text, PETROV) == [("p", "special envoy to the region")]
    # a group head does not take "in": "the rebels in the north, X" labels nobody
    assert labels("The rebels in the north, Ivan Petrov, fled.", PETROV) == []


def test_office_before_an_apposed_demonym_and_name():
    text = "The chairperson of the commission, the French Ivan Petrov, which was absent, wrote."
    found = labels(text, [*PETROV, ("French", "fr")])
    assert ("p", "chairperson of the commission") in found
    # the demonym itself is no label of the person
    assert all(lab != "French" for _, lab in found)
    # a capitalised word that is no demonym does not hide the name
    text = "The chairperson of the commission, the Green Ivan Petrov, wrote."
    assert labels(text, PETROV) == []


def test_office_whose_of_phrase_ends_with_a_name():
    text = "Mr Ivan Petrov, leader of the party The Greens, has protested."
    assert ("p", "leader of the party") in labels(text, PETROV)
    # a clause after the office ends no apposition
    text = "Mr Ivan Petrov, leader of the party The Greens Alliance is suing, left."
    assert labels(text, PETROV) == []


def test_evaluative_epithet_as_an_anaphor():
    text = (
        "And what of Ivan Petrov himself? We saw him on television while he waited for help. "
        "The allies sent speeches, and the puppet was left alone."
    )
    assert ("p", "the puppet") in labels(text, PETROV)
    # a noun after the epithet makes it a modifier ("the puppet regime"), no anaphor
    text = "Ivan Petrov spoke. The puppet regime fell."
    assert labels(text, PETROV) == []
    # after "of" the epithet names someone else than the apposition's person
    text = "Lena Voss, the loyal watchdog of the usurper, spoke."
    assert ("v", "the usurper") not in labels(text, VOSS)
    # a headline's name is no antecedent for the first paragraph's epithet
    text = "Why Ivan Petrov will fall\n\nLast week the usurper celebrated in the palace."
    assert labels(text, PETROV) == []


def test_this_weekday_is_in_the_publication_week():
    pub = "2021-04-21"  # a Wednesday
    assert dates("The army said this Tuesday that he had died.", pub) == [
        ("2021-04-20", "this Tuesday")
    ]
    assert dates("The shops stayed closed this Wednesday.", pub) == [
        ("2021-04-21", "this Wednesday")
    ]
    # "the day before" counts from it
    assert ("2021-04-19", "the day before") in dates(
        "He died this Tuesday. He had been declared the day before winner of the vote.", pub
    )


def test_weekday_in_a_future_clause_lies_ahead():
    pub = "2021-04-21"  # a Wednesday
    assert dates("The president will travel for the funeral, Friday.", pub) == [
        ("2021-04-23", "Friday")
    ]
    # a past verb nearer the weekday keeps it in the past
    assert dates("Talks will resume, officials said on Friday.", pub) == [
        ("2021-04-16", "on Friday")
    ]


def test_bare_month_just_after_the_new_year():
    pub = "2024-12-18"
    assert dates("He returns to the White House in January.", pub) == [("2025-01", "in January")]
    # a past clause looks back
    assert dates("The offensive started in January.", pub) == [("2024-01", "in January")]
    # a month far from the new year keeps looking back
    assert dates("He returns to the capital in March.", pub) == [("2024-03", "in March")]
