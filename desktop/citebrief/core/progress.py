"""Progress reporting and cancellation between pure computation and any front end."""

from __future__ import annotations

import threading
from collections.abc import Callable

from citebrief.core.errors import Cancelled

ProgressCallback = Callable[[float, str], None]
"""Called with a fraction in [0, 1] and a short message for the user."""


class CancelToken:
    """A thread-safe flag a front end sets and long-running work polls."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


def report(progress: ProgressCallback | None, fraction: float, message: str) -> None:
    """Send progress if anyone listens; clamps the fraction so callers need not."""
    if progress is not None:
        progress(min(1.0, max(0.0, fraction)), message)


def check(cancel: CancelToken | None) -> None:
    """Raise `Cancelled` when the token is set; a no-op without a token."""
    if cancel is not None:
        cancel.raise_if_cancelled()
