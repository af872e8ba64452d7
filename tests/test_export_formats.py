"""Every export format, read back with the tool its users would read it with.

The sample corpus is analysed into a real SQLite store once; each format is written from it
and parsed again (networkx for GraphML/GEXF, pyarrow for Parquet, the csv module, a
Cypher string-literal reader written here from the Neo4j escape rules, json for PLOVER lines)
and compared with what the query layer says.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.export.cypher import cypher_string
from actorgraph.export.formats import FORMATS, ExportError, export
from actorgraph.ingest.loader import document_id
from actorgraph.pipeline import analyze_paths, resolve_store, store_document
from actorgraph.query.graph import Graph
from actorgraph.records import Document
from actorgraph.sample import corpus_path
from actorgraph.store.db import Store

TABLES = "documents actors mentions relations claims events labels edges".split()
PLOVER_TYPES = set(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
NASTY_TITLE = "O'Brien's \"deal\": C:\\temp\\new \\n not a newline\nsecond line\ttab \u2028 end"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    with Store(db) as store:
        analyze_paths([str(corpus_path())], store)
    return db


@pytest.fixture(scope="module")
def graph(sample_db: Path) -> Graph:
    return Graph(sample_db)


@pytest.fixture(scope="module")
def nasty_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """A one-article store whose title and text hold quotes, backslashes and line breaks."""
    text = (
        "Turkey supports Qatar, officials said on Monday.\n\n"
        "An adviser wrote 'no comment' and \"maybe\" in C:\\drafts\\final.txt.\n"
        "Egypt accused Turkey of arming militias."
    )
    doc = Document(
        id=document_id(text), path="nasty.txt", text=text, title=NASTY_TITLE, published="2025-01-06"
    )
    db = tmp_path_factory.mktemp("nasty") / "nasty.db"
    with Store(db) as store:
        store_document(store, doc)
        resolve_store(store)
    return Graph(db)


# -- GraphML and GEXF ---------------------------------------------------------------------


def _edge_set(g: nx.Graph) -> set[tuple[str, str, str]]:
    return {(u, v, d["stance"]) for u, v, d in g.edges(data=True)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_formats_read_back_with_the_same_nodes_and_edges(
    graph: Graph, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"graph.{fmt}"
    export(graph, fmt, path)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)

    actors = {a["id"]: a for a in graph.actors()}
    edges = graph.edges(evidence=0)
    assert actors and edges
    assert set(g.nodes) == set(actors)
    assert _edge_set(g) == {(e["source"], e["target"], e["stance"]) for e in edges}
    assert g.number_of_edges() == len(edges)
    for node, attrs in g.nodes(data=True):
        assert attrs["name"] == actors[node]["name"]
        assert attrs["kind"] == actors[node]["kind"]
        assert attrs["mentions"] == actors[node]["mentions"]
    by_key = {(e["source"], e["target"], e["stance"]): e for e in edges}
    for u, v, attrs in g.edges(data=True):
        expected = by_key[(u, v, attrs["stance"])]
        for key in "mentions documents asserted negated hedged contested".split():
            assert attrs[key] == expected[key], (u, v, key)
    if fmt == "gexf":  # Gephi shows `label`: the actor's name, not its slug
        assert all(attrs["label"] == actors[n]["name"] for n, attrs in g.nodes(data=True))


# -- tables --------------------------------------------------------------------------------


def _expected_tables(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    tables = graph.export()
    tables["edges"] = [
        {k: v for k, v in e.items() if k != "evidence"} for e in graph.edges(evidence=0)
    ]
    return tables


def test_parquet_tables_hold_every_row_with_its_types(graph: Graph, tmp_path: Path) -> None:
    export(graph, "parquet", tmp_path / "tables")
    expected = _expected_tables(graph)
    assert sorted(p.stem for p in (tmp_path / "tables").glob("*.parquet")) == sorted(TABLES)
    for table in TABLES:
        read = pq.read_table(tmp_path / "tables" / f"{table}.parquet")
        assert read.num_rows == len(expected[table]) > 0, table
        assert read.to_pylist() == expected[table], table
    actors = pq.read_table(tmp_path / "tables" / "actors.parquet")
    aliases = actors.schema.field("aliases").type
    assert pa.types.is_list(aliases) and pa.types.is_string(aliases.value_type)
    assert pa.types.is_int64(actors.schema.field("mentions").type)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def test_csv_tables_have_a_header_and_one_line_per_row(graph: Graph, tmp_path: Path) -> None:
    summary = export(graph, "csv", tmp_path / "tables")
    expected = _expected_tables(graph)
    for table in TABLES:
        with open(tmp_path / "tables" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        assert len(body) == len(expected[table]) > 0, table
        assert f"{table} {len(body)}" in summary
        assert set(header) == set(expected[table][0]), table
        for got, want in zip(body, expected[table], strict=True):
            assert dict(zip(header, got, strict=True)) == {k: _csv_text(v) for k, v in want.items()}


def test_empty_store_still_writes_every_table_with_its_columns(tmp_path: Path) -> None:
    Store(tmp_path / "empty.db").close()
    graph = Graph(tmp_path / "empty.db")
    export(graph, "csv", tmp_path / "csv")
    export(graph, "parquet", tmp_path / "pq")
    with open(tmp_path / "csv" / "relations.csv", encoding="utf-8") as fh:
        assert fh.read().splitlines() == [
            "source,target,stance,type,plover,polarity,document,sentence,start,end,"
            "speaker,date,trigger,evidence,outlet,published"
        ]
    relations = pq.read_table(tmp_path / "pq" / "relations.parquet")
    assert relations.num_rows == 0
    assert pa.types.is_int64(relations.schema.field("start").type)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_folder_formats_need_a_folder(graph: Graph, tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ExportError, match="--out"):
        export(graph, fmt, None)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        export(graph, fmt, tmp_path / "a-file")


# -- Cypher --------------------------------------------------------------------------------

_CYPHER_ESCAPES = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "b": "\b",
    "f": "\f",
    "'": "'",
    '"': '"',
    "\\": "\\",
}


def read_literals(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Decode a line's single-quoted Cypher strings (Neo4j escape rules).

    Returns the line with every literal replaced by `S`, and (key, value) per literal, the key
    being the map key or property just before it ("" when there is none).
    """
    masked, found, i = [], [], 0
    while i < len(line):
        if line[i] != "'":
            masked.append(line[i])
            i += 1
            continue
        i += 1
        buf = []
        while line[i] != "'":
            ch = line[i]
            assert ch not in "\n\r", "raw line break inside a literal"
            if ch == "\\":
                nxt = line[i + 1]
                if nxt == "u":
                    buf.append(chr(int(line[i + 2 : i + 6], 16)))
                    i += 6
                    continue
                buf.append(_CYPHER_ESCAPES[nxt])
                i += 2
                continue
            buf.append(ch)
            i += 1
        i += 1
        key = re.search(r"(\w+):\s*$", "".join(masked))
        found.append((key.group(1) if key else "", "".join(buf)))
        masked.append("S")
    return "".join(masked), found


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_cypher_string_round_trips_any_text(text: str) -> None:
    literal = cypher_string(text)
    masked, found = read_literals(literal)
    assert masked == "S" and found == [("", text)]
    assert "\n" not in literal and "\r" not in literal


CYPHER_LINE = re.compile(
    r"//.*"
    r"|CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(\w:\w+\) REQUIRE \w\.id IS UNIQUE;"
    r"|MERGE \((a:Actor|d:Document) \{id: S\}\) SET [ad] \+= \{.*\};"
    r"|MATCH \(a:Actor \{id: S\}\), \(d:Document \{id: S\}\) MERGE \(a\)-\[m:MENTIONED_IN\]->\(d\)"
    r" SET m\.count = \d+;"
    r"|MATCH \(s:Actor \{id: S\}\), \(t:Actor \{id: S\}\) CREATE \(s\)-\[:(SUPPORTS|OPPOSES|CONSULTS)"
    r" \{.*\}\]->\(t\);"
)


def _cypher_lines(graph: Graph, path: Path) -> list[str]:
    export(graph, "cypher", path)
    return path.read_text(encoding="utf-8").splitlines()


def test_cypher_script_has_one_merge_per_actor_and_one_create_per_relation(
    graph: Graph, tmp_path: Path
) -> None:
    lines = _cypher_lines(graph, tmp_path / "graph.cypher")
    for line in lines:
        assert CYPHER_LINE.fullmatch(read_literals(line)[0]), line[:120]
    actor_merges = [read_literals(x)[1][0][1] for x in lines if x.startswith("MERGE (a:Actor")]
    assert sorted(actor_merges) == sorted(a["id"] for a in graph.actors())
    doc_merges = [x for x in lines if x.startswith("MERGE (d:Document")]
    assert len(doc_merges) == len(graph.documents())
    creates = [x for x in lines if " CREATE (s)-[:" in x]
    relations = graph.relations()
    assert len(creates) == len(relations) > 0
    # every relation's evidence comes back intact from the literal
    evidence = sorted(dict(read_literals(x)[1])["evidence"] for x in creates)
    assert evidence == sorted(r["evidence"] for r in relations)


def test_cypher_escapes_quotes_backslashes_and_line_breaks(
    nasty_graph: Graph, tmp_path: Path
) -> None:
    lines = _cypher_lines(nasty_graph, tmp_path / "nasty.cypher")
    (doc_line,) = [x for x in lines if x.startswith("MERGE (d:Document")]
    assert "\n" not in doc_line
    masked, found = read_literals(doc_line)
    assert CYPHER_LINE.fullmatch(masked)
    values = dict(found)
    assert values["title"] == NASTY_TITLE
    assert values["text"] == nasty_graph.documents()[0]["text"]
    assert "\\'" in doc_line and "\\\\" in doc_line and "\\n" in doc_line


# -- PLOVER --------------------------------------------------------------------------------

PLOVER_REQUIRED = (
    "event_id event_date event_type quad_code actor_id actor_name recipient_id recipient_name "
    "stance type polarity text document sentence start end outlet publication_date"
).split()


def test_plover_lines_are_events_with_valid_types_and_provenance(
    graph: Graph, tmp_path: Path
) -> None:
    export(graph, "plover", tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    relations = graph.relations()
    assert len(records) == len(relations) > 0
    texts = {d["id"]: d["text"] for d in graph.documents()}
    names = {a["id"]: a["name"] for a in graph.actors()}
    assert len({r["event_id"] for r in records}) == len(records)
    for rec, rel in zip(records, relations, strict=True):
        assert set(PLOVER_REQUIRED) <= set(rec)
        assert rec["event_type"] in PLOVER_TYPES and rec["event_type"] == rel["plover"]
        assert rec["quad_code"] in (1, 2, 3, 4)
        assert rec["text"] == texts[rec["document"]][rec["start"] : rec["end"]]
        assert rec["actor_name"] == names[rel["source"]]
        assert rec["recipient_name"] == names[rel["target"]]
        assert rec["event_date"] == (rel["date"] or rel["published"])
        assert rec["polarity"] in ("asserted", "negated", "hedged")
    # cooperation and conflict land in the right quads
    quads = {rec["event_type"]: rec["quad_code"] for rec in records}
    assert quads.get("SUPPORT") == 1 and quads.get("ASSAULT") == 4


def test_plover_event_ids_are_stable_across_exports(graph: Graph, tmp_path: Path) -> None:
    export(graph, "plover", tmp_path / "a.jsonl")
    export(graph, "plover", tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


# -- command line --------------------------------------------------------------------------

runner = CliRunner()


def test_cli_writes_every_format(sample_db: Path, tmp_path: Path) -> None:
    for fmt in FORMATS:
        out = tmp_path / f"out-{fmt}"
        result = runner.invoke(app, ["export", "--db", str(sample_db), "-f", fmt, "-o", str(out)])
        assert result.exit_code == 0, (fmt, result.output)
        assert out.is_dir() if fmt in ("csv", "parquet") else out.stat().st_size > 0
    graphml = nx.read_graphml(tmp_path / "out-graphml")
    assert graphml.number_of_nodes() == len(Graph(sample_db).actors())


def test_cli_writes_plover_to_standard_output(sample_db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(sample_db), "--format", "plover"])
    assert result.exit_code == 0
    assert all(
        json.loads(line)["event_type"] in PLOVER_TYPES for line in result.stdout.splitlines()
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "csv"], "--format csv writes a folder of tables: give it with --out DIR"),
        (["-f", "xml"], "unknown format 'xml'; choose one of: json, graphml, gexf, csv"),
    ],
)
def test_cli_errors_are_one_line(sample_db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", "--db", str(sample_db), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_help_lists_every_format() -> None:
    result = runner.invoke(app, ["export", "--help"])
    assert result.exit_code == 0
    for fmt in FORMATS:
        assert re.search(rf"^\s+{fmt}\s", result.output, re.M), fmt
