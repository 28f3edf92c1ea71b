"""Where resources/ lives: beside the package in a checkout, inside it when installed or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "citebrief" / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed: mapped into the package
    candidates.append(here.parent.parent / "resources")  # checkout: desktop/citebrief -> repo root
    for path in candidates:
        if (path / "samples").is_dir():
            return path
    raise FileNotFoundError("Citebrief's resources folder is missing; reinstall Citebrief")


def samples_dir() -> Path:
    return resources_dir() / "samples"
