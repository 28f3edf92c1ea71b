"""Background work: run an engine call on a thread pool, report progress and results as queued signals.

The engine and ingest take a plain progress callback and a `CancelToken`; `TaskRunner` hands them an
adapter whose calls become Qt signals delivered on the GUI thread, so the window never freezes.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from citebrief.core.errors import Cancelled, CitebriefError
from citebrief.core.progress import CancelToken, ProgressCallback

Work = Callable[[ProgressCallback, CancelToken], Any]


class _TaskSignals(QObject):
    progress_changed = Signal(int, float, str)
    succeeded = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Work, token: CancelToken, signals: _TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._work = work
        self._token = token
        self._signals = signals
        self._last_report = 0.0

    def _progress(self, fraction: float, message: str) -> None:
        # Thousands of callbacks per second would flood the GUI event queue; a few per second suffice.
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_report < 0.05:
            return
        self._last_report = now
        self._signals.progress_changed.emit(self._id, fraction, message)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._token)
            if self._token.cancelled:
                raise Cancelled("cancelled")
        except Cancelled:
            self._signals.cancelled.emit(self._id)
        except CitebriefError as exc:
            self._signals.failed.emit(self._id, str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the worker silently
            traceback.print_exc()
            self._signals.failed.emit(self._id, f"{exc.__class__.__name__}: {exc}")
        else:
            self._signals.succeeded.emit(self._id, result)


class TaskRunner(QObject):
    """Runs one kind of job at a time: starting a new one cancels the previous (its result is dropped).

    Signals carry only the current job's events: ``progress_changed(fraction, message)``,
    ``succeeded(result)``, ``failed(message)``, ``cancelled()``, and ``busy_changed(busy)``.
    """

    progress_changed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._signals = _TaskSignals(self)
        self._signals.progress_changed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._current = 0
        self._token: CancelToken | None = None
        self._next_id = 0

    @property
    def busy(self) -> bool:
        return self._token is not None

    def start(self, work: Work) -> None:
        if self._token is not None:
            self._token.cancel()
        self._next_id += 1
        self._current = self._next_id
        self._token = CancelToken()
        self._pool.start(_Task(self._current, work, self._token, self._signals))
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Ask the running job to stop; ``cancelled`` follows once it has."""
        if self._token is not None:
            self._token.cancel()

    def _finish(self, task_id: int) -> bool:
        if task_id != self._current or self._token is None:
            return False
        self._token = None
        self.busy_changed.emit(False)
        return True

    def _on_progress(self, task_id: int, fraction: float, message: str) -> None:
        if task_id == self._current and self._token is not None:
            self.progress_changed.emit(fraction, message)

    def _on_succeeded(self, task_id: int, result: object) -> None:
        if self._finish(task_id):
            self.succeeded.emit(result)

    def _on_failed(self, task_id: int, message: str) -> None:
        if self._finish(task_id):
            self.failed.emit(message)

    def _on_cancelled(self, task_id: int) -> None:
        if self._finish(task_id):
            self.cancelled.emit()
