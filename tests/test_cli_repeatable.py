"""The same folder gives the same brief in every run: nothing in it depends on the order in which a
process happens to keep a set of words (string hashing differs from one process to the next)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from article_folders import write_articles

# Two wire copies of each report, one with straight and one with curly apostrophes: sentences of equal
# weight that the brief must choose between the same way every time.
_REPORTS = [
    "The council's engineers found cracks in the Merrow dam's spillway on Saturday morning.",
    "About 2,400 residents of Lower Merrow were moved to sports halls in Castlebury by bus.",
    "The regional water authority's chief engineer said repairs would take at least three weeks.",
    "Schools in Fenby stayed shut on Monday while the reservoir's level was lowered by two metres.",
    "Farmers downstream moved their livestock to higher ground after the authority's warning.",
]


def _folder(tmp_path: Path) -> Path:
    articles = {}
    for copy, mark in (("a", "'"), ("b", "’"), ("c", "'"), ("d", "’")):
        lines = [text.replace("'", mark) for text in _REPORTS]
        order = lines if copy in "ab" else lines[::-1]
        articles[f"{copy}.txt"] = "Merrow dam\n\n" + "\n\n".join(order) + "\n"
    return write_articles(tmp_path / "folder", articles)


def _brief(folder: Path, seed: str, cache: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "CITEBRIEF_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "citebrief", "brief", str(folder), "--words", "60", "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    return done.stdout


def test_the_same_folder_gives_the_same_brief_in_every_process(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    briefs = {_brief(folder, seed, tmp_path / f"cache-{seed}") for seed in ("1", "2", "3", "4", "5", "6")}
    assert len(briefs) == 1
