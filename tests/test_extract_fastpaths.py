"""Shortcuts taken for speed in extraction must not change what it finds.

Each fast path is checked against the plain version it replaced, written out here, on small
invented texts with the awkward cases: the word tokenizer's regex prefilters and its
offsets, the date scanner that skips patterns whose anchors a window lacks, line-break
sentence starts written in one call, capitalised-word flags and polarity read from the
token table instead of spaCy tokens, the vocabulary that computes only the lexeme
attributes the extractors read, and the tokenizer's affix patterns skipped on words of
letters only.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import spacy
import spacy.attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from actorgraph.extract import dates
from actorgraph.extract import nlp as nlp_module
from actorgraph.extract.letter_words import pattern_needs_non_letter
from actorgraph.extract.lexicon_text import tokenize
from actorgraph.extract.nlp import get_nlp, line_breaks, parse
from actorgraph.extract.polarity import cue_polarity, relation_polarity
from actorgraph.extract.tokens import token_table

TEXTS = [
    "",
    "   \n\t ",
    "Gen. Ray met Lt. Col. Imre and Mr. Osk of the U.S. and U.K. on 3 March 2021.",
    "J. R. Pell said: “We don’t accept it,” he said. Karth’s men, the militia's rockets…",
    "Talks resume\n\nBy Ana Pell\n\nVARDO, Jan. 4 (Wire) - said talks would resume.\nlower",
    "Last night, the Decade of Peace ended; Black Friday talks. Monday's vote on Sunday.",
    "Nothing happened yesterday or tonight, but a week ago and 15 years ago it did.",
    "Since March, in mid-April 2019 and on 12/05/2020, vs. the 2000 troops of 1999-2001.",
    "LAST NIGHT the rebels moved; last\n night too. 2019-07-04T10:00 and 31 Sept 2019.",
    "ÉTAT İSTANBUL Ⓐbc a.k.a. x-ray 3rd-party — “quoted” ‘single’ «guillemets» 1.5%",
    "The army is said to have backed them, at times, not only the rebels.",
    "Did Karth arm them?",
]

# The tokenizer pattern before its prefilters were added, as the reference.
_PLAIN_TOKEN = re.compile(
    r"\b(?:Gen|Lt|Col|Maj|Brig|Capt|Adm|Sgt|Cmdr|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|St|Jr|Mme|No|vs)\."
    r"|\b(?:[A-Za-z]\.){2,}"
    r"|\b[A-Z]\.(?=\s+[A-Z])"
    r"|\w+(?:[-.]\w+|[’'](?![sS]\b)\w+)*"
    r"|[’'‘]s\b"
    r"|[^\w\s]"
)
_PLAIN_ANCHOR = re.compile(
    r"\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:Mon|Tues|Wednes|Thurs"
    r"|Fri|Satur|Sun)day\b|\b(?i:yesterday|today|tomorrow|tonight|night|week|month|year|decade|ago)"
)


def _plain_matches(text: str, pub: dates.Pub | None) -> list[tuple[int, int, str]]:
    """``dates._matches`` running every pattern in every window."""
    windows: list[tuple[int, int]] = []
    for m in _PLAIN_ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - dates.WINDOW), min(len(text), m.end() + dates.WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    cands = []
    for lo, hi in windows:
        for prio, (rx, resolve) in enumerate(dates.PATTERNS):
            for m in rx.finditer(text, lo, hi):
                if rx is dates.RE_YEAR and dates._is_count(text, m):
                    continue
                if rx is dates.RE_WEEKDAY and dates._weekday_is_name(text, m):
                    continue
                value = resolve(m, pub)
                if value is not None:
                    cands.append((m.start(), m.end(), prio, value))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, _, value in cands:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, value))
    return sorted(taken)


@pytest.mark.parametrize("text", TEXTS)
def test_word_tokens_match_the_plain_pattern(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in _PLAIN_TOKEN.finditer(text)]
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == expected
    assert all(t.lower == t.text.lower() for t in tokenize(text))


@pytest.mark.parametrize("text", TEXTS)
def test_date_anchors_are_the_plain_ones(text: str) -> None:
    spans = [m.span() for m in dates.RE_ANCHOR.finditer(text)]
    assert spans == [m.span() for m in _PLAIN_ANCHOR.finditer(text)]


@pytest.mark.parametrize("pub", [(2021, 3, 10), (2021, None, None), None])
@pytest.mark.parametrize("text", TEXTS)
def test_skipping_patterns_finds_the_same_dates(text: str, pub: dates.Pub | None) -> None:
    assert dates._matches(text, pub) == _plain_matches(text, pub)


def test_last_night_is_found_with_or_without_another_anchor() -> None:
    """ "night" is an anchor of its own (it once was not: "last night" was only read when a
    digit or month name happened to be near)."""
    text = "Shelling resumed 2 streets away last night."
    assert dates._matches(text, (2021, 3, 10)) == [(32, 42, "2021-03-09")]
    assert dates._matches("Shelling resumed last night.", (2021, 3, 10)) == [(17, 27, "2021-03-09")]
    assert dates._matches("The night was quiet; raids come at night.", (2021, 3, 10)) == []


@pytest.mark.parametrize("text", TEXTS)
def test_line_breaks_agree_with_setting_tokens_one_by_one(text: str) -> None:
    nlp = get_nlp()
    fast = line_breaks(nlp.get_pipe("actorgraph_sentencizer")(nlp.make_doc(text)))
    plain: Doc = nlp.get_pipe("actorgraph_sentencizer")(nlp.make_doc(text))
    token_at = {t.idx: t.i for t in plain}
    for m in re.finditer(r"\n\s*", text):
        pos = m.end()
        if pos < len(text):
            i = token_at.get(pos, 0)
            if i > 0 and not text[pos].isspace() and not text[pos].islower():
                plain[i].is_sent_start = True
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in plain]


@pytest.mark.parametrize("text", TEXTS)
def test_capitalised_flags(text: str) -> None:
    table = token_table(parse(text))
    expected = [bool(w) and w[0].isupper() and any(c.isalpha() for c in w) for w in table.text]
    assert table.is_cap == expected


def _plain_polarity(doc: Doc, window: int, trig: int, s0: int, s1: int) -> str:
    """``relation_polarity`` as it was written over spaCy tokens (no exclusion)."""
    from actorgraph.extract import lexicon as lx
    from actorgraph.extract.polarity import (
        _ALLEGING,
        _HARD_BREAKS,
        _SENTENCE_HEDGES,
        _reported_future,
    )

    start = max(s0, window)
    for k in range(trig - 1, start - 1, -1):
        if doc[k].text in _HARD_BREAKS:
            start = k + 1
            break
    for k in range(trig - 1, start, -1):
        if doc[k - 1].text == "," and doc[k].lower_ in lx.VERB_FORMS:
            start = k
            break
    words = [t.lower_ for t in doc[start:trig]]
    pol = cue_polarity(words)
    lower = [t.lower_ for t in doc]
    if pol == "hedged" and _reported_future(lower, words, s0, trig, s1):
        pol = "asserted"  # "X said it would ...": a reported intention
    if pol != "asserted":
        return pol
    before = [t.lower_ for t in doc[s0:trig]]
    if any(w in _SENTENCE_HEDGES for w in before) or any(
        w in _ALLEGING and nxt == "that" for w, nxt in zip(before, before[1:], strict=False)
    ):
        return "hedged"
    last = next((t.text for t in reversed(doc[s0:s1]) if not t.is_space), "")
    return "hedged" if last == "?" else "asserted"


@pytest.mark.parametrize("text", TEXTS)
def test_polarity_from_the_token_table(text: str) -> None:
    doc = parse(text)
    n = len(doc)
    seen = set()
    for trig in range(n + 1):
        for window in (trig - 6, 0):
            got = relation_polarity(doc, window, trig, 0, n)
            assert got == _plain_polarity(doc, window, trig, 0, n)
            seen.add(got)
    if text.startswith("The army"):
        assert seen == {"asserted", "hedged", "negated"}


def test_prepare_process_freezes_the_loaded_tables_once(tmp_path) -> None:
    """The analyze paths call prepare_process before their first document: afterwards the
    model and tables sit in the permanent generation, and a second call freezes nothing."""
    import subprocess
    import sys

    script = (
        "import gc\n"
        "from actorgraph.extract.pipeline import prepare_process\n"
        "before = gc.get_freeze_count()\n"
        "prepare_process()\n"
        "first = gc.get_freeze_count()\n"
        "gc.unfreeze(); prepare_process()\n"
        "print(before, first, gc.get_freeze_count())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    before, first, again = map(int, out)
    assert before == 0 and first > 10_000 and again == 0


def _plain_tokenizer() -> spacy.language.Language:
    """The blank pipeline's tokenizer as ``get_nlp`` tunes it, with every lexeme attribute."""
    plain = spacy.blank("en")
    nlp_module._tune_tokenizer(plain)
    return plain


@functools.cache
def _shared_plain_tokenizer() -> spacy.language.Language:
    return _plain_tokenizer()


@functools.cache
def _fresh_pipeline() -> spacy.language.Language:
    """A pipeline of our own vocabulary, which every word of these tests is new to."""
    return get_nlp.__wrapped__()


@pytest.mark.parametrize("text", TEXTS)
def test_trimmed_vocabulary_gives_the_same_tokens_and_read_attributes(text: str) -> None:
    attrs = [spacy.attrs.ORTH, spacy.attrs.IDX, spacy.attrs.LENGTH, *nlp_module._LEX_ATTRS_READ]
    fresh, plain = _fresh_pipeline(), _shared_plain_tokenizer()
    assert len(fresh.vocab.lex_attr_getters) < len(plain.vocab.lex_attr_getters)
    got = fresh.make_doc(text).to_array(attrs)
    expected = plain.make_doc(text).to_array(attrs)
    assert got.tolist() == expected.tolist()


def test_extractors_read_no_lexeme_attribute_the_vocabulary_skips() -> None:
    """Every lexeme attribute named in the extractors' sources is one the trimmed
    vocabulary still computes (``from spacy.attrs import ...`` or ``token.like_num``)."""
    lexeme_attrs = set(_shared_plain_tokenizer().vocab.lex_attr_getters)
    names = {spacy.attrs.NAMES[k].lower(): k for k in lexeme_attrs if k < len(spacy.attrs.NAMES)}
    folder = Path(nlp_module.__file__).parent
    read: set[int] = set()
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for line in re.findall(r"from spacy\.attrs import ([^\n]+)", source):
            read |= {getattr(spacy.attrs, n.strip()) for n in line.split(",")} & lexeme_attrs
        for word in re.findall(r"\b(?:token|tok|t|doc\[[^]]+\])\.(\w+?)_?\b", source):
            if word in names:
                read.add(names[word])
    assert spacy.attrs.IS_PUNCT in read  # the scan sees the sentencizer's import
    assert read <= nlp_module._LEX_ATTRS_READ


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\.$", True),
        (r"(?<=[0-9])(?:km|m)$", True),  # a lookbehind's digit must be in the word
        (r"'s$|’s$", True),
        (r"[—–]|\d|\s|\W", True),
        (r"(?:ab)?\.", True),
        (r"(?<=[a-z])-(?=[a-z])", True),
        (r"[a-z]+", False),
        (r"km$|\.$", False),  # one branch of letters is enough
        (r"\w$", False),
        (r"(?i)x\.", False),  # case folding is not examined
        (r"[^.]", False),
        (r"x*", False),
        (r"(?!\.)", False),
        (r"[\u00e9-\u00ea]", False),  # a range holding letters
    ],
)
def test_letter_check_reads_the_pattern(pattern: str, needs: bool) -> None:
    assert pattern_needs_non_letter(re.compile(pattern)) is needs


def test_affix_patterns_are_skipped_on_letter_words() -> None:
    """The shortcut is on for all three patterns of the tuned English tokenizer, and it
    keeps the pattern where spaCy reads it (``__self__``)."""
    tokenizer = get_nlp().tokenizer
    plain = _shared_plain_tokenizer().tokenizer
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        fast, original = getattr(tokenizer, name), getattr(plain, name)
        assert fast.__name__ == "letters_skipped"
        assert fast.__self__.pattern == original.__self__.pattern


_LETTERS = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])


@given(word=st.text(_LETTERS, min_size=1, max_size=12), other=st.text(max_size=12))
@settings(max_examples=300, deadline=None)
def test_skipped_affix_patterns_find_what_the_patterns_find(word: str, other: str) -> None:
    tokenizer = get_nlp().tokenizer
    plain = _shared_plain_tokenizer().tokenizer
    for text in (word, other, word + other):
        for name in ("prefix_search", "suffix_search"):
            fast, original = getattr(tokenizer, name)(text), getattr(plain, name)(text)
            assert (fast and fast.span()) == (original and original.span())
        fast_spans = [m.span() for m in tokenizer.infix_finditer(text)]
        assert fast_spans == [m.span() for m in plain.infix_finditer(text)]


@pytest.mark.parametrize(
    "text", [*TEXTS, "Ελλάδα και Türkiye; Київ—Москва ’s 5km U.S./EU 東京 مصر's l’Élysée"]
)
def test_letter_word_shortcut_gives_the_same_tokens(text: str) -> None:
    got = [t.text for t in _fresh_pipeline().make_doc(text)]
    assert got == [t.text for t in _shared_plain_tokenizer().make_doc(text)]


def test_token_table_follows_a_doc_that_changed_length() -> None:
    """The hot-path cache of the last table is checked against the Doc's length: a Doc
    retokenized in place gets a new table, an unchanged one the same table."""
    doc = parse("The U.N. Security Council met in New York.")
    table = token_table(doc)
    assert token_table(doc) is table
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[6:8])  # "New York"
    merged = token_table(doc)
    assert merged is not table and merged.text == [t.text for t in doc]
    assert "New York" in merged.text
