"""Where the names inside a capitalised run begin and end, and which runs are no names.

Helpers of :mod:`mentions` for the shapes of capitalised runs that news copy produces:
a known name with more name words around it ("Banu Hamas" is not "Hamas"), two
names joined by a connector ("Aleppo for Bashar al-Assad"), and the capitals of a dateline
("CITY (AGENCY) —"), which are neither actors nor part of the story.
"""

from __future__ import annotations

from actorgraph.extract import lexicon as lx
from actorgraph.extract.gazetteer import GazEntry
from actorgraph.extract.tokens import TokenTable

# Words that, after a state's name, still name the state ("Russian Foreign Ministry").
STATE_GOV_WORDS = frozenset(
    (
        "Government Foreign Defence Defense Interior Ministry Administration Presidency "
        "Cabinet Embassy Army Armed Forces Navy Air Force Military Authorities Coast "
        "Guard Intelligence"
    ).split()
)


def is_title(word: str) -> bool:
    """A title word before a name ("President", "Gen.")."""
    return word in lx.TITLE_WORDS or word.rstrip(".") + "." in lx.TITLE_WORDS


# Capitalised words that never extend a known name into a longer one.
NOT_EXTENDING = (
    lx.COMMON_CAPITALISED
    | lx.DIRECTION_WORDS
    | lx.PLACE_EVENT_WORDS
    | lx.CONTINENTS_AND_REGIONS
    | lx.MONTHS
    | lx.WEEKDAYS
    | frozenset(lx.ORG_CUES)
    | STATE_GOV_WORDS
)


def extended_gaz(
    tt: TokenTable, i: int, j: int, gaz_in: list[tuple[int, int, GazEntry]]
) -> GazEntry | None:
    """The known organisation that the capitalised run ``[i, j)`` extends with more name
    words ("Banu Hamas", "Jaysh Hamas al-Jadid" around a known "Hamas"), else None.

    Such a run names a different group that borrows the known name; reading it as the
    known one merges the two (an Iraqi militia with a Lebanese party). Only plain name
    words may extend it: no acronym, title, state, place, month or organisation cue word."""
    if len(gaz_in) != 1:
        return None
    s, e, entry = gaz_in[0]
    if entry.kind == "state" or e > j or (s == i and e == j):
        return None
    outside = [k for k in range(i, j) if not s <= k < e]
    named = False
    for k in outside:
        word = tt.text[k]
        if word == "-" or (tt.lower[k] in lx.NAME_PARTICLES and word.islower()):
            continue
        if (
            not (tt.is_cap[k] and tt.is_alpha[k])
            or word.isupper()  # "Wagner PMC": an acronym of the same group
            or word in NOT_EXTENDING
            or is_title(word)
        ):
            return None
        named = True
    return entry if named else None


# Lower-case words that join two names in a capitalised run but never sit inside one name
# that has no organisation cue ("Aleppo for Bashar al-Assad", "Rome and Amman").
_CONNECTORS = frozenset("for and".split())


def connector_cut(tt: TokenTable, k: int, m: int) -> int:
    """Index of the first connector inside the segment ``[k, m)``, else -1."""
    return next((q for q in range(k + 1, m - 1) if tt.text[q] in _CONNECTORS), -1)


_DASHES = frozenset("— – - :".split())


def in_dateline(tt: TokenTable, k: int) -> bool:
    """Whether the capitals at token ``k`` are a dateline's place or agency code, before
    the dash that opens the story: "CITY —", "CITY (AGENCY) —"."""
    n = len(tt)
    if tt.sent_start[k]:
        nxt = tt.text[k + 1] if k + 1 < n else ""
        if nxt in _DASHES:
            return True
        return nxt == "(" and k + 4 < n and tt.text[k + 3] == ")" and tt.text[k + 4] in _DASHES
    return (
        k >= 2
        and tt.sent_start[k - 2]
        and tt.text[k - 2].isupper()
        and tt.text[k - 1] == "("
        and k + 2 < n
        and tt.text[k + 1] == ")"
        and tt.text[k + 2] in _DASHES
    )
