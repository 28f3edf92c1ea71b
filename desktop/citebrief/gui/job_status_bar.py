"""The status bar: a message, and while a job runs, its progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget


class JobStatusBar(QStatusBar):
    def __init__(self, cancel: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cancel_action = cancel
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Progress")
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(cancel)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label = QLabel()
        self.label.setAccessibleName("Status")
        self.addWidget(self.label, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_action.setEnabled(busy)
        if busy:
            self.show_fraction(0.0)

    def show_progress(self, fraction: float, message: str) -> None:
        self.show_fraction(fraction)
        self.show_message(message)

    def show_fraction(self, fraction: float) -> None:
        """A moving bar until a job reports how far it is, then the share done."""
        if fraction <= 0.0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(min(fraction, 1.0) * 1000))

    def show_message(self, message: str) -> None:
        self.label.setText(message)
