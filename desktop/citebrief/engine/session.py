"""A summarising session over one corpus: per-corpus work is done once and reused.

Moving the length slider, changing the algorithm or focus, or unticking a source re-selects sentences
from cached features instead of re-reading and re-scoring the whole folder.
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
        return summarise(features.corpus, options, progress=progress, cancel=cancel, features=features)
