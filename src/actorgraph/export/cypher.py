"""A Cypher script that loads the store into Neo4j (`cypher-shell -f graph.cypher`).

The script is plain, parameter-free Cypher, one statement per line, so it runs in
cypher-shell, Neo4j Browser or any driver without a CSV import folder. Actors and documents
are MERGEd on their ids (re-running the script updates them instead of duplicating them);
each relation row becomes one relationship typed by stance (SUPPORTS, OPPOSES, CONSULTS) that
keeps its full provenance. Every string goes through `cypher_string`, which escapes quotes,
backslashes and line breaks, so no article text can end a literal or a statement early.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from actorgraph.query.graph import Graph

# Relationship type per stance: a verb, as Neo4j style guides recommend.
REL_TYPES = {"support": "SUPPORTS", "oppose": "OPPOSES", "consult": "CONSULTS"}

_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
# Other control characters and Unicode line/paragraph separators become \uXXXX escapes.
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _escape_char(m: re.Match[str]) -> str:
    ch = m.group(0)
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def cypher_string(text: str) -> str:
    """`text` as a single-quoted Cypher string literal."""
    return "'" + _NEEDS_ESCAPE.sub(_escape_char, text) + "'"


def cypher_name(name: str) -> str:
    """A property key or label, backtick-quoted unless it is a plain identifier."""
    if _IDENTIFIER.fullmatch(name):
        return name
    return "`" + name.replace("`", "``") + "`"


def cypher_value(value: Any) -> str:
    """A Cypher literal for a JSON-like value (None, bool, int, float, str, list)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return cypher_map(value)
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")


def cypher_map(props: Mapping[str, Any]) -> str:
    """A map literal; None values are left out (Neo4j stores no null properties)."""
    items = (f"{cypher_name(k)}: {cypher_value(v)}" for k, v in props.items() if v is not None)
    return "{" + ", ".join(items) + "}"


def _header() -> Iterator[str]:
    yield "// actorgraph export: load with `cypher-shell -f FILE` (Neo4j 5)."
    yield "// Actors and documents are MERGEd on id; relations are CREATEd once per evidence span."
    yield "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;"
    yield "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;"


def _merge(label: str, var: str, row: Mapping[str, Any]) -> str:
    props = {k: v for k, v in row.items() if k != "id"}
    return (
        f"MERGE ({var}:{label} {{id: {cypher_string(row['id'])}}}) "
        f"SET {var} += {cypher_map(props)};"
    )


def _mentioned_in(mentions: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    counts = Counter((m["actor"], m["document"]) for m in mentions if m["actor"] is not None)
    for (actor, doc), n in sorted(counts.items()):
        yield (
            f"MATCH (a:Actor {{id: {cypher_string(actor)}}}), "
            f"(d:Document {{id: {cypher_string(doc)}}}) "
            f"MERGE (a)-[m:MENTIONED_IN]->(d) SET m.count = {n};"
        )


def _relation(row: Mapping[str, Any]) -> str:
    props = {k: v for k, v in row.items() if k not in ("source", "target")}
    return (
        f"MATCH (s:Actor {{id: {cypher_string(row['source'])}}}), "
        f"(t:Actor {{id: {cypher_string(row['target'])}}}) "
        f"CREATE (s)-[:{REL_TYPES.get(row['stance'], 'RELATES_TO')} {cypher_map(props)}]->(t);"
    )


def cypher_statements(graph: Graph) -> Iterator[str]:
    """The script, line by line: constraints, actors, documents, mentions, relations."""
    yield from _header()
    for actor in graph.actors():
        yield _merge("Actor", "a", actor)
    for doc in graph.documents():
        yield _merge("Document", "d", doc)
    yield from _mentioned_in(graph.mentions())
    skipped = 0
    for rel in graph.relations():
        if rel["source"] is None or rel["target"] is None:
            skipped += 1
            continue
        yield _relation(rel)
    if skipped:
        yield f"// {skipped} relations with an unresolved source or target were left out."


def write_cypher(graph: Graph, out: IO[str]) -> None:
    for line in cypher_statements(graph):
        out.write(line + "\n")
