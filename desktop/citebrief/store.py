"""Brief files (``.citebrief``, JSON) and the autosave copy kept while the user edits (no Qt).

A brief file holds what is needed to reopen the work exactly: the folder (or files) it was made from,
the options, the edited brief with its citations, the sources left out, and each source's sha256 so a
reopened brief can tell which sources changed or vanished since (their citations are then *stale*).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from citebrief.core.atomic import write_text_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import (
    Brief,
    BriefItem,
    Citation,
    Corpus,
    Disagreement,
    Sentence,
    Source,
    SourceRef,
)
from citebrief.core.paths import display, path_from, paths_from
from citebrief.core.serial import BRIEF_FILE_FORMAT as FORMAT_NAME
from citebrief.core.serial import BRIEF_FILE_VERSION as FORMAT_VERSION
from citebrief.core.serial import brief_file_dict, brief_from_dict
from citebrief.store_schema import MAX_BRIEF_FILE_BYTES, first_problem, migrate

SUFFIX = ".citebrief"
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
    relative = None if relative_to is None else [_relative(p, relative_to) for p in doc.paths]
    return brief_file_dict(
        doc.brief, paths=doc.paths, excluded=doc.excluded, relative_paths=relative, saved_as=doc.saved_as
    )


def from_dict(data: Any, *, relative_to: Path | None = None) -> BriefFile:
    """The brief file's contents; `BriefFileError` with one line saying what is wrong otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BriefFileError("this is not a Citebrief brief file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BriefFileError("this brief file was written by a newer Citebrief; please update Citebrief")
    data = migrate(data)  # an older version opens as the current one
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
    try:
        return from_dict(data, relative_to=target.parent.resolve())
    except BriefFileError as exc:  # say which file: the command line may be given several
        raise BriefFileError(f"{display(target.name)}: {exc}") from exc


# --- stale citations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaleReport:
    """Which sources changed or vanished since a brief was made, and which citations that touches."""

    sources: dict[str, str] = field(default_factory=dict)  # source id -> reason for the user
    citations: frozenset[tuple[int, int]] = frozenset()  # (item index, citation index)

    @property
    def is_stale(self) -> bool:
        """Some citation no longer holds (a source may have changed with every quote still in it)."""
        return bool(self.citations)

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


def _sentence_at(source: Source, offset: int) -> int:
    """Index of the sentence holding ``offset`` (the nearest one before it when none does)."""
    found = 0
    for sentence in source.sentences:
        if sentence.start > offset:
            break
        found = sentence.index
    return found


def relocate(cit: Citation, source: Source) -> Citation | None:
    """The citation as it stands in ``source`` now: unchanged while its quote is at its span, moved to
    the nearest place where the exact quote now stands, or None when the quote is gone."""
    if citation_holds(cit, source):
        return cit
    if not cit.quote:
        return None
    spots: list[int] = []
    at = source.text.find(cit.quote)
    while at >= 0:
        spots.append(at)
        at = source.text.find(cit.quote, at + 1)
    if not spots:
        return None
    start = min(spots, key=lambda p: abs(p - cit.start))
    return replace(cit, start=start, end=start + len(cit.quote), sentence_index=_sentence_at(source, start))


def _current_sources(brief: Brief, corpus: Corpus) -> tuple[dict[str, Source], dict[str, str]]:
    """The corpus source of each of the brief's sources, and why a source is missing or changed."""
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
    return current, reasons


def reconcile(brief: Brief, corpus: Corpus) -> tuple[Brief, StaleReport]:
    """Compare a (reopened) brief with the corpus as it is on disk now.

    A citation is stale only when its quote is no longer at its span: one whose exact quote now stands
    elsewhere in its (changed) source is moved there; the brief returned holds the moved citations.
    """
    current, reasons = _current_sources(brief, corpus)
    stale: set[tuple[int, int]] = set()
    items = []
    for i, item in enumerate(brief.items):
        cits = []
        for j, cit in enumerate(item.citations):
            src = current.get(cit.source_id)
            moved = relocate(cit, src) if src is not None else None
            if moved is None:
                stale.add((i, j))
                if src is not None and cit.source_id not in reasons:
                    reasons[cit.source_id] = f"{src.display_path} no longer contains a quoted sentence"
            cits.append(moved or cit)
        items.append(replace(item, citations=tuple(cits), disagreements=held_disagreements(item, current)))
    return replace(brief, items=tuple(items)), StaleReport(sources=reasons, citations=frozenset(stale))


def held_disagreements(item: BriefItem, current: dict[str, Source]) -> tuple[Disagreement, ...]:
    """An item's disagreements as the sources stand now: each quote follows its sentence; a version
    whose sentences are all gone leaves, and a disagreement left with one version is none."""
    kept = []
    for found in item.disagreements:
        values = []
        for value in found.values:
            moved = (relocate(c, current[c.source_id]) for c in value.citations if c.source_id in current)
            cits = tuple(c for c in moved if c is not None)
            if cits:
                values.append(replace(value, citations=cits))
        if len(values) >= 2:
            kept.append(replace(found, values=tuple(values)))
    return tuple(kept)


def find_stale(brief: Brief, corpus: Corpus) -> StaleReport:
    """Which of the brief's sources changed or vanished, and which citations no longer hold."""
    return reconcile(brief, corpus)[1]


# The closest sentence of the changed source must share this much of the old quote (difflib's ratio) to
# take over its citation: one changed word in a news sentence keeps the ratio above 0.9; an unrelated
# sentence of the same story scores about 0.3-0.5 (checked on the sample articles).
SAME_SENTENCE_RATIO = 0.6


def _likeness(quote: str, sentence: Sentence) -> float:
    return difflib.SequenceMatcher(None, quote, sentence.text, autojunk=False).ratio()


def update_citations(brief: Brief, corpus: Corpus) -> tuple[Brief, int]:
    """Point each stale citation at the sentence of its source that now says (nearly) the same.

    Sentences the user edited keep their text; an unedited sentence shows the new quote. Returns the
    brief and how many citations were updated; citations with no close sentence stay as they were.
    """
    brief, report = reconcile(brief, corpus)
    current, _reasons = _current_sources(brief, corpus)
    items = list(brief.items)
    updated = 0
    for i, j in sorted(report.citations):
        item, cit = items[i], items[i].citations[j]
        src = current.get(cit.source_id)
        if src is None:
            continue
        scored = [(_likeness(cit.quote, s), s.index) for s in src.sentences]
        if not scored or max(scored)[0] < SAME_SENTENCE_RATIO:
            continue
        best = src.sentence(max(scored)[1])
        new = Citation(cit.source_id, best.index, best.start, best.end, best.text)
        cits = (*item.citations[:j], new, *item.citations[j + 1 :])
        text = best.text if j == 0 and not item.edited else item.text
        items[i] = replace(item, text=text, citations=cits)
        updated += 1
    return replace(brief, items=tuple(items)), updated


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
