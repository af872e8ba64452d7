from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (seeds and gold annotations); tests skip when it is absent."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "gold").is_dir():
        pytest.skip("../shared (seeds and eval) not present")
    return SHARED
