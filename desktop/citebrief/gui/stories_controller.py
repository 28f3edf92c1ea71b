"""The window's side of a folder of several stories: the sources panel's story groups, showing a story's
section in the brief, bringing in a story the brief had no room for, and the user's moves of documents
between stories (kept in `BriefOptions.story_moves`, so the brief file remembers them).

The panel groups every document of the folder, ticked or not (the brief groups only the ticked ones),
off the GUI thread: a folder of thousands of articles takes a moment to group.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QTextBlock, QTextCursor

from citebrief.core.model import UNGROUPED, Brief, BriefOptions, Corpus, LengthUnit, Story
from citebrief.core.progress import CancelToken, ProgressCallback
from citebrief.export.model import UNGROUPED_HEADING
from citebrief.gui.brief_stories import also_entry_block, parse_story_href, story_heading_block
from citebrief.gui.story_rows import story_title
from citebrief.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from citebrief.engine.stories import Grouping
    from citebrief.gui.main_window import MainWindow

Moves = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class PanelGrouping:
    """The folder's stories as the panel shows them, and where the grouping alone put each document."""

    corpus: Corpus
    moves: Moves
    grouping: Grouping
    automatic: dict[str, str]  # source id -> story id, before the user's moves


def _group(
    corpus: Corpus, moves: Moves, automatic: dict[str, str] | None, cancel: CancelToken
) -> PanelGrouping:
    """The folder's stories with the user's moves; ``automatic``: where the grouping alone puts each
    document, when known already (it never changes for the same folder)."""
    from citebrief.engine.stories import group_stories  # the engine loads off the GUI thread

    grouping = group_stories(corpus, moves=moves, cancel=cancel)
    if automatic is None:
        automatic = (group_stories(corpus, cancel=cancel) if moves else grouping).story_of()
    return PanelGrouping(corpus, moves, grouping, automatic)


class StoriesController(QObject):
    """Wires the sources panel's stories to the workspace and the brief editor (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.sources
        self.workspace = window.workspace
        self.editor = window.editor
        self.shown: PanelGrouping | None = None
        self._automatic: tuple[Corpus, dict[str, str]] | None = None  # kept for the folder it is of
        self._fresh_folder = False
        self._pending_story = ""  # a story to show once the brief that makes room for it arrives
        self._pending_message = ""
        self.grouper = TaskRunner(window.pool, self)
        self.grouper.succeeded.connect(self._on_grouped)
        window.files.opening.connect(self._on_opening)
        self.workspace.corpus_loaded.connect(self._on_corpus_loaded)
        self.workspace.brief_ready.connect(self._on_brief_ready)
        self.workspace.brief_restored.connect(self._on_brief_restored)
        self.panel.story_selected.connect(self.show_story)
        self.panel.story_expand_requested.connect(self.expand)
        self.panel.story_move_requested.connect(self.move)
        self.panel.stories_reset_requested.connect(self.restore_stories)
        self.editor.viewport().installEventFilter(self)

    def carry(self, options: BriefOptions) -> BriefOptions:
        """``options`` from the controls with the story settings they do not show."""
        current = self.workspace.options
        return replace(options, stories=current.stories, story_moves=current.story_moves)

    # --- grouping the folder for the panel -----------------------------------------------------

    def _on_opening(self) -> None:
        files = self.window.files
        self._fresh_folder = not files.path and not files.restoring_unsaved

    def _on_corpus_loaded(self, _corpus: Corpus) -> None:
        if self._fresh_folder:  # moves belong to the folder (and brief file) they were made in
            self._fresh_folder = False
            self.workspace.set_options(replace(self.workspace.options, story_moves=()))

    def _on_brief_restored(self, _doc: object, _stale: object) -> None:
        self.regroup()  # the file's brief may leave documents out, or predate changes to the folder

    def _sync(self, brief: Brief) -> None:
        """Show the folder's stories in the panel once a brief arrives. A brief of every document holds
        the folder's grouping already; otherwise (unticked documents) the folder is grouped again."""
        corpus, options = self.workspace.corpus, self.workspace.options
        if corpus is None:
            return
        if self.shown is not None and self.shown.corpus is corpus and self.shown.moves == options.story_moves:
            return  # the panel shows these stories already: unticking one must not take it away
        moves = brief.options.story_moves
        covered = {sid for story in brief.stories for sid in story.documents} | set(brief.ungrouped)
        whole = (
            covered == {src.id for src in corpus.sources} if brief.stories else not self.workspace.excluded
        )
        automatic = self._automatic[1] if self._automatic and self._automatic[0] is corpus else None
        if (
            options.stories != "auto"
            or brief.options.stories != "auto"
            or moves != options.story_moves
            or not whole
            or (moves and (automatic is None or not brief.stories))
        ):
            self.regroup()
            return
        from citebrief.engine.stories import Grouping  # loaded already: the brief came from the engine

        grouping = Grouping(tuple(replace(story, shown=True) for story in brief.stories), brief.ungrouped)
        self._on_grouped(PanelGrouping(corpus, moves, grouping, automatic or grouping.story_of()))

    def regroup(self) -> None:
        """Group the folder for the panel, off the GUI thread."""
        corpus, options = self.workspace.corpus, self.workspace.options
        if corpus is None or options.stories != "auto":
            self.grouper.cancel()
            self.shown = None
            self.panel.set_stories(None)
            return
        moves = options.story_moves
        known = self._automatic[1] if self._automatic and self._automatic[0] is corpus else None

        def work(_progress: ProgressCallback, cancel: CancelToken) -> PanelGrouping:
            return _group(corpus, moves, known, cancel)

        self.grouper.start(work)

    def _on_grouped(self, result: PanelGrouping) -> None:
        if result.corpus is not self.workspace.corpus or result.moves != self.workspace.options.story_moves:
            return  # the folder or the moves changed while it was grouped; a newer job follows
        self.shown = result
        self._automatic = (result.corpus, result.automatic)
        several = len(result.grouping.stories) > 1 or bool(result.moves)
        self.panel.set_stories(result.grouping if several else None, moved=bool(result.moves))

    # --- moving documents between stories ------------------------------------------------------

    def move(self, source_id: str, story_id: str) -> None:
        """Put a document in another story (`UNGROUPED`: in none) and rebuild the brief."""
        if self.shown is None:
            return
        moves = [(sid, target) for sid, target in self.workspace.options.story_moves if sid != source_id]
        if self.shown.automatic.get(source_id) != story_id:  # back where it was found: no move to keep
            moves.append((source_id, story_id))
        title = next((s.title for s in self.shown.corpus.sources if s.id == source_id), source_id)
        heading = next((s.heading for s in self.shown.grouping.stories if s.id == story_id), "")
        where = "Not grouped" if story_id == UNGROUPED else (f"“{heading}”" if heading else "a new story")
        self.apply_moves(tuple(moves), f"Moved “{title}” to {where}.")

    def restore_stories(self) -> None:
        self.apply_moves((), "Every document is back in the story it was found in.")

    def apply_moves(self, moves: Moves, message: str) -> None:
        """Rebuild the brief with these moves; the panel follows when it arrives (a declined rebuild
        keeps the brief, its moves and the panel as they were)."""
        self.workspace.set_options(replace(self.workspace.options, story_moves=moves))
        if self.window.request_summary():
            self._pending_message = message  # said once the brief it asked for is on screen

    # --- the brief's stories -------------------------------------------------------------------

    def brief_story(self, story_id: str) -> Story | None:
        """The brief's story for a story of the panel: the same id, else the one sharing most documents
        (the brief groups only the ticked documents, so a story whose first document is unticked has
        another id there)."""
        stories = self.window.brief_document.base.stories
        same = next((s for s in stories if s.id == story_id), None)
        if same is not None or self.shown is None:
            return same
        members = next((set(s.documents) for s in self.shown.grouping.stories if s.id == story_id), set())
        best = max(stories, key=lambda s: len(members & set(s.documents)), default=None)
        return best if best is not None and members & set(best.documents) else None

    def show_story(self, story_id: str) -> None:
        """Scroll the brief to the story's heading (or its "Also in this folder" entry)."""
        story = self.brief_story(story_id) if story_id != UNGROUPED else None
        document = self.window.brief_document.document
        heading = self._panel_heading(story_id)
        if story is None:
            if story_id == UNGROUPED:
                self.window.show_status(f"Documents under “{UNGROUPED_HEADING}” tell no story of their own.")
            else:
                self.window.show_status(f"“{heading}” is left out of the brief: tick it to bring it back.")
            return
        block = story_heading_block(document, story.id)
        if block is None:
            block = also_entry_block(document, story.id)
            self.window.show_status(
                f"“{story.heading}” had no room in the brief: click it under “Also in this folder” to add it."
            )
        if block is not None:
            self.scroll_to(block)

    def _panel_heading(self, story_id: str) -> str:
        row = self.panel.story_row(story_id)
        return story_title(row) if row is not None else story_id

    def scroll_to(self, block: QTextBlock) -> None:
        """Put ``block`` at the top of the brief's view, with the text cursor at its start."""
        self.editor.setTextCursor(QTextCursor(block))
        top = self.editor.document().documentLayout().blockBoundingRect(block).top()
        bar = self.editor.verticalScrollBar()
        bar.setValue(min(bar.maximum(), int(top)))

    def expand(self, story_id: str) -> None:
        """Make room in the brief for a story it left out: the length grows until the story fits."""
        brief = self.window.brief_document.base
        story = self.brief_story(story_id)
        if story is None or story.shown:
            self.show_story(story_id)
            return
        from citebrief.engine.story_brief import MIN_STORY_SENTENCES, MIN_STORY_WORDS

        position = next(k for k, s in enumerate(brief.stories) if s.id == story.id)
        options = self.workspace.options
        least = MIN_STORY_WORDS if options.unit is LengthUnit.WORDS else MIN_STORY_SENTENCES
        most = self.window.controls.spin.maximum()
        length = max(options.length, (position + 1) * least)
        if length > most:  # every story before it takes its room first
            unit = options.unit.value
            self.window.show_status(
                f"“{story.heading}” needs a brief of {length} {unit}, longer than the longest ({most}): "
                "untick stories before it to make room."
            )
            return
        options = replace(options, length=length)
        self.window.controls.set_options(options)
        self.workspace.set_options(options)
        self._pending_story = story.id
        if not self.window.request_summary():
            self._pending_story = ""

    def _on_brief_ready(self, brief: Brief) -> None:
        self._sync(brief)
        message, self._pending_message = self._pending_message, ""
        if message:
            self.window.show_status(message)
        story, self._pending_story = self._pending_story, ""
        if story:
            self.show_story(story)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on an "Also in this folder" entry brings that story into the brief."""
        if not isinstance(event, QMouseEvent):
            return super().eventFilter(watched, event)
        story_id = parse_story_href(self.editor.anchorAt(event.position().toPoint()))
        if story_id and event.type() == QEvent.Type.MouseMove and not event.buttons():
            self.editor.mouseMoveEvent(event)  # the editor's own handling first: it sets the I-beam
            self.editor.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            return True
        if (
            story_id
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and not self.editor.textCursor().hasSelection()
        ):
            self.expand(story_id)
        return super().eventFilter(watched, event)
