"""A folder's sentences as rows, found by how they start, and the order a brief would show them in:
for tests of the lead and the reading order."""

from __future__ import annotations

from pathlib import Path

from article_folders import write_articles
from citebrief.engine.concepts import concept_weights
from citebrief.engine.features import Features, build_features
from citebrief.engine.order import lead_row, reading_order
from citebrief.ingest import load_folder


def folder_features(tmp_path: Path, articles: dict[str, str]) -> Features:
    return build_features(load_folder(write_articles(tmp_path / "folder", articles)))


def row_starting(features: Features, start: str) -> int:
    return next(i for i, r in enumerate(features.rows) if r.text.startswith(start))


def brief_order(features: Features, starts: list[str]) -> list[str]:
    """The shown rows (given by how their sentences start) in the brief's reading order, as those starts."""
    rows = [row_starting(features, s) for s in starts]
    lead = lead_row(features, concept_weights(features, frozenset()), among=rows)
    by_row = dict(zip(rows, starts, strict=True))
    return [by_row[r] for r in reading_order(features, rows, lead)]
