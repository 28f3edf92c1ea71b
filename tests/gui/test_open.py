"""Opening work: drag and drop, a folder with nothing readable, keyboard access to every control."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSlider, QSpinBox
from scripted_dialogs import dialogs

from citebrief.gui.actions import ActionId
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
    window: MainWindow, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    before = window.brief_document.brief()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    seen = dialogs(window).asked
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
    for action in window.commands.values():
        if action.icon().isNull():
            continue
        assert action.toolTip()
    assert not window.commands[ActionId.OPEN_FOLDER].shortcut().isEmpty()


def test_toolbar_icons_are_drawn_sharp_at_high_dpi(window: MainWindow) -> None:
    for action in window.commands.values():
        icon = action.icon()
        if icon.isNull():
            continue
        # A 2x pixmap is drawn from the SVG at 48 px, not a 24 px bitmap blown up.
        pixmap = icon.pixmap(QSize(24, 24), 2.0)
        assert pixmap.width() == 48
        image = pixmap.toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48)), action.text()


def test_window_geometry_and_splitters_survive_a_restart(make_window) -> None:
    window = make_window()
    window.resize(760, 560)  # inside the offscreen screen, so restoring need not shrink it
    window.main_splitter.setSizes([200, 330, 230])
    sizes = window.main_splitter.sizes()
    window.close()
    again = make_window(show=False)
    again.show()
    assert again.size().width() == 760
    assert again.main_splitter.sizes() == sizes


def test_an_empty_first_folder_says_where_and_is_not_remembered(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window.files.open_paths([str(empty)])
    qtbot.waitUntil(lambda: bool(dialogs(window).asked), timeout=60_000)
    assert "No readable article was found in empty." in dialogs(window).asked[0]
    assert window.settings.recent() == []
    assert window.welcome.recent.count() == 0
    assert window.stack.currentWidget() is window.welcome


def test_cancelling_the_first_load_returns_to_the_welcome_page(
    window: MainWindow, articles: Path, qtbot
) -> None:
    with qtbot.waitSignal(window.workspace.cancelled, timeout=60_000):
        window.files.open_paths([str(articles)])
        window.commands[ActionId.CANCEL].trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.workspace.paths == ()


def test_the_status_bar_follows_the_brief_as_it_is_edited(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    first = window.brief_document.marker_runs()[0].marker[0]  # type: ignore[index]
    spans = window.brief_document.item_spans()[first]
    cursor = window.editor.textCursor()
    cursor.setPosition(spans[0][0])
    cursor.setPosition(spans[-1][1], QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    qtbot.wait(20)
    brief = window.brief_document.brief()
    assert f"{len(brief.items)} sentences, {brief.word_count} words" in window.status.label.text()
    assert f"Brief · {len(brief.items)} sentences" in window.brief_header.text()


def test_open_files_offers_every_format_the_reader_knows(window: MainWindow) -> None:
    window.commands[ActionId.OPEN_FILES].trigger()
    offered = dialogs(window).filters[-1][0]
    for suffix in (".txt", ".text", ".md", ".html", ".xhtml", ".pdf", ".docx", ".odt", ".rtf"):
        assert f"*{suffix}" in offered.split("(")[1].rstrip(")").split(), suffix


def test_the_export_dialog_offers_every_export_format(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    window.commands[ActionId.EXPORT].trigger()  # cancelled: the script has no path to give
    offered = dialogs(window).filters[-1]
    assert [f.split(" (")[0] for f in offered] == ["Markdown", "HTML", "PDF", "Word document", "JSON", "Plain text"]
