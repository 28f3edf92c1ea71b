"""Keeping the brief's marks right after every edit: marker numbers and right-to-left isolates.

A marker shows its source's number as every export counts it; `renumber` fixes the numbers an edit
changed and drops markers whose sentence is gone. A sentence holding right-to-left letters or bidi
controls stands between invisible isolate marks (``ISOLATE``); `isolate` puts them back where an edit
moved, split or emptied a sentence.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QTextCharFormat, QTextCursor

from citebrief.core.model import Citation
from citebrief.gui.brief_isolation import isolation_fixes
from citebrief.gui.brief_marks import MARKER_TEXT, Run, item_format, marker_text
from citebrief.gui.brief_reading import BriefReading


class BriefUpkeep(BriefReading):
    """The mark-keeping part of `BriefDocument` (which owns the ``renumbered`` signal)."""

    renumbered: SignalInstance

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
