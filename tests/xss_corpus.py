"""A corpus of XSS payloads written as articles, for the browser test of the UI and the report.

Every payload is numbered and calls a marker with its number, so an execution is both
detectable and attributable:

* ``alert(N)`` opens a dialog;
* ``__xss_hits.push(N)`` appends to a global the test defines before any page script runs;
* ``fetch('/xss/N')`` and ``<img src=/xss/N>`` request a path the test watches for.

The payloads go everywhere article data can travel: titles, authors, outlet names, URLs,
body sentences that also carry relations (so they reach evidence panels, actor pages and
timelines), appositions (labels), and the names of the files themselves (Linux allows
``<``, ``>``, quotes and ``=`` in a file name, only ``/`` is out). Marker ``(N)`` is how the
test finds which payloads reached the store and which were rendered as text.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

# Payload shapes; {js} is replaced by a numbered marker call. Some shapes only matter in
# one context (an attribute break-out, a </script> break-out of the report's JSON block).
SHAPES = (
    "<script>{js}</script>",
    "<ScRiPt>{js}</sCrIpT>",
    "<script src=data:text/javascript,{js}></script>",
    "<img src=x onerror={js}>",
    '<img src="x" onerror="{js}">',
    "<IMG SRC=x OnErRoR={js}>",
    "<body onload={js}>",
    "<svg onload={js}>",
    "<svg><script>{js}</script></svg>",
    "<svg><animate onbegin={js} attributeName=x dur=1s>",
    '<a href="javascript:{js}">read more</a>',
    '<a href="JaVaScRiPt:{js}">read more</a>',
    '<a href="jav&#x61;script:{js}">read more</a>',
    '<a href="data:text/html,<script>{js}</script>">read more</a>',
    '<iframe srcdoc="<script>parent.{js}</script>"></iframe>',
    '<iframe src="javascript:parent.{js}"></iframe>',
    '<object data="javascript:{js}"></object>',
    "<details open ontoggle={js}>x</details>",
    "<input autofocus onfocus={js}>",
    "<math><mtext><table><mglyph><style><img src=x onerror={js}>",
    "&lt;script&gt;{js}&lt;/script&gt;",
    "&#x3C;script&#x3E;{js}&#x3C;/script&#x3E;",
    "&#60;img src=x onerror={js}&#62;",
    "&amp;lt;script&amp;gt;{js}&amp;lt;/script&amp;gt;",
    '"><script>{js}</script>',
    "'><img src=x onerror={js}>",
    "</script><script>{js}</script>",
    "</textarea></title><script>{js}</script>",
    "<!--<script>{js}</script>-->",
    "\u2028<script>{js}</script>\u2029",
    "<style>@import '/xss/css';</style><b style=x:expression({js})>",
    "{{{{constructor.constructor('{js}')()}}}}",
)
# Shapes without "/" (for file names) that would run if a name became markup.
NAME_SHAPES = (
    "<img src=x onerror={js}>",
    "<svg onload={js}>",
    "<body onload={js}>",
    "'><img src=x onerror={js}>",
    '"><svg onload={js}>',
    "<details open ontoggle={js}>",
    "javascript:{js}",
    "&lt;img src=x onerror={js}&gt;",
)
URL_SHAPES = (
    "javascript:{js}",
    "JavaScript:{js}",
    " javascript:{js}",
    "data:text/html,<script>{js}</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#{js}",
    "vbscript:{js}",
)
# Sentences that give the payload's document actors, relations, claims and labels.
SENTENCES = (
    "Turkey sent armed drones to the Harbour Salvation Front {p} on Monday, officials said.",
    "Qatar, the {p} paymaster of the militias, funds the Harbour Salvation Front.",
    "Egypt accused Turkey of prolonging the war {p} in the east.",
    "Russia denied that it had armed the Dune Liberation Army {p} last spring.",
    "The Dune Liberation Army {p} fought the Harbour Salvation Front near the port.",
    'A spokesman said "France backs the Dune Liberation Army {p}" in a statement.',
    "Italy met the United Nations envoy {p} in Rome to discuss a truce.",
    "Algeria warned Egypt {p} against sending troops across the border.",
)


MARKERS = ("alert({n})", "__xss_hits.push({n})", "fetch('/xss/{n}')")


def marker(n: int, in_name: bool = False) -> str:
    """The JavaScript a payload runs: one of three detectable calls, all carrying ``n``
    (no ``/`` in one meant for a file name)."""
    calls = ("alert({n})", "__xss_hits.push({n})") if in_name else MARKERS
    return calls[n % len(calls)].format(n=n)


@dataclass
class Corpus:
    """What was written: every payload by number, and the folder of articles."""

    folder: Path
    payloads: dict[int, str]

    def add(self, shape: str, in_name: bool = False) -> str:
        n = len(self.payloads) + 1
        payload = shape.format(js=marker(n, in_name))
        self.payloads[n] = payload
        return payload

    def body(self, count: int) -> list[str]:
        """``count`` sentences, each carrying the next payload."""
        return [
            SENTENCES[i % len(SENTENCES)].format(p=self.add(SHAPES[i % len(SHAPES)]))
            for i in range(count)
        ]


def _markdown(c: Corpus, i: int) -> str:
    head = {
        "title": f"Talks stall {c.add(SHAPES[i])}",
        "author": f"Staff {c.add(SHAPES[i + 1])}",
        "outlet": f"Courier {c.add(SHAPES[i + 2])}",
        "date": f"2025-04-{10 + i:02d}",
        "url": c.add(URL_SHAPES[i % len(URL_SHAPES)]),
    }
    front = "\n".join(f"{k}: {v}" for k, v in head.items())
    # The reader drops inline HTML from Markdown, so the body carries the payloads escaped.
    body = "\n\n".join(html.escape(s, quote=False) for s in c.body(8))
    return f"---\n{front}\n---\n\n# Talks stall\n\n{body}\n"


def _html(c: Corpus, i: int) -> str:
    """Payloads in metadata attributes, as escaped text in paragraphs, and as live markup."""
    title, outlet, author = (c.add(SHAPES[(i + k) % len(SHAPES)]) for k in (3, 4, 5))
    url = c.add(URL_SHAPES[(i + 1) % len(URL_SHAPES)])
    attr = html.escape
    paragraphs = "".join(f"<p>{html.escape(s, quote=False)}</p>" for s in c.body(8))
    live = c.add(SHAPES[(i + 6) % len(SHAPES)])
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<meta property="og:title" content="Border clashes {attr(title)}">'
        f'<meta property="og:site_name" content="Gazette {attr(outlet)}">'
        f'<meta name="author" content="Reporter {attr(author)}">'
        f'<meta property="og:url" content="{attr(url)}">'
        '<meta property="article:published_time" content="2025-05-02T08:00:00+00:00">'
        f"</head><body><article><h1>Border clashes</h1>{paragraphs}"
        f"<p>Egypt rejected the plan. {live}</p></article></body></html>"
    )


def _jsonl(c: Corpus, i: int) -> str:
    records = [
        {
            "title": f"Envoy visits {c.add(SHAPES[(i + k) % len(SHAPES)])}",
            "author": c.add(SHAPES[(i + k + 1) % len(SHAPES)]),
            "outlet": f"Wire {c.add(SHAPES[(i + k + 2) % len(SHAPES)])}",
            "url": c.add(URL_SHAPES[(i + k) % len(URL_SHAPES)]),
            "published": f"2025-06-{k + 1:02d}",
            # Escaped inside paragraphs: the reader parses HTML text, so they are stored raw.
            "text": "".join(f"<p>{html.escape(s, quote=False)}</p>" for s in c.body(6)),
        }
        for k in range(3)
    ]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_corpus(folder: Path) -> Corpus:
    """Write the hostile articles into ``folder`` and return the numbered payloads."""
    folder.mkdir(parents=True, exist_ok=True)
    c = Corpus(folder, {})
    for i in range(4):
        (folder / f"note_{i}.md").write_text(_markdown(c, i * 7), encoding="utf-8")
        (folder / f"page_{i}.html").write_text(_html(c, i * 5), encoding="utf-8")
        (folder / f"wire_{i}.jsonl").write_text(_jsonl(c, i * 3), encoding="utf-8")
    for i, shape in enumerate(NAME_SHAPES):
        name = c.add(shape, in_name=True)
        text = f"{name}\n\n" + "\n\n".join(c.body(3)) + "\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        if i % 2:  # the same hostile name as a folder, too
            sub = folder / c.add(shape, in_name=True)
            sub.mkdir()
            (sub / "report.txt").write_text("\n\n".join(c.body(3)) + "\n", encoding="utf-8")
    # Every shape at least once in body text, even those the rotations above skip.
    extra = [SENTENCES[k % len(SENTENCES)].format(p=c.add(s)) for k, s in enumerate(SHAPES)]
    (folder / "all_shapes.txt").write_text("\n\n".join(extra) + "\n", encoding="utf-8")
    return c
