"""Which outlet a document speaks for, and the user's outlet mapping.

Comparing outlets needs one name per source, but metadata is uneven: an HTML page names
its site, a text file may only carry a URL or a byline, and the same outlet can appear as
"RT", "Russia Today" or ``www.rt.com``. The outlet of a document is therefore derived in
this order (documented in docs/compare.md):

1. the mapping file: a URL host (or a parent domain of it), then the metadata outlet name,
   then the author byline, matched case-insensitively against the file's entries;
2. the metadata outlet name;
3. the URL host without ``www.``;
4. ``"<author> (author)"`` when only a byline is known, so two unattributed columnists are
   not merged into one source;
5. ``"unknown"``.

The mapping is a small TOML file::

    [[outlet]]
    name = "RT"                              # the name shown everywhere
    hosts = ["rt.com", "actualidad-rt.com"]  # URL hosts (subdomains included)
    aliases = ["Russia Today"]               # outlet names or bylines as written
    leaning = "Russian state media"          # optional, free text
"""

from __future__ import annotations

import sqlite3
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from actorgraph.store.db import atomic

UNKNOWN = "unknown"


class OutletConfigError(ValueError):
    """The outlet mapping file cannot be read or has the wrong shape."""


@dataclass(slots=True)
class OutletConfig:
    """Host and name lookups built from a mapping file (all keys lower-case)."""

    hosts: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    names: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str, str, str | None]]:
        """(kind, key, outlet, leaning) rows for the ``outlet_config`` table."""
        return [("host", k, o, lean) for k, (o, lean) in self.hosts.items()] + [
            ("name", k, o, lean) for k, (o, lean) in self.names.items()
        ]

    @classmethod
    def from_rows(cls, rows: list[tuple[str, str, str, str | None]]) -> OutletConfig:
        cfg = cls()
        for kind, key, outlet, leaning in rows:
            (cfg.hosts if kind == "host" else cfg.names)[key] = (outlet, leaning)
        return cfg


def load_config(path: str | Path) -> OutletConfig:
    """Parse an outlet mapping TOML file; errors name the file and the bad entry."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text("utf-8"))
    except OSError as exc:
        raise OutletConfigError(f"{p}: cannot read outlet mapping ({exc.strerror})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise OutletConfigError(f"{p}: not valid TOML ({exc}); see docs/compare.md") from exc
    entries = data.get("outlet", [])
    if not isinstance(entries, list):
        raise OutletConfigError(f"{p}: write each outlet as an [[outlet]] table")
    cfg = OutletConfig()
    for i, entry in enumerate(entries, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise OutletConfigError(f'{p}: [[outlet]] number {i} needs a name = "..."')
        leaning = entry.get("leaning")
        if leaning is not None and not isinstance(leaning, str):
            raise OutletConfigError(f"{p}: outlet {name!r}: leaning must be a string")
        for key in ("hosts", "aliases"):
            values = entry.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise OutletConfigError(f"{p}: outlet {name!r}: {key} must be a list of strings")
        value = (name.strip(), leaning)
        for host in entry.get("hosts", []):
            cfg.hosts[_bare_host(host)] = value
        for alias in [name, *entry.get("aliases", [])]:
            cfg.names[alias.strip().casefold()] = value
    return cfg


def _bare_host(host: str) -> str:
    host = host.strip().casefold()
    if "//" in host:
        host = urlsplit(host).hostname or ""
    return host.removeprefix("www.").rstrip(".")


def url_host(url: str | None) -> str | None:
    """The host of a URL without ``www.``, or None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return _bare_host(host) if host else None


def derive_outlet(
    outlet: str | None, url: str | None, author: str | None, config: OutletConfig
) -> tuple[str, str | None]:
    """(outlet name, leaning) for one document's metadata, in the order of the module doc."""
    host = url_host(url)
    if host:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            hit = config.hosts.get(".".join(parts[i:]))
            if hit:
                return hit
    for name in (outlet, author):
        if name and (hit := config.names.get(name.strip().casefold())):
            return hit
    if outlet and outlet.strip():
        return outlet.strip(), None
    if host:
        return host, None
    if author and author.strip():
        return f"{author.strip()} (author)", None
    return UNKNOWN, None


def stored_config(conn: sqlite3.Connection) -> OutletConfig:
    """The mapping saved in the store (or a temporary override on this connection)."""
    rows = conn.execute("SELECT kind, key, outlet, leaning FROM outlet_config").fetchall()
    return OutletConfig.from_rows([(r[0], r[1], r[2], r[3]) for r in rows])


def save_config(conn: sqlite3.Connection, config: OutletConfig) -> None:
    """Replace the stored mapping; the next aggregation re-derives every document's outlet."""
    with atomic(conn):
        conn.execute("DELETE FROM outlet_config")
        conn.executemany("INSERT INTO outlet_config VALUES (?,?,?,?)", config.rows())
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('outlets_dirty', '1')")


def sync_doc_outlets(conn: sqlite3.Connection, *, rebuild: bool = False) -> int:
    """Derive ``doc_outlets`` rows for documents that lack one (all of them if ``rebuild``).

    Returns the number of rows written. Runs inside the caller's transaction.
    """
    config = stored_config(conn)
    if rebuild:
        conn.execute("DELETE FROM doc_outlets")
    else:
        conn.execute("DELETE FROM doc_outlets WHERE document NOT IN (SELECT id FROM documents)")
    rows = conn.execute(
        "SELECT id, outlet, url, author, published FROM documents"
        " WHERE id NOT IN (SELECT document FROM doc_outlets)"
    ).fetchall()
    values = [(r[0], *derive_outlet(r[1], r[2], r[3], config), r[4]) for r in rows]
    conn.executemany("INSERT INTO doc_outlets VALUES (?,?,?,?)", values)
    return len(values)
