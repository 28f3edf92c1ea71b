"""The editable brief: a QTextDocument whose text carries its citations.

Each brief sentence is text whose character format holds an item id (``ITEM``); each citation marker
("[2]") is an anchor whose format holds the item id and the citation's index (``MARKER_ITEM``,
``MARKER_CITATION``). Formats travel with the text, so citations stay attached through typing, cut,
paste, drag and undo without any bookkeeping; the `Brief` is rebuilt by walking the fragments.

A sentence holding right-to-left letters or bidi controls stands between invisible isolate marks
(``ISOLATE``, the ones every export uses), so it cannot reorder its own markers or the sentence after it
on screen. The marks are never text: reading leaves them out, and `renumber` puts them back where an
edit moved, split or emptied a sentence.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, Disagreement, number_order
from citebrief.export.model import isolates
from citebrief.gui.brief_isolation import isolation_fixes
from citebrief.gui.brief_marks import (
    HEADING,
    MARKER_TEXT,
    Run,
    isolate_format,
    item_format,
    marked_sources,
    marker_format,
    marker_text,
)
from citebrief.gui.brief_runs import Entry, group, walk
from citebrief.gui.brief_stories import edited_headings, insert_end_lists, insert_story_heading
from citebrief.gui.new_marks import new_format, new_item_ids
from citebrief.gui.paragraphs import paragraph_starts


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """What the document remembers of a brief item besides its (editable) text."""

    original: str
    citations: tuple[Citation, ...]
    disagreements: tuple[Disagreement, ...] = ()  # kept through edits; dismissals saved with the brief


class BriefDocument(QObject):
    """Owns the QTextDocument of the brief and turns it back into a `Brief` on demand."""

    changed = Signal()  # text or citations changed (after markers were renumbered)
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
        cursor.setBlockFormat(self._paragraph_format())
        section: str | None = None
        first_block = True
        self.stale = set()
        numbers = {source_id: n for n, source_id in enumerate(brief.cited_source_ids(), start=1)}
        starts = paragraph_starts(brief.items)
        headings = {story.id: story.heading for story in brief.stories}
        story: str | None = None
        for index, item in enumerate(brief.items):
            if item.story in headings and item.story != story:  # several stories: each under its heading
                story, section = item.story, None
                insert_story_heading(cursor, headings[story], story, first_block)
                first_block = False
            if item.section != section:
                section = item.section
                if section:
                    self._insert_heading(cursor, section, first_block)
                    first_block = False
                if not first_block:
                    cursor.insertBlock(self._paragraph_format(), QTextCharFormat())
                first_block = False
            elif starts[index]:
                cursor.insertBlock(self._paragraph_format(), QTextCharFormat())
            elif index:
                cursor.insertText(" ", QTextCharFormat())
            item_id = self._register(item)
            self._insert_item(cursor, item_id, item, numbers)
            for j in range(len(item.citations)):
                if (index, j) in stale:
                    self.stale.add((item_id, j))
        insert_end_lists(cursor, brief, self._marker_color)
        self._normalising = False
        self.renumber()
        cursor.endEditBlock()
        if not undoable:
            self.document.setUndoRedoEnabled(True)
        self.document.setModified(modified)
        self.changed.emit()

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

    def _paragraph_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(10)
        fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _insert_heading(self, cursor: QTextCursor, title: str, first: bool) -> None:
        block = QTextBlockFormat()
        block.setProperty(HEADING, True)
        block.setTopMargin(0 if first else 8)
        block.setBottomMargin(4)
        block.setHeadingLevel(2)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(max(self.document.defaultFont().pointSizeF(), 9.0) * 1.2)
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block, char)
        cursor.insertText(title, char)

    def _register(self, item: BriefItem) -> int:
        item_id = next(self._ids)
        # An uncited sentence is the user's own writing: edited from the start.
        original = (item.citations[0].quote if item.edited else item.text) if item.citations else ""
        self._records[item_id] = ItemRecord(original, item.citations, item.disagreements)
        return item_id

    def _insert_item(
        self, cursor: QTextCursor, item_id: int, item: BriefItem, numbers: dict[str, int]
    ) -> None:
        self._insert_text(cursor, item_id, item.text, new=item.new)
        # One marker per source, reading in ascending order ("[2][3][4]"); each keeps the index of its
        # source's first citation, so the sentence the text was taken from is still the first.
        shown, _hidden = marked_sources(item.citations)
        for j in sorted(shown, key=lambda j: (numbers.get(item.citations[j].source_id, 0), j)):
            cursor.insertText(marker_text(0), marker_format(item_id, j, self._marker_color))

    # --- reading -------------------------------------------------------------------------------

    def runs(self) -> list[Run]:
        """The document's fragments in reading order (cached until the text changes)."""
        if self._runs_cache is None or self._normalising:
            self._runs_cache = walk(self.document)
        return self._runs_cache

    def _entries(self) -> list[Entry]:
        runs = self.runs()
        if self._entries_cache is None or self._entries_cache[0] is not runs:
            self._entries_cache = (runs, group(runs))
        return self._entries_cache[1]

    def brief(self) -> Brief:
        """The brief as it stands in the editor, with citations in reading order."""
        items: list[BriefItem] = []
        fresh = new_item_ids(self.document)
        for entry in self._entries():
            text = " ".join("".join(entry.parts).split())
            if not text:
                continue
            record = self._records.get(entry.item) if entry.item is not None else None
            if record is None:
                items.append(
                    BriefItem(text=text, citations=(), edited=True, section=entry.section, story=entry.story)
                )
                continue
            cits = self._citations_of(entry, record)
            edited = text != " ".join(record.original.split())
            items.append(
                BriefItem(
                    text=text,
                    citations=cits,
                    edited=edited,
                    section=entry.section,
                    new=entry.item in fresh,
                    disagreements=record.disagreements,
                    story=entry.story,
                )
            )
        return replace(
            self._base, items=tuple(items), stories=edited_headings(self.document, self._base.stories)
        )

    @property
    def marker_color(self) -> QColor | None:
        return self._marker_color

    @property
    def base(self) -> Brief:
        return self._base

    def record(self, item_id: int) -> ItemRecord | None:
        return self._records.get(item_id)

    def set_disagreements(self, item_id: int, found: tuple[Disagreement, ...]) -> None:
        """The user dismissed (or restored) a "sources differ" mark: unsaved work, numbers may change."""
        self._records[item_id] = replace(self._records[item_id], disagreements=found)
        self.document.setModified(True)
        self.renumber()
        self.changed.emit()

    def citation(self, item_id: int, index: int) -> Citation | None:
        record = self._records.get(item_id)
        if record is None or index >= len(record.citations):
            return None
        return record.citations[index]

    def edited_items(self) -> set[int]:
        edited: set[int] = set()
        for entry in self._entries():
            record = self._records.get(entry.item) if entry.item is not None else None
            text = " ".join("".join(entry.parts).split())
            if record is not None and text and text != " ".join(record.original.split()):
                edited.add(entry.item)  # type: ignore[arg-type]
        return edited

    def item_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Document ranges (start, end) of each item's text and markers, in reading order."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for entry in self._entries():
            if entry.item is not None:
                spans.setdefault(entry.item, []).append((entry.start, entry.end))
        return spans

    def marker_runs(self) -> list[Run]:
        return [run for run in self.runs() if run.marker is not None]

    def item_at(self, position: int) -> int | None:
        for run in self.runs():
            if run.start <= position < run.end and (run.item is not None or run.marker is not None):
                return run.item if run.item is not None else run.marker[0]  # type: ignore[index]
        return None

    def _markers_citing(self, source_id: str, sentence_index: int) -> list[Run]:
        """The marker runs whose citations include the given source sentence, in reading order."""
        return [
            run
            for run in self.marker_runs()
            if run.marker is not None
            and any(
                c.source_id == source_id and c.sentence_index == sentence_index
                for c in self.marker_citations(*run.marker)
            )
        ]

    def items_citing(self, source_id: str, sentence_index: int) -> list[int]:
        """Item ids (in reading order) that cite the given source sentence."""
        found: list[int] = []
        for run in self._markers_citing(source_id, sentence_index):
            if run.marker is not None and run.marker[0] not in found:
                found.append(run.marker[0])
        return found

    @staticmethod
    def _citations_of(
        entry: Entry, record: ItemRecord, kept: set[tuple[int, int] | None] | None = None
    ) -> tuple[Citation, ...]:
        """What a sentence cites, in the order it was cited: every citation of the sources its markers
        stand for (only ``kept`` markers, when given) and, while any marker stays, those of the sources
        beyond the markers."""
        shown = [
            i
            for i in entry.citations
            if i < len(record.citations) and (kept is None or (entry.item, i) in kept)
        ]
        if not shown:
            return ()
        _marked, hidden = marked_sources(record.citations)
        wanted = {record.citations[i].source_id for i in shown} | set(hidden)
        return tuple(c for c in record.citations if c.source_id in wanted)

    def numbering(self) -> dict[str, int]:
        """Source id -> citation number, the number exports give the source."""
        return self._source_numbers()

    def _source_numbers(self, kept: set[tuple[int, int] | None] | None = None) -> dict[str, int]:
        """Numbers counted over the same citations `brief()` gives, by the rule every export uses
        (`number_order`), so the window and the exports give a source the same number (``kept``: see
        `_citations_of`)."""
        cited: list[str] = []
        for entry in self._entries():
            record = self._records.get(entry.item) if entry.item is not None else None
            if record is None or not "".join(entry.parts).strip():
                continue
            cited.extend(cit.source_id for cit in self._citations_of(entry, record, kept))
            cited.extend(c.source_id for d in record.disagreements if not d.dismissed for c in d.citations())
        return {sid: n for n, sid in enumerate(number_order(self._base.sources, cited), start=1)}

    def marker_citations(self, item_id: int, index: int) -> tuple[Citation, ...]:
        """Every citation a marker stands for: all the item's citations of the marker's source."""
        record = self._records.get(item_id)
        if record is None or index >= len(record.citations):
            return ()
        source_id = record.citations[index].source_id
        return tuple(c for c in record.citations if c.source_id == source_id)

    def last_marker(self, item_id: int) -> int | None:
        """Citation index of the item's last marker in the text (it tells of the citations not shown)."""
        found: int | None = None
        for run in self.marker_runs():
            if run.marker is not None and run.marker[0] == item_id:
                found = run.marker[1]
        return found

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
        self._insert_text(cursor, item_id, text)
        cursor.insertText(marker_text(0), marker_format(item_id, 0, self._marker_color))

    @staticmethod
    def _insert_text(cursor: QTextCursor, item_id: int, text: str, *, new: bool = False) -> None:
        """A sentence's text, isolated when it needs it."""
        opening, closing = isolates(text)
        if opening:
            cursor.insertText(opening, isolate_format(item_id))
        cursor.insertText(text, new_format(item_id) if new else item_format(item_id))
        if closing:
            cursor.insertText(closing, isolate_format(item_id))

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

    def normalise(self) -> None:
        """After an edit made outside `edit()`: renumber markers and drop those whose sentence is gone.

        Undo and redo bring back states that were already numbered, so they are never touched here.
        """
        self._pending.stop()
        if self._normalising:
            return
        if self._fresh_edit:
            self._fresh_edit = False
            # Isolating what the user just typed belongs to the same undo step as the typing.
            self.isolate(join=True)
            self.renumber()
        self.changed.emit()

    def renumber(self) -> None:
        self._runs_cache = None  # inside an edit block Qt has not yet announced the change
        live = {e.item for e in self._entries() if e.item is not None and "".join(e.parts).strip()}
        drop: list[Run] = []
        keep: list[tuple[Run, Citation]] = []
        for run in self.marker_runs():
            assert run.marker is not None
            cit = self.citation(*run.marker)
            if cit is None or run.marker[0] not in live or MARKER_TEXT.search(run.text) is None:
                drop.append(run)  # its sentence is gone, or the user deleted part of "[2]"
            else:
                keep.append((run, cit))
        numbers = self._source_numbers({run.marker for run, _cit in keep})
        fixes: list[tuple[Run, str | None]] = [(run, None) for run in drop]
        for run, cit in keep:
            expected = marker_text(numbers[cit.source_id])
            if run.text != expected:
                fixes.append((run, expected))
        if not fixes:
            self.isolate()
            return
        self._normalising = True
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for run, wanted in sorted(fixes, key=lambda f: f[0].start, reverse=True):
            assert run.marker is not None
            cursor.setPosition(run.start)
            cursor.setPosition(run.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = cursor.charFormat()
            cursor.removeSelectedText()
            if wanted is None:
                continue
            match = MARKER_TEXT.search(run.text)
            assert match is not None
            before, after = run.text[: match.start()], run.text[match.end() :]
            # Text typed against a marker is not the marker's: before it, it belongs to the sentence;
            # after it, it is the user's own text that follows the sentence.
            if before:
                cursor.insertText(before, item_format(run.marker[0]))
            cursor.insertText(wanted, fmt)
            if after:
                cursor.insertText(after, QTextCharFormat())
        self.isolate()  # text typed against a marker may have joined the sentence
        cursor.endEditBlock()
        self._normalising = False
        self.renumbered.emit()

    def typing_moves_marks(self, position: int, item: int, text: str) -> bool:
        """Whether ``text`` typed at ``position`` as sentence ``item``'s would change isolate marks: it
        makes the sentence need marks or others, or lands beside them, outside."""
        typed = Run(position, position + len(text), text, item=item)
        # Only the paragraph typed into can change: a sentence's marks never reach past its paragraph.
        block = self.document.findBlock(position)
        start, end = block.position(), block.position() + block.length()
        runs = [run for run in self.runs() if start <= run.start < end]
        before = [run for run in runs if run.start < position]
        after = [run for run in runs if run.start >= position]
        if before and before[-1].end > position:  # typed inside this run: its two halves around it
            split = before.pop()
            cut = position - split.start
            before.append(replace(split, end=position, text=split.text[:cut]))
            after.insert(0, replace(split, start=position, text=split.text[cut:]))
        shift = len(text)
        runs = [*before, typed, *(replace(r, start=r.start + shift, end=r.end + shift) for r in after)]
        return bool(isolation_fixes(runs))

    def isolate(self, *, join: bool = False) -> None:
        """Put each sentence's isolate marks right around its text, as `isolates` wants them for the
        text it now holds, and drop marks left without text; ``join``: as part of the last undo step."""
        self._runs_cache = None
        fixes = isolation_fixes(self.runs())
        if not fixes:
            return
        normalising, self._normalising = self._normalising, True
        cursor = QTextCursor(self.document)
        if join:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        # Dropping marks left without text can join two pieces of a sentence, which the next pass
        # isolates as one; that pass leaves nothing to do (the third finds nothing).
        for _ in range(3):
            for fix in reversed(fixes):
                fix.apply(cursor)
            self._runs_cache = None
            fixes = isolation_fixes(self.runs())
            if not fixes:
                break
        cursor.endEditBlock()
        self._normalising = normalising
