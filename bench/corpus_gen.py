"""Distinct, lexically varied synthetic news articles for benchmarks.

Each article is one document of the bundled sample corpus, with its names recast and its
dates shifted and some of its sentences dropped, lengthened with generated sentences to a
news-like 500-1,100 tokens. The generated sentences come from many templates filled from
word pools, about a cast drawn from corpus-wide pools of invented people, places, groups
and outlets (built from syllables, so names recur across articles with a long tail, as in a
real collection about one conflict) and real states. Numbers, figures and dates vary too.

Why so much variety: spaCy's tokenizer caches every whitespace-separated chunk it has seen,
so a corpus that only reshuffles ten texts makes the tokenizer-only baseline unrealistically
fast and the ratio against it meaningless. Abbreviations and contractions ("Mr.", "Jan.",
"don't") matter as much: after the first such special case in a document, spaCy 3 caches
no further chunk of that document (spaCy issue #1250), so real news, where they are
common, tokenizes up to 20x slower than text without them. The generated sentences use
them at a news-like rate.

Deterministic for a seed; writes 100,000 articles in well under a minute.
"""

from __future__ import annotations

import calendar
import hashlib
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

MONTHS = list(calendar.month_name)[1:]
MONTH_ABBREVIATIONS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = list(calendar.day_name)

REAL_STATES = (
    "Russia Turkey Egypt Qatar France Italy Germany Algeria Tunisia Sudan Chad Niger Greece "
    "Iran Iraq Syria Jordan Israel Lebanon Ukraine Poland Romania Morocco Ethiopia Kenya "
    "Somalia Eritrea Yemen Oman Kuwait Bahrain Pakistan India China Japan Brazil Mexico Spain "
    "Malta Cyprus Serbia Hungary Austria Belgium Norway Sweden Finland"
).split()
MULTIWORD_STATES = [
    "the United States",
    "the United Kingdom",
    "the United Arab Emirates",
    "Saudi Arabia",
    "South Africa",
]
TITLES = (
    "President|Prime Minister|Foreign Minister|Defence Minister|General|Colonel|Commander|"
    "Field Marshal|spokesman|spokeswoman|Ambassador|envoy|Deputy Foreign Minister|Senator|"
    "Interior Minister|Major General|Brigadier|opposition leader|mayor|Governor|Gen.|Col.|"
    "Mr.|Ms.|Dr.|Sen.|Gov.|Maj. Gen.|Mr.|Ms."
).split("|")
GROUP_HEADS = (
    "Front Brigades Army Council Movement Union Alliance Forces Guard Militia Coalition "
    "Battalion Committee Party Assembly Legion"
).split()
GROUP_ADJS = (
    "Northern Southern Eastern Western Coastal Mountain Desert Red Green Free Popular "
    "National Revolutionary Democratic Islamic Patriotic United Liberation Salvation Unity"
).split()
OUTLET_FORMS = ["The {} Herald", "{} Daily", "The {} Observer", "{} Wire", "{} Post", "{} Times"]

# Syllables for invented names: onsets, vowels, codas.
ONSETS = "b d g k l m n p r s t v z br dr gr kr tr st sh kh zh h f y j".split()
VOWELS = "a e i o u a e i o a ai ou ei".split()
CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "d", "v", "sh", "t"]
PLACE_ENDINGS = ["", "", "a", "ia", "grad", "abad", "ville", "polis", " City", "stan", "burg"]

# Word pools for the generated sentences.
SUPPORT_VERBS = (
    "backed supported armed funded financed supplied trained equipped reinforced bankrolled".split()
)
OPPOSE_VERBS = "attacked shelled condemned accused criticised sanctioned warned".split()
MEET_VERBS = "met hosted received visited telephoned".split()
WEAPONS = (
    "drones|rifles|artillery shells|armoured vehicles|air-defence systems|mortars|"
    "anti-tank missiles|ammunition|night-vision goggles|radar units|fuel trucks"
).split("|")
ISSUES = [
    "the ceasefire",
    "prisoner exchanges",
    "the withdrawal of foreign fighters",
    "oil revenues",
    "the reopening of the airport",
    "humanitarian corridors",
    "the unification of the central bank",
    "border security",
    "the elections timetable",
    "the arms embargo",
    "migrant flows",
    "reconstruction contracts",
    "the release of detained journalists",
]
PLACES_NOUN = (
    "airport port refinery checkpoint bridge hospital market barracks airbase "
    "oilfield crossing suburb highway".split()
)
ADJS = (
    "heavy sporadic intense renewed fierce deadly prolonged sudden coordinated nightly "
    "limited unprecedented".split()
)
HEDGES = [
    "reportedly",
    "allegedly",
    "according to diplomats,",
    "sources said,",
    "it is believed,",
    "",
    "",
    "",
]
ATTRIBUTIONS = (
    "said told reporters added insisted claimed noted warned stressed argued acknowledged".split()
)

TEMPLATES = [
    "{state} {hedge} {support} the {group}, {officials} in {city} {said}.",
    "{person} {meet} {person2} in {city} on {date} to discuss {issue}.",
    "The {group} launched a {adj} offensive against the {placenoun} near {city} on {weekday}.",
    '"We will not accept any settlement imposed from outside," {person} {said} in {city}.',
    "{officials} in {capital_state} denied that {state} had sent {num} troops to help the {group}.",
    "{state} has delivered {weapons} worth ${money} million to the {group} since {month}, "
    "according to a {org_report}.",
    "Talks between {state} and {state2} on {issue} are expected to resume in {month}.",
    "{person}, whom critics call a warlord, warned that {pronoun} fighters would retake "
    "{city} within {num_small} weeks.",
    "The {group} accused {state2} of {adj} shelling of residential districts of {city}.",
    "{state2} {oppose} {person} and {num_small} other commanders of the {group} on {date}.",
    "If the fighting continues, {state} may recall its ambassador from {city}, analysts said.",
    "{person} called {person2} on {weekday} to reaffirm the partnership between {state} and "
    "{state2}.",
    "According to a statement from {city}, the {group} has no links with {state2}.",
    "Residents of {city} described {adj} gunfire overnight as the {group} advanced on the "
    "{placenoun}.",
    "The UN envoy urged {state} and {state2} to stop arming rival factions around {city}.",
    "At least {num} people were killed and {num2} wounded in {adj} clashes near {city}, "
    "the health ministry said.",
    "Aid agencies said {num2} families had fled {city} since the start of {month}.",
    "{state} and {state2} signed a memorandum on {issue} on {date}.",
    "{person} is not backed by {state}, {person2} {said}, rejecting what he called "
    "'baseless rumours'.",
    "Satellite images published on {weekday} showed {num_small} cargo planes at the {placenoun} "
    "of {city}.",
    "The price of bread in {city} has risen by {pct} per cent since {month} {year}.",
    "{outlet} reported that {person} had travelled to {capital_state} for {adj} talks.",
    "A {adj} drone strike hit a convoy of the {group} south of {city}, killing {num_small}.",
    "In {year}, {person} led the {group} in the battle for {city}.",
    "{person2}, a former adviser to {person}, told {outlet} that the alliance was 'fragile'.",
    "The {group} and the {group2} agreed to a {num_small}-day truce brokered by {state}.",
    "Oil output fell to {num},000 barrels a day after the {group} seized the {placenoun} "
    "at {city}.",
    "{state} {hedge} trained {num} fighters of the {group} at a camp near {city}.",
    "Critics in {capital_state} said the government's policy on {issue} had failed.",
    '{person} rejected the proposal, saying it "rewards aggression" and ignores {issue}.',
    "The {group} denied receiving money from {state}, calling the claims 'propaganda'.",
    "Diplomats in {city} say {state} is quietly {support_ing} the {group} while publicly "
    "calling for restraint.",
    "On {date}, a delegation led by {person} arrived in {city} for talks on {issue}.",
    "The central bank in {city} froze accounts linked to the {group} on {weekday}.",
    "Journalists were barred from entering {city} for {num_small} days, {outlet} said.",
    "{person}'s office said {subject} had spoken with {person2} about {issue}.",
    '"We don\'t take orders from {capital_state}," {person} {said}. "It\'s our land."',
    '"They can\'t win this war, and they know it," {person2} {said} of the {group}.',
    "It's unclear whether {state} will keep {support_ing} the {group}, {officials} {said}.",
    '"{state} isn\'t a neutral mediator," a commander of the {group} told {outlet}.',
    "The {group} won't attend the talks in {city} unless {state2} stops the shelling.",
    "{person} didn't respond to requests for comment on {weekday}.",
    "The {group} - which {state2} denies backing - took the {placenoun} at {city} on {date}.",
    "{officials} said the deal - {adj} by any standard - would not survive {month}.",
]
OFFICIALS = [
    "officials",
    "diplomats",
    "Western diplomats",
    "security sources",
    "analysts",
    "local officials",
    "two senior officials",
]
REPORTS = [
    "UN panel of experts report",
    "leaked intelligence assessment",
    "report by monitors",
    "study by a Geneva-based research group",
    "confidential memo seen by reporters",
]

_DATE = re.compile(
    r"\b(?:\d{1,2} )?(?:" + "|".join(MONTHS) + r")(?: \d{1,2},?)?(?: \d{4})?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"'“‘])")
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_COMMON = frozenset(
    (
        "They This That There These Those Their When While After Before With From What "
        "Some Many Most Also However Meanwhile According Saturday Sunday Monday Tuesday "
        "Wednesday Thursday Friday Western Eastern Northern Southern"
    ).split()
)


# -- invented names -------------------------------------------------------------------------


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(CODAS)).capitalize()


@dataclass
class Pools:
    """Corpus-wide casts: articles draw from them with a skew, so some names are frequent."""

    people: list[str]
    cities: list[str]
    groups: list[str]
    outlets: list[str]

    @classmethod
    def build(cls, seed: int) -> Pools:
        rng = random.Random(f"{seed}:pools")
        people = [
            f"{_word(rng, rng.randint(1, 3))} {_word(rng, rng.randint(2, 3))}" for _ in range(4000)
        ]
        cities = [_word(rng, rng.randint(2, 3)) + rng.choice(PLACE_ENDINGS) for _ in range(600)]
        groups = []
        for _ in range(400):
            name = f"{rng.choice(GROUP_ADJS)} {rng.choice(GROUP_HEADS)}"
            if rng.random() < 0.5:
                name = f"{_word(rng, 2)} {name}"
            groups.append(name)
        outlets = [rng.choice(OUTLET_FORMS).format(_word(rng, 2)) for _ in range(80)]
        return cls(people, cities, groups, outlets)


def _skewed(rng: random.Random, pool: Sequence[str]) -> str:
    """A Zipf-like draw: low indexes are much more frequent than high ones."""
    return pool[min(int(len(pool) * rng.random() ** 3), len(pool) - 1)]


@dataclass
class Cast:
    """The actors, places and outlet of one article."""

    people: list[str]
    states: list[str]
    cities: list[str]
    groups: list[str]
    outlet: str

    @classmethod
    def draw(cls, rng: random.Random, pools: Pools) -> Cast:
        states = rng.sample(REAL_STATES, 3) + [rng.choice(MULTIWORD_STATES)]
        rng.shuffle(states)
        return cls(
            people=[_skewed(rng, pools.people) for _ in range(rng.randint(3, 7))],
            states=states,
            cities=[_skewed(rng, pools.cities) for _ in range(rng.randint(2, 5))],
            groups=list({_skewed(rng, pools.groups): 0 for _ in range(rng.randint(1, 3))}),
            outlet=_skewed(rng, pools.outlets),
        )


def _date(rng: random.Random) -> str:
    """A date as British, American or agency (abbreviated month) style writes it."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2011, 2031)
    r = rng.random()
    if r < 0.45:
        return f"{day} {MONTHS[month]} {year}"
    if r < 0.75:
        return f"{MONTHS[month]} {day}, {year}"
    return f"{MONTH_ABBREVIATIONS[month]} {day}, {year}"


def _person(rng: random.Random, cast: Cast) -> str:
    name = rng.choice(cast.people)
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(TITLES)} {name}"
    if r < 0.6:
        return name.split()[-1]
    return name


class _Slots(dict[str, object]):
    """Template slot values, each drawn only when a template uses it."""

    def __init__(self, rng: random.Random, cast: Cast) -> None:
        super().__init__()
        self.rng, self.cast = rng, cast

    def __missing__(self, key: str) -> object:
        rng, cast = self.rng, self.cast
        if key in ("state", "state2"):
            self["state"], self["state2"] = rng.sample(cast.states, 2)
        elif key in ("group", "group2"):
            pair = rng.sample(cast.groups, 2) if len(cast.groups) > 1 else cast.groups * 2
            self["group"], self["group2"] = pair
        elif key in ("support", "support_ing"):
            self["support"] = verb = rng.choice(SUPPORT_VERBS)
            self["support_ing"] = verb.removesuffix("ed") + "ing"
        else:
            self[key] = self._draw(key)
        return self[key]

    def _draw(self, key: str) -> object:
        return _DRAWS[key](self.rng, self.cast)


_DRAWS: dict[str, Callable[[random.Random, Cast], object]] = {
    "capital_state": lambda rng, cast: rng.choice(cast.states).removeprefix("the "),
    "city": lambda rng, cast: rng.choice(cast.cities),
    "person": lambda rng, cast: _person(rng, cast),
    "person2": lambda rng, cast: _person(rng, cast),
    "pronoun": lambda rng, _: rng.choice(["his", "her", "their"]),
    "subject": lambda rng, _: rng.choice(["he", "she", "they"]),
    "date": lambda rng, _: _date(rng),
    "month": lambda rng, _: rng.choice(MONTHS),
    "weekday": lambda rng, _: rng.choice(WEEKDAYS),
    "year": lambda rng, _: rng.randint(2011, 2031),
    "oppose": lambda rng, _: rng.choice(OPPOSE_VERBS),
    "meet": lambda rng, _: rng.choice(MEET_VERBS),
    "hedge": lambda rng, _: rng.choice(HEDGES),
    "said": lambda rng, _: rng.choice(ATTRIBUTIONS),
    "officials": lambda rng, _: rng.choice(OFFICIALS),
    "weapons": lambda rng, _: rng.choice(WEAPONS),
    "issue": lambda rng, _: rng.choice(ISSUES),
    "placenoun": lambda rng, _: rng.choice(PLACES_NOUN),
    "adj": lambda rng, _: rng.choice(ADJS),
    "num": lambda rng, _: f"{rng.randint(2, 990):,}",
    "num2": lambda rng, _: f"{rng.randint(2, 4000):,}",
    "num_small": lambda rng, _: rng.randint(2, 9),
    "money": lambda rng, _: f"{rng.randint(1, 900)}.{rng.randint(0, 9)}",
    "pct": lambda rng, _: rng.randint(3, 240),
    "outlet": lambda _, cast: cast.outlet,
    "org_report": lambda rng, _: rng.choice(REPORTS),
}


def template_sentence(rng: random.Random, cast: Cast, typeset: bool = False) -> str:
    sentence = rng.choice(TEMPLATES).format_map(_Slots(rng, cast))
    sentence = sentence.replace("  ", " ").replace(" ,", ",")
    sentence = sentence[:1].upper() + sentence[1:]
    return _typeset(sentence) if typeset else sentence


_DOUBLE_QUOTED = re.compile(r'"([^"]*)"')
_SINGLE_QUOTED = re.compile(r"(?<!\w)'([^']+)'(?!\w)")


def _typeset(sentence: str) -> str:
    """Typographic quotes and apostrophes, as most outlets print them (“ ” ‘ ’ don’t)."""
    sentence = _DOUBLE_QUOTED.sub(r"“\1”", sentence)
    sentence = _SINGLE_QUOTED.sub(r"‘\1’", sentence)
    return sentence.replace("'", "’").replace(" - ", " — ")


# -- sample documents, recast ---------------------------------------------------------------


def _gazetteer_words() -> set[str]:
    """Words of actorgraph's state and organisation gazetteers, which recasting keeps so
    the articles still mention known actors as often as the samples do."""
    try:
        from actorgraph.extract import gazetteer
    except ImportError:
        return set()
    folder = Path(gazetteer.__file__).parent / "data"
    return {
        w for f in folder.glob("*.tsv") for w in re.findall(r"[A-Z][a-z]+", f.read_text("utf-8"))
    }


@dataclass
class Base:
    """One sample document split once into paragraphs of sentences, with its name words."""

    paragraphs: list[list[str]]
    names: list[str]
    names_re: re.Pattern[str] | None

    @classmethod
    def parse(cls, text: str) -> Base:
        paragraphs = [
            _SENTENCE_END.split(p.strip()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()
        ]
        lowered = set(_LOWER_WORD.findall(text))
        words = {m.group(0) for m in _NAME.finditer(text)}
        skip = _COMMON | set(MONTHS) | set(REAL_STATES) | _gazetteer_words()
        names = sorted(w for w in words if w.lower() not in lowered and w not in skip)
        names_re = re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None
        return cls(paragraphs, names, names_re)


def _recast(base: Base, rng: random.Random, cast: Cast, pools: Pools) -> list[str]:
    """The base paragraphs with most name words replaced consistently, dates shifted and
    about a fifth of the sentences dropped."""
    chosen = rng.sample(base.names, min(len(base.names), rng.randint(4, 12)))
    replacement = {
        name: rng.choice(cast.people).split()[-1]
        if rng.random() < 0.6
        else _skewed(rng, pools.cities)
        for name in chosen
    }

    def new_date(match: re.Match[str]) -> str:
        old = match.group(0)
        if old.isdigit():
            return str(rng.randint(2011, 2031))
        if "-" in old:
            return f"{rng.randint(2011, 2031)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return _date(rng) if any(c.isdigit() for c in old) else rng.choice(MONTHS)

    out = []
    for paragraph in base.paragraphs:
        kept = [s for s in paragraph if len(paragraph) == 1 or rng.random() > 0.2]
        text = " ".join(kept)
        if base.names_re:
            text = base.names_re.sub(lambda m: replacement.get(m.group(0), m.group(0)), text)
        if text:
            out.append(_DATE.sub(new_date, text))
    return out


def article(rng: random.Random, base: Base | None, pools: Pools) -> str:
    """A headline, byline and body of 500-1,100 tokens (estimated as words x 1.2)."""
    cast = Cast.draw(rng, pools)
    target_words = rng.randint(420, 920)
    paragraphs = _recast(base, rng, cast, pools) if base else []
    if not base:
        head = template_sentence(rng, cast).rstrip(".")
        paragraphs = [head, f"By {rng.choice(cast.people)}, {cast.outlet}"]
    typeset = rng.random() < 0.7  # the outlet's house style
    words = sum(p.count(" ") + 1 for p in paragraphs)
    while words < target_words:
        new = " ".join(template_sentence(rng, cast, typeset) for _ in range(rng.randint(2, 5)))
        words += new.count(" ") + 1
        at = rng.randint(2, len(paragraphs)) if len(paragraphs) > 2 else len(paragraphs)
        paragraphs.insert(at, new)
    return "\n\n".join(paragraphs) + "\n"


def sample_texts() -> list[str]:
    """Cleaned texts of the bundled sample corpus (empty when it does not exist)."""
    try:
        from actorgraph.ingest.loader import discover, load_file
        from actorgraph.records import Document
        from actorgraph.sample import corpus_path
    except ImportError:
        return []
    root = corpus_path()
    if not root.is_dir():
        return []
    texts = []
    for path in discover([str(root)]):
        texts += [d.text for d in load_file(path) if isinstance(d, Document) and d.text.strip()]
    return texts


def articles(n: int, base: list[str], seed: int = 0) -> Iterator[str]:
    """``n`` distinct articles: the ``base`` texts recast and lengthened, or generated ones."""
    pools = Pools.build(seed)
    bases = [Base.parse(t) for t in base]
    seen: set[bytes] = set()
    attempt = 0
    while len(seen) < n:
        rng = random.Random(f"{seed}:{attempt}")
        text = article(rng, bases[attempt % len(bases)] if bases else None, pools)
        attempt += 1
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        if digest not in seen:
            seen.add(digest)
            yield text


def write_corpus(folder: Path, n: int, seed: int = 0) -> str:
    """Write ``n`` articles as ``folder/article_NNNNN.txt``; return where they came from."""
    folder.mkdir(parents=True, exist_ok=True)
    base = sample_texts()
    for i, text in enumerate(articles(n, base, seed)):
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
    if base:
        return (
            f"{len(base)} sample-corpus documents recast (invented names from corpus-wide pools, "
            "real states, shifted dates, dropped sentences) and lengthened with generated "
            f"sentences from {len(TEMPLATES)} templates"
        )
    return f"generated articles from {len(TEMPLATES)} templates (no sample corpus found)"
