"""The open work: which files, the corpus read from them, the options, and the jobs that run on them.

No widgets here: the window shows what this object says and asks it to do things.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.core.paths import display
from citebrief.core.progress import CancelToken, ProgressCallback, report
from citebrief.core.serial import corpus_refs
from citebrief.engine.names import corpus_refusal
from citebrief.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from citebrief.engine.session import BriefSession
from citebrief.store import BriefFile, StaleReport, reconcile, update_citations


def brief_title(paths: Sequence[str]) -> str:
    if len(paths) == 1:
        return f"Brief: {display(os.path.basename(os.path.normpath(paths[0])))}"
    return "Brief"


class Workspace(QObject):
    """Loads corpora and summarises them off the GUI thread; one job of each kind at a time."""

    corpus_loaded = Signal(object)  # Corpus
    brief_ready = Signal(object)  # Brief (fresh from the engine)
    brief_restored = Signal(object, object)  # BriefFile, StaleReport (reopened from a file)
    failed = Signal(str, str)  # what was being done, why it failed
    progress_changed = Signal(float, str)
    busy_changed = Signal(bool)
    cancelled = Signal()

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths: tuple[str, ...] = ()
        self.corpus: Corpus | None = None
        self.excluded: frozenset[str] = frozenset()
        self.options = BriefOptions()
        self.follow_links = False  # read links that lead out of an opened folder (the user's setting)
        self.stale = StaleReport()
        self._restoring: BriefFile | None = None
        self._previous_paths: tuple[str, ...] = ()
        self._session: BriefSession | None = None
        self.loader = TaskRunner(pool, self)
        self.summariser = TaskRunner(pool, self)
        for runner in (self.loader, self.summariser):
            runner.progress_changed.connect(self.progress_changed)
            runner.busy_changed.connect(self._on_busy)
            runner.cancelled.connect(self.cancelled)
        self.loader.succeeded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.cancelled.connect(self._forget_load)
        self.summariser.succeeded.connect(self._on_summarised)
        self.summariser.failed.connect(lambda msg: self.failed.emit("Could not build the brief", msg))

    @property
    def session(self) -> BriefSession | None:
        """The engine's per-folder cache for the open corpus (made on the first summary)."""
        return self._session

    @property
    def busy(self) -> bool:
        return self.loader.busy or self.summariser.busy

    def _on_busy(self, _busy: bool) -> None:
        self.busy_changed.emit(self.busy)

    def cancel(self) -> None:
        self.loader.cancel()
        self.summariser.cancel()

    def close(self) -> None:
        """Forget the open articles (their jobs stop; results still on the way are dropped)."""
        self.cancel()
        self.paths, self._previous_paths = (), ()
        self.corpus, self._session, self._restoring = None, None, None
        self.excluded = frozenset()
        self.stale = StaleReport()

    # --- loading -------------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[str], *, restoring: BriefFile | None = None) -> None:
        """Read the articles at ``paths``; a fresh brief (or the restored one) follows."""
        self.summariser.cancel()
        self._previous_paths = self.paths
        self.paths = tuple(str(p) for p in paths)
        self._restoring = restoring
        if restoring is not None:
            self.excluded = restoring.excluded
            self.options = restoring.brief.options
        else:
            self.excluded = frozenset()
        wanted = list(self.paths)
        follow_links = self.follow_links

        def work(progress: ProgressCallback, cancel: CancelToken) -> Corpus:
            from citebrief.ingest import load_folder

            report(progress, 0.0, "Reading articles…")
            corpus = load_folder(
                wanted if len(wanted) != 1 else wanted[0],
                progress=progress,
                cancel=cancel,
                follow_links=follow_links,
            )
            # The engine's heavy imports happen here, off the GUI thread, before the first summary.
            importlib.import_module("citebrief.engine.session")
            return corpus

        self.loader.start(work)

    def _on_load_failed(self, message: str) -> None:
        if self._restoring is not None:
            # The brief still opens, every citation marked stale, rather than not at all.
            self._on_loaded(Corpus(sources=(), root=self._restoring.folder))
            self.failed.emit("The brief's articles could not be read", message)
            return
        self._forget_load()
        self.failed.emit("Could not open the articles", message)

    def _forget_load(self) -> None:
        """A load that stopped leaves the work as it was before it started."""
        self.paths, self._restoring = self._previous_paths, None

    def _on_loaded(self, corpus: Corpus) -> None:
        if not corpus.sources and self._restoring is None:
            # Nothing readable: say where and why, and keep what was open before.
            where = ", ".join(display(os.path.basename(os.path.normpath(p))) for p in self.paths)
            self._forget_load()
            reasons = "\n".join(
                f"{display(os.path.basename(n.path))}: {n.reason}" for n in corpus.notices[:8]
            )
            self.failed.emit(
                "Could not open the articles",
                f"No readable article was found in {where}.\n{reasons}".strip(),
            )
            return
        self.corpus = corpus
        self._session = None  # per-corpus work is redone only for a new corpus
        self.excluded = frozenset(sid for sid in self.excluded if any(s.id == sid for s in corpus.sources))
        restoring, self._restoring = self._restoring, None
        self.stale = StaleReport()
        if restoring is not None:
            # Citations whose quotes moved within a changed file follow them silently.
            restoring = replace(restoring, brief=self.recheck(restoring.brief))
        self.corpus_loaded.emit(corpus)
        if restoring is not None:
            self.brief_restored.emit(restoring, self.stale)
        else:
            self.summarise()

    # --- summarising ---------------------------------------------------------------------------

    def set_options(self, options: BriefOptions) -> None:
        self.options = options

    def set_excluded(self, excluded: frozenset[str]) -> None:
        self.excluded = excluded

    def size_refusal(self) -> str:
        """Why the chosen algorithm would refuse the ticked sources ("" when it takes them)."""
        if self.corpus is None:
            return ""
        return corpus_refusal(self.corpus.without(self.excluded), self.options.algorithm)

    def summarise(self) -> None:
        if self.corpus is None:
            return
        corpus = self.corpus.without(self.excluded)
        options = self.options
        title = brief_title(self.paths)
        refs = corpus_refs(self.corpus)
        excluded = self.excluded
        # Changing the length, the options or the ticked sources reuses the folder's features. The
        # session is made and dropped here, on the GUI thread only; the job just uses it.
        if self._session is None:
            from citebrief.engine.session import BriefSession  # imported already by the loading job

            self._session = BriefSession(self.corpus)
        session = self._session

        def work(progress: ProgressCallback, cancel: CancelToken) -> Brief:
            brief = session.summarise(options, excluded=excluded, progress=progress, cancel=cancel)
            # The brief remembers every source of the folder, so reopening can spot changes anywhere.
            return replace(brief, title=brief.title or title, sources=refs, root=brief.root or corpus.root)

        self.stale = StaleReport()
        self.summariser.start(work)

    def _on_summarised(self, brief: Brief) -> None:
        self.brief_ready.emit(brief)

    def recheck(self, brief: Brief) -> Brief:
        """``brief`` with citations moved to where their quotes now stand; `stale` says which no longer
        hold."""
        if self.corpus is None:
            return brief
        brief, self.stale = reconcile(brief, self.corpus)
        return brief

    def update_citations(self, brief: Brief) -> tuple[Brief, int]:
        """Stale citations pointed at the sentences that now say the same (see `store.update_citations`)."""
        if self.corpus is None:
            return brief, 0
        updated, count = update_citations(brief, self.corpus)
        return self.recheck(updated), count

    def brief_session(self) -> BriefSession | None:
        """The engine's per-folder cache for the open corpus, made when first needed (GUI thread only)."""
        if self._session is None and self.corpus is not None:
            from citebrief.engine.session import BriefSession

            self._session = BriefSession(self.corpus)
        return self._session

    def brief_file(self, brief: Brief, *, saved_as: str = "") -> BriefFile:
        return BriefFile(brief=brief, paths=self.paths, excluded=self.excluded, saved_as=saved_as)
