"""Fixtures for window tests: article folders written to tmp_path, a window with its own settings and data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from scripted_dialogs import ScriptedDialogs, dialogs

from article_folders import write_articles as write_folder
from citebrief.gui.app import application, create_window
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow

ARTICLES = {
    "ferry-herald.txt": (
        "Ferry strike strands islanders in Oskarhaven\n\n"
        "Ferry crews in Oskarhaven walked out on Monday morning, leaving about 900 islanders without a way "
        "to the mainland. The union says the crews have not had a pay rise in four years. "
        "The harbour master cancelled all twelve daily crossings until further notice. "
        "Shops on the island expect fresh food to run short by Thursday.\n"
    ),
    "coast-times.md": (
        "# Oskarhaven crossings halted\n\n"
        "All twelve crossings between Oskarhaven and the mainland were cancelled on Monday as ferry crews "
        "went on strike. The union wants a pay rise of six percent. "
        "The regional council offered talks on Wednesday afternoon. "
        "A water taxi service will carry patients who need hospital care.\n"
    ),
    "island-radio.html": (
        "<html><head><title>Talks offered as ferry strike bites</title></head><body>"
        "<h1>Talks offered as ferry strike bites</h1>"
        "<p>The regional council has offered talks to the striking ferry crews on Wednesday afternoon.</p>"
        "<p>About 900 islanders depend on the ferry to reach work and school on the mainland. "
        "Fishermen have offered to carry post and medicine in their boats.</p>"
        "</body></html>"
    ),
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    return write_folder(folder, articles or ARTICLES)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles")


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Builds windows sharing one settings file and data folder (like restarts of the app)."""
    application()
    windows: list[MainWindow] = []

    def make(*, show: bool = True) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = create_window(settings=settings, data_dir=tmp_path / "data", dialogs=ScriptedDialogs())
        windows.append(window)
        if show:
            window.resize(1200, 800)
            window.show()
        return window

    yield make
    for window in windows:
        # Teardown closes windows; an unsaved brief is discarded.
        dialogs(window).answers[:] = [Button.Discard]
        window.workspace.cancel()
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def wait_for_brief(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    def wait(window: MainWindow, timeout: int = 60_000) -> None:
        qtbot.waitUntil(
            lambda: not window.workspace.busy and bool(window.brief_document.marker_runs()), timeout=timeout
        )

    return wait
