"""`--focus` on a folder of several stories: the story the reader asks about is briefed, not listed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from story_folders import write_stories


def brief_json(*args: str) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "citebrief", "brief", *args, "--format", "json", "-q"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_focus_term_of_a_story_with_no_room_brings_that_story_first(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles")
    plain = brief_json(str(folder), "--words", "100")
    strike = next(story for story in plain["stories"] if "rovers-strike-1.txt" in story["documents"])
    assert not strike["shown"], "the length left room for the story asked about"
    focused = brief_json(str(folder), "--words", "100", "--focus", "Mbeki")
    first = focused["stories"][0]
    assert first["id"] == strike["id"] and first["shown"]
    assert focused["items"][0]["story"] == strike["id"]
    assert any("Mbeki" in item["text"] for item in focused["items"])


def test_the_window_refocusing_the_same_folder_reorders_its_stories(tmp_path: Path) -> None:
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.features import build_features
    from citebrief.ingest import load_folder

    corpus = load_folder(write_stories(tmp_path / "articles"))
    features = build_features(corpus)  # kept between briefs, as the window keeps it
    plain = summarise(corpus, BriefOptions(length=100), features=features)
    focused = summarise(corpus, BriefOptions(length=100, focus=("Mbeki",)), features=features)
    assert "rovers-strike-1.txt" not in plain.stories[0].documents
    assert "rovers-strike-1.txt" in focused.stories[0].documents and focused.stories[0].shown
