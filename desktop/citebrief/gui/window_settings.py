"""What the window remembers between runs: its geometry, panel sizes, options, recent files, zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter

from citebrief.core.paths import display
from citebrief.gui.actions import ActionId

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from citebrief.gui.brief_files import BriefFiles
    from citebrief.gui.controls_panel import ControlsPanel
    from citebrief.gui.settings import AppSettings
    from citebrief.gui.text_zoom import TextZoom
    from citebrief.gui.welcome_page import WelcomePage
    from citebrief.gui.workspace import Workspace

    _Window = QMainWindow
else:
    _Window = object


class WindowSettings(_Window):
    """The settings part of `MainWindow` (which builds the widgets declared here)."""

    settings: AppSettings
    workspace: Workspace
    controls: ControlsPanel
    commands: dict[ActionId, QAction]
    zoom: TextZoom
    welcome: WelcomePage
    recent_menu: QMenu
    files: BriefFiles
    main_splitter: QSplitter
    left_splitter: QSplitter

    def read_settings(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1320, 820)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        for name, splitter in self.splitters().items():
            saved = self.settings.splitter(name)
            if saved is not None:
                splitter.restoreState(saved)
        self.workspace.set_options(self.settings.options())
        self.controls.set_options(self.workspace.options)
        self.update_recent(self.settings.recent())
        self.commands[ActionId.FOLLOW_LINKS].setChecked(self.settings.follow_links())
        self.workspace.follow_links = self.settings.follow_links()
        self.zoom.set_steps(self.settings.zoom())

    def set_follow_links(self, follow: bool) -> None:
        """Takes effect at the next folder opened; the open one is not re-read behind the user's back."""
        self.workspace.follow_links = follow
        self.settings.set_follow_links(follow)

    def write_settings(self) -> None:
        self.settings.save_window(
            self.saveGeometry(),
            self.saveState(),
            {name: s.saveState() for name, s in self.splitters().items()},
        )
        self.settings.set_options(self.workspace.options)
        self.settings.sync()

    def splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "left": self.left_splitter}

    def update_recent(self, paths: list[str]) -> None:
        self.welcome.set_recent(paths)
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(display(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(paths))
