"""A small, general tone lexicon for the labels outlets attach to actors.

Framing shows up in the names an outlet chooses: "warlord", "putschist", "militias" delegitimise;
"legitimate", "internationally recognised", "liberators" legitimise; plain titles ("leader",
"commander", "Field Marshal") confer some standing. Each label gets a score in [-1, 1]:
the sum of its words' scores, clamped. ``anti-``/``counter-`` before a negative word makes
it positive ("anti-terror commander"). The lists hold general vocabulary only and are
meant to be read and extended; docs/compare.md gives the formula that combines these scores
with relations into an outlet's tone.
"""

from __future__ import annotations

import re
from functools import lru_cache

NEGATIVE = (
    "warlord warlords putschist putschists putsch coup rebel rebels renegade terrorist "
    "terrorists terror militia militias militiamen mercenary mercenaries strongman dictator "
    "dictators despot tyrant junta rogue criminal criminals thug thugs insurgent insurgents "
    "jihadist jihadists jihadi jihadis extremist extremists islamist islamists separatist "
    "separatists usurper aggressor aggressors occupier occupiers invader invaders butcher "
    "self-styled self-proclaimed so-called illegitimate unrecognised unrecognized "
    "war-criminal coup-plotter gang gangs bandits puppet proxy proxies"
).split()

POSITIVE = (
    "legitimate lawful recognised recognized elected hero heroes liberator liberators "
    "statesman patriot patriots patriotic peacekeeper peacekeepers saviour savior defender "
    "defenders legal constitutional sovereign"
).split()

# Titles and roles: standing without praise.
TITLES = (
    "leader leaders president commander marshal general minister chief official officials "
    "ruler head premier envoy spokesman spokeswoman army government"
).split()

# Multi-word phrases folded into one token before scoring.
PHRASES = {
    "strong man": "strongman",
    "war criminal": "war-criminal",
    "coup plotter": "coup-plotter",
    "field marshall": "marshal",
    "field marshal": "marshal",
    "so called": "so-called",
}

_SCORES = {w: -1.0 for w in NEGATIVE} | {w: 1.0 for w in POSITIVE} | {w: 0.5 for w in TITLES}
_TOKEN = re.compile(r"[\w'’-]+")


def _word_score(word: str) -> float:
    if word in _SCORES:
        return _SCORES[word]
    for prefix in ("anti-", "counter-"):
        if word.startswith(prefix):
            return 1.0 if _SCORES.get(word.removeprefix(prefix), 0.0) < 0 else 0.0
    if "-" in word:  # "UN-recognised", "Turkish-backed"
        return sum(_SCORES.get(part, 0.0) for part in word.split("-"))
    return 0.0


@lru_cache(maxsize=65536)
def label_score(label: str) -> float:
    """Tone of one label in [-1, 1]; 0 for a label with no lexicon word. Cached: a popular
    actor's framing scores the same few thousand labels for every outlet."""
    text = label.casefold()
    for phrase, token in PHRASES.items():
        text = text.replace(phrase, token)
    total = sum(_word_score(w.strip("'’-")) for w in _TOKEN.findall(text))
    return max(-1.0, min(1.0, total))
