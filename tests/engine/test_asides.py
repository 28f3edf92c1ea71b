"""One article's aside on something else (a town's size, another case, a quip) stays out of the brief,
and so does a second story told at the end of an on-story article."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.citebrief_method import off_story_sources
from citebrief.engine.concepts import concept_weights
from citebrief.engine.features import build_features
from citebrief.engine.order import lead_row
from citebrief.engine.strays import asides
from citebrief.ingest import load_folder
from flood_story import MERROW_ARTICLES

STORY = {
    "a.txt": (
        "Floodwater broke through the Merrow dam on Monday night and forced four thousand residents of "
        "Merrow to leave their homes. "
        "Mayor Ines Varga said the floodwater reached the town hall before dawn. "
        "Engineers said the dam had cracked after three days of heavy rain. "
        "Residents of Merrow spent the night in the school gym. "
        "{ending}\n"
    ),
    **MERROW_ARTICLES,
}
# A second story at the end of article a: it shares words with itself, none with the other articles.
SECOND_STORY = (
    "In other news, a baker in Kessel won the national bread prize for her rye loaf. "
    "The baker said the rye loaf took her ten years of early mornings to perfect. "
    "Judges praised the crust of the rye loaf and its sour, nutty taste."
)
# (the last sentence of article a, whether it is the article's aside)
CASES = [
    ("Kessel is a quiet market village of 800 people on the northern coast.", True),
    ("To cope with something, the dictionary says, means to deal with it successfully.", True),
    ("A baker in Kessel won the national bread prize for her rye loaf last spring.", True),
    ("Firefighters pumped floodwater out of the school gym in Merrow on Tuesday.", False),
    ("Engineers said the cracked dam would be rebuilt before the next heavy rain.", False),
]


def _features(tmp_path: Path, ending: str):  # type: ignore[no-untyped-def]
    articles = {**STORY, "a.txt": STORY["a.txt"].format(ending=ending)}
    return build_features(load_folder(write_articles(tmp_path / "f", articles)))


@pytest.mark.parametrize(("ending", "expected"), CASES)
def test_a_line_only_its_own_article_tells_is_an_aside(tmp_path: Path, ending: str, expected: bool) -> None:
    features = _features(tmp_path, ending)
    lead = lead_row(features, concept_weights(features, frozenset()))
    assert lead is not None
    row = next(i for i, r in enumerate(features.rows) if r.text == ending)
    assert (row in asides(features, ~off_story_sources(features), lead)) is expected


def test_one_article_alone_has_no_asides(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "f", {"a.txt": STORY["a.txt"].format(ending=CASES[0][0])})
    features = build_features(load_folder(folder))
    assert asides(features, np.ones(features.source_count, dtype=bool), 0) == []


@pytest.mark.parametrize("words", [60, 100, 150, 400])
def test_a_brief_never_shows_a_second_story_at_an_articles_end(tmp_path: Path, words: int) -> None:
    folder = write_articles(tmp_path / "f", {**STORY, "a.txt": STORY["a.txt"].format(ending=SECOND_STORY)})
    brief = summarise(load_folder(folder), BriefOptions(length=words))
    shown = " ".join(item.text for item in brief.items)
    assert "Merrow" in shown
    for word in ("baker", "rye", "Kessel", "Judges"):
        assert word not in shown
