"""A chosen sentence that retells the line another one leans on can stand in for that line.

"Officials say that patient was then shot by the doctor, who returned fire from his own gun." leans on
its article's line before ("A female case worker was killed and a doctor shot when a psychiatric patient
opened fire ..."). When the brief already tells that line's fact in another article's words ("A
psychiatric patient opened fire inside a wellness center in Darby, PA, Thursday"), the line itself
would tell it twice and is never taken; without a stand-in the sentence that leans on it could not be
taken either, and the outcome it tells is lost. Read right after the chosen sentence, it is as clear as
after its own predecessor, so long as that sentence names everyone the predecessor names (a "he" after
it means the same person).

Selection and reading order both ask here, so a sentence taken on a stand-in reads right after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.engine.facts import closest_cosine, same_fact
from citebrief.engine.features import Features
from citebrief.ingest.pointing_words import counts_time_from_before


def _named(features: Features, row: int) -> frozenset[str]:
    deps = features.dependencies
    return deps.full_names[row] | frozenset(name for name, _intro in deps.introducers[row])


def stand_in(
    features: Features, row: int, chosen: Iterable[int], close: Iterable[tuple[int, float]] | None = None
) -> int | None:
    """The chosen row that stands in for the line ``row`` leans on, or None: that line is not chosen,
    and a chosen row states its fact and names everyone it names (the closest such row). ``close``:
    the chosen rows near that line with their cosines, when the caller knows them."""
    before = int(features.dependencies.leans_on[row])
    taken = set(chosen)
    if before < 0 or before in taken or not taken or counts_time_from_before(features.rows[row].text):
        return None  # "Moments later, ..." is later than its own line's moment, told by no other
    if close is None:
        similarities = features.similarities(before)
        close = [(other, float(similarities[other])) for other in sorted(taken)]
    named = _named(features, before)
    best: tuple[float, int] | None = None
    for other, cosine in close:
        if other == row or cosine < closest_cosine() or not named <= _named(features, other):
            continue
        if same_fact(features, before, other, cosine) and (best is None or cosine > best[0]):
            best = (cosine, other)
    return None if best is None else best[1]
