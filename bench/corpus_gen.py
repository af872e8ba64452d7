"""Distinct synthetic news articles for benchmarks.

From the bundled sample corpus when it exists (each article is a sample document with its
dates, some names and some sentences varied), otherwise from templates about invented
actors. Deterministic for a given seed.
"""

from __future__ import annotations

import calendar
import hashlib
import random
import re
from collections.abc import Iterator
from pathlib import Path

STATES = ["Ostra", "Brellia", "Tamirstan", "Kelvania", "Marovia", "Sundria", "Palvonia", "Querra"]
CAPITALS = ["Velgrad", "Brellholm", "Tamir City", "Kelvin", "Marov", "Sundar", "Palva", "Quen"]
GROUPS = [
    "Northern Freedom Front",
    "Red Valley Brigades",
    "Coastal Defence Union",
    "People's Mountain Army",
    "Southern Salvation Council",
    "Iron Delta Militia",
]
ACRONYMS = {"Northern Freedom Front": "NFF", "Red Valley Brigades": "RVB"}
FIRST = ["Oskar", "Ilse", "Tomas", "Mirela", "Anton", "Lejla", "Pavel", "Sanna", "Rafik", "Edda"]
LAST = ["Vardan", "Kasso", "Drobny", "Aalto", "Mercan", "Halvik", "Serrat", "Obuya", "Lind"]
TITLES = ["General", "Foreign Minister", "President", "Colonel", "Prime Minister", "Commander"]
OUTLETS = ["The Velgrad Herald", "Brell Daily", "Marov Observer", "Quen Wire", "Sundar Post"]
MONTHS = list(calendar.month_name)[1:]
BOILERPLATE = [
    "Subscribe to our newsletter for daily updates.",
    "We use cookies to improve your experience on our site.",
    "Share this article: Facebook Twitter Email",
    "Read more: World | Politics | Opinion",
]

SENTENCES = [
    "{state} has been supplying weapons to the {group}, according to officials in {capital}.",
    "{person} met {person2} in {capital} on {date} to discuss a ceasefire.",
    "The {group} launched an offensive against positions held by {state} forces near {capital}.",
    "{person} said that {state} would never accept a settlement imposed from outside.",
    "Officials in {capital} denied reports that {state} had sent troops to support the {group}.",
    "{state} reportedly funded the {group} through a network of front companies, sources said.",
    "Talks between {state} and {state2} are expected to resume in {month}, diplomats said.",
    "{person}, the so-called warlord of the east, warned that his fighters would retake {capital}.",
    "The {group} accused {state2} of shelling civilian areas on {date}.",
    "{state2} imposed sanctions on {person} and three other commanders of the {group}.",
    "If the fighting continues, {state} may withdraw its ambassador from {capital}, analysts said.",
    "{person} called {person2} on Tuesday to reaffirm the alliance between {state} and {state2}.",
    "According to a statement from {capital}, the {group} has no links with {state2}.",
    "Residents of {capital} described heavy gunfire overnight as the {group} advanced.",
    "The United Nations envoy urged {state} and {state2} to stop arming rival factions.",
    "Analysts say the conflict has drawn in regional powers, turning it into a proxy war.",
    "Aid agencies warned of food shortages as roads into {capital} remained closed.",
    "{state} and {state2} signed a memorandum on security cooperation on {date}.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2031)}"


def template_sentence(rng: random.Random) -> str:
    i, j = rng.sample(range(len(STATES)), 2)
    group = rng.choice(GROUPS)
    if group in ACRONYMS and rng.random() < 0.3:
        group = f"{group} ({ACRONYMS[group]})"
    return rng.choice(SENTENCES).format(
        state=STATES[i],
        state2=STATES[j],
        capital=rng.choice(CAPITALS),
        group=group,
        person=_person(rng),
        person2=_person(rng),
        date=_date(rng),
        month=rng.choice(MONTHS),
    )


def template_article(rng: random.Random, paragraphs: int = 16) -> str:
    """A headline, byline, dateline and ``paragraphs`` paragraphs (about 1,000 tokens)."""
    head = template_sentence(rng).rstrip(".")
    byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {rng.choice(OUTLETS)}"
    dateline = f"{rng.choice(CAPITALS).upper()}, {_date(rng)} -"
    body = [
        " ".join(template_sentence(rng) for _ in range(rng.randint(3, 5)))
        for _ in range(paragraphs)
    ]
    furniture = rng.sample(BOILERPLATE, 2)
    return "\n\n".join([head, byline, f"{dateline} {body[0]}", *body[1:], *furniture]) + "\n"


# -- variations of sample documents -------------------------------------------------------

_DATE = re.compile(
    r"\b\d{1,2} (?:" + "|".join(MONTHS) + r") \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_COMMON = frozenset(
    (
        "They This That There These Those Their When While After Before With From What "
        "Some Many Most Also However Meanwhile According"
    ).split()
)


def _vary_dates(text: str, rng: random.Random) -> str:
    def new_date(match: re.Match[str]) -> str:
        old = match.group(0)
        if len(old) == 4:
            return str(rng.randint(2015, 2031))
        if "-" in old:
            return f"{rng.randint(2015, 2031)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return _date(rng)

    return _DATE.sub(new_date, text)


def _vary_names(text: str, rng: random.Random, count: int = 3) -> str:
    """Replace a few names (capitalised words never written in lower case in the text, and
    not months) consistently by invented names."""
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    words = {m.group(0) for m in _CAPITALISED.finditer(text)}
    names = sorted(w for w in words if w.lower() not in lowered and w not in _COMMON | set(MONTHS))
    for name in rng.sample(names, min(count, len(names))):
        text = re.sub(rf"\b{re.escape(name)}\b", rng.choice(LAST + STATES), text)
    return text


def _vary_sentences(text: str, rng: random.Random) -> str:
    """Drop some sentences and add generated ones (always at least one)."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    always = rng.randrange(len(paragraphs)) if paragraphs else -1
    out = []
    for i, paragraph in enumerate(paragraphs):
        sentences = _SENTENCE_END.split(paragraph)
        if len(sentences) > 2 and rng.random() < 0.3:
            sentences.pop(rng.randrange(len(sentences)))
        if i == always or rng.random() < 0.4:
            sentences.insert(rng.randrange(len(sentences) + 1), template_sentence(rng))
        out.append(" ".join(sentences))
    return "\n\n".join(out) + "\n"


def vary(text: str, rng: random.Random) -> str:
    return _vary_sentences(_vary_names(_vary_dates(text, rng), rng), rng)


def sample_texts() -> list[str]:
    """Cleaned texts of the bundled sample corpus (empty when it does not exist yet)."""
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
    """``n`` distinct articles: the ``base`` texts varied, or template articles if none."""
    seen: set[str] = set()
    attempt = 0
    while len(seen) < n:
        rng = random.Random(f"{seed}:{attempt}")
        text = vary(base[attempt % len(base)], rng) if base else template_article(rng)
        attempt += 1
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
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
        return f"{len(base)} sample-corpus documents, varied (dates, names, sentences)"
    return "template articles about invented actors (no sample corpus yet)"
