"""The actor graph as GraphML (yEd, Cytoscape, igraph) or GEXF (Gephi).

Both files hold the aggregated graph of the query layer (`Graph.to_networkx()`): one node per
actor, one directed edge per (source, stance, target) with its counts and dates. The XML
writers of networkx accept only scalar attribute values, so attributes are made writable
first: None is dropped (a missing attribute reads back as absent, which both formats mean
by "unknown") and lists or maps become JSON text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import networkx as nx

from actorgraph.query.graph import Graph

_SCALARS = (str, int, float, bool)


def _writable(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        out[key] = value if isinstance(value, _SCALARS) else json.dumps(value, ensure_ascii=False)
    return out


def writable_graph(graph: Graph, *, gexf_labels: bool = False) -> nx.MultiDiGraph:
    """A copy of the aggregated graph with only scalar attributes.

    With `gexf_labels`, each node gets `label` = actor name and each edge `label` = stance,
    which Gephi shows on the canvas (the GEXF writer uses `label` for its label attribute).
    """
    source = graph.to_networkx()
    g = nx.MultiDiGraph()
    for node, attrs in source.nodes(data=True):
        clean = _writable(attrs)
        if gexf_labels:
            clean["label"] = str(attrs.get("name") or node)
        g.add_node(node, **clean)
    for u, v, key, attrs in source.edges(keys=True, data=True):
        clean = _writable(attrs)
        if gexf_labels and "stance" in attrs:
            clean["label"] = str(attrs["stance"])
        g.add_edge(u, v, key=key, **clean)
    return g


def write_graphml(graph: Graph, out: str | Path | IO[bytes]) -> None:
    nx.write_graphml(writable_graph(graph), out, encoding="utf-8")


def write_gexf(graph: Graph, out: str | Path | IO[bytes]) -> None:
    nx.write_gexf(writable_graph(graph, gexf_labels=True), out, encoding="utf-8")
