"""A cache of parsed documents, so re-opening a folder whose files did not change skips parsing.

An entry is found by the file's path, size, modification time and the language asked for, and used
only when the file's content hash still matches. Entries are small JSON files written by rename; any
entry that cannot be read or does not hold together (offsets outside the text, wrong fields) is
ignored and replaced, so a damaged cache costs time, never correctness.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import DateOrigin, Sentence, SentenceRole

CACHE_ENV = "CITEBRIEF_CACHE_DIR"  # a folder, or "off" to disable the cache
# v6: a date read from the article's dateline, else the file's time, and where it came from; v5: sentences
# glued without a space split apart, initialisms inside names joined; v3: sentences split
# by the punkt package with the news rules; v2: titles found below page furniture
_VERSION = "v6"


@dataclass(frozen=True, slots=True)
class Parsed:
    """What parsing one file produced, independent of where the folder was opened from."""

    text: str
    title: str
    date: str
    language: str
    sha256: str
    partial: str
    units: tuple[tuple[int, int, str], ...]  # sentence start, end and role
    date_from: DateOrigin = DateOrigin.NONE
    lasting: bool = True  # False when a passing problem (no language model) shaped it: not cached

    def sentences(self, source_id: str) -> tuple[Sentence, ...]:
        return tuple(
            Sentence(source_id, i, start, end, self.text[start:end], _ROLES[role])
            for i, (start, end, role) in enumerate(self.units)
        )


_ROLES = {role.value: role for role in SentenceRole}  # a dict look-up; SentenceRole(value) is slower


def default_cache_dir() -> Path | None:
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Citebrief" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Citebrief"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "citebrief"


class ParseCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / _VERSION

    @classmethod
    def default(cls) -> ParseCache | None:
        folder = default_cache_dir()
        return cls(folder) if folder is not None else None

    def _entry(self, path: Path, language: str) -> Path | None:
        try:
            st = path.stat()
        except OSError:
            return None
        key = f"{path.absolute()}\0{st.st_size}\0{st.st_mtime_ns}\0{language}"
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, path: Path, language: str) -> Parsed | None:
        entry = self._entry(path, language)
        if entry is None:
            return None
        try:  # a cache folder that cannot be read (or a missing entry) just means: parse the file
            data = json.loads(entry.read_text(encoding="utf-8"))
            parsed = _parsed_from(data)
            with path.open("rb") as stream:
                current = hashlib.file_digest(stream, "sha256").hexdigest()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return parsed if current == parsed.sha256 else None

    def put(self, path: Path, language: str, parsed: Parsed) -> None:
        entry = self._entry(path, language)
        if entry is None:
            return
        data = {
            "text": parsed.text,
            "title": parsed.title,
            "date": parsed.date,
            "date_from": parsed.date_from.value,
            "language": parsed.language,
            "sha256": parsed.sha256,
            "partial": parsed.partial,
            "units": [list(u) for u in parsed.units],
        }
        # A cache that cannot be written (or an entry it cannot hold) is no reason to fail the folder.
        with contextlib.suppress(OSError, ValueError, CitebriefError):
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)


def _parsed_from(data: dict[str, Any]) -> Parsed:
    text = data["text"]
    units = tuple((int(u[0]), int(u[1]), str(u[2])) for u in data["units"])
    if not isinstance(text, str) or not units:
        raise ValueError("damaged entry")
    for start, end, role in units:
        if not 0 <= start < end <= len(text):
            raise ValueError("damaged entry")
        if role not in _ROLES:
            raise ValueError("damaged entry")
    return Parsed(
        text=text,
        title=str(data["title"]),
        date=str(data["date"]),
        date_from=DateOrigin(data["date_from"]),
        language=str(data["language"]),
        sha256=str(data["sha256"]),
        partial=str(data["partial"]),
        units=units,
    )
