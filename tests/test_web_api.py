"""The web app over HTTP: a real uvicorn server on 127.0.0.1, every API route, errors, headers,
the one-file report and the `serve`/`report` commands."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from actorgraph.cli import app as cli_app
from actorgraph.web import assets
from actorgraph.web.report import script_json
from actorgraph.web.views import safe_url
from web_support import build_store, free_port, running_server

pytestmark = pytest.mark.slow
ROUTES = (
    "/api/graph /api/actors /api/actor/{actor_id} /api/documents /api/document/{doc_id} "
    "/api/contested /api/outlets /api/framing/{actor_id} /api/timeline/{actor_id} /api/search"
).split()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("webapi"))


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[httpx.Client]:
    with running_server(store) as base, httpx.Client(base_url=base, timeout=30) as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    resp = client.get(path, params=params)
    assert resp.status_code == 200, (path, resp.status_code, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    return resp.json()


def hostile_doc(client: httpx.Client, suffix: str) -> dict[str, Any]:
    return next(d for d in get(client, "/api/documents") if d["path"].endswith(suffix))


def test_openapi_lists_every_endpoint(client: httpx.Client) -> None:
    paths = get(client, "/openapi.json")["paths"]
    assert sorted(paths) == sorted(ROUTES)
    for path in paths.values():
        assert path["get"]["summary"]


def test_graph_nodes_edges_and_filters(client: httpx.Client) -> None:
    full = get(client, "/api/graph")
    ids = {n["id"] for n in full["nodes"]}
    assert full["edges"] and ids
    assert all(e["source"] in ids and e["target"] in ids for e in full["edges"])
    assert any(e["contested"] for e in full["edges"])
    oppose = get(client, "/api/graph", stance="oppose")["edges"]
    assert oppose and {e["stance"] for e in oppose} == {"oppose"}
    outlet = "RossInform"
    by_outlet = get(client, "/api/graph", outlet=outlet)["edges"]
    assert by_outlet and len(by_outlet) < len(full["edges"])
    assert all(ev["outlet"] == outlet for e in by_outlet for ev in e["evidence"])
    wide = get(client, "/api/graph", min_sources=3)["edges"]
    assert 0 < len(wide) < len(full["edges"])
    dated = get(client, "/api/graph", since="2025-03-15", until="2025-03-31")["edges"]
    assert len(dated) < len(full["edges"])


def test_actor_page_data(client: httpx.Client) -> None:
    actors = get(client, "/api/actors")
    assert [a["mentions"] for a in actors] == sorted((a["mentions"] for a in actors), reverse=True)
    data = get(client, "/api/actor/turkey")
    assert data["actor"]["name"] == "Turkey" and data["actor"]["aliases"]
    assert data["outgoing"] and data["timeline"] and data["labels_by_outlet"]
    assert data["outlets_total"] == len(data["labels_by_outlet"])  # the sample has few outlets
    assert all(r["source"] == "turkey" for r in data["outgoing"])
    assert all(r["target"] == "turkey" for r in data["incoming"])
    marks = [(r, m) for r in data["outgoing"] + data["incoming"] for m in r["marks"]]
    assert any(m["kind"] == "trigger" for _, m in marks)
    for rel, m in marks:
        span = rel["evidence"][m["start"] : m["end"]]
        assert span and (m["kind"] == "trigger" or m["actor"] in (rel["source"], rel["target"]))


def test_document_page_data_offsets_and_unsafe_url(client: httpx.Client) -> None:
    doc = hostile_doc(client, "hostile_note.md")
    assert doc["url"].startswith("javascript:") and doc["safe_url"] is None
    data = get(client, f"/api/document/{doc['id']}")
    text = data["document"]["text"]
    assert "<script>" in text  # stored as written; the pages must show it as text
    assert data["mentions"] and data["relations"]
    for row in data["mentions"]:
        assert text[row["start"] : row["end"]] == row["text"]
    for row in data["relations"]:
        assert text[row["start"] : row["end"]] == row["evidence"]
    for row in data["events"]:
        assert text[row["start"] : row["end"]] == row["text"]
    plain = next(d for d in get(client, "/api/documents") if d["safe_url"])
    assert plain["safe_url"].startswith("https://")


def test_contested_outlets_framing_timeline_search(client: httpx.Client) -> None:
    contested = get(client, "/api/contested")
    assert contested and all(len(c["sides"]) >= 2 for c in contested)
    outlets = get(client, "/api/outlets")
    assert "RossInform" in {o["outlet"] for o in outlets}
    framing = get(client, "/api/framing/khalil-haddouri")
    assert any(row["labels"] for row in framing)
    timeline = get(client, "/api/timeline/khalil-haddouri")
    assert timeline and all(row["date"] for row in timeline)
    found = get(client, "/api/search", q="qatar")
    assert any(a["id"] == "qatar" for a in found["actors"])
    doc = found["documents"][0]
    assert doc["snippet"][doc["hit"]["start"] : doc["hit"]["end"]].casefold() == "qatar"
    assert get(client, "/api/search", q="zzzz-nothing") == {
        "q": "zzzz-nothing",
        "actors": [],
        "documents": [],
    }


@pytest.mark.parametrize(
    "path",
    "/api/actor/no-such-actor /api/framing/no-such-actor /api/timeline/no-such-actor "
    "/api/document/0000000000000000".split(),
)
def test_unknown_ids_are_json_404s(client: httpx.Client, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("application/json")
    assert "no " in resp.json()["detail"]


@pytest.mark.parametrize(
    "path",
    "/api/graph?stance=friendly /api/graph?polarity=maybe /api/graph?since=March "
    "/api/graph?min_sources=0 /api/search?q= /api/document/not-hex /api/actor/a%20b".split(),
)
def test_bad_parameters_are_rejected(client: httpx.Client, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 422, path
    assert resp.json()["detail"]


def test_pages_carry_no_data_and_a_strict_csp(client: httpx.Client) -> None:
    doc = hostile_doc(client, "hostile_page.html")
    for path in ("/", f"/document/{doc['id']}", "/actor/turkey", "/contested", "/outlets"):
        resp = client.get(path)
        assert resp.status_code == 200, path
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        assert "Ceasefire" not in resp.text and "__agPwned" not in resp.text
    assert client.get("/actor/no-such-actor").status_code == 404
    assert client.get("/document/0000000000000000").status_code == 404
    assert "content-security-policy" in client.get("/api/actors").headers


def test_script_json_cannot_close_the_script_element() -> None:
    data = {"t": "</script><script>alert(1)</script> & <!-- \u2028\u2029"}
    text = script_json(data)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == data


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        ("", False),
    ],
)
def test_safe_url(url: str, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def test_report_command_writes_one_safe_file(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli_app, ["report", "--db", str(store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 6 and "cytoscape" in scripts[0]
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp.group(1)
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1)
    block = re.search(r'<script type="application/json" id="actorgraph-data">(.*?)</script>', html)
    assert block and "<" not in block.group(1)
    data = json.loads(block.group(1))
    assert data["graph"]["edges"] and data["contested"] and data["outlets"]
    assert any("<script>" in (d["title"] or "") for d in data["documents"])
    assert html.count("</script>") == 7 and "http://" not in html.split("<script")[0]


def test_missing_graph_library_is_one_line(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assets, "VENDOR_JS", tmp_path / "missing.js")
    for argv in (["report", "--out", str(tmp_path / "r.html")], ["serve"]):
        result = CliRunner().invoke(cli_app, [*argv, "--db", str(store)])
        assert result.exit_code == 2
        assert "make install" in result.output and len(result.output.strip().splitlines()) <= 2
    assert not (tmp_path / "r.html").exists()


def test_serve_command_runs_a_server(store: Path) -> None:
    port = free_port()
    exe = Path(sys.executable).with_name("actorgraph")
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(store), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/api/actors", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert resp.status_code == 200 and resp.json()
    finally:
        proc.terminate()
        proc.wait(10)
