"""Never lose work: every few seconds after an edit, the brief is copied to the user's data folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from citebrief.gui.brief_document import BriefDocument
from citebrief.store import AutosaveStore, BriefFile, BriefFileError

AUTOSAVE_MS = 4000


class Autosaver(QObject):
    """Writes the autosave when the document changed since the last write; `finish` clears it."""

    def __init__(
        self,
        store: AutosaveStore,
        snapshot: Callable[[], BriefFile | None],
        brief_document: BriefDocument,
        parent: QObject | None = None,
        *,
        interval_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._snapshot = snapshot
        self._dirty = False
        self._document = brief_document.document
        self._document.contentsChanged.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def _on_changed(self) -> None:
        # A brief nobody edited can be rebuilt from its folder; only the user's work needs keeping.
        if self._document.isModified():
            self._dirty = True

    def save_now(self) -> bool:
        if not self._dirty or not self._document.isModified():
            return False
        doc = self._snapshot()
        if doc is None:
            return False
        try:
            self.store.write(doc)
        except BriefFileError:
            return False  # the next tick tries again; the work is still in the window
        self._dirty = False
        return True

    def discard(self) -> None:
        self._dirty = False
        self.store.discard()

    def finish(self) -> None:
        """The window closes cleanly (saved or discarded): nothing to restore next time."""
        self.timer.stop()
        self.discard()
