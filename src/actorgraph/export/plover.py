"""PLOVER-style event records (JSON Lines) for users of POLECAT and GDELT-like event data.

Event-data tools expect one record per event: who did what to whom, when, coded with an
event type. Each relation mention in the store becomes one such record. Field names follow
the POLECAT data set's columns (Event ID, Event Date, Event Type, Quad Code, Actor Name,
Recipient Name, Publication Date, in snake case) and the PLOVER JSON interchange fields
(`text`, `coder`); actorgraph's own provenance (stance, polarity, speaker, document, offsets)
rides along under the export contract's names. The mapping is documented in docs/export.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import IO, Any

from actorgraph import __version__
from actorgraph.query.graph import Graph

# The 16 PLOVER event types actorgraph codes, by PLOVER quad category (1 verbal cooperation,
# 2 material cooperation, 3 verbal conflict, 4 material conflict), following the quad table
# of the PLOVER manual with REQUEST in the place of the older DEMAND.
QUAD_CODES: dict[str, int] = {
    **dict.fromkeys("AGREE CONSULT SUPPORT CONCEDE".split(), 1),
    **dict.fromkeys("COOPERATE AID RETREAT".split(), 2),
    **dict.fromkeys("REQUEST ACCUSE REJECT SANCTION THREATEN".split(), 3),
    **dict.fromkeys("PROTEST MOBILIZE COERCE ASSAULT".split(), 4),
}
PLOVER_TYPES = frozenset(QUAD_CODES)

# Keys every record carries (values may be null where noted in docs/export.md).
FIELDS = (
    "event_id event_date event_date_from event_type quad_code "
    "actor_id actor_name actor_kind recipient_id recipient_name recipient_kind "
    "stance type polarity trigger speaker_id speaker_name text "
    "document sentence start end outlet publication_date title url coder"
).split()


def _event_id(rel: dict[str, Any]) -> str:
    """A stable id: the document id and a hash of what the record says and where."""
    key = "\x1f".join(
        str(rel[k]) for k in "document start end source target plover type polarity trigger".split()
    )
    return f"{rel['document']}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def plover_records(graph: Graph) -> Iterator[dict[str, Any]]:
    """One PLOVER-style record per relation row, in the export's relation order."""
    actors = {a["id"]: a for a in graph.actors()}
    docs = {d["id"]: d for d in graph.documents()}
    seen: dict[str, int] = {}
    coder = f"actorgraph {__version__}"

    def actor_field(actor_id: str | None, key: str) -> Any:
        return actors[actor_id][key] if actor_id in actors else None

    for rel in graph.relations():
        event_id = _event_id(rel)
        seen[event_id] = seen.get(event_id, 0) + 1
        if seen[event_id] > 1:  # the same relation twice on one span: keep ids unique
            event_id = f"{event_id}-{seen[event_id]}"
        doc = docs.get(rel["document"], {})
        yield {
            "event_id": event_id,
            "event_date": rel["date"] or rel["published"],
            "event_date_from": "text"
            if rel["date"]
            else ("publication" if rel["published"] else None),
            "event_type": rel["plover"],
            "quad_code": QUAD_CODES.get(rel["plover"]),
            "actor_id": rel["source"],
            "actor_name": actor_field(rel["source"], "name"),
            "actor_kind": actor_field(rel["source"], "kind"),
            "recipient_id": rel["target"],
            "recipient_name": actor_field(rel["target"], "name"),
            "recipient_kind": actor_field(rel["target"], "kind"),
            "stance": rel["stance"],
            "type": rel["type"],
            "polarity": rel["polarity"],
            "trigger": rel["trigger"],
            "speaker_id": rel["speaker"],
            "speaker_name": actor_field(rel["speaker"], "name"),
            "text": rel["evidence"],
            "document": rel["document"],
            "sentence": rel["sentence"],
            "start": rel["start"],
            "end": rel["end"],
            "outlet": rel["outlet"],
            "publication_date": rel["published"],
            "title": doc.get("title"),
            "url": doc.get("url"),
            "coder": coder,
        }


def write_plover(graph: Graph, out: IO[str]) -> int:
    """Write one JSON object per line; return the number of records."""
    n = 0
    for record in plover_records(graph):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
