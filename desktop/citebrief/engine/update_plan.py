"""How an update weighs the old brief's sentences against the news: ranks, then a fit into a length.

An old item's importance is the place of its fact in a selection of the folder (infinity when the
selection no longer holds it); a new fact is a row of an added or changed article that the selection
chose and that no article the old brief knew states. `UpdatePlan.take` then fills a length greedily by
importance; `engine.update` fits the whole brief at once, `engine.update_shares` story by story.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from citebrief.core.model import Brief, BriefItem, BriefOptions, LengthUnit
from citebrief.core.progress import CancelToken
from citebrief.engine.facts import closest_cosine, same_fact
from citebrief.engine.features import Features
from citebrief.engine.summariser import select_rows


def row_index(features: Features) -> dict[tuple[str, int, int], int]:
    return {(r.source.id, r.sentence.start, r.sentence.end): k for k, r in enumerate(features.rows)}


def _rows_of(item: BriefItem, index: dict[tuple[str, int, int], int], features: Features) -> list[int]:
    """The rows an item's citations point to, where the quote still stands there."""
    rows: list[int] = []
    for cit in item.citations:
        row = index.get((cit.source_id, cit.start, cit.end))
        if row is not None and features.rows[row].sentence.text == cit.quote and row not in rows:
            rows.append(row)
    return rows


def _states_one_of(features: Features, row: int, sims: np.ndarray, others: Iterable[int]) -> bool:
    """Whether ``row`` (whose cosines with every row are ``sims``) states the fact of one of ``others``."""
    return any(
        other == row
        or (sims[other] >= closest_cosine() and same_fact(features, row, other, float(sims[other])))
        for other in others
    )


def selected_rows(
    features: Features,
    options: BriefOptions,
    sources: Iterable[str],
    index: dict[tuple[str, int, int], int],
    cancel: CancelToken | None,
) -> list[int]:
    """What the selection rules choose from ``sources`` alone, best first, as rows of ``features``
    (``index``: its `row_index`)."""
    kept = frozenset(sources)
    subset = features.subset(frozenset(src.id for src in features.corpus.sources if src.id not in kept))
    if not subset.rows:
        return []
    picked = select_rows(subset, options, cancel=cancel)
    return [index[(r.source.id, r.sentence.start, r.sentence.end)] for r in (subset.rows[k] for k in picked)]


class UpdatePlan:
    """The old items and the candidate new rows, ranked, then fitted into a length."""

    def __init__(self, features: Features, brief: Brief, fresh_sources: frozenset[str]) -> None:
        self.features = features
        self.brief = brief
        self.fresh_sources = fresh_sources
        self.index = row_index(features)
        self.item_rows = [_rows_of(item, self.index, features) for item in brief.items]
        fresh_ids = {k for k, src in enumerate(features.corpus.sources) if src.id in fresh_sources}
        self.is_fresh = np.isin(features.source_of_row, list(fresh_ids))

    def cost(self, item: BriefItem | None, row: int | None) -> int:
        if self.brief.options.unit is LengthUnit.SENTENCES:
            return 1
        if row is not None:
            return int(self.features.rows[row].words)
        return len(item.text.split()) if item is not None else 0

    def old_cost(self, i: int) -> int:
        rows = self.item_rows[i]
        item = self.brief.items[i]
        return self.cost(item, rows[0] if rows and not item.edited else None)

    def rank_and_candidates(
        self, chosen: list[int], among: Sequence[int] | None = None
    ) -> tuple[list[float], dict[int, float]]:
        """Each old item's importance (its fact's place in ``chosen``; infinity when ``chosen`` no longer
        holds it) and the new facts among ``chosen`` with their places. ``among``: the old items
        that may hold a fact (all by default); the others keep infinity."""
        rank = [float("inf")] * len(self.brief.items)
        candidates: dict[int, float] = {}
        which = range(len(self.item_rows)) if among is None else among
        for place, row in enumerate(chosen):
            sims = self.features.similarities(row)
            holders = [i for i in which if _states_one_of(self.features, row, sims, self.item_rows[i])]
            for i in holders:
                rank[i] = min(rank[i], float(place))
            if holders or not self.is_fresh[row]:
                continue
            close = np.flatnonzero((sims >= closest_cosine()) & ~self.is_fresh).tolist()
            if _states_one_of(self.features, row, sims, close + list(candidates)):
                continue  # an article the brief already knew states it (not news), or a new item does
            candidates[row] = float(place)
        return rank, candidates

    def fit(
        self, rank: list[float], candidates: dict[int, float], news_from: int
    ) -> tuple[list[int], list[int]]:
        """(old item indices kept, new rows taken) within the brief's length; edited items always stay.

        Candidates placed at ``news_from`` or later come from the news selection alone: together they
        take at most the new articles' share of the length (`news_room`).
        """
        items = self.brief.items
        kept = [i for i, item in enumerate(items) if item.edited]
        used = sum(self.old_cost(i) for i in kept)
        free = [i for i, item in enumerate(items) if not item.edited]
        length = self.brief.options.length
        room = self.news_room(length, np.ones(len(self.is_fresh), dtype=bool))
        more, taken, _used = self.take(free, rank, candidates, news_from, length - used, room)
        return sorted(kept + more), taken

    def take(
        self,
        items: Sequence[int],
        rank: list[float],
        candidates: dict[int, float],
        news_from: int,
        room: int,
        news_room: int,
    ) -> tuple[list[int], list[int], int]:
        """(``items`` kept, candidate rows taken, the length they use) within ``room``, most important
        first; candidates placed at ``news_from`` or later share ``news_room`` (the first always may)."""
        pool: list[tuple[float, int, int]] = [  # (rank, 0 = old item before a new one on a tie, key)
            (rank[i], 0, i) for i in items
        ]
        pool += [(place, 1, row) for row, place in candidates.items()]
        # An old item the fresh selection dropped still outranks nothing new, but keeps its old order.
        pool.sort(key=lambda entry: (entry[0], entry[1], entry[2] if entry[0] == float("inf") else 0))
        kept: list[int] = []
        taken: list[int] = []
        used = news_used = 0
        for place, kind, key in pool:
            cost = self.cost(None, key) if kind == 1 else self.old_cost(key)
            news = kind == 1 and place >= news_from
            if used + cost > room or (news and news_used and news_used + cost > news_room):
                continue
            used += cost
            news_used += cost if news else 0
            (kept if kind == 0 else taken).append(key)
        return kept, taken, used

    def news_room(self, length: int, rows: np.ndarray) -> int:
        """The part of ``length`` the news selection alone may fill: the added and changed articles'
        share of the sentences ``rows`` (a mask) holds, as a fresh brief would give them room."""
        count = int(rows.sum())
        share = float((self.is_fresh & rows).sum()) / count if count else 0.0
        return int(length * share)
