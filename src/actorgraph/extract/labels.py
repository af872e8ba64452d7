"""Labels: epithets, titles and descriptions a document attaches to an actor.

Constructions (a label is a short descriptor phrase whose head is a role or epithet noun
from :mod:`lexicon_roles`):

* pre-nominal titles and epithets: "warlord X", "Interior Minister X", "the strong man X",
  titles inside the mention ("Field Marshal X" as one mention), epithet adjectives
  ("self-styled ‘X’");
* appositions: "the military leader, X", "a ... terrorist, X", "X, a veteran commander,";
* copular descriptions: "X is (in actuality) a coalition of armed factions", "X will be
  seen as an unstoppable force";
* "making him undisputed leader of ..." (a pronoun resolves to the nearest person);
* a generic head glued to a name: "the X sect", "the X regime";
* definite anaphora: "the general" -> the latest person whose labels or names contain
  "general", else the latest person mentioned in the last two sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from actorgraph.extract.gazetteer import adjective_forms
from actorgraph.extract.lexicon import PRONOUNS_PERSON
from actorgraph.extract.lexicon_roles import (
    ARTICLES,
    DESCRIPTORS,
    DETERMINERS,
    EPITHET_ADJECTIVES,
    GENERIC_MEMBERS,
    GLUED_HEADS,
    HONORIFICS,
    MEMBER_EPITHETS,
    OFFICE_QUALIFIERS,
    TITLE_WORDS,
    WEAK_HEADS,
    head_class,
    head_key,
    singular,
    wordset,
)
from actorgraph.extract.lexicon_text import QUOTE_CHARS, DocIndex, Tok
from actorgraph.records import Entity, Label, Mention

MAX_WORDS = 6
FUNCTION_WORDS = wordset(
    "the a an this that these those his her its their our my your and but or nor so yet if "
    "as when while after before since because although though in on at for with by from "
    "under over to of about into then meanwhile however also now today still even earlier "
    "later thus hence moreover furthermore additionally here there it he she they we i you "
    "who what which where why how not no yes all both some many most such only just was is "
    "are were has have had will would can could should may might must do does did note "
    "unlike like despite apart given"
)
# Capitalised at a sentence start or as names, but never part of a title ("Yesterday
# President X", "On Monday Minister Y").
TIME_NAMES = wordset(
    "yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday "
    "january february march april june july august september october november december"
)
COPULA = wordset("is was are were remains remained became becomes become be been")
AUX = wordset("has have had will would could might may can")
COPULA_FILLERS = wordset(
    "now still actually also effectively essentially widely once already long really truly "
    "increasingly seen regarded considered viewed described perceived portrayed branded "
    "labelled labeled dubbed as just simply clearly undoubtedly arguably"
)
IN_FILLERS = wordset("actuality fact reality effect practice")
MAKERS = wordset(
    "make makes making made name names named naming appoint appoints appointed appointing "
    "crown crowned proclaim proclaimed elect elected call called calling dub dubbed"
)
APPOSITION_END = wordset(
    "who whom whose which that with and from in at for since known based backed said says has had is "
    "was of between to against it they known nicknamed dubbed"
)
# "the commander known as X", "X, nicknamed 'Y'": the words that introduce a nickname.
NICKNAME_CUES = wordset("nicknamed dubbed alias aka a.k.a. a.k.a")
MAX_NICKNAME_WORDS = 3
NICKNAME_QUOTES = QUOTE_CHARS | {"'"}
# Lower-case nouns that, glued after an organisation's name, name its branch: "the UN
# mission, X" - the apposed name after the comma is the branch, not the organisation.
BRANCH_NOUNS = wordset("mission operation force agency office")
FOLLOW_OK = wordset(
    "to and or but who whom whose that which is was has had have will would could can may "
    "might must should said says told warned added in at on from with for by as himself "
    "herself also then now again later again did does"
)
ANAPHOR_HEADS = wordset(
    "general marshal commander warlord strongman colonel dictator president minister "
    "premier leader envoy spokesman prince king emir chancellor chief"
)
FALLBACK_HEADS = wordset("general marshal commander warlord strongman colonel dictator")
# Evaluative epithets a partisan text uses in place of a person's name ("the puppet was left
# alone"): the person of the last sentences, also through "he"/"him" that name them.
EPITHET_ANAPHORS = wordset(
    "puppet adventurer usurper tyrant despot autocrat putschist demagogue upstart impostor"
)
# "the rebel militia", "the regional bloc": an armed group or organisation named just before.
# Each head names the kinds of actor it can refer back to (a bloc is not an armed group).
_ARMED = wordset("armed_group organization group")
_ORG = wordset("organization")
GROUP_ANAPHORS: dict[str, frozenset[str]] = {
    "militia": _ARMED,
    "movement": _ARMED,
    "bloc": _ORG,
    "alliance": _ORG,
    "organisation": _ORG,
    "organization": _ORG,
}
MAX_ANAPHOR_MODIFIERS = 3
# Heads of a state's institution read as the state itself ("the military junta") that
# describe its government: the phrase is a label of the state.
STATE_EPITHETS = wordset("junta regime")
# "the deposed president" is not the one described as in office.
REMOVED = wordset("deposed ousted fallen toppled overthrown exiled")
IN_OFFICE = wordset("office incumbent sitting current re-elected")
# Members' nouns glued after a group's name ("the K17 rebels"): a label of the group.
GLUED_MEMBERS = wordset("rebels insurgents")
# Prepositions that attach an office's field or post: "leader of", "envoy for", "ambassador
# in", "envoy to".
OFFICE_PREPS = wordset("of for in to")
MAX_OF_PHRASE = 10  # tokens from the end of "the leader of the ... of Y" back to its head
# Function words that may stand inside the "of" phrase of a label ("of the X of Y",
# "Minister of Trade and of Industry").
OF_PHRASE_WORDS = wordset("the of in a an and")
PRONOUN_OBJ = wordset("him her")
NOUN_AFTER_GENERAL = wordset(
    "public election elections assembly secretary staff strike consensus population sense "
    "manager rule idea view direction principle situation amnesty counsel practice purpose "
    "area interest knowledge store level trend outline terms agreement mood opinion "
    "impression audience hospital aviation motors principles rules prosecutor headquarters "
    "command council conference debate"
)
NOUN_SUFFIXES = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ship", "ism", "ure")
CLOSERS = frozenset([",", ".", ";", ":", ")", "—", "–", "-"])
APPOSITION_ADVERBS = wordset("long once now still formerly")


def find_labels(sdoc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[Label]:
    """Labels attached to the actors of ``mentions`` (see the module docstring)."""
    return _Labeller(DocIndex(sdoc, mentions), entities).run()


def _anaphor_may_end_before(nxt: Tok) -> bool:
    """Whether "the general" ends before ``nxt`` (a verb, a preposition) rather than
    continuing as a noun phrase ("the general public", "the General Assembly")."""
    w = nxt.lower
    if w in FOLLOW_OK:
        return True
    if nxt.is_title or w == "of" or w in NOUN_AFTER_GENERAL or w.endswith(NOUN_SUFFIXES):
        return False
    return w.isalpha()


def _anaphor_modifier(t: Tok) -> bool:
    """A lower-case word between "the" and an anaphor's head ("the reckless crown prince")."""
    return (
        (t.text.isalpha() or "-" in t.text)
        and t.text.islower()
        and t.lower not in FUNCTION_WORDS
        and head_class(t.text) is None
    )


def _office_field(t: Tok, nxt: Tok) -> bool:
    """ "junta" in "the junta chief", "army" in "the army commander": a lower-case group
    word right before a person's office, naming what the office leads."""
    return (
        t.text.isalpha()
        and t.text.islower()
        and head_class(t.text) == "group"
        and nxt.lower in ANAPHOR_HEADS
    )


def _is_head(t: Tok) -> bool:
    return t.is_word and head_class(t.text) is not None


def _is_modifier(t: Tok) -> bool:
    if not t.is_word or t.text in HONORIFICS:
        return False
    if t.is_title:
        return t.lower not in FUNCTION_WORDS and t.lower not in TIME_NAMES
    return t.lower in DESCRIPTORS or "-" in t.text or t.lower in ("de", "facto")


class _Labeller:
    def __init__(self, ix: DocIndex, entities: list[Entity]) -> None:
        self.ix = ix
        self.toks = ix.toks
        self.text = ix.text
        self.kinds = {e.id: e.kind for e in entities}
        self.names = {e.id: " ".join([e.name, *e.aliases]).lower() for e in entities}
        self.labels: list[Label] = []
        self.seen: set[tuple[str, int, int]] = set()

    # -- helpers ------------------------------------------------------------------------
    def _fits(self, entity: str, head: Tok) -> bool:
        """Whether a label headed by ``head`` suits the entity's kind."""
        kind = self.kinds.get(entity)
        if head.lower in EPITHET_ADJECTIVES or kind is None:
            return True
        cls = head_class(head.text)
        key = head_key(head.text)
        plural = singular(key) != key and not key.endswith("ss")
        if kind == "person":
            return cls in ("person", "any") and not plural
        # "the regime's motorcycle thugs": a group described by what its members are
        return cls in ("group", "any") or (
            cls == "person" and plural and key not in GENERIC_MEMBERS
        )

    def _add(
        self, entity: str, i: int, j: int, head: Tok | None = None, check_kind: bool = True
    ) -> None:
        """Label = tokens i..j (inclusive); ``head`` is the token checked against the kind."""
        if i > j or j - i >= MAX_WORDS + 5:
            return
        if head is None:  # the last role word: "Minister of Defence" is headed by Minister
            k = next((x for x in range(i + 1, j) if self.toks[x].lower == "of"), j + 1) - 1
            while k > i and not _is_head(self.toks[k]):
                k -= 1
            head = self.toks[k]
        if check_kind and not self._fits(entity, head):
            return
        start, end = self.toks[i].start, self.toks[j].end
        covering = self.ix.mention_covering(head.start, head.end)
        if (
            covering is not None
            and covering.entity != entity
            and not self._office_named(covering, start, end, head)
        ):
            return  # the head is another actor's name ("the UAE, the United Arab Emirates")
        if (entity, start, end) in self.seen:
            return
        self.seen.add((entity, start, end))
        self.labels.append(
            Label(
                entity=entity,
                label=self.text[start:end],
                start=start,
                end=end,
                sentence=self.ix.sentence_of(start),
            )
        )

    def _office_named(self, covering: Mention, start: int, end: int, head: Tok) -> bool:
        """ "The President of the Republic, X": an office read as an institution's name,
        lying inside the label and headed by a person's title, still describes X."""
        return (
            start <= covering.start
            and covering.end <= end
            and head_class(head.text) == "person"
            and self.kinds.get(covering.entity) not in ("person", None)
        )

    def _mention_tokens(self, m: Mention) -> tuple[int, int]:
        """First and last token of a mention (first > last when it starts mid-word)."""
        a = self.ix.tok_at(m.start)
        if a > 0 and self.toks[a - 1].end > m.start:
            return a, a - 1  # inside a word such as "X-backed": a modifier, not a name
        b = a
        while b + 1 < len(self.toks) and self.toks[b + 1].end <= m.end:
            b += 1
        return a, b

    def _backward(self, j: int, floor: int) -> tuple[int, int] | None:
        """A label ending at token ``j`` (its head), extended leftwards over modifiers."""
        toks = self.toks
        if j < 0 or toks[j].start < floor:
            return None
        t = toks[j]
        if (
            j >= 2
            and t.is_title
            and toks[j - 1].lower == "of"
            and toks[j - 2].text in TITLE_WORDS
            and toks[j - 2].start >= floor
        ):  # "Secretary of State", "Minister of Defence": an office named by its field
            inner = self._backward(j - 2, floor)
            if inner is not None:
                return inner[0], j
        if (
            j >= 2
            and t.is_word
            and t.text.islower()
            and t.lower not in FUNCTION_WORDS
            and toks[j - 1].lower == "of"
            and head_class(toks[j - 2].text) == "person"
            and toks[j - 2].start >= floor
            and self.ix.mention_covering(t.start, t.end) is None
        ):  # "head of state", "chief of staff": the office's field in lower case
            inner = self._backward(j - 2, floor)
            if inner is not None:
                return inner[0], j
        if t.lower in EPITHET_ADJECTIVES:
            return j, j
        if not _is_head(t):
            return None
        i = j - 1
        while i >= 0 and toks[i].start >= floor and j - i < MAX_WORDS:
            u = toks[i]
            if u.text in QUOTE_CHARS and i < j - 1 and _is_head(toks[i + 1]):
                i -= 1  # the former “state minister”: an office quoted by the writer
                continue
            if not (_is_head(u) or _is_modifier(u) or u.text in TITLE_WORDS):
                break
            i -= 1
        if toks[i + 1].text in QUOTE_CHARS:
            i += 1
        if i + 1 == j and singular(head_key(t.text)) in WEAK_HEADS:
            return None
        return i + 1, j

    def _of_backward(self, j: int, floor: int) -> tuple[int, int] | None:
        """ "the leader of the revolution", "the chief envoy of the Front": a role label with
        an "of" phrase, ending at token ``j``; the leftmost role head wins ("the chief sponsor
        of the butchers of X"). A head may carry "in office" before its "of"."""
        toks = self.toks
        best: tuple[int, int] | None = None
        q = j
        while q > 0 and j - q < MAX_OF_PHRASE and toks[q].start >= floor:
            t = toks[q]
            if t.lower in OFFICE_PREPS and q < j:
                inner = q - 1
                if inner >= 2 and toks[inner - 1].lower == "in" and toks[inner].text.islower():
                    inner -= 2  # "president in office of ..."
                if inner >= 1 and toks[inner].text in QUOTE_CHARS:
                    inner -= 1  # the former “state minister” of the separatists
                span = self._backward(inner, floor)
                if (
                    span is not None
                    and _is_head(toks[span[1]])
                    and (t.lower == "of" or head_class(toks[span[1]].text) == "person")
                ):  # "the special representative for X", "the ambassador in Y", "the envoy to
                    # Z": only a person's office takes "for", "in", "to"
                    best = (span[0], j)
            elif not (t.is_word or t.is_possessive) or (
                t.lower in FUNCTION_WORDS and t.lower not in OF_PHRASE_WORDS
            ):
                break
            q -= 1
        return best

    def _loose_modifier(self, q: int, stop: int) -> bool:
        """An adjective outside the descriptor list ("the turbaned strongman", "a billionaire
        prime minister", "the embattled Israeli prime minister"): a lower-case content word
        with a role head at most three words on."""
        t = self.toks[q]
        if not (t.text.isalpha() and t.text.islower()) or t.lower in FUNCTION_WORDS:
            return False
        for r in range(q + 1, min(q + 4, len(self.toks))):
            u = self.toks[r]
            if u.start >= stop or not u.is_word:
                return False
            if _is_head(u):
                return True
        return False

    def _forward(self, p: int, stop: int) -> tuple[int, int, int] | None:
        """A label starting at token ``p``: (first, last, head) token indices."""
        toks, n = self.toks, len(self.toks)
        if p < n and toks[p].lower in ARTICLES:
            p += 1
        owner_end = self._possessor_end(p)  # "Y's closest ally", "the country's largest ..."
        q, head = owner_end + 1 if owner_end >= p else p, -1
        while q < n and q - p < MAX_WORDS and toks[q].start < stop:
            t = toks[q]
            if t.text == "," and q > p and q + 1 < n and _is_modifier(toks[q + 1]):
                q += 1
                continue
            if _is_head(t):
                head = q
            elif not (_is_modifier(t) or (head < 0 and self._loose_modifier(q, stop))):
                break
            q += 1
        if head < 0 or (head == p and singular(head_key(toks[head].text)) in WEAK_HEADS):
            return None
        end = head
        if end + 2 < n and toks[end + 1].lower == "of":  # "coalition of armed factions"
            r = end + 2 + (toks[end + 2].lower in ARTICLES)
            last, owned = -1, False
            while r < n and r - end <= MAX_WORDS + 2 and toks[r].start < stop:
                if _is_head(toks[r]) or (toks[r].is_title and _is_modifier(toks[r])):
                    last = r
                elif self._name_possessive(r, last):
                    owned = True  # "commander of Y's Special Force": the owner's name goes on
                elif not _is_modifier(toks[r]):
                    break
                r += 1
            words = sum(1 for t in toks[p : last + 1] if t.is_word)
            if last > 0 and words <= MAX_WORDS + 2 * owned:
                end = last
        elif end + 2 < n and toks[end + 1].lower == "in":  # "its affiliate in the north"
            r = first_place = end + 2 + (toks[end + 2].lower in ARTICLES)
            while r < n and r - end <= 4 and toks[r].start < stop and toks[r].is_title:
                r += 1
            after = toks[r] if r < n else None
            if r > first_place and (
                after is None or after.text in CLOSERS or after.lower in APPOSITION_END
            ):
                end = r - 1
        return p, end, head

    def _name_possessive(self, r: int, last: int) -> bool:
        """Token ``r`` is the ’s between two capitalised names inside an "of" phrase
        ("of Iraq's Popular Mobilization Forces", "of the Uganda People's Defence Forces")."""
        toks = self.toks
        return (
            toks[r].is_possessive
            and last == r - 1
            and toks[last].is_title
            and r + 1 < len(toks)
            and toks[r + 1].is_title
        )

    def _possessor_end(self, p: int) -> int:
        """ "Y's" / "the country's" opening a label at ``p``: the index of the ’s, else -1.
        The possessor is one or two words (a name or a plain noun), not a clause."""
        toks, n = self.toks, len(self.toks)
        for k in (p + 1, p + 2):
            if k >= n or not toks[k].is_possessive:
                continue
            if all(t.is_word and t.lower not in FUNCTION_WORDS for t in toks[p:k]):
                return k
            return -1
        return -1

    # -- constructions --------------------------------------------------------------------
    def _prenominal(self, m: Mention, a: int, b: int) -> None:
        toks = self.toks
        s0, s_end = self.ix.sentence_span(m.start)
        core = a
        while core < b and toks[core].text in TITLE_WORDS:
            core += 1
        j = core - 1
        if j >= 0 and j < a and toks[j].text in QUOTE_CHARS:  # self-styled ‘X’
            j -= 1
        skipped = 0  # a given name left outside the mention: "Marshal Khalifa | X"
        while (
            0 <= j < a
            and skipped < 2
            and toks[j].is_title
            and toks[j].text not in TITLE_WORDS
            and not _is_head(toks[j])
            and toks[j].lower not in FUNCTION_WORDS
            and self.ix.mention_covering(toks[j].start, toks[j].end) is None
        ):
            j -= 1
            skipped += 1
        if j >= 2 and toks[j].lower == "as" and toks[j - 1].lower == "known":
            j -= 2  # "the commander known as X"
        j = self._before_apposed_demonym(j, a)
        if j >= 0 and toks[j].text == "," and j < a:  # "the military leader, X,"
            after = toks[b + 1] if b + 1 < len(toks) else None
            if after is not None and after.start < s_end and after.text not in CLOSERS:
                return
            span = self._of_backward(j - 1, s0)
            if span is None or not self._determined(span[0], s0):
                span = self._backward(j - 1, s0)
            if span is None:
                return
            if not self._determined(span[0], s0) and span[0] == span[1]:
                return  # "the envoy, X" / "Y's envoy, X"
            self._add(m.entity, *span)
            return
        span = self._backward(j, s0)
        if self.kinds.get(m.entity) == "person" and (
            span is None or head_class(toks[span[1]].text) != "person"
        ):  # "the president of the government X", "the minister of the Foreign Affairs X"
            of_span = self._of_backward(j, s0) if 0 <= j < a and self._field_end(j) else None
            if (
                of_span is not None
                and self._determined(of_span[0], s0)
                and not self._person_in(toks[of_span[0]].start, toks[j].end)
            ):
                span = of_span
        if span is not None:
            span = (self._determined_adjectives(span[0], s0), span[1])
            self._add(m.entity, *span)
            self._office_before(m.entity, span[0], s0)

    def _determined_adjectives(self, i: int, floor: int) -> int:
        """ "the orange president X", "the embattled prime minister X": one or two lower-case
        adjectives outside the descriptor list between a determiner and the label starting
        at token ``i`` belong to it; the new first token (``i`` when there are none)."""
        toks = self.toks
        for k in (i - 1, i - 2):
            if k < 1 or toks[k].start < floor:
                return i
            t = toks[k]
            if not (t.text.isalpha() and t.text.islower()) or t.lower in FUNCTION_WORDS:
                return i
            if t.lower in TIME_NAMES or _is_head(t) or t.lower.endswith("ing"):
                return i
            if toks[k - 1].lower in DETERMINERS or toks[k - 1].is_possessive:
                return k
        return i

    def _before_apposed_demonym(self, j: int, a: int) -> int:
        """ "the chair of X, the Chadian NAME": the comma before "the DEMONYM" that ends at
        token ``j`` (just before the name at ``a``), so the office before it is the label;
        ``j`` itself otherwise."""
        toks = self.toks
        if not (2 <= j < a) or toks[j - 1].lower not in ARTICLES or toks[j - 2].text != ",":
            return j
        m = self.ix.mention_covering(toks[j].start, toks[j].end)
        return j - 2 if m is not None and self._demonym(m) else j

    def _field_end(self, j: int) -> bool:
        """Whether token ``j`` can end an office's field right before a name ("of the
        government X", "of Foreign Affairs X"), unlike a verb ("... Y said X")."""
        t = self.toks[j]
        return t.is_title or _is_head(t)

    def _person_in(self, start: int, end: int) -> bool:
        """Whether a person is named between ``start`` and ``end``."""
        return any(self.kinds.get(m.entity) == "person" for m in self.ix.mentions_in(start, end))

    def _determined(self, i: int, floor: int) -> bool:
        """Whether the label starting at token ``i`` follows a determiner or a possessive
        (or opens its sentence)."""
        if i == 0 or self.toks[i].start <= floor:
            return True
        left = self.toks[i - 1]
        return left.lower in DETERMINERS or left.is_possessive

    def _office_before(self, entity: str, i: int, floor: int) -> None:
        """ "the head of ORG, the ambassador X": a second title, "HEAD of NAME", stands
        before the comma that precedes the label starting at token ``i``."""
        toks = self.toks
        k = i - 1 if i > 0 and toks[i - 1].lower in ARTICLES else i
        if k < 4 or toks[k - 1].text != ",":
            return
        org = self.ix.mention_covering(toks[k - 2].start, toks[k - 2].end)
        if org is not None and org.entity == entity:
            return
        span = self._of_backward(k - 2, floor)
        if span is not None and self._determined(span[0], floor):
            self._add(entity, *span)  # "the leader of Y, President X" / "the chief of Y, X"
            return
        if org is None:
            span = self._backward(k - 2, floor)
            if (
                span is not None
                and head_class(toks[k - 2].text) == "person"
                and self._determined(span[0], floor)
            ):
                self._add(entity, *span)  # "A UPDF spokesman, Brigadier General X"
            return
        o = self.ix.tok_at(org.start) - 1
        o -= o > 0 and toks[o].lower in ARTICLES  # "head of the ORG"
        if o >= 2 and toks[o].lower == "of" and toks[o - 1].start >= floor:
            span = self._backward(o - 1, floor)
            if span is not None:
                self._add(entity, span[0], k - 2, toks[o - 1])

    def _postnominal(self, m: Mention, a: int, b: int) -> None:
        toks, n = self.toks, len(self.toks)
        s_end = self.ix.sentence_span(m.start)[1]
        p = b + 1
        if (
            p < n
            and toks[p].start < s_end
            and (
                toks[p].lower in GLUED_HEADS
                or (toks[p].lower in GLUED_MEMBERS and self.kinds.get(m.entity) != "state")
            )
            and not self._demonym(m)
        ):  # "the X sect", "the X rebels"; "the Ruritanian movement" is not the state
            self._add(m.entity, a, p, toks[p], check_kind=False)
        if p + 2 < n and toks[p].text == "(" and toks[p + 2].text == ")":
            p += 3  # "the Front (TF), the rebel movement ..."
        elif p < n and toks[p].text == ")" and a > 0 and toks[a - 1].text == "(":
            p += 1  # the acronym inside those brackets
        if p >= n or toks[p].text != ",":
            return
        p += 1
        if p + 1 < n and toks[p].text.isdigit() and toks[p + 1].text == ",":  # "X, 76, a ..."
            p += 2
        if p + 1 < n and toks[p].lower in APPOSITION_ADVERBS:  # "X, long Y's closest ally,"
            p += 1
        if p + 1 < n and self.kinds.get(m.entity) == "person":  # "X, (also) known as Y"
            self._nickname_after(m.entity, p + (toks[p].lower == "also"), s_end)
        if p >= n or not (
            toks[p].lower in ARTICLES
            or _is_modifier(toks[p])
            or _is_head(toks[p])
            or self._possessor_end(p) > p
        ):
            return
        found = self._forward(p, s_end)
        if found is None:
            return
        first, last, head = found
        nxt = toks[last + 1] if last + 1 < n else None
        ends_ok = (
            nxt is None
            or not nxt.is_word
            or nxt.lower in APPOSITION_END
            or (nxt.text.islower() and nxt.lower.endswith("ed"))  # "the group armed by Y"
            or self._name_then_close(last + 1, s_end)  # "leader of the party The Greens,"
        )
        if ends_ok and (toks[p].lower in ARTICLES or last > first):
            entity: str | None = m.entity
            if self.kinds.get(m.entity) != "person" and (
                head_class(toks[head].text) == "person" or toks[head].lower in EPITHET_ADJECTIVES
            ):  # "the fugitive of X, the eternal putschist": a person, not X
                owner = self._owner_head(a)
                if owner is not None:
                    entity = self._label_holder(owner)
            if entity is None:
                return
            self._add(entity, first, last, toks[head])
            self._nickname_after(m.entity, last + 1, s_end)  # "the officer known as Y"

    def _name_then_close(self, k: int, stop: int) -> bool:
        """Whether tokens from ``k`` are a short capitalised name (at most four words,
        "The Greens") that the apposition's closing comma or its end follows."""
        toks, n = self.toks, len(self.toks)
        x = k
        while x < n and x - k < 4 and toks[x].start < stop and toks[x].is_title:
            x += 1
        return k < x and (x >= n or toks[x].start >= stop or toks[x].text in CLOSERS)

    def _owner_head(self, a: int) -> Tok | None:
        """ "the fugitive of X": the lower-case person noun whose "of" phrase is the mention
        starting at token ``a``, else None."""
        toks = self.toks
        k = a - 1 - (a > 0 and toks[a - 1].lower in ARTICLES)
        if k < 2 or toks[k].lower != "of":
            return None
        t = toks[k - 1]
        person = head_class(t.text) == "person" or t.lower in EPITHET_ADJECTIVES
        return t if t.text.islower() and person else None

    def _label_holder(self, word: Tok) -> str | None:
        """The person named last whose labels so far contain ``word`` ("the fugitive" after
        "X, the fugitive ex-dictator")."""
        key = head_key(word.text)
        for lab in reversed(self.labels):
            if self.kinds.get(lab.entity) != "person" or lab.start >= word.start:
                continue
            if key in {head_key(w) for w in lab.label.replace("-", " ").split()}:
                return lab.entity
        return None

    def _nickname_after(self, entity: str, p: int, stop: int) -> None:
        """ "known as Y", "nicknamed ‘Y’", "alias Y" at token ``p``: Y (one to three
        capitalised words, not another actor's name) is a nickname of ``entity``."""
        toks, n = self.toks, len(self.toks)
        if p + 1 < n and toks[p].lower == "better":
            p += 1
        if p + 1 < n and toks[p].lower == "known" and toks[p + 1].lower == "as":
            p += 2
        elif p < n and toks[p].lower in NICKNAME_CUES:
            p += 1
        else:
            return
        if p < n and toks[p].text in QUOTE_CHARS:
            p += 1
        q = p
        while q < n and q - p < MAX_NICKNAME_WORDS and toks[q].start < stop and toks[q].is_title:
            q += 1
        if q == p or any(self._covered_by_other(entity, toks[k]) for k in range(p, q)):
            return
        self._add(entity, p, q - 1, check_kind=False)

    def _covered_by_other(self, entity: str, t: Tok) -> bool:
        m = self.ix.mention_covering(t.start, t.end)
        return m is not None and m.entity != entity

    def _quoted_nickname(self, m: Mention, a: int) -> None:
        """ "Jimmy ‘Barbecue’ X": capitalised words in quotes between a given name and the
        surname are a nickname."""
        toks = self.toks
        close = a - 1
        if close < 3 or toks[close].text not in NICKNAME_QUOTES:
            return
        q = close - 1
        while q > 0 and close - q <= MAX_NICKNAME_WORDS and toks[q].is_title:
            q -= 1
        if q == close - 1 or toks[q].text not in NICKNAME_QUOTES or not toks[q - 1].is_title:
            return
        if toks[q - 1].lower in FUNCTION_WORDS or _is_head(toks[q - 1]):
            return  # "the ‘Lions’ X", "commander ‘Y’ X": not a given name
        self._add(m.entity, q + 1, close - 1, check_kind=False)

    def _member_epithet(self, m: Mention, a: int, b: int) -> None:
        """ "the bandits of the Front", "the sleepy bureaucrats of the UN mission, X": an
        evaluative members' noun owning a group is a label of that group."""
        toks, n = self.toks, len(self.toks)
        k = a - 1 - (a > 0 and toks[a - 1].lower in ARTICLES)
        if k < 1 or toks[k].lower != "of" or self.kinds.get(m.entity) == "person":
            return
        h = k - 1
        if toks[h].lower not in MEMBER_EPITHETS:
            return
        s0 = self.ix.sentence_span(m.start)[0]
        i = h
        while i > 0 and h - i < 2 and toks[i - 1].start >= s0 and _anaphor_modifier(toks[i - 1]):
            i -= 1
        if not self._determined(i, s0):
            return
        entity = m.entity
        if b + 3 < n and toks[b + 1].lower in BRANCH_NOUNS and toks[b + 2].text == ",":
            branch = self.ix.mention_covering(toks[b + 3].start, toks[b + 3].end)
            if branch is not None and self.kinds.get(branch.entity) != "person":
                entity = branch.entity  # "the UN mission, X": the label is X's
        self._add(entity, i, h, toks[h], check_kind=False)

    def _demonym(self, m: Mention) -> bool:
        """Whether ``m`` is a state's adjective ("Ruritanian"), which before a group noun
        describes a group of that country rather than naming the state."""
        return self.kinds.get(m.entity) == "state" and m.text in adjective_forms()

    def _copular(self, m: Mention, b: int) -> None:
        toks, n = self.toks, len(self.toks)
        s0, s_end = self.ix.sentence_span(m.start)
        entity, p = m.entity, b + 1
        if p + 1 < n and toks[p].lower == "and" and toks[p + 1].lower in COPULA | AUX:
            first = self.ix.mentions_in(s0, m.start + 1)  # VP coordination: the subject
            entity = first[0].entity if first else entity
            p += 1
        p = self._after_aside(p, s_end)
        seen_copula = False
        while p < n and toks[p].start < s_end:
            w = toks[p].lower
            if w in COPULA:
                seen_copula = True
            elif w == "in" and p + 1 < n and toks[p + 1].lower in IN_FILLERS:
                p += 1
            elif not (w in AUX or w in COPULA_FILLERS):
                break
            p += 1
        if not seen_copula or p >= n:
            return
        found = self._forward(p, s_end)
        if found is not None:
            self._add(entity, found[0], found[1], toks[found[2]])

    def _after_aside(self, p: int, stop: int) -> int:
        """ "X, the story goes, are ...": the token after a short comment between commas
        that holds no actor and ends before a copula, else ``p``."""
        toks, n = self.toks, len(self.toks)
        if p >= n or toks[p].text != ",":
            return p
        for q in range(p + 1, min(p + 6, n - 1)):
            if toks[q].start >= stop or not (toks[q].is_word or toks[q].text == ","):
                return p
            if toks[q].text == ",":
                inside = self.ix.mentions_in(toks[p].end, toks[q].start)
                return q + 1 if not inside and toks[q + 1].lower in COPULA else p
        return p

    def _makers(self) -> None:
        """ "making him undisputed leader", "named X envoy"."""
        toks, n = self.toks, len(self.toks)
        for i, t in enumerate(toks[:-2]):
            if t.lower not in MAKERS:
                continue
            o = toks[i + 1]
            if o.lower in PRONOUN_OBJ:
                if not t.lower.endswith("ing"):
                    continue  # "X called him a hero": him is not X, and not resolvable here
                ant = self.ix.previous_mention(o.start, self.kinds, "person")
                entity, p = (ant.entity if ant else None), i + 2
            else:
                m = self.ix.mention_covering(o.start, o.end)
                if m is None or m.start != o.start:
                    continue
                entity, p = m.entity, self._mention_tokens(m)[1] + 1
            if entity is None or p >= n:
                continue
            if toks[p].lower == "as":
                p += 1
            found = self._forward(p, self.ix.sentence_span(o.start)[1])
            if found is not None:
                self._add(entity, found[0], found[1], toks[found[2]])

    def _anaphora(self) -> None:
        """ "the (reckless crown) general" -> the latest person with a matching label or name;
        "the (rebel) militia" -> the latest armed group or organisation."""
        toks, n = self.toks, len(self.toks)
        for i in range(n - 1):
            if toks[i].lower != "the":
                continue
            first = i + 1 + (toks[i + 1].text in QUOTE_CHARS)  # the “rebel militia”
            j = first
            adjective = self.ix.mention_covering(toks[j].start, toks[j].end)
            if adjective is not None and self._demonym(adjective):
                j += 1  # "the Ruritanian movement": the group named last, from that country
            else:
                adjective = None
            while (
                j + 1 < n
                and j - first < MAX_ANAPHOR_MODIFIERS
                and (_anaphor_modifier(toks[j]) or _office_field(toks[j], toks[j + 1]))
            ):
                j += 1
            head = toks[j].lower
            if adjective is not None and head not in GROUP_ANAPHORS:
                continue
            person = head in ANAPHOR_HEADS or head in EPITHET_ANAPHORS
            if not person and head not in GROUP_ANAPHORS:
                continue
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is not None and nxt.text in QUOTE_CHARS and first > i + 1:
                nxt = toks[j + 2] if j + 2 < n else None
            if (
                head in EPITHET_ANAPHORS
                and nxt is not None
                and nxt.is_word
                and nxt.lower not in FOLLOW_OK
            ):
                continue  # "the puppet regime", "the tyrant Y": not an anaphor
            if (
                nxt is not None
                and nxt.is_word
                and not _anaphor_may_end_before(nxt)
                and not self._of_gerund(j + 1)
            ):
                continue
            if i >= 2 and toks[i - 1].text == "," and self._person_at(i - 2):
                continue  # "X, the junta leader": an apposition, found by _postnominal
            if nxt is not None and nxt.lower == "known":
                continue  # "the commander known as X" is a title of X, found by _prenominal
            if nxt is not None and nxt.lower == "in" and j + 3 < n and toks[j + 3].lower == "of":
                continue  # "the president in office of X, NAME": an apposed title
            inner_from = toks[first + (adjective is not None)].start
            if self.ix.mentions_in(inner_from, toks[j].end) or (
                self.ix.mention_covering(toks[j].start, toks[j].end) is not None
            ):
                continue
            if (
                nxt is not None
                and nxt.text == ","
                and j + 2 < n
                and self.ix.mention_covering(toks[j + 2].start, toks[j + 2].end) is not None
            ):
                continue  # an apposition ("the president, X"), not an anaphor
            if person:
                fields = {t.lower for t in toks[first:j] if _office_field(t, toks[j])}
                quals = {t.lower for t in toks[first:j] if t.lower in OFFICE_QUALIFIERS | REMOVED}
                if head in EPITHET_ANAPHORS:  # never "the watchdog of the usurper" -> watchdog
                    after_of = i > 0 and toks[i - 1].lower == "of"
                    ent = None if after_of else self._epithet_antecedent(toks[i].start)
                else:
                    ent = self._antecedent(toks[i].start, head, fields, quals)
            else:
                ent = self._group_antecedent(toks[i].start, GROUP_ANAPHORS[head])
            if ent is not None:
                self._add(ent, i if first == i + 1 else first, j, toks[j])

    def _person_at(self, k: int) -> bool:
        """Whether token ``k`` is inside a person's mention."""
        m = self.ix.mention_covering(self.toks[k].start, self.toks[k].end)
        return m is not None and self.kinds.get(m.entity) == "person"

    def _of_gerund(self, k: int) -> bool:
        """ "the regional bloc | of turning its back": "of" with a gerund ends the anaphor."""
        toks = self.toks
        return (
            k + 1 < len(toks)
            and toks[k].lower == "of"
            and toks[k + 1].text.islower()
            and toks[k + 1].lower.endswith("ing")
        )

    def _group_antecedent(self, pos: int, kinds: frozenset[str]) -> str | None:
        """The actor of one of ``kinds`` named last, in this or the previous sentence."""
        floor = self.ix.sents[max(0, self.ix.sentence_of(pos) - 1)][0]
        for m in reversed(self.ix.mentions_in(floor, pos)):
            if self.kinds.get(m.entity) in kinds:
                return m.entity
        return None

    def _antecedent(
        self, pos: int, head: str, fields: set[str], quals: set[str] | None = None
    ) -> str | None:
        """The person "the (junta) HEAD" refers to: the latest one whose labels carry the
        office's field ("junta"), else the latest whose labels or names carry the head,
        else (for some heads) the person of the last two sentences. An office qualifier
        ("the vice president", "the petroleum minister") must be in the person's labels or
        names too: "President X" is not "the vice president"."""
        quals = quals or set()
        rejected: set[str] = set()
        recent_person: str | None = None
        floor = self.ix.sents[max(0, self.ix.sentence_of(pos) - 1)][0]
        labels: dict[str, list[str]] = {}
        for lab in self.labels:
            if lab.start < pos:
                labels.setdefault(lab.entity, []).append(lab.label.lower())
        holders = {
            ent
            for ent, said in labels.items()
            if fields and self.kinds.get(ent) == "person" and fields & set(" ".join(said).split())
        }
        for m in reversed(self.ix.mentions_in(0, pos) if holders else ()):
            if m.entity in holders:
                return m.entity  # "the junta leader" after "X, the junta chief"
        for m in reversed(self.ix.mentions_in(0, pos)):
            if self.kinds.get(m.entity) != "person":
                continue
            if recent_person is None and m.start >= floor:
                recent_person = m.entity
            said = " ".join([*labels.get(m.entity, []), self.names.get(m.entity, ""), m.text])
            words = {head_key(w) for w in said.replace("-", " ").split()}
            if head in words:
                if quals - REMOVED <= words and not (quals & REMOVED and words & IN_OFFICE):
                    return m.entity
                rejected.add(m.entity)  # a president, but not the vice president
        if head in FALLBACK_HEADS:
            found = recent_person
        else:  # one person in the last two sentences, else one in this sentence
            here = self.ix.sents[self.ix.sentence_of(pos)][0]
            found = self._only_person(floor, pos) or self._only_person(here, pos)
        return None if found in rejected else found

    def _epithet_antecedent(self, pos: int) -> str | None:
        """The person "the puppet" stands for: the one named last in this or the previous
        sentence, else the one a "he"/"him" there refers to; only within the paragraph (a
        headline or a byline before it names no antecedent). Labels are not consulted: an
        epithet is not an office the person was given before."""
        floor = self.ix.sents[max(0, self.ix.sentence_of(pos) - 1)][0]
        floor = max(floor, self.text.rfind("\n", 0, pos) + 1)
        for m in reversed(self.ix.mentions_in(floor, pos)):
            if self.kinds.get(m.entity) == "person":
                return m.entity
        return self._person_behind_pronoun(floor, pos)

    def _person_behind_pronoun(self, floor: int, pos: int) -> str | None:
        """ "Saw him ... he waited ... the puppet": the person named last before the first
        person pronoun in [floor, pos), at most three sentences before it and in the same
        paragraph."""
        para = self.text.rfind("\n", 0, pos) + 1
        k = self.ix.tok_at(floor)
        while k < len(self.toks) and self.toks[k].start < pos:
            if self.toks[k].lower in PRONOUNS_PERSON:
                m = self.ix.previous_mention(self.toks[k].start, self.kinds, "person")
                back = self.ix.sentence_of(self.toks[k].start) - 3
                if m is not None and self.ix.sentence_of(m.start) >= back and m.start >= para:
                    return m.entity
                return None
            k += 1
        return None

    def _only_person(self, floor: int, pos: int) -> str | None:
        """The one person named in [floor, pos), or None when there are none or several:
        "the president" after a sentence naming a single person is that person."""
        people = {
            m.entity
            for m in self.ix.mentions_in(floor, pos)
            if self.kinds.get(m.entity) == "person"
        }
        return next(iter(people)) if len(people) == 1 else None

    def run(self) -> list[Label]:
        for m in self.ix.mentions:
            a, b = self._mention_tokens(m)
            if a >= len(self.toks) or b < a:
                continue
            if b > a and self.toks[b].lower in GLUED_HEADS:  # "X Sect" as one mention
                self._add(m.entity, b, b, check_kind=False)
            if b > a + 1 and self.toks[a].lower == "the" and self.toks[b].lower in STATE_EPITHETS:
                self._add(m.entity, a + 1, b, check_kind=False)  # "the military junta" = X
            self._prenominal(m, a, b)
            self._postnominal(m, a, b)
            self._member_epithet(m, a, b)
            if self.kinds.get(m.entity) == "person":
                self._quoted_nickname(m, a)
            self._copular(m, b)
        self._makers()
        self._anaphora()
        return sorted(self.labels, key=lambda lab: (lab.start, lab.end, lab.entity))
