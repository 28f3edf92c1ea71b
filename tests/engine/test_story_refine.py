"""After grouping, a document clearly more like another story's articles than its own story moves there."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.story_refine import REFINE_MARGIN, REFINE_THRESHOLD, refine

_IN = 0.4  # articles of one story
_FAR = 0.05  # articles of different stories
_NEAR = REFINE_THRESHOLD * 2  # a document plainly like a story's articles


def _unit_rows(cosines: list[list[float]]) -> sparse.csr_matrix:
    """Rows of unit length whose pairwise cosines are ``cosines`` (positive definite: a Cholesky factor)."""
    return sparse.csr_matrix(np.linalg.cholesky(np.asarray(cosines)))


def _folder(to_story: float, to_partner: float, *, other_story: bool = True) -> list[list[float]]:
    """Documents 0-2 tell one story; document 3 is ``to_story`` like each of them and ``to_partner`` like
    document 4, which is unlike the story; with ``other_story``, documents 5 and 6 tell another story."""
    rows = [
        [1, _IN, _IN, to_story, _FAR],
        [_IN, 1, _IN, to_story, _FAR],
        [_IN, _IN, 1, to_story, _FAR],
        [to_story, to_story, to_story, 1, to_partner],
        [_FAR, _FAR, _FAR, to_partner, 1],
    ]
    if not other_story:
        return rows
    return [[*row, 0.0, 0.0] for row in rows] + [[0.0] * 5 + [1, _IN], [0.0] * 5 + [_IN, 1]]


@pytest.mark.parametrize(
    ("cosines", "group", "expected"),
    [
        # paired with a document of another story, it is far more like this one's articles: it moves
        (_folder(_NEAR, REFINE_THRESHOLD), [0, 0, 0, 3, 3, 5, 5], [{0, 1, 2, 3}, {4}, {5, 6}]),
        # alone, and plainly like a story's articles: it joins them
        (_folder(_NEAR, _FAR), [0, 0, 0, 3, 4, 5, 5], [{0, 1, 2, 3}, {4}, {5, 6}]),
        # a little more like the other story than its partner, not by the margin: it stays
        (
            _folder(REFINE_THRESHOLD * REFINE_MARGIN * 0.95, REFINE_THRESHOLD),
            [0, 0, 0, 3, 3, 5, 5],
            [{0, 1, 2}, {3, 4}, {5, 6}],
        ),
        # alone and only faintly like the story: a story of its own
        (_folder(REFINE_THRESHOLD * 0.8, _FAR), [0, 0, 0, 3, 4, 5, 5], [{0, 1, 2}, {3}, {4}, {5, 6}]),
        # a folder of one story and strays is left as it is, however alike
        (_folder(_NEAR, _FAR, other_story=False), [0, 0, 0, 3, 4], [{0, 1, 2}, {3}, {4}]),
    ],
)
def test_a_document_moves_to_the_story_it_is_clearly_more_like(
    cosines: list[list[float]], group: list[int], expected: list[set[int]]
) -> None:
    found = refine(list(group), _unit_rows(cosines))
    stories: dict[int, set[int]] = {}
    for k, story in enumerate(found):
        stories.setdefault(story, set()).add(k)
    assert sorted(stories.values(), key=min) == expected


def test_a_document_with_no_terms_stays_where_it_is() -> None:
    rows = _unit_rows(_folder(_NEAR, _FAR)).toarray()
    rows[4] = 0.0  # an article whose words no other document shares
    found = refine([0, 0, 0, 3, 4, 5, 5], sparse.csr_matrix(rows))
    assert found[4] == 4
    assert found[3] == 0


def test_a_story_of_two_documents_takes_no_one_in() -> None:
    # documents 3 and 4 alone, very like each other, and a story of two (5, 6) they are also like
    cosines = [
        [1, _IN, _FAR, _FAR, _FAR, _FAR],
        [_IN, 1, _FAR, _FAR, _FAR, _FAR],
        [_FAR, _FAR, 1, _NEAR, _NEAR, _NEAR],
        [_FAR, _FAR, _NEAR, 1, _NEAR, _NEAR],
        [_FAR, _FAR, _NEAR, _NEAR, 1, _IN],
        [_FAR, _FAR, _NEAR, _NEAR, _IN, 1],
    ]
    assert refine([0, 0, 2, 3, 4, 4], _unit_rows(cosines)) == [0, 0, 2, 3, 4, 4]
