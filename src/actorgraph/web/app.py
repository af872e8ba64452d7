"""The FastAPI application: JSON API, HTML pages, static files and security headers.

The app is a thin shell over :class:`~actorgraph.web.views.Explorer`; it adds a strict
Content-Security-Policy to every response (scripts only from this origin, no inline
script, no eval), so even markup that slipped into a page could not run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from actorgraph import __version__
from actorgraph.web import api, pages
from actorgraph.web.assets import STATIC_DIR, require_vendor
from actorgraph.web.views import Explorer

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_path: str | Path) -> FastAPI:
    """An app serving one store read-only. Raises StoreError or AssetError up front."""
    require_vendor()
    explorer = Explorer(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        explorer.close()

    app = FastAPI(
        title="actorgraph",
        version=__version__,
        description="Actors and relations rebuilt from news coverage, with their evidence. "
        "Every HTML page has a JSON twin under /api.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; /openapi.json stays
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.explorer = explorer

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
