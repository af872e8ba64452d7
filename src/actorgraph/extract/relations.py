"""Directed relations between actors, found by construction patterns over tokens.

No parser is needed: a trigger (verb, noun, agent noun or phrase from ``lexicon``) is
linked to its arguments by the construction it appears in -- active ("X backs Y"),
passive ("Y, backed by X"), compound ("the X-backed Y"), nominal ("support from X",
"X's backing of Y", "X's backers, headed by Z"), relative clauses, coordination
("X, Y and Z back W" gives three edges) and pronouns (he/his/they, "the general").
Each relation keeps its trigger, its polarity and the character span of its evidence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from actorgraph.extract import appositions as ap
from actorgraph.extract import clause_args as ca
from actorgraph.extract import clause_subjects as cs
from actorgraph.extract import event_frames as ef
from actorgraph.extract import frame_args as fa
from actorgraph.extract import lexicon as lx
from actorgraph.extract import lexicon_frames as fr
from actorgraph.extract import nominals as nom
from actorgraph.extract import possessed_acts as pa
from actorgraph.extract import verb_frames as vf
from actorgraph.extract.epithets import epithet_mentions
from actorgraph.extract.gazetteer import adjective_forms
from actorgraph.extract.institutions import institution_mentions
from actorgraph.extract.mentions import TokMention
from actorgraph.extract.polarity import combine, relation_polarity
from actorgraph.extract.references import (
    force_mentions,
    head_noun_mentions,
    ordinal_mentions,
    people_mentions,
)
from actorgraph.extract.tokens import TokenTable, token_table
from actorgraph.records import Entity, Relation

_POSSESSIVE = lx.POSSESSIVE_S | {"'"}
_COORD = frozenset(
    {
        ",",
        "and",
        "or",
        "/",
        "&",
        "plus",
        "nor",
        "not",
        "but",
        "—",
        "–",
        "-",
        "the",
        "also",
        "even",
        "as",
        "well",
        "at",
        "least",
        "times",
        "perhaps",
        "possibly",
        "probably",
        "then",
        "followed",
        "by",
        "especially",
        "notably",
        "including",
        "with",
        "against",
    }
)
_BRIDGE = frozenset(
    (
        "– — - , : headed led by including such as namely like mainly chiefly notably "
        "especially chief among them which are is were was the a an its their his her "
        "main key foremost principal regional players countries states powers foreign"
    ).split()
)
_OBJ_SKIP = fr.TARGET_HEADS | frozenset(
    (
        "the a an its their his her this that these those with to on against for into at "
        "of military leader forces fighters militia militias troops loyal groups group "
        "government administration regime rebel rebels strong man positions bases "
        "strongholds hideouts camps ,"
    ).split()
)
_RELATIVE = frozenset({"who", "which", "that"})
# Words that are prepositions or conjunctions: "after X accused Y" opens a clause.
_SUBORDINATORS = frozenset("after before since until once".split())
# Heads whose "in CAPITAL" names the state they govern ("successive governments in Lima").
_SEAT_HEADS = frozenset("government governments regime authorities administration".split())
_RELIANCE = frozenset({"reliance", "dependence"})
# Capitalised adjectives that are not states ("the Kurdish militia", "Islamist factions").
_PEOPLE_ADJECTIVES = frozenset(
    (
        "Kurdish Islamist Islamic Jihadist Western Eastern Arab Muslim Christian Sunni Shia "
        "Shiite Druze Alawite Tuareg Pashtun Baloch Tamil Hutu Tutsi"
    ).split()
)
_QUANTITIES = frozenset(
    (
        "thousands hundreds dozens scores tens millions some many most all none several "
        "few one two three four five six seven eight nine ten part members units elements"
    ).split()
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_SUBJECT_PRONOUNS = frozenset({"they", "he", "she"})
_LOCATIVE_HEADS = frozenset(
    (
        "outskirts suburbs city town capital streets border borders region area gates "
        "heart centre center south north east west part parts coast port edge districts "
        "district"
    ).split()
)
# Nouns for a place an actor owns ("Y's capital"); its possessor is not the clause subject.
_PLACE_NOUNS = frozenset(
    "capital city cities town towns territory soil airspace waters border borders coast".split()
)
_CLAUSE_BREAKS = frozenset(
    {
        ";",
        ":",
        "(",
        ")",
        "because",
        "while",
        "whereas",
        "although",
        "though",
        "but",
        "however",
        "which",
        "who",
        "when",
        "where",
        "so",
        "“",
        "”",
        '"',
    }
)
_BACK_NOT_VERB = frozenset(
    (
        "pull pulled pulling go went going come came coming fight fought bring brought "
        "push pushed step stepped get got turn turned look looked way set hit send sent "
        "call called moved move fall fell scale scaled scaling cut cuts"
    ).split()
)
_DEFINITE_ROLES = frozenset(
    (
        "general marshal president minister commander leader warlord strongman premier "
        "colonel envoy spokesman king prince emir"
    ).split()
)
# Definite descriptions that refer back to an organisation ("the movement", "the bloc").
_ARMED_EPITHETS = frozenset(
    "terrorists rebels militants insurgents separatists jihadists extremists guerrillas".split()
)
_DEFINITE_ORGS = (
    frozenset("movement militia bloc alliance organisation organization group".split())
    | _ARMED_EPITHETS
)
_ORG_KINDS = ("armed_group", "organization")
_ORG_DESCRIPTION_ADJECTIVES = frozenset(
    ("regional rebel armed militant islamist jihadist military political western").split()
)
_AUX_ADV = lx.BE_AUX | frozenset(
    {
        "not",
        "n't",
        "never",
        "also",
        "already",
        "still",
        "reportedly",
        "allegedly",
        "openly",
        "secretly",
        "covertly",
        "publicly",
        "long",
        "now",
        "even",
        "just",
        "been",
    }
)


@dataclass(slots=True)
class Member:
    entity: str
    start: int
    end: int
    polarity: str = "asserted"


@dataclass(slots=True)
class Group:
    start: int
    end: int
    members: list[Member] = field(default_factory=list)


@dataclass(slots=True)
class _Found:
    sources: list[Member]
    targets: list[Member]
    trigger: lx.Trigger
    t_start: int
    t_end: int
    window_start: int
    exclude: tuple[int, int] = (0, 0)  # the left argument's own tokens carry member cues


class _Sentence:
    """Mentions, groups and token helpers of one sentence."""

    def __init__(
        self,
        doc: Doc,
        start: int,
        end: int,
        mentions: list[TokMention],
        kinds: dict[str, str] | None = None,
    ) -> None:
        self.doc, self.start, self.end = doc, start, end
        self.kinds = kinds or {}  # entity id -> kind, for arguments that must be states
        self.prior_agents: list[str] = []  # the lone attacker of the sentences before
        self.tt = token_table(doc)
        self.groups = _build_groups(doc, mentions)
        self.group_at_end = {g.end: g for g in self.groups}
        self.group_at_start = {g.start: g for g in self.groups}
        # Tokens of mentions that only modify the next one ("the Blue Legion commander X").
        covered = {i for g in self.groups for i in range(g.start, g.end)}
        self.modifiers = {
            i for m in mentions if m.form != "pronoun" for i in range(m.start, m.end)
        } - covered

    def left_group(
        self, pos: int, limit: int = 15, skip_pp: bool = True, skip_objects: bool = False
    ) -> Group | None:
        """Nearest group ending before ``pos`` in the same clause (the subject).

        With ``skip_objects``, a group right after a relation verb is that verb's object, not
        the subject of a later one ("fighting X not to help Y").
        """
        k = pos - 1
        lo = max(self.start, pos - limit)
        while k >= lo:
            g = self.group_at_end.get(k + 1)
            if g is not None:
                prev = self.tt.lower[g.start - 1] if g.start > self.start else ""
                if (
                    skip_pp
                    and prev in lx.PREPOSITIONS
                    and prev != "by"
                    and not self._partitive(g.start)
                    and not self._subordinate_subject(prev, g.end, pos)
                ):
                    k = g.start - 1
                    continue
                if g.end < self.end and self.tt.text[g.end] == "-":
                    return None  # "Russian-backed separatists": the group modifies a noun
                if skip_objects and self._after_verb(g.start):
                    k = g.start - 1
                    continue
                if self._owns_place(g.end):
                    k = g.start - 1  # "X's troops entered Y's capital to guard Z": not Y
                    continue
                return g
            if self.tt.lower[k] in _CLAUSE_BREAKS:
                return None
            k -= 1
        return None

    def _subordinate_subject(self, prev: str, end: int, pos: int) -> bool:
        """ "withdrew after X accused it": after a conjunction such as "after", a group
        followed at once (over auxiliaries) by the verb at ``pos`` is that verb's subject."""
        return prev in _SUBORDINATORS and all(self.tt.lower[i] in _AUX_ADV for i in range(end, pos))

    def _owns_place(self, end: int) -> bool:
        """Whether the group ending at ``end`` is the possessor of a place ("Y's capital",
        "Y's northern border"): a place is where the clause happens, never its subject."""
        tt = self.tt
        if end + 1 >= self.end or tt.text[end] not in _POSSESSIVE:
            return False
        k = end + 1
        while k < min(self.end, end + 3) and tt.lower[k] not in _PLACE_NOUNS:
            if not tt.text[k].islower():
                return False
            k += 1
        return k < self.end and tt.lower[k] in _PLACE_NOUNS

    def _partitive(self, start: int) -> bool:
        """ "thousands of Sudanese fighters": the "of" phrase is the subject itself."""
        return (
            start - 2 >= self.start
            and self.tt.lower[start - 1] == "of"
            and self.tt.lower[start - 2] in _QUANTITIES
        )

    def _after_verb(self, start: int) -> bool:
        k = start - 1
        while k >= self.start and self.tt.lower[k] in lx.DETERMINERS:
            k -= 1
        return k >= self.start and self.tt.lower[k] in lx.VERB_FORMS

    def right_group(
        self, pos: int, limit: int = 8, skip: frozenset[str] = _OBJ_SKIP
    ) -> Group | None:
        """First group starting at or after ``pos`` reached over skippable tokens (the object)."""
        k = pos
        hi = min(self.end, pos + limit)
        while k < hi:
            g = self.group_at_start.get(k)
            if g is not None:
                return g
            if (
                k in self.modifiers or (k - 1 in self.modifiers and self.tt.text[k] in _POSSESSIVE)
            ) and k + 1 < hi:
                k += 1  # "Chile backs Peru's Condor Group": the possessor modifies the object
                continue
            w = self.tt.lower[k]
            if w == "in" and k > pos and self.tt.lower[k - 1] in _SEAT_HEADS:
                k += 1  # "the government in Lima": the capital stands for its state
                continue
            if w in _CLAUSE_BREAKS and w not in (",",):
                return None
            if not (w in skip or self.tt.is_punct[k] or _modifier_word(self.tt.text[k])):
                return None
            if w.endswith("ing") and w not in skip and self.tt.text[k].islower():
                return None  # a participle ends the object ("King X" is a title)
            if (
                w == "to"
                and k + 1 < hi
                and self.tt.text[k + 1].islower()
                and self.tt.lower[k + 1] not in lx.DETERMINERS
                and (k + 1) not in self.group_at_start
            ):
                return None  # an infinitive: "accused X of trying to wreck Y"
            if w in lx.PREPOSITIONS and k > pos and self.tt.lower[k - 1] in _LOCATIVE_HEADS:
                return None
            k += 1
        return None

    def first_group(self) -> Group | None:
        for g in self.groups:
            prev = self.tt.lower[g.start - 1] if g.start > self.start else ""
            if prev not in lx.PREPOSITIONS:
                return g
        return None


def _nounish(word: str) -> bool:
    """A lower-case word that is probably a common noun ("forces" in "forces supporting X")."""
    w = word.lower()
    if (
        not word.islower()
        or w.endswith(("ed", "ly"))
        or w in lx.DETERMINERS
        or w in lx.PREPOSITIONS
    ):
        return False
    cues = lx.DENIAL_WORDS | lx.NEGATION_WORDS | lx.HEDGE_WORDS | lx.BE_AUX | _CLAUSE_BREAKS
    return w not in cues and w not in lx.VERB_FORMS and w not in ("and", "or", "to", ",")


def _premodifier(word: str) -> bool:
    """A lower-case adjective-like word between a possessor and its noun ("his foreign")."""
    return word.islower() and word not in lx.DETERMINERS and _modifier_word(word)


def _modifier_word(word: str) -> bool:
    """A word that may stand inside an object noun phrase before the actor's name."""
    w = word.lower()
    if word in lx.TITLE_WORDS or word in adjective_forms() or word in _PEOPLE_ADJECTIVES:
        return True
    if not word.islower() or w in lx.BE_AUX or w in lx.VERB_FORMS or w in _CLAUSE_BREAKS:
        return False
    if w in lx.PREPOSITIONS and w not in ("of", "to", "with", "on", "against", "for"):
        return False
    return w not in ("and", "or", "than", "as", "that", "if", "whether", "not")


def _adjectival(w: str) -> bool:
    return w.endswith(("ed", "ive", "al", "ist", "ian", "ic", "ful", "ous", "-")) or w in (
        "strong",
        "top",
        "new",
        "old",
        "main",
        "key",
        "fierce",
        "full",
        "grave",
        "many",
        "more",
        "much",
        "any",
        "some",
        "all",
        "most",
    )


def _build_groups(doc: Doc, mentions: list[TokMention]) -> list[Group]:
    """Coordinated mentions ("Egypt, the UAE and France") become one group."""
    tt = token_table(doc)
    groups: list[Group] = []
    ms = sorted(mentions, key=lambda m: m.start)
    i = 0
    while i < len(ms):
        m = ms[i]
        # A nationality adjective before a (titled) name modifies it: "Turkish President X" -> X.
        if m.form == "adjective" and i + 1 < len(ms) and ms[i + 1].start >= m.end:
            gap = tt.text[m.end : ms[i + 1].start]
            if all(w in lx.TITLE_WORDS or w.rstrip(".") + "." in lx.TITLE_WORDS for w in gap):
                i += 1
                continue
        # An organisation before a role noun and a name modifies the name: "the Blue Legion
        # commander X", "the Red Crescent spokesman X" -> X.
        if i + 1 < len(ms) and ms[i + 1].start > m.end and ms[i + 1].form != "pronoun":
            gap = tt.lower[m.end : ms[i + 1].start]
            if len(gap) <= 2 and all(w in lx.ROLE_NOUNS for w in gap):
                i += 1
                continue
        # A possessor directly before another mention is a modifier: "X's Y" -> Y, and so
        # is one before the title of a person named in apposition ("X's foreign minister, Y").
        if i + 1 < len(ms) and (
            (m.end < len(doc) and tt.text[m.end] in _POSSESSIVE and ms[i + 1].start == m.end + 1)
            or _titled_possessor(tt, m, ms[i + 1])
        ):
            i += 1
            continue
        g = Group(m.start, m.end, [Member(m.entity, m.start, m.end)])
        j = i + 1
        closed = False  # a list ends after "and"/"or" + member: ", Z" then starts a new clause
        while j < len(ms):
            if ms[j].start < g.end:  # a plural pronoun stands for several actors at one place
                g.members.append(Member(ms[j].entity, ms[j].start, ms[j].end))
                j += 1
                continue
            between = nom.untitled_gap(tt, g.end, ms[j].start)  # "Mr A and Mr B"
            if not between or len(between) > 8 or any(w not in _COORD for w in between):
                break
            if tt.lower[ms[j].start] in _POSSESSIVE_PRONOUNS:
                break
            if tt.lower[ms[j].start] in _SUBJECT_PRONOUNS and "," in between:
                break  # "X met Y, and they discussed ...": a new clause's subject
            if between == [",", "and"] and len(g.members) == 1:
                break  # "gave money to X, and Y and Z offered ...": a new clause's subject
            conj = any(w in ("and", "or", "nor", "&", "plus") for w in between)
            if closed and not conj:
                break
            closed = closed or conj
            if not any(
                w in (",", "and", "or", "/", "&", "plus", "nor", "not", "—", "–", "well")
                for w in between
            ):
                break
            pol = "negated" if any(w in ("not", "nor") for w in between) else "asserted"
            if pol == "asserted" and (
                any(w in ("perhaps", "possibly", "probably") for w in between) or "times" in between
            ):
                pol = "hedged"
            nm = ms[j]
            if j + 1 < len(ms) and _titled_possessor(tt, nm, ms[j + 1]):
                j += 1  # "spoke with X and with Z's foreign minister, Y": Y is the member
                nm = ms[j]
            g.members.append(Member(nm.entity, nm.start, nm.end, pol))
            g.end = nm.end
            j += 1
        if len(g.members) > 1 and not _has_conjunction(doc, g):
            g = Group(m.start, m.end, [Member(m.entity, m.start, m.end)])
            j = i + 1
        groups.append(g)
        i = j
    return groups


_TITLE_LOWER = frozenset(w.lower().rstrip(".") for w in lx.TITLE_WORDS) | lx.ROLE_NOUNS


def _titled_possessor(tt: TokenTable, m: TokMention, nxt: TokMention) -> bool:
    """ "Zedland's foreign minister, NAME", "Zedland's President NAME": the possessor only says
    whose office the person holds; the person named after the title is the actor."""
    if m.form == "pronoun" or m.end >= len(tt) or tt.text[m.end] not in _POSSESSIVE:
        return False
    gap = tt.lower[m.end + 1 : nxt.start]
    if not gap or len(gap) > 4:
        return False
    if gap[-1] == ",":
        gap = gap[:-1]
    return bool(gap) and all(w in _TITLE_LOWER for w in gap) and gap[-1] in _TITLE_LOWER


def _has_conjunction(doc: Doc, g: Group) -> bool:
    lower = token_table(doc).lower
    words = set(lower[g.start : g.end])
    members = {i for m in g.members for i in range(m.start, min(m.end, len(lower)))}
    return (
        any(
            lower[i] in ("and", "or", "/", "&", "plus", "nor", "not", "well")
            for i in range(g.start, min(g.end, len(lower)))
            if i not in members
        )
        or not words
        or len({(m.start, m.end) for m in g.members}) == 1  # "they": one pronoun, many actors
    )


_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], lx.Trigger]]] = {}
for _words, _trig in lx.PHRASES.items():
    _PHRASES_BY_FIRST.setdefault(_words[0], []).append((_words, _trig))


# Words that can start a trigger: tokens outside it are skipped without a closer look.
_TRIGGER_STARTS = frozenset(
    [
        *_PHRASES_BY_FIRST,
        *lx.AGENT_NOUNS,
        *lx.VERB_FORMS,
        *lx.NOUNS,
        *fr.FRAME_FORMS,
        *fr.DEMAND_FOR,
        *fr.DEMAND_DIRECT,
        *nom.MODALS_OF_DEMAND,
        *fr.PASSIVE_ONLY,
        *fr.FRAME_NOUNS,
        *vf.FORMS,
    ]
)
# Frame verbs whose form is mostly a noun: never read as the verb.
_FRAME_NOUNISH = frozenset(("forces",))


def _trigger_at(tt: TokenTable, k: int, sent_end: int) -> tuple[lx.Trigger, str, int] | None:
    """(trigger, construction, end token) for a trigger starting at token k."""
    w = tt.lower[k]
    if w in fr.DEMAND_DIRECT or (
        w in fr.DEMAND_FOR and k + 1 < sent_end and tt.lower[k + 1] == "for"
    ):
        end = k + 1 if w in fr.DEMAND_DIRECT else k + 2
        if _departure_noun(tt, end, sent_end) >= 0:
            return fr.DEMAND, "departure", end
    if w in nom.MODALS_OF_DEMAND:  # "X said Y must leave": only with a verb of leaving
        if k + 1 < sent_end and tt.lower[k + 1] in nom.LEAVE_VERBS:
            return fr.DEMAND, "must_leave", k + 2
        return None
    for phrase, trig in _PHRASES_BY_FIRST.get(tt.lower[k], ()):
        n = len(phrase)
        if k + n <= sent_end and tuple(tt.lower[k : k + n]) == phrase:
            return trig, "phrase", k + n
    w = tt.lower[k]
    if tt.text[k][:1].isupper() and not tt.sent_start[k]:
        return None
    framed = fr.FRAME_NOUNS.get(w)
    if framed is not None:
        return framed[0], framed[1], k + 1
    if w in lx.AGENT_NOUNS:
        return lx.AGENT_NOUNS[w], "agent", k + 1
    if w in vf.STRIKE_FORMS and vf.deal_noun(tt.lower, k + 1, sent_end) >= 0:
        return vf.DEAL, "political", k + 1  # "struck a deal with Y" is no attack
    verb = lx.VERB_FORMS.get(w)
    noun = lx.NOUNS.get(w)
    prev = tt.lower[k - 1] if k > 0 else ""
    nxt = tt.lower[k + 1] if k + 1 < len(tt) else ""
    if verb and verb[1] == "past" and prev == "-":
        return verb[0], "compound", k + 1
    cleft = prev == "that" and k >= 2 and tt.text[k - 2][:1].isupper()  # "It was X that armed Y"
    cleft = cleft or (prev == "that" and ca.relative_that_verb(tt, k, sent_end))
    if verb and verb[1] == "past" and not cleft and (prev in lx.DETERMINERS or _giving_verb(prev)):
        return None  # "sold armed drones", "the armed groups": a participle used as adjective
    noun_context = (
        prev in lx.DETERMINERS
        or prev in _POSSESSIVE
        or _adjectival(prev)
        or (nxt in ("from", "for", "of", "on", "against", "to", "with", "by") and not verb)
        or nxt == "between"
        or nxt == "from"
        # "Support for X from Y ...": a sentence opening with the word is no imperative
        or (tt.sent_start[k] and nxt in ("for", "from", "of", "to", "on", "against"))
    )
    # "X's car bombing of Y", "X's air strikes on Y": a possessor, then a modifier noun
    possessed = k >= 2 and tt.text[k - 2] in _POSSESSIVE and tt.text[k - 1].islower()
    # "a meeting between X and Y", "the fighting": an -ing form after an article is a noun
    possessed = possessed or (prev in ("a", "an", "the") and verb is not None and verb[1] == "ing")
    if noun and (possessed or (noun_context and not (verb and verb[1] in ("past", "ing")))):
        return noun, "noun", k + 1
    if (
        noun
        and verb
        and verb[1] == "3s"
        and (nxt in ("were", "are", "have", "had") or k == 0 or tt.sent_start[k])
    ):
        # "sanctions were imposed", "Attacks on X ...": a plural noun, not a verb
        return noun, "noun", k + 1
    if verb:
        trig, tag = verb
        if w == "back" and (
            prev in _BACK_NOT_VERB
            or nxt
            in ("to", "from", "in", "into", "on", "home", "down", "off", "out", "up", ".", ",")
        ):
            return None
        if tag == "past" and (
            _next_word(tt, k + 1, sent_end) == "by"
            or cs.agent_after_adjunct(tt.lower, k + 1, sent_end)  # "recognised on Monday by"
        ):
            return trig, "passive", k + 1
        return trig, "verb", k + 1
    if noun:
        return noun, "noun", k + 1
    passive = fr.PASSIVE_ONLY.get(w)
    if passive is not None and _agent_follows(tt, k + 1, sent_end):
        return passive, "passive", k + 1
    political = vf.FORMS.get(w)
    if political is not None and w not in lx.VERB_FORMS:
        return political[0], "political", k + 1
    frame = fr.FRAME_FORMS.get(w)
    if frame and w not in _FRAME_NOUNISH and prev not in lx.DETERMINERS:
        return frame[0], frame[1], k + 1
    return None


_PASSIVE_ADJUNCT = frozenset("at in on the a an airport border capital arrival".split())


def _agent_follows(tt: TokenTable, k: int, end: int) -> bool:
    """Whether "by" comes at ``k``, after adverbs, or after a short place adjunct ("greeted
    at the airport by X")."""
    if _next_word(tt, k, end) == "by":
        return True
    for i in range(k, min(end, k + 5)):
        if tt.lower[i] == "by":
            return i > k
        if tt.lower[i] not in _PASSIVE_ADJUNCT:
            return False
    return False


def _giving_verb(word: str) -> bool:
    frame = fr.FRAME_FORMS.get(word)
    return frame is not None and frame[1] == "give"


def _departure_noun(tt: TokenTable, pos: int, end: int) -> int:
    """Index of a departure noun ("withdrawal") a few modifier words after ``pos``, or -1."""
    for i in range(pos, min(end, pos + 5)):
        if tt.lower[i] in fr.DEPARTURE_NOUNS:
            return i
        if tt.lower[i] in _CLAUSE_BREAKS or tt.lower[i] in (",", ".", "and", "to"):
            return -1
    return -1


def _next_word(tt: TokenTable, k: int, end: int) -> str:
    while k < end and (tt.lower[k].endswith("ly") or tt.text[k] in ("”", "“", '"', "’", "‘")):
        k += 1
    return tt.lower[k] if k < end else ""


def find_relations(doc: Doc, mentions: list[TokMention], entities: list[Entity]) -> list[Relation]:
    """All relations in ``doc`` between the entities of ``mentions``."""
    kinds = {e.id: e.kind for e in entities}
    tt = token_table(doc)
    by_sent: dict[int, list[TokMention]] = {}
    named = [*mentions, *institution_mentions(tt, mentions, entities)]
    for m in [
        *named,
        *force_mentions(tt, named, entities),
        *head_noun_mentions(tt, named, entities),
        *epithet_mentions(tt, named, entities),
        *people_mentions(tt, named, entities),
        *ordinal_mentions(tt, named),
    ]:
        by_sent.setdefault(m.sent, []).append(m)
    out: list[Relation] = []
    seen: set[tuple[str, str, str, int, str]] = set()
    recent: list[TokMention] = []
    recent_groups: list[Group] = []
    listed: list[Group] = []  # coordinations of the last sentences, for "all three"
    cues = [k for k, w in enumerate(tt.lower) if w in _PRONOUN_CUES]
    for si, (sent_start, sent_end) in enumerate(tt.sents):
        sms = list(by_sent.get(si, []))
        at = cues[bisect_left(cues, sent_start) : bisect_left(cues, sent_end)]
        sms += _pronoun_mentions(
            doc, sent_start, sent_end, sms, recent, recent_groups, kinds, si, at, listed
        )
        s = _Sentence(doc, sent_start, sent_end, sms, kinds)
        s.prior_agents = ca.prior_agents(out, si, frozenset(m.entity for m in sms))
        # A relation needs two actors in the sentence (pronouns included), or one and an
        # attacker just before that "the attack" may refer back to.
        actors = len({m.entity for m in sms})
        if actors == 1 and s.prior_agents:
            s.prior_agents = ca.event_noun_in(tt.lower, sent_start, sent_end, s.prior_agents)
        scan = _scan(s) if actors >= 2 or (actors and s.prior_agents) else []
        for found in scan:
            base = ""  # the clause's polarity, the same for every pair: read once, when needed
            for src in found.sources:
                for tgt in found.targets:
                    if src.entity == tgt.entity:
                        continue
                    base = base or relation_polarity(
                        doc, found.window_start, found.t_start, sent_start, sent_end, found.exclude
                    )
                    pol = combine(combine(base, src.polarity), tgt.polarity)
                    key = (src.entity, tgt.entity, found.trigger.stance, si, pol)
                    if key in seen:
                        continue
                    seen.add(key)
                    lo = min(src.start, tgt.start, found.t_start)
                    hi = max(src.end, tgt.end, found.t_end)
                    out.append(
                        Relation(
                            source=src.entity,
                            target=tgt.entity,
                            stance=found.trigger.stance,
                            type=found.trigger.type,
                            plover=found.trigger.plover,
                            polarity=pol,
                            sentence=si,
                            start=tt.idx[lo],
                            end=tt.end_char(hi),
                            trigger=tt.span_text(found.t_start, found.t_end),
                        )
                    )
        recent = (recent + [m for m in sms if m.form != "pronoun"])[-30:]
        recent_groups = [g for g in s.groups if len(g.members) > 1 and g.members[0].entity != ""]
        listed = (listed + recent_groups)[-8:]
    return out


def _pronoun_mentions(
    doc: Doc,
    start: int,
    end: int,
    sms: list[TokMention],
    recent: list[TokMention],
    recent_groups: list[Group],
    kinds: dict[str, str],
    si: int,
    at: list[int] | None = None,
    listed: list[Group] | None = None,
) -> list[TokMention]:
    """Pronouns and definite descriptions ("the general") resolved to earlier actors.

    ``at``: the tokens of [start, end) whose word is in _PRONOUN_CUES, when known (the
    others are skipped anyway)."""
    tt = token_table(doc)
    out: list[TokMention] = []
    for k in range(start, end) if at is None else at:
        w = tt.lower[k]
        if w in lx.PRONOUNS_PERSON:
            prior = [m for m in sms if m.end <= k] + []
            cands = [
                m for m in recent + prior if kinds.get(m.entity) == "person" and m.form != "pronoun"
            ]
            cands = [m for m in cands if m.start < k]
            opening = ca.opening_subject(tt, cands, tt.sents[si - 1][0]) if k == start else None
            if cands:
                last = opening or max(cands, key=lambda m: (m.sent, m.start))
                out.append(TokMention(last.entity, k, k + 1, si, "pronoun"))
        elif w in lx.PRONOUNS_PLURAL:
            local = [
                g for g in _build_groups(doc, [m for m in sms if m.end <= k]) if len(g.members) > 1
            ]
            groups = recent_groups + local
            forces = [
                m for m in recent[-6:] + [m for m in sms if m.end <= k] if _heads_forces(doc, m)
            ]
            forces = [m for m in forces if m.start < k]
            last_group = groups[-1].start if groups else -1
            if forces and forces[-1].start > last_group:
                out.append(TokMention(forces[-1].entity, k, k + 1, si, "pronoun"))
            elif groups:
                g = groups[-1]
                for mem in g.members:
                    out.append(TokMention(mem.entity, k, k + 1, si, "pronoun"))
        elif w == "its" or (
            w == "it"
            and k > start
            and (tt.lower[k - 1] in _IT_CONTEXT or ca.it_receiver(tt.lower, k, end))
        ):
            # "The Front said its fighters ...", "talks with it": the organisation or state
            # last named ("it" only as a prepositional object, never the expletive subject).
            prior = [m for m in sms if m.end <= k and m.form != "pronoun"]
            if w == "it" and tt.lower[k - 1] in _ACCUSE:  # "X accused it": "it" is not X
                prior = [m for m in prior if m.end != k - 1]
            elif w == "it" and tt.lower[k - 1] not in _IT_CONTEXT:  # "X offered it arms": not X
                first = ca.subject_chain_start(
                    tt.lower, k - 1, start, {m.end: m.start for m in prior}
                )
                prior = [m for m in prior if m.start < first]
            cands = [m for m in recent[-8:] + prior if kinds.get(m.entity, "person") != "person"]
            if w == "its":  # not "X, its ally" -> X; not the last actor before "The coalition"
                cands = nom.its_candidates(tt, start, k, cands, any(m.start < k for m in out))
            if cands:
                last = max(cands, key=lambda m: (m.sent, m.start))
                out.append(TokMention(last.entity, k, k + 1, si, "pronoun"))
        elif w in ca.NUMBERED_CUES and ca.numbered_plural(tt.lower, k, end)[0]:
            # "all three", "the two blocs": the last list of exactly that many actors
            n, stop = ca.numbered_plural(tt.lower, k, end)
            local = _build_groups(doc, [m for m in sms if m.end <= k])
            kinds_of = ca.numbered_kinds(tt.lower[stop - 1])
            lists = [
                g
                for g in [*(listed or []), *local]
                if len(g.members) == n and all(kinds.get(m.entity) in kinds_of for m in g.members)
            ]
            if lists:
                out += [TokMention(mem.entity, k, stop, si, "pronoun") for mem in lists[-1].members]
        elif w == "the" and k + 1 < end and _definite_org_head(tt, k + 1, end):
            if any(m.start == k for m in sms):
                continue  # resolved by name already ("the alliance": references.py)
            head = _definite_org_head(tt, k + 1, end)
            # "the rebels", "the terrorists" name an armed group, never an organisation
            wanted = ("armed_group",) if tt.lower[head - 1] in _ARMED_EPITHETS else _ORG_KINDS
            cands = [
                m for m in recent + [m for m in sms if m.end <= k] if kinds.get(m.entity) in wanted
            ]
            if cands:
                last = max(cands, key=lambda m: (m.sent, m.start))
                out.append(TokMention(last.entity, k, head, si, "pronoun"))
        elif w == "the" and k + 1 < end and tt.lower[k + 1] in _DEFINITE_ROLES:
            if k + 2 < end and (tt.text[k + 2][:1].isupper() or tt.lower[k + 2] in ("of",)):
                continue
            cands = [
                m
                for m in recent + [m for m in sms if m.end <= k]
                if kinds.get(m.entity) == "person"
            ]
            if cands:
                last = max(cands, key=lambda m: (m.sent, m.start))
                out.append(TokMention(last.entity, k, k + 2, si, "pronoun"))
    return out


# The words _pronoun_mentions looks at; every other token is skipped.
_PRONOUN_CUES = lx.PRONOUNS_PERSON | lx.PRONOUNS_PLURAL | {"its", "it", "the"} | ca.NUMBERED_CUES
_IT_PREPOSITIONS = frozenset("with against to on from toward towards".split())


def _definite_org_head(tt: TokenTable, k: int, end: int) -> int:
    """End of "the (regional) movement/militia/bloc" starting after "the", or 0.

    Such a definite description names the organisation last mentioned; one followed by a
    capitalised word or "of" is a name or a description of something else."""
    j = k + 1 if tt.lower[k] in _ORG_DESCRIPTION_ADJECTIVES else k
    if j >= end or tt.lower[j] not in _DEFINITE_ORGS or not tt.text[j].islower():
        return 0  # "the Group for ...": a capitalised head starts a name
    nxt = tt.text[j + 1] if j + 1 < end else ""
    if nxt[:1].isupper() or nxt in ("of", "-"):
        return 0  # "the group's October assault" still names the group
    return j + 1


def _heads_forces(doc: Doc, m: TokMention) -> bool:
    """ "US special forces", "Russian mercenaries": a mention modifying a plural force noun."""
    tt = token_table(doc)
    for k in range(m.end, min(m.end + 3, len(doc))):
        w = tt.lower[k]
        if w in lx.FORCE_NOUNS and w.endswith("s"):
            return True
        if not tt.text[k].islower():
            return False
    return False


def _scan(s: _Sentence) -> list[_Found]:
    tt, lower = s.tt, s.tt.lower
    found: list[_Found] = []
    k = s.start
    while k < s.end:
        hit = _trigger_at(tt, k, s.end) if lower[k] in _TRIGGER_STARTS else None
        if hit is None:
            k += 1
            continue
        trig, how, t_end = hit
        f = _ARGUMENTS[how](s, trig, k, t_end)
        if f is not None and f.sources and f.targets and not _self_directed(f):
            found.append(f)
        k = t_end
    for st in (*ap.described_relations(s), *pa.possessed_relations(s), *ef.event_relations(s)):
        f = _found(st.source, st.target, st.trigger, st.t_start, st.t_end, st.window)
        if f is not None and not _self_directed(f):  # "X, Y's ally", "X's feud with Y"
            found.append(f)
    return found


def _self_directed(f: _Found) -> bool:
    """ "he urged them" with "he" resolved to one of "them": a lone source that is also
    among the targets means a pronoun was resolved to the wrong actor; nothing is kept."""
    return len(f.sources) == 1 and any(t.entity == f.sources[0].entity for t in f.targets)


def _found(
    src: Group | list[Member] | None,
    tgt: Group | list[Member] | None,
    trig: lx.Trigger,
    k: int,
    t_end: int,
    win: int,
) -> _Found | None:
    if src is None or tgt is None:
        return None
    sm = src.members if isinstance(src, Group) else src
    tm = tgt.members if isinstance(tgt, Group) else tgt
    left = [g for g in (src, tgt) if isinstance(g, Group) and g.end <= k]
    exclude = (left[0].start, left[0].end) if left else (0, 0)
    return _Found(list(sm), list(tm), trig, k, t_end, win, exclude)


def _compound(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "the Turkey-backed government", "American/British covertly-supported ISIS"."""
    h = k - 1  # the hyphen
    src = s.group_at_end.get(h)
    if src is None and h - 1 >= s.start and s.tt.lower[h - 1].endswith("ly"):
        src = s.group_at_end.get(h - 1)
    tgt = s.right_group(t_end, limit=5)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 3)


def _passive(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "Y, backed by X", "Y is armed by X", "Y, who are supported by X"."""
    by = t_end
    while s.tt.lower[by] != "by":
        by += 1
    src = s.right_group(by + 1, limit=4)
    dative = cs.dative_before_agent(s, t_end, by)  # "which is reproached to him by Y": him
    more = cs.partitive_members(s, src) if src is not None else None
    if src is not None and more is not None:  # "by X, Y and most of the members of Z"
        src = Group(src.start, more[0], [*src.members, *more[1]])
    if src is None and by + 1 in s.modifiers:  # "greeted by X's president, NAME"
        src = s.right_group(by + 1, limit=7)
    j = k - 1
    while j >= s.start and (
        s.tt.lower[j] in _AUX_ADV
        or s.tt.lower[j].endswith("ly")
        or s.tt.text[j] in ("“", "”", '"', "‘", "’")
    ):
        j -= 1
    j = ca.skip_participles(s, j)  # "Y, armed and funded by X"
    tgt: Group | None = None
    if j >= s.start and s.tt.lower[j] in _RELATIVE:
        tgt = _relative_antecedent(s, j)
    elif j >= s.start and s.tt.text[j] == "," and _closes_relative(s, j, 30):
        # "The officers, who lead the X mission, were greeted by Y": the head before the
        # relative clause is the subject; with no actor there, nothing is related.
        tgt = _antecedent_before_relative(s, j, 30)
        if tgt is None:
            return None
    elif j >= s.start and s.tt.text[j] == ",":
        tgt = s.group_at_end.get(j) or ca.head_before_aside(s, j)  # "X, among them Z, were"
    else:
        tgt = s.group_at_end.get(j + 1)
    if tgt is None:
        tgt = nom.whose_antecedent(s, j)  # "X, whose seizure of power was condemned by Y"
    if tgt is None:
        tgt = ca.apposition_head(s, j)  # "Y, the northern group backed by X"
    if tgt is None and j >= s.start and s.tt.text[j] == ",":
        tgt = ca.clause_subject_before(s, j)  # "Y attacked Z and fled, chased by X"
    if tgt is None and j >= s.start and s.tt.lower[j] == "and":
        tgt = cs.coordinated_subject(s, j)  # "Y, who took the oath ... and was recognised by X"
    if tgt is None and not (j >= s.start and s.tt.lower[j] in ("and", "or")):
        tgt = s.left_group(k, limit=6)
    tgt = dative or tgt
    if tgt is None and src is not None and trig.stance == "consult":
        tgt = ca.venue_state(s, src.end)  # "a pause negotiated by X in Ankara": X meets Turkey
    return _found(src, tgt, trig, k, t_end, (tgt.start if tgt else k) - 4)


def _possessor(s: _Sentence, k: int, max_mods: int) -> tuple[int, Group | None]:
    """The actor owning the noun at ``k``: "X's (main) backers", "his foreign backers",
    "Russian support". Returns the index before the modifiers and the group, if any."""
    tt = s.tt
    j = k - 1
    while (
        j >= s.start
        and j >= k - max_mods
        and s.group_at_end.get(j + 1) is None
        and (_premodifier(tt.text[j]) or (max_mods >= 3 and tt.lower[j] in lx.NOUNS))
    ):  # "X's traditional arms supplier": noun triggers may compound with an agent noun
        j -= 1
    if j < s.start:
        return j, None
    if tt.text[j] in _POSSESSIVE:
        return j, s.group_at_end.get(j)
    g = s.group_at_end.get(j + 1)
    if g is not None and nom.names_rebels(s, g):  # "its Syrian rebel allies": not Syria's
        return _possessor(s, g.start, max_mods)
    return j, g


def _agent(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "his foreign backers, headed by X", "X's allies Y and Z", "backers of X"."""
    tt = s.tt
    # Target: the possessor before the noun, or "of X" after it.
    j, tgt = _possessor(s, k, 3)
    if tgt is None and t_end < s.end and tt.lower[t_end] == "of":
        tgt = s.right_group(t_end + 1, limit=3)
        src = s.left_group(k, limit=8)
        return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 4)
    src = s.right_group(t_end, limit=8, skip=_BRIDGE)
    if src is None:
        # "X, Y's main backer," or "X is Y's ally"
        left = s.left_group(j if tgt is None else tgt.start, limit=5)
        src = left or ap.copula_subject(s, j if tgt is None else tgt.start - 1)
    return _found(src, tgt, trig, k, t_end, (tgt.start if tgt else k) - 4)


def _noun(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "support from X", "X's backing of Y", "an assault on Y", "Russian support for Y"."""
    tt = s.tt
    if trig.stance == "support" and nom.asked_for(s, k):
        return None  # "the request for help that X sent to Y": nothing given yet
    nxt = tt.lower[t_end] if t_end < s.end else ""
    if nxt == "from" or (t_end + 1 < s.end and tt.lower[t_end + 1] == "from" and _adjectival(nxt)):
        at = t_end + 1 if nxt == "from" else t_end + 2
        giver = s.right_group(at, limit=8, skip=_BRIDGE)
        receiver = s.left_group(k, limit=12)
        return _found(giver, receiver, trig, k, t_end, (receiver.start if receiver else k) - 2)
    # Possessor or adjective source directly before the noun.
    _, src = _possessor(s, k, 2)
    src = src or nom.whose_owner(s, k)  # "X, whose partnership with Y ..."
    if nxt == "between":  # "clashes between X and Y", "talks between X and Y"
        pair = s.right_group(t_end + 1, limit=3)
        if pair is None or len(pair.members) < 2:
            pair = nom.people_pair(s, t_end + 1)  # "between US diplomats and Y"
        if pair is not None and len(pair.members) > 1:
            host = _host_of(s, k) if trig.stance == "consult" else None
            if host is not None:  # "X offered to host talks between Y and Z": X meets both
                parties = pair.members
                return _Found([*host.members, *parties[:1]], parties, trig, k, t_end, k - 2)
            doubt = nom.outcome_polarity(s, pair.end)  # "..., which was planned, remains uncertain"
            members = [
                Member(m.entity, m.start, m.end, combine(doubt or "asserted", m.polarity))
                for m in pair.members
            ]  # copies: the group's members serve other triggers
            return _Found(members[:1], members[1:], trig, k, t_end, k - 2)
        return None
    target_after = nxt in (
        "for",
        "of",
        "to",
        "on",
        "against",
        "with",
        "toward",
        "towards",
        "behind",
    )
    tgt = s.right_group(t_end + 1, limit=6) if target_after else None
    if tgt is None and target_after:
        tgt = ca.target_after_date(s, t_end)  # "sanctions on October 14 on three ministers"
    pair = nom.pair_of(tgt) if src is None and nxt == "of" and trig.stance == "consult" else None
    if pair is not None:  # "a joint summit of the two blocs": held between them
        return _found(pair.members[:1], pair.members[1:], trig, k, t_end, k - 2)
    if tgt is None and trig.stance == "support" and nxt in ("to", "for"):
        tgt = fa.plan_author(s, t_end + 1)  # "its support to the plan proposed by Y"
    if tt.lower[k] in _RELIANCE:
        # "X's reliance on Y": Y supports X; only with the possessor stated.
        return _found(tgt, src, trig, k, t_end, k - 2) if nxt == "on" else None
    if tgt is None and target_after and trig.type == "attack":
        tgt = nom.place_state(s, t_end + 1)  # "X's bombing of an academy in CAPITAL"
    if src is None and tgt is not None and nxt == "for":
        giver = nom.giver_after_target(s, tgt.end)  # "support for X from partners, incl. Y"
        if giver is not None:
            return _found(giver, tgt, trig, k, t_end, k - 2)
    if src is None and tgt is None and trig.stance == "consult":
        pair = nom.pair_between(s, t_end)  # "the accord signed in CITY between X and Y"
        if pair is not None:
            return _Found(pair.members[:1], pair.members[1:], trig, k, t_end, k - 2)
    if tgt is None and nxt == "behind":
        tgt = s.right_group(t_end + 1, limit=6)
    if src is None and nxt == "by" and trig.stance == "consult":
        visitor, host = nom.visitor_and_host(s, t_end)  # "a visit by X to CAPITAL"
        if visitor is not None and host is not None:
            return _found(visitor, host, trig, k, t_end, k - 2)
    if src is None and nxt == "of" and tgt is not None and trig.stance == "support":
        receiver = (
            _receiver_after(s, tgt.end) or fa.adjunct_receiver(s, k) or s.left_group(k, limit=15)
        )
        return _found(tgt, receiver, trig, k, t_end, (receiver.start if receiver else k) - 8)
    if src is None:
        after = tgt.end if tgt is not None else t_end
        agent = _agent_by(s, after) if tgt is not None or nxt in lx.BE_AUX else None
        if agent is not None:  # "attacks on X by Y", "sanctions were imposed on X by Y"
            if tgt is None:
                tgt = _passive_object(s, t_end, agent.start)
            return _found(agent, tgt, trig, k, t_end, k - 2)
    if src is None and tgt is not None:
        src = nom.existential_speaker(s, k)  # "X said there would be no talks with Y"
    if src is None and nom.in_time_adjunct(s, k):
        return None  # "X, two weeks after the offensive of Y": not X's offensive
    if src is None:
        src = cs.said_to_subject(s, k) or s.left_group(k, limit=12)
        src = (ca.participial_subject(s, src) if src else None) or _relative_subject(s, k)
        if src is not None and tgt is None:
            return None
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _relative_antecedent(s: _Sentence, rel: int) -> Group | None:
    """The actor a relative word at ``rel`` refers to.

    Usually the group just before it; but in "Norway, an EU partner that sells drones" the
    group only modifies a description in apposition, which stands for the group before the
    comma."""
    g = s.left_group(rel, limit=4, skip_pp=False)
    if g is None and rel - 1 > s.start and s.tt.text[rel - 1] == ",":
        return ap.group_before_comma(s, rel - 1)  # "X (ACR), which ...": over the brackets
    if g is None and rel - 1 > s.start:
        return ca.apposition_head(s, rel - 1)  # "X, a youth militia that fought Y": X
    if g is None or g.end == rel:
        return g
    j = g.start - 1
    while j > s.start and s.tt.lower[j] in ("a", "an", "the"):
        j -= 1
    if j < g.start - 1 and s.tt.text[j] == ",":
        return s.group_at_end.get(j) or g
    return g


def _object_relative_head(s: _Sentence, subject: Group) -> Group | None:
    """ "the alliance that the US-led coalition arms": the verb's object is the head noun
    before "that", when the subject directly follows the relative word."""
    tt = s.tt
    j = subject.start - 1
    while j >= s.start and tt.lower[j] in ("the", "a", "an"):
        j -= 1
    if j <= s.start or tt.lower[j] not in ("that", "which", "whom"):
        return None
    return s.group_at_end.get(j) or (s.group_at_end.get(j - 1) if tt.text[j - 1] == "," else None)


def _relative_subject(s: _Sentence, k: int) -> Group | None:
    """ "Turkey, which is said to be considering a pact with X": the relative's antecedent."""
    tt = s.tt
    for j in range(k - 1, max(s.start, k - 12), -1):
        w = tt.lower[j]
        if w in ("who", "which") and tt.text[j - 1] == ",":
            return s.group_at_end.get(j - 1)
        if w in (",", ";", ":", "that", "and", "but") or w in lx.VERB_FORMS:
            return None
    return None


def _receiver_after(s: _Sentence, pos: int) -> Group | None:
    """ "the support of X (of Z) to Y": the group after "to"/"for" a few words on."""
    tt = s.tt
    for k in range(pos, min(s.end, pos + 6)):
        w = tt.lower[k]
        if w in ("to", "for"):
            return s.right_group(k + 1, limit=4)
        if w in _CLAUSE_BREAKS or w in (",", "and", "by"):
            return None
    return None


def _agent_by(s: _Sentence, pos: int) -> Group | None:
    """The agent of a nominal or passive: the group after "by" within the same clause."""
    tt = s.tt
    for k in range(pos, min(s.end, pos + 12)):
        w = tt.lower[k]
        if w == "by":
            return s.right_group(k + 1, limit=4)
        if w in (",", ";", ":", "and", "but", "which", "who", "that", "after", "because"):
            return None
        if w in lx.VERB_FORMS or w in lx.NOUNS:
            return None
    return None


def _passive_object(s: _Sentence, pos: int, stop: int) -> Group | None:
    """ "sanctions were imposed on X by Y": the group after "on/against/to" before "by"."""
    tt = s.tt
    for k in range(pos, stop):
        if tt.lower[k] in ("on", "against", "to", "upon"):
            g = s.right_group(k + 1, limit=4)
            return g if g is not None and g.end <= stop else None
    return None


def _verb(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """Active clauses, relative clauses, infinitives and participial clauses."""
    tt = s.tt
    if trig.stance == "support" and nom.asked_for(s, k):
        return None  # "withdraw the request for help": "help" is the thing asked for
    if trig.type == "attack" and ef.deal_object(s, t_end):
        return None  # "X struck a deal with Y": a deal is made, nobody is attacked
    j = k - 1
    while j >= s.start and (
        tt.lower[j] in _AUX_ADV or tt.lower[j].endswith("ly") or tt.lower[j] == "to"
    ):
        j -= 1
    src: Group | None = None
    said = cs.said_to_subject(s, k)  # "X is said to be negotiating with Y"
    if said is not None:
        src = said
    elif j >= s.start and tt.lower[j] in _RELATIVE:
        src = _relative_antecedent(s, j)
    elif j >= s.start and tt.text[j] == "," and tt.lower[k].endswith("ing"):
        src = s.first_group()
    elif (
        tt.lower[k].endswith("ing")
        and j >= s.start
        and s.group_at_end.get(j + 1) is None
        and _nounish(tt.text[j])
        and not (tt.lower[j] in lx.FORCE_NOUNS and s.group_at_end.get(j) is not None)
    ):
        return None  # "militia forces supporting X": the subject is a common noun
    accused = _accused_of(s, k) if tt.lower[k].endswith("ing") else None
    if accused is not None and not accused.members:
        return None  # "X accused the force of cohabiting with Y instead of fighting them"
    if accused is not None:
        tgt = s.right_group(t_end, limit=8)
        found = _found(accused, tgt, trig, k, t_end, k)
        if found is not None:  # copies: the group's members also serve other triggers
            found.sources = [
                Member(m.entity, m.start, m.end, combine("hedged", m.polarity))
                for m in found.sources
            ]
        return found
    closed_relative = False
    if src is None and j >= s.start and tt.text[j] == ",":
        src = _antecedent_before_relative(s, j)
        closed_relative = src is None and _closes_relative(s, j)
    if closed_relative:
        return None  # "The army, which is led by X, shelled Y": the subject is no actor
    if src is None and j >= s.start and tt.lower[j] == "by" and tt.lower[k].endswith("ing"):
        src = cs.by_gerund_subject(s, j)  # "X, who seized power by ousting Y"
    aside = cs.and_before_aside(s, j) if src is None and j >= s.start and tt.text[j] == "," else -1
    if aside >= 0:  # "X closed the border and, according to Y, detained Z": X, never Y
        src = cs.coordinated_subject(s, aside)
        if src is None:
            return None
    if src is None and j >= s.start:
        src = nom.reported_relative(s, j)  # "X, which officials say armed Y"
        src = src or nom.coordinated_it_subject(s, j)  # "X did A to Y, and it armed Z"
        src = src or fa.officials_state(s, j)  # "X's charge came fast: officials blamed Y"
        src = src or fa.coordinated_verb_subject(s, j)  # "X, which ..., ... and accused Y"
        src = src or ap.apposition_subject(s, j)  # "X, its ally in the bloc, has not defended"
    if src is None:
        src = s.left_group(k, skip_objects=True)
        if src is not None:
            src = nom.envoy_sender(s, src) or src  # "X's envoy to the UN accused Y"
            src = ca.participial_subject(s, src)  # "Y, backed by X, accused Z": Y
            src = cs.first_verb_subject(s, src, j)  # "would protect X and train Y": not X
            src = cs.speaker_side(s, src, k)  # "X, the force Y set up, said the unit would"
            if src is not None:
                src = vf.summoner(s, src) or src  # "X summoned Y's envoy to protest": X
    if trig.type == "fight" and t_end < s.end and tt.lower[t_end] in ("for", "alongside"):
        trig = lx.Trigger("ally", "support", "SUPPORT")  # "fight for X" is fighting on X's side
    alongside = t_end < s.end and tt.lower[t_end] == "alongside"
    nxt = tt.lower[t_end] if t_end < s.end else ""
    if trig.stance == "consult" and nxt == "that":
        return None  # "X and Y agreed that Z ...": a complement clause, not a party
    if tag_past(tt.lower[k]) and k - 1 >= s.start and tt.lower[k - 1] in lx.NOUNS:
        return None  # "a war fought on X's behalf": a reduced relative on a noun, no subject
    if trig.stance == "consult" and nxt == "between":
        tgt = s.right_group(t_end + 1, limit=3)  # "X shuttled between Y and Z"
    else:
        tgt = nom.counterpart_named(s, t_end) or s.right_group(
            t_end + 1 if alongside else t_end, limit=8
        )
    if tgt is not None:
        tgt = ca.person_after_possessive(s, tgt) or tgt  # "detained its leader, NAME": NAME
    if tgt is not None and trig.stance == "consult" and ca.names_the_accord(s, t_end, tgt):
        tgt = None  # "X and Y signed a defence pact, the Alliance of Z": the pact's name
    if tgt is None:
        tgt = _object_after_infinitive(s, trig, t_end) or _object_after_verbs(s, t_end)
        tgt = tgt or ca.object_after_quote(s, t_end)  # 'backs "firmly" the efforts of Y'
        tgt = tgt or fa.after_time_adjunct(s, t_end)  # "recognised in May 2020 the rule of Y"
        tgt = tgt or ca.act_author_after_that(s, trig, t_end)  # "warned that any US attack"
    if tgt is None and s.prior_agents and trig.type in ("accuse", "reject", "protest"):
        span = ca.event_anaphor(s, t_end)  # "Y struck Z. X condemned the attack": X opposes Y
        if span is not None:
            agents = [Member(e, *span) for e in s.prior_agents]
            return _found(src, agents, trig, k, t_end, (src.start if src else k) - 2)
    if tgt is None and trig.type == "reject":
        tgt = _proposal_author(s, t_end)  # "X rejected a proposal by the envoy, Y"
    if tgt is not None and trig.type == "negotiate" and _topic_object(s, t_end, tgt.start):
        tgt = None  # "they discussed the handover of security to X": X is in the topic
    if tgt is None and src is not None:
        tgt = _object_relative_head(s, src)
    if tgt is None and trig.type == "attack":
        tgt = nom.place_state(s, t_end)  # "X shelled a market in CAPITAL"
    if tgt is None and trig.stance == "consult":
        pair = nom.pair_between(s, t_end)  # "the truce signed in CITY on Friday between X and Y"
        if pair is not None:
            return _Found(pair.members[:1], pair.members[1:], trig, k, t_end, k - 2)
        tgt = nom.partner_with(s, t_end)  # "X met on Sunday in CITY with Y"
    if (
        tgt is None
        and trig.stance == "consult"
        and src is not None
        and len(src.members) > 1
        and _only_head_nouns(s, src.end, j + 1)
    ):  # "X and Y met", "Lebanese and Syrian negotiators met": the coordinated parties
        members = src.members
        return _Found(members[:1], members[1:], trig, k, t_end, src.start - 4)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _host_of(s: _Sentence, k: int) -> Group | None:
    """The host of the talks at ``k`` ("X offered to host talks between ..."), or None."""
    if not fa.host_before(s, k):
        return None
    return s.left_group(k, skip_objects=True) or fa.main_subject(s, k)


def _solidarity(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X expressed solidarity with Y", 'X "stands in solidarity" with Y', "X's solidarity
    with Y": X supports Y."""
    tgt = fa.with_partner(s, t_end)
    if tgt is None:
        return None
    _, src = _possessor(s, k, 2)
    if src is None:
        # The subject before the verb (and quotes): 'X "stands in solidarity" with Y'; none
        # for a noun phrase ("firing at Z in the name of solidarity with Y").
        i = k - 1 if k - 1 > s.start and s.tt.lower[k - 1] != "in" else k - 2
        while i > s.start and i > k - 5 and s.tt.lower[i] not in lx.PREPOSITIONS:
            if not (s.tt.text[i].islower() or s.tt.text[i] in '"“'):
                break
            i -= 1
        src = s.group_at_end.get(i + 1)
        src = ca.participial_subject(s, src) if src is not None else None
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _letter(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "In a letter addressed to Y, X said ...", "X's letter to Y", "X sent a letter to Y":
    the writer and the addressee consult."""
    tgt = fa.letter_addressee(s, t_end)
    if tgt is None:
        return None
    _, src = _possessor(s, k, 2)
    src = src or fa.fronted_subject(s, k) or s.left_group(k, skip_objects=True)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _severance(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X decided the suspension of the treaty with Y", "X severed relations with Y"."""
    tgt = fa.severed_partner(s, t_end) or vf.suspended_member(s, k, t_end)
    tgt = tgt or vf.cut_off_receiver(s, k, t_end)  # "suspended arms sales to Y"
    if tgt is None:
        return None
    _, src = _possessor(s, k, 2)
    src = src or _frame_subject(s, k)  # also "ORG, which suspended all three"
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _proposal_author(s: _Sentence, t_end: int) -> Group | None:
    """ "rejected a proposal by the UN envoy, Y": rejecting a thing someone put forward
    opposes its author -- the group after "by"/"from", or the person in apposition to a
    role noun after it ("the UN envoy, Y")."""
    tt = s.tt
    k = t_end
    while k < min(s.end, t_end + 4) and (tt.lower[k] in lx.DETERMINERS or _nounish(tt.text[k])):
        k += 1
    if k == t_end or k >= s.end or tt.lower[k] not in ("by", "from"):
        return None
    g = s.right_group(k + 1, limit=4)
    if g is None:
        return None
    j = g.end
    while j < s.end and j < g.end + 2 and tt.lower[j] in lx.ROLE_NOUNS:
        j += 1
    if j > g.end and j + 1 < s.end and tt.text[j] == ",":
        return s.group_at_start.get(j + 1) or g
    return g


def tag_past(word: str) -> bool:
    """Whether ``word`` is the past form of a relation verb."""
    verb = lx.VERB_FORMS.get(word)
    return verb is not None and verb[1] == "past"


def _object_after_infinitive(s: _Sentence, trig: lx.Trigger, t_end: int) -> Group | None:
    """ "X threatened to send Y back": a threat's target is the object of its infinitive."""
    tt = s.tt
    if trig.type != "threaten" or t_end + 2 >= s.end or tt.lower[t_end] != "to":
        return None
    if not tt.text[t_end + 1].islower() or tt.lower[t_end + 1] in lx.VERB_FORMS:
        return None  # another trigger ("threatened to attack Y") relates them itself
    return s.right_group(t_end + 2, limit=3)


def _object_after_verbs(s: _Sentence, t_end: int) -> Group | None:
    """ "X arms, trains and pays the militia": the object after coordinated verbs."""
    tt = s.tt
    k, joined = t_end, False
    while k + 1 < s.end and k < t_end + 6:
        w = tt.lower[k]
        if w in (",", "and", "or") and tt.text[k + 1].islower() and _verbish(tt.lower[k + 1]):
            joined = joined or w != ","
            k += 2
            if joined:
                break
            continue
        break
    return s.right_group(k, limit=4) if joined else None


def _verbish(word: str) -> bool:
    """A lower-case word that may be a finite verb in a verb list ("trains", "pays")."""
    return (
        word in lx.VERB_FORMS
        or word.endswith(("s", "ed"))
        and word not in lx.DETERMINERS
        and word not in lx.PREPOSITIONS
        and word not in lx.BE_AUX
    )


_TOPIC_PREPOSITIONS = frozenset("to of for on about".split())


def _topic_object(s: _Sentence, t_end: int, tgt_start: int) -> bool:
    """ "discussed the handover of security to X": a party reached only through the topic
    noun phrase (a noun, then a preposition) is part of the topic, not the other party."""
    tt = s.tt
    if tgt_start - t_end < 3:
        return False
    gap = tt.lower[t_end:tgt_start]
    return gap[0] != "with" and any(w in _TOPIC_PREPOSITIONS for w in gap[1:])


def _only_head_nouns(s: _Sentence, start: int, end: int) -> bool:
    """Whether tokens [start, end) are empty or one or two common nouns heading the group
    before them ("negotiators", "delegation heads")."""
    if end - start > 2:
        return False
    return all(
        _nounish(s.tt.text[i]) and s.tt.lower[i] not in _TRIGGER_STARTS for i in range(start, end)
    )


def _antecedent_before_relative(s: _Sentence, comma: int, reach: int = 15) -> Group | None:
    """ "X, who has ruled Y since 2011, has accused Z": the group before ", who ... ,".

    ``comma`` closes the relative clause; the clause must open with ", who/which" right
    after a group within a short distance, with no other comma in between."""
    tt = s.tt
    k = comma - 1
    lo = max(s.start, comma - reach)
    while k > lo:
        w = tt.lower[k]
        if w == "," or w in (";", ":"):  # "(ACR)" may stand inside the clause
            return None
        if w in ("who", "which", "whose") and tt.text[k - 1] == ",":
            return ap.group_before_comma(s, k - 1)  # also "X (ACR), who ..."
        k -= 1
    return None


_ACCUSE = frozenset(
    (
        "accuse accuses accused accusing blame blames blamed blaming suspect suspects "
        "suspected suspecting charge charges charged charging"
    ).split()
)
# "talks with it", "accused it of": where "it" is an object, never the expletive subject.
_IT_CONTEXT = _IT_PREPOSITIONS | _ACCUSE


def _accused_of(s: _Sentence, k: int) -> Group | None:
    """For "A accused B of arming C" (or "B, accused by A of arming C"): the group B."""
    tt = s.tt
    if k - 1 < s.start or tt.lower[k - 1] != "of":
        return None
    j = k - 2
    while j >= s.start and j > k - 12:
        if tt.lower[j] in _ACCUSE:
            after = s.right_group(j + 1, limit=3)
            if after is not None and after.end <= k - 1 and tt.lower[j + 1] != "by":
                return after
            if tt.lower[j + 1] not in ("of", "by", ","):
                return Group(j + 1, j + 1)  # "accused the force of": an accused that is no actor
            before = s.group_at_end.get(j) or (
                s.group_at_end.get(j - 1) if j - 1 >= s.start and tt.text[j - 1] == "," else None
            )
            return before
        if tt.lower[j] in _CLAUSE_BREAKS:
            return None
        j -= 1
    return None


def _phrase(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "in favour of", "on behalf of", "sided with", "called on X to stop"."""
    tt = s.tt
    if trig.type == "ally" and tt.lower[k] == "loyal":
        src = s.group_at_end.get(k) or (
            s.group_at_end.get(k - 1) if tt.text[k - 1] == "," else None
        )
    else:
        src = _frame_subject(s, k)  # also "X, which is affiliated with Y"
    tgt = nom.counterpart_named(s, t_end) or s.right_group(t_end, limit=8)
    if trig.type == "demand" and tgt is not None:
        m = tgt.end
        while m < s.end and tt.lower[m] not in ("to",) and m < tgt.end + 3:
            m += 1
        verb = tt.lower[m + 1] if m + 1 < s.end and tt.lower[m] == "to" else ""
        if verb and verb not in lx.HOSTILE_DEMANDS:
            trig = lx.Trigger("request", "consult", "REQUEST")
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _frame_subject(s: _Sentence, k: int) -> Group | None:
    """The subject of a frame verb: a relative's antecedent or the nearest group before."""
    tt = s.tt
    j = k - 1
    while j >= s.start and (
        tt.lower[j] in _AUX_ADV or tt.lower[j].endswith("ly") or tt.lower[j] == "to"
    ):
        j -= 1
    if j >= s.start and tt.lower[j] in _RELATIVE:
        return _relative_antecedent(s, j)
    if j >= s.start and tt.text[j] == "," and _closes_relative(s, j):
        return _antecedent_before_relative(s, j)
    aside = cs.subject_before_aside(s, j) if j >= s.start and tt.text[j] == "," else None
    if aside is not None:  # "X, on a visit to Z on Tuesday, described Y as ..."
        return aside
    g = s.left_group(k, skip_objects=True)
    return ca.participial_subject(s, g) if g is not None else None  # "Y, led by X, sent"


def _word_within(s: _Sentence, pos: int, words: frozenset[str], limit: int) -> int:
    """Index of the first of ``words`` in the next ``limit`` tokens of the clause, or -1.

    The search stops at a clause break or at an actor, which would be another argument."""
    for i in range(pos, min(s.end, pos + limit)):
        w = s.tt.lower[i]
        if w in words:
            return i
        if w in _CLAUSE_BREAKS or w in (",", ".") or i in s.group_at_start:
            return -1
    return -1


def _aimed(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X fired missiles at Y", "X opened fire on Y": the target follows the particle."""
    return _after_particle(s, trig, k, t_end, fr.AIM_PARTICLES, 5)


def _free(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X liberated the town of Y from Z": Z, after "from", is the one driven out."""
    return _after_particle(s, trig, k, t_end, fr.FREE_PARTICLES, 6)


def _after_particle(
    s: _Sentence, trig: lx.Trigger, k: int, t_end: int, particles: frozenset[str], within: int
) -> _Found | None:
    """The frame subject, and as target the group after the first of ``particles`` in the
    next ``within`` tokens of the clause."""
    at = _word_within(s, t_end, particles, within)
    if at < 0:
        return None
    tgt = s.right_group(at + 1, limit=5)
    src = _frame_subject(s, k)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _expel(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X pushed Y out of the town", "X drove Y back": the object, then out/back/away."""
    tgt = s.right_group(t_end, limit=4)
    if tgt is None or _word_within(s, tgt.end, fr.EXPEL_PARTICLES, 3) < 0:
        return None
    src = _frame_subject(s, k)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _give(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X sent weapons to Y", "X offered Y a loan", "X provided Y with drones"; "X sent
    its minister to CAPITAL" is a visit."""
    tt = s.tt
    host = ca.envoy_destination(s, t_end) if tt.lower[k] in ca.SEND_FORMS else None
    if host is not None:
        src = _frame_subject(s, k)
        return _found(src, host, _VISIT, k, t_end, (src.start if src else k) - 2)
    tgt = s.right_group(t_end, limit=3)
    if tgt is not None and any(w in fr.GIVEN_THINGS for w in tt.lower[t_end : tgt.start]):
        tgt = None  # "sold drones to X": the thing comes first, the receiver after "to"
    if tgt is not None:  # the receiver right after the verb, then what is given
        after = tgt.end + 1 if tgt.end < s.end and tt.lower[tgt.end] == "with" else tgt.end
        if _word_within(s, after, fr.GIVEN_THINGS, 4) < 0:
            return None
    else:
        thing = _word_within(s, t_end, fr.GIVEN_THINGS, 6)
        if thing < 0:
            return None
        to = _word_within(s, thing + 1, fr.RECEIVER_PARTICLES, 6)
        tgt = s.right_group(to + 1, limit=4) if to >= 0 else None
    src = _frame_subject(s, k)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


_VISIT = lx.Trigger("visit", "consult", "CONSULT")


def _receive(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "Y received armed drones from X": X supports Y. "Y was received by X", "X received
    NAME in CAPITAL": a visit."""
    if _next_word(s.tt, t_end, s.end) == "by":
        return _passive(s, _VISIT, k, t_end)
    guest = vf.received_guest(s, t_end)  # "X received NAME in CAPITAL": a meeting
    if guest is not None:
        host = _political_subject(s, k)
        return _found(host, guest, vf.RECEIVE_GUEST, k, t_end, (host.start if host else k) - 2)
    giver = ca.giver_of_thing(s, t_end)
    receiver = _frame_subject(s, k) if giver is not None else None
    return _found(giver, receiver, trig, k, t_end, (receiver.start if receiver else k) - 2)


def _departure(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X called for their withdrawal", "X demanded the departure of Y's troops"."""
    noun = _departure_noun(s.tt, t_end, s.end)
    tgt = None
    if noun + 1 < s.end and s.tt.lower[noun + 1] == "of":
        tgt = s.right_group(noun + 2, limit=4)
    if tgt is None:
        tgt = next((s.group_at_start[i] for i in range(t_end, noun) if i in s.group_at_start), None)
    if s.tt.lower[k].endswith("ing") and k - 1 >= s.start and s.tt.text[k - 1] == ",":
        src = s.first_group()  # "X attacked the capital, forcing the resignation of Y"
    else:
        src = _frame_subject(s, k)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _must_leave(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """ "X said the militia must leave the town": X demands that the militia go."""
    src, tgt = nom.demanded_departure(s, k)
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _closes_relative(s: _Sentence, comma: int, reach: int = 15) -> bool:
    """Whether ``comma`` closes a ", who/which ..." clause opened a few words before."""
    tt = s.tt
    for k in range(comma - 1, max(s.start, comma - reach), -1):
        w = tt.lower[k]
        if w in (",", ";", ":"):
            return False
        if w in ("who", "which", "whose") and tt.text[k - 1] == ",":
            return True
    return False


def _political(s: _Sentence, trig: lx.Trigger, k: int, t_end: int) -> _Found | None:
    """Political and diplomatic verb frames (``verb_frames``): "X is leaving ORG", "X broke
    relations with Y", "X summoned Y's ambassador", "X ordered Y's troops out", "X keeps Y
    in power", "X vowed revenge against Y"."""
    trig, frame = vf.FORMS[s.tt.lower[k]]
    tgt = vf.OBJECTS[frame](s, k, t_end)
    if isinstance(tgt, tuple):  # the complement decides the stance ('called Y "a thief"')
        tgt, trig = tgt
    if tgt is None and frame == "describe" and s.prior_agents:
        span = ca.event_anaphor(s, t_end)  # "Y struck Z. X described the strike as a crime"
        if span is not None and vf.condemning_verdict(s, span[1]):
            src = _political_subject(s, k)
            agents = [Member(e, *span) for e in s.prior_agents]
            return _found(src, agents, trig, k, t_end, (src.start if src else k) - 2)
    if tgt is None:
        return None
    noun = s.tt.lower[k] in vf.NOUN_FORMS
    src = _possessor(s, k, 2)[1] if noun else None
    src = src or _political_subject(s, vf.phrase_start(s, k) if noun else k)
    person = src is None or all(s.kinds.get(m.entity) == "person" for m in src.members)
    if frame in vf.PERSON_SOURCE and not person:
        return None  # "Russia flew jets to Syria": only a person travels to talk
    return _found(src, tgt, trig, k, t_end, (src.start if src else k) - 2)


def _political_subject(s: _Sentence, k: int) -> Group | None:
    """The subject of a political verb: the first subject for a verb after "and", the
    clause's subject for a gerund after "by", else the usual frame subject."""
    j = k - 1
    while j >= s.start and (s.tt.lower[j] in _AUX_ADV or s.tt.lower[j].endswith("ly")):
        j -= 1
    if j >= s.start and s.tt.lower[j] == "and":
        return cs.coordinated_subject(s, j) or _frame_subject(s, k)
    if j >= s.start and s.tt.lower[j] == "by" and s.tt.lower[k].endswith("ing"):
        return cs.by_gerund_subject(s, j)
    if j >= s.start and s.tt.text[j] == ",":  # "X, who ousted Y, NAME, has turned towards Z"
        return cs.long_relative_antecedent(s, j) or _frame_subject(s, k)
    return cs.said_to_subject(s, k) or _frame_subject(s, k)


_ARGUMENTS: dict[str, Callable[[_Sentence, lx.Trigger, int, int], _Found | None]] = {
    "compound": _compound,
    "passive": _passive,
    "agent": _agent,
    "noun": _noun,
    "verb": _verb,
    "phrase": _phrase,
    "aimed": _aimed,
    "expel": _expel,
    "free": _free,
    "give": _give,
    "receive": _receive,
    "departure": _departure,
    "must_leave": _must_leave,
    "solidarity": _solidarity,
    "letter": _letter,
    "severance": _severance,
    "political": _political,
}
