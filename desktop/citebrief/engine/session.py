"""A summarising session over one corpus: per-corpus work is done once and reused.

Moving the length slider, changing the algorithm or focus, or unticking a source re-selects sentences
from cached features instead of re-reading and re-scoring the whole folder. A folder of several stories
is grouped once (per set of the user's story moves): unticking a source takes it out of its story, as
`story_brief.arranged` says, instead of grouping the rest again, so the brief's stories stay the ones
the sources panel shows; each story's features are kept (the sections are briefed from them, not from
the folder's), and a story that lost a source takes its kept features without that source's rows.
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
from citebrief.engine.story_brief import (
    FeaturesFor,
    arranged,
    kept_grouping_key,
    summarise_stories,
    whole_grouping,
)
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
        # The stories of the folder without some sources, for the options that order them.
        self._arranged: OrderedDict[tuple[frozenset[str], object], Grouping | None] = OrderedDict()
        # (language, a story's source ids) -> its features.
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
        excluded = frozenset(excluded)
        corpus = self.corpus.without(excluded) if excluded else self.corpus
        check_size(corpus, options.algorithm)
        grouping = self._stories(corpus, excluded, options, cancel)
        if grouping is not None:
            # The sections are briefed from each story's own features: the folder's are not needed.
            features_for = self._story_features_for(options.language, cancel)
            return summarise_stories(
                corpus, options, grouping, features_for=features_for, progress=progress, cancel=cancel
            )
        features = self.features(options.language, excluded=excluded, progress=progress, cancel=cancel)
        if options.stories == "auto":  # one story: `summarise` need not group the folder again
            features.memo.setdefault("stories", {})[kept_grouping_key(options)] = None
        return summarise(features.corpus, options, progress=progress, cancel=cancel, features=features)

    def _stories(
        self, corpus: Corpus, excluded: frozenset[str], options: BriefOptions, cancel: CancelToken | None
    ) -> Grouping | None:
        """The stories of ``corpus`` (the folder without ``excluded``) from the folder's one grouping."""
        if options.stories != "auto":
            return None
        key = (excluded, kept_grouping_key(options))
        with self._lock:
            whole = self._groupings.get(options.story_moves)
            if key in self._arranged:
                self._arranged.move_to_end(key)
                return self._arranged[key]
        if whole is None:
            whole = whole_grouping(self.corpus, options.story_moves, cancel=cancel)
            with self._lock:
                self._groupings[options.story_moves] = whole
        grouping = arranged(whole, corpus, options)
        if grouping is not None:
            self._seed_story_features(whole, grouping, options.language)
        with self._lock:
            self._arranged[key] = grouping
            while len(self._arranged) > _KEPT_SUBSETS:
                self._arranged.popitem(last=False)
        return grouping

    def _story_features_for(self, language: str, cancel: CancelToken | None) -> FeaturesFor:
        def of(sub: Corpus, progress: ProgressCallback | None) -> Features:
            key = (language, tuple(src.id for src in sub.sources))
            with self._lock:
                kept = self._story_features.get(key)
            if kept is None:
                kept = build_features(sub, language=language, progress=progress, cancel=cancel)
                with self._lock:
                    self._story_features[key] = kept
            return kept

        return of

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
