"""`--stories auto|off` on the command line, and the JSON shape of a brief on several stories."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from story_folders import STORIES, story_of_file, write_stories

CLI = [sys.executable, "-m", "citebrief"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_stories(tmp_path_factory.mktemp("stories"), scraped=True)


def test_json_lists_the_stories_and_each_item_names_its_story(folder: Path) -> None:
    result = cli("brief", str(folder), "--format", "json", "--words", "300")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    stories = data["stories"]
    assert [set(s) >= {"id", "heading", "documents"} for s in stories] == [True] * 3
    assert sorted(len(s["documents"]) for s in stories) == sorted(len(files) for files in STORIES.values())
    for story in stories:
        assert len({story_of_file(d) for d in story["documents"]}) == 1
        items = [i for i in data["items"] if i["story"] == story["id"]]
        assert len(items) >= 2
        assert {c["source_id"] for i in items for c in i["citations"]} <= set(story["documents"])
    assert {i["story"] for i in data["items"]} == {s["id"] for s in stories}
    assert data["ungrouped"] == ["cookies.txt"]


def test_stories_off_gives_one_brief(folder: Path) -> None:
    result = cli("brief", str(folder), "--format", "json", "--words", "300", "--stories", "off")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stories"] == []
    assert {i["story"] for i in data["items"]} == {""}
    assert data["options"]["stories"] == "off"


def test_markdown_on_stdout_has_a_heading_per_story(folder: Path) -> None:
    result = cli("brief", str(folder), "--words", "300")
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("\n## Sources\n")[0]
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert headings[-1] == "## Not grouped"
    assert len(headings) == 4


def test_a_bad_stories_value_is_a_usage_error(folder: Path) -> None:
    result = cli("brief", str(folder), "--stories", "some")
    assert result.returncode == 2
    assert "--stories" in result.stderr
