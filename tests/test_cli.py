"""The command line as a user runs it: help texts, the demo flow and error messages."""

from __future__ import annotations

import json

import click
import pytest
import typer
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.sample import corpus_path

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_and_option_is_documented(command: str) -> None:
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert cmd.help and len(cmd.help.strip()) > 20, f"{command} has no help text"
    for param in cmd.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"{command} --{param.name} has no help"
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_demo_flow_on_the_sample_corpus(tmp_path) -> None:
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["analyze", str(corpus_path()), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    actors = runner.invoke(app, ["actors", "--db", str(db)])
    assert "Russia" in actors.output and "Khalil Haddouri" in actors.output
    rels = runner.invoke(
        app, ["relations", "--db", str(db), "--actor", "Haddouri", "--stance", "support"]
    )
    assert rels.exit_code == 0 and "support" in rels.output
    out = tmp_path / "x.json"
    runner.invoke(app, ["export", "--db", str(db), "--format", "json", "--out", str(out)])
    data = json.loads(out.read_text())
    assert set(data) >= {
        "documents",
        "actors",
        "mentions",
        "relations",
        "claims",
        "events",
        "labels",
    }
    assert len(data["documents"]) == 10
    # every relation is traceable: its evidence is the text at its offsets
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for r in data["relations"]:
        assert texts[r["document"]][r["start"] : r["end"]] == r["evidence"]
        assert r["polarity"] in ("asserted", "negated", "hedged")
    # the Kremlin's denial in the corpus comes out negated
    russia = next(a["id"] for a in data["actors"] if a["name"] == "Russia")
    assert any(r["source"] == russia and r["polarity"] == "negated" for r in data["relations"])


def test_errors_name_the_file_and_what_to_do(tmp_path) -> None:
    missing = tmp_path / "nope.db"
    result = runner.invoke(app, ["actors", "--db", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output and "actorgraph analyze" in result.output
    result = runner.invoke(app, ["analyze", str(tmp_path / "no-such-folder"), "--db", str(missing)])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    result = runner.invoke(app, ["relations", "--db", str(missing), "--stance", "likes"])
    assert result.exit_code == 2 and "support, oppose or consult" in result.output
