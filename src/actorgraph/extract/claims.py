"""Attributed statements (claims): who said what, with the content span.

Patterns, in order of trust:

* direct quotes (“...”, "...", «...», ‘...’) attributed by a reporting verb before the
  quote in its sentence ("X said: “...”", "X promised to “...”", "X declared from his HQ
  that this was “...”"), by a statement noun ("X’s statement, “...”") or after the quote
  ("“...,” X said", "“...,” said X", "“...,” has declared X"); a quote may run over
  several sentences;
* attributions: "according to X, CONTENT", "CONTENT, according to X", "A and, according
  to X, CONTENT", "in the view of X", "For X, this proves that CONTENT";
* indirect speech: "X said (that) CONTENT", "X said on Sunday CONTENT", "X, speaking to
  Y, said CONTENT", "CONTENT, X said", "CONTENT, said X", "X vowed/claimed to ...", and
  hearsay ("X is said to be ...", an anonymous claim).

Who speaks is worked out in :mod:`actorgraph.extract.claim_speakers`. Claims never nest: a
reporting verb inside the content of an accepted claim ("he said they think ...") is not a
new claim, and a coordinated clause with its own subject and reporting verb ("X said A,
and Y accuses B of C") ends the claim before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from actorgraph.extract.claim_speakers import Speaker, SpeakerFinder
from actorgraph.extract.lexicon_claims import (
    AMOUNT_WORDS,
    ARTICLE_WORDS,
    BE_FORMS,
    CLAIMS_TO,
    CLAUSE_JOINERS,
    CLAUSE_OPENERS,
    CLAUSE_PREPS,
    CLAUSE_VERBS,
    CLOSING_MARK,
    CONTENT_BAD_START,
    CONTINUING,
    DAY_PARTS,
    DAY_WORDS,
    DENIALS,
    DESCRIBING,
    HEARSAY,
    JOINED_BEFORE,
    MAX_QUOTE,
    MODALS,
    MONTH_WORDS,
    NP_WORDS,
    OPENING_MARK,
    PERFECT_AUX,
    PHRASE_END_PREPS,
    PHRASE_PREPS,
    PLEDGES,
    PROGRESSIVE_AUX,
    PROOF_VERBS,
    QUANTITY_AFTER_AT,
    RELATIVES,
    REPORT_ANY,
    REPORT_JOINERS,
    SAY_VERBS,
    TELL_VERBS,
    TIME_STARTS,
    TIME_UNITS,
    WEEKDAYS,
    is_filler,
)
from actorgraph.extract.lexicon_roles import (
    DESCRIPTORS,
    HONORIFICS,
    PRONOUNS_PERSON,
    REPORT_BARE,
    REPORT_PARTICIPLES,
    REPORT_QUOTE,
    REPORT_THAT,
    SPEAKER_HEADS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
    singular,
)
from actorgraph.extract.lexicon_text import QUOTE_CHARS, SENT_END, DocIndex, Tok
from actorgraph.records import Claim, Entity, Mention


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
        elif ch in CLOSING_MARK:
            opened[CLOSING_MARK[ch]] = i
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


class _Finder(SpeakerFinder):
    def __init__(self, ix: DocIndex, kinds: dict[str, str]) -> None:
        super().__init__(ix, kinds)
        self.quotes = _quote_spans(self.text)
        self.used_cues: set[int] = set()  # token indices already used as a cue

    # -- output -------------------------------------------------------------------------
    def _inside_claim(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.claims)

    def _overlaps_claim(self, start: int, end: int) -> bool:
        return any(start < c.end and c.start < end for c in self.claims)

    def _add(self, spk: Speaker, cue: str, start: int, end: int) -> bool:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if (
            end > start
            and text[end - 1] in QUOTE_CHARS
            and text.count(text[end - 1], start, end) == 1
            and OPENING_MARK.get(text[end - 1], "\0") not in text[start : end - 1]
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
    # -- direct quotes ------------------------------------------------------------------
    def _quote_cue_before(self, o: int) -> tuple[int, Speaker] | None:
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
                break
            if t.lower in REPORT_QUOTE:
                spk = self._speaker_before(k)
                if t.lower in REPORT_PARTICIPLES and (spk is None or spk.entity is None):
                    spk = self._first_mention_speaker(k) or spk
                return (k, spk) if spk is not None else None
        if q > 1 and toks[q - 1].text == ":":
            return self._subject_before_colon(q - 1)
        return None

    def _subject_before_colon(self, colon: int) -> tuple[int, Speaker] | None:
        """ "A senior official, who asked not to be named, was more blunt: “...”": with no
        reporting verb, a quote after a colon is said by the speaker phrase that opens the
        sentence (an actor or a speaker head), at most 20 tokens before the colon."""
        toks = self.toks
        first = self.ix.tok_at(self.ix.sentence_span(toks[colon].start)[0])
        if colon - first > 20 or any(t.text in QUOTE_CHARS for t in toks[first:colon]):
            return None
        x = self._phrase_end(first, colon)
        if x == first or x >= colon - 1:
            return None  # "Officials:" or no clause between the phrase and the colon
        spk = self._resolve(toks[first].start, toks[x - 1].end, toks[x - 1])
        return (colon - 1, spk) if spk is not None else None

    def _quote_cue_after(self, c: int) -> tuple[int, Speaker] | None:
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
            inverted = k == a or (k == a + 1 and toks[a].lower in PERFECT_AUX)
            if toks[k].lower in REPORT_BARE or (inverted and toks[k].lower in REPORT_THAT):
                if inverted and k + 1 < end:  # “...,” said the minister / has declared X
                    last = toks[end - 1]
                    spk = self._resolve(toks[k + 1].start, last.end, last)
                    if spk is None and toks[k + 1].lower in PRONOUNS_PERSON:
                        spk = self._pronoun(toks[k + 1])
                    if spk is None:  # “...,” has declared Mrs X after her meeting with Y
                        spk = self._noun_phrase_after(k + 1, end)
                    if spk is not None and self.kinds.get(spk.entity or "") != "person":
                        spk = self._name_after_comma(end) or spk  # “...,” said its spokesman, X
                else:
                    j = k - 1
                    while j > a and is_filler(toks[j].lower):
                        j -= 1
                    spk = self._speaker_phrase(j, toks[a].start) if k > a else None
                if spk is not None and toks[k].lower in CONTINUING and k == a + 1:
                    spk = self._continued_speaker(spk, toks[a])
                return (k, spk) if spk is not None else None
        return self._apposed_cue_after(a, end)

    def _name_after_comma(self, comma: int) -> Speaker | None:
        """ "“...,” has declared its spokesman, Mr X": the person named (after titles) right
        after the comma at token ``comma``, else None."""
        toks, x = self.toks, comma + 1
        if comma >= len(toks) or toks[comma].text != ",":
            return None
        while x < len(toks) and (toks[x].text in HONORIFICS or toks[x].text in TITLE_WORDS):
            x += 1
        if x >= len(toks):
            return None
        m = self.ix.mention_covering(toks[x].start, toks[x].end)
        if m is None or self.kinds.get(m.entity) != "person":
            return None
        return Speaker(m.entity, m.text, m.start, m.end)

    def _phrase_end(self, x: int, end: int) -> int:
        """The token after the speaker noun phrase starting at token ``x`` (before ``end``):
        mentions, capitalised words, role words and possessives."""
        toks = self.toks
        while x < end:
            t = toks[x]
            m = self.ix.mention_covering(t.start, t.end)
            if m is not None:
                x = max(x + 1, self.ix.tok_at(m.end))
                continue
            if not (t.is_title or t.lower in NP_WORDS or t.is_possessive):
                break
            x += 1
        return x

    def _noun_phrase_after(self, k: int, end: int) -> Speaker | None:
        """The speaker noun phrase that starts at token ``k`` (before ``end``): titles,
        role words and names up to the first other word ("Mrs X after her meeting")."""
        toks = self.toks
        x = self._phrase_end(k, end)
        if x == k or (x < end and toks[x].lower not in PHRASE_END_PREPS):
            return None  # “...,” said Washington alone would ...: a clause, no speaker
        last = toks[x - 1]
        return self._resolve(toks[k].start, last.end, last)

    def _continued_speaker(self, spk: Speaker, pronoun: Tok) -> Speaker:
        """ "“...,” he added": a person pronoun before "added" is the speaker of the claim
        just before, even when the sentence between names someone else."""
        if pronoun.lower not in PRONOUNS_PERSON:
            return spk
        sent = self.ix.sentence_of(pronoun.start)
        before = [c for c in self.claims if c.end <= pronoun.start]
        last = max(before, key=lambda c: c.end, default=None)
        if last is not None and sent - last.sentence <= 2:
            if self.kinds.get(last.speaker or "") == "person":
                return Speaker(last.speaker, spk.text, spk.start, spk.end)
            return spk
        # no claim found yet (indirect speech comes later): the previous sentence's subject
        for s in (sent - 1, sent - 2):
            if s < 0:
                break
            s0, s_end = self.ix.sents[s]
            found = self.ix.mentions_in(s0, s_end)
            if found:
                if self.kinds.get(found[0].entity) == "person":
                    return Speaker(found[0].entity, spk.text, spk.start, spk.end)
                break
        return spk

    def _apposed_cue_after(self, a: int, end: int) -> tuple[int, Speaker] | None:
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
                    return k + 1, Speaker(m.entity, m.text, m.start, m.end)
                return None
        return None

    def _role_then_name(self, comma: int) -> tuple[int, Speaker] | None:
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
            return k + 1, Speaker(m.entity, m.text, m.start, m.end)
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
        elif t is not None and verb in TELL_VERBS:
            k = self._audience_then_that(k, s_end)  # "reminded the world that ..."
        if at(k) is not None and toks[k].lower not in ("that", ",", ":"):
            k = self._after_adjuncts(k, s_end)  # "said on Sunday it had ...", "again and again"
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
        if (
            not has_that
            and first.lower in AMOUNT_WORDS
            and (n2 := at(k + 1)) is not None
            and n2.lower in ("about", "than", "of")
        ):
            return None  # "it said more about X than ...": "said" takes an amount, no clause
        if not has_that and toks[k - 1].text == "," and first.lower.endswith("ing"):
            return None  # "..., diplomats said, speaking on condition of anonymity"
        after_comma = verb in REPORT_PARTICIPLES and i > 0 and toks[i - 1].text == ","
        if verb in REPORT_PARTICIPLES and i > 0 and toks[i - 1].lower in PROGRESSIVE_AUX:
            after_comma = True  # "X is accusing Y of ...": a progressive takes no "that"
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
        end = self._before_coordinated_report(k, s_end)
        while end > first.start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?"):
            end -= 1
        return first.start, end

    def _audience_then_that(self, k: int, s_end: int) -> int:
        """ "reminded the world that ...", "informed its allies that ...": the index of the
        "that" after a short audience phrase (words only) starting at token ``k``; ``k``
        itself when there is none."""
        for x in range(k, min(k + 6, len(self.toks))):
            t = self.toks[x]
            if t.start >= s_end or not (t.is_word or t.is_possessive):
                break
            if t.lower == "that":
                return x if x > k else k
        return k

    def _after_adjuncts(self, k: int, s_end: int) -> int:
        """Token index after the time adjuncts and adverbs that may stand between a reporting
        verb and its complement ("said on Sunday it had ...", "has sworn again and again
        that ...", "said yesterday evening the"); ``k`` itself when none starts there."""
        toks, n = self.toks, len(self.toks)

        def low(x: int) -> str:
            return toks[x].lower if x < n and toks[x].start < s_end else ""

        for _ in range(3):  # at most three adjuncts in a row
            w = low(k)
            if is_filler(w) and w not in CLAUSE_VERBS:
                k += 3 if low(k + 1) == "and" and low(k + 2) == w else 1  # "again and again"
            elif w == "time" and low(k + 1) == "and" and low(k + 2) == "again":
                k += 3
            elif w == "on" and (low(k + 1) in WEEKDAYS or low(k + 1) in MONTH_WORDS):
                k += 2
                if low(k - 1) in MONTH_WORDS and low(k)[:1].isdigit():
                    k += 1  # "on March 3"
                elif toks[k - 1].lower in WEEKDAYS and low(k) in DAY_PARTS:
                    k += 1  # "on Sunday evening"
            elif w in DAY_WORDS:
                k += 1 + (low(k + 1) in DAY_PARTS)
            elif w in ("last", "this", "next", "earlier", "later") and low(k + 1) in TIME_UNITS:
                k += 2
            elif w in ("earlier", "later") and low(k + 1) == "this" and low(k + 2) in TIME_UNITS:
                k += 3
            else:
                break
        return k

    def _before_coordinated_report(self, k: int, s_end: int) -> int:
        """End of a complement starting at token ``k``: the comma before a coordinated clause
        with its own subject and reporting verb ("X said A, and Y accuses B of C") ends it;
        else ``s_end``."""
        toks, n = self.toks, len(self.toks)
        x = k
        while x + 2 < n and toks[x].start < s_end:
            if toks[x].text == ";" and x > k:
                return toks[x].start  # "China said A; each time, Manila replied that B"
            if toks[x].text == "," and toks[x + 1].lower in REPORT_JOINERS:
                if toks[x + 2].lower in REPORT_BARE and toks[x + 1].lower in ("and", "but"):
                    return toks[x].start  # ", but added that ...": the subject goes on
                for y in range(x + 3, min(x + 10, n)):
                    t = toks[y]
                    if t.start >= s_end or t.text in SENT_END or t.text in ",;:":
                        break
                    progressive = t.lower in REPORT_PARTICIPLES and toks[y - 1].lower in BE_FORMS
                    if (t.lower in REPORT_BARE or progressive) and self._subject_opens(x + 2, y):
                        relative = toks[x + 1].lower in RELATIVES
                        if not relative or y + 1 >= n or toks[y + 1].text in ",;.":
                            return toks[x].start  # not "..., which Y said was ...,"
            x += 1
        return s_end

    def _subject_opens(self, a: int, b: int) -> bool:
        """Whether a subject opens at token ``a`` (before the verb at ``b``): an actor or a
        speaker head among its first three words."""
        toks = self.toks
        for t in toks[a : min(b, a + 3)]:
            if self.ix.mention_covering(t.start, t.end) is not None:
                return True
            if singular(t.lower) in SPEAKER_HEADS:
                return True
        return False

    def _postposed(self, i: int, spk: Speaker) -> tuple[int, int] | None:
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

    def _inverted(self, i: int) -> tuple[Speaker, tuple[int, int]] | None:
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
                if verb in PLEDGES or verb in CLAIMS_TO:  # "vowed to fight", "claimed to have"
                    self._pledge(i)
                elif verb in HEARSAY and i > 0 and toks[i - 1].lower in BE_FORMS:
                    self._hearsay(i)  # "X is said to be weighing sanctions"
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
            if not window or not any(t.lower == "as" for t in window):
                continue
            spk = self._speaker_before(i)
            if spk is None or spk.entity is None:
                continue
            p = self.ix.tok_at(spk.start) - 1
            fronted = p >= 0 and toks[p].lower in ("what", "which")
            if (window[0].lower == "as") != fronted:
                continue  # "in what X described as Y": the described thing is fronted
            end = s_end
            while end > toks[i].end and self.text[end - 1] in " .!?\n":
                end -= 1
            self._add(spk, toks[i].lower, toks[i].start, end)

    def _noun_claims(self) -> None:
        """ "X's claim that CONTENT", "X's warning that ...": a statement noun after a
        possessive and before "that" is X's claim of CONTENT."""
        toks, n = self.toks, len(self.toks)
        for i in [k for k, t in enumerate(toks) if t.lower in STATEMENT_NOUNS]:
            if not (1 < i < n - 2 and toks[i + 1].lower == "that" and toks[i - 1].is_possessive):
                continue
            if self._inside_claim(toks[i].start):
                continue
            s0, s_end = self.ix.sentence_span(toks[i].start)
            spk = self._speaker_phrase(i - 2, s0)
            if spk is None or spk.entity is None or len(self._until(i + 2, s_end, 3)) < 3:
                continue
            end = self._before_coordinated_report(i + 2, s_end)
            while end > toks[i + 2].start and self.text[end - 1] in " .!?\n":
                end -= 1
            self._add(spk, toks[i].lower, toks[i + 2].start, end)

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

    def _hearsay(self, i: int) -> None:
        """ "X is said to be weighing sanctions": an anonymous claim; its text runs from the
        infinitive after "to" to the end of the sentence."""
        toks = self.toks
        s_end = self.ix.sentence_span(toks[i].start)[1]
        words = self._until(i + 2, s_end, 3)
        if len(words) < 3 or not words[0].text.islower():
            return
        end = s_end
        while end > words[0].start and self.text[end - 1] in " .!?\n":
            end -= 1
        aux = toks[i - 1]
        spk = Speaker(None, self.text[aux.start : toks[i].end], aux.start, toks[i].end)
        if self._add(spk, toks[i].lower, words[0].start, end):
            self.used_cues.add(i)

    def _viewpoints(self) -> None:
        """ "For X, this proves that CONTENT": a sentence-opening viewpoint whose clause has
        a verb of proof before "that" is X's claim of CONTENT."""
        toks = self.toks
        for i in [k for k, t in enumerate(toks) if t.text == "For"]:
            s0, s_end = self.ix.sentence_span(toks[i].start)
            if toks[i].start != s0 or self._inside_claim(toks[i].start):
                continue
            comma = next(
                (k for k in range(i + 1, min(i + 8, len(toks))) if toks[k].text == ","), None
            )
            if comma is None or comma == i + 1:
                continue
            spk = self._resolve(toks[i + 1].start, toks[comma - 1].end, toks[comma - 1])
            if spk is None or spk.entity is None:
                continue
            window = self._until(comma + 1, s_end, 8)
            for n, t in enumerate(window[:-2]):
                if t.lower in PROOF_VERBS and window[n + 1].lower == "that":
                    end = s_end
                    while end > window[n + 2].start and self.text[end - 1] in " .!?\n":
                        end -= 1
                    self._add(spk, t.lower, window[n + 2].start, end)
                    break

    def _according(self) -> None:
        """ "according to X", "in the view of X": the attributed clause is the rest of the
        sentence after the phrase, or the sentence before it."""
        toks = self.toks
        last = len(toks) - 4
        for i in [k for k, t in enumerate(toks) if t.lower in ("according", "view") and k < last]:
            if toks[i].lower == "according":
                if toks[i + 1].lower != "to":
                    continue
                cue, first = i, i + 2
            elif i >= 2 and toks[i - 2].lower == "in" and toks[i - 1].lower == "the":
                if toks[i + 1].lower != "of":  # "in the view of X"
                    continue
                cue, first = i - 2, i + 2
            else:
                continue
            self._attributed_to(cue, first)

    def _attributed_to(self, i: int, first: int) -> None:
        """The claim of an "according to" phrase that opens at token ``i`` and names its
        source from token ``first``."""
        toks = self.toks
        s0, s_end = self.ix.sentence_span(toks[i].start)
        j = first
        while j < len(toks) and toks[j].start < s_end and toks[j].text not in ",;." and j - i < 14:
            j += 1
        if j == first:
            return
        spk = self._resolve(toks[first].start, toks[j - 1].end, toks[j - 1])
        comma_after = j < len(toks) and toks[j].text == ","
        if spk is None or not comma_after:  # "but according to the press it could be ..."
            k = self._source_end(first, j)
            if first < k < j and toks[k].lower in CLAUSE_OPENERS:
                spk, j, comma_after = (
                    self._resolve(toks[first].start, toks[k - 1].end, toks[k - 1]),
                    k,
                    True,
                )
        if spk is None:
            return
        p = i - 1 if i > 0 and toks[i - 1].text == "," else i
        opened = p > 0 and toks[p - 1].lower in JOINED_BEFORE and toks[p - 1].start >= s0
        before = self.text[s0 : toks[i].start].rstrip(" ,")
        interrupts = (
            p < i and comma_after and j + 1 < len(toks) and toks[j + 1].lower in CLAUSE_VERBS
        )  # "certain officers, according to X, would not have ...": the clause goes on
        if interrupts and not opened:
            start = self._last_clause_start(s0, toks[p].start)
            end = s_end
            while end > start and self.text[end - 1] in " .!?\n":
                end -= 1
            self._add(spk, "according to", start, end)
        elif len(before.split()) >= 3 and not (
            opened and comma_after
        ):  # "CONTENT, according to X."
            start = s0
            if any(t.lower in REPORT_ANY for t in toks[self.ix.tok_at(s0) : p]):
                start = self._last_clause_start(s0, toks[p].start)  # "X denied that A, when B,"
                if any(t.lower in REPORT_ANY for t in toks[self.ix.tok_at(start) : p]):
                    return  # "“...,” he said, according to Y": the report is found as such
            self._add(spk, "according to", start, s0 + len(before))
        elif comma_after:  # "According to X, CONTENT." / "A and, according to X, B."
            end = s_end
            start = toks[j].end if toks[j].text == "," else toks[j].start
            while end > start and self.text[end - 1] in " .!?\n":
                end -= 1
            self._add(spk, "according to", start, end)

    def _last_clause_start(self, s0: int, end: int) -> int:
        """Start of the last comma-separated stretch of [s0, end) with at least three words:
        the clause an "according to" phrase attributes when the sentence before it is
        someone else's report or the phrase interrupts a clause; ``s0`` when none."""
        comma = self.text.rfind(",", s0, end)
        while comma > s0:
            if len(re.findall(r"\w+", self.text[comma + 1 : end])) >= 3:
                return comma + 1
            comma = self.text.rfind(",", s0, comma)
        return s0

    def _source_end(self, first: int, j: int) -> int:
        """Index of the first token after the noun phrase that starts at ``first`` (before
        ``j``): "the local press | it could be ..."."""
        toks = self.toks
        k = first
        while k < j:
            t = toks[k]
            if t.lower in ARTICLE_WORDS and k > first and toks[k - 1].lower not in PHRASE_PREPS:
                break  # "the press | the army has ...": a second article opens the clause
            if self.ix.mention_covering(t.start, t.end) is None and not (
                t.is_title
                or t.lower in NP_WORDS
                or t.lower in DESCRIPTORS
                or t.lower in PHRASE_PREPS
                or t.is_possessive
            ):
                break
            k += 1
        return k

    def run(self) -> list[Claim]:
        self._direct_quotes()
        self._according()
        self._indirect()
        self._viewpoints()
        self._noun_claims()
        self._descriptions()
        return sorted(self.claims, key=lambda c: (c.start, c.end))
