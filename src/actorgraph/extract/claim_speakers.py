"""Who speaks: the speaker phrase of a reporting word and the actor it stands for.

A claim's speaker is the actor mention inside the speaker phrase ("A US official" -> the US
mention), a pronoun resolved to the person or organisation named just before, an anaphor
("the group", "the minister", "the government", "the juntas") resolved to the actor of that
kind named last, or None for an anonymous speaker ("sources", "people familiar with the
talks"). :class:`SpeakerFinder` holds these lookups; the claim finder builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.extract.lexicon_claims import (
    ANAPHOR_SENTENCES,
    ARTICLE_WORDS,
    ASIDE_OWNERS,
    ATTITUDE_ADJECTIVES,
    BE_FORMS,
    CLAUSE_PREPS,
    CONJUNCT_GLUE,
    CONTACT_PARTICIPLES,
    CUT_PREPS,
    GROUP_ANAPHORS,
    GROUP_KINDS,
    HOME_FORCES,
    MAX_RELATIVE,
    MODALS,
    NP_WORDS,
    ORG_KINDS,
    ORG_POSSESSIVES,
    PHRASE_PREPS,
    PLACE_PREPS,
    PROGRESSIVE_AUX,
    RELATIVES,
    REPORT_ANY,
    SAME_HEAD_ANAPHORS,
    SAME_HEAD_REACH,
    SENT_ADVERBS,
    SOURCE_LINKS,
    STATE_ANAPHORS,
    STATE_OUTLET,
    WEEKDAYS,
    is_filler,
)
from actorgraph.extract.lexicon_roles import (
    DESCRIPTORS,
    GROUP_HEADS,
    MEDIA_HEADS,
    PERSON_HEADS,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    REPORT_PARTICIPLES,
    SPEAKER_HEADS,
    TITLE_WORDS,
    singular,
)
from actorgraph.extract.lexicon_text import QUOTE_CHARS, SENT_END, DocIndex, Tok
from actorgraph.records import Claim, Mention


@dataclass(slots=True)
class Speaker:
    """A speaker phrase and the actor it resolves to (None: anonymous)."""

    entity: str | None
    text: str
    start: int  # char offsets of the speaker phrase
    end: int


class SpeakerFinder:
    """Speaker lookups over one document's tokens and actor mentions."""

    def __init__(self, ix: DocIndex, kinds: dict[str, str]) -> None:
        self.ix = ix
        self.kinds = kinds
        self.toks = ix.toks
        self.text = ix.text
        self.claims: list[Claim] = []  # found so far, in the order found
        self._roles: dict[str, str] | None = None  # entity -> words around its mentions

    def _pronoun(self, tok: Tok) -> Speaker:
        ent = None
        if tok.lower in PRONOUNS_PERSON:
            m = self.ix.previous_mention(tok.start, self.kinds, "person")
            ent = m.entity if m else None
        elif tok.lower == "it":
            ent = self._clause_subject(tok.start) or self._previous_org_speaker(tok.start)
        return Speaker(ent, tok.text, tok.start, tok.end)

    def _previous_org_speaker(self, pos: int) -> str | None:
        """ "X said A. B, it said.": the non-person speaker of the claim just before, in
        this sentence or the previous one."""
        sent = self.ix.sentence_of(pos)
        before = [c for c in self.claims if c.end <= pos and sent - c.sentence <= 1]
        last = max(before, key=lambda c: c.end, default=None)
        if last is None or last.speaker is None or self.kinds.get(last.speaker) == "person":
            return None
        return last.speaker

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

    def _speaker_phrase(self, j: int, floor: int) -> Speaker | None:
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
                or (t.lower == "and" and i < j and self._and_joins_names(i))
                or (t.text == "," and i < j and self._comma_in_list(i, j))
            ):
                break
            elif (
                t.lower in ARTICLE_WORDS
                and i > 0
                and toks[i - 1].is_title
                and toks[i - 1].text not in TITLE_WORDS
                and self.ix.mention_covering(toks[i - 1].start, toks[i - 1].end) is None
            ):  # "By September the group": the phrase opens at its article
                i -= 1
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

    def _and_joins_names(self, i: int) -> bool:
        """Whether the "and" at token ``i`` joins two capitalised names that are no actors
        ("residents of Kamsa and Lufa"): place names inside a speaker phrase."""
        toks = self.toks
        return 0 < i < len(toks) - 1 and toks[i - 1].is_title and toks[i + 1].is_title

    def _comma_in_list(self, i: int, j: int) -> bool:
        """Whether the comma at token ``i`` separates actors of a list that "and" closes
        before token ``j`` ("the governments of A, B and C")."""
        toks = self.toks
        if i == 0 or self.ix.mention_covering(toks[i - 1].start, toks[i - 1].end) is None:
            return False
        if self.ix.mention_covering(toks[i + 1].start, toks[i + 1].end) is None:
            return False
        return any(t.lower == "and" for t in toks[i + 1 : j])

    def _resolve(self, start: int, end: int, head: Tok) -> Speaker | None:
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
            if head.lower in MEDIA_HEADS and not STATE_OUTLET & set(text.lower().split()):
                return Speaker(None, text, start, end)  # "the Ruritanian press": anonymous
            return Speaker(chosen.entity, text, start, end)
        if (
            head.lower in SPEAKER_HEADS
            or singular(head.lower) in SPEAKER_HEADS
            or head.lower in STATE_ANAPHORS
            or head.lower in SAME_HEAD_ANAPHORS
        ):
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
                if not lowered and head.lower in STATE_ANAPHORS:  # "the government"
                    owner = self._latest_state(start, plural=head.lower.endswith("s"))
                if not lowered and head.lower in SAME_HEAD_ANAPHORS:  # "the coalition"
                    owner = self._same_head_antecedent(self.ix.tok_at(start), head.lower)
                if owner is None and not lowered and head.lower in HOME_FORCES:
                    owner = self._main_state()  # "the army said": the document's state
            return Speaker(owner, text, start, end)
        # "Officials in the province", "the elders of the district": the head precedes the
        # preposition that attaches a place.
        first = self.ix.tok_at(start)
        for t in self.toks[first : self.ix.tok_at(end)]:
            if t.lower in PHRASE_PREPS:
                p = self.ix.tok_at(t.start) - 1
                if p > first and self.toks[p].lower in SOURCE_LINKS:
                    p -= 1  # "people familiar with the talks", "sources close to the army"
                if p >= first and singular(self.toks[p].lower) in SPEAKER_HEADS:
                    return Speaker(None, text, start, end)
                break
        return None

    def _first_conjunct(self, found: list[Mention]) -> Mention:
        """The last mention of ``found``, or the first of the coordination it ends ("the
        authorities of X and of Y said": X, named first, heads the speaker phrase)."""
        n = len(found) - 1
        joined = False  # an "and" seen: commas before it separate the list's members
        while n > 0:
            between = self.text[found[n - 1].end : found[n].start].lower().split()
            if not between or not set(between) <= CONJUNCT_GLUE:
                break
            if "and" not in between and not (joined and between == [","]):
                break
            joined = joined or "and" in between
            n -= 1
        return found[n]

    def _role_antecedent(self, pos: int, role: str) -> str | None:
        """ "the minister said": the latest person, at most ANAPHOR_SENTENCES sentences back,
        whose mention or the words just before it carry the role ("The Minister of Defence,
        NAME"); None when there is no such person."""
        if role not in PERSON_HEADS:
            return None
        floor = self._sentences_back(pos, ANAPHOR_SENTENCES)
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
                words = self.text[s0 : self._apposition_end(m.end)].lower()
                self._roles[m.entity] = self._roles.get(m.entity, "") + " " + words
                prev_end = max(prev_end, m.end)
        return self._roles.get(entity, "")

    def _apposition_end(self, end: int) -> int:
        """End of the apposition that follows a name ("NAME, the defence minister, said"):
        its closing comma, at most 60 characters on; ``end`` when no comma follows."""
        if not self.text.startswith(", ", end):
            return end
        close = self.text.find(",", end + 2, end + 60)
        return close if close > 0 else end

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
        floor = self._sentences_back(pos, ANAPHOR_SENTENCES)
        for m in reversed(self.ix.mentions_in(floor, pos)):
            if self.kinds.get(m.entity) in GROUP_KINDS:
                return m.entity
        return None

    def _sentences_back(self, pos: int, n: int) -> int:
        """Start of the sentence ``n`` sentences before the one at ``pos``, not counting the
        empty sentences that paragraph breaks leave."""
        s = self.ix.sentence_of(pos)
        while n > 0 and s > 0:
            s -= 1
            a, b = self.ix.sents[s]
            n -= bool(self.text[a:b].strip())
        return self.ix.sents[s][0]

    def _latest_state(self, pos: int, plural: bool) -> str | None:
        """ "the government said": the state named last, at most one sentence back; for a
        plural ("the juntas said") only a list of states counts, and its first member speaks
        for it, as with "A and B said"."""
        floor = self._sentences_back(pos, 1)
        found = self.ix.mentions_in(floor, pos)
        for n in range(len(found) - 1, -1, -1):
            if self.kinds.get(found[n].entity) != "state":
                continue
            listed = [m for m in found[: n + 1] if self.kinds.get(m.entity) == "state"]
            first = self._first_conjunct(listed)
            if plural and first is found[n]:
                continue  # a single state is no antecedent of "the juntas"
            return first.entity if plural else found[n].entity
        return None

    def _same_head_antecedent(self, first: int, head: str) -> str | None:
        """ "The coalition said": the actor named in the last earlier phrase with the same
        head ("the U.S.-led coalition", "the Arab Coalition"), at most SAME_HEAD_REACH
        tokens back; None when there is none."""
        toks = self.toks
        for x in range(first - 1, max(-1, first - SAME_HEAD_REACH), -1):
            if toks[x].lower != head:
                continue
            found = self.ix.mentions_in(toks[max(0, x - 3)].start, toks[x].end)
            if found:
                return found[-1].entity
        return None

    def _main_state(self) -> str | None:
        """The state with the most mentions in the document (None when there is no state,
        or a tie): whose army "the army" is when no earlier phrase says."""
        counts: dict[str, int] = {}
        for m in self.ix.mentions:
            if self.kinds.get(m.entity) == "state":
                counts[m.entity] = counts.get(m.entity, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return max(counts, key=lambda e: counts[e])

    def _owner(self, pos: int) -> str | None:
        """ "Its spokesman said": the organisation or state named last before ``pos``."""
        best = None
        for kind in ORG_KINDS:
            m = self.ix.previous_mention(pos, self.kinds, kind)
            if m is not None and (best is None or m.start > best.start):
                best = m
        return best.entity if best is not None else None

    def _speaker_before(self, i: int) -> Speaker | None:
        """Speaker of the reporting word at token ``i``: the phrase just before it."""
        toks = self.toks
        floor = self.ix.sentence_span(toks[i].start)[0]
        j = i - 1
        while j >= 0 and (
            is_filler(toks[j].lower)
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
        j = self._before_aside(j, floor)
        if (
            j >= 3
            and toks[j].lower == "to"
            and toks[j - 1].lower in ATTITUDE_ADJECTIVES
            and toks[j - 2].lower in BE_FORMS
        ):
            j -= 3  # "X was right to say that ...": the subject of "was"
        if j >= 0 and toks[j].lower in BE_FORMS | MODALS:
            return None
        if j >= 2 and toks[j].lower == "who" and toks[j - 1].text == ",":
            j -= 2  # "NAME, who called it “a crime”, ...": the person before the relative
        if j > 0 and toks[j].lower in ("and", "but"):
            return self._main_subject(i)  # "X rejected the charges and said ..."
        j = self._before_reached_by(j, floor)
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
                return Speaker(
                    spk.entity, self.text[spk.start : toks[j].end], spk.start, toks[j].end
                )
        attached = self._head_before_place(j, floor)
        if attached is not None:
            return attached
        if j >= 0 and toks[j].text == ",":  # "X, speaking to Y, said" / "X, the minister, said"
            k = j - 1
            quoted = inside = False  # "X, who called it “a crime”, said": a quote in a relative
            while k >= 0 and j - k <= MAX_RELATIVE and toks[k].start >= floor:
                if toks[k].text in SENT_END:
                    return None
                if toks[k].text in QUOTE_CHARS:
                    quoted, inside = True, not inside
                    k -= 1
                    continue
                if inside:
                    k -= 1
                    continue
                if toks[k].text == "," and quoted and toks[k + 1].lower not in RELATIVES:
                    return None
                if toks[k].text == "," and (
                    j - k <= 12 or toks[k + 1].lower in RELATIVES or self._relative_np(k + 1, j)
                ):
                    named = self._apposed_name(k, j)  # longer: "X, which ruled ..., said"
                    return named or self._speaker_phrase(self._before_acronym(k - 1), floor)
                if toks[k].text == ",":
                    opener = self._sentence_opening_person(k, floor)
                    if opener is not None:  # "NAME, the commander of Y and the son of Z, wrote"
                        return opener
                k -= 1
            return None
        return self._speaker_phrase(j, floor)

    def _before_aside(self, j: int, floor: int) -> int:
        """ "The army (,) for its part (,) is affirming": the token before a "for its part"
        aside that ends at token ``j``; ``j`` itself when there is none."""
        toks = self.toks
        k = j - (j >= 0 and toks[j].text == ",")
        if (
            k >= 3
            and toks[k].lower == "part"
            and toks[k - 1].lower in ASIDE_OWNERS
            and toks[k - 2].lower == "for"
            and toks[k - 3].start >= floor
        ):
            k -= 3
            return k - (toks[k].text == ",")
        return j

    def _before_reached_by(self, j: int, floor: int) -> int:
        """ "Residents of X reached by phone said": the token before a participle such as
        "reached by phone" that ends at token ``j``; ``j`` itself when there is none."""
        toks = self.toks
        for b in range(j - 1, max(j - 4, -1), -1):
            if toks[b].start < floor:
                break
            if toks[b].lower == "by" and b > 0 and toks[b - 1].lower in CONTACT_PARTICIPLES:
                if all(t.is_word for t in toks[b + 1 : j + 1]):
                    return b - 2
                break
        return j

    def _relative_np(self, a: int, j: int) -> bool:
        """Whether tokens a..j are an apposition whose noun phrase opens with an article and
        goes on as a relative clause ("the expeditionary force that ... set up")."""
        toks = self.toks
        if toks[a].lower not in ARTICLE_WORDS:
            return False
        for t in toks[a + 1 : min(a + 6, j)]:
            if t.lower in ("that", "which", "who"):
                return True
            if not (t.is_word or t.is_possessive) or t.lower in REPORT_ANY:
                return False
        return False

    def _head_before_place(self, j: int, floor: int) -> Speaker | None:
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
                return Speaker(
                    spk.entity, self.text[spk.start : toks[j].end], spk.start, toks[j].end
                )
        return None

    def _before_acronym(self, j: int) -> int:
        """ "the Front (TF), which ...": the token before a parenthesised acronym at ``j``."""
        toks = self.toks
        if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(":
            return j - 3
        return j

    def _apposed_name(self, k: int, j: int) -> Speaker | None:
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
        return Speaker(m.entity, m.text, m.start, m.end)

    def _sentence_opening_person(self, k: int, floor: int) -> Speaker | None:
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
        return Speaker(m.entity, m.text, m.start, m.end)

    def _titled_name(self, k: int, j: int) -> Speaker | None:
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
        return Speaker(m.entity, m.text, m.start, m.end) if x > k + 1 else None

    def _main_subject(self, i: int) -> Speaker | None:
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
                and (
                    toks[k].lower in NP_WORDS
                    or toks[k].is_title
                    or toks[k].is_possessive
                    or (toks[k].lower == "of" and k > 0 and toks[k - 1].is_title)
                )
            ):
                k -= 1  # "Secretary of State NAME": an "of" between title words
            if k >= 0 and toks[k].start >= s0 and toks[k].lower in PHRASE_PREPS | CLAUSE_PREPS:
                continue
            if n + 1 < len(found) and self._apposed_person(m, found[n + 1]):
                m = found[n + 1]  # "The Ruritanian envoy, NAME, rejected ..."
            return Speaker(m.entity, m.text, m.start, m.end)
        return self._opening_owner_phrase(s0, i)

    def _opening_owner_phrase(self, s0: int, i: int) -> Speaker | None:
        """ "Its defence ministry condemned ... and warned ...": a sentence that opens with
        "its"/"their" and a speaker head speaks for the organisation or state named last."""
        toks = self.toks
        first = self.ix.tok_at(s0)
        if first >= i or toks[first].lower not in ORG_POSSESSIVES:
            return None
        k = first + 1
        while k < i and toks[k].lower in NP_WORDS and k - first < 5:
            k += 1
        if k == first + 1 or singular(toks[k - 1].lower) not in SPEAKER_HEADS:
            return None
        return self._resolve(toks[first].start, toks[k - 1].end, toks[k - 1])

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

    def _first_mention_speaker(self, i: int) -> Speaker | None:
        """For participle cues ("X issued a statement saying ..."): the clause subject."""
        s0 = self.ix.sentence_span(self.toks[i].start)[0]
        found = self.ix.mentions_in(s0, self.toks[i].start)
        if not found:
            return None
        m = found[0]
        return Speaker(m.entity, m.text, m.start, m.end)
