"""Copying the whole brief with its sources to the clipboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from citebrief.core.model import Brief
from citebrief.export import render


def copy_brief(brief: Brief) -> None:
    QApplication.clipboard().setText(render(brief, "markdown").decode("utf-8"))
