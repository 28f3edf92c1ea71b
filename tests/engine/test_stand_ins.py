"""A chosen sentence that retells the line another leans on stands in for that line: the sentence that
leans on it can join the brief, read right after the sentence standing in."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_features import features_and_rows

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.stand_ins import stand_in
from citebrief.ingest import load_folder

_LEAD = (
    "A psychiatric patient opened fire inside a wellness center in Darby on Thursday, killing his caseworker."
)
_RETELLING = (
    "Police said a psychiatric patient opened fire inside a wellness center in Darby on Thursday, killing "
    "his caseworker."
)


def _articles(retelling: str) -> dict[str, str]:
    return {
        "a.txt": f"Clinic shooting\n\n{_LEAD}\n\nThe doctor in the office was hurt in the shooting and taken to a hospital.\n\n"
        "Patients were moved to the main hospital building in the afternoon.\n",
        "b.txt": "Shooting in Darby\n\nSirens sounded across the town on Thursday afternoon as police arrived.\n\n"
        f"{retelling}\n\n"
        "That patient was then shot by the doctor, who returned fire from his own gun.\n\n"
        "The doctor was grazed in the head and is expected to recover.\n",
    }


@pytest.mark.parametrize(
    ("retelling", "stands_in"),
    [
        # the same fact, naming no one the lead does not: the lead stands in for it
        (_RETELLING, True),
        # the same fact, but it names a person the lead does not: "that patient" could be read wrongly
        (
            "A psychiatric patient, Richard Plotts, opened fire inside a wellness center in Darby on Thursday, "
            "killing his caseworker.",
            False,
        ),
        # another fact: the line it leans on is not told
        ("Police closed three roads near the hospital for most of the afternoon on Thursday.", False),
    ],
)
def test_a_chosen_retelling_stands_in_for_the_line_leaned_on(
    tmp_path: Path, retelling: str, stands_in: bool
) -> None:
    features, row = features_and_rows(tmp_path / "f", _articles(retelling))
    follower, lead = row("That patient"), row(_LEAD[:40])
    assert features.dependencies.leans_on[follower] == row(retelling[:30])
    assert (stand_in(features, follower, [lead]) == lead) is stands_in
    assert stand_in(features, follower, [lead, row(retelling[:30])]) is None  # its own line is chosen


def test_the_sentence_that_leans_reads_right_after_the_one_standing_in(tmp_path: Path) -> None:
    brief = summarise(
        load_folder(write_articles(tmp_path / "f", _articles(_RETELLING))), BriefOptions(length=60)
    )
    texts = [item.text for item in brief.items]
    assert texts[0] == _LEAD
    assert texts[1].startswith("That patient was then shot by the doctor")
    assert _RETELLING not in texts


@pytest.mark.parametrize(
    ("follower", "stands_in"),
    [
        ("That patient was then shot by the doctor, who returned fire from his own gun.", True),
        # later than that line's moment: only that line can say which moment it was
        ("Moments later, the patient was shot by the doctor, who returned fire from his own gun.", False),
    ],
)
def test_a_line_that_counts_time_from_the_one_before_takes_no_stand_in(
    tmp_path: Path, follower: str, stands_in: bool
) -> None:
    articles = _articles(_RETELLING)
    articles["b.txt"] = articles["b.txt"].replace(
        "That patient was then shot by the doctor, who returned fire from his own gun.", follower
    )
    features, row = features_and_rows(tmp_path / "f", articles)
    leaning, lead = row(follower[:20]), row(_LEAD[:40])
    assert features.dependencies.leans_on[leaning] == row(_RETELLING[:30])
    assert (stand_in(features, leaning, [lead]) == lead) is stands_in
