"""Dialogs that answer at once from a script: window tests say the answers instead of polling for boxes."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.gui.dialogs import Button, Dialogs
from citebrief.gui.main_window import MainWindow


class ScriptedDialogs(Dialogs):
    """Answers the window's questions at once from a script, and records every one it was asked.

    ``answers`` holds the buttons to press, in order; a question with no answer left gets its default
    button. ``save_paths`` holds (path, filter) pairs for save dialogs, ``paths`` for open dialogs.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: list[Button] = []
        self.save_paths: list[tuple[str, str]] = []
        self.paths: list[str] = []
        self.asked: list[str] = []  # the text of every question and warning, in order
        self.filters: list[list[str]] = []  # the filters each file dialog offered

    def choose_folder(self, title: str, start: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def choose_files(self, title: str, start: str, filters: Sequence[str]) -> list[str]:
        self.filters.append(list(filters))
        return [self.paths.pop(0)] if self.paths else []

    def choose_file(self, title: str, start: str, filters: Sequence[str]) -> str:
        self.filters.append(list(filters))
        return self.paths.pop(0) if self.paths else ""

    def choose_save_path(
        self, title: str, start: str, filters: Sequence[str], selected: str = ""
    ) -> tuple[str, str]:
        self.filters.append(list(filters))
        return self.save_paths.pop(0) if self.save_paths else ("", "")

    def ask(self, title: str, text: str, buttons: Button, default: Button) -> Button:
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else default

    def warn(self, title: str, text: str) -> None:
        self.asked.append(text)

    def inform(self, title: str, text: str) -> None:
        self.asked.append(text)


def dialogs(window: MainWindow) -> ScriptedDialogs:
    """The scripted dialogs a test window answers with."""
    assert isinstance(window.dialogs, ScriptedDialogs)
    return window.dialogs
