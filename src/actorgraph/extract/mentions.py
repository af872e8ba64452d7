"""Actor mentions and their document-local clustering into entities.

Two sources of mentions, combined:
- the gazetteer (states with their adjectives, demonyms and capitals; well-known
  organisations), matched case-sensitively with spaCy's PhraseMatcher;
- capitalised runs classified by general cues: titles before a name make a person,
  organisation cue words (Army, Government, Council ...) make an organisation, acronyms
  defined in parentheses or by initials join their full name, surnames and spelling
  variants join the full name introduced in the same document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from actorgraph.extract import lexicon as lx
from actorgraph.extract.coded_names import CODE, code_kind
from actorgraph.extract.gazetteer import GazEntry, gazetteer
from actorgraph.extract.name_runs import (
    STATE_GOV_WORDS,
    connector_cut,
    extended_gaz,
    in_dateline,
    is_title,
)
from actorgraph.extract.nlp import get_nlp
from actorgraph.extract.state_bodies import Body, capitalised_body, state_body
from actorgraph.extract.tokens import token_table
from actorgraph.records import Entity, Mention

_ACRONYM = re.compile(r"^(?:[A-Z]{2,8}|(?:[A-Z]\.){2,5})$")
# "58th", "3rd", "101st": the number of a military formation ("the 58th Army").
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
# Formation words besides the armed organisation cues ("the 101st Airborne").
_FORMATION_WORDS = frozenset("Airborne Fleet Squadron Wing Marines Infantry".split())
_RENAME = (
    ("rebranded",),
    ("renamed",),
    ("now", "known", "as"),
    ("also", "known", "as"),
    ("formerly", "known", "as"),
    ("aka",),
    ("a.k.a.",),
    ("known", "as"),
    ("who", "known", "as"),
    ("rebranded", "as"),
    ("renamed", "as"),
)
# Every phrase in _RENAME has one of these words: a document without any has no renaming.
_RENAME_WORDS = frozenset("rebranded renamed known aka a.k.a.".split())
_AGENT_NEXT = frozenset(
    (
        "'s ’s ‘s said says told declared announced warned added insisted claimed stated "
        "denied launched leads led ordered vowed threatened rejected accepted agreed "
        "refused met"
    ).split()
)
_PLACE_NOUNS = frozenset(
    (
        "town city village region province district districts port capital outskirts "
        "suburbs area streets centre center heart"
    ).split()
)
_LOCATIVE = frozenset(("in at near into outside around across from to toward towards via").split())
_NAME_PREFIXES = frozenset(("al el bin ibn abu abd").split())
_NUMERAL_WORDS = frozenset("One Two Three Four Five".split())
# First words of place names ("Lake Tana", "Mount Elgon", "Cape Town").
_PLACE_FIRST_WORDS = frozenset("Lake Mount Mt. Cape Port Fort Bay Camp Wadi Jebel Jabal".split())
# Arabic articles written lower-case and hyphenated inside a name ("al-Islam wal-Muslimin").
_HYPHENED_ARTICLES = frozenset("al el wal".split())
_POSSESSIVE_MARKS = frozenset(("'s ’s ' ’").split())
# Plural nouns that name organisations in the possessive ("People's Liberation Army").
_COLLECTIVE_POSSESSORS = frozenset(
    ("People Peoples Workers Women Martyrs Farmers Nations Citizens Patriots Believers").split()
)
# Lower-case nouns that, after a state adjective, name its opponents, not the state.
_OPPONENT_NOUNS = frozenset(
    ("rebels insurgents opposition dissidents separatists militants jihadists exiles").split()
)
# "the US-led coalition": a coalition named after the state leading it.
_LED_NOUNS = frozenset(("coalition alliance force forces mission bloc").split())
# Endings of country names ("Romania", "Slovenia", "Pakistan"). Not "-land": every real
# country with it is in the gazetteer, and an unknown one is more often a surname or a city
# ("Copeland", "Portland").
_COUNTRY_ENDINGS = ("ania", "enia", "onia", "inia", "aria", "ovia", "avia", "stan")


@dataclass(slots=True)
class TokMention:
    """A mention with token offsets, used by the relation extractor."""

    entity: str
    start: int  # token index
    end: int  # token index (exclusive)
    sent: int
    form: str = "name"  # name | alias | adjective | demonym | metonym | pronoun


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # person | org | acronym | single | code | gaz | extgaz | body | group ...
    gaz: GazEntry | None = None
    titled: bool = False
    affiliation: str | None = None
    name: str = ""
    body: Body | None = None  # kind "body": the state institution ("Iraq's parliament")


@dataclass
class EntityTable:
    """Entities of one document under construction."""

    entities: list[Entity] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)
    issued: int = 0

    def get_or_add(self, key: str, name: str, kind: str) -> Entity:
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(id=f"e{self.issued}", name=name, kind=kind, key=key)
            self.issued += 1
            self.entities.append(ent)
            self.by_key[key] = ent
        return ent


@lru_cache(maxsize=65536)
def norm_name(s: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['’‘`]s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


_MATCHERS: dict[int, PhraseMatcher] = {}


def _gaz_matcher(doc: Doc) -> PhraseMatcher:
    """The gazetteer PhraseMatcher for the vocabulary of ``doc`` (built once per pipeline)."""
    matcher = _MATCHERS.get(id(doc.vocab))
    if matcher is None:
        nlp = get_nlp()
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        tokenizer: Any = nlp.tokenizer
        matcher.add(
            "GAZ",
            [Doc(doc.vocab, words=[t.text for t in d]) for d in tokenizer.pipe(list(gazetteer()))],
        )
        _MATCHERS[id(doc.vocab)] = matcher
    return matcher


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
_FUNCTION_WORDS = frozenset(
    (
        "i we you he she it they me us him them my our your his her its their this that "
        "these those who what which when where why how if but and or so yet"
    ).split()
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _headline_tokens(doc: Doc) -> set[int]:
    """Tokens of title-case lines (headlines) and datelines, where capitals say nothing."""
    tt = token_table(doc)
    out: set[int] = set()
    for a, b in tt.sents:
        texts = tt.text[a:b]
        last = next((w for w in reversed(texts) if not w.isspace()), "")
        if last == ".":
            continue
        if (
            b - a <= 12
            and last not in ("?", "!")
            and any(_YEAR.match(w) or w in lx.MONTHS for w in texts)
        ):
            out.update(range(a, b))  # a dateline: "Outlet, May 16, 2018"
            continue
        words = [k for k in range(a, b) if tt.is_alpha[k] and len(tt.text[k]) > 3]
        if len(words) >= 4 and sum(tt.is_cap[k] for k in words) / len(words) > 0.6:
            out.update(range(a, b))
    return out


def _common_capitalised(doc: Doc, lower_vocab: set[str], headline: set[int]) -> set[int]:
    """Token indices of capitalised words that are ordinary words (sentence starts, headlines)."""
    tt = token_table(doc)
    common: set[int] = set()
    starts = tt.sent_start
    for k in [k for k, cap in enumerate(tt.is_cap) if cap]:
        word = tt.text[k]
        low = tt.lower[k]
        first = k == 0 or starts[k]  # the first token of its sentence
        after_title = not first and is_title(tt.text[k - 1])
        initial = first or tt.text[k - 1] in "“\"‘'(–—-:" or k in headline
        calendar = word in lx.MONTHS or word in lx.WEEKDAYS
        if (
            (calendar and not after_title)
            or (initial and (low in STOP_WORDS or low in lower_vocab))
            or low in _FUNCTION_WORDS
        ):
            common.add(k)
    return common


def _gaz_spans(doc: Doc) -> dict[int, tuple[int, GazEntry]]:
    """Start token -> (end token, entry) for the longest gazetteer matches."""
    table = gazetteer()
    tt = token_table(doc)
    spans = [(s, e) for _, s, e in _gaz_matcher(doc)(doc)]
    out: dict[int, tuple[int, GazEntry]] = {}
    taken: set[int] = set()  # tokens inside a span already kept
    for start, end in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(i in taken for i in range(start, end)):
            continue
        entry = table[tt.span_text(start, end)]
        if start >= 2 and tt.text[start - 1] == "-" and tt.lower[start - 2] in _NAME_PREFIXES:
            continue  # "Abdul-Malik al-Houthi": a family name, not the movement it names
        nxt = tt.text[end] if end < len(tt) else ""
        # A capital followed by an event noun names an event, not an actor ("the Berlin summit").
        if entry.form == "metonym" and nxt.capitalize() in lx.PLACE_EVENT_WORDS | {
            "Process",
            "Summit",
        }:
            continue
        out[start] = (end, entry)
        taken.update(range(start, end))
    return out


def _runs(doc: Doc, common: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with name particles and hyphens inside)."""
    tt = token_table(doc)
    text, lower, starts, cap = tt.text, tt.lower, tt.sent_start, tt.is_cap
    runs: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        if not cap[i] or i in common:
            i += 1
            continue
        j = i + 1
        while j < n:
            if starts[j]:
                break
            if cap[j] and j not in common and not tt.is_punct[j]:
                j += 1
                continue
            if (lower[j] in lx.NAME_PARTICLES or text[j] in ("-",)) and j + 1 < n and cap[j + 1]:
                if starts[j + 1]:
                    break
                j += 2
                continue
            if lower[j] in _HYPHENED_ARTICLES and j + 2 < n and text[j + 1] == "-" and cap[j + 2]:
                j += 3
                continue
            if _hyphen_particle(tt, j):
                j += 4  # "Movement-in-Opposition", "Lashkar-e-Zafar": one hyphenated name
                continue
            if (
                text[j] in _POSSESSIVE_MARKS
                and text[j - 1] in _COLLECTIVE_POSSESSORS
                and j + 1 < n
                and cap[j + 1]
                and not starts[j + 1]
            ):
                j += 2  # "People's Protection Units", "Workers' Party": one name
                continue
            if (
                lower[j] in ("of", "for", "on")
                and j + 2 < n
                and lower[j + 1] == "the"
                and cap[j + 2]
                and not starts[j + 2]
            ):
                j += 3  # "Group for the Support of Islam", "Committee of the Red Cross"
                continue
            break
        # Trim trailing particles.
        while j > i + 1 and lower[j - 1] in lx.NAME_PARTICLES:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _hyphen_particle(tt: Any, j: int) -> bool:
    """Whether token ``j`` opens "-in-Name" / "-e-Name" written without spaces: a short
    lower-case particle between hyphens inside one name ("Front-in-Exile", the Persian and
    Urdu "-e-" of "Hizb-e-Watan")."""
    n = len(tt)
    if not (j + 3 < n and tt.text[j] == "-" and tt.text[j + 2] == "-" and tt.is_cap[j + 3]):
        return False
    word = tt.text[j + 1]
    if not (word.isalpha() and word.islower() and len(word) <= 3) or tt.sent_start[j + 3]:
        return False
    # no spaces anywhere between the name's parts
    return tt.idx[j + 3] == tt.idx[j - 1] + len(tt.text[j - 1]) + len(word) + 2


def _hyphenated_acronym(toks: list[str]) -> bool:
    """ "ACR-ACR" as tokens: acronyms joined by hyphens."""
    return (
        len(toks) in (3, 5)
        and all(t == "-" for t in toks[1::2])
        and bool(_ACRONYM.match(toks[0]))
        and all(t.isupper() and t.isalpha() and len(t) <= 4 for t in toks[2::2])
    )


def _paren_acronym(tt: Any, k: int) -> tuple[str, int] | None:
    """The acronym in brackets opening at token ``k`` ("(ACR)", "(ACR-IO)") and the index
    of its closing bracket."""
    n = len(tt)
    if k >= n or tt.text[k] != "(":
        return None
    for close in (k + 2, k + 4, k + 6):
        if close < n and tt.text[close] == ")":
            inner = tt.text[k + 1 : close]
            if (len(inner) == 1 and _ACRONYM.match(inner[0])) or _hyphenated_acronym(inner):
                return "".join(inner).replace(".", ""), close
            return None
    return None


def _izafat(words: list[str]) -> bool:
    """ "Lashkar-e-Zafar", "Tehreek-i-Nizam": the Persian/Urdu "-e-"/"-i-" link names
    movements and armed groups, hardly ever a person."""
    return any(w in ("e", "i", "ul", "ut") for w in words)


def _classify(doc: Doc, i: int, j: int, titled: bool) -> str | None:
    """Kind of a name segment: person | org | acronym | single, or None (place, event, noise)."""
    toks = token_table(doc).text[i:j]
    words = [w for w in toks if w not in ("-",) and w.lower() not in lx.NAME_PARTICLES]
    if words and words[0] in lx.COMMON_CAPITALISED:
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and words[-1] in _NUMERAL_WORDS:
        return None  # "Air Force One", "Channel One": a vehicle or a channel, not an actor
    if any(w in lx.ORG_CUES for w in words):
        if words[-1] in lx.PLACE_EVENT_WORDS:
            return None
        return "org"
    if any(w in lx.CONTINENTS_AND_REGIONS for w in words):
        return None
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return "acronym"
    if len(words) == 1 and CODE.match(words[0]):
        return "code"  # "K17": an actor only where the document uses it as one
    if _hyphenated_acronym(toks):
        return "acronym"  # "SPLM-IO", "RSF-N": a group's acronym with a suffix
    if (
        words[-1] in lx.PLACE_EVENT_WORDS
        or words[0] in lx.DIRECTION_WORDS
        or (len(words) > 1 and words[0] in _PLACE_FIRST_WORDS)
    ):
        return None  # "Kesh Line", "North Darra", "Lake Varn": places
    if words[0] in ("Operation", "Operations"):
        return None  # "Operation Sentinel": a military operation, not an actor
    if len(words) >= 2 and "-" in toks and _izafat(words):
        return "org"
    if titled:
        return "person"
    if all(w in lx.MONTHS or w in lx.WEEKDAYS for w in words):
        return None
    if len(words) >= 2:
        if any(w.isupper() and len(w.rstrip(".")) > 1 for w in words):
            return "org"  # an acronym inside; not an initial ("R. Castell")
        if any(w in ("of", "for", "and", "the", "on") for w in toks):
            return None  # person names have no inner "of"/"for": "Support for Operation X"
        return "person"
    return "single"


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices of each word form (computed once per document)."""
    return token_table(doc).positions


def _seen_mid_sentence(doc: Doc, word: str) -> bool:
    starts = token_table(doc).sent_start
    return any(not starts[i] for i in _positions(doc).get(word, ()))


def _prev_word(doc: Doc, i: int) -> str:
    return token_table(doc).text[i - 1] if i > 0 else ""


def _affiliation_before(doc: Doc, i: int, gaz: dict[int, tuple[int, GazEntry]]) -> str | None:
    """State key of an adjective/name right before a title run ending at token i."""
    for _start, (end, entry) in gaz.items():
        if entry.kind == "state" and (
            end == i or (end + 1 == i and token_table(doc).text[end] in ("'s", "’s"))
        ):
            return entry.key
    return None


def _candidates(doc: Doc, common: set[int], gaz: dict[int, tuple[int, GazEntry]]) -> list[_Cand]:
    tt = token_table(doc)
    text = tt.text
    cands: list[_Cand] = []
    covered_by_gaz = {k for s, (e, _) in gaz.items() for k in range(s, e)}
    # Inner tokens of gazetteer spans: a run may start there when the span's first word was
    # taken for a capitalised sentence opener ("New" of "New Delhi").
    gaz_inner = {k: e for s, (e, _) in gaz.items() for k in range(s + 1, e)}
    used: set[int] = set()
    for i, j in _runs(doc, common):
        if i in gaz_inner:
            i = gaz_inner[i]
            if i >= j:
                continue
        led = _led_by_state(tt, i, j)
        if led is not None:  # "the U.S.-led coalition" (one token before its noun)
            cands.append(led)
            used.update(range(led.start, led.end))
            continue
        if (
            j - i > 1
            and tt.sent_start[i]
            and not _seen_mid_sentence(doc, text[i])
            and not _opens_named_subject(doc, i, j, gaz)
            and not _spelled_by_acronym(tt, i, j)
        ):
            i += 1
            # "Support for the X Army": the name starts after the dropped word's particles
            while j - i > 1 and tt.lower[i] in lx.NAME_PARTICLES and tt.text[i].islower():
                i += 1
        words = text[i:j]
        if i > 0 and _ORDINAL.match(text[i - 1]) and _formation(words):
            cands.append(_Cand(i - 1, j, "org"))  # "the 58th Army", "the 3rd Infantry Division"
            used.update(range(i - 1, j))
            continue
        # State + government words only ("Russian Foreign Ministry") -> the state itself.
        gaz_in = [(s, *gaz[s]) for s in range(i, j) if s in gaz]
        rest = [w for k, w in enumerate(words) if (i + k) not in covered_by_gaz]
        if gaz_in and rest and all(w in STATE_GOV_WORDS for w in rest) and len(gaz_in) == 1:
            s, e, en = gaz_in[0]
            service = capitalised_body(rest) if s == i else None
            if en.kind == "state" and service is not None:  # "Ruritania Coast Guard"
                body = Body(j, "armed_group", service)
                cands.append(_Cand(i, j, "body", gaz=en, body=body))
                used.update(range(i, j))
                continue
            if en.kind == "state":
                cands.append(_Cand(i, j, "gaz", gaz=en))
                used.update(range(i, j))
                continue
        if j - i > 3 and _izafat(text[i:j]) and _classify(doc, i, j, False) == "org":
            cands.append(_Cand(i, j, "org"))  # "Tehreek-e-Nizam Ruritania": one name
            used.update(range(i, j))
            continue
        if any(w in lx.ORG_CUES for w in rest) and not (
            words[0] in lx.TITLE_WORDS and words[-1] not in lx.ORG_CUES
        ):
            k0 = i
            while k0 < j and text[k0] in ("The",):
                k0 += 1
            kind = _classify(doc, k0, j, False)
            if kind == "org":
                cands.append(_Cand(k0, j, "org"))
                used.update(range(i, j))
                continue
        extended = extended_gaz(tt, i, j, gaz_in)
        if extended is not None:  # "Banu Hamas" is not the Hamas of the gazetteer
            cands.append(_Cand(i, j, "extgaz", gaz=extended))
            used.update(range(i, j))
            continue
        # Split the run at gazetteer spans and title words.
        k = i
        titled = False
        title_start = None
        while k < j:
            if k in gaz:  # may end past the run: "the Islamic State group" (lower-case head)
                end, entry = gaz[k]
                cands.append(_Cand(k, end, "gaz", gaz=entry))
                k = end
                titled = False
                continue
            if is_title(text[k]) and not _honorific_given_name(tt, k, j):
                if title_start is None:
                    title_start = k
                titled = True
                k += 1
                continue
            m = k + 1
            while m < j and m not in gaz and not is_title(text[m]):
                m += 1
            if text[k] == "-":
                k += 1
                continue
            while m > k + 1 and tt.lower[m - 1] in lx.NAME_PARTICLES:
                m -= 1
            if m < j and is_title(text[m]) and m not in gaz:
                k = m  # words right before a title belong to it ("East Libyan Commander")
                continue
            if m - k == 2 and _people_word(text[k]) and _ACRONYM.match(text[k + 1]):
                k += 1  # "Kurdish YPG": a people's adjective before a group's acronym
            lead_role = _prev_word(doc, k).lower() in lx.ROLE_NOUNS
            kind = _classify(doc, k, m, titled or lead_role)
            cut = connector_cut(tt, k, m) if kind is None else -1
            if cut > k:  # "Aleppo for Bashar al-Assad": two names joined by a connector
                m = cut
                kind = _classify(doc, k, m, titled or lead_role)
            if (
                kind == "person"
                and not (titled or lead_role)
                and (_group_noun_after(tt, m) or _spelled_by_acronym(tt, k, m))
            ):
                kind = "org"  # "the Viv Sanar alliance", "Jund al-Haq (JAH)": not persons
            if kind:
                aff = (
                    _affiliation_before(doc, title_start, gaz)
                    if titled and title_start is not None
                    else None
                )
                cands.append(_Cand(k, m, kind, titled=titled or lead_role, affiliation=aff))
            titled = False
            title_start = None
            k = m + 1 if cut > k else m
        used.update(range(i, j))
    # Gazetteer matches outside capitalised runs (e.g. lower-case "the alliance" forms are none;
    # but runs skip sentence-initial common words like "Saudi" only rarely).
    in_cands = {k for c in cands for k in range(c.start, c.end)}
    for s, (e, entry) in gaz.items():
        if s not in in_cands and s not in used:
            cands.append(_Cand(s, e, "gaz", gaz=entry))
            in_cands.update(range(s, e))
    cands.sort(key=lambda c: c.start)
    return cands


def _formation(words: list[str]) -> bool:
    """Whether the capitalised words after an ordinal name a military formation."""
    return any(lx.ORG_CUES.get(w) == "armed_group" or w in _FORMATION_WORDS for w in words)


def _people_word(word: str) -> bool:
    """A people's or faith's adjective ("Kurdish", "Shia") that may open a run before a name."""
    return word in lx.PEOPLES or word in lx.COMMON_CAPITALISED


def _led_by_state(tt: Any, i: int, j: int) -> _Cand | None:
    """ "the U.S.-led coalition": a state form and "-led" written as one token (after an
    abbreviation the tokenizer keeps them together) before a coalition noun. The coalition
    is an actor of its own, as "the French-led coalition" is."""
    word = tt.text[i]
    if j != i + 1 or not word.endswith("-led") or i + 1 >= len(tt):
        return None
    entry = gazetteer().get(word[: -len("-led")])
    if entry is None or entry.kind != "state" or tt.lower[i + 1] not in _LED_NOUNS:
        return None
    return _Cand(i, i + 2, "armed_group", gaz=entry)


def _spelled_by_acronym(tt: Any, i: int, j: int) -> bool:
    """Whether "(ACR)" right after the run ``[i, j)`` spells it from its first word: a name
    with an acronym is an organisation's ("Harakat Tahrir al-Wadi (HTW)"),
    and its first word belongs to it even when it opens the sentence."""
    found = _paren_acronym(tt, j)
    return found is not None and j - i >= 2 and _abbreviates(found[0], tt.span_text(i, j))


# Honorifics that are also common given names.
_GIVEN_NAME_HONORIFICS = frozenset("Amir Sheikh Malik Sultan".split())


def _honorific_given_name(tt: Any, k: int, j: int) -> bool:
    """ "the foreign minister, Amir Rahim Qadiri": after an apposition comma (or opening a
    sentence) an honorific that is also a given name, followed by two more names and no
    other title, is the person's first name."""
    if tt.text[k] not in _GIVEN_NAME_HONORIFICS or j - k < 3:
        return False
    if not (tt.sent_start[k] or (k > 0 and tt.text[k - 1] in (",", "("))):
        return False
    rest = tt.text[k + 1 : j]
    return all(w.isalpha() and w[0].isupper() and not is_title(w) for w in rest)


# Lower-case heads that make the name before them a group ("the X alliance").
_GROUP_NOUNS = frozenset("alliance coalition militia gang group movement faction".split())


def _group_noun_after(tt: Any, m: int) -> bool:
    return m < len(tt) and tt.lower[m] in _GROUP_NOUNS and tt.text[m].islower()


def _opens_named_subject(doc: Doc, i: int, j: int, gaz: dict[int, tuple[int, GazEntry]]) -> bool:
    """ "Jorin Maskell, the rebel commander, said": a two- or three-word name opening its
    sentence and followed by an apposition or a reporting verb keeps its first word, which
    is a given name, not a capitalised sentence opener."""
    tt = token_table(doc)
    words = [w for w in tt.text[i:j] if w != "-"]
    first = tt.text[i]
    if not (
        2 <= len(words) <= 3
        and all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words)
        and first.lower() not in lx.VERB_FORMS
        and first not in lx.COMMON_CAPITALISED
        and not is_title(first)
        and not any(k in gaz for k in range(i, j))
        and not any(w in lx.ORG_CUES or w in lx.PLACE_EVENT_WORDS for w in words)
    ):
        return False
    n = len(tt)
    if j < n and tt.text[j] == ",":
        return j + 1 < n and tt.lower[j + 1] in ("the", "a", "an")
    return j < n and _verbish(tt.lower[j])


def _drop_headline_noise(doc: Doc, cands: list[_Cand], headline: set[int]) -> list[_Cand]:
    """In headlines keep gazetteer matches and names that the body repeats."""
    if not headline:
        return cands
    text = token_table(doc).text
    body = " ".join(w for i, w in enumerate(text) if i not in headline)
    out = []
    for c in cands:
        if c.kind != "gaz" and c.start in headline:
            words = text[c.start : c.end]
            if not all(w in body for w in words if w[:1].isupper()):
                continue
        out.append(c)
    return out


def _abbreviates(acr: str, name: str) -> bool:
    """Schwartz-Hearst style check: the acronym's letters occur in order in the name,
    the first one starting the name's first word."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return False
    acr = acr.replace("-", "")
    if acr[0].lower() != words[0][0].lower():
        # A translated name keeps the original's initials in another order: "Democratic
        # Forces for the Liberation of X (FDLR)".
        initials = sorted(w[0] for w in words if w[0].isupper())
        return len(acr) >= 3 and initials == sorted(acr.upper())
    rest = name.lower()[1:]
    pos = 0
    for ch in acr[1:].lower():
        pos = rest.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _acronym_definitions(doc: Doc, cands: list[_Cand]) -> dict[str, int]:
    """ACRONYM -> index of the candidate it abbreviates ("Full Name (ACR)")."""
    tt = token_table(doc)
    text, n = tt.text, len(tt)
    out: dict[str, int] = {}
    for idx, c in enumerate(cands):
        k = c.end
        while k < n and text[k] in ("’", "'", "”", '"', "‘"):
            k += 1
        found = _paren_acronym(tt, k)
        if found is not None and (
            c.kind == "body" or _abbreviates(found[0], tt.span_text(c.start, c.end))
        ):  # "the Ruritanian army (RAF)": a body's acronym need not spell its description
            out[found[0]] = idx
    return out


def _renames(doc: Doc, cands: list[_Cand]) -> list[tuple[int, int]]:
    """Pairs of candidate indices joined by 'X has been rebranded Y' and the like."""
    lower = token_table(doc).lower
    pairs: list[tuple[int, int]] = []
    if not _RENAME_WORDS.intersection(lower):
        return pairs  # every renaming phrase has one of these words
    for a in range(len(cands) - 1):
        b = a + 1
        between = lower[cands[a].end : cands[b].start]
        between = [
            w
            for w in between
            if w not in ("has", "have", "been", "was", "is", "since", "later", ",", "(", "the")
        ]
        if tuple(between) in _RENAME or _apposed_nickname(lower[cands[a].end : cands[b].start]):
            pairs.append((a, b))
    return pairs


def _apposed_nickname(between: list[str]) -> bool:
    """ ", the former police officer known as": an apposition ending in "known as" gives
    the name before it a nickname."""
    return (
        3 <= len(between) <= 10
        and between[0] == ","
        and between[-2:] == ["known", "as"]
        and all(w.isalpha() for w in between[1:-2])
    )


def find_mentions(doc: Doc) -> tuple[list[Entity], list[Mention], list[TokMention]]:
    """Actor entities of one document, their mentions (char offsets) and token mentions."""
    tt = token_table(doc)
    lower_vocab = set(_LOWER_WORD.findall(tt.doc_text))
    headline = _headline_tokens(doc)
    common = _common_capitalised(doc, lower_vocab, headline)
    gaz = _gaz_spans(doc)
    cands = _drop_headline_noise(doc, _candidates(doc, common, gaz), headline)
    sent_of = tt.sent_of
    table = EntityTable()
    cand_entity: dict[int, Entity] = {}

    def shouted_ok(word: str) -> bool:
        """Whether ``word`` occurs in title case ("GENEVA" in a dateline is "Geneva")."""
        return any(tt.is_title[k] for k in tt.positions.get(word, ()))

    def text_of(c: _Cand) -> str:
        return tt.span_text(c.start, c.end)

    cands = _regional_branches(doc, cands)
    _mark_compound_groups(doc, cands)
    _extend_org_prefixes(cands, text_of)
    acr_defs = _acronym_definitions(doc, cands)
    adjective_idx: set[int] = set()
    # 1. Gazetteer, organisations and full-name persons.
    for idx, c in enumerate(cands):
        if c.kind == "gaz" and c.gaz is not None:
            ent = table.get_or_add(c.gaz.key, c.gaz.name, c.gaz.kind)
        elif c.kind in ("group", "armed_group"):
            name = text_of(c)
            ent = table.get_or_add(f"group:{norm_name(name)}", name, c.kind)
        elif c.kind == "body" and c.gaz is not None and c.body is not None:
            ent = table.get_or_add(f"{c.body.noun}:{c.gaz.key}", text_of(c), c.body.kind)
            table.affiliation.setdefault(ent.id, c.gaz.key)
        elif c.kind == "extgaz" and c.gaz is not None:
            name = text_of(c)
            ent = table.get_or_add(f"org:{norm_name(name)}", name, c.gaz.kind)
            _add_reason(ent, f"{name!r} is a longer name than the known {c.gaz.name!r}")
        elif c.kind == "code":
            code = _code_kind(doc, text_of(c))
            if code is None:
                continue  # "F-16 jets", "the G20 summit": a thing, not an actor
            ent = table.get_or_add(f"org:{norm_name(text_of(c))}", text_of(c), code)
        elif c.kind == "org":
            name = c.name or text_of(c)
            if len(name.split()) == 1 and not _izafat(name.split("-")):
                back = _org_ending_with(table, name)
                if back is None:
                    continue
                ent = back
            else:
                ent = table.get_or_add(f"org:{norm_name(name)}", name, _org_kind(name))
        elif (
            c.kind == "person"
            and len(text_of(c).split()) >= 2
            and not c.titled
            and _place_like(doc, text_of(c))
        ):
            continue
        elif c.kind == "person" and len(text_of(c).split()) >= 2:
            name = text_of(c)
            ent = _person_entity(table, name)
            if c.affiliation:
                table.affiliation.setdefault(ent.id, c.affiliation)
        else:
            continue
        cand_entity[idx] = ent
        _add_alias(ent, text_of(c))
    # 2. Acronyms: defined in parentheses, or the initials of an organisation in the document.
    for idx, c in enumerate(cands):
        if c.kind != "acronym" or idx in cand_entity:
            continue
        acr = text_of(c).replace(".", "")
        if (
            shouted_ok(acr.capitalize())
            or acr.capitalize() in lx.COMMON_CAPITALISED  # "OPINION —", "ANALYSIS:"
            or in_dateline(tt, c.start)
        ):
            continue
        target = None
        if acr in acr_defs and acr_defs[acr] in cand_entity:
            target = cand_entity[acr_defs[acr]]
            reason = f"acronym {acr} defined in parentheses after {target.name!r}"
        else:
            for ent in table.entities:
                if (
                    ent.kind != "person"
                    and ent.kind != "state"
                    and _initials(ent.name) == acr
                    and len(acr) >= 2
                ):
                    target = ent
                    reason = f"acronym {acr} matches the initials of {ent.name!r}"
                    break
        if target is None:
            if len(acr) < 3:
                continue
            armed = c.end < len(tt) and tt.lower[c.end] in lx.FORCE_NOUNS | _MEMBER_NOUNS
            kind = "armed_group" if armed else "organization"  # "the YPG militia"
            target = table.get_or_add(f"org:{acr.lower()}", acr, kind)
        else:
            _add_reason(target, reason)
        cand_entity[idx] = target
        _add_alias(target, acr)
    # 3. Renamings ("X has been rebranded Y") merge two entities.
    for a, b in _renames(doc, cands):
        ea, eb = cand_entity.get(a), cand_entity.get(b)
        if ea is not None and eb is None and cands[b].kind in ("single", "person"):
            # "Mohamed Hamdan Dagalo, who is known as Hemedti": the nickname is an alias.
            cand_entity[b] = ea
            _add_alias(ea, text_of(cands[b]))
            _add_reason(ea, f"{text_of(cands[b])!r} named as another name of {ea.name!r}")
            continue
        if ea and eb and ea is not eb and eb.kind != "state":
            _add_alias(ea, eb.name)
            _add_reason(ea, f"{eb.name!r} named as a new name of {ea.name!r} in the text")
            for k, e in list(cand_entity.items()):
                if e is eb:
                    cand_entity[k] = ea
            if eb in table.entities:
                table.entities.remove(eb)
    # 4. Single names and titled one-word persons join full names (surname, spelling variant).
    for idx, c in enumerate(cands):
        if idx in cand_entity:
            continue
        word = text_of(c)
        if c.kind not in ("single", "person") or len(word) < 2:
            continue
        base = _adjective_of(table, word) if c.kind == "single" else None
        if base is not None:  # "Ostranian" after "Ostrania": a derived adjective
            cand_entity[idx] = base
            adjective_idx.add(idx)
            _add_alias(base, word)
            continue
        person = _match_person(table, word)
        # A person's surname before "militias" names the person's men ("the Varga militias"),
        # any other single word a group ("local Zanar militias", then "the Zanar").
        named = (
            _militia_name(doc, c, table)
            if person is None and c.kind == "single" and not c.titled
            else None
        )
        if named is not None:
            group, c.end = named
            cand_entity[idx] = group
            _add_alias(group, text_of(c))
            continue
        if person is None:
            if not (
                c.titled or _force_follows(doc, c.end) or _govt_follows(doc, c.end)
            ) and not _recurrent_actor(doc, word):
                continue
            if any(ch.isupper() for ch in word[1:]) and not c.titled:
                person = table.get_or_add(f"org:{norm_name(word)}", word, "organization")
            elif c.kind == "single" and not c.titled and _country_like(word):
                person = table.get_or_add(f"org:{norm_name(word)}", word, "state")
            else:
                person = _person_entity(table, word)
        cand_entity[idx] = person
        _add_alias(person, word)
        if c.affiliation:
            table.affiliation.setdefault(person.id, c.affiliation)
    # 5. "<person>('s) administration/government/regime" is that person's government.
    mentions: list[Mention] = []
    tok_mentions: list[TokMention] = []
    for idx, c in enumerate(cands):
        found = cand_entity.get(idx)
        if found is None:
            continue
        ent = found
        start, end = c.start, c.end
        noun = _government_noun(tt, end, not c.titled) if ent.kind == "person" else -1
        if noun > 0:
            gname = f"{ent.name.split()[-1]} {tt.lower[noun]}"
            gov = table.get_or_add(f"govof:{ent.key}", gname, "government")
            _add_alias(gov, tt.span_text(start, noun + 1))
            _add_reason(gov, f"the government led by {ent.name}")
            ent, end = gov, noun + 1
        if c.gaz is not None and c.kind not in ("body", "extgaz"):
            form = c.gaz.form
        else:
            form = "adjective" if idx in adjective_idx else "name"
        mentions.append(
            Mention(
                ent.id,
                tt.idx[start],
                tt.end_char(end),
                tt.span_text(start, end),
                sent_of[start],
            )
        )
        tok_mentions.append(TokMention(ent.id, start, end, sent_of[start], form))
    for ent in table.entities:
        ent.affiliation = table.affiliation.get(ent.id)
    return table.entities, mentions, tok_mentions


def _government_noun(tt: Any, end: int, possessive: bool) -> int:
    """Index of the government noun after a person's name ending at ``end``: "the Varga
    administration", and when ``possessive`` "Varga's government" (a lower-case noun), else
    -1. A titled name keeps its possessive ("Prime Minister Varga's government" introduces
    the person, and is read as the person)."""
    own = possessive and end < len(tt) and tt.text[end] in ("'s", "’s")
    k = end + 1 if own else end
    if k < len(tt) and tt.lower[k] in lx.GOVERNMENT_NOUNS and (k == end or tt.text[k].islower()):
        return k
    return -1


# Plural members' nouns that make the one capitalised word before them a group's name.
_MEMBER_NOUNS = frozenset("militia militias rebels insurgents guerrillas".split())


def _militia_name(doc: Doc, c: _Cand, table: EntityTable) -> tuple[Entity, int] | None:
    """The armed group a one-word name ``c`` names, and the end of its mention: "local
    Zanar militias", "Tarel rebels" (not "a Zanar militia", which describes a group by its
    people), or a later bare use of such a name that is not a place ("the Zanar seized",
    not "in Zanar")."""
    tt = token_table(doc)
    key = f"org:{norm_name(tt.text[c.start])}"
    known = table.by_key.get(key)
    if known is not None and known.aliases[:1] == [tt.text[c.start]]:
        return None if _after_locative(doc, c.start) else (known, c.end)
    e = c.end
    if not (e < len(tt) and tt.lower[e] in _MEMBER_NOUNS and tt.text[e].islower()):
        return None
    if c.start > 0 and tt.lower[c.start - 1] in ("a", "an"):
        return None
    ent = table.get_or_add(key, tt.span_text(c.start, e + 1), "armed_group")
    _add_alias(ent, tt.text[c.start])
    _add_reason(ent, f"{ent.name!r} names a group")
    return ent, e + 1


def _org_ending_with(table: EntityTable, word: str) -> Entity | None:
    for ent in reversed(table.entities):
        if ent.kind != "person" and ent.kind != "state" and ent.name.split()[-1] == word:
            return ent
    return None


def _after_locative(doc: Doc, i: int) -> bool:
    lower = token_table(doc).lower
    prev = lower[i - 1] if i > 0 else ""
    if prev in _LOCATIVE or prev in (
        "on",
        "shell",
        "shelled",
        "shelling",
        "entered",
        "captured",
        "took",
    ):
        return True
    return prev == "of" and i > 1 and lower[i - 2] in _PLACE_NOUNS


def _code_kind(doc: Doc, word: str) -> str | None:
    """``code_kind`` answered once per code and document (it reads every occurrence)."""
    cache: dict[str, str | None] = doc.user_data.setdefault("actorgraph_codes", {})
    if word not in cache:
        cache[word] = code_kind(token_table(doc), word)
    return cache[word]


def _place_like(doc: Doc, name: str) -> bool:
    """A name used mostly after "in", "at", "near", "around" ... names a place.

    Answered once per name and document: a name repeated a thousand times would otherwise
    rescan all its occurrences at each one."""
    cache: dict[str, bool] = doc.user_data.setdefault("actorgraph_place_like", {})
    if name not in cache:
        cache[name] = _place_like_uncached(doc, name)
    return cache[name]


def _place_like_uncached(doc: Doc, name: str) -> bool:
    tt = token_table(doc)
    first = name.split()[0]
    n = len(name.split())
    hits = [
        i for i in _positions(doc).get(first, ()) if tt.span_text(i, min(i + n, len(tt))) == name
    ]
    loc_hits = [i for i in hits if _after_locative(doc, i)]
    for i in hits:
        nxt = tt.lower[i + n] if i + n < len(tt) else ""
        if nxt in _POSSESSIVE_MARKS or nxt in ("‘s", "`s") or (_verbish(nxt) and i not in loc_hits):
            return False  # "X Y said", "X Y's forces": a person acts (not "raids in X Y have")
    return bool(hits) and len(loc_hits) * 2 >= len(hits)


def _org_kind(name: str) -> str:
    words = name.split()
    if _ORDINAL.match(words[0]):
        return "armed_group"  # "the 101st Airborne"
    kinds = [lx.ORG_CUES[w] for w in words if w in lx.ORG_CUES]
    if "armed_group" in kinds:
        return "armed_group"
    if kinds and kinds[0] == "government":
        return "government"
    return "organization"


def _person_entity(table: EntityTable, name: str) -> Entity:
    key = f"person:{norm_name(name)}"
    # A longer name that ends with this one, or this one ending with a known name, is the same person.
    n = norm_name(name)
    for ent in table.entities:
        if ent.kind != "person":
            continue
        en = norm_name(ent.name)
        if _same_person_variant(n, en):
            _add_reason(ent, f"{name!r} is a spelling variant of {ent.name!r}")
            return ent
        if en.endswith(" " + n) or n.endswith(" " + en):
            if len(n) > len(en):
                _add_reason(ent, f"{name!r} extends {ent.name!r}")
                ent.name = name
                table.by_key[key] = ent
                ent.key = key
            return ent
    return table.get_or_add(key, name, "person")


@lru_cache(maxsize=65536)  # pure; asked for the same pairs of names again and again
def _same_person_variant(a: str, b: str) -> bool:
    """Two full names with the same first name and a close surname ("Qasem"/"Qassem" too)."""
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2 or a == b:
        return False
    return fuzz.ratio(pa[0], pb[0]) >= 80 and fuzz.ratio(pa[-1], pb[-1]) >= 85


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, ...]:
    """The words of ``norm_name(name)`` (cached: every single name is checked against
    every person of the document)."""
    return tuple(norm_name(name).split())


def _match_person(table: EntityTable, word: str) -> Entity | None:
    """The person entity a single name refers to: same surname, or a close spelling variant."""
    w = norm_name(word)
    surname_ok = w not in lx.PERSON_PARTICLES
    persons = [ent for ent in table.entities if ent.kind == "person"]
    for ent in persons:
        if surname_ok and w in _name_parts(ent.name):
            return ent
        if any(norm_name(a) == w for a in ent.aliases if " " not in a):
            return ent  # a nickname given earlier ("known as Hemedti")
    if len(w) < 5:
        return None  # too short to be a spelling variant
    for ent in persons:
        parts = _name_parts(ent.name)
        if len(parts) < 2:
            continue
        last = parts[-1]
        if w[0] == last[0] and fuzz.ratio(w, last) >= 80:
            _add_reason(
                ent,
                f"{word!r} is a spelling variant of {ent.name!r} (similarity {fuzz.ratio(w, last):.0f})",
            )
            return ent
    return None


def _regional_branches(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """ "Islamic State in the Greater Sahara (ISGS)": a known group's regional branch is an
    organisation of its own when an acronym in parentheses spells the longer name."""
    tt = token_table(doc)
    n = len(tt)
    out: list[_Cand] = []
    skip_until = -1
    for c in cands:
        if c.start < skip_until:
            continue
        out.append(c)
        if c.kind != "gaz" or c.gaz is None or c.gaz.kind == "state":
            continue
        k = c.end
        if not (k < n and tt.lower[k] == "in"):
            continue
        k += 1
        if k < n and tt.lower[k] == "the":
            k += 1
        j = k
        while j < n and j < k + 4 and tt.is_cap[j] and tt.text[j] != "(":
            j += 1
        if j == k or j + 2 >= n or tt.text[j] != "(" or tt.text[j + 2] != ")":
            continue
        acr = tt.text[j + 1]
        if _ACRONYM.match(acr) and _abbreviates(acr, tt.span_text(c.start, j)):
            c.kind, c.end, c.gaz = "org", j, None
            skip_until = j
    return out


def _mark_compound_groups(doc: Doc, cands: list[_Cand]) -> None:
    """State forms that name a different actor with the word after them.

    "Syrian rebels" are the state's opponents, not the state; "the US-led coalition" is a
    coalition, not the state that leads it. Both become actors of their own."""
    tt = token_table(doc)
    n = len(tt)
    for c in cands:
        if c.kind != "gaz" or c.gaz is None or c.gaz.kind != "state":
            continue
        e = c.end
        if c.gaz.form == "adjective" and e < n and tt.lower[e] in _OPPONENT_NOUNS:
            c.kind, c.end = "group", e + 1
        elif (
            e + 2 < n
            and tt.text[e] == "-"
            and tt.lower[e + 1] == "led"
            and tt.lower[e + 2] in _LED_NOUNS
        ):
            c.kind, c.end = "armed_group", e + 3
        else:
            body = state_body(tt, e, c.gaz.form)
            if body is not None:  # "Iraq's parliament", "Russian peacekeepers"
                c.kind, c.end, c.body = "body", body.end, body


def _extend_org_prefixes(cands: list[_Cand], text_of: Any) -> None:
    """A cue-less name that starts an organisation's name in the document is that
    organisation, used short ("the Rapid Support" for "the Rapid Support Forces")."""
    orgs = [text_of(c) for c in cands if c.kind == "org" and " " in text_of(c)]
    if not orgs:
        return
    for c in cands:
        if c.kind != "person" or c.titled:
            continue
        name = text_of(c)
        full = next((o for o in orgs if o.startswith(name + " ")), None)
        if full is not None:
            c.kind, c.name = "org", full


def _adjective_of(table: EntityTable, word: str) -> Entity | None:
    """The non-person entity whose name plus "n" is ``word`` ("Kelmaria" -> "Kelmarian")."""
    if len(word) < 5 or not word.endswith("n"):
        return None
    base = word[:-1]
    return next(
        (e for e in table.entities if e.kind != "person" and e.name == base),
        None,
    )


def _country_like(word: str) -> bool:
    """A single name with a country-name ending is a place or state, not a person."""
    return len(word) >= 6 and word[:1].isupper() and word.lower().endswith(_COUNTRY_ENDINGS)


def _force_follows(doc: Doc, end: int) -> bool:
    """ "X's forces", "X's militia": a one-word name that commands men is an actor."""
    tt = token_table(doc)
    n = len(tt)
    k = end
    if not (k < n and tt.text[k] in ("'s", "’s", "‘s")):
        return False
    k += 1
    while (
        k < n
        and tt.is_alpha[k]
        and tt.text[k].islower()
        and tt.lower[k] not in lx.FORCE_NOUNS
        and k < end + 3
    ):
        k += 1
    return k < n and tt.lower[k] in lx.FORCE_NOUNS and k > end


def _govt_follows(doc: Doc, end: int) -> bool:
    lower = token_table(doc).lower
    return end < len(lower) and lower[end] in lx.GOVERNMENT_NOUNS


def _recurrent_actor(doc: Doc, word: str) -> bool:
    """A one-word name used at least twice, never after a locative preposition (not a place)."""
    tt = token_table(doc)
    hits = _positions(doc).get(word, [])
    if len(hits) < 2 or word in lx.COMMON_CAPITALISED:
        return False
    if any(i > 0 and tt.lower[i - 1] in _LOCATIVE for i in hits):
        return False
    if all(tt.sent_start[i] for i in hits):
        return False
    return any(i + 1 < len(tt) and _verbish(tt.lower[i + 1]) for i in hits)


def _verbish(word: str) -> bool:
    form = lx.VERB_FORMS.get(word)
    return word in _AGENT_NEXT or (form is not None and form[1] == "past") or word in lx.BE_AUX


def _add_alias(ent: Entity, alias: str) -> None:
    alias = re.sub(r"\s+", " ", alias).strip()
    if alias and alias != ent.name and alias not in ent.aliases:
        ent.aliases.append(alias)


def _add_reason(ent: Entity, reason: str) -> None:
    if reason not in ent.reasons:
        ent.reasons.append(reason)
