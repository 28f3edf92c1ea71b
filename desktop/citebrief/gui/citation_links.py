"""Links between the brief and its sources: follow a citation, select a brief sentence, add or remove one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from citebrief.core.model import Citation
from citebrief.core.paths import display
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_editor import BriefEditor
from citebrief.gui.placement import Slot, leaning_chain, slot_for
from citebrief.gui.source_viewer import SourceViewer
from citebrief.gui.sources_panel import SourcesPanel
from citebrief.gui.workspace import Workspace


class CitationLinks(QObject):
    """Keeps the editor, the sources list and the viewer pointing at the same sentences."""

    def __init__(
        self,
        *,
        brief_document: BriefDocument,
        editor: BriefEditor,
        viewer: SourceViewer,
        sources: SourcesPanel,
        workspace: Workspace,
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.brief_document = brief_document
        self.editor = editor
        self.viewer = viewer
        self.sources = sources
        self.workspace = workspace
        self.show_status = show_status
        sources.source_selected.connect(self.show_source)
        editor.citation_clicked.connect(self.follow_citation)
        viewer.view.sentence_activated.connect(self.on_sentence_activated)
        viewer.view.add_requested.connect(self.add_sentence)
        viewer.view.remove_requested.connect(self.remove_sentence)
        brief_document.changed.connect(self.refresh_viewer)

    def refresh_viewer(self) -> None:
        src = self.viewer.view.source
        if src is not None:
            self.viewer.set_source(
                src, self.used_sentences(src.id), stale_reason=self.workspace.stale.reason(src.id)
            )

    def used_sentences(self, source_id: str) -> set[int]:
        used: set[int] = set()
        for run in self.brief_document.marker_runs():
            for cit in self.brief_document.marker_citations(*run.marker) if run.marker else ():
                if cit.source_id == source_id:
                    used.add(cit.sentence_index)
        return used

    def show_source(self, source_id: str) -> None:
        corpus = self.workspace.corpus
        if corpus is None or not source_id:
            return
        try:
            src = corpus.source(source_id)
        except KeyError:
            self.viewer.set_source(None, set())
            return
        self.viewer.set_source(
            src, self.used_sentences(source_id), stale_reason=self.workspace.stale.reason(source_id)
        )
        self.sources.select(source_id)

    def follow_citation(self, item_id: int, index: int) -> None:
        cit = self.brief_document.citation(item_id, index)
        if cit is None:
            return
        # A changed source whose quote still stands is no reason to warn: only stale citations are.
        stale = (item_id, index) in self.brief_document.stale
        reason = (self.workspace.stale.reason(cit.source_id) or "stale citation") if stale else ""
        corpus = self.workspace.corpus
        if corpus is None or not any(s.id == cit.source_id for s in corpus.sources):
            self.show_status(f"The cited source is not available: {reason or cit.source_id}")
            return
        self.show_source(cit.source_id)
        self.viewer.view.show_span(cit.start, cit.end)
        self.show_status(
            f"⚠ {reason}" if reason else f"Showing the cited sentence in {display(Path(cit.source_id).name)}."
        )

    def on_sentence_activated(self, index: int) -> None:
        src = self.viewer.view.source
        if src is not None:
            items = self.brief_document.items_citing(src.id, index)
            if items:
                self.editor.select_item(items[0])

    def add_sentence(self, index: int) -> None:
        """Add a source sentence where the reading order puts it, with the sentence it leans on."""
        src = self.viewer.view.source
        corpus = self.workspace.corpus
        if src is None or corpus is None:
            return
        doc = self.brief_document
        chain = leaning_chain(src, index, self.used_sentences(src.id))
        items = [(item_id, rec.citations) for item_id in doc.item_spans() if (rec := doc.record(item_id))]
        slot = slot_for(src, chain[0], items=items, sources=corpus.sources)
        item_id = 0
        with doc.edit():  # one undo step, however many sentences come in
            for k in chain:
                sentence = src.sentence(k)
                cit = Citation(src.id, k, sentence.start, sentence.end, sentence.text)
                item_id = doc.insert_item(cit, sentence.text, after=slot.after, before=slot.before)
                slot = Slot(after=item_id)
        doc.normalise()
        self.editor.select_item(item_id)

    def remove_sentence(self, index: int) -> None:
        src = self.viewer.view.source
        if src is not None:
            self.brief_document.remove_sentence(src.id, index)
            self.brief_document.normalise()
