"""Sections of a brief on a folder that covers several subjects (see `citebrief.engine.subjects`).

The brief holds a sentence of each subject, within its length, and groups its items under the
subjects' headings; a folder on one subject gets no headings.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.engine.features import Features
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.subjects import MIN_ITEMS_FOR_SECTIONS, Subjects, find_subjects


def _subject_of(features: Features, subjects: Subjects, row: int, chosen: set[int]) -> int:
    """A sentence leaning on the one before it ("He said ...") sits with it."""
    leans = features.dependencies.leans_on
    while leans[row] >= 0 and int(leans[row]) in chosen:
        row = int(leans[row])
    return int(subjects.row_subject[row])


def cover_subjects(features: Features, rows: list[int], options: BriefOptions) -> list[int]:
    """The chosen rows, with one sentence of each subject the choice missed in place of the last taken.

    ``rows`` are in the order they were chosen, best first. A folder on two stories gets a brief on
    both, within the same length; a folder on one story keeps its rows as they are.
    """
    subjects = find_subjects(features)
    if not subjects.headings or len(rows) < MIN_ITEMS_FOR_SECTIONS:
        return rows
    result = list(rows)
    chosen = set(result)
    present = {max(0, _subject_of(features, subjects, r, chosen)) for r in result}
    for subject in range(len(subjects.headings)):
        if subject in present:
            continue
        pick = _representative(features, subjects, subject, chosen)
        if pick is None:
            continue
        result = _make_room(features, subjects, result, pick, options)
        if result[-1] == pick:
            chosen = set(result)
            present.add(subject)
    return result


def _representative(features: Features, subjects: Subjects, subject: int, chosen: set[int]) -> int | None:
    """The readable sentence that names only this subject and is closest to the subject's words."""
    own = (subjects.row_subject == subject) & (subjects.row_strength >= 1.0) & (features.readable >= 1.0)
    own &= ~features.dependencies.unattributed
    own &= features.dependencies.leans_on < 0
    candidates = np.flatnonzero(own)
    candidates = candidates[~np.isin(candidates, list(chosen))]
    if len(candidates) == 0:
        return None
    members = sparse.csr_matrix((subjects.row_subject == subject).astype(np.float64))
    centroid = (members @ features.vectors).T
    closeness = np.asarray((features.vectors[candidates] @ centroid).todense()).ravel()
    # Nearer the top of its article is better, as a reporter would open that story.
    merit = closeness / (1.0 + 0.1 * features.positions[candidates])
    return int(candidates[np.lexsort((candidates, -merit))][0])


def _make_room(
    features: Features, subjects: Subjects, rows: list[int], pick: int, options: BriefOptions
) -> list[int]:
    """``rows`` + ``pick`` within the length, dropping the last-taken rows of the best-covered subject."""

    def cost(row: int) -> int:
        return int(features.words[row]) if options.unit is LengthUnit.WORDS else 1

    result = list(rows)
    used = sum(cost(r) for r in result)
    while used + cost(pick) > options.length:
        chosen = set(result)
        counts = Counter(_subject_of(features, subjects, r, chosen) for r in result)
        leading = counts.most_common(1)[0][0]
        needed = {d for r in result for d in features.dependencies.direct(r)}
        droppable = [
            r for r in result if _subject_of(features, subjects, r, chosen) == leading and r not in needed
        ]
        if counts[leading] < 2 or not droppable:
            return rows
        result.remove(droppable[-1])
        used -= cost(droppable[-1])
    return [*result, pick]


def arrange(features: Features, ordered: list[int]) -> list[tuple[int, str]]:
    """Rows in reading order grouped under their subjects' headings, or all under "" for one subject.

    Sections follow the order of their first sentence; inside a section, rows keep the reading order,
    so each source's sentences keep their order.
    """
    subjects = find_subjects(features)
    chosen = set(ordered)
    place = {row: position for position, row in enumerate(ordered)}
    # A sentence of a source that names no subject at all goes with the main one.
    of_row = {r: max(0, _subject_of(features, subjects, r, chosen)) for r in ordered}
    if len(set(of_row.values())) < 2:
        return [(row, "") for row in ordered]
    first_seen: dict[int, int] = {}
    for row in ordered:
        first_seen.setdefault(of_row[row], place[row])
    grouped = sorted(ordered, key=lambda r: (first_seen[of_row[r]], place[r]))
    return [(row, subjects.headings[of_row[row]]) for row in grouped]
