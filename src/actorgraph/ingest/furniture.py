"""Generic page furniture: curated phrases and line shapes found on scraped news pages.

Nothing here is specific to any one article; every rule describes a kind of line that
site templates produce (cookie banners, comment forms, share bars, menus, bios).
"""

from __future__ import annotations

import re

from actorgraph.ingest.dates import DATE_RE

# A line containing one of these phrases is furniture (matched case-insensitively).
FURNITURE_PHRASES: tuple[str, ...] = (
    # cookie and consent banners
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "uses cookies to",
    "accept all cookies",
    "accept cookies",
    "cookie policy",
    "cookie settings",
    "manage consent",
    "by continuing to browse",
    "by continuing to use this",
    # comment forms
    "leave a reply",
    "leave a comment",
    "you are commenting using your",
    "log out / change",
    "connecting to %s",
    "uses akismet to reduce spam",
    "learn how your comment data is processed",
    "your email address will not be published",
    "required fields are marked",
    "fill in your details below or click an icon to log in",
    "notify me of new comments",
    "notify me of follow-up comments",
    "notify me of new posts",
    "save my name, email",
    "you must be logged in to post a comment",
    "comments are closed",
    "cancel reply",
    # newsletters, sharing, ads, legal
    "share this:",
    "share this article",
    "click to share on",
    "click to email this",
    "click to print",
    "like this:",
    "like loading",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "follow us on",
    "all rights reserved",
    "the views expressed in this article",
    "views expressed are the author",
    "skip to main content",
    "skip to content",
    "enable javascript",
    "your browser does not support",
)
# A line that is exactly one of these (ignoring case and trailing punctuation) is furniture.
FURNITURE_LINES: frozenset[str] = frozenset(
    (
        "home",
        "menu",
        "search",
        "close",
        "share",
        "tweet",
        "email",
        "e-mail",
        "print",
        "reply",
        "advertisement",
        "loading",
        "related",
        "continue reading",
        "read more",
        "subscribe",
        "sign in",
        "log in",
        "login",
        "register",
        "toggle navigation",
        "main menu",
        "back to top",
        "next article",
        "previous article",
        "next post",
        "previous post",
        "more news",
        "trending",
        "most read",
        "most popular",
        "recommended",
        "sponsored",
        "newsletter",
        "like",
        "tags",
        "photo",
        "photos",
        "gallery",
        "video",
        "watch",
        "listen",
        "share on facebook",
        "share on twitter",
    )
)
_SOCIAL = r"(?:google\+?|twitter|facebook|linkedin|wordpress(?:\.com)?|instagram|pinterest|reddit|whatsapp|telegram|tumblr|x|email|youtube)"
_SHAPES: tuple[re.Pattern[str], ...] = (
    # "Twitter picture", "Google+ photo", "WordPress.com Logo"
    re.compile(rf"^{_SOCIAL}(?:\s+(?:photo|picture|logo|icon|image|account))?$", re.I),
    # hashtag lines: "#Libya #Tripoli"
    re.compile(r"^(?:#[\w-]+[\s,]*)+$"),
    # "Tags: Libya, Tripoli, UN"
    re.compile(r"^(?:tags?|tagged|topics?|categories|filed under)\s*:", re.I),
    # image captions and credits
    re.compile(
        r"^(?:photo|image|picture|file photo|photo credit|credit|caption|source: (?:getty|afp|reuters|ap)"
        r")\s*[:|(]",
        re.I,
    ),
    re.compile(r"^\(?(?:photo|image|picture)s?\s*(?:by|:|credit)\b.{0,150}\)?$", re.I),
    # a reader comment's timestamp: "November 19, 2019 at 4:44 pm"
    re.compile(
        rf"^(?:[•·*-]\s*)?(?:{DATE_RE.pattern})\s+at\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?$", re.I
    ),
    # read-more teasers and share counters
    re.compile(r"^(?:read more|read also|see also|also read|related)\s*[:›»>]", re.I),
    re.compile(r"^\d+\s+(?:shares?|views?|comments?)$", re.I),
    # subscription calls: "Subscribe to The X Review and get our best pieces every Friday."
    re.compile(r"^(?:subscribe|sign up|register)\s+(?:to|for|now|today)\b.{0,160}$", re.I),
)
_BYLINE_START = re.compile(r"^(?:by|written by|posted by|author)\b", re.I)
_NAV_SPLIT = re.compile(r"\s*[|»›•·>]\s*|\s+/\s+")

# Markers that open the comment section (or the "more stories" tail): cut from there on.
COMMENT_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:thoughts?|comments?|responses?|replies|reactions?)\s+(?:on|to)\s*[“\"‘'«]",
        re.I,
    ),
    re.compile(r"^(?:leave|post|add|write) (?:a|your) (?:reply|comment)\b", re.I),
    re.compile(r"^(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?$", re.I),
    re.compile(r"^(?:show|view|load|read) (?:all )?(?:\d+ )?comments\b", re.I),
    re.compile(r"^join the (?:discussion|conversation)\b", re.I),
    re.compile(r"^you are commenting using your\b", re.I),
    re.compile(r"^your email address will not be published\b", re.I),
    re.compile(r"^fill in your details below or click an icon to log in", re.I),
)
# Markers of an after-article block; they cut only in the second half of the page.
TAIL_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:related|more) (?:posts|articles|stories|news|coverage)\b", re.I),
    re.compile(r"^you (?:may|might) also (?:like|be interested)\b", re.I),
    re.compile(
        r"^(?:recommended|most read|most popular|trending)(?: (?:stories|articles|now))?:?$", re.I
    ),
    re.compile(r"^about the authors?:?$", re.I),
)

# Author bio lines at the end of an article.
NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|di|del|van|von|der|la|le|du)\s+)?[A-Z][\w'’.-]+){1,4}"
HONORIFIC = r"(?:Prof\.?|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)"
BIO_STAR = re.compile(rf"^\*\s*(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*,\s*\S")
BIO_TITLED_NAME = re.compile(rf"^{HONORIFIC}\s+(?P<name>{NAME})\.?$")
BIO_SENTENCE = re.compile(
    rf"^(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*,?\s+(?:is|was|has been|serves as)\s+\S"
)
BIO_KEYWORDS = re.compile(
    r"\b(?:universit|professor|lecturer|fellow|journalist|correspondent|columnist|editor|"
    r"author of|researcher|analyst at|scholar|ph\.?d|co-lead|centre for|center for|institute|"
    r"think tank|writes about|contributor|freelance|department of)",
    re.I,
)


def is_furniture(line: str) -> bool:
    """True for a whole line that is page furniture rather than article text."""
    low = line.casefold()
    bare = low.strip(" .:!…>»›|-–—•·*")
    if bare in FURNITURE_LINES:
        return True
    if len(low) < 400 and any(p in low for p in FURNITURE_PHRASES):
        return True
    if any(p.match(line) for p in _SHAPES):
        return True
    return is_navigation(line)


def is_navigation(line: str) -> bool:
    """Menu or breadcrumb residue: three or more short items joined by separators."""
    parts = [p for p in _NAV_SPLIT.split(line) if p]
    if len(parts) < 3 or DATE_RE.search(line) or _BYLINE_START.match(line):
        return False  # a byline such as "By Jane Doe | Example News | 9 March 2025"
    return all(len(p.split()) <= 3 and not p.endswith((".", "?", "!")) for p in parts)


def is_comment_marker(line: str) -> bool:
    return any(p.match(line) for p in COMMENT_MARKERS)


def is_tail_marker(line: str) -> bool:
    return any(p.match(line) for p in TAIL_MARKERS)


def is_bio_line(line: str) -> bool:
    """An author-bio line: '*Name, Position ...', 'Prof. Name', 'Name is a fellow at ...'."""
    if BIO_STAR.match(line) or BIO_TITLED_NAME.match(line):
        return True
    if len(line) <= 500 and BIO_SENTENCE.match(line) and BIO_KEYWORDS.search(line):
        return True
    return bool(re.match(r"^(?:the )?(?:author|writer)s? (?:is|are|was)\b", line, re.I))
