"""HTML -> main text and metadata: trafilatura first, lxml text extraction as the fallback."""

from __future__ import annotations

import logging
import re
from typing import Any

from actorgraph.ingest.dates import normalize_date
from actorgraph.ingest.decode import normalize_text
from actorgraph.ingest.metadata import Meta, clean_author, clean_value

# Library loggers must not print to stderr: the CLI promises one line per skipped file.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "figcaption",
    "head",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "address",
    "hr",
)
_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:comments?|cookies?|consent|share|sharing|social|related|newsletter|subscribe|"
    r"advert\w*|ads?|banner|menu|nav\w*|breadcrumbs?|sidebar|footer|popup|modal|promo)(?:$|[\s_-])",
    re.I,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
# The flat fallback for markup the tree parser cannot hold (nesting deeper than libxml2's limit).
_FLAT_DROP = re.compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<![^>]*>|<\?[^>]*>",
    re.I | re.S,
)
_FLAT_BLOCK = re.compile(r"</?(?:" + "|".join(_BLOCK_TAGS) + r"|br)\b[^>]*>", re.I)
_FLAT_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MAX_TREE_DEPTH = 2000  # libxml2 stops building the tree at 2048 levels, even with huge_tree


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20000])) >= 2


def html_to_text(markup: str) -> str:
    """Block-aware text of the main element (article, main or body), furniture removed."""
    import lxml.html
    from lxml import etree

    # Markup from JSON and feeds has not been through decoding: drop control characters
    # (which lxml refuses) and lone surrogates first.
    markup = normalize_text(_XML_DECL.sub("", markup))
    if not markup.strip():
        return ""
    try:
        # huge_tree: keep elements nested deeper than 256 levels (up to 2048) instead of
        # silently dropping them and the text inside.
        root = lxml.html.fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return flat_text(markup)
    truncated = _truncated(root)
    etree.strip_elements(
        root, *_DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    _drop_furniture(root)
    main = _main_element(root)
    in_pre = {d for pre in main.iter("pre") for d in pre.iter()}
    for el in main.iter():
        if el not in in_pre:
            el.text = _collapse(el.text)
        if el.getparent() not in in_pre:
            el.tail = _collapse(el.tail)
    for el in main.iter(*_BLOCK_TAGS):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    for el in main.iter("br"):
        el.tail = "\n" + (el.tail or "")
    text = _tidy(main.text_content())
    if truncated:
        flat = flat_text(markup)
        return flat if len(flat) > len(text) else text
    return text


def _truncated(root: Any) -> bool:
    """True when the tree reaches libxml2's depth limit: what lies deeper was dropped."""
    from lxml import etree

    depth = deepest = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest >= _MAX_TREE_DEPTH


def flat_text(markup: str) -> str:
    """Text of markup without building a tree: the last resort for pathological nesting.

    libxml2 stops building the tree past 2048 levels (even with ``huge_tree``), so a page of
    deeply nested or never-closed tags would otherwise lose its whole text.
    """
    import html

    text = _FLAT_DROP.sub(" ", markup)
    text = _FLAT_TAG.sub("", _FLAT_BLOCK.sub("\n\n", text))
    return _tidy(html.unescape(text))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _collapse(text: str | None) -> str | None:
    """Source whitespace (newlines included) is one space in HTML."""
    return re.sub(r"\s+", " ", text) if text else text


def _drop_furniture(root: Any) -> None:
    """Drop elements whose class/id names furniture, unless they hold most of the text."""
    total = sum(1 for _ in root.iter("p"))
    for el in list(root.iter()):
        if el.getparent() is None or el.tag in ("html", "body", "article", "main"):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _FURNITURE_ATTR.search(attrs) and sum(1 for _ in el.iter("p")) <= max(2, total // 2):
            el.drop_tree()


def _main_element(root: Any) -> Any:
    articles = root.findall(".//article")
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))
    main = root.find(".//main")
    if main is not None:
        return main
    body = root.find(".//body")
    return body if body is not None else root


def _paragraphs(markup: str) -> int:
    return len(re.findall(r"<p[\s>]", markup[:500000], re.I))


def extract_html(markup: str) -> tuple[str, Meta]:
    """Main text and metadata of a page ('' when nothing usable is found)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # noqa: BLE001 - a parser bug on one page must not stop a run
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if not text or ("\n" not in text and _paragraphs(markup) >= 2):
        # trafilatura found nothing, or joined the paragraphs of a short page into one line.
        text = html_to_text(markup) or text
    if doc is None:
        return text, _markup_meta(markup)
    meta = Meta(
        title=clean_value(getattr(doc, "title", None)),
        author=clean_author(getattr(doc, "author", None)),
        outlet=clean_value(getattr(doc, "sitename", None), 100),
        published=normalize_date(getattr(doc, "date", None)),
        url=clean_value(getattr(doc, "url", None), 2000),
    )
    return text, meta


def _markup_meta(markup: str) -> Meta:
    """Metadata from the page head when the main extraction failed."""
    try:
        from trafilatura.metadata import extract_metadata

        m = extract_metadata(markup)
    except Exception:  # noqa: BLE001 - metadata is optional
        return Meta()
    return Meta(
        title=clean_value(m.title),
        author=clean_author(m.author),
        outlet=clean_value(m.sitename, 100),
        published=normalize_date(m.date),
        url=clean_value(m.url, 2000),
    )
