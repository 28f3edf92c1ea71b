"""Folders and files -> `Corpus`, with a notice for every file that is skipped and why."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from citebrief.core.errors import UnreadableFileError
from citebrief.core.model import Corpus, Notice, Source
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.ingest.decode import decode_bytes, normalise_text
from citebrief.ingest.roles import is_title_like
from citebrief.ingest.sentences import DEFAULT_LANGUAGE, split_sentences

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 50 * 1024 * 1024

PathLike = str | os.PathLike[str]


def _walk(root: Path, notices: list[Notice]) -> Iterator[Path]:
    """Files below ``root`` in a stable order; hidden entries are reported once and skipped."""
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                notices.append(Notice(str(folder), "folder already read (a link loops back to it)"))
                continue
            seen_dirs.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            notices.append(Notice(str(folder), f"folder could not be read: {exc.strerror or exc}"))
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                notices.append(Notice(str(path), "hidden file or folder"))
                continue
            try:
                if entry.is_dir():
                    subdirs.append(path)
                elif entry.is_file():
                    yield path
                else:
                    notices.append(Notice(str(path), "not a regular file"))
            except OSError as exc:
                notices.append(Notice(str(path), f"could not be read: {exc.strerror or exc}"))
        stack.extend(reversed(subdirs))


def _collect(paths: Sequence[Path], notices: list[Notice]) -> list[tuple[Path, Path]]:
    """(file, root it is relative to) for everything the user opened, without duplicates."""
    found: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            files = [(f, given) for f in _walk(given, notices)]
        elif given.is_file():
            files = [(given, given.parent)]
        else:
            notices.append(Notice(str(given), "no such file or folder"))
            continue
        for file, root in files:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append((file, root))
    return found


def read_document(path: Path) -> tuple[str, str]:
    """Return (text, title hint) for a supported file; raise `UnreadableFileError` with a reason."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFileError(f"unsupported file type {suffix or '(no extension)'}")
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFileError("empty file")
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(f"too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"could not be read: {exc.strerror or exc}") from exc
    text, _encoding = decode_bytes(data)
    title_hint = ""
    if suffix in HTML_SUFFIXES:
        from citebrief.ingest.html_text import html_to_text

        text, title_hint = html_to_text(text)
    return normalise_text(text), title_hint


def _title(text: str, title_hint: str, path: Path) -> str:
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if is_title_like(first_line):
        return first_line.lstrip("#").strip().strip("*_").strip()
    if title_hint:
        return title_hint
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def load_file(path: Path, *, root: Path, language: str = "auto") -> Source:
    data_text, title_hint = read_document(path)
    if not data_text.strip():
        raise UnreadableFileError("no text in the file")
    lang = DEFAULT_LANGUAGE if language == "auto" else language
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    sentences = split_sentences(data_text, relpath, language=lang)
    if not sentences:
        raise UnreadableFileError("no sentences in the text")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Source(
        id=relpath,
        path=str(path.resolve()),
        title=_title(data_text, title_hint, path),
        text=data_text,
        sha256=sha,
        language=lang,
        sentences=sentences,
        relpath=relpath,
    )


def load_folder(
    paths: PathLike | Sequence[PathLike],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    language: str = "auto",
) -> Corpus:
    """Read every supported document below the given folders and files into a `Corpus`."""
    given = [Path(paths)] if isinstance(paths, str | os.PathLike) else [Path(p) for p in paths]
    notices: list[Notice] = []
    files = _collect(given, notices)
    dirs = [p for p in given if p.is_dir()]
    if len(dirs) == 1 and len(given) == 1:
        root = dirs[0]
    else:
        root = Path(os.path.commonpath([f.parent for f, _ in files])) if files else Path()
    sources: list[Source] = []
    ids: set[str] = set()
    for number, (file, base) in enumerate(files):
        check(cancel)
        report(progress, number / max(1, len(files)), f"Reading {file.name}")
        try:
            source = load_file(file, root=root if file.is_relative_to(root) else base, language=language)
        except UnreadableFileError as exc:
            notices.append(Notice(str(file), str(exc)))
            continue
        if source.id in ids:  # two opened roots with the same relative path
            continue
        ids.add(source.id)
        sources.append(source)
    report(progress, 1.0, f"Read {len(sources)} documents")
    return Corpus(sources=tuple(sources), notices=tuple(notices), root=str(root.resolve()) if files else "")
