"""Date constructions added for held-out set F: ordinal day words, a day and month with a
relative year, fixed-date holidays, "for" + weekday and forward-looking prepositions."""

from __future__ import annotations

from actorgraph.extract.dates import find_events
from actorgraph.extract.nlp import get_nlp


def dates(text: str, published: str | None = None) -> list[tuple[str, str]]:
    found = find_events(get_nlp()(text), published)
    for e in found:
        assert text[e.start : e.end] == e.text
    return [(e.date, e.text) for e in found]


def test_ordinal_day_words_of_a_month():
    pub = "2022-06-15"
    assert dates("The truce of the third of May held.", pub) == [("2022-05-03", "the third of May")]
    assert dates("It was signed on the twenty-first of March 2019.", pub) == [
        ("2019-03-21", "the twenty-first of March 2019")
    ]
    # without a publication date a year-less day cannot be dated
    assert dates("The truce of the third of May held.") == []
    # an ordinal that is no day of a month is not a date
    assert dates("The first of the convoys arrived; the second of them burned.", pub) == []


def test_a_start_or_deadline_may_lie_ahead_of_publication():
    # published in October: "from the first of January" is the coming January
    pub = "2021-10-04"
    assert dates("The council is dissolved from the first of January.", pub) == [
        ("2022-01-01", "the first of January")
    ]
    assert dates("The mandate runs until 15 February.", pub) == [("2022-02-15", "15 February")]
    # a plain past mention keeps looking back
    assert dates("The council met on the first of January.", pub) == [
        ("2021-01-01", "the first of January")
    ]
    # a near date just before publication stays in the same year
    assert dates("Shelling went on from September 20 to the end.", pub) == [
        ("2021-09-20", "September 20")
    ]


def test_day_and_month_with_a_relative_year():
    pub = "2016-05-10"
    assert dates("The raid on June 3 last year killed nine.", pub) == [
        ("2015-06-03", "June 3 last year")
    ]
    assert dates("Elections set for 9 April next year were delayed.", pub) == [
        ("2017-04-09", "9 April next year")
    ]
    assert dates("The raid on June 3 last year killed nine.") == []


def test_fixed_date_holidays():
    # published early in January: last New Year's Eve is in the previous year
    assert dates("Crowds gathered on New Year's Eve.", "2018-01-05") == [
        ("2017-12-31", "New Year's Eve")
    ]
    assert dates("A truce held over Christmas Day 2016.", "2018-01-05") == [
        ("2016-12-25", "Christmas Day 2016")
    ]
    assert dates("The ferry sailed on New Year’s Day.", "2018-01-05") == [
        ("2018-01-01", "New Year’s Day")
    ]
    # a bare "Christmas" names no single day here
    assert dates("The Christmas market reopened.", "2018-01-05") == []


def test_for_a_weekday_looks_ahead():
    # 2021-10-06 is a Wednesday
    pub = "2021-10-06"
    assert dates("A summit planned for Friday may be delayed.", pub) == [
        ("2021-10-08", "for Friday")
    ]
    assert dates("The summit took place on Friday.", pub) == [("2021-10-01", "on Friday")]


def test_future_markers_put_a_bare_month_ahead():
    pub = "2021-06-09"
    assert dates("The truce, which will take effect in August, covers the north.", pub) == [
        ("2021-08", "in August")
    ]
    # without a future marker a month well ahead of publication is last year's
    assert dates("The truce took effect in August.", pub) == [("2020-08", "in August")]
    assert dates("The envoy resigned in the month of March.", pub) == [
        ("2021-03", "in the month of March")
    ]


def test_days_counted_from_the_last_full_date():
    pub = "2021-06-09"
    text = "Gunmen attacked the market on May 3. The army closed the border the next day."
    assert dates(text, pub) == [("2021-05-03", "May 3"), ("2021-05-04", "the next day")]
    text = "Talks opened on 2 March 2020; two days later they collapsed."
    assert dates(text) == [("2020-03-02", "2 March 2020"), ("2020-03-04", "two days later")]
    # no full date before it, or a day counted from an event rather than a date: nothing
    assert dates("The army closed the border the next day.", pub) == []
    text = "Gunmen attacked on May 3. The day after the attack the army moved."
    assert dates(text, pub) == [("2021-05-03", "May 3")]


def test_truncated_date_phrases_do_not_fail():
    for text in ("the next", "two days", "the first of", "New Year's", "for", "day"):
        assert dates(text, "2021-06-09") == []
