"""Sentences that stray from the folder's story inside an on-story article: trivia or background about
another event ("The team was founded in 1903", another disaster in a climbing report).

Such a sentence is far from the folder's centroid, most of its content words appear in no other
sentence of the folder, and it names nothing the brief's lead names.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from citebrief.engine.features import Features
from citebrief.engine.tuning import TUNING

# A capitalised word that is not the first of its sentence: most often part of a name.
_NAME_WORD = re.compile(r"(?<=[\s\"“(])([A-Z][\w'’-]+)")


def _names(text: str) -> set[str]:
    return {word.lower() for word in _NAME_WORD.findall(text)}


def strays(features: Features, lead: int) -> list[int]:
    """Rows far from the folder's centroid whose content words are mostly found in no other row, and
    that share no name with ``lead``."""
    rows_with: Counter[str] = Counter()
    for row_stems in features.stems:
        rows_with.update(set(row_stems))
    floor = TUNING.stray_centrality * float(features.centrality.max(initial=0.0))
    lead_names = _names(features.rows[lead].text) | set(features.stems[lead])
    found: list[int] = []
    for row in np.flatnonzero(features.centrality < floor).tolist():
        stems = set(features.stems[row])
        if row == lead or len(stems) < TUNING.covered_min_stems:
            continue
        shared = sum(rows_with[stem] > 1 for stem in stems)
        if shared >= TUNING.stray_shared_share * len(stems):
            continue
        if _names(features.rows[row].text) & lead_names:
            continue
        found.append(row)
    return found
