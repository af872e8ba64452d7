"""The evaluation: scorer semantics on a hand-written gold set, agreement with the reference
scorer (../shared/eval/score.py), diagnostics, and the `actorgraph eval` command."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.evaluate.explain import explain
from actorgraph.evaluate.reference import (
    ActorRegistry,
    GoldError,
    ReferenceActor,
    load_gold,
    normalize_name,
    strip_titles,
)
from actorgraph.evaluate.scorer import DOC_METRICS, TOTAL_METRICS, evaluate
from actorgraph.query.graph import Graph

# -- an invented gold set --------------------------------------------------------------

ACTORS = [
    {
        "id": "vardan",
        "name": "Oskar Vardan",
        "kind": "person",
        "camp": "nff",
        "aliases": ["Vardan", "Marshal Vardan"],
    },
    {
        "id": "nff",
        "name": "Northern Freedom Front",
        "kind": "armed_group",
        "camp": "nff",
        "aliases": ["NFF"],
    },
    {
        "id": "ostra",
        "name": "Ostra",
        "kind": "state",
        "camp": "ostra",
        "aliases": ["Republic of Ostra", "Velgrad"],
    },
    {"id": "brell", "name": "Brellia", "kind": "state", "camp": "brell", "aliases": ["Brellians"]},
    {"id": "kasso", "name": "Ilse Kasso", "kind": "person", "camp": "brell", "aliases": ["Kasso"]},
    {"id": "tamir", "name": "Tamirstan", "kind": "state", "camp": "tamir", "aliases": []},
]
# export actor id -> surface name (each resolves to the reference id after the colon)
EXPORT_ACTORS = {
    "a_vardan": "Marshal Oskar Vardan",  # leading title dropped
    "a_nff": "NFF",
    "a_ostra": "Velgrad",  # metonym
    "a_brell": "brellians",  # case
    "a_kasso": "Foreign Minister Kasso's",  # titles and possessive
    "a_tamir": "Tamirstan",
    "a_nobody": "Zentor Holdings",  # no reference actor
}


def rel(
    source: str, stance: str, target: str, polarity: str = "asserted", evidence: str = "ev"
) -> dict[str, str]:
    return {
        "source": source,
        "target": target,
        "stance": stance,
        "polarity": polarity,
        "evidence": evidence,
    }


def gold_doc(name: str, **fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "doc": name,
        "meta": {"title": "A title", "author": None, "published": None},
        "boilerplate": [],
        "actors": ["ostra"],
        "relations": [],
        "optional_relations": [],
        "claims": [],
        "events": [],
        "labels": [],
    }
    doc.update(fields)
    return doc


def write_gold(root: Path, *docs: dict[str, Any]) -> Path:
    """Write ``root/actors.json`` and ``root/gold/*.json``; return the gold folder."""
    gold = root / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    (root / "actors.json").write_text(json.dumps({"actors": ACTORS}), encoding="utf-8")
    for doc in docs:
        (gold / doc["doc"].replace(".txt", ".json")).write_text(json.dumps(doc), encoding="utf-8")
    return gold


def export_of(*docs: dict[str, Any], **records: list[dict[str, Any]]) -> dict[str, Any]:
    """An export with the given documents and records; records default to document ``d1``."""
    out: dict[str, Any] = {
        "documents": list(docs),
        "actors": [
            {"id": aid, "name": name, "aliases": [name]} for aid, name in EXPORT_ACTORS.items()
        ],
    }
    for key in ("mentions", "relations", "claims", "events", "labels"):
        out[key] = [{"document": "d1", **r} for r in records.get(key, [])]
    return out


def document(doc_id: str = "d1", path: str = "/corpus/alpha.txt", **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "path": path, "title": "A title", "text": "", **fields}


def pred(source: str, stance: str, target: str, polarity: str = "asserted") -> dict[str, Any]:
    return {"source": source, "target": target, "stance": stance, "polarity": polarity}


def score_one(tmp_path: Path, gold: dict[str, Any], **records: Any) -> dict[str, Any]:
    """Score one document ``alpha.txt`` (export document ``d1``); return its row."""
    doc = records.pop("doc", document())
    result = evaluate(export_of(doc, **records), write_gold(tmp_path, gold))
    return result["docs"]["alpha.txt"]


# -- actor names ------------------------------------------------------------------------


def test_names_ignore_case_accents_punctuation_possessive_and_titles() -> None:
    assert normalize_name("  Ḱasso’s  Office-Chief ") == "kasso office chief"
    assert strip_titles("field marshal oskar vardan") == "oskar vardan"
    assert strip_titles("general") == "general"  # the last word always stays
    registry = ActorRegistry([ReferenceActor("v", "Oskar Vardan", "nff", ("Vardan",))])
    assert registry.resolve(["General Vardan"]) == "v"
    assert registry.resolve(["Nobody", "VARDAN"]) == "v"
    assert registry.resolve(["Vardanov"]) is None
    assert registry.camp("unknown") == "unknown"


# -- relations --------------------------------------------------------------------------


def test_strict_precision_recall_f1(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[rel("brell", "support", "nff"), rel("ostra", "oppose", "vardan")],
        optional_relations=[rel("brell", "support", "vardan")],
    )
    row = score_one(
        tmp_path,
        gold,
        relations=[
            pred("a_brell", "support", "a_nff"),  # required: TP
            pred("a_brell", "support", "a_vardan"),  # optional only: not counted
            pred("a_nff", "oppose", "a_ostra"),  # false positive
            pred("a_nobody", "support", "a_nff"),  # unknown actor: ignored
            pred("a_nff", "other", "a_ostra"),  # not a scored stance: ignored
        ],
    )
    assert row["rel_strict_p"] == pytest.approx(1 / 2)
    assert row["rel_strict_r"] == pytest.approx(1 / 2)
    assert row["rel_strict_f1"] == pytest.approx(1 / 2)


def test_optional_relations_are_not_penalised(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[rel("brell", "support", "nff")],
        optional_relations=[rel("ostra", "oppose", "nff"), rel("tamir", "support", "ostra")],
    )
    row = score_one(
        tmp_path,
        gold,
        relations=[
            pred("a_brell", "support", "a_nff"),
            pred("a_ostra", "oppose", "a_nff"),
            pred("a_tamir", "support", "a_ostra"),
        ],
    )
    assert (row["rel_strict_p"], row["rel_strict_r"], row["rel_strict_f1"]) == (1.0, 1.0, 1.0)


def test_nothing_predicted_and_nothing_required(tmp_path: Path) -> None:
    row = score_one(tmp_path, gold_doc("alpha.txt"))
    assert (row["rel_strict_p"], row["rel_strict_r"], row["rel_strict_f1"]) == (1.0, 1.0, 1.0)
    row = score_one(tmp_path, gold_doc("alpha.txt", relations=[rel("brell", "support", "nff")]))
    assert (row["rel_strict_p"], row["rel_strict_r"], row["rel_strict_f1"]) == (0.0, 0.0, 0.0)


def test_consult_is_undirected_but_other_stances_are_not(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[rel("kasso", "consult", "vardan"), rel("brell", "support", "nff")],
    )
    row = score_one(
        tmp_path,
        gold,
        relations=[pred("a_vardan", "consult", "a_kasso"), pred("a_nff", "support", "a_brell")],
    )
    assert row["rel_strict_r"] == pytest.approx(0.5)
    assert row["rel_strict_p"] == pytest.approx(0.5)


def test_lenient_collapses_actors_to_their_camp(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[
            rel("brell", "support", "nff"),
            rel("vardan", "support", "nff"),  # same camp: no lenient relation
        ],
    )
    row = score_one(tmp_path, gold, relations=[pred("a_kasso", "support", "a_vardan")])
    assert row["rel_strict_p"] == 0.0 and row["rel_strict_r"] == 0.0
    # Kasso (camp brell) backs Vardan (camp nff) = Brellia backs the NFF; the self-loop is gone
    assert (row["rel_lenient_p"], row["rel_lenient_r"], row["rel_lenient_f1"]) == (1.0, 1.0, 1.0)


def test_lenient_f1(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[rel("brell", "support", "nff"), rel("ostra", "oppose", "tamir")],
    )
    row = score_one(
        tmp_path,
        gold,
        relations=[pred("a_kasso", "support", "a_nff"), pred("a_tamir", "oppose", "a_nff")],
    )
    assert row["rel_lenient_p"] == pytest.approx(0.5)
    assert row["rel_lenient_r"] == pytest.approx(0.5)
    assert row["rel_lenient_f1"] == pytest.approx(0.5)


def test_polarity_accuracy_over_found_required_relations(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        relations=[
            rel("brell", "support", "nff", "asserted"),
            rel("ostra", "oppose", "vardan", "negated"),
            rel("kasso", "consult", "vardan", "hedged"),
            rel("tamir", "support", "ostra", "hedged"),  # not found: not judged
        ],
    )
    row = score_one(
        tmp_path,
        gold,
        relations=[
            pred("a_brell", "support", "a_nff", "asserted"),
            pred("a_ostra", "oppose", "a_vardan", "asserted"),
            pred("a_vardan", "consult", "a_kasso", "hedged"),
        ],
    )
    assert row["polarity_acc"] == pytest.approx(2 / 3)
    row = score_one(tmp_path, gold, relations=[])
    assert row["polarity_acc"] is None


# -- claims, dates, labels ----------------------------------------------------------------

SAID = "We will never abandon our friends in the northern valleys, whatever Velgrad says."


def test_claim_recall(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        claims=[
            {"speaker": "kasso", "evidence": SAID},
            {"speaker": "anonymous", "evidence": "The talks may resume in the spring."},
            {"speaker": "vardan", "evidence": "Our fighters hold the river crossing."},
            {"speaker": "ostra", "evidence": "The border is closed."},
        ],
    )
    row = score_one(
        tmp_path,
        gold,
        claims=[
            # the first 40 characters of the evidence are in the text; same camp as Kasso
            {"speaker": "a_brell", "text": "She said: " + SAID[:45] + ", she added."},
            # a text inside the evidence; any speaker will do for an anonymous claim
            {"speaker": "a_ostra", "text": "talks may resume"},
            # right text, speaker of the wrong camp
            {"speaker": "a_ostra", "text": "Our fighters hold the river crossing."},
            # right text, speaker that maps to no reference actor: accepted
            {"speaker": "a_nobody", "text": "The border is closed."},
        ],
    )
    assert row["claim_recall"] == pytest.approx(3 / 4)
    assert score_one(tmp_path, gold_doc("alpha.txt"))["claim_recall"] is None


def test_claim_without_speaker_counts_as_anonymous(tmp_path: Path) -> None:
    gold = gold_doc("alpha.txt", claims=[{"speaker": "vardan", "evidence": "We hold the pass."}])
    row = score_one(tmp_path, gold, claims=[{"speaker": None, "text": "We hold the pass."}])
    assert row["claim_recall"] == 0.0


def test_date_recall_needs_a_date_at_least_as_precise(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        events=[{"date": "2031-03-14"}, {"date": "2031-04"}, {"date": "2030"}],
    )
    row = score_one(
        tmp_path, gold, events=[{"date": "2031-03"}, {"date": "2031-04-02"}, {"date": None}]
    )
    assert row["date_recall"] == pytest.approx(1 / 3)


def test_label_recall(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        labels=[
            {"actor": "vardan", "label": "Warlord"},
            {"actor": "vardan", "label": "Field Marshal"},
            {"actor": "kasso", "label": "hawk"},
        ],
    )
    row = score_one(
        tmp_path,
        gold,
        labels=[
            {"actor": "a_vardan", "label": "the renegade warlord"},
            {"actor": "a_ostra", "label": "field marshal"},  # wrong actor
            {"actor": "a_kasso", "label": "dove"},
        ],
    )
    assert row["label_recall"] == pytest.approx(1 / 3)


# -- actors and metadata ------------------------------------------------------------------


def test_actor_recall_counts_mentions_and_relation_ends(tmp_path: Path) -> None:
    gold = gold_doc("alpha.txt", actors=["vardan", "ostra", "brell", "tamir"])
    row = score_one(
        tmp_path,
        gold,
        mentions=[{"actor": "a_vardan"}, {"actor": None}, {"actor": "a_nobody"}],
        relations=[pred("a_ostra", "oppose", "a_kasso")],
    )
    assert row["actor_recall"] == pytest.approx(2 / 4)


def test_metadata_and_boilerplate(tmp_path: Path) -> None:
    gold = gold_doc(
        "alpha.txt",
        meta={"title": "Velgrad warns the North!", "author": "Jana Holm", "published": "2031-04"},
        boilerplate=["Subscribe to our newsletter"],
    )
    good = document(
        title="velgrad warns the north",
        author="By JANA HOLM, Velgrad",
        published="2031-04-02",
        text="Article text.",
    )
    row = score_one(tmp_path, gold, doc=good)
    assert (row["title_ok"], row["author_ok"], row["published_ok"]) == (True, True, True)
    assert row["boilerplate_removed"] is True
    bad = document(
        title="Velgrad warns", author=None, published="2031", text="Subscribe to our newsletter"
    )
    row = score_one(tmp_path, gold, doc=bad)
    assert (row["title_ok"], row["author_ok"], row["published_ok"]) == (False, False, False)
    assert row["boilerplate_removed"] is False
    row = score_one(tmp_path, gold, doc={"id": "d1", "path": "alpha.txt"})
    assert row["boilerplate_removed"] is None


def test_unknown_author_and_date_are_right_whatever_was_found(tmp_path: Path) -> None:
    row = score_one(tmp_path, gold_doc("alpha.txt"), doc=document(author="X", published="2031"))
    assert row["author_ok"] and row["published_ok"]


# -- documents and totals -----------------------------------------------------------------


def test_totals_micro_average_relations_and_average_documents(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_doc(
            "alpha.txt",
            actors=["brell", "nff"],
            relations=[rel("brell", "support", "nff"), rel("ostra", "oppose", "nff")],
            events=[{"date": "2031-01-01"}],
        ),
        gold_doc("beta.txt", actors=["vardan"], relations=[rel("tamir", "support", "ostra")]),
    )
    export = export_of(
        document("d1", "/x/alpha.txt"),
        document("d2", "/y/beta.txt", title="Other"),
        document("d3", "/y/unannotated.txt"),
        relations=[pred("a_brell", "support", "a_nff"), pred("a_tamir", "oppose", "a_ostra")],
        events=[{"date": "2031-01-01"}],
    )
    export["relations"].append({**pred("a_tamir", "support", "a_ostra"), "document": "d2"})
    export["relations"].append({**pred("a_kasso", "oppose", "a_nff"), "document": "d2"})
    result = evaluate(export, gold)
    assert list(result["docs"]) == ["alpha.txt", "beta.txt"]
    assert list(result["docs"]["alpha.txt"]) == list(DOC_METRICS)
    total = result["total"]
    assert list(total) == ["docs", *TOTAL_METRICS]
    assert total["docs"] == 2
    # strict: tp 1 + 1, predicted 2 + 2, required 2 + 1
    assert total["rel_strict_p"] == pytest.approx(2 / 4)
    assert total["rel_strict_r"] == pytest.approx(2 / 3)
    assert total["rel_strict_f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert total["actor_recall"] == pytest.approx((1.0 + 0.0) / 2)
    assert total["title_ok"] == pytest.approx(1 / 2)
    assert total["date_recall"] == 1.0  # only alpha has dates
    assert total["claim_recall"] == 0.0  # no claims anywhere: 0, not None
    assert result["docs"]["beta.txt"]["date_recall"] is None


def test_no_matching_document_gives_an_empty_result(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, gold_doc("alpha.txt"))
    result = evaluate(export_of(document("d1", "/x/other.txt")), gold)
    assert result["docs"] == {} and result["total"]["docs"] == 0


def test_actors_file_defaults_to_the_gold_folders_parent(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "set", gold_doc("alpha.txt"))
    assert load_gold(gold).registry.camp("kasso") == "brell"
    with pytest.raises(GoldError, match="no such gold folder"):
        evaluate(export_of(), tmp_path / "missing")
    with pytest.raises(GoldError, match="no reference actors file"):
        evaluate(export_of(), gold, tmp_path / "nope.json")
    (gold / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        evaluate(export_of(), gold)


# -- diagnostics --------------------------------------------------------------------------


def test_explain_lists_misses_false_positives_and_polarity_errors(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_doc(
            "alpha.txt",
            actors=["brell", "nff", "tamir"],
            relations=[
                rel("brell", "support", "nff", "hedged", "Brellia is said to arm the NFF"),
                rel("tamir", "oppose", "ostra", evidence="Tamirstan shelled the border"),
            ],
            optional_relations=[rel("ostra", "oppose", "nff")],
            claims=[{"speaker": "kasso", "evidence": "We stand with the north."}],
            events=[{"date": "2031-05"}],
            labels=[{"actor": "vardan", "label": "warlord"}],
            meta={"title": "A title", "author": "Jana Holm", "published": None},
        ),
    )
    export = export_of(
        document(author="Someone Else"),
        relations=[
            {**pred("a_brell", "support", "a_nff"), "evidence": "Brellia arms the NFF"},
            pred("a_ostra", "oppose", "a_nff"),  # optional: not a false positive
            {**pred("a_nff", "oppose", "a_vardan"), "trigger": "attacked", "evidence": "x"},
        ],
        labels=[{"actor": "a_vardan", "label": "rebel"}],
    )
    report = explain(export, gold)
    assert "== alpha.txt" in report
    assert "missed actors (1): tamir" in report
    assert "tamir ->[oppose] ostra (asserted): 'Tamirstan shelled the border'" in report
    assert "brell ->[support] nff: gold hedged, predicted asserted" in report
    assert "false-positive relations (1):" in report
    assert "nff ->[oppose] vardan (asserted) trigger 'attacked': 'x'" in report
    assert "ostra ->[oppose] nff" not in report
    assert "kasso: 'We stand with the north.'" in report
    assert "missed dates (1): 2031-05" in report
    assert "vardan: 'warlord' (predicted: rebel)" in report
    assert "author: gold 'Jana Holm', predicted 'Someone Else'" in report


def test_explain_says_when_nothing_is_missed(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, gold_doc("alpha.txt"))
    export = export_of(document(), mentions=[{"actor": "a_ostra"}])
    assert explain(export, gold) == "== alpha.txt\n  nothing missed\n"


# -- agreement with the reference scorer --------------------------------------------------


def reference_scores(shared: Path, export: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            str(path),
            str(shared / "eval" / "gold"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def assert_same_scores(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    assert set(ours["docs"]) == set(theirs["docs"])
    rows = [("TOTAL", ours["total"], theirs["total"])]
    rows += [(name, ours["docs"][name], theirs["docs"][name]) for name in theirs["docs"]]
    for name, mine, ref in rows:
        assert set(mine) == set(ref), name
        for metric, value in ref.items():
            if value is None or isinstance(value, bool):
                assert mine[metric] == value, (name, metric)
            else:
                assert mine[metric] == pytest.approx(value, abs=1e-9), (name, metric)


@pytest.mark.slow
def test_agrees_with_reference_scorer_on_an_analysis_of_the_seeds(
    shared_dir: Path, tmp_path: Path
) -> None:
    db, out = tmp_path / "seeds.db", tmp_path / "seeds.json"
    cli = [sys.executable, "-m", "actorgraph.cli"]
    subprocess.run([*cli, "analyze", str(shared_dir / "seeds"), "--db", str(db), "-q"], check=True)
    subprocess.run([*cli, "export", "--db", str(db), "--out", str(out)], check=True)
    export = json.loads(out.read_text(encoding="utf-8"))
    assert len(export["documents"]) == len(list((shared_dir / "seeds").glob("*.txt")))
    ours = evaluate(export, shared_dir / "eval" / "gold")
    assert ours["total"]["docs"] == len(export["documents"])
    assert_same_scores(ours, reference_scores(shared_dir, export, tmp_path))


def synthetic_export(shared: Path, seed: int) -> dict[str, Any]:
    """An export built from the gold files, with relations, claims, dates, labels and
    metadata dropped or perturbed at random, plus noise the scorers must ignore."""
    rng = random.Random(seed)
    registry = json.loads((shared / "eval" / "actors.json").read_text(encoding="utf-8"))["actors"]
    actors = [
        {"id": f"x_{a['id']}", "name": rng.choice([a["name"], *a["aliases"]]), "aliases": []}
        for a in registry
    ]
    for a in rng.sample(actors, len(actors) // 4):
        a["name"] = rng.choice(["General ", "the ", "Mr "]) + a["name"].upper()
    actors.append({"id": "x_nobody", "name": "Zentor Holdings", "aliases": ["Zentor"]})
    ids = [a["id"] for a in actors]
    export: dict[str, Any] = {
        "documents": [],
        "actors": actors,
        **{k: [] for k in ("mentions", "relations", "claims", "events", "labels")},
    }
    for i, path in enumerate(sorted((shared / "eval" / "gold").glob("*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        add_synthetic_document(export, gold, f"d{i}", ids, rng)
    return export


def add_synthetic_document(
    export: dict[str, Any], gold: dict[str, Any], doc_id: str, ids: list[str], rng: random.Random
) -> None:
    meta = gold["meta"]
    export["documents"].append(
        {
            "id": doc_id,
            "path": f"/somewhere/{gold['doc']}",
            "title": meta["title"] if rng.random() < 0.5 else "Another title",
            "author": meta["author"] if rng.random() < 0.5 else None,
            "published": rng.choice([meta["published"], "1999-01-01", None]),
            "text": " ".join(b for b in gold["boilerplate"] if rng.random() < 0.5),
        }
    )

    def add(kind: str, **record: Any) -> None:
        export[kind].append({"document": doc_id, **record})

    def x(actor: str) -> str:
        return f"x_{actor}"

    for actor in gold["actors"]:
        if rng.random() < 0.7:
            add("mentions", actor=x(actor))
    polarities = ["asserted", "negated", "hedged"]
    for r in gold["relations"] + gold["optional_relations"]:
        if rng.random() < 0.35:
            continue
        source, target = (
            (r["target"], r["source"]) if rng.random() < 0.2 else (r["source"], r["target"])
        )
        polarity = r["polarity"] if rng.random() < 0.7 else rng.choice(polarities)
        add(
            "relations",
            source=x(source),
            target=x(target),
            stance=r["stance"],
            polarity=polarity,
            evidence=r["evidence"],
        )
    for _ in range(4):  # noise: random pairs, unknown actors, no actor, unscored stance
        stance = rng.choice(["support", "oppose", "consult", "other"])
        add(
            "relations",
            source=rng.choice(ids),
            target=rng.choice([*ids, None]),
            stance=stance,
            polarity=rng.choice(polarities),
        )
    for c in gold["claims"]:
        if rng.random() < 0.3:
            continue
        evidence = c["evidence"]
        text = rng.choice([evidence, "He said " + evidence[:45] + "...", evidence[5:25]])
        speaker = x(c["speaker"]) if rng.random() < 0.7 else rng.choice([*ids, None])
        add("claims", speaker=speaker, text=text)
    for e in gold["events"]:
        if rng.random() < 0.7:
            add("events", date=e["date"] + rng.choice(["", "-01"]))
    add("events", date=None)
    for lab in gold["labels"]:
        if rng.random() < 0.7:
            actor = x(lab["actor"]) if rng.random() < 0.8 else rng.choice(ids)
            add("labels", actor=actor, label="the " + lab["label"].lower())


@pytest.mark.parametrize("seed", range(6))
def test_agrees_with_reference_scorer_on_perturbed_gold(
    shared_dir: Path, tmp_path: Path, seed: int
) -> None:
    export = synthetic_export(shared_dir, seed)
    ours = evaluate(export, shared_dir / "eval" / "gold")
    total = ours["total"]
    assert 0.0 < total["rel_strict_f1"] < 1.0  # the comparison is not between trivial numbers
    assert 0.0 < total["rel_lenient_f1"] < 1.0
    assert_same_scores(ours, reference_scores(shared_dir, export, tmp_path))


# -- the eval command ---------------------------------------------------------------------

ARTICLE = (
    "Velgrad, 2 April 2031. Brellia is arming the Northern Freedom Front, Foreign Minister "
    "Ilse Kasso said on Tuesday. Oskar Vardan met Kasso in the capital."
)


@pytest.fixture
def analysed(tmp_path: Path) -> tuple[Path, Path]:
    """A store of one analysed article ``alpha.txt`` and a gold folder annotating it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alpha.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    gold = write_gold(
        tmp_path / "eval",
        gold_doc(
            "alpha.txt",
            actors=["brell", "nff", "kasso", "vardan", "ostra"],
            relations=[rel("brell", "support", "nff"), rel("vardan", "consult", "kasso")],
            events=[{"date": "2031-04-02"}],
        ),
    )
    return db, gold


def test_eval_command_prints_the_same_scores_as_json(analysed: tuple[Path, Path]) -> None:
    db, gold = analysed
    result = CliRunner().invoke(app, ["eval", "--db", str(db), "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    graph = Graph(db)
    try:
        expected = evaluate(graph.export(), gold)
    finally:
        graph.close()
    assert json.loads(result.stdout) == expected


def test_eval_command_prints_a_table(analysed: tuple[Path, Path]) -> None:
    db, gold = analysed
    actors = gold.parent / "actors.json"
    result = CliRunner().invoke(
        app, ["eval", "--db", str(db), "--gold", str(gold), "--actors", str(actors)]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("alpha.txt" in line for line in lines)
    total = next(line for line in lines if "TOTAL (1 docs)" in line)
    assert "…" not in result.stdout  # no cell cut short on an 80-column console
    cells = [c.strip() for c in total.split("│") if c.strip()]
    assert len(cells) == 1 + len(DOC_METRICS)
    assert all(c == "-" or len(c.split(".")[-1]) == 2 for c in cells[1:])


def test_eval_command_missing_gold_folder(analysed: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = analysed
    missing = tmp_path / "no-gold"
    result = CliRunner().invoke(app, ["eval", "--db", str(db), "--gold", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.stderr and "no such gold folder" in result.stderr
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_command_no_document_matches(analysed: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = analysed
    gold = write_gold(tmp_path / "other", gold_doc("beta.txt"))
    result = CliRunner().invoke(app, ["eval", "--db", str(db), "--gold", str(gold)])
    assert result.exit_code == 2
    assert "no gold file matches any of the 1 stored documents" in result.stderr
    assert str(gold) in result.stderr and "actorgraph analyze" in result.stderr


@pytest.mark.slow
def test_eval_explain_script(analysed: tuple[Path, Path]) -> None:
    db, gold = analysed
    script = Path(__file__).resolve().parents[1] / "bench" / "eval_explain.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(db), "--gold", str(gold)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("== alpha.txt\n")
    missing = subprocess.run(
        [sys.executable, str(script), str(db), "--gold", str(gold / "nope")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and "no such gold folder" in missing.stderr
