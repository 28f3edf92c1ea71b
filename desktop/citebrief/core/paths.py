"""File paths in two forms: as the file system holds them, and as text that can always be shown.

On POSIX a file name is bytes; Python keeps bytes that are not UTF-8 as lone surrogates
(``surrogateescape``), which is right for opening the file and wrong for anything written as text.
Paths therefore stay raw inside path handling; what is shown or exported is `display`, and what a
JSON file stores is that display form plus, when it differs, the exact bytes in base64 beside it.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping, Sequence
from typing import Any

BYTES_SUFFIX = "_bytes"  # "path" is the display form, "path_bytes" the exact name when it differs


def display(path: str | os.PathLike[str]) -> str:
    """A path as text that can always be shown and saved (undecodable name bytes become U+FFFD)."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _encoded(path: str) -> str | None:
    if display(path) == path:
        return None
    return base64.b64encode(os.fsencode(path)).decode("ascii")


def _decoded(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    try:
        return os.fsdecode(base64.b64decode(raw, validate=True))
    except (binascii.Error, ValueError):
        return None


def path_fields(key: str, path: str) -> dict[str, str]:
    """``{key: display form}``, plus ``key_bytes`` when the path is not valid UTF-8."""
    exact = _encoded(path)
    return {key: display(path)} | ({key + BYTES_SUFFIX: exact} if exact is not None else {})


def path_from(data: Mapping[str, Any], key: str) -> str:
    """The exact path stored by `path_fields` (its display form when the bytes are missing or bad)."""
    exact = _decoded(data.get(key + BYTES_SUFFIX))
    return exact if exact is not None else str(data.get(key) or "")


def paths_fields(key: str, paths: Sequence[str | None]) -> dict[str, list[str | None]]:
    """`path_fields` for a list: ``key_bytes`` holds one entry per path (None where not needed)."""
    exact = [None if p is None else _encoded(p) for p in paths]
    shown = [None if p is None else display(p) for p in paths]
    return {key: shown} | ({key + BYTES_SUFFIX: exact} if any(exact) else {})


def paths_from(data: Mapping[str, Any], key: str) -> list[str | None]:
    shown = data.get(key) or []
    exact = data.get(key + BYTES_SUFFIX)
    exact = exact if isinstance(exact, list) and len(exact) == len(shown) else [None] * len(shown)
    return [_decoded(raw) or (None if v is None else str(v)) for v, raw in zip(shown, exact, strict=True)]
