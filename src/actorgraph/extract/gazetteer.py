"""General-knowledge gazetteer: states (names, adjectives, demonyms, capitals and government
metonyms) and well-known international organisations and armed groups.

Sources: the hand-written tables in ``extract/data`` plus country names from pycountry.
Each surface form maps to a ``GazEntry`` naming the actor it resolves to and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True, slots=True)
class GazEntry:
    key: str  # resolution key, e.g. "state:RU" or "org:un"
    name: str  # canonical actor name
    kind: str  # state | organization | armed_group
    form: str  # name | alias | adjective | demonym | metonym


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("actorgraph.extract").joinpath("data", filename).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazEntry]:
    """Surface form (case-sensitive) -> entry. Names win over adjectives and metonyms."""
    table: dict[str, GazEntry] = {}

    def add(form: str, entry: GazEntry) -> None:
        if form and form not in table:
            table[form] = entry

    listed: set[str] = set()
    rows = _rows("states.tsv")
    for row in rows:
        row += [""] * (6 - len(row))
        code, name = row[0].strip(), row[1].strip()
        listed.add(code)
        key = f"state:{code}"
        add(name, GazEntry(key, name, "state", "name"))
        for a in _split(row[2]):
            add(a, GazEntry(key, name, "state", "alias"))
    # Second pass so that a name or alias of one state is never shadowed by a form of another.
    for row in rows:
        code, name = row[0].strip(), row[1].strip()
        key = f"state:{code}"
        for a in _split(row[3]):
            add(a, GazEntry(key, name, "state", "adjective"))
        for a in _split(row[4]):
            add(a, GazEntry(key, name, "state", "demonym"))
        for a in _split(row[5]):
            add(a.removeprefix("the "), GazEntry(key, name, "state", "metonym"))
    for c in pycountry.countries:
        if c.alpha_2 in listed:
            continue
        name = getattr(c, "common_name", None) or c.name
        key = f"state:{c.alpha_2}"
        add(name, GazEntry(key, name, "state", "name"))
        official = getattr(c, "official_name", None)
        if official:
            add(official, GazEntry(key, name, "state", "alias"))
    for row in _rows("organizations.tsv"):
        row += [""] * (4 - len(row))
        key, name, kind = f"org:{row[0].strip()}", row[1].strip(), row[2].strip()
        add(name, GazEntry(key, name, kind, "name"))
        for a in _split(row[3]):
            add(a.removeprefix("the "), GazEntry(key, name, kind, "alias"))
        for form in [name, *_split(row[3])]:
            add(_article_case_variant(form), GazEntry(key, name, kind, "alias"))
    return table


def _article_case_variant(form: str) -> str:
    """ "Al-Nusra Front" <-> "al-Nusra Front": the Arabic article is written both ways mid-sentence.

    Only names from the table get the variant, so a lower-case "al-" never starts an unknown
    name (which could be a person's family name)."""
    for upper, lower in (("Al-", "al-"), ("Al ", "al ")):
        if form.startswith(upper):
            return lower + form[len(upper) :]
        if form.startswith(lower):
            return upper + form[len(lower) :]
    return ""


@lru_cache(maxsize=1)
def entries_by_key() -> dict[str, GazEntry]:
    """Canonical entry (the name form) for each key."""
    out: dict[str, GazEntry] = {}
    for entry in gazetteer().values():
        if entry.form == "name" or entry.key not in out:
            out.setdefault(entry.key, entry)
    return out


@lru_cache(maxsize=1)
def adjective_forms() -> frozenset[str]:
    return frozenset(f for f, e in gazetteer().items() if e.form == "adjective")
