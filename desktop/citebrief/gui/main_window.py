"""The main window: builds the panels, actions and menus and wires them to the workspace.

It holds no logic of its own beyond wiring; files are handled by `BriefFiles`, the brief text by
`BriefDocument`, background jobs by `Workspace`; the window's settings are `WindowSettings`', making,
rebuilding and restoring the brief `BriefRebuilds`'.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citebrief.core.model import BriefOptions, Corpus
from citebrief.core.paths import display
from citebrief.engine import ALGORITHMS
from citebrief.gui.actions import ActionId, build_actions, connect
from citebrief.gui.autosave import Autosaver
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_editor import BriefEditor
from citebrief.gui.brief_files import BriefFiles
from citebrief.gui.brief_updates import BriefUpdates, UpdateBar
from citebrief.gui.citation_links import CitationLinks
from citebrief.gui.controls_panel import ControlsPanel
from citebrief.gui.dialogs import Dialogs
from citebrief.gui.differences_panel import DifferencesPanel
from citebrief.gui.find_bar import FindBar
from citebrief.gui.help_texts import GUIDE_HTML, about_html, shortcuts_html
from citebrief.gui.icons import icon
from citebrief.gui.job_status_bar import JobStatusBar
from citebrief.gui.kept_dismissals import Kept
from citebrief.gui.menus import MENUS, build_menus
from citebrief.gui.settings import AppSettings
from citebrief.gui.source_viewer import SourceViewer
from citebrief.gui.sources_panel import SourcesPanel
from citebrief.gui.stories_controller import StoriesController
from citebrief.gui.text_zoom import TextZoom
from citebrief.gui.welcome_page import WelcomePage
from citebrief.gui.window_rebuilds import BriefRebuilds
from citebrief.gui.window_settings import WindowSettings
from citebrief.gui.workspace import Workspace
from citebrief.store import AutosaveStore

DEBOUNCE_MS = 350


class MainWindow(WindowSettings, BriefRebuilds, QMainWindow):
    """The window: panels, actions and menus, and the wiring between them and the workspace."""

    def __init__(
        self,
        settings: AppSettings,
        *,
        data_dir: Path,
        pool: QThreadPool | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs or Dialogs(self)
        self.setAcceptDrops(True)
        self.setWindowIcon(icon("citebrief"))
        self.pool = pool or QThreadPool.globalInstance()
        self.workspace = Workspace(self.pool, self)
        link = self.palette().color(QPalette.ColorRole.Link)
        self.brief_document = BriefDocument(self, marker_color=link)
        self._pristine: tuple[object, ...] = ()  # the engine's items, to tell if the user edited since
        self._brief_corpus: Corpus | None = None  # the corpus the shown brief cites
        self._dismissed: Kept = {}  # kept through rebuilds (see `kept_dismissals`)
        self._status_counts = False  # the status bar shows the brief's counts (kept up to date)
        self.create_panels()
        self.create_actions()
        self.create_menus()
        self.create_status_bar()
        self.files = BriefFiles(
            brief_document=self.brief_document,
            workspace=self.workspace,
            settings=settings,
            dialogs=self.dialogs,
            parent=self,
        )
        self.links = CitationLinks(
            brief_document=self.brief_document,
            editor=self.editor,
            viewer=self.viewer,
            sources=self.sources,
            workspace=self.workspace,
            show_status=self.show_status,
            parent=self,
        )
        self.updates = BriefUpdates(
            self.update_bar, self.editor, self.workspace, self.pool, self.commands, self
        )
        self.updates.status_changed.connect(self.show_status)
        self.updates.updated.connect(lambda _result: self.after_brief_changed())
        self.autosaver = Autosaver(AutosaveStore(data_dir), self.files.snapshot, self.brief_document, self)
        self.wire()
        self.stories = StoriesController(self)
        self.read_settings()
        self.update_title()
        self.update_enabled()

    # --- construction --------------------------------------------------------------------------

    def create_panels(self) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        self.welcome = WelcomePage(logo=icon("citebrief"), folder_icon=icon("open-folder", text))
        self.sources = SourcesPanel(warning_icon=icon("warning"))
        self.controls = ControlsPanel(ALGORITHMS)
        self.editor = BriefEditor(self.brief_document)
        self.viewer = SourceViewer()
        self.brief_header = QLabel("Brief")
        self.brief_header.setObjectName("panelHeader")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("briefTitle")
        self.title_edit.setAccessibleName("Brief title")
        self.title_edit.setPlaceholderText("Title of the brief")
        self.title_edit.setToolTip("The brief's title, used by every export")
        self.find_bar = FindBar(self)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.brief_header)
        centre_layout.addWidget(self.title_edit)
        self.update_bar = UpdateBar()
        centre_layout.addWidget(self.update_bar)
        centre_layout.addWidget(self.editor, 1)
        options_header = QLabel("Options")
        options_header.setObjectName("panelHeader")
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.setSpacing(0)
        options_layout.addWidget(options_header)
        options_layout.addWidget(self.controls)
        options_layout.addStretch(1)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.sources)
        self.left_splitter.addWidget(options)
        self.differences = DifferencesPanel(self.brief_document, chosen=self.editor.select_item)
        self.left_splitter.addWidget(self.differences)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(centre)
        self.main_splitter.addWidget(self.viewer)
        self.main_splitter.setSizes([360, 600, 460])
        for splitter in (self.left_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.main_splitter)
        self.setCentralWidget(self.stack)

    def create_actions(self) -> None:
        self.commands = build_actions(self, self.palette().color(QPalette.ColorRole.WindowText))
        self.addActions(list(self.commands.values()))

    def create_menus(self) -> None:
        self.recent_menu = build_menus(self.menuBar(), self.addToolBar("Main"), self.commands)

    def create_status_bar(self) -> None:
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_bar)
        self.zoom = TextZoom(self.editor, self.viewer.view)
        self.status = JobStatusBar(self.commands[ActionId.CANCEL])
        self.setStatusBar(self.status)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.request_summary)

    def wire(self) -> None:
        self.connect_actions()
        ws = self.workspace
        ws.corpus_loaded.connect(self.on_corpus_loaded)
        ws.brief_ready.connect(self.on_brief_ready)
        ws.brief_restored.connect(self.on_brief_restored)
        ws.failed.connect(self.on_failed)
        ws.progress_changed.connect(self.status.show_progress)
        ws.busy_changed.connect(self.status.set_busy)
        ws.cancelled.connect(lambda: self.show_status("Cancelled."))
        ws.cancelled.connect(self.after_load_stopped)
        files = self.files
        files.status_changed.connect(self.show_status)
        files.path_changed.connect(lambda _path: self.update_title())
        files.recent_changed.connect(self.update_recent)
        files.opening.connect(self.show_workspace)
        files.closed.connect(self.show_welcome)
        files.work_saved.connect(self.autosaver.discard)
        self.welcome.open_folder_requested.connect(self.files.open_folder_dialog)
        self.welcome.samples_requested.connect(self.files.open_samples)
        self.welcome.recent_requested.connect(self.files.open_path)
        self.sources.excluded_changed.connect(self.on_excluded_changed)
        self.controls.options_changed.connect(self.on_options_changed)
        self.title_edit.editingFinished.connect(self.on_title_edited)
        self.brief_document.changed.connect(self.on_brief_changed)
        self.brief_document.base_restored.connect(self.on_base_restored)  # before the stories follow it
        self.brief_document.document.modificationChanged.connect(lambda _m: self.update_title())
        self.editor.undoAvailable.connect(self.commands[ActionId.UNDO].setEnabled)
        self.editor.redoAvailable.connect(self.commands[ActionId.REDO].setEnabled)
        self.commands[ActionId.UNDO].setEnabled(False)
        self.commands[ActionId.REDO].setEnabled(False)
        self.commands[ActionId.FOLLOW_LINKS].toggled.connect(self.set_follow_links)
        # The Brief menu's stories switch is the Options panel's, shown in a second place.
        stories = self.commands[ActionId.BRIEF_STORIES]
        self.controls.stories.toggled.connect(stories.setChecked)
        stories.toggled.connect(self.controls.stories.setChecked)  # the same value again: no loop

    def connect_actions(self) -> None:
        connect(
            self.commands,
            {
                ActionId.OPEN_FOLDER: self.files.open_folder_dialog,
                ActionId.OPEN_FILES: self.files.open_files_dialog,
                ActionId.OPEN_BRIEF: self.files.open_brief_dialog,
                ActionId.OPEN_SAMPLES: self.files.open_samples,
                ActionId.SAVE: self.files.save,
                ActionId.SAVE_AS: self.files.save_as,
                ActionId.EXPORT: self.files.export_dialog,
                ActionId.COPY_MARKDOWN: self.files.copy_markdown,
                ActionId.CLOSE: self.files.close_brief,
                ActionId.QUIT: self.close,
                ActionId.UNDO: self.editor.undo,
                ActionId.REDO: self.editor.redo,
                ActionId.CUT: self.editor.cut,
                ActionId.COPY: self.editor.copy,
                ActionId.PASTE: self.editor.paste,
                ActionId.SELECT_ALL: self.editor.selectAll,
                ActionId.FOLLOW_CITATION: self.editor.activate_citation_at_cursor,
                ActionId.SUMMARISE: self.request_summary,
                ActionId.UPDATE_CITATIONS: self.update_citations,
                ActionId.CANCEL: self.workspace.cancel,
                ActionId.FOCUS_BRIEF: self.editor.setFocus,
                ActionId.FOCUS_SOURCES: self.sources.tree.setFocus,
                ActionId.FOCUS_VIEWER: self.viewer.view.setFocus,
                ActionId.FOCUS_CONTROLS: self.controls.spin.setFocus,
                ActionId.FIND: self.show_find,
                ActionId.ZOOM_IN: lambda: self.zoom_by(1),
                ActionId.ZOOM_OUT: lambda: self.zoom_by(-1),
                ActionId.ZOOM_RESET: lambda: self.zoom_by(0),
                ActionId.ABOUT: self.show_about,
                ActionId.SHORTCUTS: self.show_shortcuts,
                ActionId.GUIDE: self.show_guide,
            },
        )

    # --- state shown in the chrome -------------------------------------------------------------

    def update_title(self) -> None:
        name = (
            display(Path(self.files.path).name)
            if self.files.path
            else (self.brief_document.base.title if self.brief_document.base.items else "")
        )
        self.setWindowTitle(f"{name}[*] — Citebrief" if name else "Citebrief")
        self.setWindowModified(bool(name) and self.brief_document.is_modified())

    def update_enabled(self) -> None:
        has_brief = not self.brief_document.is_empty()
        for action_id in (ActionId.SAVE, ActionId.SAVE_AS, ActionId.EXPORT, ActionId.COPY_MARKDOWN):
            self.commands[action_id].setEnabled(has_brief)
        self.commands[ActionId.SUMMARISE].setEnabled(self.workspace.corpus is not None)
        self.commands[ActionId.UPDATE_CITATIONS].setEnabled(bool(self.brief_document.stale))

    def show_status(self, message: str) -> None:
        self._status_counts = False
        self.status.show_message(message)

    def show_brief_counts(self) -> None:
        """Say how big the brief is; the message follows the user's edits until another replaces it."""
        brief = self.brief_document.brief()
        self.show_status(
            f"Brief ready: {len(brief.items)} sentences, {brief.word_count} words from "
            f"{len(brief.cited_source_ids())} sources."
        )
        self._status_counts = True

    def on_failed(self, what: str, why: str) -> None:
        self.show_status(f"{what}: {why}")
        self.dialogs.warn("Citebrief", f"{what}.\n\n{why}")
        self.after_load_stopped()

    def after_load_stopped(self) -> None:
        """A first load that failed or was cancelled leaves the welcome page, not three empty panes."""
        if self.workspace.corpus is None and self.brief_document.is_empty():
            self.show_welcome()

    # --- loading and summarising ---------------------------------------------------------------

    def show_workspace(self) -> None:
        self.stack.setCurrentWidget(self.main_splitter)

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.sources.set_corpus(Corpus(()))
        self.viewer.set_source(None, set())
        self.update_title()
        self.update_enabled()

    def on_corpus_loaded(self, corpus: Corpus) -> None:
        self.show_workspace()
        self.sources.set_corpus(corpus, self.workspace.excluded, self.workspace.stale.sources)
        if corpus.sources:
            self.sources.select(corpus.sources[0].id)
        self.update_enabled()

    def on_options_changed(self, options: BriefOptions) -> None:
        self.workspace.set_options(self.stories.carry(options))
        self.debounce.start()

    def on_excluded_changed(self, excluded: frozenset[str]) -> None:
        self.workspace.set_excluded(excluded)
        self.debounce.start()

    def after_brief_changed(self) -> None:
        self.update_title()
        self.update_enabled()
        src = self.viewer.view.source
        self.links.show_source(src.id if src else "")

    def on_brief_changed(self) -> None:
        brief = self.brief_document.brief()
        if not self.title_edit.hasFocus():
            self.title_edit.setText(brief.title if brief.items else "")
        self.sources.set_numbers(self.brief_document.numbering())
        self.brief_header.setText(
            f"Brief · {len(brief.items)} sentences · {brief.word_count} words" if brief.items else "Brief"
        )
        self.update_enabled()
        if self._status_counts:
            self.show_brief_counts()

    # --- files and closing ---------------------------------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and all(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.files.open_paths(paths)

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self.files.maybe_save():
            e.ignore()
            return
        self.workspace.cancel()
        # A job still running when Python shuts down would crash the exit; cancelled jobs stop soon.
        self.pool.waitForDone(3000)
        self.autosaver.finish()
        self.write_settings()
        e.accept()

    def show_find(self) -> None:
        """Find in the source text when it has the focus, else in the brief."""
        self.find_bar.open_for(self.viewer.view if self.viewer.view.hasFocus() else self.editor)

    def zoom_by(self, steps: int) -> None:
        self.zoom.zoom(steps)
        self.settings.set_zoom(self.zoom.steps)

    def on_title_edited(self) -> None:
        self.brief_document.set_title(self.title_edit.text())
        self.title_edit.setText(self.brief_document.base.title)

    def show_about(self) -> None:
        self.dialogs.inform("About Citebrief", about_html())

    def show_shortcuts(self) -> None:
        self.dialogs.inform("Keyboard Shortcuts", shortcuts_html(MENUS, self.commands))

    def show_guide(self) -> None:
        self.dialogs.inform("Quick Guide", GUIDE_HTML)
