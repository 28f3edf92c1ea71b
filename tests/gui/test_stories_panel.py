"""A folder of several stories in the window: the sources panel's story groups, a story's section in the
brief, leaving a story out, moving a document to another story, and the "Also in this folder" entries."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem
from random_edits import apply_edit
from scripted_dialogs import dialogs
from test_editing import check_citations, edits

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.export.markdown import render_markdown
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_stories import STORY_HEADING, also_entry_block, story_heading_block, story_href
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow
from citebrief.gui.story_rows import SOURCE_ID, STORY_ID, story_title
from citebrief.ingest import load_folder
from story_folders import DAM, STRIKE, THEFT

# Three invented stories of two or three articles each.
THREE_STORIES = {"dam": DAM, "strike": STRIKE, "theft": dict(list(THEFT.items())[:3])}


def write_folder(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        for file, text in THREE_STORIES[name].items():
            (folder / file).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def three_stories(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "week", "dam", "strike", "theft")


def open_folder(window: MainWindow, folder: Path, qtbot, wait_for_brief) -> None:  # type: ignore[no-untyped-def]
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    qtbot.waitUntil(
        lambda: not window.stories.grouper.busy and window.stories.shown is not None, timeout=30_000
    )


def files_under(row: QTreeWidgetItem, window: MainWindow) -> set[str]:
    corpus = window.workspace.corpus
    assert corpus is not None
    names = {src.id: Path(src.path).name for src in corpus.sources}
    return {names[str(row.child(i).data(0, SOURCE_ID))] for i in range(row.childCount())}


def story_row_holding(window: MainWindow, file: str) -> QTreeWidgetItem:
    return next(row for row in window.sources.story_rows() if file in files_under(row, window))


def source_id_of(window: MainWindow, file: str) -> str:
    corpus = window.workspace.corpus
    assert corpus is not None
    return next(src.id for src in corpus.sources if Path(src.path).name == file)


def heading_blocks(window: MainWindow) -> list[str]:
    """The story headings the brief editor shows, in order."""
    found = []
    block = window.brief_document.document.begin()
    while block.isValid():
        if isinstance(block.blockFormat().property(STORY_HEADING), str):
            assert block.blockFormat().headingLevel() == 1
            found.append(block.text())
        block = block.next()
    return found


def test_the_sources_panel_groups_documents_under_each_story_with_its_number_of_sources(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    open_folder(window, three_stories, qtbot, wait_for_brief)
    rows = window.sources.story_rows()
    assert sorted(sorted(files_under(row, window)) for row in rows) == sorted(
        sorted(files) for files in THREE_STORIES.values()
    )
    brief = window.brief_document.base
    for row, story in zip(rows, brief.stories, strict=True):
        assert row.text(0) == f"{story.heading} — {row.childCount()} sources"
        assert story_title(row) == story.heading
        assert row.isFirstColumnSpanned() and row.isExpanded() and row.checkState(0) == Qt.CheckState.Checked
    # The editor shows each story's heading as a top-level heading, in the brief's order.
    assert heading_blocks(window) == [story.heading for story in brief.stories if story.shown]
    assert len(heading_blocks(window)) == 3
    assert window.sources.header.text() == "Sources · 8 documents in 3 stories"
    # A story folds away like any tree branch.
    window.sources.tree.collapseItem(rows[0])
    assert not rows[0].isExpanded()
    # Items read back from the editor keep their story.
    stories = {story.id for story in brief.stories}
    assert {item.story for item in window.brief_document.brief().items} == stories


def test_clicking_a_story_scrolls_the_brief_to_its_heading(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    window.resize(1000, 380)
    open_folder(window, three_stories, qtbot, wait_for_brief)
    last = window.sources.story_rows()[-1]
    story = window.brief_document.base.stories[-1]
    assert story_title(last) == story.heading
    block = story_heading_block(window.brief_document.document, story.id)
    assert block is not None
    bar = window.editor.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the last story starts below the fold

    tree = window.sources.tree
    tree.scrollToItem(last)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(last).center())

    qtbot.waitUntil(lambda: bar.value() > 0)
    top = window.editor.cursorRect(QTextCursor(block)).top()
    # the heading is at the top of the view, or as near it as the end of the brief lets it come
    assert 0 <= top < 40 or (bar.value() == bar.maximum() and 0 <= top < window.editor.viewport().height() // 2)
    assert window.editor.textCursor().block() == block


def test_unticking_a_story_leaves_its_documents_out_of_the_brief(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    open_folder(window, three_stories, qtbot, wait_for_brief)
    strike = story_row_holding(window, "rovers-strike-1.txt")
    left_out = {source_id_of(window, file) for file in STRIKE}
    assert left_out <= set(window.brief_document.brief().cited_source_ids())

    strike.setCheckState(0, Qt.CheckState.Unchecked)

    assert all(strike.child(i).checkState(0) == Qt.CheckState.Unchecked for i in range(strike.childCount()))
    assert window.sources.excluded() == left_out
    qtbot.waitUntil(
        lambda: (
            not window.workspace.busy and not left_out & set(window.brief_document.brief().cited_source_ids())
        ),
        timeout=60_000,
    )
    brief = window.brief_document.brief()
    assert len(heading_blocks(window)) == 2
    assert {source_id_of(window, f) for f in DAM} & set(brief.cited_source_ids())
    # The story keeps its place in the panel, unticked, and ticking one document shows it partly ticked.
    strike = story_row_holding(window, "rovers-strike-1.txt")
    strike.child(0).setCheckState(0, Qt.CheckState.Checked)
    assert strike.checkState(0) == Qt.CheckState.PartiallyChecked
    back = str(strike.child(0).data(0, SOURCE_ID))
    qtbot.waitUntil(
        lambda: not window.workspace.busy and back in window.brief_document.brief().cited_source_ids(),
        timeout=60_000,
    )
    assert len(heading_blocks(window)) == 3


def menu_action(menu: QMenu, *path: str):  # type: ignore[no-untyped-def]
    for action in menu.actions():
        if action.text() == path[0]:
            if len(path) == 1:
                return action
            sub = action.menu()
            assert isinstance(sub, QMenu)
            return menu_action(sub, *path[1:])
    raise AssertionError(f"no {path[0]!r} in {[a.text() for a in menu.actions()]}")


def test_moving_a_document_by_its_context_menu_rebriefs_and_is_saved_with_the_brief(
    make_window, three_stories: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    open_folder(window, three_stories, qtbot, wait_for_brief)
    moved = source_id_of(window, "rovers-strike-2.txt")
    theft = story_row_holding(window, "halvard-theft-1.txt")
    theft_id, theft_heading = str(theft.data(0, STORY_ID)), story_title(theft)
    row = window.sources.row_for(moved)
    assert row is not None
    menu = window.sources.context_menu(row)
    assert menu is not None
    menu_action(menu, "Move to Story", theft_heading).trigger()

    def moved_in_brief() -> bool:
        brief = window.brief_document.base
        return not window.workspace.busy and any(
            s.id == theft_id and moved in s.documents for s in brief.stories
        )

    qtbot.waitUntil(moved_in_brief, timeout=60_000)
    assert window.brief_document.base.options.story_moves == ((moved, theft_id),)
    assert (
        window.status.label.text() == f"Moved “League steps in as Rovers strike looms” to “{theft_heading}”."
    )
    qtbot.waitUntil(
        lambda: "rovers-strike-2.txt" in files_under(story_row_holding(window, "halvard-theft-1.txt"), window)
    )
    assert story_row_holding(window, "rovers-strike-1.txt").text(0).endswith(" — 1 source")

    path = tmp_path / "week.citebrief"
    saved = window.brief_document.brief()
    assert window.files.save_to(str(path))
    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert again.brief_document.brief() == saved
    assert again.workspace.options.story_moves == ((moved, theft_id),)
    qtbot.waitUntil(lambda: bool(again.sources.story_rows()), timeout=30_000)
    assert "rovers-strike-2.txt" in files_under(story_row_holding(again, "halvard-theft-1.txt"), again)

    # The same menu puts it back; the brief file then holds no move. (A reopened brief may hold the
    # user's edits, so rebuilding it asks first.)
    menu = again.sources.context_menu(again.sources.row_for(moved))
    assert menu is not None
    dialogs(again).answers[:] = [Button.Yes]
    menu_action(menu, "Restore Automatic Stories").trigger()
    assert "Rebuilding it replaces your edits" in dialogs(again).asked[-1]
    qtbot.waitUntil(
        lambda: not again.workspace.busy and not again.brief_document.base.options.story_moves, timeout=60_000
    )
    qtbot.waitUntil(
        lambda: files_under(story_row_holding(again, "rovers-strike-1.txt"), again) == set(STRIKE),
        timeout=30_000,
    )


def test_an_also_in_this_folder_entry_brings_its_story_into_the_brief(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    window.workspace.set_options(replace(window.workspace.options, length=60))
    window.controls.set_options(window.workspace.options)
    open_folder(window, three_stories, qtbot, wait_for_brief)
    brief = window.brief_document.base
    hidden = [story for story in brief.stories if not story.shown]
    assert len(hidden) == 2 and len(heading_blocks(window)) == 1
    last = hidden[-1]
    block = also_entry_block(window.brief_document.document, last.id)
    assert block is not None and block.text() == f"{last.heading} — {last.source_count} sources"

    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=2)
    window.editor.ensureCursorVisible()
    window.editor.setTextCursor(cursor)
    window.editor.ensureCursorVisible()
    where = window.editor.cursorRect(cursor).center()
    assert window.editor.anchorAt(where) == story_href(last.id)
    qtbot.mouseMove(window.editor.viewport(), where)
    qtbot.waitUntil(lambda: window.editor.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor)
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=where)

    qtbot.waitUntil(
        lambda: not window.workspace.busy and window.brief_document.base.story(last.id).shown, timeout=60_000
    )
    assert last.heading in heading_blocks(window)
    assert also_entry_block(window.brief_document.document, last.id) is None
    assert window.controls.spin.value() > 60
    assert any(item.story == last.id for item in window.brief_document.brief().items)


def test_a_folder_of_one_story_has_no_story_level_in_the_panel(
    window: MainWindow, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    folder = write_folder(tmp_path / "dam", "dam")
    open_folder(window, folder, qtbot, wait_for_brief)
    assert window.stories.shown is not None
    assert window.sources.story_rows() == []
    tree = window.sources.tree
    assert tree.topLevelItemCount() == len(DAM) and not tree.rootIsDecorated()
    assert window.sources.header.text() == "Sources · 3 documents"
    assert window.brief_document.base.stories == () and heading_blocks(window) == []
    assert window.sources.context_menu(window.sources.rows()[0]) is None


class DropFromTree(QDropEvent):
    """A drop as the panel's own tree delivers it (Qt names the drag's source only for a real drag)."""

    def __init__(self, tree: QTreeWidget, row: QTreeWidgetItem) -> None:
        mime = tree.mimeData([tree.currentItem()])
        super().__init__(
            QPointF(tree.visualItemRect(row).center()),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self._tree = tree

    def source(self) -> QTreeWidget:  # type: ignore[override]
        return self._tree


def test_dragging_a_document_onto_another_story_moves_it_there(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    open_folder(window, three_stories, qtbot, wait_for_brief)
    tree = window.sources.tree
    moved = source_id_of(window, "merrow-dam-3.txt")
    row = window.sources.row_for(moved)
    assert row is not None
    tree.setCurrentItem(row)
    target = story_row_holding(window, "rovers-strike-1.txt")
    strike_id = str(target.data(0, STORY_ID))

    tree.dropEvent(DropFromTree(tree, target))

    qtbot.waitUntil(
        lambda: not window.workspace.busy and moved in window.brief_document.base.story(strike_id).documents,
        timeout=60_000,
    )
    assert window.brief_document.base.options.story_moves == ((moved, strike_id),)
    qtbot.waitUntil(
        lambda: (
            files_under(story_row_holding(window, "rovers-strike-1.txt"), window)
            == {*STRIKE, "merrow-dam-3.txt"}
        ),
        timeout=30_000,
    )
    # Dropping onto the story a document is already in changes nothing.
    row = window.sources.row_for(moved)
    assert row is not None
    tree.setCurrentItem(row)
    drop = DropFromTree(tree, story_row_holding(window, "rovers-strike-1.txt"))
    tree.dropEvent(drop)
    assert not drop.isAccepted()
    # Changing the length keeps the move: the Options panel does not show moves, but does not drop them.
    window.controls.spin.setValue(120)
    qtbot.waitUntil(
        lambda: not window.workspace.busy and window.brief_document.base.options.length == 120, timeout=60_000
    )
    assert window.brief_document.base.options.story_moves == ((moved, strike_id),)


def test_the_window_exports_story_headings_as_the_user_renamed_them(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    open_folder(window, three_stories, qtbot, wait_for_brief)
    story = window.brief_document.base.stories[1]
    block = story_heading_block(window.brief_document.document, story.id)
    assert block is not None
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Dam collapse in the Calder Valley")

    brief = window.brief_document.brief()
    assert brief.story(story.id).heading == "Dam collapse in the Calder Valley"
    assert {item.story for item in brief.items} == {s.id for s in brief.stories}
    markdown = render_markdown(brief)
    assert "# Dam collapse in the Calder Valley" in markdown and f"# {story.heading}\n" not in markdown


def test_moves_belong_to_their_brief_not_to_the_next_folder_opened(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    open_folder(window, three_stories, qtbot, wait_for_brief)
    moved = source_id_of(window, "halvard-theft-3.txt")
    row = window.sources.row_for(moved)
    assert row is not None
    menu = window.sources.context_menu(row)
    assert menu is not None
    menu_action(menu, "Move to Story", "Not Grouped").trigger()
    qtbot.waitUntil(lambda: not window.workspace.busy and moved in window.brief_document.base.ungrouped)
    qtbot.waitUntil(lambda: window.sources.story_rows()[-1].text(0) == "Not grouped — 1 source")

    dialogs(window).answers[:] = [Button.Discard]
    window.files.open_paths([str(three_stories)])
    qtbot.waitUntil(
        lambda: not window.workspace.busy and not window.brief_document.base.ungrouped, timeout=60_000
    )
    assert window.workspace.options.story_moves == ()
    assert window.brief_document.base.options.story_moves == ()
    qtbot.waitUntil(
        lambda: "halvard-theft-3.txt" in files_under(story_row_holding(window, "halvard-theft-1.txt"), window)
    )


def test_show_in_brief_on_a_story_row_brings_a_story_with_no_room_into_the_brief(
    window: MainWindow, three_stories: Path, qtbot, wait_for_brief
) -> None:
    window.workspace.set_options(replace(window.workspace.options, length=60))
    window.controls.set_options(window.workspace.options)
    open_folder(window, three_stories, qtbot, wait_for_brief)
    hidden = next(story for story in window.brief_document.base.stories if not story.shown)
    row = window.sources.story_row(hidden.id)
    assert row is not None
    menu = window.sources.context_menu(row)
    assert menu is not None
    menu_action(menu, "Show in Brief").trigger()
    qtbot.waitUntil(
        lambda: not window.workspace.busy and window.brief_document.base.story(hidden.id).shown,
        timeout=60_000,
    )
    block = story_heading_block(window.brief_document.document, hidden.id)
    assert block is not None and block.text() == hidden.heading
    # The brief scrolls to the story it brought in.
    qtbot.waitUntil(lambda: window.editor.textCursor().block() == block)


_STORY_BRIEFS: dict[str, tuple[Corpus, Brief]] = {}


def story_brief(tmp_path_factory) -> tuple[Corpus, Brief]:  # type: ignore[no-untyped-def]
    """A brief of the three stories with one left for "Also in this folder" (made once for all examples)."""
    if not _STORY_BRIEFS:
        folder = write_folder(tmp_path_factory.mktemp("stories") / "week", "dam", "strike", "theft")
        corpus = load_folder(str(folder))
        _STORY_BRIEFS["week"] = (corpus, summarise(corpus, BriefOptions(length=110)))
    return _STORY_BRIEFS["week"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=edits)
def test_random_edits_of_a_brief_of_stories_keep_citations_and_stories(qapp, tmp_path_factory, ops) -> None:
    corpus, brief = story_brief(tmp_path_factory)
    assert [s.shown for s in brief.stories] == [True, True, False]
    document = BriefDocument()
    document.set_brief(brief)
    original = document.brief()
    assert original == brief
    also = f"{brief.stories[2].heading} — "
    for op, where, length, text in ops:
        apply_edit(document, op, where, length, text)
        check_citations(document, corpus)
        now = document.brief()
        assert {item.story for item in now.items} <= {s.id for s in brief.stories} | {""}
        # The list after the text is not the brief's: what is typed into it is the user's own text.
        assert not any(also in item.text for item in now.items if item.citations)
    while document.document.isUndoAvailable():
        document.document.undo()
        document.normalise()
    assert document.brief() == original


def test_the_window_loads_the_story_grouping_only_when_a_folder_is_grouped() -> None:
    """The grouping needs numpy and scipy: loaded at start, they would cost every start a second."""
    code = (
        "import sys\nimport citebrief.gui.main_window\n"
        "print(' '.join(m for m in ('numpy', 'scipy', 'citebrief.engine.stories') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_storys_sections_sit_beneath_its_heading_and_read_back_unchanged(qapp, tmp_path_factory) -> None:
    _corpus, brief = story_brief(tmp_path_factory)
    first = brief.stories[0].id
    items = [item for item in brief.items if item.story == first]
    assert len(items) >= 2
    sections = {id(item): ("Inquiry" if k < len(items) // 2 else "Repairs") for k, item in enumerate(items)}
    brief = replace(
        brief, items=tuple(replace(item, section=sections.get(id(item), "")) for item in brief.items)
    )
    document = BriefDocument()
    document.set_brief(brief)

    outline = []
    block = document.document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            outline.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    shown = [story.heading for story in brief.stories if story.shown]
    assert outline == [
        (1, shown[0]),
        (2, "Inquiry"),
        (2, "Repairs"),
        (1, shown[1]),
        (2, "Also in this folder"),
    ]
    assert document.brief() == brief
