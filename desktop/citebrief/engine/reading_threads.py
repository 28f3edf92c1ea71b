"""Which unit of a brief reads next: the reading order's heap gives the first by its place in its
article (``order.reading_order``); a unit ready nearly as early that tells more of what the line just
read tells goes first, so a reader follows one thread before the next ("Cracks in the spillway were
found by engineers" then "Engineers had reported cracks in the spillway to the council", not the army's
boats between them).
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import TYPE_CHECKING

from citebrief.engine.facts import containment
from citebrief.engine.tuning import TUNING

if TYPE_CHECKING:
    from citebrief.engine.features import Features


def next_unit(
    features: Features,
    ready: list[tuple[tuple[float, int, int], int]],
    key: Mapping[int, tuple[float, int, int]],
    members: Mapping[int, list[int]],
    placed: list[int],
    left: set[int],
) -> int:
    """The next unit to read: the first by its key, unless a unit ready nearly as early tells more of
    what the line just read tells; a reader then follows one thread before the next. Units already
    placed (``left`` holds the others) may still sit in the heap: the caller skips them."""
    _first_key, first = heapq.heappop(ready)
    if not placed or not ready or first not in left:
        return first
    # words alike, not a cosine: what the folder's other documents hold must not reorder a brief
    last = features.stems[members[placed[-1]][-1]]
    reach = key[first][0] + TUNING.order_topic_window
    best, best_share = first, containment(last, features.stems[members[first][0]])
    for _k, unit in ready:
        if unit not in left:
            continue
        share = containment(last, features.stems[members[unit][0]])
        if key[unit][0] <= reach and share >= TUNING.order_topic_share and share > best_share:
            best, best_share = unit, share
    if best != first:
        ready.remove((key[best], best))
        ready.append((key[first], first))
        heapq.heapify(ready)
    return best
