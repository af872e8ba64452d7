"""Word lists of the claim extractor: reporting constructions, speaker phrases and the
adjuncts between a reporting verb and what it reports. General English only, no names."""

from __future__ import annotations

from actorgraph.extract.lexicon_roles import (
    DESCRIPTORS,
    GROUP_HEADS,
    PERSON_HEADS,
    REPORT_BARE,
    REPORT_PARTICIPLES,
    REPORT_THAT,
    SPEAKER_HEADS,
    wordset,
)

BE_FORMS = wordset("is are was were be been being am")


def is_filler(word: str) -> bool:
    """Whether a lower-case ``word`` may stand between a speaker, its reporting verb and
    the complement: a listed filler or a manner adverb ("answered calmly that")."""
    return word in FILLERS or (len(word) > 5 and word.endswith("ly") and word not in LY_NOUNS)


MODALS = wordset("can could would will may might must should shall to")
FILLERS = wordset(
    "also then later again reportedly repeatedly publicly privately recently previously "
    "earlier once has have had today yesterday himself herself itself themselves openly "
    "separately further now allegedly already firmly strongly clearly flatly angrily "
    "bluntly just only even still long first"
)
# "-ly" words that are nouns, not adverbs between a speaker and its verb ("the ally said").
LY_NOUNS = wordset("ally family assembly rally supply reply monopoly anomaly italy")
# Verbs whose object (the audience) may stand before "that": "reminded the world that".
TELL_VERBS = wordset(
    "told tells reminded reminds informed informs assured assures warned warns notified"
)
# "X, for its part, said": the pronouns of that aside.
ASIDE_OWNERS = wordset("its his her their our")
PHRASE_PREPS = wordset("of in from at to for close near with")
CUT_PREPS = wordset("to for with")
CLAUSE_PREPS = wordset("in on at to during via through after before")
CONTENT_BAD_START = wordset("in on at to for by with during after before about of")
SENT_ADVERBS = wordset(
    "then but and meanwhile however later earlier also so yet now still moreover "
    "furthermore additionally thus hence instead indeed here there"
)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
MONTH_WORDS = wordset(
    "january february march april may june july august september october november december"
)
DAY_WORDS = wordset("yesterday today tonight")
DAY_PARTS = wordset("morning afternoon evening night")
TIME_UNITS = wordset("week month year weekend night morning evening")
# Time words that may stand between a reporting verb and "that" ("said last week that").
TIME_STARTS = wordset("last this yesterday today earlier recently late early next")
# "said at least 30 people died": "at" followed by these starts a quantity, not an adjunct.
QUANTITY_AFTER_AT = wordset("least most")
# "CONTENT, X said, but Y ...": a coordinated clause after the verb ends the reporting clause.
CLAUSE_JOINERS = wordset("but and while although though whereas yet as")
# "the government said", "the juntas said": the state (or list of states) named just before.
# "Residents reached by phone said": a participle between the speaker and the verb.
CONTACT_PARTICIPLES = wordset("reached contacted interviewed quoted cited questioned")
STATE_ANAPHORS = wordset("government governments junta juntas regime regimes")
# "The coalition said": the actor of the last earlier phrase with that head ("the U.S.-led
# coalition"), looked for at most SAME_HEAD_REACH tokens back.
# "Turkey's defence ministry said ... The ministry had denied ...": an institution too.
SAME_HEAD_ANAPHORS = wordset(
    "coalition alliance bloc mission ministry agency command embassy office army military"
)
# "the army said" with no earlier "X army": the state the document names most.
HOME_FORCES = wordset("army military")
SAME_HEAD_REACH = 1500
NP_WORDS = (
    SPEAKER_HEADS | PERSON_HEADS | GROUP_HEADS | DESCRIPTORS | STATE_ANAPHORS | {"the", "a", "an"}
)
RELATIVES = wordset("which who whom whose what")
# Auxiliaries and modals: after "said" they show a complement clause, not a speaker phrase.
CLAUSE_VERBS = (BE_FORMS | MODALS | wordset("has have had will would")) - {"to"}
# Progressive "was saying": the participle is the reporting verb, the subject precedes "was".
PROGRESSIVE_AUX = wordset("is are was were")
# "“...,” has declared Mrs X": a translated perfect before an inverted reporting verb.
PERFECT_AUX = wordset("has have had")
ORG_POSSESSIVES = wordset("its their")
AMOUNT_WORDS = wordset("more less little much nothing something anything a lot")
# Prepositions that may follow an inverted speaker ("has declared X after her meeting").
PHRASE_END_PREPS = wordset("after before during at in on from following upon")
ARTICLE_WORDS = wordset("the a an")
# "X was right to say that ...": an evaluated act of saying still has X as its speaker.
ATTITUDE_ADJECTIVES = wordset("right wrong quick swift careful keen eager")
# "witnesses claimed to have seen ...": the infinitive is what was claimed.
# "The army is affirming to have neutralised 300 rebels" (translated): the same.
CLAIMS_TO = wordset("claimed claims claim affirmed affirms affirming asserted asserts")
# "X is said to be ...", "X was reported to have ...": hearsay, an anonymous claim.
HEARSAY = wordset("said reported believed rumoured rumored alleged thought understood")
# "For X, this proves that ...": verbs of proof after a viewpoint phrase.
PROOF_VERBS = wordset(
    "proves prove proved proving shows show showed showing demonstrates demonstrated "
    "means meant confirms confirmed"
)
STATE_OUTLET = wordset("state official government")  # "state media" speaks for the state
# Words that open a clause right after an "according to X" phrase without a comma.
CLAUSE_OPENERS = wordset("it they he she the this these those there its their")
# "A and, according to X, B" / "weapons that, in the view of X, reached ...": the phrase
# interrupts the clause, whose rest is the claim.
JOINED_BEFORE = wordset("and but that which who while")
# ", and Y accuses ...", ", which Y denied": a clause with its own subject and reporting
# verb after these ends the complement before it.
REPORT_JOINERS = wordset("and but while which what")
# "people familiar with the talks", "sources close to the army": still anonymous speakers.
SOURCE_LINKS = wordset("familiar close linked near knowledgeable briefed")
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
OPENING_MARK = {"”": "“", "’": "‘", "»": "«"}
MAX_QUOTE = 2500
MAX_RELATIVE = 30  # tokens of a relative clause between a speaker and its verb
REPORT_ANY = REPORT_BARE | REPORT_THAT | REPORT_PARTICIPLES
# The closing mark of each opening mark (straight quotes pair with themselves).
CLOSING_MARK = {"“": "”", "«": "»", "„": "“"}
