"""The editable brief: a QTextDocument whose text carries its citations.

Each brief sentence is text whose character format holds an item id (``ITEM``); each citation marker
("[2]") is an anchor whose format holds the item id and the citation's index (``MARKER_ITEM``,
``MARKER_CITATION``). Formats travel with the text, so citations stay attached through typing, cut,
paste, drag and undo without any bookkeeping; the `Brief` is rebuilt by walking the fragments.

A sentence holding right-to-left letters or bidi controls stands between invisible isolate marks
(``ISOLATE``, the ones every export uses), so it cannot reorder its own markers or the sentence after it
on screen. The marks are never text: reading leaves them out, and `renumber` puts them back where an
edit moved, split or emptied a sentence.

This module holds the loading and the changes; the layout is `brief_layout`'s, the reading back
`brief_reading`'s, the upkeep of marker numbers and isolates `brief_upkeep`'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, Disagreement
from citebrief.gui.brief_layout import insert_text, lay_out, paragraph_format
from citebrief.gui.brief_marks import Run, item_format, marker_format, marker_text
from citebrief.gui.brief_reading import ItemRecord
from citebrief.gui.brief_runs import Entry
from citebrief.gui.brief_stories import insert_end_lists, typed_into_lists
from citebrief.gui.brief_upkeep import BriefUpkeep


@dataclass(slots=True)
class BaseState:
    """A brief the document showed whole (fresh from the engine, an update, a reopened file) and the undo
    position right after it was laid out: undoing back before that position brings the brief before it."""

    steps: int
    base: Brief
    pristine: tuple[object, ...] = ()  # what the window counts as unedited for this brief
    excluded: frozenset[str] | None = None  # the sources left out of it (None: not known)


class BriefDocument(QObject, BriefUpkeep):
    """Owns the QTextDocument of the brief and turns it back into a `Brief` on demand."""

    changed = Signal()  # text or citations changed (after markers were renumbered)
    # Undo or redo went back or forth past a whole new brief: its options, stories and sources are
    # those of the brief now on screen (the BaseState).
    base_restored = Signal(object)
    renumbered = Signal()

    def __init__(self, parent: QObject | None = None, *, marker_color: QColor | None = None) -> None:
        super().__init__(parent)
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(18)
        self._records: dict[int, ItemRecord] = {}
        self._ids = itertools.count(1)
        self._base = Brief(title="", items=(), options=BriefOptions(), sources=())
        self._marker_color = marker_color
        self._normalising = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.normalise)
        self.document.contentsChanged.connect(self._schedule)
        self._runs_cache: list[Run] | None = None
        self._entries_cache: tuple[list[Run], list[Entry]] | None = None
        self._fresh_edit = False
        self.document.undoCommandAdded.connect(self._on_command_added)
        self.document.redoAvailable.connect(self._on_redo_available)
        self._state = BaseState(0, self._base)
        self._history = [self._state]
        self.stale: set[tuple[int, int]] = set()  # (item id, citation index) shown as stale
        self.document.setModified(False)  # setting the margin counts as a change to Qt

    # --- loading -------------------------------------------------------------------------------

    def set_brief(
        self,
        brief: Brief,
        *,
        undoable: bool = False,
        stale: frozenset[tuple[int, int]] = frozenset(),
        modified: bool = False,
    ) -> None:
        """Show ``brief``; with ``undoable`` the replacement is one step the user can undo.

        ``modified``: whether the brief shown is unsaved work (see `is_modified`).
        """
        self._base = brief
        cursor = QTextCursor(self.document)
        self._normalising = True
        if not undoable:
            self.document.setUndoRedoEnabled(False)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        ids = lay_out(cursor, brief, self._register, self._marker_color)
        items = brief.items
        self.stale = {(ids[i], j) for i, j in stale if i < len(ids) and j < len(items[i].citations)}
        insert_end_lists(cursor, brief, self._marker_color)
        self._normalising = False
        self.renumber()
        cursor.endEditBlock()
        if not undoable:
            self.document.setUndoRedoEnabled(True)
            self._history.clear()
        self._state = BaseState(self.document.availableUndoSteps(), brief)
        self._history.append(self._state)
        self.document.setModified(modified)
        self.changed.emit()

    def remember(self, pristine: tuple[object, ...], excluded: frozenset[str]) -> None:
        """What the window counts as unedited for the brief just shown, and the sources it leaves out;
        undo and redo give them back with the brief."""
        self._state.pristine, self._state.excluded = pristine, excluded

    def _on_redo_available(self, available: bool) -> None:
        if not available:  # an edit after undo dropped the redo steps, and the briefs they held
            steps = self.document.availableUndoSteps()
            self._history[:] = [state for state in self._history if state.steps <= steps] or [self._state]

    def _follow_undo(self) -> None:
        """After undo or redo, the brief whose text is on screen is the base again (the title stays the
        user's: renaming is no step of undo)."""
        steps = self.document.availableUndoSteps()
        state = next((s for s in reversed(self._history) if s.steps <= steps), self._history[0])
        if state is not self._state:
            self._state = state
            self._base = replace(state.base, title=self._base.title)
            self.base_restored.emit(state)

    def set_title(self, title: str) -> None:
        """The user named the brief; every export and the saved file use the name."""
        title = " ".join(title.split())
        if title and title != self._base.title:
            self._base = replace(self._base, title=title)
            self.document.setModified(True)
            self.changed.emit()

    def clear(self) -> None:
        """No brief at all (nothing to undo back to)."""
        self.set_brief(Brief(title="", items=(), options=BriefOptions(), sources=()))

    # --- the one owner of "unsaved changes" ----------------------------------------------------
    # Qt's flag follows undo and redo back to the saved state; only the methods here set it.

    def is_modified(self) -> bool:
        return self.document.isModified()

    def mark_saved(self) -> None:
        self.document.setModified(False)

    def is_empty(self) -> bool:
        return not self.document.toPlainText().strip()

    def _register(self, item: BriefItem) -> int:
        item_id = next(self._ids)
        # An uncited sentence is the user's own writing: edited from the start.
        original = (item.citations[0].quote if item.edited else item.text) if item.citations else ""
        self._records[item_id] = ItemRecord(original, item.citations, item.disagreements)
        return item_id

    def set_disagreements(self, item_id: int, found: tuple[Disagreement, ...]) -> None:
        """The user dismissed (or restored) a "sources differ" mark: unsaved work, numbers may change."""
        self._records[item_id] = replace(self._records[item_id], disagreements=found)
        self.document.setModified(True)
        self.renumber()
        self.changed.emit()

    # --- changing ------------------------------------------------------------------------------

    def insert_item(
        self, citation: Citation, text: str, *, after: int | None = None, before: int | None = None
    ) -> int:
        """Add a sentence with its citation after item ``after``, before item ``before``, or at the end;
        one undo step."""
        item_id = next(self._ids)
        self._records[item_id] = ItemRecord(original=text, citations=(citation,))
        spans = self.item_spans()
        with self.edit() as cursor:
            if before is not None and spans.get(before):
                cursor.setPosition(spans[before][0][0])
                self._insert_sentence(cursor, item_id, text)
                cursor.insertText(" ", QTextCharFormat())
                return item_id
            if after is not None and spans.get(after):
                cursor.setPosition(spans[after][-1][1])
            else:
                cursor.movePosition(QTextCursor.MoveOperation.End)
            if cursor.position() > 0 and not cursor.atBlockStart():
                cursor.insertText(" ", QTextCharFormat())
            self._insert_sentence(cursor, item_id, text)
        return item_id

    def accept_new(self, item_ids: set[int]) -> None:
        """The user accepted these new sentences: their "new" mark goes (one undo step)."""
        runs = [run for run in self.runs() if run.item in item_ids and not run.isolate]
        with self.edit() as cursor:
            for run in runs:
                assert run.item is not None
                cursor.setPosition(run.start)
                cursor.setPosition(run.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(item_format(run.item))

    def _insert_sentence(self, cursor: QTextCursor, item_id: int, text: str) -> None:
        insert_text(cursor, item_id, text)
        cursor.insertText(marker_text(0), marker_format(item_id, 0, self._marker_color))

    def _remove(self, ranges: list[tuple[int, int]]) -> None:
        with self.edit() as cursor:
            for start, end in sorted(ranges, reverse=True):
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()

    def remove_items(self, item_ids: list[int]) -> None:
        """Delete these items' text and markers (one undo step)."""
        self._remove(
            [
                (run.start, run.end)
                for run in self.runs()
                if (run.item in item_ids) or (run.marker is not None and run.marker[0] in item_ids)
            ]
        )

    def remove_sentence(self, source_id: str, sentence_index: int) -> None:
        """Take a source sentence out of the brief: items quoting it go, other items lose that marker."""
        whole: set[int] = set()
        markers: list[Run] = []
        for run in self._markers_citing(source_id, sentence_index):
            assert run.marker is not None
            own = self.citation(run.marker[0], 0)
            if own is not None and (own.source_id, own.sentence_index) == (source_id, sentence_index):
                whole.add(run.marker[0])
            elif run.marker[1] != 0:  # the marker of the sentence's own source stays with its text
                markers.append(run)
        ranges = [(r.start, r.end) for r in markers]
        for run in self.runs():
            owner = run.marker[0] if run.marker else run.item
            if owner in whole:
                ranges.append((run.start, run.end))
        self._remove(ranges)

    @contextmanager
    def edit(self) -> Iterator[QTextCursor]:
        """One undo step: the caller's change plus the renumbering it causes.

        Fixing numbers in a separate step would let undo stop half-way, in a state that needs fixing again.
        """
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        try:
            yield cursor
        finally:
            self._claim_list_text()
            self.renumber()
            cursor.endEditBlock()
            self._fresh_edit = False

    def _on_command_added(self) -> None:
        if not self._normalising:
            self._fresh_edit = True

    def _schedule(self) -> None:
        self._runs_cache = None
        if not self._normalising:
            self._pending.start()

    def _claim_list_text(self) -> None:
        """Words typed into the lists after the brief's text in their format (over a selection there;
        the editor types anywhere else in plain format) are the user's own text, not a list's, which
        reading would skip: they become plain text of the brief, a changed list line whole, in the
        undo step of the edit (or joined to the last one)."""
        found = typed_into_lists(self.document, self._base)
        if not found:
            return
        normalising, self._normalising = self._normalising, True
        cursor = QTextCursor(self.document)
        cursor.joinPreviousEditBlock()
        for block, ranges in found:
            if sum(end - start for start, end in ranges) == len(block.text()):
                cursor.setPosition(block.position())
                cursor.setBlockFormat(paragraph_format())
            for start, end in ranges:
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(QTextCharFormat())
        cursor.endEditBlock()
        self._runs_cache = None
        self._normalising = normalising

    def normalise(self) -> None:
        """After an edit made outside `edit()`: renumber markers and drop those whose sentence is gone.

        Undo and redo bring back states that were already numbered, so they are never touched here.
        """
        self._pending.stop()
        if self._normalising:
            return
        self._follow_undo()
        if self._fresh_edit:
            self._fresh_edit = False
            # Isolating what the user just typed belongs to the same undo step as the typing.
            self._claim_list_text()
            self.isolate(join=True)
            self.renumber()
        self.changed.emit()
