"""Outlets: derived from metadata, URL host or byline; a TOML mapping renames and adds leanings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from _compare_fixtures import Doc, Rel, build
from actorgraph.cli import app
from actorgraph.compare.outlets import (
    OutletConfig,
    OutletConfigError,
    derive_outlet,
    load_config,
    url_host,
)
from actorgraph.query.graph import Graph

CONFIG = """
[[outlet]]
name = "Ruritan Daily"
hosts = ["ruritan.example"]
aliases = ["Daily Ruritan", "R. Daily"]
leaning = "government-aligned"

[[outlet]]
name = "Northern Wire"
hosts = ["https://www.wire.example/"]
"""

DOCS = [
    Doc("d1", "Daily Ruritan", "2024-01-02", [Rel("Red Legion", "support", "Blue Front")]),
    Doc(
        "d2",
        None,
        "2024-03-01",
        [Rel("Red Legion", "support", "Blue Front")],
        url="https://news.ruritan.example/a",
    ),
    Doc(
        "d3", None, None, [Rel("Red Legion", "oppose", "Green Guard")], url="http://wire.example/b"
    ),
    Doc("d4", None, None, [Rel("Green Guard", "oppose", "Red Legion")], author="Clara Moss"),
]


def test_url_host() -> None:
    assert url_host("https://www.Example.org/x?y=1") == "example.org"
    assert url_host("example.net/path") == "example.net"
    assert url_host(None) is None and url_host("") is None


def test_derivation_order(tmp_path) -> None:
    (tmp_path / "o.toml").write_text(CONFIG, encoding="utf-8")
    cfg = load_config(tmp_path / "o.toml")
    assert derive_outlet("Anything", "https://sub.ruritan.example/p", None, cfg) == (
        "Ruritan Daily",
        "government-aligned",
    )
    assert derive_outlet("r. daily", None, None, cfg)[0] == "Ruritan Daily"
    assert derive_outlet(None, "https://www.wire.example/b", None, cfg) == ("Northern Wire", None)
    empty = OutletConfig()
    assert derive_outlet(" Gazette ", "https://x.example", "A B", empty) == ("Gazette", None)
    assert derive_outlet(None, "https://www.x.example/", "A B", empty) == ("x.example", None)
    assert derive_outlet(None, None, "Clara Moss", empty) == ("Clara Moss (author)", None)
    assert derive_outlet(None, None, None, empty) == ("unknown", None)
    assert derive_outlet(None, "https://notruritan.example", None, cfg)[0] == "notruritan.example"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[outlet]]\nhosts = ['a.example']\n", "needs a name"),
        ("[[outlet]]\nname = 'X'\nhosts = 'a.example'\n", "hosts must be a list"),
        ("[[outlet]\nname=", "not valid TOML"),
        ("outlet = 3\n", "[[outlet]] table"),
    ],
)
def test_bad_config_names_the_file(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OutletConfigError, match="bad.toml") as exc:
        load_config(path)
    assert message in str(exc.value)
    with pytest.raises(OutletConfigError, match="cannot read"):
        load_config(tmp_path / "missing.toml")


def test_outlets_without_and_with_mapping(tmp_path) -> None:
    db = build(tmp_path / "s.db", DOCS)
    plain = {r["outlet"]: r for r in Graph(db).outlets()}
    assert set(plain) == {
        "Daily Ruritan",
        "news.ruritan.example",
        "wire.example",
        "Clara Moss (author)",
    }
    (tmp_path / "o.toml").write_text(CONFIG, encoding="utf-8")
    mapped = Graph(db, outlets=tmp_path / "o.toml")
    rows = {r["outlet"]: r for r in mapped.outlets()}
    assert rows["Ruritan Daily"] == {
        "outlet": "Ruritan Daily",
        "documents": 2,
        "leaning": "government-aligned",
        "first": "2024-01-02",
        "last": "2024-03-01",
    }
    edge = mapped.edges(stance="support")[0]
    assert (edge["outlets"], edge["outlet_names"]) == (1, ["Ruritan Daily"])
    assert Graph(db).edges(stance="support")[0]["outlets"] == 2  # nothing was written


def test_cli_save_mapping_persists_and_recomputes_edges(tmp_path) -> None:
    db = build(tmp_path / "s.db", DOCS)
    (tmp_path / "o.toml").write_text(CONFIG, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["outlets", "--db", str(db), "--outlets", str(tmp_path / "o.toml"), "--save"]
    )
    assert result.exit_code == 0, result.output
    assert "Ruritan Daily" in result.output and "government-aligned" in result.output
    assert Graph(db).edges(stance="support")[0]["outlet_names"] == ["Ruritan Daily"]
    bad = runner.invoke(app, ["outlets", "--db", str(db), "--save"])
    assert bad.exit_code == 2 and "--outlets FILE" in bad.output
    missing = runner.invoke(app, ["edges", "--db", str(db), "--outlets", str(tmp_path / "no.toml")])
    assert missing.exit_code == 2 and "no.toml" in missing.output
