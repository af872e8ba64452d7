"""Relations stated by descriptions and possessed act nouns (extract/appositions.py,
extract/possessed_acts.py) and the nominal fixes of extract/nominals.py: one invented
sentence per construction, each with what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations
from actorgraph.extract import appositions as ap
from actorgraph.extract.mentions import find_mentions
from actorgraph.extract.nlp import get_nlp
from actorgraph.extract.relations import _Sentence

Triple = tuple[str, str, str, str]

FOUND: list[tuple[str, set[Triple]]] = [
    # a branch or affiliate in apposition backs its parent
    (
        "Al-Shabaab, al-Qaeda's branch in East Africa, attacked the base.",
        {("Al-Shabaab", "support", "Al Qaeda", "asserted")},
    ),
    # after an acronym in brackets, and with "the" before the owner's name
    (
        "The Allied Democratic Forces (ADF), the Islamic State's affiliate in Congo, "
        "attacked Uganda.",
        {
            ("Allied Democratic Forces", "support", "Islamic State", "asserted"),
            ("Allied Democratic Forces", "oppose", "Uganda", "asserted"),
        },
    ),
    # a creditor backs the one it lends to
    (
        "China, Venezuela's biggest creditor, stayed silent.",
        {("China", "support", "Venezuela", "asserted")},
    ),
    # a proxy is backed by its owner: the direction turns
    (
        "The Houthis, Iran's proxy in Yemen, fired missiles.",
        {("Iran", "support", "Houthis", "asserted")},
    ),
    # loyalty makes any head noun a backer ("the loyal servant of Y")
    (
        "Ramzan Kadyrov, the loyal servant of Vladimir Putin, sent troops.",
        {("Ramzan Kadyrov", "support", "Vladimir Putin", "asserted")},
    ),
    # a rival or critic in apposition opposes
    ("Turkey, a rival of Greece, protested.", {("Turkey", "oppose", "Greece", "asserted")}),
    ("Moscow, a fierce critic of NATO, protested.", {("Russia", "oppose", "NATO", "asserted")}),
    (
        "Greece, Turkey's arch-rival in the Aegean, protested.",
        {("Greece", "oppose", "Turkey", "asserted")},
    ),
    # "its ally" is the ally of someone else than X, and X is the subject of the verb after
    (
        "For Kyiv, the episode proves that Washington, its ally in NATO, has not protected "
        "the Ukrainians.",
        {
            ("United States", "support", "Ukraine", "asserted"),
            ("United States", "support", "Ukraine", "negated"),
        },
    ),
    # a state leading an organisation's mission backs the organisation
    (
        "The mission of the African Union (AU) led by Kenya lost soldiers.",
        {("Kenya", "support", "African Union", "asserted")},
    ),
    # a standing quarrel: the subject of "has", through a relative clause or not
    (
        "Hamas, which has a long feud with the Palestinian Authority, refused.",
        {("Hamas", "oppose", "Palestine", "asserted")},
    ),
    # an acronym in brackets before the relative word; the main verb keeps its subject
    (
        "The Allied Democratic Forces (ADF), which has a long feud with Uganda, attacked Congo.",
        {
            ("Allied Democratic Forces", "oppose", "Uganda", "asserted"),
            # a bare "Congo" is the Democratic Republic, as news uses it
            ("Allied Democratic Forces", "oppose", "Democratic Republic of the Congo", "asserted"),
        },
    ),
    (
        "Turkey has a bitter dispute with Greece over gas fields.",
        {("Turkey", "oppose", "Greece", "asserted")},
    ),
    # possessed transfer nouns, with a long list of things before "to"
    (
        "Russia's sale of S-400 systems to Turkey angered NATO.",
        {("Russia", "support", "Turkey", "asserted")},
    ),
    (
        "Iran's supply of Shahed-136 drones, missiles and training to the Houthis has continued.",
        {("Iran", "support", "Houthis", "asserted")},
    ),
    (
        "Moscow's delivery of helicopters to the Sudanese army angered Washington.",
        {("Russia", "support", "Sudanese army", "asserted")},
    ),
    # backing someone's plan backs its owner
    (
        "Turkey's backing of Azerbaijan's plan for the corridor worried Armenia.",
        {("Turkey", "support", "Azerbaijan", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_construction(text: str, expected: set[Triple]) -> None:
    out = relations(text)
    assert expected <= out, out


NOT_FOUND: list[tuple[str, set[Triple]]] = [
    # the owner of a description is not the subject of the verb after it
    (
        "Turkey, Azerbaijan's closest ally, attacked Armenia.",
        {("Azerbaijan", "oppose", "Armenia", "asserted")},
    ),
    # a relation that no longer holds is not stated by the description
    (
        "Al-Shabaab, al-Qaeda's former branch in East Africa, attacked the base.",
        {("Al-Shabaab", "support", "Al Qaeda", "asserted")},
    ),
    # a person leading a group is its member, not its backer
    (
        "The Wagner Group, led by Yevgeny Prigozhin, took Bakhmut.",
        {("Yevgeny Prigozhin", "support", "Wagner Group", "asserted")},
    ),
    # the sale is Russia's, not a relation to whoever it angered
    (
        "Russia's sale of S-400 systems to Turkey angered NATO.",
        {("Russia", "support", "NATO", "asserted"), ("Turkey", "support", "NATO", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_extracted(text: str, unwanted: set[Triple]) -> None:
    out = relations(text)
    assert not unwanted & out, out


def test_description_without_relation_noun_states_nothing() -> None:
    assert relations("Kenya, the host of the talks, said nothing about Somalia.") == set()
    # loyalty does not turn a hostile noun into backing
    out = relations("Labour, the loyal opposition to the government of Britain, protested.")
    assert not any(stance == "support" for _, stance, _, _ in out), out


def test_capture_of_a_town_is_no_relation_to_a_person() -> None:
    out = relations(
        "The Sahel Liberation Front's capture of Gao was a humiliation for President Goita."
    )
    assert out == set(), out


def test_reception_by_a_host_is_a_meeting() -> None:
    out = relations(
        "President Lula flew to Beijing on Thursday. His reception by President Xi Jinping "
        "on Friday was warm."
    )
    assert consult("Lula", "Xi Jinping", out), out


def test_answer_to_a_message_is_a_dealing() -> None:
    out = relations(
        "The envoy came to Doha to hand over Tehran's answer to a message from Saudi Arabia."
    )
    assert consult("Iran", "Saudi Arabia", out), out
    # a response to someone's deed is no dealing with them
    assert relations("Israel's response to Iran's strike was swift.") == set()


def test_meeting_between_titled_names_put_in_doubt_is_hedged() -> None:
    out = relations(
        "A meeting between Mr Erdogan and Mr Assad, which was planned for Monday in Moscow, "
        "remains uncertain."
    )
    assert consult("Erdogan", "Assad", out, "hedged"), out
    assert not consult("Erdogan", "Assad", out), out


def test_meeting_between_titled_names_held_is_asserted() -> None:
    out = relations("The meeting between Mr Erdogan and Mr Assad was held in Moscow.")
    assert consult("Erdogan", "Assad", out), out


def test_its_after_a_common_noun_subject_is_not_the_last_actor() -> None:
    # "its" belongs to "the coalition", which is no actor: not to Kenya or Somalia
    out = relations(
        "Kenya blamed Somalia. The coalition said on Sunday it had paused its training of "
        "Ethiopian forces."
    )
    assert out == {("Kenya", "oppose", "Somalia", "asserted")}, out


def _sentence(text: str) -> _Sentence:
    doc = get_nlp()(text)
    entities, _, tok_mentions = find_mentions(doc)
    return _Sentence(doc, 0, len(doc), tok_mentions, {e.id: e.kind for e in entities})


def test_apposition_subject_only_after_a_description() -> None:
    s = _sentence("Turkey, Azerbaijan's closest ally, attacked Armenia.")
    comma = s.tt.text.index(",", 2)
    g = ap.apposition_subject(s, comma)
    assert g is not None and s.tt.text[g.start] == "Turkey"
    # a place adjunct before the description is no subject
    s = _sentence("In Khartoum, the capital, fighting resumed.")
    assert ap.apposition_subject(s, s.tt.text.index(",", 3)) is None


def test_hostile_noun_in_a_time_adjunct_is_not_the_subjects_deed() -> None:
    out = relations(
        "The French minister flew to Armenia, two weeks after the lightning offensive of "
        "Azerbaijan."
    )
    assert not any(stance == "oppose" for _, stance, _, _ in out), out
    # an agent named after "by" still makes the relation
    out = relations("After the invasion of Ukraine by Russia, Poland armed Kyiv.")
    assert ("Russia", "oppose", "Ukraine", "asserted") in out, out
