"""Where sources differ, in the window: the mark at the sentence, its hover text, dismissal that is
saved and reopened, and the panel whose entries show the versions side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from citebrief.gui.dialogs import Button
from citebrief.gui.differences_panel import ComparisonDialog, open_differences
from citebrief.gui.main_window import MainWindow
from disagreement_folder import write_disagreeing_folder

HOVER = "Updated on deaths: killing 12 people [3] (2026-05-28, file's day) → killing 15 people [1, 2] (2026-05-29, file's day)"


def _open(make_window, folder: Path, wait_for_brief) -> MainWindow:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    return window


def _flagged_point(window: MainWindow) -> tuple[int, QPoint]:
    (item_id, _k, _d), *_rest = open_differences(window.brief_document)
    start, _end = window.brief_document.item_spans()[item_id][0]
    cursor = window.editor.textCursor()
    cursor.setPosition(start + 5)
    rect = window.editor.cursorRect(cursor)
    return item_id, rect.center()


def _hover(window: MainWindow, qtbot, point: QPoint) -> str:  # type: ignore[no-untyped-def]
    viewport = window.editor.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(window.editor, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    return QToolTip.text()


def test_a_sentence_whose_sources_differ_is_marked_and_its_hover_gives_each_version(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = _open(make_window, write_disagreeing_folder(tmp_path / "kabul"), wait_for_brief)
    item_id, point = _flagged_point(window)
    start, end = window.brief_document.item_spans()[item_id][0]
    waves = [
        sel
        for sel in window.editor.extraSelections()
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline  # type: ignore[attr-defined]
    ]
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in waves] == [(start, end)]  # type: ignore[attr-defined]
    assert HOVER in QTextDocumentFragment.fromHtml(_hover(window, qtbot, point)).toPlainText()  # as it reads
    # The numbers are the window's own: the source that gives 12 is [3] in the brief's markers too.
    assert "[3]" in window.editor.toPlainText()


def test_a_dismissed_mark_stays_dismissed_after_save_and_reopen(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = _open(make_window, write_disagreeing_folder(tmp_path / "kabul"), wait_for_brief)
    _flagged_point(window)
    assert window.differences.list.count() == 1
    window.differences.list.setCurrentRow(0)
    qtbot.mouseClick(window.differences.dismiss_button, Qt.MouseButton.LeftButton)
    assert open_differences(window.brief_document) == []
    assert window.differences.list.count() == 0
    assert window.isWindowModified()
    assert not any(
        sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline  # type: ignore[attr-defined]
        for sel in window.editor.extraSelections()
    )
    path = tmp_path / "kabul.citebrief"
    assert window.files.save_to(str(path))
    assert '"dismissed": true' in path.read_text(encoding="utf-8")

    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    items = again.brief_document.brief().items
    assert [d.dismissed for item in items for d in item.disagreements] == [True]
    assert open_differences(again.brief_document) == []
    assert again.differences.list.count() == 0
    assert again.brief_document.brief() == window.brief_document.brief()


def test_clicking_a_difference_selects_its_sentence_and_shows_the_versions_side_by_side(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = _open(make_window, write_disagreeing_folder(tmp_path / "kabul"), wait_for_brief)
    item_id, _point = _flagged_point(window)
    panel = window.differences
    assert HOVER in panel.list.item(0).text()
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.comparison is not None and panel.comparison.isVisible(), timeout=5000)
    assert window.editor.current_item == item_id
    dialog = panel.comparison
    assert isinstance(dialog, ComparisonDialog)
    columns = [view.toPlainText() for view in dialog.columns]
    assert len(columns) == 2
    assert columns[0].startswith("killing 12 people") and "killing 12 people and wounding dozens" in columns[0]
    assert "[3] Kabul market bombing" in columns[0]
    assert columns[1].startswith("killing 15 people")
    assert "[1] Deadly blast in Kabul" in columns[1] and "[2] kabul evening" in columns[1]
    left, right = (view.geometry() for view in dialog.columns)
    assert left.right() < right.left() and abs(left.top() - right.top()) < 5  # side by side
    dialog.close()


def test_right_clicking_a_marked_sentence_offers_to_dismiss_its_mark(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = _open(make_window, write_disagreeing_folder(tmp_path / "kabul"), wait_for_brief)
    _item_id, point = _flagged_point(window)
    offered: list[str] = []

    def choose_dismiss() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        actions = [a for a in menu.actions() if a.text().startswith("Dismiss")]
        offered.extend(a.text() for a in actions)
        menu.close()
        if actions:
            actions[0].trigger()

    QTimer.singleShot(200, choose_dismiss)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, window.editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(window.editor.viewport(), event)
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    assert offered == ["Dismiss “sources differ” on deaths"]
    qtbot.waitUntil(lambda: not open_differences(window.brief_document), timeout=5000)
    assert window.differences.list.count() == 0


def _rebuilt(window: MainWindow, qtbot, change) -> None:  # type: ignore[no-untyped-def]
    """Make the window rebuild its brief by ``change`` (a user's action) and wait for the new one."""
    with qtbot.waitSignal(window.workspace.brief_ready, timeout=60_000):
        change()
    qtbot.waitUntil(lambda: not window.workspace.busy, timeout=60_000)


def _dismissals(window: MainWindow) -> list[bool]:
    return [d.dismissed for item in window.brief_document.brief().items for d in item.disagreements]


def test_a_dismissed_mark_stays_dismissed_when_the_brief_is_rebuilt_from_other_options(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = _open(make_window, write_disagreeing_folder(tmp_path / "kabul"), wait_for_brief)
    window.differences.list.setCurrentRow(0)
    qtbot.mouseClick(window.differences.dismiss_button, Qt.MouseButton.LeftButton)
    assert _dismissals(window) == [True]

    # A longer brief: the fact is still in it, with the same values from the same sentences.
    spin = window.controls.spin
    _rebuilt(window, qtbot, lambda: spin.setValue(spin.value() + 40))
    assert window.brief_document.base.options.length == spin.value()
    assert _dismissals(window) == [True]
    assert open_differences(window.brief_document) == []
    assert window.differences.list.count() == 0
    assert window.dialogs.asked == []  # a dismissal is kept, so it is no edit a rebuild would replace

    # Untick the source that gives the other value: no disagreement; tick it again: the one dismissed.
    _rebuilt(window, qtbot, lambda: window.sources.set_included("kabul-wire.txt", False))
    assert _dismissals(window) == []
    _rebuilt(window, qtbot, lambda: window.sources.set_included("kabul-wire.txt", True))
    assert _dismissals(window) == [True]
    assert window.differences.list.count() == 0

    # Saved while the fact is out of the brief, the dismissal is still kept once it comes back.
    _rebuilt(window, qtbot, lambda: window.sources.set_included("kabul-wire.txt", False))
    path = tmp_path / "kabul.citebrief"
    assert window.files.save_to(str(path))
    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert _dismissals(again) == []
    again.dialogs.answers = [Button.Yes]  # a reopened brief counts as the user's work: rebuild it
    _rebuilt(again, qtbot, lambda: again.sources.set_included("kabul-wire.txt", True))
    assert _dismissals(again) == [True]
    assert open_differences(again.brief_document) == []
    assert again.differences.list.count() == 0
