"""HTML pages: fixed shells with no data in them; their scripts fetch the page's JSON twin.

A page never has store content in its markup, so nothing an article says can reach the
HTML parser: the scripts build the DOM with ``textContent`` from ``/api/...`` responses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from actorgraph.web.api import ACTOR_ID, DOC_ID
from actorgraph.web.assets import SHARED_SCRIPTS
from actorgraph.web.views import Explorer

NAV = (
    ("/", "Graph"),
    ("/contested", "Contested"),
    ("/outlets", "Outlets"),
    ("/actors", "Actors"),
    ("/documents", "Documents"),
)


@dataclass(frozen=True)
class Page:
    name: str  # also the page script: static/page-<name>.js
    title: str
    needs_graph_library: bool = False


GRAPH = Page("graph", "Graph", needs_graph_library=True)
ACTOR = Page("actor", "Actor")
DOCUMENT = Page("document", "Document")
CONTESTED = Page("contested", "Contested relations")
OUTLETS = Page("outlets", "Outlets and framing")
ACTORS = Page("actors", "Actors")
DOCUMENTS = Page("documents", "Documents")
SEARCH = Page("search", "Search")


def shell(page: Page, status: int = 200, message: str | None = None) -> HTMLResponse:
    """The page's HTML: navigation, search box, an empty <main>, and its scripts."""
    scripts = ["vendor/cytoscape.min.js"] if page.needs_graph_library else []
    scripts += [*SHARED_SCRIPTS, f"page-{page.name}.js"]
    nav = "".join(f'<a href="{href}">{escape(label)}</a>' for href, label in NAV)
    body = (
        f'<p class="error">{escape(message)}</p>'
        if message
        else "".join(f'<script src="/static/{s}"></script>' for s in scripts)
    )
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(page.title)} · actorgraph</title>"
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/style.css"></head>'
        f'<body data-page="{page.name}"><header><strong>actorgraph</strong><nav>{nav}</nav>'
        '<form action="/search" method="get" role="search">'
        '<input type="search" name="q" placeholder="Search actors and documents" '
        'aria-label="Search" maxlength="200" required></form></header>'
        f'<main id="main"><h1>{escape(page.title)}</h1></main>{body}</body></html>'
    )
    return HTMLResponse(html, status_code=status)


router = APIRouter(include_in_schema=False)
ACTOR_RE = re.compile(ACTOR_ID)
DOC_RE = re.compile(DOC_ID)


def _explorer(request: Request) -> Explorer:
    ex: Explorer = request.app.state.explorer
    return ex


@router.get("/")
def graph_page() -> HTMLResponse:
    return shell(GRAPH)


@router.get("/actor/{actor_id}")
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    if not ACTOR_RE.fullmatch(actor_id) or not _explorer(request).has_actor(actor_id):
        return shell(ACTOR, 404, "No actor with this id; see the Actors page.")
    return shell(ACTOR)


@router.get("/document/{doc_id}")
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    if not DOC_RE.fullmatch(doc_id) or not _explorer(request).has_document(doc_id):
        return shell(DOCUMENT, 404, "No document with this id; see the Documents page.")
    return shell(DOCUMENT)


@router.get("/contested")
def contested_page() -> HTMLResponse:
    return shell(CONTESTED)


@router.get("/outlets")
def outlets_page() -> HTMLResponse:
    return shell(OUTLETS)


@router.get("/actors")
def actors_page() -> HTMLResponse:
    return shell(ACTORS)


@router.get("/documents")
def documents_page() -> HTMLResponse:
    return shell(DOCUMENTS)


@router.get("/search")
def search_page() -> HTMLResponse:
    return shell(SEARCH)
