"""The one-file HTML report: graph, contested relations, outlet framing and a timeline.

Everything is inlined (data, Cytoscape.js, our scripts and styles), so the file can be
mailed and opened from disk with no network. Safety does not depend on the scripts:

* the data sits in ``<script type="application/json">`` (never executed) with ``<``, ``>``,
  ``&`` and U+2028/U+2029 escaped, so no article text can close the element;
* the only markup outside that block is fixed text written here;
* a Content-Security-Policy meta tag allows exactly the inlined scripts (by SHA-256 hash)
  and no network at all (``default-src 'none'``), so a script that got in anyway would not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from actorgraph.web.assets import SHARED_SCRIPTS, AssetError, read_static, require_vendor
from actorgraph.web.views import Explorer

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_UNSAFE_IN_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (and still parses to ``data``)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _inline_script(name: str, code: str) -> str:
    if _UNSAFE_IN_SCRIPT.search(code):
        raise AssetError(f"{name}: contains '</script' or '<!--' and cannot be inlined")
    return code


def _sha256(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_report(data: dict[str, Any]) -> str:
    """The report page for ``data`` (see :meth:`Explorer.report_data`)."""
    vendor = require_vendor().read_text("utf-8")
    scripts = [("cytoscape.min.js", vendor)]
    scripts += [(name, read_static(name)) for name in (*SHARED_SCRIPTS, "report-main.js")]
    codes = [_inline_script(name, code) for name, code in scripts]
    csp = (
        "default-src 'none'; script-src "
        + " ".join(_sha256(c) for c in codes)
        + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    style = read_static("style.css")
    if "</style" in style.lower():
        raise AssetError("style.css: contains '</style' and cannot be inlined")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>actorgraph report</title>"
        f"<style>{style}</style></head>"
        '<body data-page="report"><header><strong>actorgraph report</strong></header>'
        '<main id="main"><h1>Actors and relations in the coverage</h1>'
        "<noscript>This report draws its graph and tables with JavaScript.</noscript></main>"
        f'<script type="application/json" id="actorgraph-data">{script_json(data)}</script>'
        + "".join(f"<script>{c}</script>" for c in codes)
        + "</body></html>"
    )


def write_report(db_path: str | Path, out_path: str | Path) -> Path:
    """Write the report of the store at ``db_path`` to ``out_path``; returns the path."""
    require_vendor()
    explorer = Explorer(db_path)
    try:
        data = explorer.report_data()
    finally:
        explorer.close()
    data["store"] = Path(db_path).name
    data["generated"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = Path(out_path)
    out.write_text(render_report(data), encoding="utf-8")
    return out
