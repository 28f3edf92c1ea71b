"""The source viewer: one document's text, the sentences used in the brief highlighted."""

from __future__ import annotations

import bisect
import html
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from citebrief.core.model import Sentence, SentenceRole, Source


class OffsetMap:
    """Python string offsets <-> Qt text positions (Qt counts UTF-16 units, Python code points)."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        offset = position
        for _ in range(3):  # converges at once unless many wide characters precede the position
            offset = position - bisect.bisect_left(self._wide, offset)
        return offset


class SourceTextView(QPlainTextEdit):
    """Read-only text with clickable highlighted sentences and an add/remove context menu."""

    sentence_activated = Signal(int)  # a highlighted (used) sentence was clicked
    add_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Source text")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(14)
        self._source: Source | None = None
        self._map = OffsetMap("")
        self._starts: list[int] = []
        self._used: set[int] = set()
        self._focus: tuple[int, int] | None = None

    @property
    def source(self) -> Source | None:
        return self._source

    def set_source(self, source: Source | None, used: set[int]) -> None:
        if source is not self._source:
            self._source = source
            self._focus = None
            text = source.text if source else ""
            self._map = OffsetMap(text)
            self._starts = [s.start for s in source.sentences] if source else []
            self.setPlainText(text)
        self._used = set(used)
        self._refresh()

    def sentence_at_offset(self, offset: int) -> Sentence | None:
        if self._source is None:
            return None
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        sentence = self._source.sentences[k]
        return sentence if sentence.start <= offset < sentence.end else None

    def sentence_at(self, pos: QPoint) -> Sentence | None:
        return self.sentence_at_offset(self._map.from_qt(self.cursorForPosition(pos).position()))

    def show_span(self, start: int, end: int) -> None:
        """Select and scroll to a span given in `Source.text` offsets."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._focus = (start, end)
        self.centerCursor()
        self._refresh()

    def selected_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def _refresh(self) -> None:
        if self._source is None:
            self.setExtraSelections([])
            return
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        used_bg = QColor(highlight)
        used_bg.setAlpha(55)
        focus_bg = QColor(highlight)
        focus_bg.setAlpha(120)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        selections = []
        for sentence in self._source.sentences:
            if sentence.role is SentenceRole.HEADING:
                selections.append(self._selection(sentence.start, sentence.end, None, bold=True))
            elif sentence.role is not SentenceRole.BODY:
                # Bylines and page furniture are shown but never part of a brief: greyed out.
                selections.append(self._selection(sentence.start, sentence.end, None, foreground=quiet))
            if sentence.index in self._used:
                selections.append(self._selection(sentence.start, sentence.end, used_bg))
        if self._focus is not None:
            selections.append(self._selection(*self._focus, focus_bg))
        self.setExtraSelections(selections)

    def _selection(
        self,
        start: int,
        end: int,
        background: QColor | None,
        *,
        bold: bool = False,
        foreground: QColor | None = None,
    ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        if background is not None:
            fmt.setBackground(background)
        if foreground is not None:
            fmt.setForeground(foreground)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        sentence = self.sentence_at(e.position().toPoint())
        used = sentence is not None and sentence.index in self._used
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if used else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        sentence = self.sentence_at(e.position().toPoint())
        if sentence is not None and sentence.index in self._used:
            self._focus = (sentence.start, sentence.end)
            self._refresh()
            self.sentence_activated.emit(sentence.index)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        sentence = self.sentence_at(e.pos())
        if sentence is not None:
            menu.addSeparator()
            used = sentence.index in self._used
            add = menu.addAction("Add to brief")
            add.setEnabled(not used)
            add.triggered.connect(lambda: self.add_requested.emit(sentence.index))
            remove = menu.addAction("Remove from brief")
            remove.setEnabled(used)
            remove.triggered.connect(lambda: self.remove_requested.emit(sentence.index))
        menu.exec(e.globalPos())


class SourceViewer(QWidget):
    """Title line plus `SourceTextView`; the panel the window shows on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("No source selected")
        self.header.setObjectName("panelHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.view = SourceTextView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_source(self, source: Source | None, used: set[int], *, stale_reason: str = "") -> None:
        self.view.set_source(source, used)
        if source is None:
            self.header.setText("No source selected")
            return
        line = f"<b>{html.escape(source.title)}</b><br/><span>{html.escape(Path(source.display_path).name)}"
        line += f" · {len(used)} sentence{'s' if len(used) != 1 else ''} in the brief</span>"
        if stale_reason:
            line += f"<br/><span style='color:#c0392b'>⚠ {html.escape(stale_reason)}</span>"
        self.header.setText(line)
