"""File commands of the window: open, save, export and copy, and asking before work is lost."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from citebrief.core.errors import CitebriefError
from citebrief.resources_path import samples_dir
from citebrief.store import SUFFIX, BriefFile, BriefFileError, open_brief, save_brief

if TYPE_CHECKING:
    from citebrief.gui.main_window import MainWindow

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"
BRIEF_FILTER = f"Citebrief briefs (*{SUFFIX})"
EXPORT_FILTERS = {
    "markdown": ("Markdown", ".md"),
    "pdf": ("PDF", ".pdf"),
    "html": ("HTML", ".html"),
    "docx": ("Word document", ".docx"),
    "json": ("JSON", ".json"),
    "text": ("Plain text", ".txt"),
}


class BriefFiles:
    """Knows the brief file being edited (``path``) and every dialog that reads or writes files."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.path = ""

    # --- opening -------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return self.window.settings.last_folder() or str(Path.home())

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, "Open a folder of articles", self._start_folder()
        )
        if folder:
            self.open_paths([folder])

    def open_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, "Open articles", self._start_folder(), ARTICLE_FILTER
        )
        if files:
            self.open_paths(files)

    def open_brief_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open a brief", self._start_folder(), BRIEF_FILTER)
        if path:
            self.open_brief(path)

    def open_samples(self) -> None:
        self.open_paths([str(samples_dir())], remember=False)

    def open_path(self, path: str) -> None:
        self.open_paths([path])

    def open_paths(self, paths: Sequence[str], *, remember: bool = True) -> None:
        """Open folders/articles, or a brief file when that is what was given."""
        paths = [str(p) for p in paths]
        briefs = [p for p in paths if p.lower().endswith(SUFFIX)]
        if briefs:
            self.open_brief(briefs[0])
            return
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            QMessageBox.warning(self.window, "Citebrief", f"{missing[0]} does not exist.")
            return
        if not self.maybe_save():
            return
        self.path = ""
        self.window.brief_document.document.setModified(False)
        if remember:
            self.remember(paths[0] if len(paths) == 1 else str(Path(paths[0]).parent))
        self.window.show_workspace()
        self.window.workspace.open_paths(paths)
        self.window.update_title()

    def open_brief(self, path: str) -> bool:
        try:
            doc = open_brief(path)
        except BriefFileError as exc:
            QMessageBox.warning(self.window, "Cannot open the brief", str(exc))
            return False
        if not self.maybe_save():
            return False
        self.remember(path)
        self.restore(doc, path=path)
        return True

    def restore(self, doc: BriefFile, *, path: str) -> None:
        """Show a brief from a file (or an autosave): reload its sources, then mark what went stale."""
        self.path = path
        self.window.brief_document.document.setModified(False)
        self.window.show_workspace()
        self.window.workspace.open_paths(doc.paths, restoring=doc)
        self.window.update_title()

    def remember(self, path: str) -> None:
        settings = self.window.settings
        settings.set_last_folder(path if os.path.isdir(path) else str(Path(path).parent))
        self.window.update_recent(settings.add_recent(path))

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self.path:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = self.path or str(Path(self._start_folder()) / f"brief{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the brief", start, BRIEF_FILTER)
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        doc = self.window.current_brief_file()
        if doc is None:
            return False
        try:
            save_brief(path, doc)
        except BriefFileError as exc:
            QMessageBox.warning(self.window, "Cannot save the brief", str(exc))
            return False
        self.path = path
        self.window.brief_document.document.setModified(False)
        self.window.autosaver.discard()
        self.remember(path)
        self.window.update_title()
        self.window.show_status(f"Saved {Path(path).name}.")
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current brief (saved, discarded, or nothing to lose)."""
        if not self.window.brief_document.document.isModified() or self.window.current_brief_file() is None:
            return True
        answer = QMessageBox.warning(
            self.window,
            "Citebrief",
            "The brief has unsaved changes. Save them?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.window.autosaver.discard()
            return True
        return False

    # --- export --------------------------------------------------------------------------------

    def export_dialog(self) -> bool:
        from citebrief.export import FORMATS

        formats = [f for f in FORMATS if f in EXPORT_FILTERS]
        filters = [f"{EXPORT_FILTERS[f][0]} (*{EXPORT_FILTERS[f][1]})" for f in formats]
        settings = self.window.settings
        last = settings.export_format() if settings.export_format() in formats else formats[0]
        folder = settings.export_folder() or self._start_folder()
        stem = Path(self.path).stem if self.path else "brief"
        start = str(Path(folder) / f"{stem}{EXPORT_FILTERS[last][1]}")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export the brief", start, ";;".join(filters), filters[formats.index(last)]
        )
        if not path:
            return False
        fmt = formats[filters.index(chosen)] if chosen in filters else None
        return self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str | None = None) -> bool:
        from citebrief.export import format_for_path, write

        if fmt is not None and format_for_path(path) is None:
            path += EXPORT_FILTERS[fmt][1]
        doc = self.window.current_brief_file()
        if doc is None:
            return False
        try:
            write(doc.brief, path, fmt=fmt)
        except CitebriefError as exc:
            QMessageBox.warning(self.window, "Cannot export the brief", str(exc))
            return False
        settings = self.window.settings
        settings.set_export_folder(str(Path(path).parent))
        settings.set_export_format(fmt or format_for_path(path) or "")
        self.window.show_status(f"Exported {Path(path).name}.")
        return True

    def copy_markdown(self) -> None:
        from citebrief.export import render

        doc = self.window.current_brief_file()
        if doc is not None:
            QApplication.clipboard().setText(render(doc.brief, "markdown").decode("utf-8"))
            self.window.show_status("Copied the brief as Markdown.")
