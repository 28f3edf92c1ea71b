"""Every question the window puts to the user, behind one small interface.

The window and its helpers ask through a `Dialogs` object instead of calling QFileDialog or QMessageBox
themselves, so a test hands in an object that answers at once and records what was asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


class Dialogs:
    """Modal file choosers and message boxes, parented to the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def choose_folder(self, title: str, start: str) -> str:
        return QFileDialog.getExistingDirectory(self.parent, title, start)

    def choose_files(self, title: str, start: str, filters: Sequence[str]) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self.parent, title, start, ";;".join(filters))
        return list(files)

    def choose_file(self, title: str, start: str, filters: Sequence[str]) -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, start, ";;".join(filters))
        return path

    def choose_save_path(
        self, title: str, start: str, filters: Sequence[str], selected: str = ""
    ) -> tuple[str, str]:
        """The path typed or picked ("" when cancelled) and the filter shown when the user confirmed."""
        path, chosen = QFileDialog.getSaveFileName(
            self.parent, title, start, ";;".join(filters), selected or (filters[0] if filters else "")
        )
        return path, chosen

    def ask(self, title: str, text: str, buttons: Button, default: Button) -> Button:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self.parent)
        box.setDefaultButton(default)
        return Button(box.exec())

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)
