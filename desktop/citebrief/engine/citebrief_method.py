"""Citebrief's own multi-document method: budgeted coverage of the facts several sources share.

A *concept* is a content-word stem or a pair of adjacent content stems. A concept weighs more the more
sources mention it and the earlier they mention it. The brief greedily takes the sentence that covers
the most not-yet-covered concept weight per word (a monotone submodular objective, so greedy with a
cost ratio is near-optimal), scaled by the sentence's readability, its closeness to the folder's
centroid and its position in its article. When no sentence adds a shared concept any more, the most
central remaining sentences fill the budget.
"""

from __future__ import annotations

import heapq

import numpy as np
from scipy import sparse

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.core.progress import CancelToken, check
from citebrief.engine.features import Features
from citebrief.engine.selection import Budget, RedundancyGuard
from citebrief.engine.tuning import TUNING


def per_source_tables(features: Features) -> tuple[sparse.csr_matrix, sparse.csc_matrix]:
    """Sources x concepts: 1 where a source mentions a concept, and its earliest position weight there."""
    cached = features.memo.get("per_source")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    coo = features.concepts.tocoo()
    n_concepts = features.concepts.shape[1]
    order = np.lexsort((coo.row, coo.col, features.source_of_row[coo.row]))
    rows, cols = coo.row[order], coo.col[order]
    sources = features.source_of_row[rows]
    # The first row of each (source, concept) pair is its earliest: rows follow each article's order.
    _, first = np.unique(sources * n_concepts + cols, return_index=True)
    weight = 1.0 / (1.0 + features.positions[rows[first]] / TUNING.position_decay)
    shape = (max(1, features.source_count), n_concepts)
    earliest = sparse.csr_matrix((weight, (sources[first], cols[first])), shape=shape)
    presence = sparse.csr_matrix((np.ones(len(first)), (sources[first], cols[first])), shape=shape)
    result = (presence, sparse.csc_matrix(earliest))
    features.memo["per_source"] = result
    return result


def _spread_and_earliness(features: Features) -> tuple[np.ndarray, np.ndarray]:
    """Per concept: how many sources mention it, and how early (1 = first sentence) at best."""
    cached = features.memo.get("spread_early")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    parent = features.memo.get("subset_of")
    if parent is not None and parent[0].source_count > 1:
        result = _without_sources(*parent)
        features.memo["spread_early"] = result
        return result
    concepts = features.concepts
    n_rows = concepts.shape[0]
    n_sources = max(1, features.source_count)
    if n_sources > 1:
        row_to_source = sparse.csr_matrix(
            (np.ones(n_rows), (np.arange(n_rows), features.source_of_row)), shape=(n_rows, n_sources)
        )
        spread = np.asarray(((row_to_source.T @ concepts) > 0).sum(axis=0), dtype=np.float64).ravel()
    else:
        spread = np.asarray(concepts.sum(axis=0), dtype=np.float64).ravel()
    position_weight = 1.0 / (1.0 + features.positions / TUNING.position_decay)
    early = sparse.csr_matrix(sparse.diags(position_weight) @ concepts).max(axis=0)
    result = (spread, np.asarray(early.todense()).ravel())
    features.memo["spread_early"] = result
    return result


def _without_sources(full: Features, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The full folder's spread and earliness, updated for the sources the user left out.

    Only the concepts whose earliest mention was in a left-out source are looked at again.
    """
    spread, early = _spread_and_earliness(full)
    presence, earliest = per_source_tables(full)
    gone = np.flatnonzero(~kept)
    spread = spread - np.asarray(presence[gone].sum(axis=0)).ravel()
    early = early.copy()
    lost = np.asarray(sparse.csr_matrix(earliest[gone]).max(axis=0).todense()).ravel()
    for concept in np.flatnonzero((lost > 0) & (lost >= early)).tolist():
        lo, hi = earliest.indptr[concept], earliest.indptr[concept + 1]
        holders = earliest.indices[lo:hi]
        values = earliest.data[lo:hi][kept[holders]]
        early[concept] = float(values.max()) if len(values) else 0.0
    return spread, early


def concept_weights(features: Features, focus_stems: frozenset[str]) -> np.ndarray:
    """Weight of every concept: how many sources mention it, how early, and whether it is in focus."""
    n_concepts = features.concepts.shape[1]
    if features.concepts.shape[0] == 0:
        return np.zeros(n_concepts)
    spread, early = _spread_and_earliness(features)
    base = np.where(features.concept_is_pair, TUNING.bigram_weight, TUNING.unigram_weight)
    weights = base * np.maximum(spread, 2.0) * (0.5 + early)
    focused = np.zeros(n_concepts, dtype=bool)
    if focus_stems:
        focused = np.fromiter(
            (any(part in focus_stems for part in name.split()) for name in features.concept_names),
            dtype=bool,
            count=n_concepts,
        )
    weights[(spread < 2) & ~focused] = 0.0
    weights[focused] *= TUNING.focus_boost
    return np.asarray(weights, dtype=np.float64)


def rank_and_select(
    features: Features,
    options: BriefOptions,
    *,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Rows chosen for the brief, in the order they were chosen."""
    focus_stems = frozenset(features.tools.content_stems(" ".join(options.focus)))
    weights = concept_weights(features, focus_stems)
    budget = Budget.of(options)
    guard = RedundancyGuard(features)
    covered = np.zeros(len(weights), dtype=bool)
    indptr, indices = features.concepts.indptr, features.concepts.indices
    lead = 1.0 + TUNING.lead_bonus / (1.0 + features.positions)
    lengths = features.words if options.unit is LengthUnit.WORDS else np.full(len(features.rows), 10)
    # Everything in a row's score but its not-yet-covered concepts, computed once for all rows.
    factor = features.readable * lead * (1.0 + TUNING.centrality_weight * features.centrality)
    factor = factor / np.power(np.maximum(lengths, 1), TUNING.length_exponent)
    if focus_stems:
        has_focus = np.fromiter(
            (bool(focus_stems.intersection(s)) for s in features.stems), dtype=bool, count=len(features.stems)
        )
        factor = np.where(has_focus, factor, factor * TUNING.focus_penalty)

    def score(row: int) -> float:
        ids = indices[indptr[row] : indptr[row + 1]]
        gain = float(weights[ids][~covered[ids]].sum())
        return gain * float(factor[row]) if gain > 0 else 0.0

    candidates = np.flatnonzero(features.readable > 0)
    chosen_set: set[int] = set()

    def needs_predecessor(row: int) -> bool:
        """A sentence opening with "He" or "However" may follow its own predecessor, never stand alone."""
        if not features.opener[row]:
            return False
        before = row - 1
        same_source = before >= 0 and features.source_of_row[before] == features.source_of_row[row]
        return not (same_source and before in chosen_set)

    initial = np.asarray(features.concepts @ weights).ravel() * factor
    # Lazy greedy: a sentence's score can only fall as concepts get covered, so a stale heap top
    # that still wins after re-scoring is the true best.
    # Candidates enter the heap best-first, only as far as needed: a row's first score bounds every
    # later one, so a row not yet in the heap cannot beat a heap top that scores more than it.
    waiting = candidates[initial[candidates] > 0]
    waiting = waiting[np.lexsort((waiting, -initial[waiting]))].tolist()
    heap: list[tuple[float, int]] = []
    next_waiting = 0

    def admit() -> None:
        nonlocal next_waiting
        while next_waiting < len(waiting) and (
            not heap or -heap[0][0] <= initial[waiting[next_waiting]] or len(heap) < 64
        ):
            row = waiting[next_waiting]
            heapq.heappush(heap, (-float(initial[row]), row))
            next_waiting += 1

    check(cancel)
    admit()
    fallback: int | None = None
    parked: dict[int, int] = {}  # predecessor -> the sentence that leans on it
    steps = 0
    smallest = int(lengths[candidates].min()) if len(candidates) and options.unit is LengthUnit.WORDS else 1
    while heap and budget.limit - budget.used >= smallest:
        _neg, row = heapq.heappop(heap)
        steps += 1
        if steps % 64 == 0:
            check(cancel)
        admit()
        if not budget.fits(features, row):
            fallback = row if fallback is None else fallback
            continue
        fresh = score(row)
        if heap and fresh < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-fresh, row))
            continue
        if fresh <= 0 or guard.repeats(row):
            continue
        if needs_predecessor(row):
            parked[row - 1] = row  # back in the running if its predecessor is chosen
            continue
        guard.add(row)
        chosen_set.add(row)
        budget.take(features, row)
        covered[indices[indptr[row] : indptr[row + 1]]] = True
        follower = parked.pop(row, None)
        if follower is not None:
            heapq.heappush(heap, (-score(follower), follower))
    if budget.limit - budget.used >= smallest:
        # Coverage has nothing left to add: fill the rest with the most central sentences.
        room = budget.limit - budget.used
        fitting = candidates[lengths[candidates] <= room] if options.unit is LengthUnit.WORDS else candidates
        merit = features.centrality[fitting] * lead[fitting] * features.readable[fitting]
        order = fitting[np.lexsort((fitting, -merit))]
        for row in order.tolist():
            if budget.limit - budget.used < smallest:
                break
            if row in chosen_set or not budget.fits(features, row) or needs_predecessor(row):
                continue
            if guard.repeats(row):
                continue
            chosen_set.add(row)
            guard.add(row)
            budget.take(features, row)
    if not guard.chosen:
        if fallback is not None:
            return [fallback]
        pool = candidates.tolist() or list(range(len(features.rows)))
        return sorted(pool, key=lambda r: features.rows[r].position)[:1]
    return guard.chosen
