"""Keep spaCy's import light when PyTorch is installed.

spaCy's machine-learning library, thinc, imports ``torch`` eagerly whenever it is
installed (for the optional embeddings extra it is). That costs about 3 s and 300 MB per
process, in every CLI call and every Dask worker, although the blank and the small
trained pipelines never use it. This finder hides ``torch`` from thinc's compatibility
probe only; any later ``import torch`` (sentence embeddings) works as usual. Set
``ACTORGRAPH_SPACY_TORCH=1`` to let thinc see torch (spaCy transformer pipelines).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType


class _HideTorchFromThinc(MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname == "torch" or fullname.startswith("torch."):
            compat = sys.modules.get("thinc.compat")
            # thinc.compat is mid-import (its has_torch flag is not set yet): hide torch.
            if compat is not None and not hasattr(compat, "has_torch"):
                raise ModuleNotFoundError(f"{fullname} hidden from thinc by actorgraph")
        return None


def install() -> None:
    if os.environ.get("ACTORGRAPH_SPACY_TORCH"):
        return
    if not any(isinstance(f, _HideTorchFromThinc) for f in sys.meta_path):
        sys.meta_path.insert(0, _HideTorchFromThinc())
