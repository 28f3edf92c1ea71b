"""A folder's automatic story grouping kept on disk, so re-opening an unchanged folder skips it.

Grouping reads every article's body once more (stems, names, how names are written): on 690 news
articles it cost more than everything else a re-opened folder does. An entry is keyed by what the
grouping reads (each source's id, hash, title, language, own date and sentences with their roles) and
by the code (`feature_cache.code_digest`), and holds the stories as found, before the user's moves.
Entries are small JSON files beside the feature cache; one that cannot be read or does not hold
together is ignored, so a damaged cache costs time, never correctness. Only the newest few are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import Corpus

_VERSION = "stories-v1"
# An entry is a few bytes per source (20 KB for 690 articles): the groupings of the folders opened
# most recently, as many as the feature cache keeps folders and a few more for folders of one story.
_KEPT_ENTRIES = 16


@dataclass(frozen=True, slots=True)
class AutoGrouping:
    """The grouping before the user's moves: story id -> its documents, its heading; the ungrouped."""

    members: dict[str, list[str]]
    headings: dict[str, str]
    ungrouped: list[str]


def grouping_key(corpus: Corpus) -> str:
    from citebrief.engine.feature_cache import code_digest

    digest = hashlib.sha256(f"{_VERSION}\0{code_digest()}\0".encode())
    for src in corpus.sources:
        head = "\0".join(("\1", src.id, src.sha256, src.title, src.language, src.own_date, ""))
        digest.update(head.encode("utf-8", "surrogatepass"))
        for sent in src.sentences:
            digest.update(f"{sent.role.value}\0{sent.text}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("damaged entry")
    return value


def _decode(raw: bytes, ids: list[str]) -> AutoGrouping:
    """The entry, when it places each of ``ids`` exactly once and names every story."""
    data = json.loads(raw.decode("utf-8", "surrogatepass"))
    members = {str(sid): _strings(ids) for sid, ids in data["members"].items()}
    headings = {str(sid): str(heading) for sid, heading in data["headings"].items()}
    ungrouped = _strings(data["ungrouped"])
    placed = [sid for group in members.values() for sid in group] + ungrouped
    if set(headings) != set(members) or sorted(placed) != sorted(ids):
        raise ValueError("damaged entry")
    return AutoGrouping(members, headings, ungrouped)


class StoryCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / _VERSION

    @classmethod
    def default(cls) -> StoryCache | None:
        """The cache beside the parse cache (``CITEBRIEF_CACHE_DIR``; "off" turns it off)."""
        from citebrief.ingest.cache import default_cache_dir

        folder = default_cache_dir()
        return cls(folder) if folder is not None else None

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str, corpus: Corpus) -> AutoGrouping | None:
        entry = self._entry(key)
        try:
            found = _decode(entry.read_bytes(), [src.id for src in corpus.sources])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # the newest entries are the ones kept
        return found

    def put(self, key: str, grouping: AutoGrouping) -> None:
        data = {"members": grouping.members, "headings": grouping.headings, "ungrouped": grouping.ungrouped}
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
        # A cache that cannot be written is no reason to fail the brief.
        with contextlib.suppress(OSError, CitebriefError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self._entry(key), raw, durable=False)
            entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in entries[_KEPT_ENTRIES:]:
                with contextlib.suppress(OSError):
                    old.unlink()
