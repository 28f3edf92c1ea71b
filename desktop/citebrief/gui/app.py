"""The composition root: builds the application, its settings and the window, and wires them."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from citebrief.gui.dialogs import Button, Dialogs
from citebrief.gui.icons import icon
from citebrief.gui.main_window import MainWindow
from citebrief.gui.settings import AppSettings
from citebrief.gui.smoke import install_smoke_hook
from citebrief.resources_path import resources_dir
from citebrief.store import AutosaveStore

DATA_DIR_ENV = "CITEBRIEF_DATA_DIR"  # where autosaves go (tests and portable installs point it elsewhere)
SETTINGS_ENV = "CITEBRIEF_SETTINGS"  # an .ini file used instead of the platform's settings store


def application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName("Citebrief")
    app.setApplicationName("Citebrief")
    app.setApplicationDisplayName("Citebrief")
    app.setDesktopFileName("citebrief")
    app.setWindowIcon(icon("citebrief"))
    if "QT_STYLE_OVERRIDE" not in os.environ:
        app.setStyle("Fusion")
    style = resources_dir() / "styles" / "citebrief.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_settings() -> QSettings:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings()


def create_window(
    *,
    settings: QSettings | None = None,
    data_dir: Path | None = None,
    pool: QThreadPool | None = None,
    dialogs: Dialogs | None = None,
) -> MainWindow:
    """A fully wired main window; tests pass their own settings file, data folder and dialogs."""
    return MainWindow(
        AppSettings(settings if settings is not None else default_settings()),
        data_dir=data_dir if data_dir is not None else default_data_dir(),
        pool=pool,
        dialogs=dialogs,
    )


def offer_restore(window: MainWindow) -> bool:
    """After a crash, offer the autosaved brief back; True when it was restored."""
    store: AutosaveStore = window.autosaver.store
    doc = store.read()
    if doc is None:
        return False
    answer = window.dialogs.ask(
        "Restore your brief?",
        "Citebrief did not close properly last time. Restore the brief you were editing?",
        Button.Yes | Button.No,
        Button.Yes,
    )
    if answer != Button.Yes:
        store.discard()
        return False
    window.files.restore(doc, path=doc.saved_as, unsaved=True)
    return True


def open_arguments(window: MainWindow, args: Sequence[str]) -> None:
    paths = [a for a in args if not a.startswith("-")]
    if paths:
        window.files.open_paths([str(Path(p).resolve()) for p in paths])


def run_app(args: Sequence[str]) -> int:
    """Open the window (on a folder or brief file when given) and run until it closes."""
    app = application()
    window = create_window()
    install_smoke_hook(app, window)
    window.show()

    def start() -> None:
        if not offer_restore(window):
            open_arguments(window, args)

    # Loading starts once the window is drawn: a worker importing the readers would otherwise hold the
    # interpreter while the window first paints, and a restore question would come before the window.
    QTimer.singleShot(0, start)
    return app.exec()
