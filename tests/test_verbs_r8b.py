"""Round 8b verb coverage and verb frames (lexicon.py verbs and phrases, verb_frames.py light
verbs, travel, requests, permissions, cut-offs, verdicts on persons; clause_args and
clause_subjects helpers): invented sentences, each with what must and must not be extracted."""

from __future__ import annotations

import pytest

from _relation_fixtures import consult, relations

Rel = tuple[str, str, str, str]
A = "asserted"

CASES: list[tuple[str, set[Rel], set[Rel]]] = [
    # ASSAULT: the PLOVER sweep's verbs, inflected
    ("Russia bombarded Ukraine for three days.", {("Russia", "oppose", "Ukraine", A)}, set()),
    ("Israeli jets strafed Hamas positions.", {("Israel", "oppose", "Hamas", A)}, set()),
    ("Hamas fighters stormed Israeli towns.", {("Hamas", "oppose", "Israel", A)}, set()),
    ("Russia rained rockets on Ukraine.", {("Russia", "oppose", "Ukraine", A)}, set()),
    ("Ukraine pushed back Russian forces near Kyiv.", {("Ukraine", "oppose", "Russia", A)}, set()),
    (
        "Chinese forces rammed a Philippine vessel near the shoal.",
        {("China", "oppose", "Philippines", A)},
        set(),
    ),
    (
        "The Iraqi army cleared Islamic State out of Mosul.",
        {("Iraqi army", "oppose", "Islamic State", A)},
        set(),
    ),
    (
        "Turkey launched what it calls Operation Claw on Monday against the PKK.",
        {("Turkey", "oppose", "PKK", A)},
        set(),
    ),
    # light verbs with a deal: a consultation, never an attack
    (
        "Russia struck a deal with Turkey.",
        {("Russia", "consult", "Turkey", A)},
        {("Russia", "oppose", "Turkey", A)},
    ),
    ("Egypt reached an agreement with Sudan on Friday.", {("Egypt", "consult", "Sudan", A)}, set()),
    (
        "Israel approved in the early hours of Monday a deal with Hamas.",
        {("Israel", "consult", "Hamas", A)},
        set(),
    ),
    ("Serbia struck Kosovo on Monday.", {("Serbia", "oppose", "Kosovo", A)}, set()),
    # CONSULT: calls, conversations, travel to a capital, working out a plan
    (
        "President Emmanuel Macron called President Joe Biden on Monday.",
        {("Emmanuel Macron", "consult", "Joe Biden", A)},
        set(),
    ),
    (
        "President Joe Biden spoke several times this week to the emir of Qatar.",
        {("Joe Biden", "consult", "Qatar", A)},
        set(),
    ),
    (
        "President Emmanuel Macron flew to Kyiv on Tuesday.",
        {("Emmanuel Macron", "consult", "Ukraine", A)},
        set(),
    ),
    (
        "Chancellor Olaf Scholz, who came to Beijing in April, met students.",
        {("Olaf Scholz", "consult", "China", A)},
        set(),
    ),
    (
        "President Emmanuel Macron worked out with President Joe Biden a plan for Gaza.",
        {("Emmanuel Macron", "consult", "Joe Biden", A)},
        set(),
    ),
    (
        "A truce, negotiated by Secretary Antony Blinken in Cairo last week, held.",
        {("Antony Blinken", "consult", "Egypt", A)},
        set(),
    ),
    ("The rebels turned to Russia.", set(), set()),  # no named rebels: no relation
    ("The Kurdish-led SDF turned to Damascus.", {("SDF", "consult", "Syria", A)}, set()),
    (
        "The Kurdish-led SDF turned to violence against Turkey.",
        set(),
        {("SDF", "consult", "Turkey", A)},
    ),
    # AID: giving into, recognition of independence, praise, homage, fighting at the side of
    (
        "Britain poured money and weapons into Ukraine.",
        {("United Kingdom", "support", "Ukraine", A)},
        set(),
    ),
    (
        "Russia recognised the independence of Abkhazia.",
        {("Russia", "support", "Abkhazia", A)},
        set(),
    ),
    (
        "France paid tribute to President Idriss Deby.",
        {("France", "support", "Idriss Deby", A)},
        set(),
    ),
    ("Turkey hailed Azerbaijan.", {("Turkey", "support", "Azerbaijan", A)}, set()),
    ("Spain saluted Morocco's clarity.", {("Spain", "support", "Morocco", A)}, set()),
    ("Turkey hailed Armenia's defeat.", set(), {("Turkey", "support", "Armenia", A)}),
    ("Turkey hailed the fall of Armenia's defences.", set(), {("Turkey", "support", "Armenia", A)}),
    (
        "President Idriss Deby fought at the side of the forces of Libya.",
        {("Idriss Deby", "support", "Libya", A)},
        set(),
    ),
    (
        "The United States allowed Ukraine to strike targets inside Russia.",
        {("United States", "support", "Ukraine", A)},
        set(),
    ),
    # REQUEST
    (
        "Armenia asked Russia to station troops on its border.",
        {("Armenia", "consult", "Russia", A)},
        set(),
    ),
    # REJECT: a thing someone put forward; no object after "refused to"
    ("Russia turned down Ukraine's offer.", {("Russia", "oppose", "Ukraine", A)}, set()),
    ("Russia dismissed Ukraine's claims.", {("Russia", "oppose", "Ukraine", A)}, set()),
    ("Egypt declined an invitation from Israel.", {("Egypt", "oppose", "Israel", A)}, set()),
    # SANCTION: cutting off supplies; sanctions on officials after a date
    (
        "Germany and France stopped approving new arms exports to Turkey.",
        {("Germany", "oppose", "Turkey", A), ("France", "oppose", "Turkey", A)},
        set(),
    ),
    (
        "Canada halted arms sales to Rwanda.",
        {("Canada", "oppose", "Rwanda", A)},
        set(),
    ),
    # ending aid is no opposition (polarity.py negates the support instead)
    ("Canada halted its aid to Rwanda.", set(), {("Canada", "oppose", "Rwanda", A)}),
    (
        "Washington imposed sanctions on May 2 on three Russian ministers.",
        {("United States", "oppose", "Russia", A)},
        set(),
    ),
    # ACCUSE and the verdict on a person; the passive dative
    (
        "President Bashar al-Assad, on a visit to Aleppo on Monday, described President Recep "
        'Tayyip Erdogan as "a thief".',
        {("Bashar al-Assad", "oppose", "Recep Tayyip Erdogan", A)},
        set(),
    ),
    ("Poland castigated Hungary.", {("Poland", "oppose", "Hungary", A)}, set()),
    (
        "President Mahamat Deby, whose rule is reproached to him by the opposition party FACT, "
        "spoke.",
        {("FACT", "oppose", "Mahamat Deby", A)},
        set(),
    ),
    # THREATEN / demand that
    (
        "Iran warned that any American attack would be met with force.",
        {("Iran", "oppose", "United States", A)},
        set(),
    ),
    (
        "The Iraqi parliament demanded that the U.S. embassy be closed.",
        {("Iraqi parliament", "oppose", "United States", A)},
        set(),
    ),
    # negatives: light verbs with a non-relation object
    (
        "President Vladimir Putin fired the minister of Russia.",
        set(),
        {("Vladimir Putin", "oppose", "Russia", A)},
    ),
    ("The strike by Kenya called it a day.", set(), set()),
    (
        "President Emmanuel Macron returned to Paris and flew to the border with Spain.",
        set(),
        {("Emmanuel Macron", "consult", "Spain", A)},
    ),
    ("Russia flew to Syria.", set(), {("Russia", "consult", "Syria", A)}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_construction(text: str, wanted: set[Rel], unwanted: set[Rel]) -> None:
    out = relations(text)
    assert wanted <= out, (wanted - out, out)
    assert not (unwanted & out), (unwanted & out, out)


def test_deal_relative_names_the_party_let_act() -> None:
    out = relations(
        "Its commander, General Mazloum Abdi, struck a deal that allowed the Syrian army to "
        "deploy along the border."
    )
    assert consult("Mazloum Abdi", "Syrian army", out), out
    assert ("Mazloum Abdi", "oppose", "Syrian army", A) not in out, out


def test_refusing_to_act_is_negated_not_a_rejection() -> None:
    out = relations("Germany refused to sanction Russia.")
    assert ("Germany", "oppose", "Russia", "negated") in out, out
    assert ("Germany", "oppose", "Russia", A) not in out, out
