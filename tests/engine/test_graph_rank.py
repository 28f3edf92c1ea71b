"""The sparse LexRank and TextRank rank sentences exactly as sumy's own code does."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.engine.features import build_features
from citebrief.engine.sumy_adapter import rank_with_sumy
from citebrief.ingest import load_folder


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank"])
def test_vectorised_ranking_matches_sumy(news_folder: Path, algorithm: str) -> None:
    features = build_features(load_folder(news_folder))
    ours = rank_with_sumy(features, algorithm)
    theirs = rank_with_sumy(features, algorithm, vectorised=False)
    assert len(ours) == len(theirs) == len(features.rows)
    assert ours == theirs


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank"])
def test_vectorised_ranking_matches_sumy_on_the_sample_articles(algorithm: str) -> None:
    from citebrief.resources_path import samples_dir

    features = build_features(load_folder(samples_dir()))
    assert (
        rank_with_sumy(features, algorithm)[:8] == rank_with_sumy(features, algorithm, vectorised=False)[:8]
    )
