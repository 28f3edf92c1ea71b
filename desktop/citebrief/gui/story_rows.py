"""The sources panel's story level: a row per story above its documents, moving documents between them.

A story's row shows its heading and its number of sources; its box ticks or unticks all its documents
and shows "partly" when only some are ticked. Documents move to another story by dragging them onto
the story (or onto one of its documents), or from their context menu.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from citebrief.core.model import UNGROUPED
from citebrief.export.model import UNGROUPED_HEADING, also_line

if TYPE_CHECKING:
    from citebrief.engine.stories import Grouping

SOURCE_ID = Qt.ItemDataRole.UserRole + 1
STORY_ID = Qt.ItemDataRole.UserRole + 2  # on a story's row only; `UNGROUPED` for "Not grouped"
STORY_TITLE = Qt.ItemDataRole.UserRole + 3  # a story row's heading (its text adds the number of sources)
MENU_HEADING_CHARS = 60  # a story heading in a menu: longer ones end in "…"

Choice = tuple[str, ...]  # ("move", source id, story id) | ("expand", story id) | ("reset",)


def child_rows(row: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (row.child(i) for i in range(row.childCount()))
    return [child for child in found if child is not None]


def story_title(row: QTreeWidgetItem) -> str:
    """The heading of a story's row ("" for a document's)."""
    return str(row.data(0, STORY_TITLE) or "")


def story_of(row: QTreeWidgetItem | None) -> str | None:
    """The story a row stands for or sits in, None outside any story."""
    while row is not None:
        story = row.data(0, STORY_ID)
        if story is not None:
            return str(story)
        row = row.parent()
    return None


def _combined(states: Iterable[Qt.CheckState]) -> Qt.CheckState:
    found = set(states)
    if len(found) == 1:
        return found.pop()
    return Qt.CheckState.PartiallyChecked if found else Qt.CheckState.Checked


def update_story_check(row: QTreeWidgetItem) -> None:
    """After ``row``'s box changed: a story's box sets its documents', a document's updates its story's."""
    if row.data(0, STORY_ID) is not None:
        state = row.checkState(0)
        if state != Qt.CheckState.PartiallyChecked:
            for child in child_rows(row):
                child.setCheckState(0, state)
        return
    parent = row.parent()
    if parent is not None and parent.data(0, STORY_ID) is not None:
        parent.setCheckState(0, _combined(child.checkState(0) for child in child_rows(parent)))


def _story_row(story_id: str, heading: str, documents: list[QTreeWidgetItem]) -> QTreeWidgetItem:
    # One line across the panel, as the brief's "Also in this folder" list writes a story.
    row = QTreeWidgetItem([also_line(heading, len(documents))])
    row.setData(0, STORY_ID, story_id)
    row.setData(0, STORY_TITLE, heading)
    row.setFlags(
        Qt.ItemFlag.ItemIsEnabled
        | Qt.ItemFlag.ItemIsSelectable
        | Qt.ItemFlag.ItemIsUserCheckable
        | Qt.ItemFlag.ItemIsDropEnabled
    )
    font = row.font(0)
    font.setBold(True)
    row.setFont(0, font)
    tip = (
        "Documents in no story: pages with no article in them"
        if story_id == UNGROUPED
        else f"{heading}\nClick to show this story in the brief; untick it to leave it out"
    )
    row.setToolTip(0, tip)
    row.addChildren(documents)
    row.setCheckState(0, _combined(doc.checkState(0) for doc in documents))
    return row


def fill_stories(tree: StoryTree, grouping: Grouping, sources: dict[str, QTreeWidgetItem]) -> None:
    """Put the documents' rows (source id -> row) under a row per story, "Not grouped" last."""
    tree.set_story_level(True)
    groups = [(story.id, story.heading, story.documents) for story in grouping.stories]
    if grouping.ungrouped:
        groups.append((UNGROUPED, UNGROUPED_HEADING, grouping.ungrouped))
    placed: set[str] = set()
    rows = []
    for story_id, heading, documents in groups:
        members = [sources[sid] for sid in documents if sid in sources and sid not in placed]
        placed.update(documents)
        if members:
            rows.append(_story_row(story_id, heading, members))
    tree.addTopLevelItems(rows)
    # Spanning lays the tree out when a layout is pending, and expanding a row asks for one: all the
    # spans first, then one expansion, or a folder of 100 stories lays out 200 times (1.5 s).
    for row in rows:
        row.setFirstColumnSpanned(True)
    tree.expandAll()
    # A document the grouping does not know (it cannot happen for the folder it grouped) stays listed.
    tree.addTopLevelItems([row for sid, row in sources.items() if sid not in placed])


def _elided(heading: str) -> str:
    return heading if len(heading) <= MENU_HEADING_CHARS else heading[: MENU_HEADING_CHARS - 1] + "…"


def move_menu(
    parent: QWidget,
    row: QTreeWidgetItem,
    grouping: Grouping,
    *,
    moved: bool,
    on_choice: Callable[[Choice], None],
) -> QMenu:
    """A row's context menu: "Move to Story ▸" (each other story, New Story, Not Grouped) for a document,
    "Show in Brief" for a story, and "Restore Automatic Stories" once the user has moved documents."""
    from citebrief.engine.stories import new_story_id  # loaded already: the folder was grouped

    menu = QMenu(parent)

    def add(target: QMenu, text: str, choice: Choice) -> None:
        action = target.addAction(text)
        action.triggered.connect(lambda _checked=False: on_choice(choice))

    source_id = row.data(0, SOURCE_ID)
    current = story_of(row)
    if source_id and current is not None:
        sub = menu.addMenu("Move to Story")
        for story in grouping.stories:
            if story.id != current:
                add(sub, _elided(story.heading), ("move", str(source_id), story.id))
        sub.addSeparator()
        alone = any(story.id == current and len(story.documents) == 1 for story in grouping.stories)
        if not alone:
            add(sub, "New Story", ("move", str(source_id), new_story_id(str(source_id))))
        if current != UNGROUPED:
            add(sub, "Not Grouped", ("move", str(source_id), UNGROUPED))
    elif row.data(0, STORY_ID):
        add(menu, "Show in Brief", ("expand", str(row.data(0, STORY_ID))))
    if moved:
        menu.addSeparator()
        add(menu, "Restore Automatic Stories", ("reset",))
    return menu


class _StoryRowDelegate(QStyledItemDelegate):
    """A long story heading keeps its number of sources in view: "Halvard Mus…Vermeer — 4 sources"."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(STORY_ID) is not None:
            option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


class StoryTree(QTreeWidget):
    """A tree whose document rows can be dropped onto another story; the panel rebuilds the rows."""

    moved = Signal(str, str)  # source id, story id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.set_story_level(False)
        self.setItemDelegateForColumn(0, _StoryRowDelegate(self))

    def set_story_level(self, on: bool) -> None:
        """Stories with foldable rows and documents to drag between them, or one flat list."""
        self.setRootIsDecorated(on)
        mode = QAbstractItemView.DragDropMode
        self.setDragDropMode(mode.InternalMove if on else mode.NoDragDrop)

    def _dragged(self) -> list[QTreeWidgetItem]:
        return [row for row in self.selectedItems() if row.data(0, SOURCE_ID) and row.parent() is not None]

    def drop_target(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        """The story the dragged documents would join, None where they cannot go."""
        target = story_of(self.itemAt(event.position().toPoint()))
        dragged = self._dragged()
        if event.source() is not self or target is None or not dragged:
            return None
        return target if any(story_of(row) != target for row in dragged) else None

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if self.drop_target(event) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.drop_target(event)
        if target is None:
            event.ignore()
            return
        # The rows are not moved here: the documents' new stories come from the grouping, rebuilt.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        for row in self._dragged():
            if story_of(row) != target:
                self.moved.emit(str(row.data(0, SOURCE_ID)), target)
