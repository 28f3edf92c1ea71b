"""Brief files (``.citebrief``, JSON) and the autosave copy kept while the user edits (no Qt).

A brief file holds what is needed to reopen the work exactly: the folder (or files) it was made from,
the options, the edited brief with its citations, the sources left out, and each source's sha256 so a
reopened brief can tell which sources changed or vanished since (their citations are then *stale*).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from citebrief.core.atomic import write_text_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import Brief, Citation, Corpus, Source, SourceRef
from citebrief.core.paths import display, path_fields, path_from, paths_fields, paths_from
from citebrief.core.serial import brief_from_dict, brief_to_dict
from citebrief.store_schema import MAX_BRIEF_FILE_BYTES, first_problem

SUFFIX = ".citebrief"
FORMAT_NAME = "citebrief"
FORMAT_VERSION = 1
AUTOSAVE_NAME = "autosave" + SUFFIX


class BriefFileError(CitebriefError):
    """A brief file could not be read or written; the message says why in the user's terms."""


@dataclass(frozen=True, slots=True)
class BriefFile:
    """Everything a ``.citebrief`` file stores."""

    brief: Brief
    paths: tuple[str, ...] = ()  # the folder(s) and/or files the corpus was loaded from
    excluded: frozenset[str] = frozenset()  # source ids the user left out
    saved_as: str = ""  # for autosaves: the brief file being edited ("" when never saved)
    # Where the sources would be if the brief moved with them, found only by climbing out of the
    # brief file's own folder: a file from elsewhere must not make Citebrief read e.g. /etc. The
    # window asks the user before reading them (`with_outside`); nothing else reads them.
    outside: tuple[tuple[str, str], ...] = ()  # (path as stored, where it was found)

    @property
    def folder(self) -> str:
        return self.brief.root or (self.paths[0] if self.paths else "")

    def with_outside(self) -> BriefFile:
        """The file as if the user agreed to read the sources outside its folder."""
        moved = dict(self.outside)
        return replace(self, paths=tuple(moved.get(p, p) for p in self.paths), outside=())


def to_dict(doc: BriefFile, *, relative_to: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        **path_fields("folder", doc.folder),
        **paths_fields("paths", doc.paths),
        "excluded": sorted(doc.excluded),
        "options": brief_to_dict(doc.brief)["options"],
        "sources": [
            {"id": r.id, **path_fields("path", r.path), "relpath": r.relpath, "sha256": r.sha256}
            for r in doc.brief.sources
        ],
        "brief": brief_to_dict(doc.brief),
    }
    if relative_to is not None:
        # Lets a brief and its folder move together (e.g. to another machine) and still reopen.
        data |= paths_fields("relative_paths", [_relative(p, relative_to) for p in doc.paths])
    if doc.saved_as:
        data |= path_fields("saved_as", doc.saved_as)
    return data


def from_dict(data: Any, *, relative_to: Path | None = None) -> BriefFile:
    """The brief file's contents; `BriefFileError` with one line saying what is wrong otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BriefFileError("this is not a Citebrief brief file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BriefFileError("this brief file was written by a newer Citebrief; please update Citebrief")
    problem = first_problem(data)
    if problem is not None:
        raise BriefFileError(f"the brief file is damaged ({problem})")
    try:
        brief = brief_from_dict(data["brief"])
    except (KeyError, TypeError, ValueError) as exc:  # what the schema cannot say (e.g. start > end)
        raise BriefFileError(f"the brief file is damaged ({exc.__class__.__name__}: {exc})") from exc
    folder = path_from(data, "folder")
    paths = tuple(str(p) for p in paths_from(data, "paths") if p is not None) or ((folder,) if folder else ())
    rel = paths_from(data, "relative_paths") if "relative_paths" in data else []
    outside: list[tuple[str, str]] = []
    if relative_to is not None and len(rel) == len(paths):
        paths, outside = _moved(paths, rel, relative_to)
    return BriefFile(
        brief=brief,
        paths=paths,
        outside=tuple(outside),
        excluded=frozenset(str(x) for x in data.get("excluded", ())),
        saved_as=path_from(data, "saved_as"),
    )


def _moved(
    paths: Sequence[str], rel: Sequence[str | None], base: Path
) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """Paths that no longer exist, found again relative to the brief file (it moved with them):
    those inside its folder replace the stored ones; those outside are returned apart."""
    found: list[str] = []
    outside: list[tuple[str, str]] = []
    inside = base.resolve()
    for path, relative in zip(paths, rel, strict=True):
        if os.path.exists(path) or relative is None:
            found.append(path)
            continue
        candidate = (base / relative).resolve()
        if candidate.is_relative_to(inside):
            found.append(str(candidate))
        else:
            found.append(path)
            outside.append((path, str(candidate)))
    return tuple(found), outside


def _relative(path: str, base: Path) -> str | None:
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return None


def save_brief(path: str | os.PathLike[str], doc: BriefFile) -> None:
    """Write ``doc`` to ``path`` atomically; raises `BriefFileError` with a reason a user understands."""
    target = Path(path)
    text = json.dumps(to_dict(doc, relative_to=target.parent.resolve()), ensure_ascii=False, indent=2)
    try:
        write_text_atomic(target, text + "\n")
    except CitebriefError as exc:
        raise BriefFileError(str(exc)) from exc


def open_brief(path: str | os.PathLike[str]) -> BriefFile:
    """Read a brief file; raises `BriefFileError` when it is missing, unreadable or not a brief."""
    target = Path(path)
    shown = display(target)
    try:
        with target.open("rb") as stream:
            raw = stream.read(MAX_BRIEF_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise BriefFileError(f"{shown} does not exist") from exc
    except OSError as exc:
        raise BriefFileError(f"cannot read {shown}: {exc.strerror or exc}") from exc
    if len(raw) > MAX_BRIEF_FILE_BYTES:
        limit = MAX_BRIEF_FILE_BYTES // (1024 * 1024)
        raise BriefFileError(f"{display(target.name)} is too large for a brief file (over {limit} MB)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BriefFileError(f"{display(target.name)} is not a Citebrief brief file (not JSON)") from exc
    return from_dict(data, relative_to=target.parent.resolve())


# --- stale citations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaleReport:
    """Which sources changed or vanished since a brief was made, and which citations that touches."""

    sources: dict[str, str] = field(default_factory=dict)  # source id -> reason for the user
    citations: frozenset[tuple[int, int]] = frozenset()  # (item index, citation index)

    @property
    def is_stale(self) -> bool:
        return bool(self.sources or self.citations)

    def reason(self, source_id: str) -> str:
        return self.sources.get(source_id, "")


def match_source(ref: SourceRef, corpus: Corpus) -> Source | None:
    """The corpus source a brief's reference points to: by id, then by relative path, then by path."""
    for src in corpus.sources:
        if src.id == ref.id:
            return src
    for src in corpus.sources:
        if (ref.relpath and src.relpath == ref.relpath) or (ref.path and src.path == ref.path):
            return src
    return None


def citation_holds(cit: Citation, source: Source) -> bool:
    return 0 <= cit.start <= cit.end <= len(source.text) and source.text[cit.start : cit.end] == cit.quote


def find_stale(brief: Brief, corpus: Corpus) -> StaleReport:
    """Compare a (reopened) brief with the corpus as it is on disk now."""
    reasons: dict[str, str] = {}
    current: dict[str, Source] = {}
    for ref in brief.sources:
        src = match_source(ref, corpus)
        if src is None:
            reasons[ref.id] = f"{ref.relpath or ref.path} is missing"
            continue
        current[ref.id] = src
        if ref.sha256 and src.sha256 and ref.sha256 != src.sha256:
            reasons[ref.id] = f"{ref.relpath or ref.path} changed since this brief was made"
    stale: set[tuple[int, int]] = set()
    for i, item in enumerate(brief.items):
        for j, cit in enumerate(item.citations):
            src = current.get(cit.source_id)
            if cit.source_id in reasons or src is None or not citation_holds(cit, src):
                stale.add((i, j))
                if src is not None and cit.source_id not in reasons:
                    reasons[cit.source_id] = f"{src.display_path} no longer contains a quoted sentence"
    return StaleReport(sources=reasons, citations=frozenset(stale))


# --- autosave ----------------------------------------------------------------------------------


class AutosaveStore:
    """The copy of unsaved work kept in the user's data folder, offered back after a crash."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    @property
    def path(self) -> Path:
        return self.folder / AUTOSAVE_NAME

    def write(self, doc: BriefFile) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        save_brief(self.path, doc)

    def read(self) -> BriefFile | None:
        """The autosaved work, or None when there is none (or it cannot be read any more)."""
        if not self.path.exists():
            return None
        try:
            return open_brief(self.path)
        except BriefFileError:
            return None

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def brief_file_paths(paths: Sequence[str]) -> list[str]:
    """The ``.citebrief`` files among ``paths`` (what the user asked to open as a brief)."""
    return [p for p in paths if p.lower().endswith(SUFFIX) and os.path.isfile(p)]
