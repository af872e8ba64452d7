"""Definite descriptions of a document's state armed force: "the army", "the military",
"the junta", "the generals", "the armed forces", "the army in Juba".

Why: a report names a state's army once ("Chad's military", "the Chadian Armed Forces",
"Chad's generals") and then writes "the army said", "the military lost the town", "talks
between the junta and the rebels". Without a referent every relation around those words
is lost. A description is resolved only when the reading is unambiguous:

* an owner in the phrase wins: "the army of Chad", "the army in N'Djamena" (a capital) ->
  that state's army when the document made it an actor, else the state itself;
* otherwise the one army-like actor introduced before it: an army body ("Chad's
  military"), or a named national force whose name holds a state's name or adjective
  ("the Chadian Armed Forces", "Chad People's Defence Forces");
* a state whose army was spoken of before without becoming an actor ("Chad's generals",
  "the Chadian junta") is a candidate too: the state stands for its army, as the gold
  conventions read it.

"The alliance", "the movement", "the front" name the one actor introduced before whose
name ends in that word ("the Northern Alliance ... the alliance"), before any other
organisation last mentioned (``head_noun_mentions``).

"The Kurds", "Kurdish units", "the Kurdish fighters" name the one armed group of that
people (``lx.PEOPLES``) introduced before: one written with the people's adjective right
before its name ("the Kurdish YPG militia") or bearing the people's name words ("the
Karen National Union"). "The latter" and "the former" name the second and the first of
the two actors named just before (``ordinal_mentions``).

Two candidates resolve nothing. A description that is part of a longer noun phrase ("the
army chief", "the military junta", "the army-aligned authorities") is left alone, and so
is any token another mention already covers (institutions.py reads "the junta of X").
"""

from __future__ import annotations

from actorgraph.extract import lexicon as lx
from actorgraph.extract.gazetteer import GazEntry, gazetteer
from actorgraph.extract.mentions import TokMention
from actorgraph.extract.state_bodies import noun_follows
from actorgraph.extract.tokens import TokenTable
from actorgraph.records import Entity

# Heads of a description of a state's armed force; "forces" only after "armed".
_HEADS = frozenset("army military junta generals forces".split())
# Words allowed between "the" and the head ("the new junta", "the ruling generals").
_MODIFIERS = frozenset("new ruling national regular armed".split())
# Heads of an organisation's name that a bare "the HEAD" refers back to.
_NAME_HEADS = frozenset("alliance movement front coalition council party brotherhood".split())
# Last words of a named national force ("Chadian Armed Forces", "X People's Defence Forces").
_FORCE_NAME_ENDINGS = ("armed forces", "defence forces", "defense forces")
_POSSESSIVE = lx.POSSESSIVE_S
_STATE_FORMS = frozenset("name alias adjective".split())


def force_mentions(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> list[TokMention]:
    """Mentions (form ``pronoun``) of the state force that each bare description names."""
    heads = sorted(k for w in _HEADS for k in tt.positions.get(w, ()))
    if not heads:
        return []
    first = _first_mentions(mentions)
    forces = _national_forces(entities)  # entity id -> state key
    state_ids = {e.key: e.id for e in entities if e.kind == "state"}
    keys = {sid: key for key, sid in state_ids.items()}
    kinds = {e.id: e.kind for e in entities}
    starts = {m.start: m.entity for m in mentions if kinds.get(m.entity) == "state"}
    cued = _cued_states(tt, mentions, kinds)  # state entity id -> first cue token
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[TokMention] = []
    for k in heads:
        start = _description_start(tt, k)
        if start < 0 or any(i in covered for i in range(start, k + 1)):
            continue
        target = _owned_force(tt, k, starts, forces, state_ids)
        if target == "":
            continue  # "the army of occupation": owned by something that is not a state
        if target is None:
            seen = {f for f in forces if first.get(f, k) < k}
            owners = {forces[f] for f in seen}
            seen |= {s for s, at in cued.items() if at < k and keys.get(s) not in owners}
            target = next(iter(seen)) if len(seen) == 1 else None
        if target is not None:
            out.append(TokMention(target, start, k + 1, tt.sent_of[k], "pronoun"))
    return out


def _first_mentions(mentions: list[TokMention]) -> dict[str, int]:
    first: dict[str, int] = {}
    for m in mentions:
        if m.form != "pronoun" and m.start < first.get(m.entity, 1 << 30):
            first[m.entity] = m.start
    return first


def _national_forces(entities: list[Entity]) -> dict[str, str]:
    """Army-like actors of the document and the key of the state each belongs to."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    for e in entities:
        if e.kind != "armed_group":
            continue
        if e.key.startswith("army:") and e.affiliation:
            out[e.id] = e.affiliation
            continue
        if not e.name.lower().endswith(_FORCE_NAME_ENDINGS):
            continue
        words = e.name.replace("'s", "").replace("’s", "").split()
        state = _state_in(words, gaz)
        if state is not None:
            out[e.id] = state
    return out


def _state_in(words: list[str], gaz: dict[str, GazEntry]) -> str | None:
    """Key of the state whose name (one or two words) or adjective is among ``words``."""
    for i in range(len(words)):
        for j in (i + 2, i + 1):
            entry = gaz.get(" ".join(words[i:j]))
            if entry is not None and entry.kind == "state" and entry.form in _STATE_FORMS:
                return str(entry.key)
    return None


def _cued_states(
    tt: TokenTable, mentions: list[TokMention], kinds: dict[str, str]
) -> dict[str, int]:
    """States whose army is spoken of ("Chad's generals", "the Chadian junta"), with the
    token of the first such phrase."""
    n = len(tt)
    out: dict[str, int] = {}
    for m in mentions:
        if kinds.get(m.entity) != "state" or m.form == "pronoun":
            continue
        k = m.end + 1 if m.end < n and tt.text[m.end] in _POSSESSIVE else m.end
        # "Chad's army chief" speaks of the army too: no check of the word after it
        if (
            k < n
            and tt.lower[k] in ("army", "military", "junta", "generals")
            and tt.text[k].islower()
        ):
            out.setdefault(m.entity, k)
    return out


def _description_start(tt: TokenTable, k: int) -> int:
    """Start of "the (new) army" ending at head ``k``, or -1 when the head is not a bare
    definite description ("the army chief", "army-aligned", "the military junta")."""
    w = tt.lower[k]
    j = k - 1
    if w == "forces":
        if j < 1 or tt.lower[j] != "armed":
            return -1
        j -= 1
    elif j >= 1 and tt.lower[j] in _MODIFIERS:
        j -= 1
    if j < 0 or tt.lower[j] != "the":
        return -1
    nxt = tt.text[k + 1] if k + 1 < len(tt) else ""
    if nxt in ("-", "–") or noun_follows(tt, k + 1):
        return -1
    return j


def _owned_force(
    tt: TokenTable,
    k: int,
    starts: dict[int, str],
    forces: dict[str, str],
    state_ids: dict[str, str],
) -> str | None:
    """ "the army of Chad", "the army in N'Djamena": that state's army actor, else the state;
    "" for an "of" phrase naming no state, None when no owner is stated."""
    n = len(tt)
    if k + 2 >= n or tt.lower[k + 1] not in ("of", "in"):
        return None
    j = k + 3 if tt.lower[k + 2] == "the" and k + 3 < n else k + 2
    state = starts.get(j)
    if state is None:
        return "" if tt.lower[k + 1] == "of" else None
    key = next((key for key, sid in state_ids.items() if sid == state), None)
    own = [f for f, s in forces.items() if s == key]
    return own[0] if len(own) == 1 else state


def head_noun_mentions(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> list[TokMention]:
    """ "the alliance" -> the one actor named before whose name ends in "Alliance"."""
    heads = sorted(k for w in _NAME_HEADS for k in tt.positions.get(w, ()))
    if not heads:
        return []
    first = _first_mentions(mentions)
    by_head: dict[str, list[str]] = {}
    for e in entities:
        if e.kind != "person" and " " in e.name:
            by_head.setdefault(e.name.rsplit(" ", 1)[1].lower(), []).append(e.id)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[TokMention] = []
    for k in heads:
        if k < 1 or tt.lower[k - 1] != "the" or k in covered or noun_follows(tt, k + 1):
            continue
        nxt = tt.lower[k + 1] if k + 1 < len(tt) else ""
        if nxt in ("of", "-", "for"):
            continue  # "the front of the column", "the Movement for ..."
        seen = [e for e in by_head.get(tt.lower[k], ()) if first.get(e, k) < k]
        if len(seen) == 1:
            out.append(TokMention(seen[0], k - 1, k + 1, tt.sent_of[k], "pronoun"))
    return out


# Plural nouns for a people's fighters ("Kurdish units", "the Tigrayan forces").
_PEOPLE_FORCE_NOUNS = frozenset(
    "units fighters forces militia militias militiamen rebels militants insurgents "
    "guerrillas troops".split()
)
_PEOPLE_PLURALS = {w: adj for adj, words in lx.PEOPLES.items() for w in words[:1]}


def people_mentions(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> list[TokMention]:
    """ "the Kurds", "Kurdish units" -> the one armed group of that people named before."""
    heads = sorted(k for w in (*lx.PEOPLES, *_PEOPLE_PLURALS) for k in tt.positions.get(w, ()))
    if not heads:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    groups = _people_groups(tt, mentions, entities)
    out: list[TokMention] = []
    n = len(tt)
    for k in heads:
        if k in covered:
            continue
        word = tt.text[k]
        if word in _PEOPLE_PLURALS and word not in lx.PEOPLES:
            if k < 1 or tt.lower[k - 1] != "the":
                continue  # "Kurds fled the town": the people, not its fighters
            people, start, end = _PEOPLE_PLURALS[word], k - 1, k + 1
        elif k + 1 < n and tt.lower[k + 1] in _PEOPLE_FORCE_NOUNS and k + 1 not in covered:
            people, start, end = word, k, k + 2
            if k >= 1 and tt.lower[k - 1] == "the":
                start = k - 1
        else:
            continue
        seen = {e for e, at in groups.get(people, {}).items() if at < k}
        if len(seen) == 1:
            out.append(TokMention(next(iter(seen)), start, end, tt.sent_of[k], "pronoun"))
    return out


def _people_groups(
    tt: TokenTable, mentions: list[TokMention], entities: list[Entity]
) -> dict[str, dict[str, int]]:
    """People adjective -> armed groups of that people, with the token of the first mention
    that ties them to it ("Kurdish YPG", a "Kurdistan ..." name)."""
    armed = {e.id: e for e in entities if e.kind == "armed_group"}
    out: dict[str, dict[str, int]] = {}
    for m in mentions:
        ent = armed.get(m.entity)
        if ent is None or m.form == "pronoun":
            continue
        before = tt.text[m.start - 1] if m.start >= 1 else ""
        names = set(ent.name.split())
        for people, words in lx.PEOPLES.items():
            if before == people or names.intersection(words) or people in names:
                out.setdefault(people, {}).setdefault(ent.id, m.start)
    return out


def ordinal_mentions(tt: TokenTable, mentions: list[TokMention]) -> list[TokMention]:
    """ "the latter" / "the former": the second / first of the two actors named last, in
    the same sentence before it or else in the sentence before."""
    heads = sorted(k for w in ("latter", "former") for k in tt.positions.get(w, ()))
    if not heads:
        return []
    named = sorted((m for m in mentions if m.form != "pronoun"), key=lambda m: m.start)
    out: list[TokMention] = []
    for k in heads:
        if k < 1 or tt.lower[k - 1] != "the" or noun_follows(tt, k + 1):
            continue  # "the former president", "the latter half"
        si = tt.sent_of[k]
        pair = _last_two(named, si, k) or (_last_two(named, si - 1, k) if si else None)
        if pair is not None:
            target = pair[1] if tt.lower[k] == "latter" else pair[0]
            out.append(TokMention(target, k - 1, k + 1, si, "pronoun"))
    return out


def _last_two(named: list[TokMention], si: int, k: int) -> tuple[str, str] | None:
    """The two distinct actors of sentence ``si`` before token ``k``, in order, when there
    are exactly two."""
    order: list[str] = []
    for m in named:
        if m.sent == si and m.end <= k and m.entity not in order:
            order.append(m.entity)
    return (order[0], order[1]) if len(order) == 2 else None
