"""Zoom: the brief's and the source's text grow and shrink together, one point a step."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

MIN_STEPS, MAX_STEPS = -4, 12  # from about 7 pt to about 23 pt on a 10 pt desktop


class TextZoom:
    """Holds the zoom in steps from each view's normal size."""

    def __init__(self, brief: QTextEdit, source: QPlainTextEdit) -> None:
        self._brief = brief
        self._source = source
        self._brief_size = brief.document().defaultFont().pointSizeF()
        self._source_size = source.font().pointSizeF()
        self.steps = 0

    def set_steps(self, steps: int) -> None:
        self.steps = max(MIN_STEPS, min(MAX_STEPS, steps))
        font = self._brief.document().defaultFont()
        font.setPointSizeF(self._brief_size + self.steps)
        self._brief.document().setDefaultFont(font)
        font = self._source.font()
        font.setPointSizeF(self._source_size + self.steps)
        self._source.setFont(font)

    def zoom(self, delta: int) -> None:
        self.set_steps(self.steps + delta if delta else 0)
