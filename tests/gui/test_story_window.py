"""A folder of several stories, driven as a user drives it: the switch that turns stories off and on,
undoing a move of a document to another story, and text typed into or after "Also in this folder"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from scripted_dialogs import dialogs
from test_editing import check_citations
from test_stories_panel import (
    DropFromTree,
    files_under,
    heading_blocks,
    menu_action,
    open_folder,
    source_id_of,
    story_brief,
    story_row_holding,
    write_folder,
)

from citebrief.gui.actions import ActionId
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_stories import also_entry_block, story_heading_block
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow
from citebrief.gui.story_rows import STORY_ID, story_title
from citebrief.store import open_brief as load_brief
from story_folders import STRIKE


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def story_files(window: MainWindow, file: str) -> set[str]:
    """The files of the story ``file`` is listed under (none while the panel has no stories)."""
    row = next((r for r in window.sources.story_rows() if file in files_under(r, window)), None)
    return files_under(row, window) if row is not None else set()


def idle(window: MainWindow) -> bool:
    return not window.workspace.busy and not window.stories.grouper.busy


def move_by_menu(window: MainWindow, qtbot, moved: str, story) -> str:  # type: ignore[no-untyped-def]
    """Move the document ``moved`` to the story of the panel row ``story`` through the row's menu, as a
    user would, and wait until the brief is rebuilt with it there; the story's id."""
    story_id = str(story.data(0, STORY_ID))
    menu = window.sources.context_menu(window.sources.row_for(moved))
    assert menu is not None
    menu_action(menu, "Move to Story", story_title(story)).trigger()
    qtbot.waitUntil(
        lambda: idle(window) and moved in window.brief_document.base.story(story_id).documents, timeout=60_000
    )
    return story_id


def test_the_story_switch_gives_one_brief_of_the_folder_and_is_remembered(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    window = make_window()
    open_folder(window, folder, qtbot, wait_for_brief)
    switch = window.controls.stories
    assert switch.isChecked() and len(heading_blocks(window)) == 3

    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: idle(window) and not window.brief_document.base.stories, timeout=60_000)
    assert heading_blocks(window) == []
    assert window.brief_document.base.options.stories == "off"
    qtbot.waitUntil(lambda: window.sources.story_rows() == [], timeout=30_000)
    assert window.sources.header.text() == "Sources · 8 documents"
    # Undo brings back the brief of three stories, and the switch and the panel say so again.
    window.commands[ActionId.UNDO].trigger()
    settle()
    assert switch.isChecked() and len(heading_blocks(window)) == 3
    qtbot.waitUntil(lambda: len(window.sources.story_rows()) == 3, timeout=30_000)
    window.commands[ActionId.REDO].trigger()
    settle()
    assert not switch.isChecked() and heading_blocks(window) == []
    qtbot.waitUntil(lambda: window.sources.story_rows() == [], timeout=30_000)
    path = tmp_path / "week.citebrief"
    assert window.files.save_to(str(path))
    assert load_brief(path).brief.options.stories == "off"
    window.close()  # the window remembers the switch, as it remembers the sections switch

    again = make_window()
    assert not again.controls.stories.isChecked()
    assert again.workspace.options.stories == "off"
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert not again.controls.stories.isChecked()

    dialogs(again).answers[:] = [Button.Yes]  # a reopened brief may hold edits: a rebuild asks first
    qtbot.mouseClick(again.controls.stories, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(again) and len(again.brief_document.base.stories) == 3, timeout=60_000)
    assert len(heading_blocks(again)) == 3
    qtbot.waitUntil(lambda: len(again.sources.story_rows()) == 3, timeout=30_000)


def test_undo_puts_a_moved_document_back_in_its_story_and_redo_moves_it_again(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    before = window.brief_document.brief()
    moved = source_id_of(window, "rovers-strike-2.txt")
    theft = story_row_holding(window, "halvard-theft-1.txt")
    theft_id = move_by_menu(window, qtbot, moved, theft)
    after = window.brief_document.brief()
    qtbot.waitUntil(lambda: "rovers-strike-2.txt" in story_files(window, "halvard-theft-1.txt"))

    window.commands[ActionId.UNDO].trigger()
    settle()

    assert window.brief_document.brief() == before
    assert window.workspace.options.story_moves == ()
    qtbot.waitUntil(
        lambda: idle(window) and story_files(window, "rovers-strike-1.txt") == set(STRIKE),
        timeout=30_000,
    )
    menu = window.sources.context_menu(window.sources.row_for(moved))
    assert menu is not None and "Restore Automatic Stories" not in [a.text() for a in menu.actions()]
    path = tmp_path / "undone.citebrief"
    assert window.files.save_to(str(path))
    assert load_brief(path).brief.options.story_moves == ()

    window.commands[ActionId.REDO].trigger()
    settle()

    assert window.brief_document.brief() == after
    assert window.workspace.options.story_moves == ((moved, theft_id),)
    qtbot.waitUntil(
        lambda: idle(window)
        and "rovers-strike-2.txt" in story_files(window, "halvard-theft-1.txt"),
        timeout=30_000,
    )
    # The options a rebuild starts from are those of the brief on screen: the length is kept too.
    window.controls.spin.setValue(window.controls.spin.value() + 20)
    qtbot.waitUntil(lambda: idle(window) and window.brief_document.base.options.length == after.options.length + 20, timeout=60_000)
    assert window.brief_document.base.options.story_moves == ((moved, theft_id),)


def short_brief(window: MainWindow, tmp_path: Path, qtbot, wait_for_brief) -> None:  # type: ignore[no-untyped-def]
    """Three stories in a brief with room for one: two are listed under "Also in this folder"."""
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    window.workspace.set_options(replace(window.workspace.options, length=60))
    window.controls.set_options(window.workspace.options)
    open_folder(window, folder, qtbot, wait_for_brief)
    assert len([s for s in window.brief_document.base.stories if not s.shown]) == 2


def test_a_paragraph_typed_after_the_also_list_is_the_users_own_text_and_is_saved(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Editors should follow the dam inquiry.")
    settle()

    brief = window.brief_document.brief()
    assert brief.items[-1].text == "Editors should follow the dam inquiry."
    assert brief.items[-1].citations == () and brief.items[-1].edited
    corpus = window.workspace.corpus
    assert corpus is not None
    check_citations(window.brief_document, corpus)
    # The list itself is untouched: its entries still bring their story in.
    hidden = [s for s in brief.stories if not s.shown]
    assert all(also_entry_block(window.brief_document.document, s.id) is not None for s in hidden)

    path = tmp_path / "note.citebrief"
    assert window.files.save_to(str(path))
    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert again.brief_document.brief() == brief
    # Reopened, the list is written after the brief's text again.
    text = again.brief_document.document.toPlainText()
    assert text.index("Editors should follow the dam inquiry.") < text.index("Also in this folder")


def test_typing_inside_an_also_entry_keeps_the_words_as_the_users(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    hidden = [s for s in window.brief_document.base.stories if not s.shown]
    block = also_entry_block(window.brief_document.document, hidden[0].id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, " (check Monday)")
    settle()
    texts = [item.text for item in window.brief_document.brief().items]
    assert any("(check Monday)" in text for text in texts)
    window.editor.undo()
    settle()
    assert "(check Monday)" not in window.brief_document.document.toPlainText()
    assert also_entry_block(window.brief_document.document, hidden[0].id) is not None


def test_deleting_the_also_list_keeps_the_brief_and_a_rebuild_writes_it_again(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    before = window.brief_document.brief()
    document = window.brief_document.document
    start = document.find("Also in this folder")
    cursor = QTextCursor(document)
    cursor.setPosition(start.selectionStart() - 1)  # from the end of the brief's last sentence
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    settle()
    assert "Also in this folder" not in document.toPlainText()
    assert window.brief_document.brief() == before
    corpus = window.workspace.corpus
    assert corpus is not None
    check_citations(window.brief_document, corpus)
    path = tmp_path / "no-list.citebrief"
    assert window.files.save_to(str(path))
    assert load_brief(path).brief == before

    dialogs(window).answers[:] = [Button.Yes]
    window.commands[ActionId.SUMMARISE].trigger()
    qtbot.waitUntil(lambda: idle(window) and "Also in this folder" in document.toPlainText(), timeout=60_000)


def test_what_is_left_of_a_partly_deleted_also_entry_stays_out_of_the_brief(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    before = window.brief_document.brief()
    hidden = [s for s in before.stories if not s.shown]
    block = also_entry_block(window.brief_document.document, hidden[0].id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    for _ in range(len(" sources")):
        qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    # then a word typed in the brief's own text, which looks the document over again
    spans = window.brief_document.item_spans()
    cursor.setPosition(next(iter(spans.values()))[0][0])
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Note: ")
    settle()
    items = window.brief_document.brief().items
    assert items[0].text.startswith("Note: ")
    assert [item.text for item in items[1:]] == [item.text for item in before.items[1:]]
    assert not any(hidden[0].heading in item.text for item in items)


def test_a_folded_story_stays_folded_when_a_move_rebuilds_the_panel(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    tree = window.sources.tree
    dam = story_row_holding(window, "merrow-dam-1.txt")
    dam_id = str(dam.data(0, STORY_ID))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(dam).center())
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # folds the story, as in any tree
    assert not dam.isExpanded()
    assert tree.visualItemRect(dam.child(0)).isEmpty()

    moved = source_id_of(window, "rovers-strike-2.txt")
    theft = story_row_holding(window, "halvard-theft-1.txt")
    menu = window.sources.context_menu(window.sources.row_for(moved))
    assert menu is not None
    menu_action(menu, "Move to Story", story_title(theft)).trigger()
    qtbot.waitUntil(
        lambda: idle(window)
        and "rovers-strike-2.txt" in story_files(window, "halvard-theft-1.txt"),
        timeout=60_000,
    )
    dam = window.sources.story_row(dam_id)
    assert dam is not None and not dam.isExpanded()
    assert story_row_holding(window, "halvard-theft-1.txt").isExpanded()


def test_unticking_a_story_from_the_keyboard_takes_it_off_the_also_list_too(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    hidden = next(s for s in window.brief_document.base.stories if not s.shown)
    row = window.sources.story_row(hidden.id)
    assert row is not None
    tree = window.sources.tree
    tree.setFocus()
    tree.setCurrentItem(row)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert row.checkState(0) == Qt.CheckState.Unchecked
    assert window.sources.excluded() == set(hidden.documents)
    qtbot.waitUntil(
        lambda: idle(window)
        and not {sid for s in window.brief_document.base.stories for sid in s.documents} & set(hidden.documents),
        timeout=60_000,
    )
    text = window.brief_document.document.toPlainText()
    assert hidden.heading not in text
    assert not set(hidden.documents) & set(window.brief_document.brief().cited_source_ids())


def test_an_also_entry_offers_show_in_brief_from_the_keyboard_and_on_its_menu(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    first, last = [s for s in window.brief_document.base.stories if not s.shown]
    block = also_entry_block(window.brief_document.document, first.id)
    assert block is not None
    window.editor.setTextCursor(QTextCursor(block))
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle(window) and window.brief_document.base.story(first.id).shown, timeout=60_000)
    assert not window.brief_document.base.story(last.id).shown  # room for the second story only

    block = also_entry_block(window.brief_document.document, last.id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=2)
    window.editor.setTextCursor(cursor)
    window.editor.ensureCursorVisible()
    menu = window.editor.context_menu(window.editor.cursorRect(cursor).center())
    menu_action(menu, "Show in Brief").trigger()
    qtbot.waitUntil(lambda: idle(window) and window.brief_document.base.story(last.id).shown, timeout=60_000)


def test_undo_after_unticking_a_story_ticks_it_again(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    before = window.brief_document.brief()
    strike = story_row_holding(window, "rovers-strike-1.txt")
    strike.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: idle(window) and len(heading_blocks(window)) == 2, timeout=60_000)

    window.commands[ActionId.UNDO].trigger()
    settle()

    assert window.brief_document.brief() == before
    assert window.sources.excluded() == frozenset() and window.workspace.excluded == frozenset()
    assert story_row_holding(window, "rovers-strike-1.txt").checkState(0) == Qt.CheckState.Checked
    # The next rebuild is made from what the panel shows: all three stories.
    window.controls.spin.setValue(window.controls.spin.value() + 20)
    qtbot.waitUntil(
        lambda: idle(window) and window.brief_document.base.options.length == before.options.length + 20,
        timeout=60_000,
    )
    assert len(heading_blocks(window)) == 3


def test_a_brief_undone_and_then_typed_over_never_comes_back(qapp, tmp_path_factory) -> None:
    """Typing after Undo drops the redo steps; however long the typing, undo and redo then step through
    it under the brief undone to, never the brief that was dropped."""
    _corpus, made = story_brief(tmp_path_factory)
    moved = replace(made, options=replace(made.options, story_moves=(("x.txt", "story-x"),)))
    document = BriefDocument()
    document.set_brief(made)
    document.set_brief(moved, undoable=True)
    assert document.base.options == moved.options
    document.document.undo()
    document.normalise()
    assert document.base.options == made.options
    document.document.redo()
    document.normalise()
    assert document.base.options == moved.options
    document.document.undo()
    document.normalise()
    for _ in range(300):  # more steps than laying the brief out took
        with document.edit() as cursor:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("x")
        document.normalise()
    assert not document.document.isRedoAvailable()
    assert document.base.options == made.options
    for _ in range(150):
        document.document.undo()
        document.normalise()
    assert document.base.options == made.options


def test_clicking_a_story_whose_heading_was_deleted_says_so(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    story = window.brief_document.base.stories[-1]
    block = story_heading_block(window.brief_document.document, story.id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)  # the end of the story before
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    settle()
    assert story_heading_block(window.brief_document.document, story.id) is None

    tree = window.sources.tree
    row = window.sources.story_row(story.id)
    assert row is not None
    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert window.status.label.text() == f"“{story.heading}” has no heading in the brief as you edited it."


def test_moves_come_back_when_the_stories_are_switched_on_again(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    moved = source_id_of(window, "merrow-dam-3.txt")
    strike = story_row_holding(window, "rovers-strike-1.txt")
    strike_id = move_by_menu(window, qtbot, moved, strike)
    qtbot.mouseClick(window.controls.stories, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window) and not window.brief_document.base.stories, timeout=60_000)
    qtbot.waitUntil(lambda: window.sources.story_rows() == [], timeout=30_000)
    assert window.sources.context_menu(window.sources.row_for(moved)) is None

    qtbot.mouseClick(window.controls.stories, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window) and len(window.brief_document.base.stories) == 3, timeout=60_000)
    assert moved in window.brief_document.base.story(strike_id).documents
    qtbot.waitUntil(
        lambda: idle(window)
        and story_files(window, "rovers-strike-1.txt") == {*STRIKE, "merrow-dam-3.txt"},
        timeout=30_000,
    )


def test_words_typed_over_a_selection_in_the_also_list_are_the_users(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    short_brief(window, tmp_path, qtbot, wait_for_brief)
    hidden = [s for s in window.brief_document.base.stories if not s.shown]
    block = also_entry_block(window.brief_document.document, hidden[0].id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Flooded")
    settle()
    assert "Flooded" in window.brief_document.document.toPlainText()
    assert any("Flooded" in item.text for item in window.brief_document.brief().items)
    corpus = window.workspace.corpus
    assert corpus is not None
    check_citations(window.brief_document, corpus)
    window.editor.undo()  # the rest of the word,
    window.editor.undo()  # then the letter typed over the selection, as anywhere in the brief
    settle()
    assert "Flooded" not in window.brief_document.document.toPlainText()
    assert also_entry_block(window.brief_document.document, hidden[0].id) is not None


def test_a_document_dragged_to_another_story_is_there_when_the_brief_is_reopened(
    make_window, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    tree = window.sources.tree
    moved = source_id_of(window, "halvard-theft-2.txt")
    row = window.sources.row_for(moved)
    assert row is not None
    tree.setCurrentItem(row)
    target = story_row_holding(window, "merrow-dam-1.txt")
    dam_id = str(target.data(0, STORY_ID))
    tree.dropEvent(DropFromTree(tree, target))
    qtbot.waitUntil(
        lambda: idle(window) and moved in window.brief_document.base.story(dam_id).documents, timeout=60_000
    )
    path = tmp_path / "dragged.citebrief"
    assert window.files.save_to(str(path))

    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert again.workspace.options.story_moves == ((moved, dam_id),)
    qtbot.waitUntil(lambda: idle(again) and bool(again.sources.story_rows()), timeout=30_000)
    qtbot.waitUntil(
        lambda: "halvard-theft-2.txt" in story_files(again, "merrow-dam-1.txt"),
        timeout=30_000,
    )


def test_the_brief_menu_offers_the_same_stories_switch(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "week", "dam", "strike", "theft")
    open_folder(window, folder, qtbot, wait_for_brief)
    action = window.commands[ActionId.BRIEF_STORIES]
    brief_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Brief")
    assert action in brief_menu.actions()
    assert action.isCheckable() and action.isChecked()

    action.trigger()

    assert not window.controls.stories.isChecked()
    qtbot.waitUntil(lambda: idle(window) and not window.brief_document.base.stories, timeout=60_000)
    qtbot.mouseClick(window.controls.stories, Qt.MouseButton.LeftButton)
    assert action.isChecked()
    qtbot.waitUntil(lambda: idle(window) and len(window.brief_document.base.stories) == 3, timeout=60_000)
