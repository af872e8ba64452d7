from __future__ import annotations

from _mention_fixtures import regex_mentions
from actorgraph.extract.claims import claim_spans, find_claims
from actorgraph.extract.nlp import get_nlp
from actorgraph.records import Claim, Entity

# Invented people; real states. entity id -> (name, kind, surface forms)
ACTORS: dict[str, tuple[str, str, list[str]]] = {
    "e0": ("Ivan Petrov", "person", ["Ivan Petrov", "Petrov"]),
    "e1": ("Lena Voss", "person", ["Lena Voss", "Voss"]),
    "e2": ("France", "state", ["France", "French", "Paris"]),
    "e3": ("Turkey", "state", ["Turkey", "Ankara"]),
    "e4": ("Egypt", "state", ["Egypt", "Cairo"]),
    "e5": ("Northern Front", "armed_group", ["Northern Front"]),
    "e6": ("UNMOS", "organization", ["UNMOS"]),
}


def build(text: str) -> tuple[list[Claim], str]:
    sdoc = get_nlp()(text)
    forms = [(f, eid) for eid, (_, _, fs) in ACTORS.items() for f in fs]
    mentions = regex_mentions(sdoc, forms)
    entities = [Entity(eid, name, kind, f"k:{eid}") for eid, (name, kind, _) in ACTORS.items()]
    claims = find_claims(sdoc, mentions, entities)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims, text


def one(text: str) -> Claim:
    claims, _ = build(text)
    assert len(claims) == 1, claims
    return claims[0]


def test_colon_and_comma_quotes_give_the_quoted_text():
    c = one("Ivan Petrov said: “We will hold the bridge.” The shelling went on.")
    assert (c.speaker, c.cue, c.text, c.speaker_text) == (
        "e0",
        "said",
        "We will hold the bridge.",
        "Ivan Petrov",
    )
    c = one("At dawn Cairo said, “Leave now.”")
    assert (c.speaker, c.text, c.speaker_text) == ("e4", "Leave now.", "Cairo")
    c = one('Voss told reporters: "The corridor stays open."')
    assert (c.speaker, c.cue, c.text) == ("e1", "told", "The corridor stays open.")


def test_quotes_attributed_after_the_closing_mark():
    c = one("“We will not retreat,” the minister said.")
    assert (c.speaker, c.speaker_text, c.text) == (None, "the minister", "We will not retreat")
    c = one("“The port is ours,” said Ivan Petrov.")
    assert (c.speaker, c.text) == ("e0", "The port is ours")
    c = one("Lena Voss met the envoy. “Nothing is agreed,” she added.")
    assert (c.speaker, c.speaker_text, c.cue) == ("e1", "she", "added")


def test_statement_noun_and_verb_with_a_gap_before_the_quote():
    c = one(
        "That explains Foreign Minister Lena Voss’s statement, “If the siege continues, talks end.”"
    )
    assert (c.speaker, c.cue, c.speaker_text) == ("e1", "statement", "Foreign Minister Lena Voss")
    assert c.text == "If the siege continues, talks end."
    c = one(
        "Petrov declared from his bunker that this was “the last battle for the valley” at last."
    )
    assert (c.speaker, c.cue, c.text) == ("e0", "declared", "the last battle for the valley")
    c = one("Voss promised to “protect the villages and their people” before leaving.")
    assert (c.speaker, c.cue, c.text) == ("e1", "promised", "protect the villages and their people")


def test_multi_sentence_quote_of_an_anonymous_official_of_a_state():
    text = "A French official said, “The delegation raised grave concerns. Thousands have fled.” Then nothing."
    c = one(text)
    assert c.speaker == "e2" and c.speaker_text == "A French official"
    assert c.text == "The delegation raised grave concerns. Thousands have fled."
    assert c.sentence == 0


def test_indirect_speech_after_the_verb():
    c = one(
        "Defence Minister Lena Voss said, the rebels lost ground in the north, so they think "
        "they will retreat, I think it is time to act."
    )
    assert (c.speaker, c.speaker_text) == ("e1", "Defence Minister Lena Voss")
    assert c.text.startswith("the rebels lost ground in the north, so they think")
    assert c.text.endswith("time to act")  # one claim: "they think" / "I think" do not nest
    c = one("Petrov said on Monday that the Northern Front had withdrawn from the city.")
    assert c.text == "the Northern Front had withdrawn from the city"
    c = one("Petrov told a news conference in Cairo that the truce was over.")
    assert (c.speaker, c.cue, c.text) == ("e0", "told", "the truce was over")


def test_postposed_inverted_and_parenthetical_speakers():
    c = one("The ceasefire is holding across the south, a diplomat said.")
    assert (c.speaker, c.speaker_text, c.text) == (
        None,
        "a diplomat",
        "The ceasefire is holding across the south",
    )
    c = one("The ceasefire is holding across the south, said Petrov.")
    assert (c.speaker, c.text) == ("e0", "The ceasefire is holding across the south")
    c = one("Petrov, speaking to reporters in Paris, said the army would not advance.")
    assert (c.speaker, c.text) == ("e0", "the army would not advance")


def test_according_to_in_both_positions():
    c = one("According to Egypt, the convoy crossed the border at night.")
    assert (c.speaker, c.cue, c.text) == (
        "e4",
        "according to",
        "the convoy crossed the border at night",
    )
    c = one("The convoy crossed the border at night, according to sources close to Petrov.")
    assert (c.speaker, c.text) == ("e0", "The convoy crossed the border at night")
    claims, _ = build("The convoy moved according to the plan agreed in March.")
    assert claims == []


def test_speakers_resolve_pronouns_and_capital_cities():
    claims, _ = build(
        "Ivan Petrov arrived in Paris. He said the talks would resume next week. "
        "A top-level official in Ankara said the deal was dead."
    )
    assert [(c.speaker, c.speaker_text) for c in claims] == [
        ("e0", "He"),
        ("e3", "A top-level official in Ankara"),
    ]
    assert claims[1].sentence == 2


def test_no_claims_for_scare_quotes_passives_and_authorial_voice():
    claims, _ = build(
        "The so-called “peace plan” failed. "
        "Who told Petrov to ‘go home’ that night? We can say that the war is lost. "
        "The rebels were claimed to be “encouraged” by France. Turkey announced a ceasefire."
    )
    assert claims == []


def test_reporting_verb_inside_an_unattributed_quote_is_clipped_to_the_quote():
    text = "All seams will burst (“Petrov says the siege is part of a bigger plan,” a newspaper wrote)."
    claims, _ = build(text)
    inner = [c for c in claims if c.speaker == "e0"]
    assert len(inner) == 1
    assert inner[0].text == "the siege is part of a bigger plan"


def test_claim_spans_are_sorted_content_regions_with_speakers():
    claims, text = build(
        "“The port is ours,” said Ivan Petrov. Voss said that the port was never his."
    )
    spans = claim_spans(claims)
    assert spans == sorted(spans)
    assert [(text[s:e], spk) for s, e, spk in spans] == [
        ("The port is ours", "e0"),
        ("the port was never his", "e1"),
    ]


def test_its_spokesman_speaks_for_the_organisation_named_last():
    c = one("The Northern Front held a rally. Its spokesman said the army had shelled the camp.")
    assert (c.speaker, c.text) == ("e5", "the army had shelled the camp")


def test_participle_after_a_rejection_without_that():
    c = one("Turkey rejected the accusations, saying its soldiers had never crossed the border.")
    assert (c.speaker, c.cue, c.text) == (
        "e3",
        "saying",
        "its soldiers had never crossed the border",
    )


def test_a_vow_is_a_claim_whose_content_is_the_infinitive():
    c = one("Petrov has vowed to fight for every street of the city.")
    assert (c.speaker, c.cue, c.text) == ("e0", "vowed", "to fight for every street of the city")
    # "is said to be" is hearsay: an anonymous claim, never one by its subject
    c = one("Petrov is said to be ill.")
    assert (c.speaker, c.speaker_text, c.text) == (None, "is said", "be ill")


def test_progressive_reporting_verb_after_a_quote_resolves_the_role_to_its_person() -> None:
    text = (
        "The Foreign Minister, Ivan Petrov, spoke in Paris. "
        "“We will not give up one village,” the minister was saying."
    )
    c = one(text)
    assert c.speaker == "e0" and c.text == "We will not give up one village"


def test_name_between_commas_is_the_speaker_and_told_to_the_audience_is_a_cue() -> None:
    text = "The Minister of Defence, Ivan Petrov, has told to the journalists that Egypt will win."
    c = one(text)
    assert c.speaker == "e0" and c.text == "Egypt will win"


def test_subject_with_place_attached_and_progressive_is_an_anonymous_speaker() -> None:
    c = one("The elders of the district were saying that the fighters took the harvest.")
    assert c.speaker is None and c.text == "the fighters took the harvest"
    c = one("Officials in the north say clashes between the two sides continued overnight.")
    assert c.speaker is None and c.text.startswith("clashes between")


def test_said_before_a_clause_is_not_an_inverted_speaker() -> None:
    text = (
        "Ivan Petrov, speaking beside Lena Voss in Cairo, said the alliance would stand by Egypt."
    )
    c = one(text)
    assert c.speaker == "e0" and c.text == "the alliance would stand by Egypt"


def test_according_to_a_statement_from_a_staff_names_its_state() -> None:
    c = one("According to a statement from the French general staff, the Northern Front retreated.")
    assert c.speaker == "e2" and c.text == "the Northern Front retreated"


# -- one fixture sentence per construction added for unseen text ----------------------------


def by_text(text: str) -> dict[str, str | None]:
    """Claim text -> speaker id, for every claim found in ``text``."""
    claims, _ = build(text)
    return {c.text: c.speaker for c in claims}


def test_quantity_after_said_is_content():
    c = one("The Northern Front, a local monitor, said at least 12 people died in the shelling.")
    assert (c.speaker, c.text) == ("e5", "at least 12 people died in the shelling")


def test_it_is_the_actor_that_opens_the_sentence():
    c = one(
        "From its side, Egypt has called for calm, and it confirmed that the talks will resume."
    )
    assert (c.speaker, c.text) == ("e4", "the talks will resume")


def test_quote_then_name_apposition_and_verb():
    got = by_text(
        '"There are no foreign troops here," Lena Voss, the spokesperson of the Northern '
        "Front, told reporters in Paris."
    )
    assert got == {"There are no foreign troops here": "e1"}


def test_time_before_that_and_a_later_quote():
    got = by_text(
        "Ivan Petrov said last week that the convoys must leave the valley, and he accused "
        'them of "looting".'
    )
    assert got["the convoys must leave the valley"] == "e0"
    assert got["looting"] == "e0"


def test_role_possessive_speaker_is_the_role_holder():
    c = one(
        "Prime Minister Ivan Petrov spoke first. Later Petrov left the hall. The prime "
        "minister's office said on Monday that there would be no new round of talks."
    )
    assert (c.speaker, c.text) == ("e0", "there would be no new round of talks")


def test_relative_clause_between_speaker_and_verb():
    c = one(
        "The Northern Front (NF), which held the town until troops retook it in the spring, "
        "said its fighters were still battling in the hills."
    )
    assert (c.speaker, c.text) == ("e5", "its fighters were still battling in the hills")


def test_the_rebels_and_a_titled_apposed_name():
    c = one('Petrov met the Northern Front in Ankara, a claim the rebels described as "a lie".')
    assert (c.speaker, c.text) == ("e5", "a lie")
    c = one('Its spokesman, Colonel Ivan Petrov, said the army had asked for it "without delay".')
    assert c.speaker == "e0"


def test_postposed_speaker_before_a_coordinated_clause():
    c = one(
        "Turkey may be preparing a new delivery of drones, diplomats in Paris said, but Ankara "
        "has not confirmed any deal."
    )
    assert c.text == "Turkey may be preparing a new delivery of drones"


def test_the_minister_is_the_person_who_holds_the_role():
    got = by_text(
        "The Minister of Defence, Ivan Petrov, told reporters that the army was ready. "
        '"We will never give one village to Lena Voss," the minister was saying.'
    )
    assert got["We will never give one village to Lena Voss"] == "e0"
    assert got["the army was ready"] == "e0"


# -- the set D round: translated verbs, clause subjects, widened quotes ----------------------


def test_translated_and_missing_reporting_verbs() -> None:
    c = one("Lena Voss has affirmed that the corridor stays open until May.")
    assert (c.speaker, c.cue) == ("e1", "affirmed")
    c = one("Ivan Petrov met them. “We keep the door open,” has he precised at the exit.")
    assert (c.speaker, c.cue, c.text) == ("e0", "precised", "We keep the door open")
    c = one('The Northern Front has qualified this decision of "illegal and senseless".')
    assert (c.speaker, c.text) == ("e5", "illegal and senseless")


def test_apposed_title_ending_with_the_name_is_the_speaker() -> None:
    c = one(
        "The chair of the bloc, the French head of state Ivan Petrov, has declared that "
        "all options remain open."
    )
    assert (c.speaker, c.text) == ("e0", "all options remain open")


def test_participle_and_coordinated_verb_take_the_clause_subject() -> None:
    c = one(
        "Egypt, the mediator between Paris and Ankara, also voiced its rejection of the "
        "strikes, saying it had warned its friends against them."
    )
    assert c.speaker == "e4"
    claims, _ = build(
        "The French envoy, Lena Voss, rejected the charges as false and said "
        "Paris had sent no weapons to either side."
    )
    assert [(c.speaker, c.text) for c in claims] == [
        ("e1", "Paris had sent no weapons to either side")
    ]


def test_adjunct_participle_after_the_verb_is_not_the_content() -> None:
    c = one(
        "Egypt has also backed the Northern Front, two diplomats said, speaking on "
        "condition of anonymity."
    )
    assert (c.speaker, c.text) == (None, "Egypt has also backed the Northern Front")


def test_quote_inside_a_reported_clause_gives_the_whole_clause() -> None:
    c = one(
        'Cairo said it had intercepted the attack and that it caused only "limited '
        'damage" at some sites.'
    )
    assert c.text.startswith("it had intercepted the attack") and "limited damage" in c.text
    claims, _ = build(
        'Ivan Petrov boasted that the raids were "a clear message" and claimed '
        "that his jets had acted in defence of shipping."
    )
    assert [c.cue for c in claims] == ["boasted", "claimed"]


def test_denials_and_descriptions_keep_their_verb() -> None:
    c = one("Turkish officials in Ankara deny any role in the offensive.")
    assert c.text == "deny any role in the offensive"
    c = one("Ivan Petrov described the deployment as temporary.")
    assert (c.speaker, c.text) == ("e0", "described the deployment as temporary")
    claims, _ = build("The deployment was described as temporary.")
    assert claims == []


def test_a_quoted_description_keeps_what_is_described_and_both_quote_marks() -> None:
    c = one("Ivan Petrov described the brigade as a private firm with “no link to the state”.")
    assert c.cue == "described"
    assert c.text == "described the brigade as a private firm with “no link to the state”"


def test_speaker_with_a_place_phrase_and_coordinated_speakers() -> None:
    c = one("Unverified reports on social media said French troops had clashed with them.")
    assert (c.speaker, c.speaker_text) == (None, "Unverified reports on social media")
    c = one(
        "The authorities of Egypt and of Turkey have warned that any intervention "
        "would be considered a declaration of war."
    )
    assert c.speaker == "e4"
    c = one('"If this fails, we are back where we started," said one aid worker.')
    assert (c.speaker, c.speaker_text) == (None, "one aid worker")


def test_he_added_keeps_the_previous_speaker_over_a_person_named_between():
    claims, _ = build(
        "Ivan Petrov, the commander of the Northern Front and an old ally of the Paris "
        "government, wrote on social media that his men would hold every bridge. "
        '"Anyone who sides with Lena Voss sides against us," he added.'
    )
    by_text = {c.text: c.speaker for c in claims}
    assert by_text["his men would hold every bridge"] == "e0"
    assert by_text["Anyone who sides with Lena Voss sides against us"] == "e0"


def test_role_then_apposed_name_after_a_quote():
    c = one('"We had no part in the raid," its spokesman, Lena Voss, said in a statement.')
    assert c.speaker == "e1" and c.text == "We had no part in the raid"


def test_apposed_acronym_speaks_for_a_mission_named_with_a_country():
    c = one("The United Nations mission in France, UNMOS, said it had received many reports.")
    assert c.speaker == "e6"
