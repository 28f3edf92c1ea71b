"""The sources panel: one row per document with an include box, and a row per skipped file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from citebrief.core.model import Corpus
from citebrief.core.paths import display

SOURCE_ID = Qt.ItemDataRole.UserRole + 1
NUMBER_COLUMN = 3  # the number the brief's markers and the exports give the source


class SourcesPanel(QWidget):
    """Lists the corpus; unticking a source leaves it out of the brief."""

    excluded_changed = Signal(frozenset)
    source_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, warning_icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("Sources")
        self.header.setObjectName("panelHeader")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Sources")
        self.tree.setHeaderLabels(["Title", "File", "Sentences", "Cited as"])
        self.tree.setRootIsDecorated(False)
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
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)

    def set_corpus(
        self, corpus: Corpus, excluded: frozenset[str] = frozenset(), stale: dict[str, str] | None = None
    ) -> None:
        self._updating = True
        self.tree.clear()
        stale = stale or {}
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
            self.tree.addTopLevelItem(row)
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
        self.header.setText(
            f"Sources · {count} document{'s' if count != 1 else ''}"
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

    def rows(self) -> list[QTreeWidgetItem]:
        """Every row, sources first, then skipped files."""
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [row for row in found if row is not None]

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
        if not self._updating and column == 0 and row.data(0, SOURCE_ID):
            self.excluded_changed.emit(self.excluded())

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, SOURCE_ID):
            self.source_selected.emit(str(current.data(0, SOURCE_ID)))
