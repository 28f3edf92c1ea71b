"""The features of a folder a test writes, and a way to find a sentence's row by how it starts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from article_folders import write_articles
from citebrief.engine.features import Features, build_features
from citebrief.ingest import load_folder


def features_and_rows(folder: Path, articles: dict[str, str]) -> tuple[Features, Callable[[str], int]]:
    """The features of ``articles`` written to ``folder``, and the row of the sentence that starts with a
    text."""
    features = build_features(load_folder(write_articles(folder, articles)))
    texts = [r.text for r in features.rows]

    def row(start: str) -> int:
        return next(i for i, t in enumerate(texts) if t.startswith(start))

    return features, row
