from __future__ import annotations

import pytest

from actorgraph.extract.dates import find_events, normalise_date, parse_published
from actorgraph.extract.nlp import get_nlp
from actorgraph.records import Event


def events(text: str, published: str | None = None) -> list[Event]:
    sdoc = get_nlp()(text)
    found = find_events(sdoc, published)
    for e in found:
        assert text[e.start : e.end] == e.text
    return found


def dates(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in events(text, published)]


def test_full_dates_in_several_orders():
    text = (
        "The talks opened on June 6, 2020 in Geneva. A second round began on 6 June 2021. "
        "The truce of the 14th of March, 2019 collapsed, and the Sept. 3 2018 accord too."
    )
    assert dates(text) == [
        ("2020-06-06", "June 6, 2020"),
        ("2021-06-06", "6 June 2021"),
        ("2019-03-14", "14th of March, 2019"),
        ("2018-09-03", "Sept. 3 2018"),
    ]


def test_day_and_month_without_year_need_the_publication_date():
    text = "The report of Jan. 14 and the raid on 3 February shocked everyone."
    assert dates(text) == []
    assert dates(text, "2020-03-01") == [("2020-01-14", "Jan. 14"), ("2020-02-03", "3 February")]
    # well after the publication date in the same year: the previous year is meant
    assert dates("The siege began on Dec. 28.", "2020-01-10") == [("2019-12-28", "Dec. 28")]


def test_numeric_dates_disambiguate_or_fall_back_to_the_year():
    text = "Signed 14/01/2020, ratified 01/15/2020, filed 03/04/2020, logged 2020-02-29."
    assert dates(text) == [
        ("2020-01-14", "14/01/2020"),
        ("2020-01-15", "01/15/2020"),
        ("2020", "03/04/2020"),
        ("2020-02-29", "2020-02-29"),
    ]
    assert dates("Version 1.2.3 and 45/67/2020 are not dates.") == []


def test_month_and_year_give_month_precision():
    text = "Fighting resumed in early November 2018 and eased by March of 2019."
    assert dates(text) == [("2018-11", "early November 2018"), ("2019-03", "March of 2019")]
    pub = "2019-06-10"
    assert dates("The pact signed in February of this year held.", pub) == [
        ("2019-02", "February of this year")
    ]
    assert dates("Since last February the border is closed.", "2019-01-10") == [
        ("2018-02", "last February")
    ]
    assert dates("Talks resume next March.", "2019-06-10") == [("2020-03", "next March")]


def test_bare_years_only_when_plausible():
    text = (
        "The alliance's 2019 London summit echoed 2003. Budgets of 2,019 units, 300,000 "
        "people, 2000 troops, about 1990 fighters and $2020 are counts. The 1920s, the "
        "20th-century order and the year 2150 are not years here, nor is 1850. "
        "Resolution 1973 and flight 2019 name things."
    )
    assert [d for d, _ in dates(text)] == ["2019", "2003"]
    first = events(text)[0]
    assert (first.start, first.end, first.sentence) == (
        text.index("2019"),
        text.index("2019") + 4,
        0,
    )


def test_weekdays_resolve_to_the_most_recent_such_day():
    # 2020-01-15 is a Wednesday
    assert dates("The convoy was hit on Saturday.", "2020-01-15") == [("2020-01-11", "on Saturday")]
    # published on a Saturday: "on Saturday" is that day, "last Saturday" the week before
    assert dates("It fell on Saturday.", "2020-01-18") == [("2020-01-18", "on Saturday")]
    assert dates("It fell last Saturday.", "2020-01-18") == [("2020-01-11", "last Saturday")]
    assert dates("They meet next Monday.", "2020-01-15") == [("2020-01-20", "next Monday")]
    assert dates("The convoy was hit on Saturday.") == []
    assert dates("The convoy was hit on Saturday.", "2020-01") == []
    assert dates("Shops opened on Black Friday.", "2020-01-15") == []


def test_relative_expressions():
    pub = "2020-01-18"
    text = (
        "Yesterday the army advanced. Last year it retreated, and last month it regrouped. "
        "Last week envoys met; next month they meet again. The war began 15 years ago and "
        "a decade ago the city fell. Over the last year prices rose."
    )
    assert dates(text, pub) == [
        ("2020-01-17", "Yesterday"),
        ("2019", "Last year"),
        ("2019-12", "last month"),
        ("2020-01-11", "Last week"),
        ("2020-02", "next month"),
        ("2005", "15 years ago"),
        ("2010", "a decade ago"),
    ]
    assert dates(text) == []  # nothing relative without a publication date


def test_relative_expressions_are_only_as_precise_as_the_publication_date():
    text = "Last year the port closed; last month it reopened; yesterday it burned."
    assert dates(text, "2019") == [("2018", "Last year")]
    assert dates(text, "2019-05") == [("2018", "Last year"), ("2019-04", "last month")]


def test_sentence_indices_and_offsets():
    text = "Talks failed. On May 16, 2018 the army moved.\n\nIn 2019 it stopped."
    found = events(text)
    sents = [s.text for s in get_nlp()(text).sents]
    assert [e.date for e in found] == ["2018-05-16", "2019"]
    assert sents[found[0].sentence] == "On May 16, 2018 the army moved."
    assert sents[found[1].sentence] == "In 2019 it stopped."
    assert [text[e.start : e.end] for e in found] == ["May 16, 2018", "2019"]


def test_modal_may_and_possessive_may_are_not_months():
    text = "Officials may have met in May. Prime Minister May's cabinet met by May's end."
    assert dates(text, "2019-06-01") == [("2019-05", "in May")]
    # a month more than a month ahead of publication is taken from the year before
    assert dates(text, "2019-03-01") == [("2018-05", "in May")]


def test_normalise_date_helper():
    assert normalise_date("May 16, 2018", None) == "2018-05-16"
    assert normalise_date("2018-05", None) == "2018-05"
    assert normalise_date("2018-05-16T10:00:00", None) == "2018-05-16"
    assert normalise_date("last year", "2020-02-02") == "2019"
    assert normalise_date("last year", None) is None
    assert normalise_date("in February of this year", "2021-07-01") == "2021-02"
    assert normalise_date("no date here", "2021-07-01") is None
    assert normalise_date("2018-13-01", None) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-01-18", (2020, 1, 18)),
        ("2020-01", (2020, 1, None)),
        ("2020", (2020, None, None)),
        ("2020-02-30", None),
        ("", None),
        (None, None),
        ("yesterday", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
