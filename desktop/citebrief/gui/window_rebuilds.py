"""The window's brief being made, rebuilt and restored: asking before a rebuild replaces the user's
edits, keeping the options honest, showing a fresh or reopened brief, pointing stale citations anew."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from citebrief.core.model import Brief, Corpus
from citebrief.core.paths import display
from citebrief.gui.dialogs import Button
from citebrief.gui.kept_dismissals import Kept, remembered, with_dismissals, without_dismissals

if TYPE_CHECKING:
    from citebrief.gui.brief_document import BaseState, BriefDocument
    from citebrief.gui.brief_editor import BriefEditor
    from citebrief.gui.brief_files import BriefFiles
    from citebrief.gui.controls_panel import ControlsPanel
    from citebrief.gui.dialogs import Dialogs
    from citebrief.gui.sources_panel import SourcesPanel
    from citebrief.gui.workspace import Workspace
    from citebrief.store import BriefFile, StaleReport

    _Window = QMainWindow
else:
    _Window = object


class BriefRebuilds(_Window):
    """The rebuilding part of `MainWindow` (which builds the widgets declared here)."""

    brief_document: BriefDocument
    workspace: Workspace
    dialogs: Dialogs
    controls: ControlsPanel
    files: BriefFiles
    editor: BriefEditor
    sources: SourcesPanel
    debounce: QTimer
    _pristine: tuple[object, ...]
    _brief_corpus: Corpus | None
    _dismissed: Kept  # the "sources differ" marks the user dismissed (see `kept_dismissals`)

    if TYPE_CHECKING:  # the window's own

        def show_status(self, message: str) -> None: ...
        def show_brief_counts(self) -> None: ...
        def after_brief_changed(self) -> None: ...

    def user_edited(self) -> bool:
        return without_dismissals(self.brief_document.brief().items) != self._pristine

    def request_summary(self) -> bool:
        """Re-summarise with the current options; asks first when that would replace the user's edits."""
        self.debounce.stop()
        if self.workspace.corpus is None:
            return False
        if self.user_edited():
            answer = self.dialogs.ask(
                "Rebuild the brief?",
                "You have edited the brief. Rebuilding it replaces your edits (Edit > Undo brings them "
                "back).",
                Button.Yes | Button.No,
                Button.No,
            )
            if answer != Button.Yes:
                self.keep_brief_options()
                self.show_status("The brief was kept as you edited it, with the options it was made with.")
                return False
        refusal = self.workspace.size_refusal()
        if refusal:  # said before anything starts; the brief on screen stays
            self.keep_brief_options()
            self.dialogs.warn("Too many sentences for this algorithm", f"{refusal[0].upper()}{refusal[1:]}.")
            self.show_status("The brief was kept with the options it was made with.")
            return False
        self.workspace.summarise()
        return True

    def keep_brief_options(self) -> None:
        """The options shown go back to those of the brief on screen, so they tell the truth."""
        kept = self.brief_document.base.options
        self.controls.set_options(kept)
        self.workspace.set_options(kept)

    def on_brief_ready(self, brief: Brief) -> None:
        document = self.brief_document.document
        # Undo can bring back the brief this one replaces only while both cite the same corpus.
        same_corpus = self._brief_corpus is self.workspace.corpus
        self._brief_corpus = self.workspace.corpus
        had_text = bool(document.toPlainText().strip())
        # A fresh brief is unsaved work only when it replaces a saved file or the user's edits.
        modified = bool(self.files.path) or (
            self.brief_document.is_modified() and not self.brief_document.is_empty()
        )
        if same_corpus and had_text:
            brief = replace(brief, title=self.brief_document.base.title)  # a rebuild keeps the title
            self._dismissed = remembered(self.brief_document.brief(), self._dismissed)
        else:
            self._dismissed = {}
        brief = with_dismissals(brief, self._dismissed)  # a rebuild keeps what the user dismissed
        self.brief_document.set_brief(brief, undoable=had_text and same_corpus, modified=modified)
        self._pristine = without_dismissals(self.brief_document.brief().items)
        self.brief_document.remember(self._pristine, self.workspace.excluded)
        self.editor.set_sources(self.workspace.corpus.by_id() if self.workspace.corpus else {})
        self.show_brief_counts()
        self.after_brief_changed()

    def on_base_restored(self, state: BaseState) -> None:
        """Undo or redo brought back another whole brief: the options (the story moves among them) and
        the ticked sources say what it was made with again, and a rebuild asks first only when it
        was edited."""
        self.keep_brief_options()
        self._pristine = state.pristine
        corpus = self.workspace.corpus
        if state.excluded is not None and state.excluded != self.workspace.excluded and corpus is not None:
            self.workspace.set_excluded(state.excluded)
            self.sources.set_corpus(corpus, state.excluded, self.workspace.stale.sources)
        self.after_brief_changed()

    def on_brief_restored(self, doc: BriefFile, stale: StaleReport) -> None:
        self.controls.set_options(doc.brief.options)
        self.brief_document.set_brief(doc.brief, stale=stale.citations, modified=self.files.restoring_unsaved)
        self._brief_corpus = self.workspace.corpus
        self._pristine = ()
        self.brief_document.remember(self._pristine, doc.excluded)
        self._dismissed = remembered(doc.brief, {})
        corpus = self.workspace.corpus
        self.sources.set_corpus(corpus or Corpus(()), doc.excluded, stale.sources)
        self.editor.set_sources(corpus.by_id() if corpus else {}, stale.sources)
        if stale.is_stale:
            count = len(stale.citations)
            self.show_status(f"{count} citation{'s' if count != 1 else ''} no longer match their sources.")
            names = "\n".join(f"• {reason}" for reason in stale.sources.values())
            self.dialogs.warn(
                "Sources changed",
                "Citations marked in red no longer match their sources:\n\n"
                + names
                + "\n\nBrief > Update Citations points them at the sentences that now say the same.",
            )
        else:
            self.show_status(
                f"Opened {display(Path(self.files.path).name)}." if self.files.path else "Brief restored."
            )
        self.after_brief_changed()

    def update_citations(self) -> None:
        """Point stale citations at the sentences that now say the same, keeping the user's edits."""
        brief, count = self.workspace.update_citations(self.brief_document.brief())
        left = self.workspace.stale.citations
        self.brief_document.set_brief(brief, undoable=True, stale=left, modified=True)
        self.show_status(
            f"Updated {count} citation{'s' if count != 1 else ''}"
            + (f"; {len(left)} found no matching sentence." if left else ".")
        )
        self.after_brief_changed()
