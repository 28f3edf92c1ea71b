"""The sources panel: one row per document with an include box, and a row per skipped file.

A folder of several stories lists its documents under their stories (see `story_rows`): each story a
row with its heading and number of sources that ticks, unticks and folds its documents, "Not grouped"
last. A document moves to another story by drag and drop or its context menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTreeWidgetItem, QVBoxLayout, QWidget

from citebrief.core.model import Corpus
from citebrief.core.paths import display
from citebrief.gui.story_rows import (
    SOURCE_ID,
    STORY_ID,
    Choice,
    StoryTree,
    child_rows,
    fill_stories,
    move_menu,
    update_story_check,
)

if TYPE_CHECKING:
    from citebrief.engine.stories import Grouping

NUMBER_COLUMN = 3  # the number the brief's markers and the exports give the source


class SourcesPanel(QWidget):
    """Lists the corpus; unticking a source leaves it out of the brief."""

    excluded_changed = Signal(frozenset)
    source_selected = Signal(str)
    story_selected = Signal(str)  # a story's row was clicked: show its section
    story_move_requested = Signal(str, str)  # source id, story id (`UNGROUPED`: "Not grouped")
    story_expand_requested = Signal(str)  # bring a story the brief had no room for into it
    stories_reset_requested = Signal()  # forget the user's moves

    def __init__(self, parent: QWidget | None = None, *, warning_icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("Sources")
        self.header.setObjectName("panelHeader")
        self.tree = StoryTree(self)
        self.tree.setAccessibleName("Sources")
        self.tree.setHeaderLabels(["Title", "File", "Sentences", "Cited as"])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setToolTip("Untick a source to leave it out of the brief")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A fixed width: fitting the column to its contents re-measures every row on every change.
        header.setSectionResizeMode(NUMBER_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(NUMBER_COLUMN, self.fontMetrics().horizontalAdvance("Cited as") + 24)
        header.resizeSection(1, 104)
        self._warning_icon = warning_icon or QIcon()
        self._updating = False
        self._numbers: dict[str, int] = {}
        self._corpus = Corpus(())
        self._stale: dict[str, str] = {}
        self._grouping: Grouping | None = None
        self._moved = False
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.moved.connect(self.story_move_requested)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)

    def set_corpus(
        self, corpus: Corpus, excluded: frozenset[str] = frozenset(), stale: dict[str, str] | None = None
    ) -> None:
        if {src.id for src in corpus.sources} != {src.id for src in self._corpus.sources}:
            self._grouping, self._moved = None, False  # another folder: its stories come later
        self._corpus, self._stale = corpus, dict(stale or {})
        self._fill(excluded)

    def set_stories(self, grouping: Grouping | None, *, moved: bool = False) -> None:
        """List the documents under their stories (``None``: one flat list, as for a folder of one story).

        ``moved``: the user moved documents between stories (the menu then offers to undo that)."""
        current = self.tree.currentItem()
        keep = (current.data(0, SOURCE_ID) or "", current.data(0, STORY_ID)) if current is not None else None
        self._grouping, self._moved = grouping, moved
        self._fill(self.excluded())
        if keep is not None:
            for row in self.all_rows():
                if (row.data(0, SOURCE_ID) or "", row.data(0, STORY_ID)) == keep:
                    self._updating = True
                    self.tree.setCurrentItem(row)
                    self._updating = False

    @property
    def grouping(self) -> Grouping | None:
        return self._grouping

    def _fill(self, excluded: frozenset[str]) -> None:
        self._updating = True
        # The stories the user folded stay folded when the rows are made anew (after a move, say).
        folded = {row.data(0, STORY_ID) for row in self.story_rows() if not row.isExpanded()}
        self.tree.clear()
        corpus, stale = self._corpus, self._stale
        sources: dict[str, QTreeWidgetItem] = {}
        for src in corpus.sources:
            name = Path(src.display_path).name
            row = QTreeWidgetItem([src.title or name, name, str(len(src.sentences))])
            row.setData(0, SOURCE_ID, src.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked if src.id in excluded else Qt.CheckState.Checked)
            for column in (2, NUMBER_COLUMN):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = f"{src.title}\n{src.display_path}"
            if src.id in stale:
                row.setIcon(0, self._warning_icon)
                tip += f"\n⚠ {stale[src.id]}"
            for col in range(NUMBER_COLUMN):
                row.setToolTip(col, tip)
            sources[src.id] = row
        if self._grouping is not None:
            fill_stories(self.tree, self._grouping, sources)
            for row in self.story_rows():
                if row.data(0, STORY_ID) in folded:
                    row.setExpanded(False)
        else:
            self.tree.set_story_level(False)
            self.tree.addTopLevelItems(list(sources.values()))
        for notice in corpus.notices:
            label = "Skipped" if notice.skipped else "Read in part"
            row = QTreeWidgetItem([f"{label}: {notice.reason}", display(Path(notice.path).name), ""])
            row.setIcon(0, self._warning_icon)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setToolTip(0, f"{display(notice.path)}\n{notice.reason}")
            font = row.font(0)
            font.setItalic(True)
            row.setFont(0, font)
            self.tree.addTopLevelItem(row)
        count = len(corpus.sources)
        self.set_numbers(self._numbers)
        stories = len(self._grouping.stories) if self._grouping is not None else 0
        self.header.setText(
            f"Sources · {count} document{'s' if count != 1 else ''}"
            + (f" in {stories} stories" if stories > 1 else "")
            + (f", {len(corpus.notices)} skipped" if corpus.notices else "")
        )
        self._updating = False

    def set_numbers(self, numbers: dict[str, int]) -> None:
        """Show each cited source's citation number; uncited sources show none."""
        self._numbers = dict(numbers)
        for row in self.rows():
            number = numbers.get(str(row.data(0, SOURCE_ID) or ""))
            text = f"[{number}]" if number else ""
            if row.text(NUMBER_COLUMN) != text:
                row.setText(NUMBER_COLUMN, text)

    def all_rows(self) -> list[QTreeWidgetItem]:
        """Every row in the order shown, story rows included."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                found.append(top)
                found.extend(child_rows(top))
        return found

    def rows(self) -> list[QTreeWidgetItem]:
        """Every document's row, then the skipped files' (story rows left out)."""
        return [row for row in self.all_rows() if row.data(0, STORY_ID) is None]

    def story_rows(self) -> list[QTreeWidgetItem]:
        """The stories' rows in the order shown ("Not grouped" last); none for a folder of one story."""
        return [row for row in self.all_rows() if row.data(0, STORY_ID) is not None]

    def story_row(self, story_id: str) -> QTreeWidgetItem | None:
        return next((row for row in self.story_rows() if row.data(0, STORY_ID) == story_id), None)

    def excluded(self) -> frozenset[str]:
        out = set()
        for row in self.rows():
            sid = row.data(0, SOURCE_ID)
            if sid and row.checkState(0) == Qt.CheckState.Unchecked:
                out.add(str(sid))
        return frozenset(out)

    def row_for(self, source_id: str) -> QTreeWidgetItem | None:
        for row in self.rows():
            if row.data(0, SOURCE_ID) == source_id:
                return row
        return None

    def set_included(self, source_id: str, included: bool) -> None:
        row = self.row_for(source_id)
        if row is not None:
            row.setCheckState(0, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def select(self, source_id: str) -> None:
        row = self.row_for(source_id)
        if row is not None and self.tree.currentItem() is not row:
            self.tree.setCurrentItem(row)

    def notice_rows(self) -> list[str]:
        return [row.text(0) for row in self.rows() if not row.data(0, SOURCE_ID)]

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        if row.data(0, STORY_ID) is not None or row.data(0, SOURCE_ID):
            self._updating = True
            update_story_check(row)  # a story ticks its documents; a document shows in its story's box
            self._updating = False
            self.excluded_changed.emit(self.excluded())

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None or self._updating:
            return
        if current.data(0, SOURCE_ID):
            self.source_selected.emit(str(current.data(0, SOURCE_ID)))
        elif current.data(0, STORY_ID):
            self.story_selected.emit(str(current.data(0, STORY_ID)))

    def _on_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.data(0, STORY_ID) and row is self.tree.currentItem():  # clicked again: show it again
            self.story_selected.emit(str(row.data(0, STORY_ID)))

    def context_menu(self, row: QTreeWidgetItem | None) -> QMenu | None:
        """The menu a row offers: move a document to another story, show or restore stories."""
        if self._grouping is None or row is None:
            return None
        return move_menu(self.tree, row, self._grouping, moved=self._moved, on_choice=self._on_choice)

    def _on_choice(self, choice: Choice) -> None:
        if choice[0] == "move":
            self.story_move_requested.emit(choice[1], choice[2])
        elif choice[0] == "expand":
            self.story_expand_requested.emit(choice[1])
        elif choice[0] == "reset":
            self.stories_reset_requested.emit()

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.itemAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()
