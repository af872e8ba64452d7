"""Claim constructions added for held-out set F, each with what must not be extracted.

All sentences are invented for these tests: the people are fictional, the states real.
"""

from __future__ import annotations

from _mention_fixtures import regex_mentions
from actorgraph.extract.claims import find_claims
from actorgraph.extract.nlp import get_nlp
from actorgraph.records import Claim, Entity

# entity id -> (name, kind, surface forms)
ACTORS: dict[str, tuple[str, str, list[str]]] = {
    "p1": ("Lena Voss", "person", ["Lena Voss", "Voss", "Mrs Voss"]),
    "p2": ("Ivan Petrov", "person", ["Ivan Petrov", "Petrov"]),
    "p3": ("Omar Sadiq", "person", ["Omar Sadiq", "Sadiq"]),
    "s1": ("France", "state", ["France", "Paris", "French"]),
    "s2": ("Chile", "state", ["Chile", "Santiago"]),
    "s3": ("Peru", "state", ["Peru", "Lima"]),
    "s4": ("Bolivia", "state", ["Bolivia", "La Paz"]),
    "s5": ("Egypt", "state", ["Egypt", "Cairo"]),
    "g1": ("Northern Front", "armed_group", ["Northern Front"]),
    "o1": ("Andean Pact", "organization", ["Andean Pact"]),
}


def build(text: str) -> list[Claim]:
    sdoc = get_nlp()(text)
    forms = [(f, eid) for eid, (_, _, fs) in ACTORS.items() for f in fs]
    mentions = regex_mentions(sdoc, forms)
    entities = [Entity(eid, name, kind, f"k:{eid}") for eid, (name, kind, _) in ACTORS.items()]
    claims = find_claims(sdoc, mentions, entities)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in build(text)]


def test_quote_before_an_inverted_perfect_reporting_verb():
    text = (
        "“Chile stays at our side and will remain there,” has declared Mrs Voss after her "
        "meeting with the president."
    )
    assert pairs(text) == [("p1", "Chile stays at our side and will remain there")]
    # the same order with a clause after the verb names no speaker
    text = "“It is a crime,” said Paris would not accept it."
    assert all(c.speaker != "s1" for c in build(text))


def test_quote_then_said_the_role_or_a_spokesman_for_a_state():
    text = (
        "Lena Voss, the defence minister, met the envoys. “We will not yield,” said the minister."
    )
    assert pairs(text) == [("p1", "We will not yield")]
    text = "“The border is closed,” a spokesman for Egypt told reporters."
    assert pairs(text) == [("s5", "The border is closed")]


def test_time_adjunct_between_the_verb_and_a_clause_without_that():
    assert pairs("The Northern Front said on Sunday it had paused its raids near the dam.") == [
        ("g1", "it had paused its raids near the dam")
    ]
    assert pairs("Petrov said last week the talks would resume in June.") == [
        ("p2", "the talks would resume in June")
    ]
    # a verb that also takes objects still needs "that"
    assert pairs("Egypt announced on Monday a ceasefire along the whole front.") == []
    # "said on Sunday" followed by a preposition is no clause
    assert pairs("Petrov said on Sunday in a long speech.") == []


def test_repeated_adverbs_before_that_and_sworn():
    assert pairs("Sadiq has sworn again and again that the army will never surrender.") == [
        ("p3", "the army will never surrender")
    ]
    assert pairs("Sadiq has sworn allegiance to the new council.") == []


def test_a_coordinated_report_by_another_actor_ends_the_complement():
    text = (
        "Chile said that hundreds of soldiers were massing on the border, and Peru accuses "
        "Ivan Petrov of arming the militia."
    )
    assert pairs(text) == [
        ("s2", "hundreds of soldiers were massing on the border"),
        ("s3", "Ivan Petrov of arming the militia"),
    ]
    # a coordinated clause without a reporting verb stays in the claim
    text = "Chile said that troops were massing, and Peru moved its tanks north."
    assert pairs(text) == [("s2", "troops were massing, and Peru moved its tanks north")]


def test_according_to_that_interrupts_or_opens_a_clause():
    text = "Egypt closed the crossing and, according to people close to Petrov, detained his aide."
    [(speaker, content)] = pairs(text)
    assert content == "detained his aide"
    text = "Voss gave no details, but according to the French press it could be about radars."
    assert pairs(text) == [(None, "it could be about radars")]
    text = "It relied on rifles that, in the view of most analysts, reached the rebels by sea."
    assert pairs(text) == [(None, "reached the rebels by sea")]
    # "according to" a plan is no attribution
    assert pairs("The troops withdrew, and according to the plan they left by night.") == []


def test_people_familiar_with_talks_are_anonymous():
    text = "Petrov is weighing new sanctions, according to two people familiar with the talks."
    assert pairs(text) == [(None, "Petrov is weighing new sanctions")]


def test_hearsay_and_claimed_to_are_anonymous_claims():
    text = "Sadiq is said to be weighing sanctions against the officers."
    assert pairs(text) == [(None, "be weighing sanctions against the officers")]
    text = "Several witnesses claimed to have seen soldiers near the airport."
    assert pairs(text) == [(None, "to have seen soldiers near the airport")]
    # a passive "were claimed to be" has no claimant
    assert pairs("The rebels were claimed to be well armed by then.") == []


def test_residents_of_two_places_speak_anonymously():
    text = "Residents of Kamsa and Lufa said they had seen trucks heading south."
    assert pairs(text) == [(None, "they had seen trucks heading south")]


def test_viewpoint_for_x_with_a_verb_of_proof():
    text = "For Santiago, this episode proves that Peru has never been a loyal partner."
    assert pairs(text) == [("s2", "Peru has never been a loyal partner")]
    # a viewpoint without a verb of proof, or a time phrase, is no claim
    assert pairs("For Santiago, the episode was a humiliation.") == []
    assert pairs("For years, this proves that nothing changes.") == []


def test_the_government_and_the_juntas_refer_to_states_named_before():
    text = (
        "In Cairo, Omar Sadiq promised revenge, and the government announced that it would "
        "leave the accord."
    )
    assert pairs(text) == [("s5", "it would leave the accord")]
    text = (
        "Chile, Peru and Bolivia left the Andean Pact on Sunday.\n\nIn a joint statement, "
        "the juntas said the bloc had failed to protect them."
    )
    assert pairs(text) == [("s2", "the bloc had failed to protect them")]
    # a single state is no antecedent of a plural
    text = "Chile left the Andean Pact on Sunday. The juntas said the bloc had failed them."
    assert pairs(text) == [(None, "the bloc had failed them")]


def test_a_list_of_states_speaks_through_its_first_member():
    text = "The military governments of Chile, Peru and Bolivia said they were leaving the bloc."
    assert pairs(text) == [("s2", "they were leaving the bloc")]


def test_speaker_after_a_long_apposition_with_a_relative_clause():
    text = (
        "A channel linked to the Northern Front, the armed movement that Egypt's intelligence "
        "service set up to take over the northern operations, said the first unit would "
        "guard the dam. More fighters were expected soon, it said."
    )
    assert pairs(text) == [
        ("g1", "the first unit would guard the dam"),
        ("g1", "More fighters were expected soon"),
    ]


def test_relative_clause_with_a_quote_before_said():
    text = (
        "Foreign Minister Omar Sadiq, who called the strike “an act of piracy”, said Paris "
        "alone would bear the consequences."
    )
    assert pairs(text) == [
        ("p3", "an act of piracy"),
        ("p3", "Paris alone would bear the consequences"),
    ]


def test_was_right_to_say_and_appealed_not_to_quote():
    text = "Petrov was right to say on Friday that Egypt “has to leave”."
    [(speaker, content)] = pairs(text)
    assert speaker == "p2" and content.startswith("Egypt “has to leave”")
    text = "The council's president, Omar Sadiq, appealed to the juntas not to “wreck the union”."
    assert pairs(text) == [("p3", "wreck the union")]
    # "was able to say" is no attitude to saying
    assert all(c.speaker != "p2" for c in build("Petrov was unable to say what happened."))


def test_said_more_about_is_no_reported_clause():
    assert pairs("The Northern Front's visit said more about Egypt than any speech.") == []


def test_the_local_press_is_anonymous_but_state_media_is_the_state():
    text = "The French press said the deal was worth two billion euros."
    assert pairs(text) == [(None, "the deal was worth two billion euros")]
    text = "French state media said the deal was worth two billion euros."
    assert pairs(text) == [("s1", "the deal was worth two billion euros")]


def test_the_article_opens_the_speaker_phrase_after_a_time_word():
    text = (
        "The Northern Front raided a depot. By September the group had announced that it was ready."
    )
    assert pairs(text) == [("g1", "it was ready")]


def test_the_coalition_refers_to_the_last_phrase_with_that_head():
    text = (
        "Peru asked the Chile-led coalition for help in 2019. Fighting resumed in May.\n\n"
        "The coalition said on Sunday it had paused its training of local units."
    )
    assert pairs(text) == [("s2", "it had paused its training of local units")]
    # no earlier phrase with that head names an actor: an anonymous speaker
    text = "Fighting resumed in May. The coalition said it had paused its training."
    assert pairs(text) == [(None, "it had paused its training")]


def test_postposed_plural_anaphor_speaks_for_the_listed_states():
    text = (
        "Chile and Peru quit the Andean Pact on Sunday. "
        "The bloc had failed to help them fight the gangs, the juntas said."
    )
    assert pairs(text) == [("s2", "The bloc had failed to help them fight the gangs")]
    # "the government" with no state named just before stays anonymous
    text = "Talks stalled for weeks.\n\nThe government said the talks would resume."
    assert pairs(text) == [(None, "the talks would resume")]


def test_truncated_constructions_at_the_end_of_a_text_do_not_fail():
    for text in (
        "Petrov said on March",
        "Petrov said on Sunday",
        "but according to the press",
        "and, according to people close to",
        "For Santiago, this proves that",
        "Sadiq is said to",
        "“We stay,” has declared",
        "The juntas said",
    ):
        for c in build(text):
            assert 0 <= c.start < c.end <= len(text)


def test_residents_reached_by_phone_and_but_added():
    text = "Residents of Lufa reached by phone said gunships had bombed the market."
    assert pairs(text) == [(None, "gunships had bombed the market")]
    text = (
        "Ivan Petrov told reporters that his men would fight “to the end”, but added that "
        "he was ready to talk."
    )
    assert pairs(text) == [
        ("p2", "his men would fight “to the end”"),
        ("p2", "he was ready to talk"),
    ]


def test_title_with_of_before_a_name_is_the_subject():
    text = "Secretary of State Lena Voss thanked Chile for its help and said Peru would pay."
    assert pairs(text) == [("p1", "Peru would pay")]


def test_progressive_accusation_and_a_relative_denial():
    text = "The Chile is accusing the Peru of arming the rebels, what the Lima is denying."
    assert pairs(text) == [("s2", "the Peru of arming the rebels")]
    # a relative clause whose verb goes on ("which Peru said was ...") stays in the claim
    text = "Chile said the dam, which Peru said was safe, had burst."
    assert pairs(text) == [("s2", "the dam, which Peru said was safe, had burst")]


def test_possessive_statement_noun_before_that():
    text = (
        "Chile's claim that its jets shot down two drones, which Peru has neither confirmed "
        "nor denied, will be tested."
    )
    assert pairs(text) == [("s2", "its jets shot down two drones")]
    # without "that" the noun is no claim
    assert pairs("Chile's claim was rejected by the court.") == []


def test_what_x_described_as():
    text = "Jets bombed a village, in what officials in Cairo described as a strike on rebels."
    assert pairs(text) == [("s5", "described as a strike on rebels")]
    # a fronted object needs "what"/"which" before the speaker
    assert pairs("Officials in Cairo described as well the damage.") == []


def test_its_ministry_opening_a_sentence_speaks_for_the_last_state():
    text = (
        "Jets from Peru struck a camp in Chile. Its defence ministry condemned the strikes and "
        "warned that Chile would retaliate."
    )
    assert pairs(text) == [("s2", "Chile would retaliate")]
