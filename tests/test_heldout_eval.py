"""Held-out quality gate: articles written for actorgraph, annotated by hand, never used to
write the extraction rules' vocabulary (tests/data/heldout, see its README).

The seed gate (tests/test_quality_gate.py) scores the articles the rules were developed on;
this one scores articles in other styles and about other conflicts (set A, six articles;
set B, four articles written and annotated later and never used to tune a rule; set C, five
more in other styles, annotated before the tool was run on them; set D, six more on other
wars; set E, six more on yet other wars; sets F, G and H, six more each annotated before the
tool saw them), so a change that only helps the seeds while breaking general constructions fails
here. Floors are the measured totals minus about 0.05, rounded down; raise them when extraction
improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actorgraph.evaluate.floors import below_floors
from actorgraph.evaluate.harness import analyze_and_export
from actorgraph.evaluate.scorer import evaluate

HELDOUT = Path(__file__).with_name("data") / "heldout"
HELDOUT_B = Path(__file__).with_name("data") / "heldout_b"
HELDOUT_C = Path(__file__).with_name("data") / "heldout_c"
HELDOUT_D = Path(__file__).with_name("data") / "heldout_d"
HELDOUT_E = Path(__file__).with_name("data") / "heldout_e"
HELDOUT_F = Path(__file__).with_name("data") / "heldout_f"
HELDOUT_G = Path(__file__).with_name("data") / "heldout_g"
HELDOUT_H = Path(__file__).with_name("data") / "heldout_h"

# Set A after the fourth round (unnamed state institutions, rejected proposals: strict P/R/F1
# 0.97/0.61/0.75, lenient 1.00/0.71/0.83, polarity 0.97, actors 0.96, claims 0.66, dates 1.00,
# labels 0.50), minus 0.05. Relation floors after the far-argument round (extract/nominals.py:
# "X said Y must leave", "whose ... was condemned by Y"): strict P/R/F1 0.97/0.65/0.78.
FLOORS = {
    "actor_recall": 0.91,
    "rel_strict_p": 0.92,
    "rel_strict_r": 0.59,
    "rel_strict_f1": 0.72,
    "rel_lenient_p": 0.95,
    "rel_lenient_r": 0.66,
    "rel_lenient_f1": 0.78,
    "polarity_acc": 0.92,
    "claim_recall": 0.91,  # claims/labels round: 0.97
    "date_recall": 0.95,
    "label_recall": 0.83,  # claims/labels round: 0.85
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set B (four articles annotated before the tool was run on them, never tuned on): strict
# P/R/F1 0.83/0.45/0.59, lenient 0.88/0.52/0.65, polarity 0.87, actors 0.90, claims 0.57,
# dates 1.00, labels 0.71, minus 0.05. After the set D round (envoys, counterparts, "which
# officials say", ", and it"): strict 0.84/0.48/0.61, lenient 0.88/0.56/0.68, polarity 0.87.
FLOORS_B = {
    "actor_recall": 0.89,  # actor round (set E): 0.92
    "rel_strict_p": 0.80,
    "rel_strict_r": 0.46,
    "rel_strict_f1": 0.59,
    "rel_lenient_p": 0.83,
    "rel_lenient_r": 0.50,
    "rel_lenient_f1": 0.63,
    "polarity_acc": 0.83,
    "claim_recall": 0.77,  # set D claims round: 0.78; actor round: 0.83
    "date_recall": 0.95,
    "label_recall": 0.81,  # set D labels round: 0.76; actor round: 0.81; set F round: 0.86
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set C (five articles in other styles, annotated before the tool was run on them), after the
# relation-recall round (coordinated symmetric parties, appositions before relatives,
# "government in CAPITAL", "the group", frames, reported future): strict P/R/F1
# 0.95/0.54/0.69, lenient 0.95/0.56/0.70, polarity 1.00, actors 0.96, claims 0.94, dates 0.92,
# labels 0.79; then unnamed state institutions (strict 0.95/0.57/0.71, lenient
# 0.95/0.59/0.73), minus 0.05. Then the far-argument round (extract/nominals.py: pairs and
# partners past place/time adjuncts, "X's car bombing of a place in CAPITAL"): strict
# 1.00/0.63/0.77, lenient 1.00/0.68/0.81. Relation recall is still the weak point.
FLOORS_C = {
    "actor_recall": 0.93,  # actor round (set E): 0.98
    "rel_strict_p": 0.95,
    "rel_strict_r": 0.57,
    "rel_strict_f1": 0.72,
    "rel_lenient_p": 0.95,
    "rel_lenient_r": 0.62,
    "rel_lenient_f1": 0.75,
    "polarity_acc": 0.95,
    "claim_recall": 0.91,  # claims/labels round: 0.97
    "date_recall": 0.95,  # set F dates round: 1.00
    "label_recall": 0.92,  # claims/labels round: 0.95
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set D (six articles on other wars: partisan state media, wire denials, a translation, an
# HTML page, an analysis, rumours; annotated before the tool was run on them). Before its
# round: strict 0.76/0.27/0.40, lenient 0.77/0.31/0.44; after it (envoys, counterparts,
# "which officials say", ", and it", "a visit by X to Y", allegiance and ties phrases):
# strict 0.91/0.33/0.49, lenient 0.91/0.38/0.54, polarity 0.95, actors 0.95, claims 0.62,
# dates 1.00, labels 0.58, author 0.83; minus 0.05. Then the claims/labels round (translated
# reporting verbs, clause subjects, widened quotes, "of" phrase titles, "Islamic State group"):
# actors 0.96, claims 1.00, labels 0.86. Then the clause-argument round (extract/clause_args.py:
# participle chains and appositions before "by", participial clauses before the verb, quoted
# adverbials, "received X from Y", envoys sent to a capital, "was received by", "condemned
# the attack" after a lone attacker): strict 0.93/0.43/0.59, lenient 0.93/0.47/0.63,
# polarity 0.96.
FLOORS_D = {
    "actor_recall": 0.93,  # actor round (set E): 0.97
    "rel_strict_p": 0.89,
    "rel_strict_r": 0.51,
    "rel_strict_f1": 0.65,
    "rel_lenient_p": 0.89,
    "rel_lenient_r": 0.58,
    "rel_lenient_f1": 0.71,
    "polarity_acc": 0.92,
    "claim_recall": 0.95,
    "date_recall": 0.95,
    "label_recall": 0.83,
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,  # set F round (bylines): 1.00
}
# Set E (six articles on South Sudan and Uganda, the Central African Republic, Haiti's Kenyan-led
# mission, Algeria and Spain over Western Sahara, India and Pakistan in May 2025, Pakistan's
# strikes in Afghanistan; annotated before the tool was run on them). First run, rules
# untouched: strict P/R/F1 0.88/0.29/0.44, lenient 0.92/0.39/0.55, polarity 0.95, actors 0.93,
# claims 0.67, dates 0.94, labels 0.66; minus 0.05.
FLOORS_E = {
    "actor_recall": 0.93,  # actor round: 0.98
    # relation round 2 (frame words, passive-only verbs, implicit subjects): strict
    # 0.95/0.54/0.69, lenient 0.95/0.62/0.75, polarity 0.97; set F round: strict
    # 0.95/0.57/0.71, lenient 0.95/0.66/0.78, polarity 0.98
    "rel_strict_p": 0.90,
    "rel_strict_r": 0.58,
    "rel_strict_f1": 0.71,
    "rel_lenient_p": 0.90,
    "rel_lenient_r": 0.70,
    "rel_lenient_f1": 0.79,
    "polarity_acc": 0.92,
    "claim_recall": 0.91,  # speakers round: 0.79; set F round: 0.96
    "date_recall": 0.95,  # set F round: 1.00
    "label_recall": 0.89,  # actor round: 0.72; set F round: 0.75
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set F (six articles on the US and Iran in Iraq in January 2020, Venezuela in 2019, Burkina
# Faso's break with ECOWAS, France and Armenia after the Karabakh offensive, China and Russia in
# Myanmar, the M23 at Bukavu; annotated before the tool was run on them). First run, rules
# untouched: strict P/R/F1 0.63/0.12/0.20, lenient 0.86/0.15/0.26, polarity 1.00, actors 0.92,
# claims 0.53, dates 0.90, labels 0.67, author 0.83. After its round of fixes: strict
# 0.95/0.40/0.57, lenient 0.97/0.46/0.62, polarity 1.00, actors 0.98, claims 0.98, dates 1.00,
# labels 0.86, author 1.00; floors are those minus 0.05, rounded down.
FLOORS_F = {
    "actor_recall": 0.93,
    "rel_strict_p": 0.93,
    "rel_strict_r": 0.46,
    "rel_strict_f1": 0.62,
    "rel_lenient_p": 0.92,
    "rel_lenient_r": 0.50,
    "rel_lenient_f1": 0.65,
    "polarity_acc": 0.95,
    "claim_recall": 0.93,
    "date_recall": 0.95,
    "label_recall": 0.83,
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set G (six articles on Turkey's Operation Peace Spring and the Sochi memorandum, the
# Russia-Georgia war of 2008, the Gaza hostage truce of November 2023, Chad after Idriss Deby's
# death, North Korean troops in Kursk, China and the Philippines at Second Thomas Shoal;
# annotated before the tool was run on them). First run (mid-round, rules not tuned on G): strict P/R/F1
# 0.62/0.13/0.21, lenient 0.60/0.15/0.23, polarity 0.90, actors 0.84, claims 0.66, dates 0.78,
# labels 0.82, published 0.83, author 0.83. After its round of fixes: strict 0.89/0.41/0.56,
# lenient 0.91/0.47/0.62, polarity 0.94, actors 0.93, claims 0.94, dates 1.00, labels 0.94;
# floors are those minus 0.05, rounded down.
FLOORS_G = {
    "actor_recall": 0.87,
    "rel_strict_p": 0.83,
    "rel_strict_r": 0.35,
    "rel_strict_f1": 0.50,
    "rel_lenient_p": 0.85,
    "rel_lenient_r": 0.41,
    "rel_lenient_f1": 0.56,
    "polarity_acc": 0.88,
    "claim_recall": 0.88,
    "date_recall": 0.95,
    "label_recall": 0.88,
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
# Set H (six articles on the blockade of Qatar in 2017, the Donbas war after Minsk II, Kosovo and
# Serbia after the Banjska attack, the Renaissance Dam talks in Kinshasa, the Ethiopia-Eritrea peace
# of 2018 and the Gulf, Boko Haram and the Multinational Joint Task Force; annotated before the tool
# was run on them). First run, after two rounds of fixes that never read it: strict P/R/F1
# 0.64/0.16/0.25, lenient 0.75/0.21/0.33, polarity 0.93, actors 0.94, claims 0.63, dates 0.97,
# labels 0.69 (the rules before those rounds scored the same relations: 0.64/0.16/0.25); floors
# are those minus 0.05, rounded down.
FLOORS_H = {
    "actor_recall": 0.89,
    "rel_strict_p": 0.58,
    "rel_strict_r": 0.10,
    "rel_strict_f1": 0.20,
    "rel_lenient_p": 0.70,
    "rel_lenient_r": 0.15,
    "rel_lenient_f1": 0.27,
    "polarity_acc": 0.87,
    "claim_recall": 0.58,
    "date_recall": 0.92,
    "label_recall": 0.64,
    "title_ok": 0.95,
    "published_ok": 0.95,
    "author_ok": 0.95,
}
SETS = {
    "A": (HELDOUT, 6, FLOORS),
    "B": (HELDOUT_B, 4, FLOORS_B),
    "C": (HELDOUT_C, 5, FLOORS_C),
    "D": (HELDOUT_D, 6, FLOORS_D),
    "E": (HELDOUT_E, 6, FLOORS_E),
    "F": (HELDOUT_F, 6, FLOORS_F),
    "G": (HELDOUT_G, 6, FLOORS_G),
    "H": (HELDOUT_H, 6, FLOORS_H),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def heldout(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """(set folder, article count, floors, scores) for one held-out set."""
    folder, count, floors = SETS[request.param]
    db = tmp_path_factory.mktemp(f"heldout_{request.param}") / "heldout.db"
    export = analyze_and_export([folder / "articles"], db)
    return folder, count, floors, evaluate(export, folder / "gold", folder / "actors.json")


def test_every_article_has_a_gold_file_and_is_scored(heldout: tuple) -> None:
    folder, count, _, scores = heldout
    articles = sorted(p.name for p in (folder / "articles").iterdir())
    assert len(articles) == count
    assert sorted(scores["docs"]) == articles


@pytest.mark.parametrize(
    "folder",
    [HELDOUT, HELDOUT_B, HELDOUT_C, HELDOUT_D, HELDOUT_E, HELDOUT_F, HELDOUT_G, HELDOUT_H],
    ids=["A", "B", "C", "D", "E", "F", "G", "H"],
)
def test_gold_evidence_is_verbatim_article_text(folder: Path) -> None:
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / "articles" / gold["doc"]).read_text(encoding="utf-8")
        for key in ("relations", "optional_relations", "claims", "events"):
            for item in gold[key]:
                assert item["evidence"] in text, f"{gold_path.name} {key}: {item['evidence']!r}"


def test_heldout_scores_stay_above_floors(heldout: tuple) -> None:
    _, _, floors, scores = heldout
    total = scores["total"]
    failures = below_floors(total, floors)
    table = "\n".join(f"  {m:15} {total.get(m) or 0:.4f}  floor {f:.2f}" for m, f in floors.items())
    assert not failures, (
        "held-out scores fell below their floors:\n  "
        + "\n  ".join(failures)
        + f"\nall metrics (value, floor):\n{table}"
    )
