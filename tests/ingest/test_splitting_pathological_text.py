"""Splitting has no wall-clock limit to trip over: text Punkt cannot end is kept out of the brief with
one notice, and the rest of the folder is briefed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ingest_fixtures import FLOOD_EN

from citebrief.core.model import SentenceRole
from citebrief.ingest import load_folder
from citebrief.ingest.sentences import MAX_SENTENCE_CHARS, split_sentences


def test_a_megabyte_of_initials_beside_a_good_article_gives_a_brief_of_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("\n\n".join(FLOOD_EN), encoding="utf-8")
    (folder / "dots.txt").write_bytes(b"a. " * (1024 * 1024 // 3))
    env = {**os.environ, "CITEBRIEF_CACHE_DIR": "off"}
    result = subprocess.run(
        [sys.executable, "-m", "citebrief", "brief", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    notices = [line for line in result.stderr.splitlines() if "dots.txt" in line]
    assert len(notices) == 1 and "sentence end" in notices[0]
    brief = json.loads(result.stdout)
    cited = {c["source_id"] for item in brief["items"] for c in item["citations"]}
    assert cited == {"good.txt"}


def test_text_without_a_sentence_end_is_kept_but_not_a_brief_sentence(tmp_path: Path) -> None:
    run_on = "Water rose " + "and rose " * (MAX_SENTENCE_CHARS // 9) + "without end"
    text = "The dam held for a day. " + run_on + "\n\nEngineers lowered the reservoir."
    sentences = split_sentences(text, "doc")
    assert [s.text for s in sentences] == ["The dam held for a day.", run_on, "Engineers lowered the reservoir."]
    assert [s.role for s in sentences] == [SentenceRole.BODY, SentenceRole.BOILERPLATE, SentenceRole.BODY]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    corpus = load_folder(tmp_path, cache=None)
    assert len(corpus.sources) == 1
    (notice,) = corpus.notices
    assert not notice.skipped and f"{len(run_on):,} characters" in notice.reason
