"""Where the per-document stages run: this process, local worker processes, or a cluster.

Kept apart from ``distributed`` so that the default single-process path imports
neither Dask nor pyarrow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_BATCH_SIZE = 100


class ClusterError(Exception):
    """The cluster cannot be started or reached, or its settings are wrong."""


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """Where to run: ``workers`` local worker processes, or an existing ``scheduler``."""

    workers: int = 0
    scheduler: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    shard_dir: Path | None = None  # default: a temporary folder beside the store

    @property
    def enabled(self) -> bool:
        return bool(self.workers or self.scheduler)

    def check(self) -> None:
        if self.workers < 0:
            raise ClusterError(f"--workers must be 0 or more, not {self.workers}")
        if self.batch_size < 1:
            raise ClusterError(f"--batch-size must be 1 or more, not {self.batch_size}")
        if self.workers and self.scheduler:
            raise ClusterError("give either --workers (a local cluster) or --scheduler, not both")
