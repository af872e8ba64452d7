"""Skip the tokenizer's affix patterns on words made only of letters, when no match can lie
in one.

Why: spaCy runs its prefix, suffix and infix patterns on every new word it meets. The
suffix pattern is an alternation of a few hundred ``...$`` branches that ``search`` tries at
every position of the word, so a plain word ("government") costs as much as a word with
punctuation. Every branch of the English patterns needs a character that is not a letter
(a mark, a digit, a currency sign ...), so on a word for which ``str.isalpha`` holds they
find nothing, and we can answer that at once. Whether a pattern has that property is read
from its parse tree (``pattern_needs_non_letter``), not assumed: a pattern with a branch
that could match letters alone keeps running on every word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Character classes that accept no letter: \d, \s, \W (Python's \w holds every letter) and
# line breaks.
_NON_LETTER_CATEGORIES = frozenset(
    [
        c.CATEGORY_DIGIT,
        c.CATEGORY_UNI_DIGIT,
        c.CATEGORY_SPACE,
        c.CATEGORY_UNI_SPACE,
        c.CATEGORY_NOT_WORD,
        c.CATEGORY_UNI_NOT_WORD,
        c.CATEGORY_LINEBREAK,
        c.CATEGORY_UNI_LINEBREAK,
    ]
)


def pattern_needs_non_letter(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` in a string needs a character of that string that
    is not a letter (so ``pattern`` finds nothing in a string of letters only).

    Conservative: anything the check does not understand (case-insensitive matching,
    negated classes, backreferences ...) counts as possibly matching letters."""
    if pattern.flags & re.IGNORECASE:
        return False
    return _sequence_needs(_parser.parse(pattern.pattern, pattern.flags))


def _sequence_needs(items: Any) -> bool:
    """A sequence needs a non-letter when any of its mandatory items does."""
    return any(_item_needs(op, av) for op, av in items)


def _item_needs(op: Any, av: Any) -> bool:
    if op is c.LITERAL:
        return not chr(av).isalpha()
    if op is c.IN:
        return _class_needs(av)
    if op is c.BRANCH:
        return all(_sequence_needs(alt) for alt in av[1])
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return not add_flags & re.IGNORECASE and _sequence_needs(sub)
    if op is c.ATOMIC_GROUP:
        return _sequence_needs(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return low >= 1 and _sequence_needs(sub)
    if op is c.ASSERT:  # a lookahead/lookbehind must find its text inside the string
        _direction, sub = av
        return _sequence_needs(sub)
    return False  # AT, ANY, NOT_LITERAL, ASSERT_NOT, GROUPREF ...: may match letters


def _class_needs(items: Any) -> bool:
    """Whether a ``[...]`` class accepts no letter."""
    for op, av in items:
        if op is c.LITERAL:
            if chr(av).isalpha():
                return False
        elif op is c.RANGE:
            low, high = av
            if any(chr(k).isalpha() for k in range(low, high + 1)):
                return False
        elif op is c.CATEGORY:
            if av not in _NON_LETTER_CATEGORIES:
                return False
        else:  # NEGATE and anything else
            return False
    return True


def skip_letter_words_search(
    search: Callable[[str], re.Match[str] | None],
) -> Callable[[str], re.Match[str] | None]:
    """``search`` (a compiled pattern's bound method) answering None at once for a word of
    letters only, when the pattern cannot match there; otherwise ``search`` itself."""
    pattern: re.Pattern[str] = search.__self__  # type: ignore[attr-defined]
    if not pattern_needs_non_letter(pattern):
        return search

    def letters_skipped(text: str) -> re.Match[str] | None:
        return None if text.isalpha() else search(text)

    return _keep_pattern(letters_skipped, pattern)


def skip_letter_words_finditer(
    finditer: Callable[[str], Iterator[re.Match[str]]],
) -> Callable[[str], Iterator[re.Match[str]]]:
    """``finditer`` (a compiled pattern's bound method) finding nothing at once in a word of
    letters only, when the pattern cannot match there; otherwise ``finditer`` itself."""
    pattern: re.Pattern[str] = finditer.__self__  # type: ignore[attr-defined]
    if not pattern_needs_non_letter(pattern):
        return finditer

    def letters_skipped(text: str) -> Iterator[re.Match[str]]:
        return iter(()) if text.isalpha() else finditer(text)

    return _keep_pattern(letters_skipped, pattern)


def _keep_pattern(fn: Any, pattern: re.Pattern[str]) -> Any:
    """Give ``fn`` the ``__self__`` of a bound pattern method: spaCy reads the pattern from
    it when it serialises or explains a tokenizer."""
    fn.__self__ = pattern
    return fn
