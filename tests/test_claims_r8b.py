"""Claim constructions of round 8b, each with what must not be extracted: verbs of telling
with an audience before "that", manner adverbs, reply and repeat verbs, a quoted verdict after
a verb of denouncing, "affirm to have" with a "for its part" aside, an inverted speaker with
its name after a comma, a quote after a colon, a semicolon ending a complement, "according
to" after someone else's report or inside a clause, and "the ministry"/"the army" speakers.

All sentences are invented for these tests: the people are fictional, the states real.
"""

from __future__ import annotations

from actorgraph.extract.lexicon_claims import is_filler
from test_claims_f import pairs


def test_audience_before_that_after_a_verb_of_telling():
    text = "In a speech, Lena Voss reminded the world that Chile had never sought this war."
    assert pairs(text) == [("p1", "Chile had never sought this war")]
    text = "Ivan Petrov informed his allies that Peru would close the border."
    assert pairs(text) == [("p2", "Peru would close the border")]
    # a plain object with no "that" clause is no claim
    assert pairs("Lena Voss reminded the envoys of their promise.") == []


def test_reply_and_repeat_verbs_with_a_manner_adverb():
    text = "Ivan Petrov answered calmly that Lima was ready to talk, but not at any price."
    assert pairs(text) == [("p2", "Lima was ready to talk, but not at any price")]
    text = "Lena Voss repeated that the treaty covers the coast guard."
    assert pairs(text) == [("p1", "the treaty covers the coast guard")]
    # "answered questions" takes an object, not a clause
    assert pairs("Ivan Petrov answered questions from the press for an hour.") == []


def test_a_semicolon_ends_the_complement_and_a_reply_follows():
    text = "Each time, Chile said the boats were trespassing; each time, Peru replied that the reef is its own."
    assert pairs(text) == [
        ("s2", "the boats were trespassing"),
        ("s3", "the reef is its own"),
    ]


def test_a_quoted_verdict_after_a_verb_of_denouncing():
    text = "Ivan Petrov, leader of the opposition, has denounced “a constitutional coup” in Lima."
    assert pairs(text) == [("p2", "a constitutional coup")]
    text = "Lena Voss condemned what she called “a massacre” of civilians."
    assert ("p1", "a massacre") in pairs(text)
    # a quoted name with no reporting or denouncing verb stays unattributed
    assert pairs("Ivan Petrov visited the “Blue Line” near the border.") == []


def test_affirming_to_have_after_a_for_its_part_aside():
    text = "The Northern Front for its part is affirming to have captured more than 40 soldiers."
    assert pairs(text) == [("g1", "to have captured more than 40 soldiers")]
    text = "The Northern Front, for its part, claimed to have downed two drones over Lima."
    assert pairs(text) == [("g1", "to have downed two drones over Lima")]
    # "affirmed" before a plain object is no claim
    assert pairs("The Northern Front affirmed its loyalty to the council.") == []


def test_inverted_speaker_phrase_then_a_name_after_the_comma():
    text = "“We will not stop,” has declared its spokesman, Mr Omar Sadiq, after the talks in Peru."
    assert pairs(text) == [("p3", "We will not stop")]
    # with no name after the comma the role phrase still resolves to its owner
    text = "The Northern Front met in the hills. “We will not stop,” said its spokesman."
    assert pairs(text) == [("g1", "We will not stop")]


def test_a_quote_after_a_colon_is_said_by_the_sentence_opening_speaker():
    text = (
        "A senior official in Lima, who asked not to be named, was more blunt: "
        "“There is no choice. They left us alone.”"
    )
    assert pairs(text) == [(None, "There is no choice. They left us alone.")]
    text = "Lena Voss was clear: “Chile will not sign.”"
    assert pairs(text) == [("p1", "Chile will not sign.")]
    # a colon after a phrase that is no speaker attributes nothing
    assert pairs("The message was simple: “Leave now.”") == []


def test_according_to_after_another_speakers_report_or_inside_a_clause():
    text = (
        "Chile's defence ministry said the report was false. The ministry had earlier denied "
        "that its artillery had hit a school near Lima, when shells landed close to the "
        "market, according to Peru. The talks resume on Monday."
    )
    got = pairs(text)
    assert ("s2", "its artillery had hit a school near Lima") in got
    assert ("s3", "when shells landed close to the market") in got
    text = (
        "The council may split, of which certain officers, according to sources close to the "
        "army, would not accept the new chief."
    )
    got = pairs(text)
    assert len(got) == 1 and got[0][0] is None
    assert got[0][1].endswith("would not accept the new chief")
    # a reported quote followed by "according to" gives no second, cut-off claim
    text = "“Chile is a party to this war,” he said, according to a transcript."
    assert all(t != "he said" for _, t in pairs(text))


def test_the_army_speaks_for_the_state_the_document_names_most():
    text = (
        "Chile closed its border with Peru. Chile said the talks failed, and Santiago "
        "recalled its envoy. The army has informed that a curfew is in place across the north."
    )
    assert ("s2", "a curfew is in place across the north") in pairs(text)
    # no state named: "the army" stays anonymous
    assert pairs("The army has informed that a curfew is in place across the north.") == [
        (None, "a curfew is in place across the north")
    ]


def test_adverb_ending_in_ly_and_nouns_ending_in_ly():
    text = "Peru first reported in October that troops were moving north."
    assert pairs(text) == [("s3", "troops were moving north")]
    text = "Lena Voss said bluntly that Chile would not pay."
    assert pairs(text) == [("p1", "Chile would not pay")]
    # nouns in "-ly" are no adverbs to skip between a speaker and its verb
    assert is_filler("calmly") and is_filler("initially")
    assert not is_filler("ally") and not is_filler("family") and not is_filler("assembly")
