"""Copying the whole brief with its sources to the clipboard, in the forms other programs paste."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from citebrief.core.model import Brief
from citebrief.export import render

MARKDOWN_MIME = "text/markdown"


def copy_brief(brief: Brief) -> None:
    """Markdown (as itself and as plain text) and HTML: a mail or word processor pastes the HTML, with
    working citation links and formatting; a plain editor pastes the Markdown."""
    markdown = render(brief, "markdown")
    mime = QMimeData()
    mime.setData(MARKDOWN_MIME, markdown)
    mime.setText(markdown.decode("utf-8"))
    mime.setHtml(render(brief, "html").decode("utf-8"))
    QApplication.clipboard().setMimeData(mime)
