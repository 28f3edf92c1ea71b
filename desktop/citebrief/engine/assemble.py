"""Chosen rows -> brief items: the text shown, every citation, and the reading order.

Reading order: items are sorted by how far into its article each sentence stands (relative position),
ties broken by the order of the sources. Sentences of one source therefore keep that source's order,
and the leads of all articles come first, as a reporter would open a story. A sentence that opens with
a pronoun or connective follows its predecessor directly.
"""

from __future__ import annotations

import numpy as np

from citebrief.core.model import BriefItem, BriefOptions, Citation
from citebrief.engine.features import Features
from citebrief.engine.sections import arrange, cover_subjects
from citebrief.engine.selection import equivalents


def citation_for(features: Features, row: int) -> Citation:
    info = features.rows[row]
    source = info.source
    sent = info.sentence
    return Citation(source.id, sent.index, sent.start, sent.end, source.text[sent.start : sent.end])


def citations_of(features: Features, rows: list[int]) -> dict[int, tuple[Citation, ...]]:
    """Each row's own citation first, then every other row stating the same fact, in corpus order.

    A source sentence is cited by one brief sentence only: the first of ``rows`` that claims it.
    """
    taken: set[int] = set(rows)
    same = equivalents(features, rows)
    cited = {}
    for row in rows:
        others = [r for r in same[row] if r not in taken]
        taken.update(others)
        cited[row] = (citation_for(features, row), *(citation_for(features, r) for r in others))
    return cited


def reading_order(features: Features, rows: list[int]) -> list[int]:
    body_counts = np.bincount(features.source_of_row, minlength=features.source_count)

    chosen = set(rows)

    def anchor(row: int) -> int:
        """A sentence that leans on its predecessor ("He said ...") is read right after it."""
        while (
            features.opener[row]
            and row - 1 in chosen
            and features.source_of_row[row - 1] == features.source_of_row[row]
        ):
            row -= 1
        return row

    def key(row: int) -> tuple[float, int, int]:
        first = anchor(row)
        source = int(features.source_of_row[first])
        position = int(features.positions[first])
        return (round(position / max(1, int(body_counts[source])), 1), source, int(features.positions[row]))

    return sorted(rows, key=key)


def build_items(
    features: Features, rows: list[int], options: BriefOptions | None = None
) -> tuple[BriefItem, ...]:
    """Brief items of the chosen rows (best first), in reading order.

    With ``options.sections == "auto"`` a folder on several subjects gets a sentence of each and its
    items grouped under the subjects' headings (see ``sections``).
    """
    sectioned = options is not None and options.sections == "auto"
    if sectioned and options is not None:
        rows = cover_subjects(features, rows, options)
    cited = citations_of(features, rows)
    ordered = reading_order(features, rows)
    placed = arrange(features, ordered) if sectioned else [(row, "") for row in ordered]
    return tuple(BriefItem(text=features.rows[r].text, citations=cited[r], section=h) for r, h in placed)
