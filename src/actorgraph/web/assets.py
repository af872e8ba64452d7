"""Where the web UI's files live, and the one check that the vendored graph library is there.

Cytoscape.js is not committed: ``make install`` runs ``npm ci`` in ``web/`` and copies
``cytoscape.min.js`` into ``static/vendor/`` (git-ignored). Both front ends (``serve`` and
``report``) call :func:`require_vendor` first so a missing copy fails with one line saying
how to get it, instead of a blank graph in the browser.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

STATIC_DIR = Path(str(resources.files("actorgraph.web").joinpath("static")))
VENDOR_JS = STATIC_DIR / "vendor" / "cytoscape.min.js"

# Our own scripts, in load order (each page adds its page script after these).
SHARED_SCRIPTS = ("common.js", "widgets.js", "graphview.js", "timeline.js")


class AssetError(Exception):
    """A file the web UI needs is missing from the installed package."""


def require_vendor() -> Path:
    """Path of cytoscape.min.js, or AssetError saying how to install it."""
    if not VENDOR_JS.is_file():
        raise AssetError(
            f"{VENDOR_JS}: Cytoscape.js is missing; run `make install` "
            "(or `make vendor`, which runs `npm ci --prefix web` and copies it) first"
        )
    return VENDOR_JS


def read_static(name: str) -> str:
    """Text of one of our own static files (scripts, styles)."""
    return (STATIC_DIR / name).read_text("utf-8")
