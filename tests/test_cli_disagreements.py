"""The command line tells where sources differ: in Markdown at the sentence and in JSON at the top."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from disagreement_folder import write_disagreeing_folder


def _cli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "citebrief", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return done.stdout


def test_json_has_a_top_level_disagreements_list_with_each_versions_citations(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    data = json.loads(_cli("brief", str(folder), "--format", "json"))
    (entry,) = data["disagreements"]
    assert [(v["text"], v["sources"]) for v in entry["values"]] == [
        ("killing 12 people", [3]),
        ("killing 15 people", [1, 2]),
    ]
    for value in entry["values"]:
        for cit in value["citations"]:
            text = (folder / cit["source_id"]).read_text(encoding="utf-8")
            assert cit["quote"] in text


def test_markdown_notes_the_sentence_and_lists_where_sources_differ(tmp_path: Path) -> None:
    out = _cli("brief", str(write_disagreeing_folder(tmp_path / "kabul")))
    assert "*(Updated: killing 12 people \\[3\\] (2026-05-28, file's day) → killing 15 people \\[1, 2\\] (2026-05-29, file's day).)*" in out
    assert out.index("## Where sources differ") < out.index("## Sources")
