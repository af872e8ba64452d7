"""Same-claim matching across documents: who agrees with whom, and who denies what.

A claim (``Graph.claims()``: speaker, reporting cue, content span) is matched with claims
of *other* documents whose content is similar, and each match is labelled:

* ``contradicting`` — the two sides take opposite positions on the same relation
  (a relation inside both claims links the same two actors with opposite stances, or with
  the same stance asserted on one side and negated on the other), or, when the claims share
  no relation, one side is negated or denied and the other is not ("Qatar funds the
  militias" / "Qatar does not fund, arm or support any armed group");
* ``agreeing`` — otherwise: the same content, both asserted (or hedged), or both denied.

Before comparing, every actor mention inside a claim is replaced by its actor's canonical
name, so "Doha", "the Qataris" and "Qatar" read alike, and so do "Hadduri" and "Haddouri".
Negation words are stop words to the TF-IDF backend, so a claim and its denial look alike
there; MiniLM still sees them, which lowers its scores for denials a little — hence its
lower threshold relative to its score range.

Thresholds (cosine similarity of the normalised claim texts; a match needs at least the
backend's ``claim_threshold``): MiniLM 0.60, TF-IDF 0.30 — see docs/stories.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from actorgraph.compare.similarity import Embedder, get_embedder, similar_pairs
from actorgraph.extract import lexicon as lx

_WORD = re.compile(r"n't|\w+(?=n't)|\w+", re.UNICODE)
_CLAUSE_END = re.compile(r"[.;!?]")
_NEGATION = lx.NEGATION_WORDS - {"without"}
OPPOSITE = {("support", "oppose"), ("oppose", "support")}


@dataclass(slots=True)
class ClaimSide:
    """One claim of a match, with its provenance."""

    document: str
    outlet: str | None
    title: str | None
    published: str | None
    speaker: str | None  # actor id, None when anonymous
    speaker_name: str | None  # the actor's canonical name
    speaker_text: str | None  # the words the article used for the speaker
    cue: str | None
    text: str
    start: int
    end: int
    sentence: int
    polarity: str  # asserted, hedged or negated

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "polarity": self.polarity,
        }


@dataclass(slots=True)
class ClaimMatch:
    """Two claims from different documents that state (or deny) the same thing."""

    a: ClaimSide
    b: ClaimSide
    label: str  # agreeing or contradicting
    score: float
    reason: str
    method: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "score": round(self.score, 3),
            "reason": self.reason,
            "method": self.method,
            "documents": [self.a.document, self.b.document],
            "outlets": [self.a.outlet, self.b.outlet],
            "speakers": [self.a.speaker, self.b.speaker],
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
        }


def words(text: str) -> list[str]:
    """Lower-case words with "n't" split off ("doesn't" -> "does", "n't")."""
    return _WORD.findall(text.replace("’", "'").lower())


def claim_polarity(cue: str | None, text: str) -> str:
    """Polarity of a claim: ``negated``, ``hedged`` or ``asserted``.

    A denial cue ("denied", "rejected", "dismissed") negates the whole content; otherwise a
    negation word in the content's first clause ("does not fund", "no Russians") does. Denial
    verbs inside the content are not read as negation ("called on both sides to reject
    foreign interference" asserts), nor is "without" ("without the money, they would have
    collapsed").
    """
    if cue and any(w in lx.DENIAL_WORDS for w in words(cue)):
        return "negated"
    first = words(_CLAUSE_END.split(text, maxsplit=1)[0])
    if any(w in _NEGATION for w in first):
        return "negated"
    if any(w in lx.HEDGE_WORDS for w in first) or (cue and words(cue)[:1] == ["accused"]):
        return "hedged"
    return "asserted"


def normalised_text(
    claim: Mapping[str, Any], mentions: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> str:
    """The claim text with each actor mention inside it replaced by the actor's canonical name."""
    text, start = str(claim["text"]), int(claim["start"])
    for m in sorted(mentions, key=lambda m: -int(m["start"])):
        actor = str(m.get("actor"))
        lo, hi = int(m["start"]) - start, int(m["end"]) - start
        if actor in names and 0 <= lo < hi <= len(text):
            text = text[:lo] + names[actor] + text[hi:]
    return text


def _by_document(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    out: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        out.setdefault(str(r["document"]), []).append(r)
    return out


def _inside(rows: list[Mapping[str, Any]], start: int, end: int) -> list[Mapping[str, Any]]:
    """Rows whose span overlaps ``[start, end)``."""
    return [r for r in rows if int(r["start"]) < end and int(r["end"]) > start]


def _relation_verdict(
    ra: Sequence[Mapping[str, Any]], rb: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> tuple[str, str] | None:
    """Label and reason from relations that both claims state about the same actor pair."""
    agree: tuple[str, str] | None = None
    for x in ra:
        for y in rb:
            pair = (x.get("source"), x.get("target"))
            if None in pair or pair != (y.get("source"), y.get("target")):
                continue
            what = f"{names.get(str(pair[0]), pair[0])} → {names.get(str(pair[1]), pair[1])}"
            if (x["stance"], y["stance"]) in OPPOSITE:
                return "contradicting", f"{what}: {x['stance']} vs {y['stance']}"
            if x["stance"] != y["stance"]:
                continue
            negs = (x["polarity"] == "negated", y["polarity"] == "negated")
            if negs[0] != negs[1]:
                return (
                    "contradicting",
                    f"{what} {x['stance']}: {x['polarity']} vs {y['polarity']}",
                )
            agree = agree or ("agreeing", f"{what} {x['stance']}: both {x['polarity']}")
    return agree


def match_claims(
    export: Mapping[str, Sequence[Mapping[str, Any]]],
    embedder: Embedder | None = None,
    *,
    threshold: float | None = None,
) -> list[ClaimMatch]:
    """Cross-document claim matches in ``export`` (the JSON export shape: ``documents``,
    ``actors``, ``mentions``, ``relations``, ``claims``), most similar first.

    ``threshold`` defaults to the embedder's ``claim_threshold``.
    """
    embedder = embedder or get_embedder("auto")
    threshold = embedder.claim_threshold if threshold is None else threshold
    claims = [c for c in export.get("claims", ()) if str(c.get("text") or "").strip()]
    if len(claims) < 2:
        return []
    docs = {str(d["id"]): d for d in export.get("documents", ())}
    names = {str(a["id"]): str(a["name"]) for a in export.get("actors", ())}
    mentions = _by_document(m for m in export.get("mentions", ()) if m.get("actor"))
    relations = _by_document(export.get("relations", ()))

    sides: list[ClaimSide] = []
    rels: list[list[Mapping[str, Any]]] = []
    texts: list[str] = []
    for c in claims:
        doc_id, start, end = str(c["document"]), int(c["start"]), int(c["end"])
        doc = docs.get(doc_id, {})
        speaker = c.get("speaker")
        sides.append(
            ClaimSide(
                document=doc_id,
                outlet=doc.get("outlet"),
                title=doc.get("title"),
                published=doc.get("published"),
                speaker=speaker,
                speaker_name=names.get(str(speaker)) if speaker else None,
                speaker_text=c.get("speaker_text"),
                cue=c.get("cue"),
                text=str(c["text"]),
                start=start,
                end=end,
                sentence=int(c.get("sentence") or 0),
                polarity=claim_polarity(c.get("cue"), str(c["text"])),
            )
        )
        rels.append(_inside(relations.get(doc_id, []), start, end))
        texts.append(normalised_text(c, _inside(mentions.get(doc_id, []), start, end), names))

    matches = []
    for i, j, score in similar_pairs(embedder.embed(texts), threshold):
        a, b = sides[i], sides[j]
        if a.document == b.document:
            continue
        verdict = _relation_verdict(rels[i], rels[j], names)
        if verdict is None:
            negs = (a.polarity == "negated", b.polarity == "negated")
            if negs[0] != negs[1]:
                verdict = ("contradicting", f"claim {a.polarity} vs {b.polarity}")
            else:
                verdict = ("agreeing", f"claims {a.polarity} and {b.polarity}")
        matches.append(ClaimMatch(a, b, verdict[0], score, verdict[1], embedder.name))
    return sorted(matches, key=lambda m: (-m.score, m.a.document, m.a.start, m.b.start))
