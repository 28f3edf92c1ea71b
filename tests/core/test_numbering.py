"""Citation numbers: the cited sources in the folder's order, stable when a rebuild reorders sentences."""

from __future__ import annotations

import pytest

from citebrief.core.model import SourceRef, number_order

FOLDER = tuple(SourceRef(id=name, path=f"/news/{name}", title=name, sha256="") for name in ("a", "b", "c", "d"))


@pytest.mark.parametrize(
    ("cited", "numbered"),
    [
        (["c", "a"], ["a", "c"]),  # folder order, not order of first citation
        (["a", "c"], ["a", "c"]),  # a rebuild that cites the same sources in another order: same numbers
        (["d", "d", "b"], ["b", "d"]),  # a source cited twice has one number
        (["x", "b", "w"], ["b", "x", "w"]),  # sources the folder does not list come last, as first cited
        ([], []),
    ],
)
def test_number_order(cited: list[str], numbered: list[str]) -> None:
    assert number_order(FOLDER, cited) == numbered
