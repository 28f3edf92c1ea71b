"""Files on disk -> `Corpus`: reading, decoding, cleaning and sentence splitting (no Qt).

`load_folder` and `SUPPORTED_SUFFIXES` are looked up on first use: the window reads the format table
(`ingest.formats`) at start-up, and importing this package must not pull in the folder reader, its
worker processes and sentence splitter before the window is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citebrief.ingest.folder import SUPPORTED_SUFFIXES, load_folder

__all__ = ["SUPPORTED_SUFFIXES", "load_folder"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from citebrief.ingest import folder

        return getattr(folder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
