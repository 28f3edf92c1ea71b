"""Opening work: drag and drop, a folder with nothing readable, keyboard access to every control."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QSlider, QSpinBox

from citebrief.gui.main_window import MainWindow


def test_dropping_a_folder_onto_the_window_opens_it(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(articles))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wait_for_brief(window)
    assert window.workspace.paths == (str(articles),)
    assert window.stack.currentWidget() is window.main_splitter
    assert window.settings.recent()[0] == str(articles)


def test_a_folder_with_nothing_readable_says_why_and_keeps_the_open_brief(
    window: MainWindow, articles: Path, tmp_path: Path, qtbot, wait_for_brief, answer_dialogs
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    before = window.brief_document.brief()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    seen = answer_dialogs(QMessageBox.StandardButton.Ok)
    window.files.open_paths([str(empty)])
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert "Could not open the articles" in seen[0]
    assert window.brief_document.brief() == before


def test_every_control_has_an_accessible_name_and_takes_keyboard_focus(window: MainWindow) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QSlider, QSpinBox)
    controls = [
        w for kind in kinds for w in window.controls.findChildren(kind) if w.isVisibleTo(window.controls)
    ]
    assert len(controls) >= 6
    for control in controls:
        if isinstance(control, QLineEdit) and isinstance(control.parent(), (QComboBox, QSpinBox)):
            continue
        if control.parent() is not None and isinstance(control.parent(), QSpinBox):
            continue
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    for action in window.actions.values():
        if action.icon().isNull():
            continue
        assert action.toolTip()
    assert not window.actions["open_folder"].shortcut().isEmpty()
