"""The reference side of an evaluation: reference actors and gold annotation files.

Formats are described in ``../shared/eval/README.md``. Names are compared after
:func:`normalize_name` (case, accents, punctuation, possessive ``'s`` ignored), and also
after :func:`strip_titles` removes leading titles ("General", "Foreign Minister", ...).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ANONYMOUS = "anonymous"

# Leading words a reader drops when resolving a name ("Field Marshal Khalifa Haftar").
TITLE_WORDS = frozenset(
    {
        "the",
        "gen",
        "general",
        "field",
        "marshal",
        "marshall",
        "president",
        "minister",
        "foreign",
        "defense",
        "defence",
        "interior",
        "prime",
        "mr",
        "mrs",
        "dr",
        "prof",
        "putschist",
        "warlord",
        "commander",
        "leader",
        "spokesman",
        "sheikh",
        "king",
        "prince",
        "colonel",
        "col",
        "lt",
        "gen.",
        "russian",
        "turkish",
        "egyptian",
        "u.s.",
    }
)

_POSSESSIVE = re.compile(r"'s\b")
_PUNCT = re.compile(r"[^\w\s]")


class GoldError(Exception):
    """The gold folder or the reference actors file is missing or unreadable."""


def normalize_name(text: str | None) -> str:
    """Casefolded, accent-free text with punctuation as spaces and single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = plain.replace("\u2019", "'").casefold()
    return " ".join(_PUNCT.sub(" ", _POSSESSIVE.sub("", folded)).split())


def strip_titles(normalized: str) -> str:
    """Drop leading title words, always keeping the last word."""
    words = normalized.split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def name_keys(text: str | None) -> tuple[str, str]:
    """The two lookup keys of a surface form: normalized, and normalized without titles."""
    normalized = normalize_name(text)
    return normalized, strip_titles(normalized)


@dataclass(frozen=True, slots=True)
class ReferenceActor:
    id: str
    name: str
    camp: str
    aliases: tuple[str, ...] = ()


class ActorRegistry:
    """Reference actors, looked up by any surface form; the first actor listed wins a tie."""

    def __init__(self, actors: Iterable[ReferenceActor]) -> None:
        self.actors = {a.id: a for a in actors}
        self._by_key: dict[str, str] = {}
        for actor in self.actors.values():
            for surface in (actor.name, *actor.aliases):
                for key in name_keys(surface):
                    self._by_key.setdefault(key, actor.id)

    def camp(self, actor_id: str) -> str:
        """The actor's camp; an id that is not a reference actor is its own camp."""
        actor = self.actors.get(actor_id)
        return actor.camp if actor else actor_id

    def resolve(self, names: Iterable[str | None]) -> str | None:
        """Reference id of the first name (in order) that matches a surface form."""
        for name in names:
            for key in name_keys(name):
                if key in self._by_key:
                    return self._by_key[key]
        return None


@dataclass(frozen=True, slots=True)
class GoldRelation:
    source: str
    target: str
    stance: str
    polarity: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class GoldClaim:
    speaker: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldLabel:
    actor: str
    label: str


@dataclass(frozen=True, slots=True)
class GoldMeta:
    title: str | None
    author: str | None
    published: str | None


@dataclass(slots=True)
class GoldDoc:
    """One annotated article; ``name`` is the article's file name (``NAME.txt``)."""

    name: str
    meta: GoldMeta
    actors: list[str] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    optional_relations: list[GoldRelation] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    labels: list[GoldLabel] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


@dataclass(slots=True)
class GoldSet:
    registry: ActorRegistry
    docs: dict[str, GoldDoc]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc


def load_registry(path: Path) -> ActorRegistry:
    if not path.is_file():
        raise GoldError(
            f"{path}: no reference actors file; pass --actors FILE (the actors.json of the gold set)"
        )
    data = _read_json(path)
    try:
        return ActorRegistry(
            ReferenceActor(
                id=a["id"], name=a["name"], camp=a["camp"], aliases=tuple(a.get("aliases") or ())
            )
            for a in data["actors"]
        )
    except (KeyError, TypeError) as exc:
        raise GoldError(f"{path}: not a reference actors file (missing {exc})") from exc


def _relation(r: dict[str, Any]) -> GoldRelation:
    return GoldRelation(
        source=r["source"],
        target=r["target"],
        stance=r["stance"],
        polarity=r.get("polarity", "asserted"),
        evidence=r.get("evidence", ""),
    )


def parse_gold_doc(data: dict[str, Any]) -> GoldDoc:
    meta = data["meta"]
    return GoldDoc(
        name=data["doc"],
        meta=GoldMeta(meta.get("title"), meta.get("author"), meta.get("published")),
        actors=list(data["actors"]),
        relations=[_relation(r) for r in data["relations"]],
        optional_relations=[_relation(r) for r in data.get("optional_relations", [])],
        claims=[GoldClaim(c["speaker"], c["evidence"]) for c in data.get("claims", [])],
        dates=[e["date"] for e in data.get("events", [])],
        labels=[GoldLabel(lab["actor"], lab["label"]) for lab in data.get("labels", [])],
        boilerplate=list(data.get("boilerplate", [])),
    )


def load_gold_docs(gold_dir: Path) -> dict[str, GoldDoc]:
    """Gold documents of ``gold_dir/*.json``, keyed by the annotated article's file name."""
    if not gold_dir.is_dir():
        raise GoldError(
            f"{gold_dir}: no such gold folder; pass --gold DIR (a folder of NAME.json annotations)"
        )
    docs: dict[str, GoldDoc] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            doc = parse_gold_doc(_read_json(path))
        except (KeyError, TypeError) as exc:
            raise GoldError(f"{path}: not a gold annotation file (missing {exc})") from exc
        docs[doc.name] = doc
    if not docs:
        raise GoldError(f"{gold_dir}: no gold annotation files (*.json) in this folder")
    return docs


def default_actors_path(gold_dir: Path) -> Path:
    return gold_dir.parent / "actors.json"


def load_gold(gold_dir: Path, actors_path: Path | None = None) -> GoldSet:
    docs = load_gold_docs(gold_dir)
    registry = load_registry(actors_path or default_actors_path(gold_dir))
    return GoldSet(registry=registry, docs=docs)
