"""Budgets and redundancy: which ranked sentences make it into the brief.

Two sentences "say the same thing" when their TF-IDF cosine is high, or when one's content words are
mostly contained in the other's. The brief shows one of them; the other becomes an extra citation.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.engine.features import Features

SAME_FACT_COSINE = 0.5  # above this two sentences are not both shown
CITE_COSINE = 0.6  # above this a sentence is cited as saying the same thing
CONTAINMENT = 0.8  # share of the shorter sentence's content stems found in the longer one
SHARED_PHRASES = 2  # this many shared two-word phrases, with some overlap, make the same fact
PHRASE_COSINE = 0.3


@dataclass
class Budget:
    unit: LengthUnit
    limit: int
    used: int = 0
    count: int = 0

    @classmethod
    def of(cls, options: BriefOptions) -> Budget:
        return cls(options.unit, options.length)

    def cost(self, features: Features, row: int) -> int:
        return features.rows[row].words if self.unit is LengthUnit.WORDS else 1

    def fits(self, features: Features, row: int) -> bool:
        return self.used + self.cost(features, row) <= self.limit

    def take(self, features: Features, row: int) -> None:
        self.used += self.cost(features, row)
        self.count += 1

    @property
    def full(self) -> bool:
        return self.used >= self.limit


def phrases(stems: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(stems))


def containment(a: list[str], b: list[str]) -> float:
    """Share of the smaller stem set that the other contains."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


class RedundancyGuard:
    """Remembers the chosen rows and answers whether a new row repeats one of them.

    Each choice updates every row's highest similarity to the chosen ones with one sparse product,
    so asking about a row costs almost nothing, whatever the size of the folder.
    """

    def __init__(self, features: Features) -> None:
        self.features = features
        self.chosen: list[int] = []
        self._seen_text: set[str] = set()
        self._max_sim = np.zeros(len(features.rows))
        self._close: dict[int, list[int]] = {}  # row -> chosen rows it overlaps enough to compare

    def repeats(self, row: int) -> bool:
        f = self.features
        if f.fingerprints[row] in self._seen_text:
            return True
        if self._max_sim[row] >= SAME_FACT_COSINE:
            return True
        close = self._close.get(row)
        if not close:
            return False
        mine = phrases(f.stems[row])
        for chosen in close:
            if len(mine & phrases(f.stems[chosen])) >= SHARED_PHRASES:
                return True
            if containment(f.stems[row], f.stems[chosen]) >= CONTAINMENT:
                return True
        return False

    def add(self, row: int) -> None:
        self.chosen.append(row)
        self._seen_text.add(self.features.fingerprints[row])
        sims = self.features.similarities(row)
        np.maximum(self._max_sim, sims, out=self._max_sim)
        for other in np.flatnonzero(sims >= PHRASE_COSINE).tolist():
            self._close.setdefault(other, []).append(row)


def fill(features: Features, ranked: Iterable[int], options: BriefOptions) -> list[int]:
    """Take rows best-first while they fit the budget and repeat nothing already taken."""
    budget = Budget.of(options)
    guard = RedundancyGuard(features)
    best_unfit: int | None = None
    for row in ranked:
        if budget.full:
            break
        if guard.repeats(row):
            continue
        if not budget.fits(features, row):
            if best_unfit is None:
                best_unfit = row
            continue
        guard.add(row)
        budget.take(features, row)
    if not guard.chosen and best_unfit is not None:
        guard.add(best_unfit)  # one sentence longer than the budget beats an empty brief
    return guard.chosen


def equivalents(features: Features, row: int) -> list[int]:
    """Rows (other than ``row``) that say the same thing: cited alongside it."""
    sims = features.similarities(row)
    candidates = np.flatnonzero(sims >= CITE_COSINE * 0.75)
    out = []
    for other in candidates.tolist():
        if other == row:
            continue
        same_text = features.fingerprints[other] == features.fingerprints[row]
        close = sims[other] >= CITE_COSINE
        contained = (
            sims[other] >= 0.4 and containment(features.stems[row], features.stems[other]) >= CONTAINMENT
        )
        if same_text or close or contained:
            out.append(other)
    return out
