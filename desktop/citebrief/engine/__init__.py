"""Corpus + BriefOptions -> Brief (no Qt).

The names are light; `summarise` loads numpy, scipy and sumy on first use, so that a program can show
its window before paying for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citebrief.engine.names import ALGORITHMS, DEFAULT_ALGORITHM

if TYPE_CHECKING:
    from citebrief.engine.summariser import summarise

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "summarise"]


def __getattr__(name: str) -> Any:
    if name == "summarise":
        from citebrief.engine.summariser import summarise

        return summarise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
