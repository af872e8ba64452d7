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
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from actorgraph.extract.gazetteer import entries_by_key
from actorgraph.records import Actor, Entity
from actorgraph.resolve.views import EntityViews, memory_table

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
    """Group document-local entities into actors. Returns actors and (doc, entity, actor) links.

    For entities already in a store use :func:`resolve_keys`, which never loads them all."""
    items = list(entities)
    conn = memory_table(items)
    try:
        actors, key_actor = resolve_keys(conn)
    finally:
        conn.close()
    return actors, [(d, e.id, key_actor[e.key]) for d, e in items]


def resolve_keys(conn: sqlite3.Connection) -> tuple[list[Actor], dict[str, str]]:
    """Resolve the ``entities`` table of ``conn`` into actors and a key -> actor id map.

    Entities sharing a key always share an actor, so the map is all a store needs to link
    every (document, entity) in SQL; memory grows with distinct keys and names only."""
    with EntityViews(conn) as views:
        uf = _UnionFind()
        for key in views.distinct_keys():
            uf.find(key)
        _merge_aliases(views, uf)
        _merge_persons(views, uf)
        _merge_governments(views, uf)
        return _build(views, uf)


def _merge_aliases(views: EntityViews, uf: _UnionFind) -> None:
    """Rule 2: a name or alias shared by two non-person entities."""
    owner: dict[str, tuple[str, str, str]] = {}
    for key, kind, name, aliases in views.non_person_forms():
        for form in [name, *aliases]:
            n = _norm(form)
            if len(n) < 2:
                continue
            prev = owner.get(n)
            if prev is None:
                owner[n] = (key, kind, name)
            elif (
                prev[0] != key
                and _compatible(prev[1], kind)
                and not (prev[1] == "state" and kind == "state")
            ):
                uf.union(prev[0], key, f"{name!r} and {prev[2]!r} share the name {form!r}")


def _person_names(views: EntityViews) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each person key's last name (by first appearance of the key), and surname -> full-name
    keys in the order each pair first appears."""
    full: dict[str, list[str]] = defaultdict(list)  # surname -> full-name keys
    last: dict[str, tuple[int, str]] = {}
    for key, name, _first, last_pos in views.person_names():
        if key not in last or last_pos > last[key][0]:
            last[key] = (last_pos, name)
        parts = _norm(name).split()
        if len(parts) >= 2 and key not in full[parts[-1]]:
            full[parts[-1]].append(key)
    return {key: name for key, (_pos, name) in last.items()}, full


def _merge_persons(views: EntityViews, uf: _UnionFind) -> None:
    """Rules 3 and 4: surnames and spelling variants of full names."""
    names, full = _person_names(views)
    fulls = sorted({k for keys in full.values() for k in keys})
    # Spelling variants among full names: same (or close) first name, close surname.
    for a, b in _variant_pairs(fulls, names):
        score = fuzz.ratio(_norm(names[a]).split()[-1], _norm(names[b]).split()[-1])
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


def _similar(words: Iterable[str], cutoff: float, *, by_initial: bool) -> dict[str, list[str]]:
    """Each word -> the words (itself included) within ``cutoff`` of it by ``fuzz.ratio``,
    compared in blocks (vectorised, memory bounded), within one initial if ``by_initial``.
    The cut-off only prefilters: callers check exact scores where the threshold matters."""
    groups: dict[str, list[str]] = defaultdict(list)
    for w in sorted(set(words)):
        groups[w[:1] if by_initial else ""].append(w)
    similar: dict[str, list[str]] = defaultdict(list)
    for ws in groups.values():
        for lo in range(0, len(ws), _BLOCK_ROWS):
            rows = ws[lo : lo + _BLOCK_ROWS]
            scores = process.cdist(rows, ws, scorer=fuzz.ratio, score_cutoff=cutoff)
            for i, j in zip(*np.nonzero(scores), strict=True):
                similar[rows[i]].append(ws[j])
    for w in set(words):
        if w not in similar[w]:  # an empty word scores 0 against itself
            similar[w].append(w)
    return similar


def _variant_pairs(fulls: list[str], names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Pairs (a, b) of full-name keys, a before b in ``fulls``, whose first names are equal
    or close (ratio >= 80) and whose surnames share an initial and are at least roughly
    similar, in the order a nested loop over ``fulls`` would visit them.

    Many people can share a surname (and a corpus many surnames), so pairs are looked up
    through surname -> similar surnames and first name -> close first names maps: listing
    every pair of a surname's holders and testing first names afterwards grows with the
    square of the holders, most of them with unrelated first names."""
    order = {k: i for i, k in enumerate(fulls)}
    parts = {k: _norm(names[k]).split() for k in fulls}
    surname = {k: p[-1] for k, p in parts.items()}
    first = {k: p[0] for k, p in parts.items()}
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)  # (surname, first) -> keys
    for k in fulls:
        holders[surname[k], first[k]].append(order[k])
    # A coarse cut-off (79 < 80) only prefilters surnames; the caller checks the exact score.
    similar_sur = _similar(surname.values(), 79, by_initial=True)
    close_first = _similar(first.values(), 80, by_initial=False)
    for a in fulls:
        after = order[a]
        firsts = [
            f for f in close_first[first[a]] if f == first[a] or fuzz.ratio(first[a], f) >= 80
        ]
        later = sorted(
            b
            for sur in similar_sur[surname[a]]
            for f in firsts
            for b in holders.get((sur, f), ())
            if b > after
        )
        for b in later:
            yield a, fulls[b]


def _merge_governments(views: EntityViews, uf: _UnionFind) -> None:
    """Rule 5: "<person> administration" is the government of the state that person serves."""
    serves: dict[str, str] = {}
    for key, affiliation in views.first_affiliations():
        serves.setdefault(uf.find(key), affiliation)
    gaz = entries_by_key()
    for key, name in views.government_entities():
        person = uf.find(key.removeprefix("govof:"))
        state = serves.get(person)
        if state:
            uf.union(
                state,
                key,
                f"{name!r} is the government of {gaz[state].name if state in gaz else state}",
            )


class _Group:
    """What one actor's entities add up to, gathered as they stream past in order."""

    def __init__(self) -> None:
        self.kinds: dict[str, set[str]] = {}  # kind -> names, kinds in order of appearance
        self.forms: set[str] = set()
        self.reasons: dict[str, None] = {}

    def add(self, kind: str, name: str, aliases: list[str], reasons: list[str]) -> None:
        self.kinds.setdefault(kind, set()).add(name)
        self.forms.add(name)
        self.forms.update(aliases)
        self.reasons.update(dict.fromkeys(reasons))


def _groups(views: EntityViews, uf: _UnionFind) -> Iterator[tuple[str, _Group]]:
    roots = ((key, uf.find(key)) for key in list(uf.parent))
    current: tuple[str, _Group] | None = None
    for root, kind, name, aliases, reasons in views.members_by_root(roots):
        if current is None or current[0] != root:
            if current is not None:
                yield current
            current = (root, _Group())
        current[1].add(kind, name, aliases, reasons)
    if current is not None:
        yield current


def _build(views: EntityViews, uf: _UnionFind) -> tuple[list[Actor], dict[str, str]]:
    actors: list[Actor] = []
    root_actor: dict[str, str] = {}
    used: set[str] = set()
    gaz = entries_by_key()
    for root, group in _groups(views, uf):
        if root in gaz:
            name, kind = gaz[root].name, gaz[root].kind
        else:
            kind = min(group.kinds, key=lambda k: _KIND_RANK.get(k, 9))
            name = max(
                group.kinds[kind],
                key=lambda n: (len(n.split()) if kind == "person" else 0, len(n), n),
            )
        aid = slug(name)
        while aid in used:
            aid += "-2"
        used.add(aid)
        aliases = sorted(group.forms - {name})
        reasons = list(dict.fromkeys([*uf.reasons.get(root, []), *group.reasons]))
        actors.append(Actor(id=aid, name=name, kind=kind, aliases=aliases, reasons=reasons))
        root_actor[root] = aid
    # Keys met only as a rule's target (a person behind "<person> administration") have no
    # entities and so no actor.
    links = {key: root_actor.get(uf.find(key)) for key in uf.parent}
    return actors, {key: aid for key, aid in links.items() if aid is not None}
