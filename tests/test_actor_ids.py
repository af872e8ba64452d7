"""Actor ids survive renames: an id stays usable after new articles rename its actor."""

from __future__ import annotations

from pathlib import Path

from actorgraph.pipeline import analyze_paths
from actorgraph.query.graph import Graph
from actorgraph.store.db import Store

FIRST = """Title: Port talks stall
Outlet: Harbour Gazette
Date: 2024-03-02

Minister Okonkwo met the harbour council on Friday. Okonkwo said the talks would resume.
"""

SECOND = """Title: Port minister visits the north
Outlet: Coastal Times
Date: 2024-03-09

Minister Adaeze Okonkwo visited the northern docks on Monday, her office said.
"""


def _analyze(folder: Path, db: Path) -> None:
    with Store(db) as store:
        analyze_paths([str(folder)], store)


def test_old_actor_id_resolves_after_a_rename(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "first.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b" / "second.md").write_text(SECOND, encoding="utf-8")
    db = tmp_path / "store.db"

    _analyze(tmp_path / "a", db)
    graph = Graph(db)
    before = graph.find_actor("Okonkwo")
    graph.close()
    assert before == "okonkwo"

    _analyze(tmp_path / "b", db)
    graph = Graph(db)
    try:
        after = graph.find_actor("Adaeze Okonkwo")
        assert after == "adaeze-okonkwo"
        assert graph.current_actor_id("okonkwo") == after
        row = graph.actor("okonkwo")
        assert row is not None and row["id"] == after
        assert graph.current_actor_id("no-such-actor") is None
    finally:
        graph.close()
