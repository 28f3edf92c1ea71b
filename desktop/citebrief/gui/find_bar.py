"""Find in the brief or in the source shown: a bar at the foot of the window (Ctrl+F, Enter, Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QToolBar, QWidget

Searchable = QTextEdit | QPlainTextEdit


class FindBar(QToolBar):
    """Searches one text view at a time; wraps around at the end, and says when nothing matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Find", parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find")
        self.field.setAccessibleName("Find")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(320)
        self.field.returnPressed.connect(self.find_next)
        self.result = QLabel()
        self.addWidget(QLabel(" Find: "))
        self.addWidget(self.field)
        previous = self.addAction("Previous", lambda: self.find_next(backward=True))
        previous.setToolTip("Find the previous match")
        self.addAction("Next", self.find_next).setToolTip("Next (Enter)")
        self.addWidget(self.result)
        self.addAction("Close", self.close_bar).setToolTip("Close (Esc)")
        self._target: Searchable | None = None
        self.hide()

    @property
    def target(self) -> Searchable | None:
        return self._target

    def open_for(self, target: Searchable) -> None:
        self._target = target
        self.result.clear()
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def find_next(self, *, backward: bool = False) -> bool:
        target, text = self._target, self.field.text()
        if target is None or not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = target.find(text, flags)
        if not found:  # wrap around, as every editor does
            cursor = target.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            target.setTextCursor(cursor)
            found = target.find(text, flags)
        self.result.setText("" if found else "  Not found")
        return found

    def close_bar(self) -> None:
        self.hide()
        if self._target is not None:
            self._target.setFocus()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(e)
