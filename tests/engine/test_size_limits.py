"""Each algorithm's size limit: a folder at the limit is taken, one sentence more is refused by name."""

from __future__ import annotations

import pytest

from citebrief.engine.names import ALGORITHMS, LABELS, SENTENCE_LIMITS, size_refusal


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_the_limit_is_inclusive_and_the_refusal_names_the_algorithm_and_both_counts(algorithm: str) -> None:
    limit = SENTENCE_LIMITS[algorithm]
    if limit is None:
        assert size_refusal(algorithm, 10**7) == ""
        return
    assert size_refusal(algorithm, limit) == ""
    refusal = size_refusal(algorithm, limit + 1)
    assert refusal.startswith(f"{LABELS[algorithm]} handles at most {limit:,} sentences")
    assert f"have {limit + 1:,};" in refusal


def test_every_algorithm_has_a_limit_entry_and_the_three_scaling_ones_have_none() -> None:
    assert set(SENTENCE_LIMITS) == set(ALGORITHMS)
    assert all(SENTENCE_LIMITS[name] is None for name in ("citebrief", "lexrank", "textrank"))
