"""A summarising session over one corpus: per-corpus work is done once and reused.

Moving the length slider, changing the algorithm or focus, or unticking a source re-selects sentences
from cached features instead of re-reading and re-scoring the whole folder. A folder of several stories
is grouped once (per set of the user's story moves): unticking a source takes it out of its story, as
`story_brief.arranged` says, instead of grouping the rest again, so the brief's stories stay the ones
the sources panel shows; each story's features are kept, and a story that lost a source takes its
kept features without that source's rows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Literal

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.core.progress import CancelToken, ProgressCallback
from citebrief.engine.concepts import per_source_tables
from citebrief.engine.feature_cache import FeatureCache
from citebrief.engine.features import Features, build_features
from citebrief.engine.stories import Grouping
from citebrief.engine.story_brief import arranged, kept_grouping_key, whole_grouping
from citebrief.engine.summariser import check_size, summarise

_KEPT_SUBSETS = 4


class BriefSession:
    """Thread-safe: a GUI may summarise from a worker thread while the user changes options."""

    def __init__(
        self, corpus: Corpus, *, cache: FeatureCache | Literal["default"] | None = "default"
    ) -> None:
        """``cache`` keeps features on disk between sessions (the user's cache folder by default)."""
        self.corpus = corpus
        self._cache = FeatureCache.default() if cache == "default" else cache
        self._features: dict[str, Features] = {}
        self._subsets: OrderedDict[tuple[str, frozenset[str]], Features] = OrderedDict()
        self._groupings: dict[tuple[tuple[str, str], ...], Grouping] = {}  # by the user's moves
        # (language, a story's source ids) -> its features; shared by the folder's and every subset's.
        self._story_features: dict[tuple[str, tuple[str, ...]], Features] = {}
        self._lock = threading.Lock()

    def features(
        self,
        language: str,
        *,
        excluded: frozenset[str] = frozenset(),
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Features:
        with self._lock:
            full = self._features.get(language)
        if full is None:
            full = build_features(
                self.corpus, language=language, progress=progress, cancel=cancel, cache=self._cache
            )
            # Ready for the user unticking a source: per-source concept tables, built once.
            per_source_tables(full)
            with self._lock:
                self._features[language] = full
        if not excluded:
            return full
        key = (language, excluded)
        with self._lock:
            subset = self._subsets.get(key)
            if subset is not None:
                self._subsets.move_to_end(key)
                return subset
        subset = full.subset(excluded)
        with self._lock:
            self._subsets[key] = subset
            while len(self._subsets) > _KEPT_SUBSETS:
                self._subsets.popitem(last=False)
        return subset

    def summarise(
        self,
        options: BriefOptions,
        *,
        excluded: frozenset[str] | set[str] = frozenset(),
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Brief:
        """The brief of the corpus without the excluded sources, reusing all per-corpus work."""
        check_size(self.corpus.without(frozenset(excluded)), options.algorithm)
        features = self.features(
            options.language, excluded=frozenset(excluded), progress=progress, cancel=cancel
        )
        self._keep_stories(features, options, cancel)
        return summarise(features.corpus, options, progress=progress, cancel=cancel, features=features)

    def _keep_stories(self, features: Features, options: BriefOptions, cancel: CancelToken | None) -> None:
        """Hands `summarise` the stories of ``features``' corpus from the folder's one grouping, and
        the session's features of each story (both through ``features.memo``)."""
        features.memo.setdefault("story_features", self._story_features)
        kept: dict[object, Grouping | None] = features.memo.setdefault("stories", {})
        key = kept_grouping_key(options)
        if options.stories != "auto" or key in kept:
            return
        with self._lock:
            whole = self._groupings.get(options.story_moves)
        if whole is None:
            whole = whole_grouping(self.corpus, options.story_moves, cancel=cancel)
            with self._lock:
                self._groupings[options.story_moves] = whole
        grouping = arranged(whole, features.corpus, options)
        if grouping is not None:
            self._seed_story_features(whole, grouping, options.language)
        kept[key] = grouping

    def _seed_story_features(self, whole: Grouping, grouping: Grouping, language: str) -> None:
        """A story that lost unticked sources takes its kept features without their rows."""
        before = {story.id: story.documents for story in whole.stories}
        with self._lock:
            for story in grouping.stories:
                ids = before.get(story.id, ())
                kept = self._story_features.get((language, ids))
                if kept is not None and (language, story.documents) not in self._story_features:
                    gone = frozenset(ids) - frozenset(story.documents)
                    self._story_features[(language, story.documents)] = kept.subset(gone)
