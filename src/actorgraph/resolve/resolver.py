"""Cross-document resolution: document-local entities -> corpus-wide actors.

Entities are merged (union-find) when
1. they share a resolution key (a gazetteer entry, or the same normalised name);
2. an acronym or alias of one is the name or an alias of another of a compatible kind
   (``GNA`` defined in one article joins ``GNA`` used bare in another);
3. a one-word person name is the surname of exactly one full-name person in the corpus;
4. two full person names have the same first name and a close surname (transliteration
   variants such as Haftar/Hafter), never when the first names differ;
5. "<person> administration" joins the state that person serves, when an article says so
   ("U.S. President X").
Every merge records the reason, so a user can see why two names became one actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from actorgraph.extract.gazetteer import entries_by_key
from actorgraph.records import Actor, Entity

_KIND_RANK = {
    "state": 0,
    "government": 1,
    "armed_group": 2,
    "organization": 3,
    "group": 4,
    "person": 5,
}


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s or "actor"


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # Keep gazetteer and full-name keys as roots: they give the actor its name.
        if _root_rank(rb) < _root_rank(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.reasons[ra].extend(self.reasons.pop(rb, []))
        self.reasons[ra].append(reason)


def _root_rank(key: str) -> int:
    if key.startswith(("state:", "org:")) and key.split(":", 1)[1] in _gaz_slugs():
        return 0
    if key.startswith("person:") and " " in key:
        return 1
    return 2


_GAZ: set[str] = set()


def _gaz_slugs() -> set[str]:
    if not _GAZ:
        _GAZ.update(k.split(":", 1)[1] for k in entries_by_key())
    return _GAZ


def _compatible(a: str, b: str) -> bool:
    persons = {a == "person", b == "person"}
    return len(persons) == 1


def resolve(
    entities: Iterable[tuple[str, Entity]],
) -> tuple[list[Actor], list[tuple[str, str, str]]]:
    """Group document-local entities into actors. Returns actors and (doc, entity, actor) links."""
    items = list(entities)
    uf = _UnionFind()
    info: dict[str, Entity] = {}
    for _, e in items:
        uf.find(e.key)
        info.setdefault(e.key, e)
    _merge_aliases(items, uf)
    _merge_persons(items, uf)
    _merge_governments(items, uf)
    return _build(items, uf)


def _merge_aliases(items: list[tuple[str, Entity]], uf: _UnionFind) -> None:
    """Rule 2: a name or alias shared by two non-person entities."""
    owner: dict[str, tuple[str, str, str]] = {}
    for _doc, e in items:
        if e.kind == "person":
            continue
        for form in [e.name, *e.aliases]:
            n = _norm(form)
            if len(n) < 2:
                continue
            prev = owner.get(n)
            if prev is None:
                owner[n] = (e.key, e.kind, e.name)
            elif (
                prev[0] != e.key
                and _compatible(prev[1], e.kind)
                and not (prev[1] == "state" and e.kind == "state")
            ):
                uf.union(prev[0], e.key, f"{e.name!r} and {prev[2]!r} share the name {form!r}")


def _merge_persons(items: list[tuple[str, Entity]], uf: _UnionFind) -> None:
    """Rules 3 and 4: surnames and spelling variants of full names."""
    full: dict[str, list[str]] = defaultdict(list)  # surname -> full-name keys
    names: dict[str, str] = {}
    for _, e in items:
        if e.kind != "person":
            continue
        parts = _norm(e.name).split()
        names[e.key] = e.name
        if len(parts) >= 2 and e.key not in full[parts[-1]]:
            full[parts[-1]].append(e.key)
    fulls = sorted({k for keys in full.values() for k in keys})
    # Spelling variants among full names: same first name, close surname. A variant must
    # keep the surname's initial, so only names within one initial are compared, and a
    # vectorised pass over distinct surnames keeps this linear-ish in corpus size.
    for a, b in _variant_pairs(fulls, names):
        pa, pb = _norm(names[a]).split(), _norm(names[b]).split()
        if pa[0] != pb[0] and fuzz.ratio(pa[0], pb[0]) < 80:
            continue
        score = fuzz.ratio(pa[-1], pb[-1])
        if score >= 80:
            uf.union(
                a,
                b,
                f"{names[b]!r} is a spelling variant of {names[a]!r} (similarity {score:.0f})",
            )
    # One-word names: the surname of exactly one full-name person, or a close variant of one.
    by_initial: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for sur, keys in full.items():
        by_initial[sur[:1]].append((sur, keys))
    for key, name in names.items():
        parts = _norm(name).split()
        if len(parts) != 1:
            continue
        word = parts[0]
        exact = full.get(word, [])
        if len({uf.find(k) for k in exact}) == 1:
            uf.union(exact[0], key, f"{name!r} is the surname of {names[exact[0]]!r}")
            continue
        if exact or len(word) < 5:
            continue
        close = [
            k
            for sur, keys in by_initial.get(word[:1], [])
            for k in keys
            if fuzz.ratio(sur, word) >= 83
        ]
        if len({uf.find(k) for k in close}) == 1:
            uf.union(
                close[0],
                key,
                f"{name!r} is a spelling variant of the surname of {names[close[0]]!r}",
            )


_BLOCK_ROWS = 512


def _variant_pairs(fulls: list[str], names: dict[str, str]) -> list[tuple[str, str]]:
    """Pairs (a, b) of full-name keys, a before b in ``fulls``, whose surnames share an
    initial and are at least roughly similar, in the order a nested loop would visit them."""
    order = {k: i for i, k in enumerate(fulls)}
    surname = {k: _norm(names[k]).split()[-1] for k in fulls}
    holders: dict[str, list[str]] = defaultdict(list)
    for k in fulls:
        holders[surname[k]].append(k)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for sur in sorted(holders):
        by_initial[sur[:1]].append(sur)
    pairs: list[tuple[str, str]] = []
    for surs in by_initial.values():
        for lo in range(0, len(surs), _BLOCK_ROWS):
            rows = surs[lo : lo + _BLOCK_ROWS]
            # A coarse cut-off (79 < 80) only prefilters; the exact score is checked later.
            scores = process.cdist(rows, surs, scorer=fuzz.ratio, score_cutoff=79)
            for i, j in zip(*np.nonzero(scores), strict=True):
                for a in holders[rows[i]]:
                    for b in holders[surs[j]]:
                        if order[a] < order[b]:
                            pairs.append((a, b))
    pairs.sort(key=lambda ab: (order[ab[0]], order[ab[1]]))
    return pairs


def _merge_governments(items: list[tuple[str, Entity]], uf: _UnionFind) -> None:
    """Rule 5: "<person> administration" is the government of the state that person serves."""
    serves: dict[str, str] = {}
    for _, e in items:
        if e.kind == "person" and e.affiliation:
            serves.setdefault(uf.find(e.key), e.affiliation)
    for _, e in items:
        if not e.key.startswith("govof:"):
            continue
        person = uf.find(e.key.removeprefix("govof:"))
        state = serves.get(person)
        if state:
            uf.union(
                state,
                e.key,
                f"{e.name!r} is the government of {entries_by_key()[state].name if state in entries_by_key() else state}",
            )


def _build(
    items: list[tuple[str, Entity]], uf: _UnionFind
) -> tuple[list[Actor], list[tuple[str, str, str]]]:
    groups: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for doc, e in items:
        groups[uf.find(e.key)].append((doc, e))
    actors: list[Actor] = []
    mapping: list[tuple[str, str, str]] = []
    used: set[str] = set()
    gaz = entries_by_key()
    for root in sorted(groups):
        members = groups[root]
        if root in gaz:
            name, kind = gaz[root].name, gaz[root].kind
        else:
            kind = min((e.kind for _, e in members), key=lambda k: _KIND_RANK.get(k, 9))
            same_kind = [e.name for _, e in members if e.kind == kind]
            name = max(
                same_kind, key=lambda n: (len(n.split()) if kind == "person" else 0, len(n), n)
            )
        aid = slug(name)
        while aid in used:
            aid += "-2"
        used.add(aid)
        aliases = sorted({a for _, e in members for a in [e.name, *e.aliases]} - {name})
        reasons = list(
            dict.fromkeys(uf.reasons.get(root, []) + [r for _, e in members for r in e.reasons])
        )
        actors.append(Actor(id=aid, name=name, kind=kind, aliases=aliases, reasons=reasons))
        mapping.extend((d, e.id, aid) for d, e in members)
    return actors, mapping
