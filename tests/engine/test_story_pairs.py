"""In a folder of many articles, a document left alone joins the document it is nearest to, when that one
is nearest to it too and clearly nearer than any other story."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.story_pairs import PAIR_MARGIN, PAIR_MIN_FOLDER, PAIR_THRESHOLD, pair_alone

_IN = 0.4  # articles of one story
_PAIR = 0.2  # two lone documents of one story told from two sides
_STORY = 3  # documents of each story around them


def _folder(cosines: list[list[float]], size: int) -> sparse.csr_matrix:
    """Unit rows whose cosines are ``cosines`` for the first documents, then stories of `_STORY` alike
    documents, unlike everything else, up to ``size`` documents."""
    n = len(cosines)
    blocks = [np.asarray(cosines, dtype=np.float64)]
    while n < size:
        blocks.append(np.full((_STORY, _STORY), _IN) + (1 - _IN) * np.eye(_STORY))
        n += _STORY
    return sparse.csr_matrix(np.linalg.cholesky(sparse.block_diag(blocks).toarray()))


def _groups(first: int, size: int) -> list[int]:
    """Each of the ``first`` documents alone, then the stories of `_folder`."""
    return list(range(first)) + [first + (k - first) // _STORY * _STORY for k in range(first, size)]


def _cosines(pair: float, to_story: float, to_third: float = 0.0) -> list[list[float]]:
    """Documents 0 and 1 alone, ``pair`` alike, each ``to_story`` like document 2 of a story (2, 3, 4);
    document 5 alone, ``to_third`` like document 1."""
    return [
        [1, pair, to_story, 0, 0, 0],
        [pair, 1, to_story, 0, 0, to_third],
        [to_story, to_story, 1, _IN, _IN, 0],
        [0, 0, _IN, 1, _IN, 0],
        [0, 0, _IN, _IN, 1, 0],
        [0, to_third, 0, 0, 0, 1],
    ]


_MANY = PAIR_MIN_FOLDER + 1


@pytest.mark.parametrize(
    ("cosines", "size", "together"),
    [
        # two lone documents, each the other's nearest, far nearer each other than any story: one story
        (_cosines(_PAIR, 0.05), _MANY, [{0, 1}]),
        # a little over the threshold
        (_cosines(PAIR_THRESHOLD * 1.01, 0.0), _MANY, [{0, 1}]),
        # under the threshold: each stays alone
        (_cosines(PAIR_THRESHOLD * 0.9, 0.0), _MANY, []),
        # each nearly as like a story's document as the other: not by the margin, each stays alone
        (_cosines(_PAIR, _PAIR / PAIR_MARGIN * 1.05), _MANY, []),
        # the second's nearest is a third lone document: those two are one story, the first stays alone
        (_cosines(_PAIR, 0.0, to_third=_PAIR * 1.5), _MANY, [{1, 5}]),
        # a lone document nearest a story's document, itself nearest it: it joins that story
        (_cosines(0.0, _IN * 1.2), _MANY, [{0, 2, 3, 4}]),
        # a folder of a few dozen articles is left as it is
        (_cosines(_PAIR, 0.05), PAIR_MIN_FOLDER - _STORY, []),
    ],
)
def test_a_lone_document_joins_its_nearest_when_it_is_nearest_to_it_too(
    cosines: list[list[float]], size: int, together: list[set[int]]
) -> None:
    matrix = _folder(cosines, size)
    group = _groups(2, matrix.shape[0])
    group[2:5] = [2, 2, 2]  # documents 2 to 4 are a story; 5 is alone
    group[5] = 5
    found = pair_alone(list(group), matrix)
    stories: dict[int, set[int]] = {}
    for k, story in enumerate(found[: len(cosines)]):
        stories.setdefault(story, set()).add(k)
    joined = sorted((s for s in stories.values() if len(s) > 1 and s != {2, 3, 4}), key=min)
    assert joined == together
    assert found[len(cosines) :] == group[len(cosines) :]  # the stories around them keep their documents


def test_a_folder_of_one_story_and_strays_is_left_alone() -> None:
    matrix = _folder(_cosines(_PAIR, 0.05), _MANY)
    group = list(range(matrix.shape[0]))  # every document alone but the one story, 2 to 4
    group[2:5] = [2, 2, 2]
    assert pair_alone(list(group), matrix) == group
