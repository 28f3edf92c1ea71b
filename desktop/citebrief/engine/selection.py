"""Budgets and redundancy: which ranked sentences make it into the brief.

Two sentences *state the same fact* when any of these holds:
- their TF-IDF cosine is at least 0.5 (or they are the same words);
- with a cosine of at least 0.3, they share two two-word phrases (spanning four words, or with a cosine
  of 0.35: one shared name alone is not a fact; and more than names: something said alike), or most of
  the shorter one's content words are in the other;
- with a cosine of at least 0.15, they share a number and more content words (one more for a count or
  a sum, two more for a year or a day): in news, numbers anchor facts ("1,200 residents were evacuated"
  / "About 1,200 people were evacuated during the night").
Two sentences that name different days of the week ("on Monday" / "on Friday") tell of different
events, however alike their words: neither repeats nor cites the other.
The brief shows one of them; the others become extra citations of the one shown.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.engine.features import Features
from citebrief.engine.tuning import TUNING

_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


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


def phrases(stems: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(stems))


def containment(a: list[str], b: list[str]) -> float:
    """Share of the smaller stem set that the other contains."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same_fact(features: Features, a: int, b: int, cosine: float) -> bool:
    """Whether rows ``a`` and ``b`` (whose cosine is given) state the same fact; see the module doc."""
    if features.fingerprints[a] == features.fingerprints[b]:
        return True
    if _other_days(features, a, b):
        return False
    if cosine >= TUNING.same_fact_cosine:
        return True
    if cosine < TUNING.anchor_cosine:
        return False
    stems_a, stems_b = features.stems[a], features.stems[b]
    shared = set(stems_a) & set(stems_b)
    numbers = {w for w in shared if w[:1].isdigit()}
    if numbers:
        others = len(shared) - len(numbers)
        # A count or sum ("1,200", "5.4") pins a fact down more than a day of the month or a year.
        telling = any(len(n) >= 3 and not _YEAR.fullmatch(n) for n in numbers)
        if others >= (1 if telling else 2):
            return True
    if cosine < TUNING.overlap_cosine:
        return False
    common = phrases(stems_a) & phrases(stems_b)
    # Two phrases that only spell one name ("Mayor Ines Varga") need more overlap to make a shared fact.
    spread = (
        len({w for pair in common for w in pair}) >= TUNING.shared_phrases + 2
        or cosine >= TUNING.phrase_only_cosine
    )
    if len(common) >= TUNING.shared_phrases and spread and _beyond_names(features, a, b, common):
        return True
    return containment(stems_a, stems_b) >= TUNING.containment


def _weekdays(features: Features, row: int) -> frozenset[str]:
    memo: dict[int, frozenset[str]] = features.memo.setdefault("weekdays", {})
    found = memo.get(row)
    if found is None:
        found = memo[row] = frozenset(_WEEKDAY.findall(features.rows[row].text))
    return found


def _other_days(features: Features, a: int, b: int) -> bool:
    """Whether both rows name a day of the week and no day is named by both: two events, not one."""
    days_a, days_b = _weekdays(features, a), _weekdays(features, b)
    return bool(days_a) and bool(days_b) and not days_a & days_b


def _plain_stems(features: Features, row: int) -> frozenset[str]:
    """Stems of the row's words written in lower case: what it says, as opposed to whom it names."""
    memo: dict[int, frozenset[str]] = features.memo.setdefault("plain_stems", {})
    found = memo.get(row)
    if found is None:
        words = " ".join(w for w in _WORD.findall(features.rows[row].text) if w[:1].islower())
        found = memo[row] = frozenset(features.tools.content_stems(words))
    return found


def _beyond_names(features: Features, a: int, b: int, common: set[tuple[str, str]]) -> bool:
    """Whether shared phrases are more than shared names.

    "Presidents Vladimir Putin and Recep Tayyip Erdogan discussed Idlib by phone" and "Vladimir Putin
    and Recep Tayyip Erdogan met in Sochi in 2018" share many phrases, all of them names: two facts
    about the same people. A shared fact also shares what is said: a phrase with a plain word, or two
    plain words.
    """
    plain = _plain_stems(features, a) & _plain_stems(features, b)
    return len(plain) >= 2 or any(w in plain for pair in common for w in pair)


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

    def repeats(self, row: int) -> bool:
        if self.features.fingerprints[row] in self._seen_text:
            return True
        return any(same_fact(self.features, row, chosen, sim) for chosen, sim in self._close.get(row, ()))

    def add(self, row: int) -> None:
        self.chosen.append(row)
        self._seen_text.add(self.features.fingerprints[row])
        sims = self.features.similarities(row)
        for other in np.flatnonzero(sims >= TUNING.anchor_cosine).tolist():
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
        close = values >= TUNING.overlap_cosine
        found[row] = sorted(
            int(other)
            for other, value in zip(others[close].tolist(), values[close].tolist(), strict=True)
            if other != row and same_fact(features, row, other, value)
        )
    return found
