"""PDF, DOCX and ODT are extracted in a child process that is killed when it overruns.

pypdf and python-docx walk untrusted structure in pure Python and lxml: one page of a 19 KB PDF can
keep pypdf busy for a minute, a small DOCX can make lxml build gigabytes. The readers' own `Budget`
is only polled between pages, so extraction runs in a child process with a deadline and, where the
system enforces it (Linux), a cap on the memory it may add. A child that overruns is killed, the file
gets a notice, and the next container file starts a fresh child. The child is started by "spawn" on
every system (no inherited threads or locks from the window), stays for the next files, and exits
when its parent does.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from citebrief.core.errors import Cancelled, UnreadableFileError
from citebrief.core.progress import CancelToken
from citebrief.ingest.formats import Extracted, ReaderMemoryError, read_format
from citebrief.ingest.limits import Budget, FileLimits

_POLL_SECONDS = 0.1  # how often a waiting parent looks at the cancel token
_START_SECONDS = 120.0  # a fresh interpreter importing pypdf and python-docx: 0.5 s, more on a busy disk
_SLOW = "took too long to read (stopped after {:g} s)"
_DIED = "too large or complex to read (its reader ran out of memory or crashed)"


def _address_space() -> int | None:
    """Bytes of address space this process holds now (Linux); None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _cap_memory(extra: int, base: int | None) -> None:
    try:
        import resource
    except ImportError:  # Windows: the deadline still applies
        return
    if base is None:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = base + extra
    if hard == resource.RLIM_INFINITY or wanted <= hard:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _watch() -> None:
    parent = mp.parent_process()
    if parent is None:
        return
    parent.join()  # returns once the parent has exited or been killed, on every system
    os._exit(0)


def exit_with_parent() -> None:
    """Make this child process (started by multiprocessing) stop as soon as its parent is gone, even
    mid-file: a killed parent would otherwise leave it asleep or busy for minutes."""
    threading.Thread(target=_watch, name="parent-watch", daemon=True).start()


def _serve(jobs: Connection, results: Connection) -> None:
    import docx  # noqa: F401  # the parsers are loaded before the memory cap is measured
    import pypdf  # noqa: F401

    exit_with_parent()
    base = _address_space()
    results.send(("ready", None))  # a file's deadline starts after this start-up, not before
    while True:
        try:
            suffix, data, limits = jobs.recv()
        except (EOFError, OSError):
            return
        _cap_memory(limits.memory, base)
        outcome: tuple[str, Any]
        try:
            outcome = ("text", read_format(suffix, data, Budget(seconds=limits.seconds)))
        except ReaderMemoryError as exc:
            outcome = ("exhausted", str(exc))
        except UnreadableFileError as exc:
            outcome = ("skip", str(exc))
        del data
        results.send(outcome)
        if outcome[0] == "exhausted":
            return  # a heap that once hit the cap is not trusted with the next file (the parent knows)


class ReaderProcess:
    """One child process that extracts container files, one at a time, within `FileLimits`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._pipes: tuple[Connection, Connection] | None = None  # jobs out, results in

    def _connection(self) -> tuple[Connection, Connection]:
        if self._pipes is not None and self._process is not None and self._process.is_alive():
            return self._pipes
        self.stop()
        context = mp.get_context("spawn")
        # One-way OS pipes, not a socket pair: nothing here looks like a network connection.
        job_in, job_out = context.Pipe(duplex=False)
        result_in, result_out = context.Pipe(duplex=False)
        process = context.Process(target=_serve, args=(job_in, result_out), daemon=True)
        process.start()
        job_in.close()
        result_out.close()
        self._process, self._pipes = process, (job_out, result_in)
        try:
            ready = result_in.poll(_START_SECONDS) and result_in.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise UnreadableFileError("could not start the process that reads PDF and Word files")
        return self._pipes

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        for pipe in self._pipes or ():
            pipe.close()
        self._process = self._pipes = None

    def extract(
        self, suffix: str, data: bytes, limits: FileLimits, cancel: CancelToken | None = None
    ) -> Extracted:
        """The file's text, or `UnreadableFileError` when it is damaged or overruns its limits."""
        with self._lock:
            jobs, results = self._connection()
            deadline = time.monotonic() + limits.deadline
            try:
                jobs.send((suffix, data, limits))
                while not results.poll(_POLL_SECONDS):
                    if cancel is not None and cancel.cancelled:
                        self.stop()
                        raise Cancelled()
                    if time.monotonic() > deadline:
                        self.stop()
                        raise UnreadableFileError(_SLOW.format(limits.deadline))
                kind, value = results.recv()
            except (EOFError, OSError) as exc:
                self.stop()
                raise UnreadableFileError(_DIED) from exc
            if kind == "exhausted":
                self.stop()  # it is exiting: the next file gets a fresh process
        if kind == "text":
            assert isinstance(value, Extracted)
            return value
        raise UnreadableFileError(str(value))


_READERS: dict[int, ReaderProcess] = {}  # by process id: a forked worker starts its own child


def extract_isolated(
    suffix: str, data: bytes, limits: FileLimits, cancel: CancelToken | None = None
) -> Extracted:
    reader = _READERS.get(os.getpid())
    if reader is None:
        reader = _READERS.setdefault(os.getpid(), ReaderProcess())
    return reader.extract(suffix, data, limits, cancel)
