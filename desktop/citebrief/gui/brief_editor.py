"""The brief editor: free rich-text editing where every sentence keeps its citation markers."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from citebrief.core.model import Citation, Source
from citebrief.core.paths import display
from citebrief.export.model import PDI, isolate
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_marks import (
    HEADING,
    ISOLATE,
    ITEM,
    MARKER_ITEM,
    item_format,
    marked_sources,
    marker_format,
    parse_href,
)
from citebrief.gui.brief_runs import walk
from citebrief.gui.brief_stories import END_LIST, story_link_at
from citebrief.gui.differences_panel import MARK_COLOUR, differ_tooltip, dismiss, open_differences
from citebrief.gui.new_marks import TIP as NEW_TIP
from citebrief.gui.new_marks import new_format, new_item_ids

RUNS_MIME = "application/x-citebrief-runs"
ODF_MIME = "application/vnd.oasis.opendocument.text"


def _tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


class BriefEditor(QTextEdit):
    """Shows a `BriefDocument`; signals when a citation marker is clicked or a sentence is entered."""

    citation_clicked = Signal(int, int)  # item id, citation index
    story_link_activated = Signal(str)  # story id: Ctrl+Enter on an "Also in this folder" entry
    item_entered = Signal(int)  # the cursor moved into this item (0: none)

    def __init__(self, brief_document: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brief_document = brief_document
        self.setDocument(brief_document.document)
        self.setAcceptRichText(True)
        self.setMouseTracking(True)
        self.setAccessibleName("Brief")
        self.setTabChangesFocus(True)  # Tab leaves the brief, as everywhere else in the window
        self.setPlaceholderText("The brief appears here once a folder of articles is open.")
        self._sources: dict[str, Source] = {}
        self._stale_reasons: dict[str, str] = {}
        self._current_item = 0
        # Others add entries about the sentence (item id) or the place (document position) under the
        # click: accepting a new sentence, bringing in a story listed under "Also in this folder".
        self.menu_additions: list[Callable[[QMenu, int | None, int], None]] = []
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        # Which sentence the cursor is in is worked out once the event loop is idle, not per keystroke.
        self._item_check = QTimer(self)
        self._item_check.setSingleShot(True)
        self._item_check.setInterval(0)
        self._item_check.timeout.connect(self._update_current_item)
        brief_document.changed.connect(self.refresh_marks)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        self.document().setDefaultFont(font)

    def set_sources(self, sources: dict[str, Source], stale_reasons: dict[str, str] | None = None) -> None:
        self._sources = dict(sources)
        self._stale_reasons = dict(stale_reasons or {})
        self.refresh_marks()

    # --- citations under the mouse -------------------------------------------------------------

    def citation_at(self, pos: QPoint) -> tuple[int, int] | None:
        return parse_href(self.anchorAt(pos))

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            pos = self.viewport().mapFromGlobal(e.globalPos())
            ref = self.citation_at(pos)
            tip = self.citation_tooltip(*ref) if ref is not None else self.sentence_tooltip_at(pos)
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def sentence_tooltip_at(self, pos: QPoint) -> str:
        """What the marks of the sentence under ``pos`` mean: "sources differ", then "new" ("" for
        none). This event handler takes every tool tip, so the "new" tint's own tip is given here."""
        item_id = self.brief_document.item_at(self.cursorForPosition(pos).position())
        if item_id is None:
            return ""
        tips = [differ_tooltip(self.brief_document, item_id)]
        if item_id in new_item_ids(self.document()):
            tips.append(f"<p>{html.escape(NEW_TIP)}</p>")
        return "".join(tips)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The editor's menu at ``pos``: Qt's own entries, then what concerns the sentence there."""
        menu = self.createStandardContextMenu(pos)
        position = self.cursorForPosition(pos).position()
        item_id = self.brief_document.item_at(position)
        for flagged, index, found in open_differences(self.brief_document):
            if flagged == item_id:
                action = menu.addAction(f"Dismiss “sources differ” on {found.about}")
                action.triggered.connect(lambda _c=False, i=flagged, k=index: self.dismiss_difference(i, k))
        for add in self.menu_additions:
            add(menu, item_id, position)
        return menu

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        self.context_menu(e.pos()).exec(e.globalPos())

    def dismiss_difference(self, item_id: int, index: int) -> None:
        dismiss(self.brief_document, item_id, index)

    def citation_tooltip(self, item_id: int, index: int) -> str:
        cit = self.brief_document.citation(item_id, index)
        if cit is None:
            return ""
        src = self._sources.get(cit.source_id)
        name = src.display_path if src else display(cit.source_id)
        title = src.title if src else ""
        quotes = self.brief_document.marker_citations(item_id, index)
        # Isolated as in the exports, so a quote's bidi controls cannot reorder the words after it.
        parts = [f"<p style='max-width: 420px'>“{isolate(html.escape(c.quote))}”</p>" for c in quotes]
        parts.append(f"<p><b>{html.escape(title)}</b><br/><i>{html.escape(Path(name).name)}</i></p>")
        record = self.brief_document.record(item_id)
        _shown, hidden = marked_sources(record.citations) if record is not None else ([], [])
        if hidden and index == self.brief_document.last_marker(item_id):
            assert record is not None
            more = sum(c.source_id in hidden for c in record.citations)
            parts.append(f"<p><i>and {more} more sentence{'s' if more != 1 else ''} saying the same</i></p>")
        if (item_id, index) in self.brief_document.stale:
            reason = self._stale_reasons.get(cit.source_id, "the quote is no longer in the source")
            parts.append(f"<p style='color:#c0392b'>⚠ Stale citation: {html.escape(reason)}</p>")
        return "".join(parts)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        over = self.citation_at(e.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            ref = self.citation_at(e.position().toPoint())
            if ref is not None:
                self.citation_clicked.emit(*ref)

    def activate_citation_at_cursor(self) -> bool:
        """Keyboard route to a citation: the marker at (or just before) the cursor; or to the story of the
        "Also in this folder" entry the cursor is in."""
        position = self.textCursor().position()
        # The format reported at a position is that of the character before it.
        for pos in (position + 1, position):
            if not 0 < pos <= self._end():
                continue
            probe = QTextCursor(self.document())
            probe.setPosition(pos)
            ref = parse_href(probe.charFormat().anchorHref())
            if ref is not None:
                self.citation_clicked.emit(*ref)
                return True
        story = story_link_at(self.document(), position)
        if story is not None:
            self.story_link_activated.emit(story)
            return True
        return False

    def _end(self) -> int:
        return max(0, self.document().characterCount() - 1)

    # --- every edit that can touch a marker is one undo step with its renumbering --------------

    def _inside_marker(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return True
        before = cursor.charFormat()
        probe = QTextCursor(self.document())
        probe.setPosition(min(cursor.position() + 1, self._end()))
        after = probe.charFormat()
        return before.hasProperty(MARKER_ITEM) and after.anchorHref() == before.anchorHref()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        self._type_as_text()
        plain_typing = (
            bool(e.text())
            and e.text().isprintable()
            and not self._inside_marker()
            and not self._moves_marks(e.text())
        )
        if (
            plain_typing
            or e.matches(QKeySequence.StandardKey.Undo)
            or e.matches(QKeySequence.StandardKey.Redo)
        ):
            super().keyPressEvent(e)  # Qt merges typed characters into one undo step per word
            return
        with self.brief_document.edit():
            super().keyPressEvent(e)
        if e.text().isprintable():
            self._stay_inside_closing_mark()

    def _stay_inside_closing_mark(self) -> None:
        """Typed at a sentence's end, after its closing isolate mark, the text moved inside the mark and
        the cursor stayed after it: back inside, so the next letters are typed as plain text again."""
        cursor = self.textCursor()
        for run in self.brief_document.runs():
            if run.isolate and run.end == cursor.position() and run.text.startswith(PDI):
                if not cursor.hasSelection():
                    cursor.setPosition(run.start)
                    self.setTextCursor(cursor)
                return

    def cut(self) -> None:
        with self.brief_document.edit():
            super().cut()

    def dropEvent(self, e: QDropEvent) -> None:
        with self.brief_document.edit():
            super().dropEvent(e)

    # --- typing never extends a marker ---------------------------------------------------------

    def _on_cursor_moved(self) -> None:
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        if (fmt.hasProperty(MARKER_ITEM) or fmt.hasProperty(END_LIST)) and not cursor.hasSelection():
            # Text typed after a sentence's markers is the user's own, not part of the cited sentence:
            # it must stay after the markers through saves and recovery. Text typed into the lists
            # after the brief (or after them) is the user's too, not a list's, which reading skips.
            self.setCurrentCharFormat(QTextCharFormat())
        self._type_as_text()
        self._item_check.start()

    def _moves_marks(self, text: str) -> bool:
        """Typing that changes a sentence's isolate marks is one undo step with that change."""
        fmt = self.currentCharFormat()
        if not fmt.hasProperty(ITEM) or fmt.hasProperty(MARKER_ITEM):
            return False
        position = self.textCursor().position()
        return self.brief_document.typing_moves_marks(position, int(fmt.property(ITEM)), text)

    def _type_as_text(self) -> None:
        """Beside a sentence's invisible isolate mark the cursor takes the mark's format: what is typed
        there is the sentence's text, not another mark."""
        fmt = self.textCursor().charFormat()
        if fmt.hasProperty(ISOLATE) and not self.textCursor().hasSelection():
            fmt.clearProperty(ISOLATE)
            self.setCurrentCharFormat(fmt)

    def _update_current_item(self) -> None:
        cursor = self.textCursor()
        item = self.brief_document.item_at(cursor.position())
        if item is None and cursor.position() > 0:
            item = self.brief_document.item_at(cursor.position() - 1)
        item = item or 0
        if item != self._current_item:
            self._current_item = item
            self.refresh_marks()
            self.item_entered.emit(item)

    def select_item(self, item_id: int) -> None:
        spans = self.brief_document.item_spans().get(item_id)
        if not spans:
            return
        cursor = self.textCursor()
        cursor.setPosition(spans[0][0])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._current_item = item_id
        self.refresh_marks()

    @property
    def current_item(self) -> int:
        return self._current_item

    # --- marks that are not part of the text (no undo noise) -----------------------------------

    def refresh_marks(self) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        selections: list[QTextEdit.ExtraSelection] = []
        edited = self.brief_document.edited_items()
        for item_id, spans in self.brief_document.item_spans().items():
            for start, end in spans:
                if item_id == self._current_item:
                    selections.append(self._selection(start, end, background=_tint(highlight, 45)))
                if item_id in edited:
                    fmt = QTextCharFormat()
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    fmt.setUnderlineColor(_tint(highlight, 200))
                    fmt.setToolTip("Edited: the export quotes the original sentence")
                    selections.append(self._selection(start, end, fmt=fmt))
        flagged = {item_id for item_id, _k, _d in open_differences(self.brief_document)}
        for item_id in flagged:
            for start, end in self.brief_document.item_spans().get(item_id, ()):
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(MARK_COLOUR)
                selections.append(self._selection(start, end, fmt=fmt))
        for run in self.brief_document.marker_runs():
            if run.marker in self.brief_document.stale:
                fmt = QTextCharFormat()
                fmt.setForeground(QColor("#c0392b"))
                fmt.setBackground(QColor(192, 57, 43, 40))
                selections.append(self._selection(run.start, run.end, fmt=fmt))
        self.setExtraSelections(selections)

    def _selection(
        self, start: int, end: int, *, background: QColor | None = None, fmt: QTextCharFormat | None = None
    ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(min(end, self._end()), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor  # type: ignore[attr-defined]
        if fmt is None:
            fmt = QTextCharFormat()
        if background is not None:
            fmt.setBackground(background)
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    # --- clipboard and drag keep citations -----------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own object (created and owned on the C++ side, so the clipboard can outlive Python at exit).
        # It does not list extra formats, but hands back whatever data was set on it: see `_runs`.
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        runs = []
        fresh = new_item_ids(self.document())
        for run in self.brief_document.runs():
            lo, hi = max(run.start, start), min(run.end, end)
            if lo >= hi or run.isolate:  # a sentence pasted anywhere is isolated there afresh
                continue
            text = run.text[lo - run.start : hi - run.start]
            runs.append(
                {
                    "text": text,
                    "item": run.item,
                    "marker": list(run.marker) if run.marker else None,
                    "new": run.item is not None and run.item in fresh,  # pasted back, still new
                }
            )
        mime.setData(RUNS_MIME, json.dumps(runs).encode("utf-8"))
        self._without_isolates(mime)
        return mime

    def _without_isolates(self, mime: QMimeData) -> None:
        """The selection as other programs paste it, without the window's isolate marks (the text is
        the brief's, as saved and exported)."""
        cursor = self.textCursor()
        copy = QTextDocument()
        QTextCursor(copy).insertFragment(cursor.selection())
        marks = [run for run in walk(copy) if run.isolate]
        if not marks:
            return
        eraser = QTextCursor(copy)
        for run in reversed(marks):
            eraser.setPosition(run.start)
            eraser.setPosition(run.end, QTextCursor.MoveMode.KeepAnchor)
            eraser.removeSelectedText()
        mime.text()  # Qt's object fills in its own forms on first reading: let it, then replace them
        mime.removeFormat(ODF_MIME)
        mime.setText(copy.toPlainText())
        mime.setHtml(copy.toHtml())

    @staticmethod
    def _runs(source: QMimeData) -> object:
        raw = source.data(RUNS_MIME)
        if raw.isEmpty():
            return None
        try:
            return json.loads(bytes(raw.data()).decode("utf-8"))
        except ValueError:
            return None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return self._runs(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        with self.brief_document.edit():
            self._insert_mime(source)

    def _insert_mime(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        runs = self._runs(source)
        if isinstance(runs, list):
            cursor.beginEditBlock()
            for run in runs:
                self._insert_run(cursor, run)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        # Text from elsewhere becomes part of the sentence it is pasted into, as plain words.
        owner = cursor.charFormat()
        fmt = QTextCharFormat()
        if owner.hasProperty(ITEM):
            fmt = item_format(int(owner.property(ITEM)))
        elif owner.hasProperty(MARKER_ITEM):
            fmt = item_format(int(owner.property(MARKER_ITEM)))
        text = source.text()
        cursor.insertText(text, fmt)
        self.setTextCursor(cursor)

    def _insert_run(self, cursor: QTextCursor, run: dict[str, object]) -> None:
        text = str(run.get("text", ""))
        marker = run.get("marker")
        item = run.get("item")
        if isinstance(marker, list) and len(marker) == 2:
            fmt = marker_format(int(marker[0]), int(marker[1]), self.brief_document.marker_color)
        elif isinstance(item, int):
            fmt = new_format(item) if run.get("new") is True else item_format(item)
        else:
            fmt = QTextCharFormat()
        pieces = text.replace("\u2029", "\n").split("\n")
        for k, piece in enumerate(pieces):
            if k:
                block = cursor.blockFormat()
                block.clearProperty(HEADING)
                cursor.insertBlock(block, QTextCharFormat())
            if piece:
                cursor.insertText(piece, fmt)

    def citation_for(self, item_id: int, index: int) -> Citation | None:
        return self.brief_document.citation(item_id, index)
