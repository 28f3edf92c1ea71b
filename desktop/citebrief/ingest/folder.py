"""Folders and files -> `Corpus`, with a notice for every file that is skipped (or cut short) and why."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from citebrief.core.errors import UnreadableFileError
from citebrief.core.model import Corpus, Notice, Source
from citebrief.core.paths import display
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.ingest.boilerplate import mark_repeated_lines
from citebrief.ingest.cache import CacheSession, ParseCache, Parsed
from citebrief.ingest.decode import normalise_text, without_surrogates
from citebrief.ingest.file_text import cut_text, file_time, read_file, title_of
from citebrief.ingest.formats import FORMATS
from citebrief.ingest.language import DEFAULT_LANGUAGE, identify_language, settled_language, warm_up
from citebrief.ingest.limits import FileLimits
from citebrief.ingest.published import source_date
from citebrief.ingest.reader_process import exit_with_parent
from citebrief.ingest.sentences import overlong_note, punkt_tokenizer, split_sentences
from citebrief.ingest.walk import collect

SUPPORTED_SUFFIXES = frozenset(FORMATS)

PathLike = str | os.PathLike[str]


# A text this short that is not plainly English takes the language of most of its folder's documents
# rather than the language model's guess: the model needs a second or more of work to load, and a crawl
# note of nine words in a folder of English news is English news's page. Principled: word-level language
# identification is unreliable on a sentence or two.
_SHORT_TEXT_WORDS = 40
# ... when at least this share of the folder's other documents are in one language. Principled: a folder
# in one language with a stray page; a folder of several languages leaves each text to the model.
_MAJORITY_SHARE = 0.9


class _ModelWanted(Exception):
    """Only the language model can tell this file's language, and this process is not to load it
    (``short``: a text so short that its folder's language will do)."""

    def __init__(self, short: bool) -> None:
        super().__init__()
        self.short = short


def _parse(
    path: Path,
    language: str,
    limits: FileLimits,
    cancel: CancelToken | None = None,
    *,
    model: bool = True,
    majority: str | None = None,
) -> Parsed:
    result = read_file(path, limits, cancel)
    text, cut = cut_text(normalise_text(result.extracted.text))
    if not text.strip():
        raise UnreadableFileError("no text in the file")
    settled = settled_language(text) if language == "auto" else language
    short = settled is None and len(text.split()) < _SHORT_TEXT_WORDS
    if settled is None and (not model or (short and majority is None)):
        raise _ModelWanted(short)  # a short text waits for its folder's language (see _SHORT_TEXT_WORDS)
    short = short and bool(majority)
    if short:
        lang, unsure = str(majority), ""
    else:
        lang, unsure = identify_language(text) if language == "auto" else (language, "")
    if unsure:
        unsure = f"language not recognised ({unsure}); read as English"
    sentences = split_sentences(text, "", language=lang)
    if not sentences:
        raise UnreadableFileError("no sentences in the text")
    date, date_from = source_date(
        text, metadata=without_surrogates(result.extracted.date), language=lang, file_time=file_time(path)
    )
    return Parsed(
        text=text,
        title=title_of(text, without_surrogates(result.extracted.title), path),
        date=date,
        date_from=date_from,
        language=lang,
        sha256=result.sha256,
        partial="; ".join(p for p in (result.partial or cut or unsure, overlong_note(sentences)) if p),
        lasting=not unsure and not short,  # a short text's language is its folder's, not its own
        units=tuple((s.start, s.end, s.role.value) for s in sentences),
    )


@dataclass(frozen=True, slots=True)
class Ahead:
    """Work on each document done in the worker process that parsed it, and its result kept here.

    ``work`` runs in the worker on the parsed source: it must be a module-level function (it is sent to
    the worker by name) and its result cheap to send back. ``keep`` gets the source made here, which is
    equal to the one ``work`` saw, with that result. Files this process parses itself get no ``work``.
    """

    work: Callable[[Source], Any]
    keep: Callable[[Source, Any], None]
    # Run here once the worker processes are started: work this process would otherwise do only after
    # the folder is read, done while it mostly waits for them.
    meanwhile: Callable[[], None] | None = None


@dataclass(frozen=True, slots=True)
class _Job:
    """One file to load, as sent to a worker process."""

    path: Path
    root: Path  # the opened folder its id is relative to
    language: str
    limits: FileLimits
    work: Callable[[Source], Any] | None = None  # `Ahead.work`, done in the worker
    # For a short text only the model could tell: None until its folder's other documents are read,
    # then the language nearly all of them share ("" when they share none: the model decides).
    majority: str | None = None


def _load(job: _Job, cache: CacheSession | None, cancel: CancelToken | None = None) -> tuple[Source, str]:
    """The source and, if only part of the file could be read, why."""
    return _source(job.path, job.root, _parsed(job, cache, cancel))


def _parsed(job: _Job, cache: CacheSession | None, cancel: CancelToken | None = None) -> Parsed:
    parsed = cache.get(job.path, job.language) if cache is not None else None
    if parsed is None:
        parsed = _parse(job.path, job.language, job.limits, cancel, majority=job.majority)
        if cache is not None and parsed.lasting:
            cache.put(job.path, job.language, parsed)
    return parsed


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
        date_from=parsed.date_from,
    )
    return source, parsed.partial


_Done = tuple[Parsed, Any] | str  # a worker's parsing and the result of its `Ahead.work`, or why not


def _load_job(job: _Job) -> _Done | bool:
    """One file in a worker process: what parsing it gave and the job's work on it, or why it was
    skipped, or whether the language model is wanted when only it or the folder's other documents can
    tell its language (False: a short text, see `_SHORT_TEXT_WORDS`) (the parent reads those files:
    loaded there once, the model costs its half second once, not in every worker). The parent makes the
    `Source` (sending plain text and offsets back costs a fraction of pickling its sentence objects) and
    keeps the result in the parse cache."""
    try:
        parsed = _parse(job.path, job.language, job.limits, model=False)
    except UnreadableFileError as exc:
        return str(exc)
    except _ModelWanted as wanted:
        return not wanted.short
    if job.work is None:
        return parsed, None
    return parsed, job.work(_source(job.path, job.root, parsed)[0])


_PARALLEL_FILES = 64  # below this, starting processes costs more than it saves
# Files a worker reads per task: a task per file spent more on sending tasks and results between the
# processes than some files take. Measured on the 690 articles of the speed benchmark (2 cores, cold
# cache, 3 to 4 runs each): a file a task 2.36 to 2.47 s, 8 a task 2.21 to 2.30 s, 4, 16 and 32 alike.
_BATCH_FILES = 8


def load_file(path: Path, *, root: Path, language: str = "auto") -> Source:
    """One document as a `Source`; raise `UnreadableFileError` with the reason if it cannot be read."""
    return _load(_Job(path, root, language, FileLimits(), majority=""), None)[0]


def _run_parallel(
    jobs: list[_Job],
    workers: int,
    cancel: CancelToken | None,
    arrived: Callable[[int, _Done], None],
    meanwhile: Callable[[], None] | None = None,
) -> None:
    """Parse the jobs in worker processes, handing each job's parsing (or why it was skipped) to
    ``arrived`` as soon as it is in, in job order, so the caller works while the workers go on. Jobs
    left out are the caller's: those whose language only the language model can tell, and those a
    worker that died (the kernel's out-of-memory killer, say) left undone."""
    # The parent loads the splitting model once; forked workers inherit it ready to use.
    punkt_tokenizer(DEFAULT_LANGUAGE)
    context = mp.get_context("fork")
    loading = None
    batches = [jobs[at : at + _BATCH_FILES] for at in range(0, len(jobs), _BATCH_FILES)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=exit_with_parent) as pool:
        futures = [pool.submit(_load_batch, batch) for batch in batches]
        if meanwhile is not None:  # the workers are forked at the first job: none sees its effects
            meanwhile()
        number = 0
        for batch, future in zip(batches, futures, strict=True):
            if cancel is not None and cancel.cancelled:
                for pending in futures:
                    pending.cancel()
            check(cancel)
            try:
                results: list[_Done | bool] = future.result()
            except BrokenProcessPool:
                results = [True] * len(batch)  # left undone: this process reads them
            for result in results:
                if not isinstance(result, bool):
                    arrived(number, result)
                elif result and loading is None:
                    loading = warm_up()  # every worker is started: the model loads while they go on
                number += 1


def _load_batch(jobs: list[_Job]) -> list[_Done | bool]:
    """Several files in a worker process, one task: see `_load_job`."""
    return [_load_job(job) for job in jobs]


def _parallel_results(
    jobs: list[_Job],
    workers: int,
    store: CacheSession | None,
    cancel: CancelToken | None,
    on_source: Callable[[Source], None] | None = None,
    ahead: Ahead | None = None,
) -> list[tuple[Source | None, str] | None]:
    """Files found in the parse cache are taken from it here (forking and sending them back would cost
    more than reading them); the rest are parsed in worker processes when there are enough of them, and
    left as None for the caller to parse otherwise. ``on_source`` sees each source parsed by a worker
    as it arrives, and ``ahead`` keeps the work the worker did on it."""
    results: list[tuple[Source | None, str] | None] = [None] * len(jobs)
    if store is not None:
        for number, job in enumerate(jobs):
            check(cancel)
            parsed = store.get(job.path, job.language)
            if parsed is not None:
                results[number] = _source(job.path, job.root, parsed)
    missing = [number for number, result in enumerate(results) if result is None]

    def arrived(at: int, result: _Done) -> None:
        number = missing[at]
        job = jobs[number]
        if isinstance(result, str):
            results[number] = (None, result)
            return
        parsed, done = result
        if store is not None and parsed.lasting:
            store.put(job.path, job.language, parsed)
        made = results[number] = _source(job.path, job.root, parsed)
        if on_source is not None:
            on_source(made[0])
        if ahead is not None:
            ahead.keep(made[0], done)

    if len(missing) >= _PARALLEL_FILES:
        work = ahead.work if ahead is not None else None
        meanwhile = ahead.meanwhile if ahead is not None else None
        _run_parallel([replace(jobs[n], work=work) for n in missing], workers, cancel, arrived, meanwhile)
    return results


def load_folder(
    paths: PathLike | Sequence[PathLike],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    language: str = "auto",
    cache: ParseCache | Literal["default"] | None = "default",
    workers: int = 1,
    limits: FileLimits | None = None,
    follow_links: bool = False,
    on_source: Callable[[Source], None] | None = None,
    ahead: Ahead | None = None,
) -> Corpus:
    """Read every supported document below the given folders and files into a `Corpus`.

    ``language`` is "auto" (detected per document) or a language name that is used for every file.
    ``cache`` keeps parsed files between runs (the user's cache folder by default; None for none).
    ``workers`` > 1 parses in forked processes: for programs that run no threads of their own.
    ``limits`` bound the time and memory one PDF, DOCX or ODT may take before it is skipped.
    ``follow_links`` reads links inside a folder that lead out of it (skipped with a notice if not).
    ``on_source`` is called here with each source a worker process parsed, as soon as it arrives: work
    on single documents done there overlaps the workers' reading. (The corpus's sources may differ:
    lines repeated across the folder are marked once all are read.) ``ahead`` does work on each source
    in the worker process that parsed it, as `Ahead` says.
    """
    chosen = ParseCache.default() if cache == "default" else cache
    store = chosen.open() if chosen is not None else None
    try:
        return _load_all(
            paths, store, progress, cancel, language, workers, limits, follow_links, on_source, ahead
        )
    finally:  # what was parsed before a cancel or a failure is kept too
        if store is not None:
            store.save()


def _root_of(given: list[Path], files: Sequence[tuple[Path, Path]]) -> Path:
    """The folder sources are named relative to: the one folder given, else the files' common one."""
    dirs = [p for p in given if p.is_dir()]
    if len(dirs) == 1 and len(given) == 1:
        return dirs[0]
    return Path(os.path.commonpath([f.parent.absolute() for f, _ in files])) if files else Path()


def _majority(sources: Sequence[Source]) -> str:
    """The language at least `_MAJORITY_SHARE` of ``sources`` share, or ""."""
    languages = Counter(source.language for source in sources)
    if not languages:
        return ""
    language, count = languages.most_common(1)[0]
    return language if count >= _MAJORITY_SHARE * len(sources) else ""


def _keep(
    read: tuple[Source, str] | str, file: Path, sources: list[Source], ids: set[str], notices: list[Notice]
) -> None:
    """Add a file's source, or the notice of why it was not read, in the folder's order."""
    if isinstance(read, str):
        notices.append(Notice(display(file), read))
        return
    source, partial = read
    if source.id in ids:  # two opened roots with the same relative path, or names alike but for bytes
        notices.append(Notice(display(file), f"another file is already read as {source.id}"))
        return
    if partial:
        notices.append(Notice(display(file), partial, skipped=False))
    ids.add(source.id)
    sources.append(source)


def _read_one(
    job: _Job,
    number: int,
    results: list[tuple[Source | None, str] | None] | None,
    store: CacheSession | None,
    cancel: CancelToken | None,
) -> tuple[Source, str]:
    """The job's source and its "read in part" reason, parsed by a worker or here; raises
    `UnreadableFileError` for a file that cannot be read."""
    outcome = results[number] if results is not None else None
    if outcome is None:
        return _load(job, store, cancel)
    if outcome[0] is None:
        raise UnreadableFileError(outcome[1])
    return outcome[0], outcome[1]


def _load_all(
    paths: PathLike | Sequence[PathLike],
    store: CacheSession | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    language: str,
    workers: int,
    limits: FileLimits | None,
    follow_links: bool,
    on_source: Callable[[Source], None] | None,
    ahead: Ahead | None = None,
) -> Corpus:
    given = [Path(paths)] if isinstance(paths, str | os.PathLike) else [Path(p) for p in paths]
    language = language.strip().lower() or "auto"
    notices: list[Notice] = []
    files = collect(given, notices, follow_links=follow_links)
    parallel = workers > 1 and len(files) >= _PARALLEL_FILES and "fork" in mp.get_all_start_methods()
    root = _root_of(given, files)
    sources: list[Source] = []
    ids: set[str] = set()
    root_abs = root.absolute()
    jobs = [
        _Job(
            file,
            root if file.absolute().is_relative_to(root_abs) else base,
            language,
            limits or FileLimits(),
        )
        for file, base in files
    ]
    results = _parallel_results(jobs, workers, store, cancel, on_source, ahead) if parallel else None
    read: dict[int, tuple[Source, str] | str] = {}  # job number -> its source and note, or why not
    waiting: list[int] = []  # short texts that wait for the folder's language
    for number, job in enumerate(jobs):
        check(cancel)
        report(progress, number / max(1, len(files)), f"Reading {display(job.path.name)}")
        try:
            read[number] = _read_one(job, number, results, store, cancel)
        except _ModelWanted:
            waiting.append(number)
        except UnreadableFileError as exc:
            read[number] = str(exc)
    majority = _majority([one[0] for one in read.values() if not isinstance(one, str)])
    for number in waiting:
        try:
            read[number] = _load(replace(jobs[number], majority=majority), store, cancel)
        except UnreadableFileError as exc:
            read[number] = str(exc)
    for number in sorted(read):
        _keep(read[number], jobs[number].path, sources, ids, notices)
    report(progress, 1.0, f"Read {len(sources)} documents")
    return Corpus(
        sources=tuple(mark_repeated_lines(sources)),
        notices=tuple(notices),
        root=str(root.resolve()) if files else "",
    )
