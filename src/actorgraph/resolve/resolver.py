"""Cross-document resolution: document-local entities -> corpus-wide actors."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from actorgraph.records import Actor, Entity


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s or "actor"


def resolve(
    entities: Iterable[tuple[str, Entity]],
) -> tuple[list[Actor], list[tuple[str, str, str]]]:
    groups: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for doc_id, ent in entities:
        groups[ent.key].append((doc_id, ent))
    actors: list[Actor] = []
    mapping: list[tuple[str, str, str]] = []
    used: set[str] = set()
    for key in sorted(groups):
        members = groups[key]
        name = max((e.name for _, e in members), key=lambda n: (len(n), n))
        aid = slug(name)
        while aid in used:
            aid += "-x"
        used.add(aid)
        aliases = sorted({a for _, e in members for a in [e.name, *e.aliases]})
        actors.append(
            Actor(id=aid, name=name, kind=members[0][1].kind, aliases=aliases, reasons=[])
        )
        mapping.extend((d, e.id, aid) for d, e in members)
    return actors, mapping
