"""A corpus of XSS payloads through the real CLI, server and headless Chromium: nothing runs.

``xss_corpus`` writes a few hundred numbered payloads (script tags, event handlers,
``javascript:``/``data:`` URLs, SVG, iframes, entity-encoded, double-encoded and mixed-case
variants) into titles, authors, outlets, URLs, body text and file names. ``actorgraph
analyze`` stores them, ``actorgraph report`` writes the one-file report, and every page where
they can appear is opened in Chromium: the graph (and the evidence panel of every node and
edge), each document, each actor, the lists, search results for payload queries, outlet
framing, 404 pages with payload URLs, and the report from disk. On each page the test counts
executions (dialogs, the ``__xss_hits`` global, requests to ``/xss/N``) and injected elements
(event-handler attributes, script/iframe/object/img/svg..., script-scheme links), and requires
zero of each. A control test renders the same payloads in a page that does use them as
markup, to show the detector sees them run. Figures go to stdout and ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

from web_support import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS, REPO, require_chromium, running_server
from xss_corpus import Corpus, marker, write_corpus

require_chromium("XSS browser tests")

from playwright.sync_api import BrowserContext, Page, sync_playwright  # noqa: E402

pytestmark = pytest.mark.slow

MARKER_ID = re.compile(r"(?:alert|push)\((\d+)\)|/xss/(\d+)")
INIT = "window.__xss_hits = [];"
# Everything in the DOM that article data must never become. ``inline`` is the number of
# inline scripts the page itself has (0 when served, the inlined bundle in the report).
INJECTED = """(inline) => {
  const bad = [];
  const protos = ["http:", "https:", location.protocol];
  const tags = "IFRAME FRAME OBJECT EMBED IMG MATH DETAILS BASE AUDIO VIDEO ANIMATE SET".split(" ");
  for (const e of document.querySelectorAll("*")) {
    const tag = e.tagName.toUpperCase();
    for (const a of e.attributes) {
      const url = /^(src|href|action|formaction|data|srcdoc|xlink:href|background)$/i;
      if (/^on/i.test(a.name) || /^(autofocus|srcdoc)$/i.test(a.name)
          || (url.test(a.name) && /^\\s*(javascript|vbscript|data:text)/i.test(a.value)))
        bad.push(tag + "[" + a.name + "]");
    }
    if (tags.includes(tag)) bad.push(tag);
    if (tag === "SVG" && !e.closest("svg.timeline")) bad.push("SVG");
    if ((tag === "STYLE" || tag === "LINK" || tag === "META") && e.closest("body")) bad.push(tag);
    if (tag === "A" && e.hasAttribute("href") && !protos.includes(e.protocol)) bad.push("A:" + e.protocol);
  }
  const scripts = [...document.scripts].filter(s => s.type !== "application/json");
  const served = scripts.filter(s => (s.getAttribute("src") || "").startsWith("/static/"));
  const inlined = scripts.filter(s => !s.hasAttribute("src"));
  if (inlined.length !== inline) bad.push("inline scripts: " + inlined.length);
  if (served.length + inlined.length !== scripts.length) bad.push("foreign script src");
  return bad;
}"""
TAP_ALL = """() => { const ids = AG.cy.elements().map(e => e.id()); return ids; }"""
TAP_ONE = """(id) => { AG.cy.getElementById(id).emit("tap"); }"""


@dataclass
class Tally:
    """What the pages did: executions, injected elements, and the payloads shown as text."""

    base: str = ""
    pages: list[str] = field(default_factory=list)
    views: int = 0  # pages plus evidence panels opened on them
    dialogs: list[str] = field(default_factory=list)
    hits: list[Any] = field(default_factory=list)
    beacons: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    injected: dict[str, list[str]] = field(default_factory=dict)
    page_errors: list[str] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    shown: set[int] = field(default_factory=set)

    def attach(self, page: Page) -> None:
        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        def on_console(msg: Any) -> None:
            text = f"{msg.type}: {msg.text} ({msg.location.get('url')})"
            (self.csp if "Content Security Policy" in msg.text else self.console).append(text)

        def on_request(req: Any) -> None:
            url: str = req.url
            if urlsplit(url).path.startswith("/xss/"):  # not a query that names one
                self.beacons.append(url)
            elif not url.startswith((self.base + "/", "file:", "data:")):
                self.foreign.append(url)

        page.add_init_script(INIT)
        page.on("dialog", on_dialog)
        page.on("console", on_console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("request", on_request)

    def check(self, page: Page, label: str, inline: int = 0) -> None:
        """Record what this page (in its current state) shows and ran."""
        page.wait_for_timeout(150)  # let onerror/onload/fetch of anything injected fire
        self.views += 1
        hits = page.evaluate("window.__xss_hits")
        self.hits += hits if isinstance(hits, list) else [f"{label}: __xss_hits gone ({hits})"]
        bad = page.evaluate(INJECTED, inline)
        if bad:
            self.injected[label] = bad
        if "pwned" in page.title():
            self.hits.append(f"{label}: title {page.title()!r}")
        self.shown |= ids_in(page.evaluate("document.body.innerText"))

    @property
    def executions(self) -> int:
        return len(self.dialogs) + len(self.hits) + len(self.beacons)

    def assert_clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.hits == [], self.hits
        assert self.beacons == [], self.beacons
        assert self.injected == {}, self.injected
        assert self.foreign == [], self.foreign
        assert self.page_errors == [], self.page_errors
        assert self.console == [], self.console


def ids_in(text: str) -> set[int]:
    return {int(a or b) for a, b in MARKER_ID.findall(text)}


# The installed `actorgraph` script (what the entry point runs, where there is none).
_SCRIPT = Path(sys.executable).with_name("actorgraph")
CLI = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "import actorgraph.cli as c; c.main()"]
)


def cli(*args: str) -> None:
    """Run the real CLI; fail with its stderr."""
    run = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


def stored_text(db: Path) -> str:
    """Every text value in the store, to see which payloads survived ingestion."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        parts = [
            str(v)
            for t in tables
            for row in conn.execute(f'SELECT * FROM "{t}"')  # noqa: S608 (names from the store)
            for v in row
            if isinstance(v, str)
        ]
    return "\n".join(parts)


def record(name: str, figures: dict[str, Any]) -> None:
    """Print the figures (quoted in the closing note) and keep them in test-artifacts/."""
    print(f"\n{name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "xss-corpus.json"
    data = json.loads(path.read_text("utf-8")) if path.exists() else {}
    data[name] = figures
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("xss") / "corpus")


@pytest.fixture(scope="module")
def store(corpus: Corpus) -> Path:
    db = corpus.folder.parent / "xss.db"
    cli("analyze", str(corpus.folder), "--db", str(db), "-q")
    return db


@pytest.fixture(scope="module")
def context() -> Iterator[BrowserContext]:
    profile = tempfile.mkdtemp(prefix="actorgraph-xss-chromium-")
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 900},
        )
        yield ctx
        ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


def open_page(page: Page, tally: Tally, url: str, ready: str | None, inline: int = 0) -> int:
    """Open url, wait for its script to finish (``ready``), check it; the HTTP status."""
    response = page.goto(url)
    if response and response.status == 404 and not ready:  # the page itself: expected
        expected = (f"({url})", "/favicon.ico)")  # and the browser's icon for a JSON 404
        tally.console = [c for c in tally.console if "404" not in c or not c.endswith(expected)]
    if ready:
        page.wait_for_selector(f"body[data-ready={ready}]", timeout=20_000)
    tally.pages.append(url)
    tally.check(page, url, inline)
    return response.status if response else 0


def tap_everything(page: Page, tally: Tally, label: str, inline: int = 0) -> None:
    """Open the evidence panel of every node and edge of the drawn graph, checking each."""
    for element in page.evaluate(TAP_ALL):
        page.evaluate(TAP_ONE, element)
        page.locator("#panel .selection").first.wait_for()
        tally.check(page, f"{label} panel {element}", inline)


def test_payloads_reach_the_store(corpus: Corpus, store: Path) -> None:
    """The test is only as good as what got in: most payloads must be stored verbatim."""
    stored = ids_in(stored_text(store))
    assert len(corpus.payloads) >= 250
    assert len(stored) >= 0.9 * len(corpus.payloads), sorted(set(corpus.payloads) - stored)
    text = stored_text(store)
    for needle in ["<script>", "onerror=", "javascript:", "<svg", "&lt;script&gt;", "<ScRiPt>"]:
        assert needle in text, needle


def test_no_payload_runs_in_the_ui(corpus: Corpus, store: Path, context: BrowserContext) -> None:
    with running_server(store) as base:
        tally = Tally(base=base)
        pg = context.new_page()
        tally.attach(pg)
        api = pg.request
        docs = api.get(base + "/api/documents").json()
        actors = api.get(base + "/api/actors").json()
        outlets = [o["outlet"] for o in api.get(base + "/api/outlets").json() if o["outlet"]]
        assert len(docs) >= 25 and len(actors) >= 8
        assert any("<" in o for o in outlets)

        open_page(pg, tally, base + "/", "graph")
        tap_everything(pg, tally, "graph")
        for outlet in [o for o in outlets if "<" in o][:3]:
            open_page(pg, tally, f"{base}/?outlet={quote(outlet)}", "graph")
        for path, ready in [
            ("/actors", "actors"),
            ("/documents", "documents"),
            ("/contested", "contested"),
        ]:
            open_page(pg, tally, base + path, ready)
        open_page(pg, tally, base + "/outlets", "outlets")
        for actor in actors[:4]:
            pg.select_option("select[name=actor]", actor["id"])
            pg.wait_for_function("document.querySelectorAll('#framing td').length > 0")
            tally.check(pg, f"/outlets framing {actor['id']}")
        for doc in docs:
            open_page(pg, tally, f"{base}/document/{doc['id']}", "document")
            if doc["path"].endswith("all_shapes.txt"):
                ARTIFACTS.mkdir(exist_ok=True)
                pg.screenshot(path=str(ARTIFACTS / "xss-document.png"), full_page=True)
        for actor in actors:
            open_page(pg, tally, f"{base}/actor/{actor['id']}", "actor")
        queries = ["<script>", "<ScRiPt>", "onerror", "javascript:", "&lt;", "<svg", "xss", "Front"]
        for q in [*queries, corpus.payloads[1], corpus.payloads[min(corpus.payloads)]]:
            open_page(pg, tally, f"{base}/search?q={quote(q)}", "search")
        pg.screenshot(path=str(ARTIFACTS / "xss-search.png"), full_page=True)
        shapes = ["<img src=x onerror={js}>", "<script>{js}</script>", "javascript:{js}"]
        for k, shape in enumerate(shapes):
            hostile = quote(shape.format(js=marker(9000 + k)), safe="")
            for path in ["/document/", "/actor/"]:
                assert open_page(pg, tally, base + path + hostile, None) == 404
        pg.close()

    shown = tally.shown & set(corpus.payloads)
    checked = len(corpus.payloads) * tally.views
    record(
        "ui",
        {
            "payloads": len(corpus.payloads),
            "pages": len(tally.pages),
            "views": tally.views,
            "payload_x_views": checked,
            "payloads_shown_as_text": len(shown),
            "executions": tally.executions,
            "injected_views": len(tally.injected),
            "csp_violations": len(tally.csp),
        },
    )
    tally.assert_clean()
    assert len(shown) >= 0.8 * len(corpus.payloads)  # they were on screen, as text


def test_no_payload_runs_in_the_report(
    corpus: Corpus, store: Path, context: BrowserContext
) -> None:
    out = corpus.folder.parent / "report.html"
    cli("report", "--db", str(store), "--out", str(out))
    inline = out.read_text("utf-8").count("<script>")
    tally = Tally(base=out.parent.as_uri())
    pg = context.new_page()
    tally.attach(pg)
    open_page(pg, tally, out.as_uri(), "report", inline)
    tap_everything(pg, tally, "report", inline)
    pg.screenshot(path=str(ARTIFACTS / "xss-report.png"), full_page=True)
    pg.close()
    record(
        "report",
        {
            "payloads": len(corpus.payloads),
            "views": tally.views,
            "payload_x_views": len(corpus.payloads) * tally.views,
            "payloads_shown_as_text": len(tally.shown & set(corpus.payloads)),
            "executions": tally.executions,
            "injected_views": len(tally.injected),
            "csp_violations": len(tally.csp),
        },
    )
    tally.assert_clean()
    assert tally.views > 10


def test_the_detector_sees_payloads_run(corpus: Corpus, context: BrowserContext) -> None:
    """Control: the same payloads written as markup into a page without a CSP do run, and
    every kind of marker (dialog, global, request) is caught."""
    tally = Tally(base="http://control.test")
    pg = context.new_page()
    markup = "<main>" + "\n".join(corpus.payloads.values()) + "</main>"
    pg.route(
        "http://control.test/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body=markup if "/xss/" not in route.request.url else "",
        ),
    )
    tally.attach(pg)
    pg.goto("http://control.test/page")
    pg.wait_for_timeout(1500)
    tally.check(pg, "control")
    pg.close()
    ran = {int(m) for m in tally.dialogs if m.isdigit()}
    ran |= {h for h in tally.hits if isinstance(h, int)} | ids_in(" ".join(tally.beacons))
    assert tally.dialogs and tally.hits and tally.beacons
    assert tally.injected
    assert len(ran) >= 20, sorted(ran)
    with pytest.raises(AssertionError):
        tally.assert_clean()


def test_server_binds_loopback_by_default() -> None:
    """`serve` listens on 127.0.0.1 unless told otherwise, and says so."""
    import inspect

    from actorgraph.commands.explore import serve

    host = inspect.signature(serve).parameters["host"].default
    assert host == "127.0.0.1"
    run = subprocess.run(
        [*CLI, "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
    text = " ".join(run.stdout.split())
    assert "this machine only. [default: 127.0.0.1]" in text, text
    assert "http://127.0.0.1:8000/" in (REPO / "README.md").read_text("utf-8")
