"""Find, zoom, the Help menu and the brief's title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from scripted_dialogs import dialogs

from citebrief.export import render
from citebrief.gui.actions import ActionId
from citebrief.gui.main_window import MainWindow


def test_find_in_the_brief_selects_each_match_in_turn_and_says_when_none(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    text = window.brief_document.document.toPlainText()
    word = "the"
    assert text.lower().count(word) >= 2
    window.editor.setFocus()
    window.commands[ActionId.FIND].trigger()
    assert window.find_bar.isVisible() and window.find_bar.target is window.editor
    qtbot.keyClicks(window.find_bar.field, word)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    first = window.editor.textCursor().selectionStart()
    assert window.editor.textCursor().selectedText().lower() == word
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectionStart() > first
    window.find_bar.field.setText("zzzqqq")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert "Not found" in window.find_bar.result.text()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_find_in_the_source_text(window: MainWindow, articles: Path, qtbot, wait_for_brief) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    source = window.viewer.view.source
    assert source is not None
    word = source.sentences[-1].text.split()[-1].strip(".")
    window.viewer.view.setFocus()
    qtbot.waitUntil(window.viewer.view.hasFocus, timeout=5_000)
    window.commands[ActionId.FIND].trigger()
    assert window.find_bar.target is window.viewer.view
    window.find_bar.field.setText(word)
    assert window.find_bar.find_next()
    assert window.viewer.view.textCursor().selectedText() == word


def test_zoom_grows_both_texts_and_is_remembered(make_window) -> None:
    window = make_window()
    brief_size = window.editor.document().defaultFont().pointSizeF()
    source_size = window.viewer.view.font().pointSizeF()
    zoom_keys = [k.toString() for k in window.commands[ActionId.ZOOM_IN].shortcuts()]
    assert "Ctrl++" in zoom_keys and "Ctrl+=" in zoom_keys
    window.commands[ActionId.ZOOM_IN].trigger()
    window.commands[ActionId.ZOOM_IN].trigger()
    assert window.editor.document().defaultFont().pointSizeF() == brief_size + 2
    assert window.viewer.view.font().pointSizeF() == source_size + 2
    window.close()
    again = make_window()
    assert again.editor.document().defaultFont().pointSizeF() == brief_size + 2
    again.commands[ActionId.ZOOM_OUT].trigger()
    assert again.viewer.view.font().pointSizeF() == source_size + 1
    again.commands[ActionId.ZOOM_RESET].trigger()
    assert again.viewer.view.font().pointSizeF() == source_size


def test_help_lists_every_shortcut_and_a_short_guide(window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in help_menu.actions()]
    assert "&Keyboard Shortcuts" in titles and "Quick &Guide" in titles
    window.commands[ActionId.SHORTCUTS].trigger()
    table = dialogs(window).asked[-1]
    for id_, keys in ((ActionId.EXPORT, "Ctrl+E"), (ActionId.FIND, "Ctrl+F"), (ActionId.CLOSE, "Ctrl+W")):
        assert window.commands[id_].text().replace("&", "").rstrip("…") in table
        assert keys in table
    window.commands[ActionId.GUIDE].trigger()
    assert "Open" in dialogs(window).asked[-1] and "export" in dialogs(window).asked[-1]


def test_the_title_typed_names_every_export_and_survives_save_rebuild_and_reopen(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    window.title_edit.setFocus()
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "Oskarhaven ferry strike, day one")
    qtbot.keyClick(window.title_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    brief = window.brief_document.brief()
    assert brief.title == "Oskarhaven ferry strike, day one"
    assert window.isWindowModified() or not window.files.path
    for fmt in ("markdown", "html", "json"):
        assert "Oskarhaven ferry strike, day one" in render(brief, fmt).decode("utf-8")
    with qtbot.waitSignal(window.workspace.brief_ready, timeout=60_000):
        window.controls.spin.setValue(window.controls.spin.value() - 30)
    qtbot.wait(20)
    assert window.brief_document.brief().title == "Oskarhaven ferry strike, day one"
    path = tmp_path / "strike.citebrief"
    assert window.files.save_to(str(path))
    again = make_window()
    again.files.open_brief(str(path))
    wait_for_brief(again)
    assert again.title_edit.text() == "Oskarhaven ferry strike, day one"
