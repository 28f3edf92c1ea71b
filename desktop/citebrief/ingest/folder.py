"""Folders and files -> `Corpus`, with a notice for every file that is skipped (or cut short) and why."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from citebrief.core.errors import UnreadableFileError
from citebrief.core.model import Corpus, Notice, Source
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.ingest.boilerplate import mark_repeated_lines
from citebrief.ingest.cache import ParseCache, Parsed
from citebrief.ingest.decode import normalise_text
from citebrief.ingest.formats import FORMATS, Extracted, read_format
from citebrief.ingest.language import DEFAULT_LANGUAGE, detect_language, warm_up
from citebrief.ingest.limits import MAX_CONTAINER_BYTES, MAX_TEXT_BYTES, MAX_TEXT_CHARS, Budget
from citebrief.ingest.roles import is_title_like
from citebrief.ingest.sentences import overlong_note, punkt_tokenizer, split_sentences
from citebrief.ingest.walk import collect, display

SUPPORTED_SUFFIXES = frozenset(FORMATS)

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class _Read:
    extracted: Extracted
    sha256: str
    partial: str  # why only part of the file was read ("" when all of it was)


_MAX_HASHED_BYTES = 1024 * 1024 * 1024


def _file_sha256(path: Path, head: bytes, size: int) -> str:
    """Fingerprint of a file read only in part: the whole file up to 1 GB (streamed), beyond that the
    part read and the size, so hashing stays bounded in time too."""
    if size > _MAX_HASHED_BYTES:
        return hashlib.sha256(head + f"\0{size}".encode()).hexdigest()
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _read(path: Path, budget: Budget) -> _Read:
    suffix = path.suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise UnreadableFileError(f"unsupported file type {suffix or '(no extension)'}")
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFileError("empty file")
        if not fmt.streamable and size > MAX_CONTAINER_BYTES:
            limit_mb = MAX_CONTAINER_BYTES // (1024 * 1024)
            raise UnreadableFileError(f"too large ({size // (1024 * 1024)} MB; the limit is {limit_mb} MB)")
        limit = MAX_TEXT_BYTES if fmt.streamable else MAX_CONTAINER_BYTES
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
        complete = len(data) <= limit
        data = data[:limit]
        if not data:
            raise UnreadableFileError("empty file")
        sha = hashlib.sha256(data).hexdigest() if complete else _file_sha256(path, data, size)
    except OSError as exc:
        raise UnreadableFileError(f"could not be read: {exc.strerror or exc}") from exc
    mb = 1024 * 1024
    partial = "" if complete else f"read only the first {limit // mb} MB of {size // mb} MB"
    extracted = read_format(suffix, data, budget, complete=complete)
    return _Read(extracted, sha, partial or extracted.partial)


def read_document(path: Path) -> tuple[str, str]:
    """Return (text, title hint) for a supported file; raise `UnreadableFileError` with a reason."""
    result = _read(path, Budget())
    return _cut(normalise_text(result.extracted.text))[0], result.extracted.title


def _cut(text: str) -> tuple[str, str]:
    """Text within `MAX_TEXT_CHARS`, cut at a line end, and the notice reason if it was cut."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, ""
    end = text.rfind("\n", 0, MAX_TEXT_CHARS)
    end = end if end > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS
    return text[:end], f"read only the first {MAX_TEXT_CHARS:,} characters"


def _title(text: str, title_hint: str, path: Path) -> str:
    first_line = next((line.strip() for line in text.split("\n", 20) if line.strip()), "")
    if is_title_like(first_line):
        return first_line.lstrip("#").strip().strip("*_").strip()
    if title_hint:
        return title_hint
    name = display(path.stem).replace("_", " ").replace("-", " ")
    return " ".join(name.split()) or display(path.name)


def _parse(path: Path, language: str) -> Parsed:
    result = _read(path, Budget())
    text, cut = _cut(normalise_text(result.extracted.text))
    if not text.strip():
        raise UnreadableFileError("no text in the file")
    lang = detect_language(text) if language == "auto" else language
    sentences = split_sentences(text, "", language=lang)
    if not sentences:
        raise UnreadableFileError("no sentences in the text")
    return Parsed(
        text=text,
        title=_title(text, result.extracted.title, path),
        date=result.extracted.date,
        language=lang,
        sha256=result.sha256,
        partial="; ".join(p for p in (result.partial or cut, overlong_note(sentences)) if p),
        units=tuple((s.start, s.end, s.role.value) for s in sentences),
    )


def _load(path: Path, *, root: Path, language: str, cache: ParseCache | None = None) -> tuple[Source, str]:
    """The source and, if only part of the file could be read, why."""
    parsed = cache.get(path, language) if cache is not None else None
    if parsed is None:
        parsed = _parse(path, language)
        if cache is not None:
            cache.put(path, language, parsed)
    return _source(path, root, parsed)


def _source(path: Path, root: Path, parsed: Parsed) -> tuple[Source, str]:
    relpath = display(path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name)
    source = Source(
        id=relpath,
        path=str(path.absolute()),
        title=parsed.title,
        text=parsed.text,
        sha256=parsed.sha256,
        language=parsed.language,
        sentences=parsed.sentences(relpath),
        relpath=relpath,
        date=parsed.date,
    )
    return source, parsed.partial


def _load_job(job: tuple[Path, Path, str, Path | None]) -> tuple[Source | None, str]:
    """One file in a worker process: (source, partial reason) or (None, why it was skipped)."""
    path, root, language, cache_folder = job
    try:
        return _load(
            path, root=root, language=language, cache=ParseCache(cache_folder) if cache_folder else None
        )
    except UnreadableFileError as exc:
        return None, str(exc)


_PARALLEL_FILES = 64  # below this, starting processes costs more than it saves


def load_file(path: Path, *, root: Path, language: str = "auto") -> Source:
    """One document as a `Source`; raise `UnreadableFileError` with the reason if it cannot be read."""
    return _load(path, root=root, language=language)[0]


def _run_parallel(
    jobs: list[tuple[Path, Path, str, Path | None]], workers: int, cancel: CancelToken | None
) -> list[tuple[Source | None, str]]:
    # The parent loads the splitting and language models once; forked workers inherit them ready to use
    # (loaded in each worker instead, the language model costs its second or two in every one of them).
    punkt_tokenizer(DEFAULT_LANGUAGE)
    if any(language == "auto" for _path, _root, language, _cache in jobs):
        warm_up().join()
    context = mp.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_load_job, job) for job in jobs]
        results = []
        for future in futures:
            if cancel is not None and cancel.cancelled:
                for pending in futures:
                    pending.cancel()
            check(cancel)
            results.append(future.result())
    return results


def _parallel_results(
    jobs: list[tuple[Path, Path, str, Path | None]],
    workers: int,
    store: ParseCache | None,
    cancel: CancelToken | None,
) -> list[tuple[Source | None, str] | None]:
    """Files found in the parse cache are taken from it here (forking and sending them back would cost
    more than reading them); the rest are parsed in worker processes when there are enough of them, and
    left as None for the caller to parse otherwise."""
    results: list[tuple[Source | None, str] | None] = [None] * len(jobs)
    if store is not None:
        for number, (path, root, language, _folder) in enumerate(jobs):
            check(cancel)
            parsed = store.get(path, language)
            if parsed is not None:
                results[number] = _source(path, root, parsed)
    missing = [number for number, result in enumerate(results) if result is None]
    if len(missing) >= _PARALLEL_FILES:
        for number, result in zip(
            missing, _run_parallel([jobs[n] for n in missing], workers, cancel), strict=True
        ):
            results[number] = result
    return results


def load_folder(
    paths: PathLike | Sequence[PathLike],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    language: str = "auto",
    cache: ParseCache | Literal["default"] | None = "default",
    workers: int = 1,
) -> Corpus:
    """Read every supported document below the given folders and files into a `Corpus`.

    ``language`` is "auto" (detected per document) or a language name that is used for every file.
    ``cache`` keeps parsed files between runs (the user's cache folder by default; None for none).
    ``workers`` > 1 parses in forked processes: for programs that run no threads of their own.
    """
    store = ParseCache.default() if cache == "default" else cache
    given = [Path(paths)] if isinstance(paths, str | os.PathLike) else [Path(p) for p in paths]
    language = language.strip().lower() or "auto"
    notices: list[Notice] = []
    files = collect(given, notices)
    parallel = workers > 1 and len(files) >= _PARALLEL_FILES and "fork" in mp.get_all_start_methods()
    dirs = [p for p in given if p.is_dir()]
    if len(dirs) == 1 and len(given) == 1:
        root = dirs[0]
    else:
        root = Path(os.path.commonpath([f.parent.absolute() for f, _ in files])) if files else Path()
    sources: list[Source] = []
    ids: set[str] = set()
    root_abs = root.absolute()
    jobs = [
        (
            file,
            root if file.absolute().is_relative_to(root_abs) else base,
            language,
            store.folder.parent if store else None,
        )
        for file, base in files
    ]
    results = _parallel_results(jobs, workers, store, cancel) if parallel else None
    for number, (file, job_root, _lang, _cache) in enumerate(jobs):
        check(cancel)
        report(progress, number / max(1, len(files)), f"Reading {display(file.name)}")
        try:
            if results is not None and results[number] is not None:
                loaded, reason = results[number]  # type: ignore[misc]
                if loaded is None:
                    raise UnreadableFileError(reason)
                source, partial = loaded, reason
            else:
                source, partial = _load(file, root=job_root, language=language, cache=store)
        except UnreadableFileError as exc:
            notices.append(Notice(display(file), str(exc)))
            continue
        if source.id in ids:  # two opened roots with the same relative path
            continue
        if partial:
            notices.append(Notice(display(file), partial, skipped=False))
        ids.add(source.id)
        sources.append(source)
    report(progress, 1.0, f"Read {len(sources)} documents")
    return Corpus(
        sources=tuple(mark_repeated_lines(sources)),
        notices=tuple(notices),
        root=str(root.resolve()) if files else "",
    )
