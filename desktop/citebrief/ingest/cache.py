"""A cache of parsed documents, so re-opening a folder whose files did not change skips parsing.

The entries of one folder's files live together in one pack, read once and written once per opening
(one small file per document cost more to create than parsing saved). A pack is found by the folder's
path and the language asked for; an entry in it by the file's name, size and modification time, and
it is used only when the file's content hash still matches. Packs are JSON written by rename, so a
reader sees a whole pack or none; a writer merges what another process wrote meanwhile. A pack or an
entry that cannot be read or does not hold together (offsets outside the text, wrong fields) is
ignored and replaced, so a damaged cache costs time, never correctness.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import DateOrigin, Sentence, SentenceRole

CACHE_ENV = "CITEBRIEF_CACHE_DIR"  # a folder, or "off" to disable the cache
# v18: an ellipsis before a sentence opener ("explanation… The defense") ends its sentence; v17: a
# paragraph that ends with a paper's credit without brackets ("Credit Doug Mills/The New York
# Times") is a caption; v16: a paragraph holding an embedded post and its sign-off is boilerplate;
# v15: a paragraph that ends with a picture's credit ("(Sarah Parnass/The Washington Post)") is a
# caption, all of it boilerplate; v14: a name glued to the next sentence ("Virginia.Authorities said
# ...") ends its sentence;
# v13: a state's abbreviation or a clock time before a capital ends a sentence ("Albert Lea, Minn.
# Iowa ...", "11:09 a.m. Rubble ..."); v12: a headline written as a sentence above the story is a
# heading (`headline`), a sentence a file prints twice is boilerplate
# (`boilerplate.mark_printed_twice`); v11: cities
# joined by a slash ("SINGAPORE/BEIJING (Reuters) - ") open a dateline, a long dash may touch the
# sentence ("WASHINGTON—The"); v10: a city not in capitals with its agency's mark ("Miami (AP) — ")
# is a dateline too; v9: a city and state's abbreviation without a dash ("NEWTOWN, Conn. ") is one;
# v8: a dateline is a unit of its own, before the sentence it opens; v7: a date read from the
# article's dateline, else the file's time, and where it came from; v6: one
# pack per folder; v5: sentences glued without a space split apart, initialisms inside names joined;
# v3: sentences split by the punkt package with the news rules; v2: titles found below page furniture
_VERSION = "v18"
_OLD_VERSIONS = tuple(f"v{n}" for n in range(1, 18))
_FORMAT = "citebrief-parse-pack"
# Packs hold about 1.2 bytes per character of their articles (3 MB for 690 news articles): this keeps
# the most recently opened folders' worth of about 80 such folders, dropping the least recent first.
_KEPT_BYTES = 256 * 1024 * 1024


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


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _read_pack(path: Path) -> dict[str, Any]:
    """A pack's entries by file name; an unreadable or damaged pack has none."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return {}
    files = data.get("files") if isinstance(data, dict) and data.get("format") == _FORMAT else None
    return files if isinstance(files, dict) else {}


@dataclass(slots=True)
class _Pack:
    """One folder's entries: as read from disk, and those this opening used or made."""

    path: Path
    folder: Path
    stored: dict[str, Any]
    used: dict[str, Any] = field(default_factory=dict)
    changed: bool = False


class ParseCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / _VERSION

    @classmethod
    def default(cls) -> ParseCache | None:
        folder = default_cache_dir()
        return cls(folder) if folder is not None else None

    def open(self) -> CacheSession:
        """A session that reads each folder's pack once and writes it back on `CacheSession.save`."""
        return CacheSession(self)

    def pack_path(self, folder: Path, language: str) -> Path:
        key = f"{folder.absolute()}\0{language}"
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return self.folder / f"{digest}.json"


class CacheSession:
    """Look-ups and new entries for the files of one opening, saved together at its end."""

    def __init__(self, cache: ParseCache) -> None:
        self.cache = cache
        self._packs: dict[tuple[Path, str], _Pack] = {}

    def _pack(self, path: Path, language: str) -> _Pack:
        folder = path.parent.absolute()
        pack = self._packs.get((folder, language))
        if pack is None:
            location = self.cache.pack_path(folder, language)
            pack = self._packs[folder, language] = _Pack(location, folder, _read_pack(location))
        return pack

    def get(self, path: Path, language: str) -> Parsed | None:
        pack = self._pack(path, language)
        raw = pack.stored.get(path.name)
        stamp = _stamp(path)
        if not isinstance(raw, dict) or stamp is None:
            return None
        try:  # a missing, stale or damaged entry just means: parse the file
            if (raw["size"], raw["mtime_ns"]) != stamp:
                return None
            parsed = _parsed_from(raw)
            with path.open("rb") as stream:
                current = hashlib.file_digest(stream, "sha256").hexdigest()
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None
        if current != parsed.sha256:
            return None
        pack.used[path.name] = raw
        return parsed

    def put(self, path: Path, language: str, parsed: Parsed) -> None:
        stamp = _stamp(path)
        if stamp is None:
            return
        pack = self._pack(path, language)
        pack.used[path.name] = (stamp, parsed)  # made an entry only when saved: a folder's worth at a time
        pack.changed = True

    def save(self) -> None:
        """Write back every pack this opening changed. A cache that cannot be written (or an entry it
        cannot hold) is no reason to fail the folder."""
        wrote = False
        for pack in self._packs.values():
            with contextlib.suppress(OSError, ValueError, CitebriefError):
                wrote = _save(pack) or wrote
        if wrote:
            self._prune()

    def _prune(self) -> None:
        for old in _OLD_VERSIONS:  # one small file per document: never read again
            shutil.rmtree(self.cache.folder.parent / old, ignore_errors=True)
        with contextlib.suppress(OSError):
            stats = [(p, p.stat()) for p in self.cache.folder.glob("*.json")]
            stats.sort(key=lambda item: item[1].st_mtime, reverse=True)
            total = 0
            for pack, st in stats:
                total += st.st_size
                if total > _KEPT_BYTES:
                    with contextlib.suppress(OSError):
                        pack.unlink()


def _still_current(folder: Path, name: str, raw: Any) -> bool:
    """Whether an entry this opening did not look at may still serve its file (it may be from another
    process, or for a file not opened this time): its file is there, unchanged in size and time."""
    if not isinstance(raw, dict):
        return False
    stamp = _stamp(folder / name)
    return stamp is not None and (raw.get("size"), raw.get("mtime_ns")) == stamp


def _save(pack: _Pack) -> bool:
    """Write the pack if this opening changed it or it holds entries of files gone or changed; merge
    what another process wrote since it was read. True if it was written."""
    on_disk = _read_pack(pack.path) if pack.changed else pack.stored
    others = {name: raw for name, raw in on_disk.items() if name not in pack.used}
    kept = {name: raw for name, raw in others.items() if _still_current(pack.folder, name, raw)}
    if not pack.changed and len(kept) == len(others):
        with contextlib.suppress(OSError):
            os.utime(pack.path)  # the most recently used packs are the ones kept
        return False
    files = {**kept, **{name: _entry(used) for name, used in pack.used.items()}}
    # ASCII escapes keep any lone surrogate in a file name or text writable (and are read back as is).
    data = json.dumps({"format": _FORMAT, "files": files}, ensure_ascii=True).encode("ascii")
    pack.path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(pack.path, data, durable=False)
    return True


def _entry(used: Any) -> Any:
    """A pack's entry for what an opening used: an entry read from the pack, or a new parse."""
    if not isinstance(used, tuple):
        return used
    (size, mtime_ns), parsed = used
    return {
        "size": size,
        "mtime_ns": mtime_ns,
        "text": parsed.text,
        "title": parsed.title,
        "date": parsed.date,
        "date_from": parsed.date_from.value,
        "language": parsed.language,
        "sha256": parsed.sha256,
        "partial": parsed.partial,
        "units": parsed.units,
    }


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
