"""Typed records: one representation per concept, shared by every stage.

Offsets (``start``/``end``) always index into ``Document.text`` (the cleaned text).
Actor references inside a per-document analysis are *local entity ids* (``e0``, ``e1`` ...);
cross-document resolution maps them to global actor ids afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STANCES = ("support", "oppose", "consult")
POLARITIES = ("asserted", "negated", "hedged")
ACTOR_KINDS = ("person", "state", "government", "armed_group", "organization", "group")


@dataclass(slots=True)
class Document:
    """A cleaned article with its metadata and provenance."""

    id: str
    path: str
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM, YYYY or None
    url: str | None = None
    format: str = "txt"


@dataclass(slots=True)
class Rejection:
    """A file (or record) that was skipped, with a one-line reason."""

    path: str
    reason: str


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    """A document-local actor: the cluster of mentions that refer to one actor."""

    id: str  # local id, e.g. "e3"
    name: str  # best (longest, canonical) name in this document
    kind: str
    key: str  # resolution key, e.g. "state:RU", "person:khalifa haftar", "org:gna"
    aliases: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why aliases were merged
    affiliation: str | None = None  # key of the state a person serves ("U.S. President X")


@dataclass(slots=True)
class Mention:
    entity: str  # local entity id
    start: int
    end: int
    text: str
    sentence: int


@dataclass(slots=True)
class Relation:
    source: str  # local entity id
    target: str
    stance: str  # support | oppose | consult
    type: str  # back, arm, fund, fight, warn, meet, ...
    plover: str  # PLOVER event type
    polarity: str  # asserted | negated | hedged
    sentence: int
    start: int  # evidence span (the sentence or clause)
    end: int
    trigger: str = ""
    speaker: str | None = None  # local entity id of the speaker when in reported speech
    date: str | None = None


@dataclass(slots=True)
class Claim:
    speaker: str | None  # local entity id, or None for anonymous
    speaker_text: str
    cue: str  # reporting verb or quote marker
    start: int  # content span
    end: int
    sentence: int
    text: str = ""


@dataclass(slots=True)
class Event:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    start: int
    end: int
    text: str
    sentence: int


@dataclass(slots=True)
class Label:
    entity: str  # local entity id
    label: str
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class Analysis:
    """Everything extracted from one document: a pure function of the document."""

    document_id: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    """A resolved, corpus-wide actor."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
