"""Attributed statements (claims): who said what, with the content span.

Patterns, in order of trust:

* direct quotes (“...”, "...", «...», ‘...’) attributed by a reporting verb before the
  quote in its sentence ("X said: “...”", "X promised to “...”", "X declared from his HQ
  that this was “...”"), by a statement noun ("X’s statement, “...”") or after the quote
  ("“...,” X said", "“...,” said X"); a quote may run over several sentences;
* indirect speech: "X said (that) CONTENT", "X, speaking to Y, said CONTENT",
  "CONTENT, X said", "CONTENT, said X", "according to X, CONTENT", "CONTENT, according
  to X".

The speaker is the actor mention inside the speaker phrase ("A US official" -> the US
mention), a he/she pronoun resolved to the nearest preceding person, or None for an
anonymous speaker ("sources", "a diplomat"). Claims never nest: a reporting verb inside
the content of an accepted claim ("he said they think ...") is not a new claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from actorgraph.extract.lexicon_roles import (
    DESCRIPTORS,
    GROUP_HEADS,
    PERSON_HEADS,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    REPORT_BARE,
    REPORT_PARTICIPLES,
    REPORT_QUOTE,
    REPORT_THAT,
    SPEAKER_HEADS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    singular,
    wordset,
)
from actorgraph.extract.lexicon_text import QUOTE_CHARS, SENT_END, DocIndex, Tok
from actorgraph.records import Claim, Entity, Mention

BE_FORMS = wordset("is are was were be been being am")
MODALS = wordset("can could would will may might must should shall to")
FILLERS = wordset(
    "also then later again reportedly repeatedly publicly privately recently previously "
    "earlier once has have had today yesterday himself herself itself themselves openly "
    "separately further now allegedly already firmly strongly clearly flatly angrily "
    "bluntly just only even still long"
)
PHRASE_PREPS = wordset("of in from at to for close near with")
CUT_PREPS = wordset("to for with")
CLAUSE_PREPS = wordset("in on at to during via through after before")
CONTENT_BAD_START = wordset("in on at to for by with during after before about of")
SENT_ADVERBS = wordset(
    "then but and meanwhile however later earlier also so yet now still moreover "
    "furthermore additionally thus hence instead indeed here there"
)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
# Time words that may stand between a reporting verb and "that" ("said last week that").
TIME_STARTS = wordset("last this yesterday today earlier recently late early next")
# "said at least 30 people died": "at" followed by these starts a quantity, not an adjunct.
QUANTITY_AFTER_AT = wordset("least most")
# "CONTENT, X said, but Y ...": a coordinated clause after the verb ends the reporting clause.
CLAUSE_JOINERS = wordset("but and while although though whereas yet as")
NP_WORDS = SPEAKER_HEADS | PERSON_HEADS | GROUP_HEADS | DESCRIPTORS | {"the", "a", "an"}
RELATIVES = wordset("which who whom whose what")
# Auxiliaries and modals: after "said" they show a complement clause, not a speaker phrase.
CLAUSE_VERBS = (BE_FORMS | MODALS | wordset("has have had will would")) - {"to"}
# Progressive "was saying": the participle is the reporting verb, the subject precedes "was".
PROGRESSIVE_AUX = wordset("is are was were")
ORG_POSSESSIVES = wordset("its their")
ORG_KINDS = wordset("state armed_group organization government group")
# "the group said", "the rebels said": the armed group or organisation named last.
GROUP_ANAPHORS = wordset(
    "group movement rebels militants insurgents militia organisation organization fighters "
    "jihadists"
)
GROUP_KINDS = wordset("armed_group organization group")
ANAPHOR_SENTENCES = 2  # how far back "the group" / "the minister" may look, in sentences
# "X vowed to fight on": a pledge whose content is the infinitive clause.
PLEDGES = wordset("vowed vows pledged pledges promised promises threatened threatens swore")
# "X denied any role": without "that", the denial verb belongs to the claim's text.
# "reports on social media said", "residents in the north said": place/medium prepositions.
PLACE_PREPS = wordset("on in from at near")
CONJUNCT_GLUE = wordset("and of the ,")
# Verbs whose bare complement is a clause ("said it had ..."), never an object.
SAY_VERBS = wordset("said says say stated states added adds")
DENIALS = wordset("denied denies deny")
CONTINUING = wordset("added adds continued")  # "“...,” he added": the same speaker goes on
DESCRIBING = wordset("described describes")
# The opening mark of each curly closing mark: a closing mark after its opener is no stray.
_OPENER = {"”": "“", "’": "‘", "»": "«"}
MAX_QUOTE = 2500
MAX_RELATIVE = 30  # tokens of a relative clause between a speaker and its verb
REPORT_ANY = REPORT_BARE | REPORT_THAT | REPORT_PARTICIPLES
_OPEN = {"“": "”", "«": "»", "„": "“"}


@dataclass(slots=True)
class _Speaker:
    entity: str | None
    text: str
    start: int  # char offsets of the speaker phrase
    end: int


def claim_spans(claims: list[Claim]) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker) of every claim's content, sorted: reported-speech regions."""
    return sorted((c.start, c.end, c.speaker) for c in claims)


def find_claims(sdoc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[Claim]:
    """Attributed statements in ``sdoc`` (see the module docstring)."""
    return _Finder(DocIndex(sdoc, mentions), {e.id: e.kind for e in entities}).run()


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) character positions of quotation marks, paired within a line."""
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for m in re.finditer(r"[“”\"«»‘’„\n]", text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            opened.clear()
        elif ch in _OPEN:
            opened[_OPEN[ch]] = i
        elif ch == '"':
            if '"' in opened:
                spans.append((opened.pop('"'), i))
            else:
                opened['"'] = i
        elif ch == "‘":
            prev = text[i - 1] if i else " "
            if (prev.isspace() or prev in "([“—–-") and text[i + 1 : i + 2].strip():
                opened["’"] = i
        elif ch == "’":
            nxt = text[i + 1 : i + 2]
            if "’" in opened and not nxt.isalnum():
                spans.append((opened.pop("’"), i))
        elif ch in opened:
            spans.append((opened.pop(ch), i))
    return [(o, c) for o, c in spans if 0 < c - o - 1 <= MAX_QUOTE]


class _Finder:
    def __init__(self, ix: DocIndex, kinds: dict[str, str]) -> None:
        self.ix = ix
        self.kinds = kinds
        self.toks = ix.toks
        self.text = ix.text
        self.quotes = _quote_spans(self.text)
        self.claims: list[Claim] = []
        self.used_cues: set[int] = set()  # token indices already used as a cue
        self._roles: dict[str, str] | None = None  # entity -> words around its mentions

    # -- output -------------------------------------------------------------------------
    def _inside_claim(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.claims)

    def _overlaps_claim(self, start: int, end: int) -> bool:
        return any(start < c.end and c.start < end for c in self.claims)

    def _add(self, spk: _Speaker, cue: str, start: int, end: int) -> bool:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if (
            end > start
            and text[end - 1] in QUOTE_CHARS
            and text.count(text[end - 1], start, end) == 1
            and _OPENER.get(text[end - 1], "\0") not in text[start : end - 1]
        ):
            end -= 1  # a stray opening mark of the next sentence's quote
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
                end -= 1
        end = self._before_later_claim(start, end)
        if end - start < 2 or self._overlaps_claim(start, end):
            return False
        self.claims.append(
            Claim(
                speaker=spk.entity,
                speaker_text=spk.text,
                cue=cue,
                start=start,
                end=end,
                sentence=self.ix.sentence_of(start),
                text=text[start:end],
            )
        )
        return True

    def _before_later_claim(self, start: int, end: int) -> int:
        """End of [start, end) cut before a claim found earlier that starts inside it ("X said
        that A must leave, and he accused them of “...”": A's clause ends at its comma)."""
        later = [c.start for c in self.claims if start < c.start < end]
        if not later:
            return end
        cut = max(self.text.rfind(",", start, min(later)), self.text.rfind(";", start, min(later)))
        if cut < 0 or len(self.text[start:cut].split()) < 3:
            return end
        return cut

    # -- speakers -----------------------------------------------------------------------
    def _pronoun(self, tok: Tok) -> _Speaker:
        ent = None
        if tok.lower in PRONOUNS_PERSON:
            m = self.ix.previous_mention(tok.start, self.kinds, "person")
            ent = m.entity if m else None
        elif tok.lower == "it":
            ent = self._clause_subject(tok.start)
        return _Speaker(ent, tok.text, tok.start, tok.end)

    def _clause_subject(self, pos: int) -> str | None:
        """ "The ministry urged calm, and it said ...": "it" is the non-person actor that
        opens this sentence (or else the previous one), not one inside a prepositional
        phrase; None when no such actor."""
        sent = self.ix.sentence_of(pos)
        for s in (sent, sent - 1):
            if s < 0:
                break
            s0, s_end = self.ix.sents[s]
            found = [m for m in self.ix.mentions_in(s0, min(pos, s_end)) if m.start < pos]
            first = next((m for m in found if self.kinds.get(m.entity) != "person"), None)
            if first is None:
                continue
            k = self.ix.tok_at(first.start) - 1
            while k >= 0 and self.toks[k].start >= s0 and self.toks[k].lower in NP_WORDS:
                k -= 1
            if k >= 0 and self.toks[k].start >= s0 and self.toks[k].lower in PHRASE_PREPS:
                return None
            return first.entity
        return None

    def _speaker_phrase(self, j: int, floor: int) -> _Speaker | None:
        """The speaker phrase ending at token ``j`` (not before char ``floor``)."""
        toks = self.toks
        if j < 0 or toks[j].start < floor:
            return None
        if toks[j].lower in PRONOUNS_PERSON | PRONOUNS_OTHER:
            return self._pronoun(toks[j])
        i = j
        while i >= 0 and j - i < 12 and toks[i].start >= floor:
            t = toks[i]
            m = self.ix.mention_covering(t.start, t.end)
            if m is not None:
                while i > 0 and toks[i - 1].start >= m.start:
                    i -= 1
            elif not (
                t.is_title
                or t.is_possessive
                or t.lower in NP_WORDS
                or ("-" in t.text and t.is_word)
                or (t.lower in PHRASE_PREPS and i < j)
                or (t.lower == "and" and i < j and self._and_joins_actors(i))
            ):
                break
            i -= 1
        i += 1
        while i <= j and (
            toks[i].lower in PHRASE_PREPS
            or (toks[i].lower in SENT_ADVERBS and toks[i].is_title)
            or toks[i].is_possessive
        ):
            i += 1
        if i > j:
            return None
        start, end = toks[i].start, toks[j].end
        return self._resolve(start, end, toks[j])

    def _and_joins_actors(self, i: int) -> bool:
        """Whether the "and" at token ``i`` joins two actors' names ("X and (of) Y")."""
        toks = self.toks
        k = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower in PHRASE_PREPS)
        return (
            i > 0
            and k < len(toks)
            and self.ix.mention_covering(toks[i - 1].start, toks[i - 1].end) is not None
            and self.ix.mention_covering(toks[k].start, toks[k].end) is not None
        )

    def _resolve(self, start: int, end: int, head: Tok) -> _Speaker | None:
        """Speaker entity for the phrase [start, end) whose last token is ``head``."""
        text = self.text[start:end]
        found = self.ix.mentions_in(start, end)
        if found:
            head_ok = self.ix.mention_covering(head.start, head.end) is not None or (
                singular(head.lower) in SPEAKER_HEADS | PERSON_HEADS | GROUP_HEADS
                or head.lower in SPEAKER_HEADS | PERSON_HEADS | GROUP_HEADS
            )
            if not head_ok:
                return None
            cut = next(
                (
                    t.start
                    for t in self.toks[self.ix.tok_at(start) :]
                    if t.start >= end or t.lower in CUT_PREPS
                ),
                end,
            )
            chosen = self._first_conjunct([m for m in found if m.end <= cut] or found)
            return _Speaker(chosen.entity, text, start, end)
        if head.lower in SPEAKER_HEADS or singular(head.lower) in SPEAKER_HEADS:
            words = text.split()
            owner = self._owner(start) if words[0].lower() in ORG_POSSESSIVES else None
            if owner is None:
                owner = self._possessor_role(start, end)
            if owner is None and words[0].lower() == "the" and len(words) <= 4:
                lowered = [w.lower() for w in words[1:-1]]
                if all(w in DESCRIPTORS for w in lowered):  # "the (prime) minister"
                    owner = self._role_antecedent(start, head.lower)
                if not lowered and head.lower in GROUP_ANAPHORS:  # "the group"
                    owner = self._latest_group(start)
            return _Speaker(owner, text, start, end)
        # "Officials in the province", "the elders of the district": the head precedes the
        # preposition that attaches a place.
        first = self.ix.tok_at(start)
        for t in self.toks[first : self.ix.tok_at(end)]:
            if t.lower in PHRASE_PREPS:
                if t is not self.toks[first]:
                    prev = self.toks[self.ix.tok_at(t.start) - 1]
                    if singular(prev.lower) in SPEAKER_HEADS:
                        return _Speaker(None, text, start, end)
                break
        return None

    def _first_conjunct(self, found: list[Mention]) -> Mention:
        """The last mention of ``found``, or the first of the coordination it ends ("the
        authorities of X and of Y said": X, named first, heads the speaker phrase)."""
        n = len(found) - 1
        while n > 0:
            between = self.text[found[n - 1].end : found[n].start].lower().split()
            if "and" not in between or not set(between) <= CONJUNCT_GLUE:
                break
            n -= 1
        return found[n]

    def _role_antecedent(self, pos: int, role: str) -> str | None:
        """ "the minister said": the latest person, at most ANAPHOR_SENTENCES sentences back,
        whose mention or the words just before it carry the role ("The Minister of Defence,
        NAME"); None when there is no such person."""
        if role not in PERSON_HEADS:
            return None
        floor = self.ix.sents[max(0, self.ix.sentence_of(pos) - ANAPHOR_SENTENCES)][0]
        for m in reversed(self.ix.mentions_in(floor, pos)):
            if self.kinds.get(m.entity) == "person" and role in self._role_words(m.entity):
                return m.entity
        return None

    def _role_words(self, entity: str) -> str:
        """The words just before (and inside) each mention of ``entity``, lower-cased: where a
        text gives a person's office ("The Minister of Defence, NAME")."""
        if self._roles is None:
            self._roles = {}
            prev_end = 0
            for m in self.ix.mentions:
                s0 = max(self.ix.sentence_span(m.start)[0], m.start - 80, prev_end)
                words = self.text[s0 : m.end].lower()
                self._roles[m.entity] = self._roles.get(m.entity, "") + " " + words
                prev_end = max(prev_end, m.end)
        return self._roles.get(entity, "")

    def _possessor_role(self, start: int, end: int) -> str | None:
        """ "the prime minister's office said": the holder of the role before the ’s."""
        toks = self.toks
        for k in range(self.ix.tok_at(start) + 1, self.ix.tok_at(end)):
            if toks[k].is_possessive and singular(toks[k - 1].lower) in PERSON_HEADS:
                return self._role_antecedent(start, toks[k - 1].lower)
        return None

    def _latest_group(self, pos: int) -> str | None:
        """ "the group said": the armed group or organisation named last, at most
        ANAPHOR_SENTENCES sentences back."""
        floor = self.ix.sents[max(0, self.ix.sentence_of(pos) - ANAPHOR_SENTENCES)][0]
        for m in reversed(self.ix.mentions_in(floor, pos)):
            if self.kinds.get(m.entity) in GROUP_KINDS:
                return m.entity
        return None

    def _owner(self, pos: int) -> str | None:
        """ "Its spokesman said": the organisation or state named last before ``pos``."""
        best = None
        for kind in ORG_KINDS:
            m = self.ix.previous_mention(pos, self.kinds, kind)
            if m is not None and (best is None or m.start > best.start):
                best = m
        return best.entity if best is not None else None

    def _speaker_before(self, i: int) -> _Speaker | None:
        """Speaker of the reporting word at token ``i``: the phrase just before it."""
        toks = self.toks
        floor = self.ix.sentence_span(toks[i].start)[0]
        j = i - 1
        while j >= 0 and (
            toks[j].lower in FILLERS
            or (toks[j].lower in WEEKDAYS and j > 0 and toks[j - 1].lower == "on")
        ):
            j -= 2 if toks[j].lower in WEEKDAYS else 1
        if (
            j > 0
            and toks[j].lower in PROGRESSIVE_AUX
            and toks[i].lower in REPORT_PARTICIPLES
            and toks[j - 1].is_word
        ):
            j -= 1  # "the minister was saying": the subject is before the auxiliary
        if j >= 0 and toks[j].lower in BE_FORMS | MODALS:
            return None
        if j > 0 and toks[j].lower == "and":
            return self._main_subject(i)  # "X rejected the charges and said ..."
        if (
            j >= 3
            and toks[j].is_word
            and toks[j - 1].lower in ("the", "a", "an")
            and toks[j - 2].lower in PHRASE_PREPS
            and singular(toks[j - 3].lower) in SPEAKER_HEADS
            and self.ix.mention_covering(toks[j].start, toks[j].end) is None
        ):  # "the elders of the district said": the head before the attached place
            spk = self._speaker_phrase(j - 3, floor)
            if spk is not None:
                return _Speaker(
                    spk.entity, self.text[spk.start : toks[j].end], spk.start, toks[j].end
                )
        attached = self._head_before_place(j, floor)
        if attached is not None:
            return attached
        if j >= 0 and toks[j].text == ",":  # "X, speaking to Y, said" / "X, the minister, said"
            k = j - 1
            while k >= 0 and j - k <= MAX_RELATIVE and toks[k].start >= floor:
                if toks[k].text in QUOTE_CHARS or toks[k].text in SENT_END:
                    return None
                if toks[k].text == "," and (j - k <= 12 or toks[k + 1].lower in RELATIVES):
                    named = self._apposed_name(k, j)  # longer: "X, which ruled ..., said"
                    return named or self._speaker_phrase(self._before_acronym(k - 1), floor)
                if toks[k].text == ",":
                    opener = self._sentence_opening_person(k, floor)
                    if opener is not None:  # "NAME, the commander of Y and the son of Z, wrote"
                        return opener
                k -= 1
            return None
        return self._speaker_phrase(j, floor)

    def _head_before_place(self, j: int, floor: int) -> _Speaker | None:
        """ "Unverified reports on social media said": a speaker head, then a short
        prepositional phrase of plain lower-case words (no actor) ending at token ``j``."""
        toks = self.toks
        k = j
        while k > j - 3 and k > 0 and toks[k].is_word and toks[k].text.islower():
            if self.ix.mention_covering(toks[k].start, toks[k].end) is not None:
                return None
            k -= 1
            if toks[k].lower in PLACE_PREPS and k < j:
                h = k - 1
                if h < 0 or toks[h].start < floor or singular(toks[h].lower) not in SPEAKER_HEADS:
                    return None
                spk = self._speaker_phrase(h, floor)
                if spk is None:
                    return None
                return _Speaker(
                    spk.entity, self.text[spk.start : toks[j].end], spk.start, toks[j].end
                )
        return None

    def _before_acronym(self, j: int) -> int:
        """ "the Front (TF), which ...": the token before a parenthesised acronym at ``j``."""
        toks = self.toks
        if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
            return j - 3
        return j

    def _apposed_name(self, k: int, j: int) -> _Speaker | None:
        """ "The Minister of Defence, NAME, said": the name between the commas at ``k`` and
        ``j`` is the speaker when it is one person's mention and nothing else."""
        toks = self.toks
        if j - k < 2:
            return None
        while k + 2 < j and toks[k + 1].text in TITLE_WORDS:  # ", Colonel NAME,"
            k += 1
        m = self.ix.mention_covering(toks[k + 1].start, toks[k + 1].end)
        kind = self.kinds.get(m.entity) if m is not None else None
        if m is None or m.end < toks[j - 1].end or kind not in ("person", *GROUP_KINDS):
            return self._titled_name(k, j)
        if kind != "person" and (m.start != toks[k + 1].start or not m.text.isupper()):
            return None  # only an acronym: "The UN mission in X, ACR, said"
        return _Speaker(m.entity, m.text, m.start, m.end)

    def _sentence_opening_person(self, k: int, floor: int) -> _Speaker | None:
        """The person named right before the comma at ``k`` when only titles stand between
        the sentence start and the name."""
        if k < 1:
            return None
        m = self.ix.mention_covering(self.toks[k - 1].start, self.toks[k - 1].end)
        if m is None or self.kinds.get(m.entity) != "person":
            return None
        x = self.ix.tok_at(m.start) - 1
        while x >= 0 and self.toks[x].start >= floor and self.toks[x].text in TITLE_WORDS:
            x -= 1
        if x >= 0 and self.toks[x].start >= floor:
            return None
        return _Speaker(m.entity, m.text, m.start, m.end)

    def _titled_name(self, k: int, j: int) -> _Speaker | None:
        """ "The chair of X, the Ruritanian head of state NAME, said": an apposition that
        ends with one person's name after role words (titles, descriptors, "of")."""
        toks = self.toks
        m = self.ix.mention_covering(toks[j - 1].start, toks[j - 1].end)
        if m is None or m.end != toks[j - 1].end or self.kinds.get(m.entity) != "person":
            return None
        x = k + 1
        while toks[x].end <= m.start:
            t = toks[x]
            named = self.ix.mention_covering(t.start, t.end)
            if not (t.is_title or t.lower in NP_WORDS or t.lower in PHRASE_PREPS or named):
                return None
            x += 1
        return _Speaker(m.entity, m.text, m.start, m.end) if x > k + 1 else None

    def _main_subject(self, i: int) -> _Speaker | None:
        """ "X rejected the charges, saying ..." / "X rejected them and said ...": the
        subject of the clause the reporting word at ``i`` continues, i.e. the first actor
        of its sentence that is not inside a prepositional phrase ("In CITY, X ...")."""
        toks = self.toks
        s0 = self.ix.sentence_span(toks[i].start)[0]
        found = self.ix.mentions_in(s0, toks[i].start)
        for n, m in enumerate(found):
            k = self.ix.tok_at(m.start) - 1
            while (
                k >= 0
                and toks[k].start >= s0
                and (toks[k].lower in NP_WORDS or toks[k].is_title or toks[k].is_possessive)
            ):
                k -= 1
            if k >= 0 and toks[k].start >= s0 and toks[k].lower in PHRASE_PREPS | CLAUSE_PREPS:
                continue
            if n + 1 < len(found) and self._apposed_person(m, found[n + 1]):
                m = found[n + 1]  # "The Ruritanian envoy, NAME, rejected ..."
            return _Speaker(m.entity, m.text, m.start, m.end)
        return None

    def _apposed_person(self, m: Mention, nxt: Mention) -> bool:
        """Whether ``nxt`` is a person's name set off by commas right after the noun phrase
        of ``m`` ("the Ruritanian envoy, NAME,")."""
        if self.kinds.get(nxt.entity) != "person":
            return False
        k = self.ix.tok_at(m.end)
        while k < len(self.toks) and self.toks[k].end <= nxt.start:
            t = self.toks[k]
            if t.text == ",":
                after = self.ix.tok_at(nxt.end)
                return after < len(self.toks) and self.toks[after].text == ","
            if not (t.lower in NP_WORDS or t.is_title):
                return False
            k += 1
        return False

    def _first_mention_speaker(self, i: int) -> _Speaker | None:
        """For participle cues ("X issued a statement saying ..."): the clause subject."""
        s0 = self.ix.sentence_span(self.toks[i].start)[0]
        found = self.ix.mentions_in(s0, self.toks[i].start)
        if not found:
            return None
        m = found[0]
        return _Speaker(m.entity, m.text, m.start, m.end)

    # -- direct quotes ------------------------------------------------------------------
    def _quote_cue_before(self, o: int) -> tuple[int, _Speaker] | None:
        toks = self.toks
        s0 = self.ix.sentence_span(o)[0]
        q = self.ix.tok_at(o)  # the opening mark's token
        j = q - 1
        while j >= 0 and toks[j].text in (",", ":", "—", "–"):
            j -= 1
        if (
            j >= 1
            and toks[j].lower in STATEMENT_NOUNS
            and toks[j - 1].is_possessive
            and toks[j - 1].start >= s0
        ):
            spk = self._speaker_phrase(j - 2, s0)
            if spk is not None and spk.entity is not None:
                return j, spk
        for k in range(q - 1, max(-1, q - 15), -1):
            t = toks[k]
            if t.start < s0 or t.text in QUOTE_CHARS or t.text in SENT_END:
                return None
            if t.lower in REPORT_QUOTE:
                spk = self._speaker_before(k)
                if t.lower in REPORT_PARTICIPLES and (spk is None or spk.entity is None):
                    spk = self._first_mention_speaker(k) or spk
                return (k, spk) if spk is not None else None
        return None

    def _quote_cue_after(self, c: int) -> tuple[int, _Speaker] | None:
        toks = self.toks
        a = self.ix.tok_at(c + 1)
        if a < len(toks) and toks[a].text == ",":
            a += 1
        end = a
        while end < len(toks) and end - a < 12:
            t = toks[end]
            if (
                t.text in SENT_END
                or t.text in QUOTE_CHARS
                or t.text == ","
                or "\n" in (self.text[toks[end - 1].end : t.start] if end > a else "")
            ):
                break
            end += 1
        for k in range(a, end):
            progressive = (
                toks[k].lower in REPORT_PARTICIPLES
                and k > a + 1
                and toks[k - 1].lower in PROGRESSIVE_AUX
            )  # “...,” the minister was saying
            if progressive:
                spk = self._speaker_phrase(k - 2, toks[a].start)
                return (k, spk) if spk is not None else None
            if toks[k].lower in REPORT_BARE:
                if k == a and k + 1 < end:  # “...,” said the minister
                    last = toks[end - 1]
                    spk = self._resolve(toks[k + 1].start, last.end, last)
                    if spk is None and toks[k + 1].lower in PRONOUNS_PERSON:
                        spk = self._pronoun(toks[k + 1])
                else:
                    j = k - 1
                    while j > a and toks[j].lower in FILLERS:
                        j -= 1
                    spk = self._speaker_phrase(j, toks[a].start) if k > a else None
                if spk is not None and toks[k].lower in CONTINUING and k == a + 1:
                    spk = self._continued_speaker(spk, toks[a])
                return (k, spk) if spk is not None else None
        return self._apposed_cue_after(a, end)

    def _continued_speaker(self, spk: _Speaker, pronoun: Tok) -> _Speaker:
        """ "“...,” he added": a person pronoun before "added" is the speaker of the claim
        just before, even when the sentence between names someone else."""
        if pronoun.lower not in PRONOUNS_PERSON:
            return spk
        sent = self.ix.sentence_of(pronoun.start)
        before = [c for c in self.claims if c.end <= pronoun.start]
        last = max(before, key=lambda c: c.end, default=None)
        if last is not None and sent - last.sentence <= 2:
            if self.kinds.get(last.speaker or "") == "person":
                return _Speaker(last.speaker, spk.text, spk.start, spk.end)
            return spk
        # no claim found yet (indirect speech comes later): the previous sentence's subject
        for s in (sent - 1, sent - 2):
            if s < 0:
                break
            s0, s_end = self.ix.sents[s]
            found = self.ix.mentions_in(s0, s_end)
            if found:
                if self.kinds.get(found[0].entity) == "person":
                    return _Speaker(found[0].entity, spk.text, spk.start, spk.end)
                break
        return spk

    def _apposed_cue_after(self, a: int, end: int) -> tuple[int, _Speaker] | None:
        """ "“...,” NAME, the press secretary of Y, told reporters": the speaker is the
        phrase a..end-1, an apposition follows between commas, then the reporting verb."""
        toks = self.toks
        if end >= len(toks) or toks[end].text != "," or end == a:
            return None
        last = toks[end - 1]
        m = self.ix.mention_covering(last.start, last.end)
        if m is None and singular(last.lower) in SPEAKER_HEADS:
            return self._role_then_name(end)  # "“...,” its spokesman, NAME, said"
        if m is None or self.kinds.get(m.entity) != "person":
            return None
        for k in range(end + 1, min(end + 15, len(toks) - 1)):
            t = toks[k]
            if t.text in SENT_END or t.text in QUOTE_CHARS:
                return None
            if t.text == ",":
                if toks[k + 1].lower in REPORT_BARE:
                    return k + 1, _Speaker(m.entity, m.text, m.start, m.end)
                return None
        return None

    def _role_then_name(self, comma: int) -> tuple[int, _Speaker] | None:
        """After a role phrase ("its spokesman") and the comma at ``comma``: one person's
        name, a comma and a reporting verb; the name is the speaker."""
        toks, n = self.toks, len(self.toks)
        x = comma + 1
        while x < n and toks[x].text in TITLE_WORDS:
            x += 1
        if x >= n:
            return None
        m = self.ix.mention_covering(toks[x].start, toks[x].end)
        if m is None or self.kinds.get(m.entity) != "person":
            return None
        k = self.ix.tok_at(m.end)
        if k + 1 < n and toks[k].text == "," and toks[k + 1].lower in REPORT_BARE:
            return k + 1, _Speaker(m.entity, m.text, m.start, m.end)
        return None

    def _direct_quotes(self) -> None:
        for o, c in self.quotes:
            before = self._quote_cue_before(o)
            found = before or self._quote_cue_after(c)
            if found is None:
                continue
            k, spk = found
            cue = self.toks[k].lower
            start, end = o + 1, c
            if before is not None:
                start, end = (
                    self._enclosing_clause(k, o, c) or self._described_as(k, o, c) or (start, end)
                )
            if self._add(spk, cue, start, end):
                self.used_cues.add(k)

    def _described_as(self, k: int, o: int, c: int) -> tuple[int, int] | None:
        """ "X described the firm as a company with “no link to the state”": what is
        described belongs to the claim, from the verb to the closing quote mark."""
        toks = self.toks
        if toks[k].lower not in DESCRIBING:
            return None
        between = [t for t in toks[k + 1 : k + 12] if t.start < o]
        if not any(t.lower == "as" for t in between[1:]):
            return None
        return toks[k].start, c + 1

    def _enclosing_clause(self, k: int, o: int, c: int) -> tuple[int, int] | None:
        """ "X said its jets had hit the sites and caused only “limited damage”": the
        reported clause that holds the quote (opening before it) is the claim, not the
        quoted words alone; it ends with the quote when another reporting verb follows."""
        toks = self.toks
        if toks[k].lower not in REPORT_BARE | REPORT_THAT:
            return None
        span = self._content_after(k)
        if span is None or span[0] >= o or span[1] < c:
            return None
        first = self.ix.tok_at(span[0])
        opens_clause = toks[first - 1].lower == "that" or (
            first == k + 1 and toks[k].lower in SAY_VERBS
        )
        if not opens_clause:
            return None  # "declared from his bunker ...", "accused them of “...”"
        after = self.ix.tok_at(c + 1)
        rest = toks[after : self.ix.tok_at(span[1])]
        if any(t.lower in REPORT_ANY for t in rest):
            return span[0], c + 1
        return span

    # -- indirect speech ----------------------------------------------------------------
    def _content_after(self, i: int) -> tuple[int, int] | None:
        """Character span of the complement of the reporting verb at token ``i``."""
        toks, verb = self.toks, self.toks[i].lower
        s_end = self.ix.sentence_span(toks[i].start)[1]
        for o, c in self.quotes:  # a verb inside an unattributed quote: stop at its end
            if o < toks[i].start < c:
                s_end = min(s_end, c)
        k, n = i + 1, len(toks)

        def at(x: int) -> Tok | None:
            return toks[x] if x < n and toks[x].start < s_end else None

        # skip "in a statement", "on Monday", "to reporters" up to a comma or "that"
        if (t := at(k)) is not None and (
            t.lower in CLAUSE_PREPS or t.lower in TIME_STARTS or verb in ("told", "tells")
        ):
            for x in range(k, k + 7):
                tx = at(x)
                if tx is None or tx.text in QUOTE_CHARS:
                    break
                if tx.lower == "that" or tx.text in ",:":
                    k = x
                    break
            else:
                if verb in ("told", "tells"):
                    return None
        has_that = False
        while (t := at(k)) is not None and t.text in ",:":
            has_that = has_that or t.text == ":"
            k += 1
        if (t := at(k)) is not None and t.lower == "that":
            has_that = True
            k += 1
        first = at(k)
        if first is None or first.text in QUOTE_CHARS:
            return None
        if not has_that and toks[k - 1].text == "," and first.lower in CLAUSE_JOINERS:
            return None  # "..., diplomats said, but the ministry denied it": not a complement
        if not has_that and toks[k - 1].text == "," and first.lower.endswith("ing"):
            return None  # "..., diplomats said, speaking on condition of anonymity"
        after_comma = verb in REPORT_PARTICIPLES and i > 0 and toks[i - 1].text == ","
        # "X rejected it, saying its troops ..." is reported speech even without "that"
        if (verb in REPORT_THAT or verb in REPORT_PARTICIPLES) and not has_that and not after_comma:
            return None
        if verb in ("told", "tells") and not has_that and toks[k - 1].text != ",":
            return None
        quantity = (
            first.lower == "at"
            and (n2 := at(k + 1)) is not None
            and (n2.lower in QUANTITY_AFTER_AT)
        )  # "said at least 30 civilians were killed"
        if (
            not has_that
            and not quantity
            and (first.lower in CONTENT_BAD_START or first.lower in MODALS)
        ):
            return None
        words, x = 0, k
        while x < n and toks[x].start < s_end and words < 3:
            words += toks[x].is_word
            x += 1
        if words < 3:
            return None
        end = s_end
        while end > first.start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?"):
            end -= 1
        return first.start, end

    def _postposed(self, i: int, spk: _Speaker) -> tuple[int, int] | None:
        """ "CONTENT, X said." -> the CONTENT span (the verb ends its clause)."""
        toks = self.toks
        s0, s_end = self.ix.sentence_span(toks[i].start)
        rest = self._until(i + 1, s_end, 6)
        if len(rest) >= 2 and rest[0].text == "," and rest[1].lower in CLAUSE_JOINERS:
            rest = []  # "CONTENT, diplomats said, but the ministry denied it."
        elif len(rest) >= 2 and rest[0].text == "," and rest[1].lower.endswith("ing"):
            rest = []  # "CONTENT, diplomats said, speaking on condition of anonymity."
        if len(rest) > 4 or any(t.text in QUOTE_CHARS for t in rest):
            return None
        p = self.ix.tok_at(spk.start) - 1
        while p > 0 and spk.start - toks[p].start < 40 and toks[p].text.islower():
            p -= 1  # "..., residents and a monitoring group said": words left of the head
        if p < 0 or toks[p].text != "," or toks[p].start < s0:
            return None
        first = self.ix.tok_at(s0)
        if first < len(toks) and toks[first].text in QUOTE_CHARS:
            return None
        if sum(1 for t in toks[first:p] if t.is_word) < 3:
            return None
        return s0, toks[p].start

    def _until(self, i: int, limit: int, most: int) -> list[Tok]:
        """Up to ``most`` tokens from index ``i`` that start before char ``limit``."""
        out = []
        for t in self.toks[i : i + most]:
            if t.start >= limit:
                break
            out.append(t)
        return out

    def _inverted(self, i: int) -> tuple[_Speaker, tuple[int, int]] | None:
        """ "CONTENT, said X." (verb right after the comma, speaker to the sentence end)."""
        toks = self.toks
        s0, s_end = self.ix.sentence_span(toks[i].start)
        if i == 0 or toks[i - 1].text != "," or toks[i].lower in ("told", "tells"):
            return None  # "CONTENT, told reporters": the audience follows, not the speaker
        rest = [t for t in self._until(i + 1, s_end, 12) if t.text not in SENT_END]
        if not rest or len(rest) > 10 or any(not (t.is_word or t.is_possessive) for t in rest):
            return None
        if any(t.lower in CLAUSE_VERBS for t in rest):
            return None  # "X, said the alliance would ...": a complement clause, not a speaker
        spk = self._resolve(rest[0].start, rest[-1].end, rest[-1])
        if spk is None and rest[0].lower in PRONOUNS_PERSON:
            spk = self._pronoun(rest[0])
        if spk is None:
            return None
        return spk, (s0, toks[i - 1].start)

    def _indirect(self) -> None:
        toks = self.toks
        # Only reporting words can be cues: find them in one pass, then look closer.
        for i in [k for k, t in enumerate(toks) if t.lower in REPORT_ANY]:
            t = toks[i]
            verb = t.lower
            if i in self.used_cues:
                continue
            if self._inside_claim(t.start):
                continue
            if (
                i + 2 < len(toks) and toks[i + 1].lower == "to" and not self._to_audience(i + 2)
            ):  # "said to be", "claimed to"; not "told to the journalists that"
                if verb in PLEDGES:
                    self._pledge(i)
                continue
            inv = self._inverted(i)
            if inv is not None:
                self._add(inv[0], verb, *inv[1])
                continue
            if verb in REPORT_PARTICIPLES and toks[i - 1].text == ",":
                spk = self._main_subject(i) or self._speaker_before(i)  # "X did Y, saying"
            else:
                spk = self._speaker_before(i)
            if verb in REPORT_PARTICIPLES and (spk is None or spk.entity is None):
                spk = self._first_mention_speaker(i) or spk
            if spk is None:
                continue
            p = self.ix.tok_at(spk.start) - 1
            if p >= 0 and toks[p].lower in RELATIVES:  # "the army, which X said was ready"
                continue
            span = self._content_after(i) or self._postposed(i, spk)
            if span is not None and verb in DENIALS and span[0] == toks[i + 1].start:
                span = (t.start, span[1])  # "X denied any role": the denial is the claim
            if span is not None:
                self._add(spk, verb, *span)

    def _descriptions(self) -> None:
        """ "X described the deployment as temporary": a characterisation is a claim, its
        text from the verb to the end of the sentence."""
        toks = self.toks
        for i in [k for k, t in enumerate(toks) if t.lower in DESCRIBING]:
            if i in self.used_cues or self._inside_claim(toks[i].start):
                continue
            s_end = self.ix.sentence_span(toks[i].start)[1]
            window = self._until(i + 1, s_end, 8)
            if not any(t.lower == "as" for t in window[1:]) or window[0].lower == "as":
                continue
            spk = self._speaker_before(i)
            if spk is None or spk.entity is None:
                continue
            end = s_end
            while end > toks[i].end and self.text[end - 1] in " .!?\n":
                end -= 1
            self._add(spk, toks[i].lower, toks[i].start, end)

    def _to_audience(self, k: int) -> bool:
        """Whether token ``k``, after "said to"/"told to", begins the audience ("the
        journalists", "reporters") rather than an infinitive ("to be")."""
        w = self.toks[k].lower
        return w in ("the", "a", "an") or singular(w) in SPEAKER_HEADS

    def _pledge(self, i: int) -> None:
        """ "X vowed to fight for every street": the infinitive is what X pledged."""
        toks = self.toks
        s_end = self.ix.sentence_span(toks[i].start)[1]
        words = self._until(i + 2, s_end, 3)
        if len(words) < 3 or not words[0].text.islower():
            return
        spk = self._speaker_before(i)
        if spk is None:
            return
        end = s_end
        while end > toks[i + 1].start and (
            self.text[end - 1].isspace() or self.text[end - 1] in ".!?"
        ):
            end -= 1
        self._add(spk, toks[i].lower, toks[i + 1].start, end)

    def _according(self) -> None:
        toks = self.toks
        last = len(toks) - 2
        for i in [k for k, t in enumerate(toks) if t.lower == "according" and k < last]:
            if toks[i + 1].lower != "to":
                continue
            s0, s_end = self.ix.sentence_span(toks[i].start)
            j = i + 2
            while (
                j < len(toks)
                and toks[j].start < s_end
                and toks[j].text not in ",;."
                and (j - i < 14)
            ):
                j += 1
            if j == i + 2:
                continue
            spk = self._resolve(toks[i + 2].start, toks[j - 1].end, toks[j - 1])
            if spk is None:
                continue
            before = self.text[s0 : toks[i].start].rstrip(" ,")
            if len(before.split()) >= 3:  # "CONTENT, according to X."
                self._add(spk, "according to", s0, s0 + len(before))
            elif j < len(toks) and toks[j].text == ",":  # "According to X, CONTENT."
                end = s_end
                while end > toks[j].end and self.text[end - 1] in " .!?\n":
                    end -= 1
                self._add(spk, "according to", toks[j].end, end)

    def run(self) -> list[Claim]:
        self._direct_quotes()
        self._according()
        self._indirect()
        self._descriptions()
        return sorted(self.claims, key=lambda c: (c.start, c.end))
