"""Updating a reopened brief with the articles its folder gained or changed, and accepting what is new.

`UpdateBar` is the offer above the brief (non-modal: the user may keep reading, editing or ignore it);
`BriefUpdates` decides when to offer, runs the update off the GUI thread (``engine.update``), shows the
result as one undoable step, and accepts new sentences one by one (the editor's context menu) or all
at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from citebrief.core.model import Brief, SourceRef
from citebrief.core.progress import CancelToken, ProgressCallback
from citebrief.engine.names import corpus_refusal
from citebrief.gui.actions import ActionId
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_editor import BriefEditor
from citebrief.gui.tasks import TaskRunner
from citebrief.gui.workspace import Workspace
from citebrief.store import BriefFile

if TYPE_CHECKING:
    from citebrief.engine.update import UpdateResult


class UpdateBar(QFrame):
    """ "Since this brief was saved, 2 articles were added. [Update Brief] [×]"; after the update,
    how many sentences are new and [Accept All]."""

    update_requested = Signal()
    accept_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton("Update Brief")
        self.button.setToolTip("Add the new articles' news to the brief, marked new; your edits stay")
        self.button.clicked.connect(self.update_requested)
        self.accept_button = QPushButton("Accept All")
        self.accept_button.setToolTip("Keep every new sentence, without its highlight")
        self.accept_button.clicked.connect(self.accept_all_requested)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.setToolTip("Keep the brief as it is (Brief > Update Brief still offers it)")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.close_button)
        self.telling_new = False
        self.hide()

    def offer(self, what: str) -> None:
        self.label.setText(f"Since this brief was saved, {what}.")
        self._show(telling_new=False)

    def tell_new(self, count: int) -> None:
        """Say what the highlight means while new sentences wait; hidden when none do."""
        if not count:
            self.hide()
            return
        many = "s are" if count != 1 else " is"
        self.label.setText(
            f"{count} new sentence{many} highlighted until you accept them: right-click one to accept it."
        )
        self._show(telling_new=True)

    def _show(self, *, telling_new: bool) -> None:
        self.telling_new = telling_new
        self.button.setVisible(not telling_new)
        self.accept_button.setVisible(telling_new)
        self.show()


class BriefUpdates(QObject):
    """Knows whether the open brief's folder has news for it, and brings it in on request."""

    updated = Signal(object)  # UpdateResult, once shown in the editor
    status_changed = Signal(str)  # a message for the status bar

    def __init__(
        self,
        bar: UpdateBar,
        editor: BriefEditor,
        workspace: Workspace,
        pool: QThreadPool,
        commands: dict[ActionId, QAction],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self.brief_document: BriefDocument = editor.brief_document
        self.editor = editor
        self.workspace = workspace
        self.update_action = commands[ActionId.UPDATE_BRIEF]
        self.accept_all_action = commands[ActionId.ACCEPT_ALL_NEW]
        self.update_action.triggered.connect(lambda _checked=False: self.start())
        self.accept_all_action.triggered.connect(lambda _checked=False: self.accept_all())
        self.runner = TaskRunner(pool, self)
        self.runner.progress_changed.connect(workspace.progress_changed)
        self.runner.busy_changed.connect(workspace.busy_changed)
        self.runner.succeeded.connect(self._on_updated)
        self.runner.failed.connect(lambda msg: workspace.failed.emit("Could not update the brief", msg))
        bar.update_requested.connect(self.start)
        bar.accept_all_requested.connect(self.accept_all)
        workspace.brief_restored.connect(self._on_restored)
        workspace.brief_ready.connect(lambda _brief: self._withdraw(forget=True))
        self._saved_sources: tuple[SourceRef, ...] = ()
        self.brief_document.changed.connect(self._update_enabled)
        editor.menu_additions.append(self._add_to_menu)
        self._withdraw()

    # --- the offer -----------------------------------------------------------------------------

    def _on_restored(self, doc: BriefFile, _stale: object) -> None:
        # What the saved brief knew of its folder: an update (or a second one, after Undo) compares with
        # it, whatever sources the brief on screen lists since.
        self._saved_sources = doc.brief.sources
        # After the window has shown the restored brief (its own slot may run after this one).
        QTimer.singleShot(0, self.check)

    def check(self) -> bool:
        """Offer an update when the folder gained or changed articles since the brief was made."""
        from citebrief.engine.update import folder_changes

        corpus = self.workspace.corpus
        if corpus is None or self.brief_document.is_empty():
            self._withdraw(forget=True)
            return False
        changes = folder_changes(self.brief_document.base, corpus.without(self.workspace.excluded))
        if not changes.any:
            self._withdraw(forget=True)
            self.bar.tell_new(len(self.new_items()))  # new sentences saved unaccepted
            return False
        self.bar.offer(changes.describe())
        self.update_action.setEnabled(True)
        return True

    def _withdraw(self, *, forget: bool = False) -> None:
        self.bar.hide()
        if forget:
            self._saved_sources = ()
        # Once offered, the update stays in the menu (to run again after Undo) until another brief.
        self.update_action.setEnabled(bool(self._saved_sources) and self.update_action.isEnabled())
        self._update_enabled()

    # --- updating ------------------------------------------------------------------------------

    def start(self) -> None:
        """Update the brief as it stands in the editor (with the user's edits) off the GUI thread."""
        session = self.workspace.brief_session()
        if session is None or self.runner.busy:
            return
        brief = self.brief_document.brief()
        brief = replace(brief, sources=self._saved_sources or brief.sources)
        excluded = self.workspace.excluded
        refusal = corpus_refusal(session.corpus.without(excluded), brief.options.algorithm)
        if refusal:  # said before anything starts, as a rebuild does; the brief stays as it is
            self.status_changed.emit(f"Cannot update the brief: {refusal}.")
            return
        self.bar.button.setEnabled(False)

        def work(progress: ProgressCallback, cancel: CancelToken) -> UpdateResult:
            from citebrief.engine.update import update_brief

            features = session.features(
                brief.options.language, excluded=excluded, progress=progress, cancel=cancel
            )
            return update_brief(brief, features.corpus, features=features, progress=progress, cancel=cancel)

        self.runner.start(work)

    def _on_updated(self, result: UpdateResult) -> None:
        self.bar.button.setEnabled(True)
        brief: Brief = self.workspace.recheck(result.brief)
        self.brief_document.set_brief(
            brief, undoable=True, stale=self.workspace.stale.citations, modified=True
        )
        self._withdraw()
        self.bar.tell_new(len(self.new_items()))
        self.status_changed.emit(_summary(result))
        self.updated.emit(result)

    # --- accepting -----------------------------------------------------------------------------

    def new_items(self) -> set[int]:
        from citebrief.gui.new_marks import new_item_ids

        return new_item_ids(self.brief_document.document)

    def accept(self, item_id: int) -> None:
        self.brief_document.accept_new({item_id})
        self.status_changed.emit("Accepted the new sentence.")

    def accept_all(self) -> None:
        items = self.new_items()
        if items:
            self.brief_document.accept_new(items)
            self.status_changed.emit(f"Accepted {len(items)} new sentence{'s' if len(items) != 1 else ''}.")

    def _update_enabled(self) -> None:
        count = len(self.new_items())
        self.accept_all_action.setEnabled(bool(count))
        if self.bar.telling_new and self.bar.isVisible():
            self.bar.tell_new(count)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The editor's menu at ``pos``, with accepting when the click is on a new sentence."""
        return self.editor.context_menu(pos)

    def _add_to_menu(self, menu: QMenu, item: int | None, _position: int) -> None:
        fresh = self.new_items()
        if fresh:
            menu.addSeparator()
            if item in fresh:
                accept = menu.addAction("Accept New Sentence")
                accept.triggered.connect(lambda _c=False, i=item: self.accept(i))
            menu.addAction(self.accept_all_action)


def _summary(result: UpdateResult) -> str:
    new, cited = result.new_items, result.added_citations
    parts = [f"{new} new sentence{'s' if new != 1 else ''} (highlighted until accepted)"]
    if cited:
        parts.append(f"{cited} citation{'s' if cited != 1 else ''} added to what the brief said")
    if result.dropped:
        parts.append(f"{result.dropped} unedited sentence{'s' if result.dropped != 1 else ''} made room")
    return "Brief updated: " + "; ".join(parts) + "."
