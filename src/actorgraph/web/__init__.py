"""Browser front ends over the query layer: a FastAPI app (``serve``) and a one-file report.

Both read the store only through :class:`~actorgraph.query.graph.Graph` (via ``views``) and
render every string from the store as text, never as markup.
"""

from __future__ import annotations

from actorgraph.web.app import create_app
from actorgraph.web.assets import AssetError

__all__ = ["AssetError", "create_app"]
