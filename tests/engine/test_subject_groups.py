"""Subjects named together are joined as connected components: the same groups scipy's csgraph finds."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from citebrief.engine.subjects import _connected_groups


@st.composite
def graphs(draw: st.DrawFn) -> np.ndarray:
    size = draw(st.integers(min_value=1, max_value=10))
    cells = draw(st.lists(st.booleans(), min_size=size * size, max_size=size * size))
    adjacent = np.array(cells, dtype=bool).reshape(size, size)
    return adjacent | adjacent.T


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_groups_are_the_connected_components_scipy_finds(adjacent: np.ndarray) -> None:
    count, label = connected_components(sparse.csr_matrix(adjacent), directed=False)
    expected = [np.flatnonzero(label == group).tolist() for group in range(count)]
    assert _connected_groups(adjacent) == expected


def test_a_chain_is_one_group_and_a_loner_its_own() -> None:
    adjacent = np.zeros((4, 4), dtype=bool)
    adjacent[0, 2] = adjacent[2, 0] = adjacent[2, 3] = adjacent[3, 2] = True
    assert _connected_groups(adjacent) == [[0, 2, 3], [1]]
