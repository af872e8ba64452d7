"""Boilerplate removal on invented scraped pages: what must remain and what must go."""

from __future__ import annotations

import pytest

from actorgraph.ingest.clean import clean_article, clean_text

BLOG = """Envoy warns of new offensive on Varna

Posted on March 3, 2021 by editor

The Northern Alliance massed troops outside Varna on Tuesday, the regional envoy warned.

“We are one step from a wider war,” the envoy told reporters in the capital.

Share this:

Twitter

Facebook

Like this:

Like Loading...

Related

3 thoughts on “Envoy warns of new offensive on Varna”

  • March 4, 2021 at 9:12 am

    The Alliance will never stop, mark my words.

Reply
Leave a Reply Cancel reply

Fill in your details below or click an icon to log in: Logo
You are commenting using your WordPress.com account. Log Out / Change )
Google+ photo
Connecting to %s
Notify me of new comments via email.
This site uses Akismet to reduce spam. Learn how your comment data is processed.
"""

NEWS = """We use cookies to give you the best experience. By continuing to browse you agree to our Cookie Policy.
Home | World | Middle East | Opinion
gallery Coastal Council rejects ceasefire plan
#Varna #Ceasefire #CoastalCouncil
Photo: Council fighters near the port (AFP)

The Coastal Council on Sunday rejected a ceasefire plan drawn up by the regional bloc, calling it a gift to its rivals.

Council spokesman Omar Tell said the plan ignored the shelling of civilian areas. The Alliance did not respond to requests for comment.

Twitter picture
Facebook photo
Follow us on Twitter and Facebook
© 2021 Example Media. All rights reserved.
"""

OPED = """Why the port matters – OpEd

The battle for Varna is a battle for the coast, and for the revenue the port brings to whoever holds it.

Whoever controls the customs house controls the salaries of thousands of fighters on both sides.

*Jane Roe, Senior Fellow at the Institute for Coastal Studies

Dr. Jane Roe

Dr. Jane Roe is a senior fellow at the Institute for Coastal Studies and the author of two books on the region.

One thought on “Why the port matters – OpEd”

  • May 2, 2021 at 1:05 pm

    Great piece, totally agree.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""

TRICKY = """Council answers critics

The minister's comments on the ceasefire drew sharp criticism from both camps on Jan. 14.

Two responses to the crisis emerged: talks in the capital, or a push on the port.

Residents said the cookies and bread sold at the market had doubled in price since the siege began.

General Tarik Vell is the commander of the eastern forces and has led the siege since May 2020.
"""


@pytest.mark.parametrize(
    ("page", "must_remain", "must_not_remain"),
    [
        (
            BLOG,
            [
                "Envoy warns of new offensive on Varna",
                "The Northern Alliance massed troops outside Varna on Tuesday, the regional envoy"
                " warned.",
                "“We are one step from a wider war,” the envoy told reporters in the capital.",
            ],
            [
                "Posted on",
                "Share this",
                "Twitter",
                "Like",
                "Related",
                "thoughts on",
                "March 4, 2021 at",
                "mark my words",
                "Reply",
                "commenting using",
                "Google+",
                "Connecting to %s",
                "Akismet",
                "Notify me",
            ],
        ),
        (
            NEWS,
            [
                "Coastal Council rejects ceasefire plan",
                "The Coastal Council on Sunday rejected a ceasefire plan drawn up by the regional"
                " bloc, calling it a gift to its rivals.",
                "The Alliance did not respond to requests for comment.",
            ],
            [
                "cookies",
                "Home |",
                "gallery",
                "#Varna",
                "Photo:",
                "Twitter picture",
                "Facebook photo",
                "Follow us",
                "All rights reserved",
            ],
        ),
        (
            OPED,
            [
                "Why the port matters – OpEd",
                "Whoever controls the customs house controls the salaries of thousands of fighters"
                " on both sides.",
            ],
            [
                "*Jane Roe",
                "Dr. Jane Roe",
                "senior fellow",
                "One thought on",
                "Great piece",
                "May 2, 2021",
                "Leave a Reply",
                "Your email address will not be published.",
                "Required fields",
            ],
        ),
        (
            TRICKY,
            [line for line in TRICKY.split("\n") if line],
            [],
        ),
    ],
    ids=["blog", "news", "oped", "tricky-body"],
)
def test_furniture_removed_body_kept(
    page: str, must_remain: list[str], must_not_remain: list[str]
) -> None:
    text = clean_text(page)
    for s in must_remain:
        assert s in text, s
    for s in must_not_remain:
        assert s not in text, s


def test_subscription_call_is_furniture_but_a_sentence_about_subscribers_is_not() -> None:
    page = (
        "Envoy warns of new offensive\n\n"
        "The Northern Alliance massed troops outside Varna on Tuesday.\n\n"
        "Subscribers to the alliance's channel were told to stay indoors.\n\n"
        "Subscribe to The Varna Review and get our best opinion pieces every Friday.\n"
    )
    text = clean_text(page)
    assert "Subscribe to The Varna Review" not in text
    assert "Subscribers to the alliance's channel were told to stay indoors." in text
    assert "massed troops outside Varna" in text


def test_whitespace_is_normalised() -> None:
    text = clean_text("Title line here\r\n\n\n\nA\u00a0 body\u200b line\t with  spaces.\n\n\n")
    assert text == "Title line here\n\nA body line with spaces."


def test_repeated_title_line_collapses() -> None:
    page = "Council answers critics - JANE ROE\n\nCouncil answers critics\n\nThe body text follows."
    cleaned = clean_article(page)
    assert cleaned.text == "Council answers critics\n\nThe body text follows."
    assert cleaned.meta.author == "Jane Roe"


def test_comment_marker_at_the_top_does_not_empty_the_page() -> None:
    page = "Leave a comment\n\nThe Northern Alliance massed troops outside Varna on Tuesday."
    assert clean_text(page) == "The Northern Alliance massed troops outside Varna on Tuesday."


def test_related_block_cut_only_in_the_second_half() -> None:
    body = "\n\n".join(f"Paragraph {i} of the report on the siege of the port." for i in range(8))
    page = (
        f"Siege enters its third week\n\n{body}\n\nRelated articles\n\nOther story one\n\nOther two"
    )
    text = clean_text(page)
    assert "Paragraph 7 of the report" in text
    assert "Other story one" not in text
