"""Budgets and redundancy: which ranked sentences make it into the brief.

A sentence that states the same fact as one already chosen (see ``facts``) is not taken again; the
shown sentence cites the source sentences that state its fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.engine.facts import adds_nothing, claim_told, closest_cosine, same_fact, states_fact
from citebrief.engine.features import Features
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.sentence_signals import signals
from citebrief.engine.stand_ins import stand_in


@dataclass
class Budget:
    unit: LengthUnit
    limit: int
    used: int = 0

    @classmethod
    def of(cls, options: BriefOptions) -> Budget:
        return cls(options.unit, options.length)

    def cost(self, features: Features, row: int) -> int:
        return features.rows[row].words if self.unit is LengthUnit.WORDS else 1

    def fits(self, features: Features, row: int) -> bool:
        return self.used + self.cost(features, row) <= self.limit

    def take(self, features: Features, row: int) -> None:
        self.used += self.cost(features, row)

    @property
    def full(self) -> bool:
        return self.used >= self.limit


class RedundancyGuard:
    """Remembers the chosen rows and answers whether a new row repeats one of them.

    Each choice updates, with one sparse product, which rows are close enough to it to compare, so
    asking about a row costs almost nothing, whatever the size of the folder.
    """

    def __init__(self, features: Features) -> None:
        self.features = features
        self.chosen: list[int] = []
        self._seen_text: set[str] = set()
        self._close: dict[int, list[tuple[int, float]]] = {}  # row -> (chosen row, cosine)
        self._said_stems: set[str] = set()
        self._said_numbers: set[str] = set()

    def repeats(self, row: int) -> bool:
        if self.features.fingerprints[row] in self._seen_text:
            return True
        return any(same_fact(self.features, row, chosen, sim) for chosen, sim in self._close.get(row, ()))

    def stand_in(self, row: int) -> int | None:
        """The chosen row that stands in for the line ``row`` leans on (see ``stand_ins``)."""
        before = int(self.features.dependencies.leans_on[row])
        if before < 0 or before not in self._close:
            return None
        return stand_in(self.features, row, self.chosen, self._close[before])

    def adds_nothing(self, row: int) -> bool:
        """Whether the chosen rows together already say all ``row`` says (see ``facts.adds_nothing``)."""
        if adds_nothing(self.features, row, self._said_stems, self._said_numbers):
            return True
        return claim_told(self.features, row, self.chosen)

    def add(self, row: int) -> None:
        self.chosen.append(row)
        self._said_stems.update(self.features.stems[row])
        self._said_numbers.update(signals(self.features, row).numbers)
        self._seen_text.add(self.features.fingerprints[row])
        sims = self.features.similarities(row)
        for other in np.flatnonzero(sims >= closest_cosine()).tolist():
            self._close.setdefault(other, []).append((row, float(sims[other])))


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


def equivalents(features: Features, rows: list[int]) -> dict[int, list[int]]:
    """For each of ``rows``, the other rows that state the same fact: cited alongside it.

    One sparse product compares all of ``rows`` with the whole folder at once.
    """
    if not rows:
        return {}
    sims = sparse.csr_matrix(features.vectors[rows] @ features.vectors.T)
    found: dict[int, list[int]] = {}
    for number, row in enumerate(rows):
        lo, hi = sims.indptr[number], sims.indptr[number + 1]
        others, values = sims.indices[lo:hi], sims.data[lo:hi]
        close = values >= closest_cosine()
        found[row] = sorted(
            int(other)
            for other, value in zip(others[close].tolist(), values[close].tolist(), strict=True)
            if other != row and states_fact(features, row, other, value)
        )
    return found
