"""Hostile requests against a real server: path traversal and SQL injection on every route.

Every ``/api`` parameter listed in ``/openapi.json`` (path and query) is sent traversal
strings (``../``, ``%2e%2e%2f``, double-encoded, backslashes, NUL) and SQL-injection strings
through a raw HTTP client that does not normalise paths. The server must answer 4xx or
an ordinary result, never 5xx; no answer may contain a file from disk (``/etc/passwd``,
``pyproject.toml``, the SQLite file itself) or an SQL error; afterwards the store must be
unchanged. ``test_web_api.py`` covers the ordinary validation errors; ``test_xss_corpus.py``
covers script injection through article content.
"""

from __future__ import annotations

import http.client
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from web_support import build_store, running_server

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
TRAVERSAL = [
    "../../../../../../etc/passwd",
    "..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%5c..%5c..%5cpyproject.toml",
    "....//....//....//pyproject.toml",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "..%00/etc/passwd",
    "%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
]
INJECTION = [
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    "x'; DROP TABLE documents; --",
    "1; DELETE FROM actors",
    "' UNION SELECT name, sql, 1, 1, 1 FROM sqlite_master --",
    "%' AND 1=0 UNION SELECT text FROM documents --",
    "turkey' --",
    "0x7f) OR (1=1",
    "*",
    "%",
    "_",
]
# What a leak of a file or of SQL internals would look like in a response.
LEAKS = [
    "root:x:0:0",
    "[build-system]",
    "SQLite format 3",
    "sqlite3.",
    "OperationalError",
    "syntax error",
    "no such table",
    "unrecognized token",
    "Traceback",
    "CREATE TABLE",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("hostile-api"), hostile=False)


@pytest.fixture(scope="module")
def base(store: Path) -> Iterator[str]:
    with running_server(store) as url:
        yield url


def raw_get(base: str, target: str) -> tuple[int, str]:
    """GET ``target`` exactly as written: no dot-segment removal, no re-encoding."""
    parts = urlsplit(base)
    con = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    try:
        con.putrequest("GET", target, skip_accept_encoding=True)
        con.endheaders()
        resp = con.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        con.close()


def check(base: str, target: str) -> tuple[int, str]:
    status, body = raw_get(base, target)
    assert status < 500, f"{target}: {status} {body[:300]}"
    for leak in LEAKS:
        assert leak not in body, f"{target}: response holds {leak!r}"
    return status, body


def api_parameters(base: str) -> list[tuple[str, str, str]]:
    """(route, parameter name, 'path' or 'query') for every /api route in the OpenAPI spec."""
    _, body = check(base, "/openapi.json")
    spec = json.loads(body)
    out = []
    for route, ops in spec["paths"].items():
        if not route.startswith("/api/"):
            continue
        for param in ops.get("get", {}).get("parameters", []):
            out.append((route, param["name"], param["in"]))
    return out


def _snapshot(db: Path) -> tuple[str, dict[str, int]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        return str(con.execute("PRAGMA integrity_check").fetchone()[0]), counts
    finally:
        con.close()


def _target(route: str, name: str, where: str, value: str, encode: bool) -> str:
    """The request target with ``value`` in parameter ``name``; other path ids filled in."""
    text = quote(value, safe="") if encode else value.replace(" ", "%20").replace("#", "%23")
    fills = {"actor_id": "turkey", "doc_id": "0000000000000000"}
    if where == "path":
        fills[name] = text
    path = route.format(**fills)
    return path if where == "path" else f"{path}?{name}={text}"


def test_every_api_parameter_survives_traversal_and_injection(base: str, store: Path) -> None:
    before = _snapshot(store)
    params = api_parameters(base)
    assert len({route for route, _, _ in params}) >= 5, params
    tried = 0
    for route, name, where in params:
        for value in TRAVERSAL + INJECTION:
            for encode in (False, True):
                check(base, _target(route, name, where, value, encode))
                tried += 1
    assert tried >= 200
    assert _snapshot(store) == before, "a request changed the store"


def test_injection_in_filters_matches_nothing(base: str) -> None:
    """An injected filter is a string to look for, so it matches no actor and no edge."""
    for value in INJECTION[:6]:
        status, body = check(base, f"/api/graph?actor={quote(value, safe='')}")
        if status == 200:
            assert json.loads(body)["edges"] == [], value
        status, body = check(base, f"/api/search?q={quote(value, safe='')}")
        if status == 200:
            found = json.loads(body)
            assert not found.get("actors"), (value, found)


@pytest.mark.parametrize("value", TRAVERSAL)
@pytest.mark.parametrize("prefix", ["/static/", "/static/vendor/", "/document/", "/actor/", "/"])
def test_traversal_in_pages_and_static_files(base: str, prefix: str, value: str) -> None:
    check(base, prefix + value)


def test_static_files_are_served_only_from_the_static_folder(base: str) -> None:
    status, _ = check(base, "/static/common.js")
    assert status == 200  # the route works, so the 4xx answers above are real refusals
    for target in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        status, body = check(base, target)
        assert status >= 400 or "create_app" not in body, target
