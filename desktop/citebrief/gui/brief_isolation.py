"""Keeping each brief sentence between its bidi isolate marks as the user edits it.

The marks (see `citebrief.gui.brief_marks.ISOLATE`) must sit right around the text of each unbroken
piece of a sentence and be the ones `isolates` gives for that text. Typing can make a sentence need marks
or no longer need them, Enter can split it, deleting can empty it, and text typed beside a mark can land
outside it: `isolation_fixes` finds every piece whose marks are not as they should be.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from citebrief.export.model import isolates
from citebrief.gui.brief_marks import Run, isolate_format


@dataclass(frozen=True, slots=True)
class Isolation:
    """Where one piece of a sentence's text goes between fresh marks, and the old marks to remove."""

    item: int
    start: int
    end: int
    opening: str
    closing: str
    stale: tuple[tuple[int, int], ...]

    def apply(self, cursor: QTextCursor) -> None:
        start, end = self.start, self.end
        for lo, hi in reversed(self.stale):
            cursor.setPosition(lo)
            cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            start -= max(0, min(hi, start) - lo)
            end -= max(0, min(hi, end) - lo)
        if start == end:  # marks with no text left between them
            return
        fmt = isolate_format(self.item)
        if self.closing:
            cursor.setPosition(end)
            cursor.insertText(self.closing, fmt)
        if self.opening:
            cursor.setPosition(start)
            cursor.insertText(self.opening, fmt)


def _pieces(runs: list[Run]) -> list[list[Run]]:
    """Unbroken stretches of one sentence's text and marks within a paragraph (markers, other text and
    paragraph ends break them): each is isolated on its own, as a bidi isolate ends with its paragraph."""
    pieces: list[list[Run]] = []
    for run in runs:
        if run.item is None or run.marker is not None:
            continue
        last = pieces[-1] if pieces else None
        if last is not None and last[-1].item == run.item and last[-1].end == run.start:
            last.append(run)
        else:
            pieces.append([run])
    return pieces


def _isolation_fix(piece: list[Run]) -> Isolation | None:
    text = "".join(run.text for run in piece if not run.isolate)
    opening, closing = isolates(text)
    marks = [run for run in piece if run.isolate]
    wanted = [mark for mark in (opening, closing) if mark]
    if (
        [run.text for run in marks] == wanted
        and (not opening or piece[0].isolate)
        and (not closing or piece[-1].isolate)
    ):
        return None
    texts = [run for run in piece if not run.isolate]
    start, end = (texts[0].start, texts[-1].end) if texts else (piece[0].start, piece[0].start)
    assert piece[0].item is not None
    return Isolation(piece[0].item, start, end, opening, closing, tuple((m.start, m.end) for m in marks))


def isolation_fixes(runs: list[Run]) -> list[Isolation]:
    """What to change, in reading order (apply them last first, so positions hold)."""
    return [fix for fix in map(_isolation_fix, _pieces(runs)) if fix is not None]
