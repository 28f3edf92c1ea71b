"""Citebrief's own multi-document method: budgeted coverage of the facts several sources share.

A *concept* is a content-word stem or a pair of adjacent content stems. A concept weighs more the more
sources mention it and the earlier they mention it. The brief greedily takes the sentence that covers
the most not-yet-covered concept weight per word (a monotone submodular objective, so greedy with a
cost ratio is near-optimal), scaled by the sentence's readability and position in its article.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict

import numpy as np

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.core.progress import CancelToken, check
from citebrief.engine.features import Features
from citebrief.engine.selection import Budget, RedundancyGuard

BIGRAM_WEIGHT = 1.0
UNIGRAM_WEIGHT = 0.35
LENGTH_EXPONENT = 0.9
POSITION_DECAY = 6.0  # body sentences: weight halves about every this many sentences into an article
FOCUS_BOOST = 4.0
LEAD_BONUS = 0.5  # extra weight of an article's first body sentence, fading with position
CENTRALITY_WEIGHT = 10.0  # how much closeness to the folder's centroid raises a sentence


def _concepts(stems: list[str]) -> set[str]:
    concepts = set(stems)
    concepts.update(f"{a} {b}" for a, b in itertools.pairwise(stems))
    return concepts


def concept_weights(
    features: Features, focus_stems: frozenset[str]
) -> tuple[list[set[str]], dict[str, float]]:
    row_concepts = [_concepts(s) for s in features.stems]
    sources_of: dict[str, set[int]] = defaultdict(set)
    early: dict[str, float] = defaultdict(float)
    for row, concepts in enumerate(row_concepts):
        info = features.rows[row]
        pos_weight = 1.0 / (1.0 + info.position / POSITION_DECAY)
        for c in concepts:
            sources_of[c].add(info.source_index)
            early[c] = max(early[c], pos_weight)
    n_sources = max(1, features.source_count)
    weights: dict[str, float] = {}
    counts: dict[str, int] = defaultdict(int)
    if n_sources == 1:
        for concepts in row_concepts:
            for c in concepts:
                counts[c] += 1
    for c, srcs in sources_of.items():
        spread = float(len(srcs)) if n_sources > 1 else float(counts[c])
        focused = bool(focus_stems) and any(part in focus_stems for part in c.split())
        if spread < 2 and not focused:
            continue
        base = BIGRAM_WEIGHT if " " in c else UNIGRAM_WEIGHT
        weight = base * max(spread, 2.0) * (0.5 + early[c])
        weights[c] = weight * FOCUS_BOOST if focused else weight
    return row_concepts, weights


def rank_and_select(
    features: Features,
    options: BriefOptions,
    *,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Rows chosen for the brief, in the order they were chosen."""
    focus_stems = frozenset(features.tools.content_stems(" ".join(options.focus)))
    row_concepts, weights = concept_weights(features, focus_stems)
    budget = Budget.of(options)
    guard = RedundancyGuard(features)
    covered: set[str] = set()

    def score(row: int) -> float:
        info = features.rows[row]
        gain = sum(weights.get(c, 0.0) for c in row_concepts[row] if c not in covered)
        if gain <= 0:
            return 0.0
        length = info.words if options.unit is LengthUnit.WORDS else 10
        position = 1.0 + LEAD_BONUS / (1.0 + info.position)
        if focus_stems and not focus_stems.intersection(features.stems[row]):
            gain *= 0.5
        central = 1.0 + CENTRALITY_WEIGHT * float(features.centrality[row])
        value = gain * features.readable[row] * position * central
        return float(value / math.pow(max(length, 1), LENGTH_EXPONENT))

    candidates = np.flatnonzero(features.readable > 0).tolist()

    def fill_key(row: int) -> tuple[float, int]:
        lead = 1.0 + LEAD_BONUS / (1.0 + features.rows[row].position)
        return (-float(features.centrality[row]) * lead, row)

    # Lazy greedy: a sentence's score can only fall as concepts get covered, so a stale heap top
    # that still wins after re-scoring is the true best.
    heap = [(-score(r), r) for r in candidates]
    heapq.heapify(heap)
    fallback: int | None = None
    steps = 0
    while heap and not budget.full:
        neg, row = heapq.heappop(heap)
        if neg >= 0:
            break
        fresh = score(row)
        if heap and fresh < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-fresh, row))
            continue
        steps += 1
        if steps % 64 == 0:
            check(cancel)
        if fresh <= 0 or guard.repeats(row):
            continue
        if not budget.fits(features, row):
            fallback = row if fallback is None else fallback
            continue
        guard.add(row)
        budget.take(features, row)
        covered.update(row_concepts[row])
    if not budget.full:
        # Coverage has nothing left to add: fill the rest with the most central sentences.
        for row in sorted(candidates, key=fill_key):
            if budget.full:
                break
            if row in guard.chosen or not budget.fits(features, row) or guard.repeats(row):
                continue
            guard.add(row)
            budget.take(features, row)
    if not guard.chosen:
        if fallback is not None:
            return [fallback]
        ranked = sorted(candidates or range(len(features.rows)), key=lambda r: features.rows[r].position)
        return ranked[:1]
    return guard.chosen
