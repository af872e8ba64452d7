"""Helpers for the web tests: a store with a hostile article, a real server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from actorgraph.pipeline import analyze_paths
from actorgraph.sample import corpus_path
from actorgraph.store.db import Store
from actorgraph.web.app import create_app

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile_web"
REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"


def build_store(folder: Path, *, hostile: bool = True) -> Path:
    """Analyse the sample corpus (plus the hostile articles) into folder/store.db."""
    corpus = folder / "corpus"
    shutil.copytree(corpus_path(), corpus)
    if hostile:
        for f in HOSTILE.iterdir():
            shutil.copy(f, corpus / f.name)
    return analyse(corpus, folder / "store.db")


def analyse(folder: Path, db: Path) -> Path:
    """Analyse every article below ``folder`` into the store ``db`` (created if new)."""
    with Store(db) as store:
        analyze_paths([str(folder)], store)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """Serve the store with uvicorn in a thread; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium with no background traffic (the machine has no network), a fresh profile
# is passed per launch by the tests.
CHROMIUM_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run --disable-quic"
).split()


def require_chromium(what: str) -> None:
    """Skip a browser test module without Debian's chromium; in CI its absence is a failure."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} missing in CI; run `make browser` first", pytrace=False)
    pytest.skip(
        f"{CHROMIUM} not installed (run `make browser` as root); {what} skipped",
        allow_module_level=True,
    )
