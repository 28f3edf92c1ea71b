"""Whether the brief holds unsaved work: the title's star, the question on close, Close Brief."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from scripted_dialogs import dialogs

from citebrief.gui.actions import ActionId
from citebrief.gui.main_window import MainWindow


def test_the_welcome_window_has_no_unsaved_changes(window: MainWindow) -> None:
    assert window.windowTitle() == "Citebrief"
    assert not window.isWindowModified()
    assert window.close()
    assert dialogs(window).asked == []


def test_a_saved_brief_reopened_and_left_alone_closes_without_asking(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    path = tmp_path / "seeds.citebrief"
    assert window.files.save_to(str(path))

    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    # nothing left to change the brief: no summary running, no re-brief waiting, no event queued
    qtbot.waitUntil(lambda: not again.workspace.busy and not again.debounce.isActive(), timeout=60_000)
    QApplication.processEvents()
    assert again.windowTitle() == "seeds.citebrief[*] — Citebrief"
    assert not again.isWindowModified()
    assert again.close()
    assert dialogs(again).asked == []


def test_undoing_back_to_the_saved_text_clears_the_star(
    window: MainWindow, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    assert window.files.save_to(str(tmp_path / "seeds.citebrief"))
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "x")
    assert window.isWindowModified()
    window.editor.undo()
    QApplication.processEvents()
    assert not window.isWindowModified()


def test_close_brief_shows_the_welcome_page_and_keeps_the_app_open(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    assert "Ctrl+W" in [keys.toString() for keys in window.commands[ActionId.CLOSE].shortcuts()]
    window.commands[ActionId.CLOSE].trigger()
    QApplication.processEvents()
    assert window.isVisible()
    assert window.stack.currentWidget() is window.welcome
    assert window.brief_document.is_empty()
    assert window.workspace.corpus is None
    assert not window.commands[ActionId.EXPORT].isEnabled()
    assert window.windowTitle() == "Citebrief"
    assert dialogs(window).asked == []  # nothing was edited, so nothing to ask
