"""Bodies of a state named after it: "Iraq's parliament", "Russian peacekeepers",
"the Ruritanian army (RAF)", "Ruritanian army officers".

Why: a parliament that votes against a foreign army, or peacekeepers blamed by one side,
act apart from (and sometimes against) their government, so reading them as the state
merges opposite camps. A body becomes an actor of its own, in the state's camp, only in
forms that name it as a body:

* the state's possessive before the body noun: "Iraq's parliament", "Ruritania's navy",
  "Ruritania's army" (not "Ruritania's army chief": a noun after it makes a person's title);
* the state's adjective before a legislature or a peacekeeping force: "the Iraqi
  parliament", "Russian peacekeepers", "the Russian peacekeeping contingent";
* the adjective before "army"/"military"/"armed forces" with no other noun after it ("the
  Ruritanian army", "Ruritanian armed forces"), or when its members act ("Ruritanian army
  officers") or an acronym in brackets names it ("the Ruritanian army (RAF)"): reports
  and the gold conventions list "the Syrian army", "the Lebanese army" as actors of their
  own, and a camp-level reading still finds the state;
* the adjective before a separate armed service, "navy" or "coast guard", also when its
  crews or craft act ("Ruritanian coast guard personnel", "Ruritanian navy boats");
* a state's name or adjective with a capitalised service ("Ruritania Coast Guard", "the
  Ruritanian Navy", "Ruritanian Armed Forces", ``capitalised_body``). "Air force" stays the
  state: reports treat air strikes as the state's acts.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from actorgraph.extract import lexicon as lx
from actorgraph.extract.tokens import TokenTable


class Body(NamedTuple):
    end: int  # token after the body noun(s)
    kind: str  # entity kind: armed_group | government
    noun: str  # the body ("army", "parliament", "peacekeepers"), part of the entity key


_POSSESSIVE = frozenset(("'s", "’s"))
# Body nouns after a state's possessive; two-word ones are written "air force".
_ARMED_BODIES = {"army": "army", "military": "army", "navy": "navy", "police": "police"}
_ARMED_PAIRS = {("air", "force"): "air force", ("coast", "guard"): "coast guard"}
_LEGISLATURES = frozenset("parliament legislature senate congress".split())
_PEACEKEEPING_HEADS = frozenset("contingent force forces mission troops battalion".split())
# Plural members whose acts are the army's ("Ruritanian army officers were negotiating").
_MEMBERS = frozenset("officers soldiers troops commanders units".split())
# Separate armed services after a state adjective, and the crews and craft that act for them.
_SERVICES = {"navy": "navy", "coast guard": "coast guard"}
_SERVICE_MEMBERS = _MEMBERS | frozenset(
    "personnel boats ships vessels sailors crews cutters patrol patrols".split()
)
# Capitalised services after a state's name or adjective ("Ruritania Coast Guard").
_CAPITALISED_SERVICES = {
    ("Coast", "Guard"): "coast guard",
    ("Navy",): "navy",
    ("Armed", "Forces"): "army",
    ("Army",): "army",
}


def state_body(tt: TokenTable, end: int, form: str) -> Body | None:
    """The body named by the state form ending at token ``end`` (gazetteer form ``form``:
    name, alias, adjective ...) and the words after it, else None."""
    n = len(tt)
    if end < n and tt.text[end] in _POSSESSIVE and form in ("name", "alias"):
        return _after_possessive(tt, end + 1)
    if form != "adjective" or end >= n or not tt.text[end].islower():
        return None
    word = tt.lower[end]
    if word in _LEGISLATURES and not noun_follows(tt, end + 1):
        return Body(end + 1, "government", word)
    if word == "peacekeepers":
        return Body(end + 1, "armed_group", "peacekeepers")
    if word == "peacekeeping" and end + 1 < n and tt.lower[end + 1] in _PEACEKEEPING_HEADS:
        return Body(end + 2, "armed_group", "peacekeepers")
    if word in ("army", "military"):
        after = tt.lower[end + 1] if end + 1 < n else ""
        if after in _MEMBERS or _bracketed_acronym(tt, end + 1) or not noun_follows(tt, end + 1):
            return Body(end + 1, "armed_group", "army")
        return None
    if word == "armed" and end + 1 < n and tt.lower[end + 1] == "forces":
        return None if noun_follows(tt, end + 2) else Body(end + 2, "armed_group", "army")
    return _service(tt, end)


def _service(tt: TokenTable, k: int) -> Body | None:
    """ "Ruritanian | navy", "Ruritanian | coast guard (personnel)": a separate service."""
    n = len(tt)
    two = f"{tt.lower[k]} {tt.lower[k + 1]}" if k + 1 < n else ""
    noun, end = (two, k + 2) if two in _SERVICES else (tt.lower[k], k + 1)
    if noun not in _SERVICES:
        return None
    after = tt.lower[end] if end < n else ""
    if after in _SERVICE_MEMBERS or not noun_follows(tt, end):
        return Body(end, "armed_group", _SERVICES[noun])
    return None


def capitalised_body(words: list[str]) -> str | None:
    """The service that the capitalised words after a state form name ("Coast Guard",
    "Navy", "Armed Forces", "Army"), else None."""
    return _CAPITALISED_SERVICES.get(tuple(words))


def _after_possessive(tt: TokenTable, k: int) -> Body | None:
    """ "Iraq's | parliament", "Ruritania's | air force"."""
    n = len(tt)
    if k >= n or not tt.text[k].islower():
        return None
    pair = (tt.lower[k], tt.lower[k + 1]) if k + 1 < n else None
    if pair in _ARMED_PAIRS:
        body = Body(k + 2, "armed_group", _ARMED_PAIRS[pair])
    elif tt.lower[k] in _ARMED_BODIES:
        body = Body(k + 1, "armed_group", _ARMED_BODIES[tt.lower[k]])
    elif tt.lower[k] in _LEGISLATURES:
        body = Body(k + 1, "government", tt.lower[k])
    else:
        return None
    return None if noun_follows(tt, body.end) else body


def noun_follows(tt: TokenTable, k: int) -> bool:
    """A lower-case content word right after the body noun ("army chief", "parliament
    speaker"): the phrase names a person or a thing, not the body."""
    if k >= len(tt):
        return False
    word = tt.text[k]
    low = tt.lower[k]
    return (
        word.isalpha()
        and word.islower()
        and low not in STOP_WORDS
        and low not in lx.BE_AUX
        and low not in lx.VERB_FORMS
        and not _verb_like(low)
    )


def _verb_like(word: str) -> bool:
    """Past forms and reporting verbs after the body are its acts ("parliament voted")."""
    return word.endswith("ed") or word in ("said", "says", "told", "met", "rejected", "voted")


def _bracketed_acronym(tt: TokenTable, k: int) -> bool:
    """ "( ACR )" opening at token ``k``."""
    return (
        k + 2 < len(tt)
        and tt.text[k] == "("
        and tt.text[k + 2] == ")"
        and tt.text[k + 1].isupper()
        and tt.text[k + 1].isalpha()
        and len(tt.text[k + 1]) >= 2
    )
