"""A sentence about another event inside an on-story article stays out of the brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.concepts import concept_weights
from citebrief.engine.features import build_features
from citebrief.engine.order import lead_row
from citebrief.engine.strays import strays
from citebrief.ingest import load_folder
from flood_story import MERROW_ARTICLES

STORY = {
    "a.txt": (
        "Floodwater broke through the Merrow dam on Monday night and forced four thousand residents of "
        "Merrow to leave their homes. "
        "Mayor Ines Varga said the floodwater reached the town hall before dawn. "
        "Engineers said the dam had cracked after three days of heavy rain. "
        "{candidate}\n"
    ),
    **MERROW_ARTICLES,
    "e.txt": (
        "Floodwater from the broken Merrow dam filled the town on Monday night. "
        "Residents of Merrow slept in the school gym, and the mayor said the town would rebuild. "
        "Engineers said heavy rain had cracked the dam.\n"
    ),
    "f.txt": (
        "Thousands of residents left Merrow after the dam broke in heavy rain on Monday night. "
        "Mayor Ines Varga said the floodwater would go down once the rain stopped. "
        "Engineers will inspect the cracked dam.\n"
    ),
}
# (a sentence in article a, whether it strays from the folder's story)
CASES = [
    ("The city's baseball club was founded in 1903 and won two pennants before the war.", True),
    ("An avalanche buried climbers on Mount Kessel in 1998, killing seven guides.", True),
    ("Merrow's firefighters pumped floodwater out of the school gym on Tuesday.", False),
    ("Varga grew up on a sheep farm near the valley before studying law.", False),  # the lead's mayor
]


@pytest.mark.parametrize(("candidate", "expected"), CASES)
def test_a_sentence_about_another_event_strays_from_the_story(
    tmp_path: Path, candidate: str, expected: bool
) -> None:
    articles = {**STORY, "a.txt": STORY["a.txt"].format(candidate=candidate)}
    features = build_features(load_folder(write_articles(tmp_path / "f", articles)))
    lead = lead_row(features, concept_weights(features, frozenset()))
    assert lead is not None
    row = next(i for i, r in enumerate(features.rows) if r.text == candidate)
    assert (row in strays(features, lead)) is expected


@pytest.mark.parametrize("candidate", [candidate for candidate, strays_off in CASES if strays_off])
def test_a_brief_leaves_out_a_sentence_about_another_event(tmp_path: Path, candidate: str) -> None:
    articles = {**STORY, "a.txt": STORY["a.txt"].format(candidate=candidate)}
    brief = summarise(load_folder(write_articles(tmp_path / "f", articles)), BriefOptions(length=400))
    shown = {item.text for item in brief.items}
    assert len(shown) >= 3
    assert candidate not in shown
