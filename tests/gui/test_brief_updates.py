"""Reopening a brief whose folder gained articles offers Update Brief; new sentences stay marked until
accepted, through undo, save and reopen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from article_folders import write_articles
from citebrief.core.model import BriefOptions
from citebrief.engine import summarise
from citebrief.gui.actions import ActionId
from citebrief.gui.main_window import MainWindow
from citebrief.gui.new_marks import NEW, TIP
from citebrief.ingest import load_folder
from citebrief.store import BriefFile, save_brief
from update_articles import BEFORE, NEW_DEVELOPMENT, REPEAT

EDIT = "The dockers' union says 2,400 of its members are out."


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A brief of the first three articles with one sentence edited, saved; then two articles came."""
    folder = write_articles(tmp_path / "news", BEFORE)
    brief = summarise(load_folder(folder), BriefOptions(length=150))  # room for two new sentences
    items = list(brief.items)
    items[1] = replace(items[1], text=EDIT, edited=True)
    path = tmp_path / "monday.citebrief"
    save_brief(path, BriefFile(replace(brief, items=tuple(items)), paths=(str(folder),)))
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    return path


def reopen(window: MainWindow, path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.files.open_brief(str(path))
    qtbot.waitUntil(
        lambda: not window.workspace.busy and bool(window.brief_document.marker_runs()), timeout=60_000
    )


def update(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.update_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(i.new for i in window.brief_document.brief().items), timeout=60_000)
    QApplication.processEvents()


def new_ids(window: MainWindow) -> list[int]:
    return sorted(window.updates.new_items())


def test_reopening_offers_the_update_and_it_adds_the_news_marked_new_keeping_the_edit(
    make_window, saved: Path, qtbot
) -> None:
    window = make_window()
    reopen(window, saved, qtbot)
    qtbot.waitUntil(window.update_bar.isVisible, timeout=5_000)
    assert "2 articles were added" in window.update_bar.label.text()
    assert window.commands[ActionId.UPDATE_BRIEF].isEnabled()
    before = window.brief_document.brief()

    update(window, qtbot)
    brief = window.brief_document.brief()
    fresh = [item for item in brief.items if item.new]
    assert fresh and all(item.citations[0].source_id == "valmora-evening.txt" for item in fresh)
    assert [item.text for item in brief.items if item.edited] == [EDIT]
    repeat = [i for i in brief.items if "port-wire.txt" in {c.source_id for c in i.citations}]
    assert repeat and not any(item.new for item in repeat)
    # The bar now says what the highlight means, with Accept All.
    assert window.update_bar.isVisible() and window.update_bar.accept_button.isVisible()
    assert not window.update_bar.button.isVisible()
    assert f"{len(fresh)} new sentences are highlighted" in window.update_bar.label.text()
    assert window.isWindowModified()
    assert "new sentence" in window.status.label.text()
    # The mark is in the text itself: the new sentences are tinted in the editor.
    spans = window.brief_document.item_spans()
    for item_id in new_ids(window):
        cursor = window.editor.textCursor()
        cursor.setPosition(spans[item_id][0][0] + 1)
        assert cursor.charFormat().boolProperty(NEW)
        assert cursor.charFormat().background().color().alpha() > 0

    window.editor.undo()
    QApplication.processEvents()
    assert window.brief_document.brief().items == before.items
    window.editor.redo()
    QApplication.processEvents()
    assert window.brief_document.brief().items == brief.items

    # After Undo the update can be run again from the menu, and gives the same brief.
    window.editor.undo()
    QApplication.processEvents()
    assert window.commands[ActionId.UPDATE_BRIEF].isEnabled()
    window.commands[ActionId.UPDATE_BRIEF].trigger()
    qtbot.waitUntil(lambda: any(i.new for i in window.brief_document.brief().items), timeout=60_000)
    assert window.brief_document.brief().items == brief.items


def test_accepting_one_by_one_and_all_is_undoable_and_survives_save_and_reopen(
    make_window, saved: Path, tmp_path: Path, qtbot
) -> None:
    window = make_window()
    reopen(window, saved, qtbot)
    qtbot.waitUntil(window.update_bar.isVisible, timeout=5_000)
    update(window, qtbot)
    marked = new_ids(window)
    assert len(marked) >= 2

    # The context menu of a new sentence accepts it.
    first = marked[0]
    start = window.brief_document.item_spans()[first][0][0]
    pos = window.editor.cursorRect(_cursor_at(window, start + 1)).center()
    menu = window.updates.context_menu(pos)
    titles = [a.text() for a in menu.actions()]
    assert "Accept New Sentence" in titles and window.commands[ActionId.ACCEPT_ALL_NEW] in menu.actions()
    next(a for a in menu.actions() if a.text() == "Accept New Sentence").trigger()
    QApplication.processEvents()
    assert new_ids(window) == marked[1:]
    window.editor.undo()
    QApplication.processEvents()
    assert new_ids(window) == marked
    window.editor.redo()
    QApplication.processEvents()
    assert new_ids(window) == marked[1:]
    assert f"{len(marked) - 1} new sentence" in window.update_bar.label.text()

    # Marks and acceptance are saved with the brief.
    path = tmp_path / "tuesday.citebrief"
    assert window.files.save_to(str(path))
    texts = {i.text: i.new for i in window.brief_document.brief().items}
    again = make_window()
    reopen(again, path, qtbot)
    assert {i.text: i.new for i in again.brief_document.brief().items} == texts
    # Nothing came since the update: no offer, but the bar says new sentences still wait.
    qtbot.waitUntil(again.update_bar.isVisible, timeout=5_000)
    assert again.update_bar.accept_button.isVisible() and not again.update_bar.button.isVisible()
    assert not again.commands[ActionId.UPDATE_BRIEF].isEnabled()

    # The bar's Accept All, like Brief > Accept All New Sentences, clears every mark in one undoable step.
    window.update_bar.accept_button.click()
    QApplication.processEvents()
    assert new_ids(window) == [] and not window.update_bar.isVisible()
    # Accept All, from the Brief menu, clears every mark in one undoable step.
    accept_all = again.commands[ActionId.ACCEPT_ALL_NEW]
    assert accept_all.isEnabled()
    accept_all.trigger()
    QApplication.processEvents()
    assert not any(i.new for i in again.brief_document.brief().items)
    assert not accept_all.isEnabled()
    again.editor.undo()
    QApplication.processEvents()
    assert {i.text: i.new for i in again.brief_document.brief().items} == texts


def test_an_unchanged_folder_offers_no_update(make_window, tmp_path: Path, qtbot) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    path = tmp_path / "monday.citebrief"
    save_brief(path, BriefFile(summarise(load_folder(folder), BriefOptions(length=80)), paths=(str(folder),)))
    window = make_window()
    reopen(window, path, qtbot)
    assert not window.update_bar.isVisible()
    assert not window.commands[ActionId.UPDATE_BRIEF].isEnabled()
    menu = window.updates.context_menu(window.editor.cursorRect().center())
    assert "Accept New Sentence" not in [a.text() for a in menu.actions()]


def _cursor_at(window: MainWindow, position: int):  # type: ignore[no-untyped-def]
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    return cursor


def test_an_update_the_briefs_algorithm_cannot_take_is_refused_and_the_brief_stays(
    make_window, tmp_path: Path, qtbot
) -> None:
    from article_folders import write_sentences
    from citebrief.engine.names import SENTENCE_LIMITS

    folder = write_sentences(tmp_path / "reports", 40)
    path = tmp_path / "lsa.citebrief"
    brief = summarise(load_folder(folder), BriefOptions(algorithm="lsa", length=40))
    save_brief(path, BriefFile(brief, paths=(str(folder),)))
    limit = SENTENCE_LIMITS["lsa"]
    assert limit is not None
    write_sentences(folder, limit + 40)  # the first file stays as it was; the others are new
    window = make_window()
    reopen(window, path, qtbot)
    qtbot.waitUntil(window.update_bar.isVisible, timeout=5_000)
    before = window.brief_document.brief()
    window.commands[ActionId.UPDATE_BRIEF].trigger()
    QApplication.processEvents()
    assert "Cannot update the brief: LSA" in window.status.label.text()
    assert not window.updates.runner.busy
    assert window.brief_document.brief() == before


def test_a_new_sentence_cut_and_pasted_back_stays_new_and_its_tint_explains_itself_on_hover(
    make_window, saved: Path, qtbot
) -> None:
    window = make_window()
    reopen(window, saved, qtbot)
    qtbot.waitUntil(window.update_bar.isVisible, timeout=5_000)
    update(window, qtbot)
    marked = new_ids(window)
    first = marked[0]
    text = next(i.text for i in window.brief_document.brief().items if i.new)

    # Hovering the tinted sentence says what the tint means.
    start = window.brief_document.item_spans()[first][0][0]
    point = window.editor.cursorRect(_cursor_at(window, start + 3)).center()
    viewport = window.editor.viewport()
    QApplication.sendEvent(window.editor, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    assert TIP in QToolTip.text()

    # Cut the whole sentence with its markers, paste it at the end: still new, still one item.
    spans = window.brief_document.item_spans()[first]
    cursor = _cursor_at(window, spans[0][0])
    cursor.setPosition(spans[-1][1], QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.editor.cut()
    QApplication.processEvents()
    assert text not in [i.text for i in window.brief_document.brief().items]
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" ")
    window.editor.setTextCursor(cursor)
    window.editor.paste()
    QApplication.processEvents()
    pasted = window.brief_document.brief().items[-1]
    assert pasted.text == text and pasted.new
    assert new_ids(window) == marked
