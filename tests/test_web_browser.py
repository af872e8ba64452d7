"""The web UI and the report in real headless Chromium (Debian's package, driven by Playwright).

A hostile article (``fixtures/hostile_web``: ``<script>``, ``<img onerror>``, ``javascript:``
links, markup in titles and outlet names) is analysed with the sample corpus; every test
listens for dialogs, console output, CSP violations and a global flag the payloads would set,
and fails if anything from an article ran. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from actorgraph.web.report import write_report
from web_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_FLAGS,
    build_store,
    require_chromium,
    running_server,
)

require_chromium("browser tests")

from playwright.sync_api import BrowserContext, Page, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402

pytestmark = pytest.mark.slow


@dataclass
class Watch:
    """Everything on a page that would show article content being executed."""

    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("request", lambda req: self.requests.append(req.url))

    def assert_nothing_ran(self, page: Page) -> None:
        flag = page.evaluate("window.__agPwned")
        injected = page.evaluate(
            "document.querySelectorAll('main script, main img, main iframe, main svg:not(.timeline),"
            ' [onerror], [onload], [onmouseover], a[href^="javascript" i]\').length'
        )
        assert self.dialogs == [], self.dialogs
        assert flag is None, f"payload flag set: {flag}"
        assert injected == 0, "article markup became elements"
        assert self.page_errors == [], self.page_errors
        assert self.console == [], self.console  # includes CSP violations and failed loads


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("webui"))


@pytest.fixture(scope="module")
def base_url(store: Path) -> Iterator[str]:
    with running_server(store) as base:
        yield base


@pytest.fixture(scope="module")
def context() -> Iterator[BrowserContext]:
    profile = tempfile.mkdtemp(prefix="actorgraph-chromium-")
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


@pytest.fixture
def page(context: BrowserContext) -> Iterator[tuple[Page, Watch]]:
    pg = context.new_page()
    watch = Watch()
    watch.attach(pg)
    yield pg, watch
    pg.close()


def shot(page: Page, name: str, full: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


def open_page(page: Page, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"body[data-ready={ready}]", timeout=20_000)


def click_element(page: Page, selector: str) -> None:
    """Click a Cytoscape node (``#id``) or edge where it is drawn on the canvas."""
    pos = page.evaluate(
        """(sel) => { const e = AG.cy.$(sel); if (e.empty()) return null;
             const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
             const box = document.getElementById('cy').getBoundingClientRect();
             return {x: box.left + p.x, y: box.top + p.y}; }""",
        selector,
    )
    assert pos, f"{selector} not in the graph"
    page.mouse.click(pos["x"], pos["y"])


# The actor's longest edge: its midpoint is clear of nodes, so a click there hits the edge.
LONGEST_EDGE = """(actor) => AG.cy.$id(actor).connectedEdges().filter(e => !e.isLoop())
  .sort((a, b) => b.source().renderedPosition().x - a.source().renderedPosition().x)
  .max(e => { const s = e.source().renderedPosition(), t = e.target().renderedPosition();
              return Math.hypot(s.x - t.x, s.y - t.y); }).ele.id()"""


def test_graph_click_actor_see_evidence_open_document(
    page: tuple[Page, Watch], base_url: str
) -> None:
    pg, watch = page
    open_page(pg, base_url + "/", "graph")
    assert pg.evaluate("AG.cy.nodes().length") > 5 and pg.evaluate("AG.cy.edges().length") > 5
    assert pg.evaluate("AG.cy.edges('.contested').length") >= 1
    shot(pg, "graph")
    click_element(pg, "#turkey")
    panel = pg.locator("#panel .selection[data-kind=node]")
    panel.wait_for()
    assert "Turkey" in panel.locator("h2").inner_text()
    assert panel.locator("blockquote.evidence").count() > 0
    shot(pg, "graph-actor-selected")
    edge = pg.evaluate(LONGEST_EDGE, "turkey")
    click_element(pg, f'[id = "{edge}"]')
    selected = pg.locator("#panel .selection[data-kind=edge]")
    try:
        selected.wait_for(timeout=5_000)
    except PlaywrightTimeout:
        # Another edge can cross the midpoint in some layouts; send the same tap event
        # Cytoscape sends for a click on that edge, so the page's handler still runs.
        pg.evaluate("(id) => AG.cy.$id(id).emit('tap')", edge)
        selected.wait_for()
    assert pg.locator("#panel blockquote.evidence").count() > 0
    pg.locator("#panel a.doc").first.click()
    pg.wait_for_selector("body[data-ready=document]", timeout=20_000)
    assert "/document/" in pg.url
    assert pg.locator("#doc-text .hl-mention").count() > 0
    assert pg.locator("#doc-text .hl-relation").count() > 0
    shot(pg, "document", full=True)
    watch.assert_nothing_ran(pg)


def test_filter_by_outlet(page: tuple[Page, Watch], base_url: str) -> None:
    pg, watch = page
    open_page(pg, base_url + "/", "graph")
    before = pg.evaluate("AG.cy.edges().length")
    pg.evaluate("document.body.removeAttribute('data-ready')")
    pg.select_option("#filters select[name=outlet]", "RossInform")
    pg.wait_for_selector("body[data-ready=graph]")
    outlets = pg.evaluate("AG.cy.edges().map(e => e.data('row').outlet_names)")
    assert 0 < len(outlets) < before
    assert all("RossInform" in names for names in outlets)
    assert "outlet=RossInform" in pg.url
    shot(pg, "graph-outlet-filter")
    watch.assert_nothing_ran(pg)


def test_actor_page_highlights_evidence(page: tuple[Page, Watch], base_url: str) -> None:
    pg, watch = page
    open_page(pg, base_url + "/actor/turkey", "actor")
    assert pg.locator("h1").inner_text() == "Turkey"
    assert pg.locator(".evidence .hl-trigger").count() > 0
    assert pg.locator("svg.timeline circle").count() > 0
    shot(pg, "actor", full=True)
    watch.assert_nothing_ran(pg)


def test_hostile_article_runs_nowhere_in_the_ui(page: tuple[Page, Watch], base_url: str) -> None:
    pg, watch = page
    docs = pg.request.get(base_url + "/api/documents").json()
    hostile = [d for d in docs if "hostile" in d["path"]]
    assert len(hostile) == 2
    for doc in hostile:
        open_page(pg, f"{base_url}/document/{doc['id']}", "document")
        full = pg.request.get(f"{base_url}/api/document/{doc['id']}").json()["document"]
        assert "<script>" in full["title"] + full["text"]  # the payload reached the store
        assert pg.locator("h1").text_content() == full["title"]  # ... and is shown as text
        assert pg.locator("#doc-text").text_content() == full["text"]
        shot(pg, f"hostile-{Path(doc['path']).stem}", full=True)
        if doc["path"].endswith(".md"):  # its javascript: URL is shown, not linked
            assert pg.locator("dd .unsafe-url").inner_text().startswith("javascript:")
    for path, ready in [
        ("/", "graph"),
        ("/actor/turkey", "actor"),
        ("/actor/kelmarian-patriotic-army", "actor"),
        ("/contested", "contested"),
        ("/documents", "documents"),
        ("/search?q=script", "search"),
        ("/outlets", "outlets"),
    ]:
        open_page(pg, base_url + path, ready)
    pg.select_option("select[name=actor]", "turkey")  # framing rows name the hostile outlets
    pg.wait_for_function("document.querySelectorAll('#framing td').length > 0")
    assert "<script>" in pg.locator("main").inner_text()
    open_page(pg, base_url + "/", "graph")
    options = pg.locator("#filters select[name=outlet] option").all_inner_texts()
    assert any("<script>" in o for o in options)
    click_element(pg, "#turkey")
    pg.locator("#panel .selection").wait_for()
    watch.assert_nothing_ran(pg)


def test_the_detector_can_fail(page: tuple[Page, Watch], base_url: str) -> None:
    """The same checks catch a page where markup does run (not served by actorgraph)."""
    pg, watch = page
    pg.set_content(
        "<main><img src=x onerror=\"window.__agPwned=1;alert('ran')\"></main>",
        wait_until="load",
    )
    pg.wait_for_timeout(300)
    with pytest.raises(AssertionError):
        watch.assert_nothing_ran(pg)
    assert watch.dialogs == ["ran"]


def test_report_from_disk(
    page: tuple[Page, Watch], store: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    pg, watch = page
    out = write_report(store, tmp_path_factory.mktemp("report") / "report.html")
    open_page(pg, out.as_uri(), "report")
    assert pg.evaluate("AG.cy.nodes().length") > 5
    click_element(pg, "#turkey")
    pg.locator("#panel blockquote.evidence").first.wait_for()
    assert pg.locator("svg.timeline circle").count() > 0
    assert pg.locator(".contested-item").count() > 0
    assert pg.locator("table.framing tbody tr").count() > 0
    assert any("<script>" in t for t in pg.locator("a.doc, span.doc").all_inner_texts())
    shot(pg, "report", full=True)
    assert all(u.startswith(("file:", "data:")) for u in watch.requests), watch.requests
    watch.assert_nothing_ran(pg)


def test_readme_screenshot_of_the_sample_corpus(
    context: BrowserContext, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The README's graph view (sample corpus only); `make screenshot` copies it to docs/img."""
    db = build_store(tmp_path_factory.mktemp("readme"), hostile=False)
    pg = context.new_page()
    with running_server(db) as base:
        open_page(pg, base + "/", "graph")
        click_element(pg, "#khalil-haddouri")
        pg.locator("#panel .selection").wait_for()
        path = shot(pg, "readme-graph")
    pg.close()
    assert path.stat().st_size > 20_000
