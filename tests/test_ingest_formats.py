"""One test per input format, with real files written to a temp folder."""

from __future__ import annotations

import json
from pathlib import Path

from actorgraph.ingest.loader import discover, document_id, load_file
from actorgraph.records import Document, Rejection
from test_ingest_support import BODY, blank_pdf, make_pdf


def _one_doc(path: Path) -> Document:
    items = load_file(str(path))
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items
    doc = items[0]
    assert doc.path == str(path)
    assert doc.id == document_id(doc.text)
    return doc


def _docs(items: list[Document | Rejection]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _rejections(items: list[Document | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def test_txt(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"Ceasefire talks collapse in Varna\n\nBy Jane Doe\n\n{BODY}\n", "utf-8")
    doc = _one_doc(f)
    assert doc.format == "txt"
    assert doc.title == "Ceasefire talks collapse in Varna"
    assert doc.author == "Jane Doe"
    assert doc.text.startswith("Ceasefire talks collapse in Varna\n\nThe Northern Alliance")
    assert "By Jane Doe" not in doc.text


def test_md_front_matter_and_syntax(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(
        '---\ntitle: "Ceasefire talks collapse"\nauthor: Jane Doe\ndate: 2020-06-16\n'
        "url: https://www.example-news.com/a\n---\n\n# Ceasefire talks collapse\n\n"
        "The **Northern Alliance** accused the [Coastal Council](https://x.org/cc) of shelling"
        " the port.\n\n![map](map.png)\n\n- Officials said talks would resume next week.\n",
        "utf-8",
    )
    doc = _one_doc(f)
    assert (doc.title, doc.author, doc.published) == (
        "Ceasefire talks collapse",
        "Jane Doe",
        "2020-06-16",
    )
    assert doc.outlet == "example-news.com"
    assert "The Northern Alliance accused the Coastal Council of shelling the port." in doc.text
    assert "Officials said talks would resume next week." in doc.text
    for junk in ("**", "](", "map.png", "# ", "---"):
        assert junk not in doc.text


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ceasefire talks collapse in Varna | Example News</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-06-16T11:57:00Z">
<link rel="canonical" href="https://www.example-news.com/world/varna-talks"></head>
<body><nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/p">Politics</a></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<article><h1>Ceasefire talks collapse in Varna</h1>
<p>The Northern Alliance accused the Coastal Council of shelling the port city of Varna on
Monday, a charge the council denied.</p>
<p>Officials in the capital said talks would resume next week under the mediation of the
regional bloc, according to a statement.</p></article>
<footer>Share this: Twitter Facebook</footer>
<div id="comments"><h3>Leave a Reply</h3><p>Great article, thanks!</p></div>
</body></html>"""


def test_html_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    f.write_text(HTML_PAGE, "utf-8")
    doc = _one_doc(f)
    assert doc.format == "html"
    assert doc.title == "Ceasefire talks collapse in Varna"
    assert (doc.author, doc.published, doc.outlet) == ("Jane Doe", "2020-06-16", "Example News")
    assert doc.url == "https://www.example-news.com/world/varna-talks"
    assert doc.text.startswith("Ceasefire talks collapse in Varna\n")
    assert "a charge the council denied." in doc.text
    assert "regional bloc, according to a statement." in doc.text
    for junk in ("cookies", "Leave a Reply", "Great article", "Share this", "Politics"):
        assert junk not in doc.text


def test_htm_truncated_falls_back_to_lxml(tmp_path: Path) -> None:
    f = tmp_path / "b.htm"
    f.write_bytes(HTML_PAGE.encode("utf-8")[: HTML_PAGE.index("regional bloc")])
    doc = _one_doc(f)
    assert "a charge the council denied." in doc.text
    assert doc.text.rstrip().endswith("under the mediation of the")


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "c.html"
    f.write_text("<html><head><title>x</ti", "utf-8")
    [rej] = load_file(str(f))
    assert isinstance(rej, Rejection)
    assert "no article text found in the HTML" in rej.reason


def test_html_outlet_from_url_host(tmp_path: Path) -> None:
    f = tmp_path / "d.html"
    page = HTML_PAGE.replace('<meta property="og:site_name" content="Example News">', "")
    f.write_text(page.replace("| Example News", ""), "utf-8")
    assert _one_doc(f).outlet == "example-news.com"


def test_html_latin1_charset_declared(tmp_path: Path) -> None:
    f = tmp_path / "e.html"
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Monday", "Monday \u201cat dawn\u201d near the caf\u00e9"
    )
    f.write_bytes(page.encode("cp1252"))
    assert "Monday \u201cat dawn\u201d near the caf\u00e9" in _one_doc(f).text


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    f = tmp_path / "a.pdf"
    f.write_bytes(
        make_pdf(
            [
                "Ceasefire talks collapse in Varna",
                "The Northern Alliance accused the Coastal Council of shelling the",
                "port city on Monday, a charge the council denied. Officials said",
                "talks would resume next week.",
            ]
        )
    )
    doc = _one_doc(f)
    assert doc.format == "pdf"
    assert doc.title == "Ceasefire talks collapse in Varna"
    assert "shelling the port city on Monday, a charge the council denied." in doc.text


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(blank_pdf())
    assert load_file(str(f)) == [
        Rejection(str(f), "PDF has no text layer (scanned?); run OCR first")
    ]


def test_pdf_damaged(tmp_path: Path) -> None:
    f = tmp_path / "bad.pdf"
    f.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    [rej] = load_file(str(f))
    assert isinstance(rej, Rejection)
    assert rej.reason.startswith(("not a readable PDF", "PDF has no text layer"))


def _record(i: int, **extra: object) -> dict[str, object]:
    rec: dict[str, object] = {
        "title": f"Report {i}",
        "text": f"Report {i}. {BODY}",
        "published": "2020-06-16T11:57:00Z",
        "url": f"https://www.example-news.com/r{i}",
    }
    rec.update(extra)
    return rec


def test_json_single_object(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps(_record(1, author="JANE DOE", source={"name": "Example News"})))
    doc = _one_doc(f)
    assert (doc.format, doc.title, doc.published) == ("json", "Report 1", "2020-06-16")
    assert (doc.author, doc.outlet) == ("Jane Doe", "Example News")
    assert doc.text.startswith("Report 1\n\nReport 1. The Northern Alliance")


def test_json_list_and_wrapped_list(tmp_path: Path) -> None:
    f = tmp_path / "list.json"
    f.write_text(json.dumps([_record(1), _record(2, content="<p>HTML body " + BODY + "</p>")]))
    g = tmp_path / "wrapped.json"
    g.write_text(json.dumps({"articles": [_record(3), {"title": "no text here"}]}))
    docs = _docs(load_file(str(f)))
    assert [d.title for d in docs] == ["Report 1", "Report 2"]
    assert all(d.path == str(f) for d in docs)
    assert len({d.id for d in docs}) == 2
    items = load_file(str(g))
    assert [d.title for d in _docs(items)] == ["Report 3"]
    [rej] = _rejections(items)
    assert rej.reason.startswith("record 2: no article text")


def test_jsonl_keeps_good_records_and_rejects_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    lines = [json.dumps(_record(1)), '{"title": "broken", "text": "abc', "", json.dumps(_record(2))]
    f.write_text("\n".join(lines) + "\n", "utf-8")
    items = load_file(str(f))
    assert [d.title for d in _docs(items)] == ["Report 1", "Report 2"]
    [rej] = _rejections(items)
    assert rej.path == str(f)
    assert rej.reason.startswith("line 2: malformed JSON")
    assert "\n" not in rej.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://example-news.com/</link>
<item><title>Ceasefire talks collapse</title><link>https://example-news.com/a</link>
<author>jane@example-news.com (Jane Doe)</author>
<pubDate>Tue, 16 Jun 2020 11:57:00 GMT</pubDate>
<description>&lt;p&gt;The Northern Alliance accused the &lt;b&gt;Coastal Council&lt;/b&gt; of
shelling the port.&lt;/p&gt;&lt;p&gt;Officials said talks would resume.&lt;/p&gt;</description>
</item>
<item><title>Short</title><description>Too short.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Envoy urges return to talks</title><link href="https://wire.example.org/e1"/>
<updated>2021-03-02T08:00:00Z</updated><author><name>John Roe</name></author>
<content type="html">&lt;p&gt;The envoy urged both sides to return to the negotiating table
in the capital.&lt;/p&gt;</content></entry></feed>"""


def test_rss(tmp_path: Path) -> None:
    f = tmp_path / "a.rss"
    f.write_text(RSS, "utf-8")
    items = load_file(str(f))
    [doc] = _docs(items)
    assert (doc.format, doc.title, doc.published, doc.outlet) == (
        "rss",
        "Ceasefire talks collapse",
        "2020-06-16",
        "Example News",
    )
    assert doc.url == "https://example-news.com/a"
    assert "accused the Coastal Council of shelling the port." in doc.text
    assert "<" not in doc.text
    [rej] = _rejections(items)
    assert rej.reason.startswith("entry 2: too short to be an article")


def test_atom(tmp_path: Path) -> None:
    f = tmp_path / "a.atom"
    f.write_text(ATOM, "utf-8")
    doc = _one_doc(f)
    assert (doc.format, doc.title, doc.author, doc.published) == (
        "atom",
        "Envoy urges return to talks",
        "John Roe",
        "2021-03-02",
    )
    assert "urged both sides to return to the negotiating table in the capital." in doc.text


def test_xml_feed_and_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(ATOM, "utf-8")
    other = tmp_path / "config.xml"
    other.write_text('<?xml version="1.0"?><config><a>1</a></config>', "utf-8")
    assert _one_doc(feed).format == "atom"
    [rej] = load_file(str(other))
    assert isinstance(rej, Rejection) and "not an RSS/Atom feed" in rej.reason


def test_unsupported_suffix_named_explicitly(tmp_path: Path) -> None:
    f = tmp_path / "a.docx"
    f.write_bytes(b"PK\x03\x04junk")
    [rej] = load_file(str(f))
    assert isinstance(rej, Rejection)
    assert rej.reason.startswith("unsupported file type '.docx'; supported: ")


def test_discover_walks_sorted_supported_only(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.txt", "a.HTML", "sub/c.jsonl", "notes.docx", ".hidden/x.txt", ".y.txt"):
        (tmp_path / name).write_text("x")
    explicit = tmp_path / "notes.docx"
    found = list(discover([str(tmp_path), str(explicit)]))
    assert found == [
        str(tmp_path / "a.HTML"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.jsonl"),
        str(explicit),
    ]


def test_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    f = tmp_path / "saved.txt"
    f.write_text(HTML_PAGE, "utf-8")
    doc = _one_doc(f)
    assert doc.format == "txt"
    assert doc.title == "Ceasefire talks collapse in Varna"
    assert "a charge the council denied." in doc.text
    assert "<p>" not in doc.text and "cookies" not in doc.text


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    f = tmp_path / "lines.json"
    f.write_text(json.dumps(_record(1)) + "\n" + json.dumps(_record(2)) + "\n", "utf-8")
    assert [d.title for d in _docs(load_file(str(f)))] == ["Report 1", "Report 2"]
