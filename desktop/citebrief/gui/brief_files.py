"""File commands of the window: open, save, export and copy, and asking before work is lost.

`BriefFiles` knows its collaborators (the brief, the workspace, the settings, the dialogs) and
reports back through signals; it never reaches into the window.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from citebrief.core.errors import CitebriefError
from citebrief.core.paths import display
from citebrief.export import REGISTRY, export_format, format_for_path, write
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.clipboard import copy_brief
from citebrief.gui.dialogs import Button, Dialogs
from citebrief.gui.settings import AppSettings
from citebrief.gui.workspace import Workspace
from citebrief.ingest.formats import FORMATS as ARTICLE_FORMATS
from citebrief.resources_path import samples_dir
from citebrief.store import SUFFIX, BriefFile, BriefFileError, open_brief, save_brief

ARTICLE_FILTERS = (
    f"Articles ({' '.join('*' + suffix for suffix in ARTICLE_FORMATS)})",
    "All files (*)",
)
BRIEF_FILTERS = (f"Citebrief briefs (*{SUFFIX})",)


class BriefFiles(QObject):
    """Knows the brief file being edited (``path``) and every command that reads or writes files."""

    status_changed = Signal(str)  # a message for the status bar
    path_changed = Signal(object)  # str: the brief file being edited ("" for none)
    recent_changed = Signal(object)  # list[str], the recent folders and briefs, newest first (a Qt string
    # list would drop the bytes of a name that is not UTF-8)
    opening = Signal()  # articles or a brief start loading: the workspace should show
    closed = Signal()  # the brief was closed: the welcome page should show
    work_saved = Signal()  # the work is safe (saved or knowingly discarded): the autosave may go

    def __init__(
        self,
        *,
        brief_document: BriefDocument,
        workspace: Workspace,
        settings: AppSettings,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.brief_document = brief_document
        self.workspace = workspace
        self.settings = settings
        self.dialogs = dialogs
        self.path = ""
        self.restoring_unsaved = False  # the brief being restored is an autosave of unsaved work
        self._pending_recent = ""  # remembered once its articles load
        workspace.corpus_loaded.connect(self._on_corpus_loaded)

    # --- opening -------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return self.settings.last_folder() or str(Path.home())

    def open_folder_dialog(self) -> None:
        folder = self.dialogs.choose_folder("Open a folder of articles", self._start_folder())
        if folder:
            self.open_paths([folder])

    def open_files_dialog(self) -> None:
        files = self.dialogs.choose_files("Open articles", self._start_folder(), ARTICLE_FILTERS)
        if files:
            self.open_paths(files)

    def open_brief_dialog(self) -> None:
        path = self.dialogs.choose_file("Open a brief", self._start_folder(), BRIEF_FILTERS)
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
            self.dialogs.warn("Citebrief", f"{display(missing[0])} does not exist.")
            return
        if not self.maybe_save():
            return
        # A folder joins Recent once something in it could be read.
        self._pending_recent = (
            (paths[0] if len(paths) == 1 else str(Path(paths[0]).parent)) if remember else ""
        )
        self.restoring_unsaved = False
        self._set_path("")
        self.opening.emit()
        self.workspace.open_paths(paths)

    def open_brief(self, path: str) -> bool:
        try:
            doc = open_brief(path)
        except BriefFileError as exc:
            self.dialogs.warn("Cannot open the brief", str(exc))
            return False
        if not self.maybe_save():
            return False
        if doc.outside and self._allow_outside(doc):
            doc = doc.with_outside()
        self.remember(path)
        self.restore(doc, path=path)
        return True

    def _allow_outside(self, doc: BriefFile) -> bool:
        """Ask before reading sources that a brief file finds only by climbing out of its own folder."""
        found = "\n".join(display(where) for _stored, where in doc.outside[:5])
        more = f"\n… and {len(doc.outside) - 5} more" if len(doc.outside) > 5 else ""
        answer = self.dialogs.ask(
            "Read sources outside the brief's folder?",
            "The brief's articles are no longer where it was saved. They were found outside the folder "
            f"that holds the brief file:\n\n{found}{more}\n\nRead them? Only do so if you trust where "
            "this brief file came from; otherwise its citations are shown as no longer found.",
            Button.Yes | Button.No,
            Button.No,
        )
        return answer == Button.Yes

    def restore(self, doc: BriefFile, *, path: str, unsaved: bool = False) -> None:
        """Show a brief from a file (or, ``unsaved``, an autosave): reload its sources, mark what went
        stale."""
        self._pending_recent = ""
        self.restoring_unsaved = unsaved
        self._set_path(path)
        self.opening.emit()
        self.workspace.open_paths(doc.paths, restoring=doc)

    def _on_corpus_loaded(self) -> None:
        if self._pending_recent:
            self.remember(self._pending_recent)
            self._pending_recent = ""

    def remember(self, path: str) -> None:
        self.settings.set_last_folder(path if os.path.isdir(path) else str(Path(path).parent))
        self.recent_changed.emit(self.settings.add_recent(path))

    def _set_path(self, path: str) -> None:
        self.path = path
        self.path_changed.emit(path)

    def close_brief(self) -> bool:
        """Close the brief and its articles (asking first when work would be lost)."""
        if not self.maybe_save():
            return False
        self.workspace.close()
        self.brief_document.clear()
        self._set_path("")
        self.closed.emit()
        return True

    # --- saving --------------------------------------------------------------------------------

    def snapshot(self) -> BriefFile | None:
        """What a save would write now (None when there is no brief)."""
        if self.brief_document.is_empty():
            return None
        return self.workspace.brief_file(self.brief_document.brief(), saved_as=self.path)

    def save(self) -> bool:
        if not self.path:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = self.path or str(Path(self._start_folder()) / f"brief{SUFFIX}")
        path, _ = self.dialogs.choose_save_path("Save the brief", start, BRIEF_FILTERS)
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        doc = self.snapshot()
        if doc is None:
            return False
        try:
            save_brief(path, doc)
        except BriefFileError as exc:
            self.dialogs.warn("Cannot save the brief", str(exc))
            return False
        self.brief_document.mark_saved()
        self.work_saved.emit()
        self._set_path(path)
        self.remember(path)
        self.status_changed.emit(f"Saved {display(Path(path).name)}.")
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current brief (saved, discarded, or nothing to lose)."""
        if not self.brief_document.is_modified() or self.snapshot() is None:
            return True
        answer = self.dialogs.ask(
            "Citebrief",
            "The brief has unsaved changes. Save them?",
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.work_saved.emit()
            return True
        return False

    # --- export --------------------------------------------------------------------------------

    def export_dialog(self) -> bool:
        formats = [f for f in REGISTRY if not f.brief_file]  # brief files are saved, not exported
        filters = [f.file_filter for f in formats]
        names = [f.name for f in formats]
        last = self.settings.export_format() if self.settings.export_format() in names else names[0]
        folder = self.settings.export_folder() or self._start_folder()
        stem = Path(self.path).stem if self.path else "brief"
        start = str(Path(folder) / f"{stem}{export_format(last).suffix}")
        path, chosen = self.dialogs.choose_save_path(
            "Export the brief", start, filters, filters[names.index(last)]
        )
        if not path:
            return False
        return self.export_to(path, names[filters.index(chosen)] if chosen in filters else None)

    def export_to(self, path: str, fmt: str | None = None) -> bool:
        """Write the brief to ``path``. A suffix the user typed chooses the format, as on the command
        line; ``fmt`` (the dialog's filter) only decides for a name without a known suffix."""
        typed = format_for_path(path)
        if typed is None and fmt is not None:
            path += export_format(fmt).suffix
        chosen = typed or fmt
        doc = self.snapshot()
        if doc is None:
            return False
        try:
            write(doc.brief, path, fmt=chosen)
        except CitebriefError as exc:
            self.dialogs.warn("Cannot export the brief", str(exc))
            return False
        self.settings.set_export_folder(str(Path(path).parent))
        self.settings.set_export_format(chosen or "")
        self.status_changed.emit(f"Exported {display(Path(path).name)}.")
        return True

    def copy_markdown(self) -> None:
        doc = self.snapshot()
        if doc is not None:
            copy_brief(doc.brief)
            self.status_changed.emit("Copied the brief as Markdown.")
