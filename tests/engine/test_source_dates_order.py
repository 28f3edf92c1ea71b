"""Sources' dates as ingest reads them from datelines order a disagreement's versions and the stories."""

from __future__ import annotations

import os
from pathlib import Path

from citebrief.core.model import BriefOptions
from citebrief.engine.stories import group_stories
from citebrief.engine.summariser import summarise
from citebrief.ingest import load_folder
from disagreement_folder import ARTICLES, write_disagreeing_folder
from story_folders import story_of_file, write_stories


def test_datelines_order_the_versions_as_an_update_whatever_the_files_times(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "kabul")
    # The files' times say the wire story came first; the datelines say it is the latest report.
    datelines = {
        "kabul-wire.txt": "KABUL, May 30, 2026 (Reuters) - ",
        "kabul-daily.txt": "KABUL, May 27, 2026 (AP) - ",
        "kabul-evening.txt": "KABUL, May 28, 2026 (AFP) - ",
    }
    for name, dateline in datelines.items():
        title, body = ARTICLES[name].split("\n\n", 1)
        (folder / name).write_text(f"{title}\n\n{dateline}{body}", encoding="utf-8")
    write_times = {
        "kabul-wire.txt": 1_780_000_000,
        "kabul-daily.txt": 1_780_090_000,
        "kabul-evening.txt": 1_780_100_000,
    }
    for name, when in write_times.items():
        os.utime(folder / name, (when, when))
    corpus = load_folder(folder, cache=None)
    brief = summarise(corpus, BriefOptions())
    assert {s.id: s.date for s in corpus.sources} == {
        "kabul-wire.txt": "2026-05-30",
        "kabul-daily.txt": "2026-05-27",
        "kabul-evening.txt": "2026-05-28",
    }
    (found,) = next(item for item in brief.items if item.disagreements).disagreements
    assert found.update
    assert [value.text for value in found.values] == ["killing 15 people", "killing 12 people"]
    assert [value.date for value in found.values] == ["2026-05-27", "2026-05-30"]


def test_stories_come_newest_first_by_their_datelines_not_their_files_times(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "two", "dam", "theft")
    (folder / "halvard-theft-4.txt").unlink()  # three sources each: recency decides
    dated = {
        "merrow-dam-1.txt": "CALDER, June 30, 2026 (AP) - ",
        "halvard-theft-1.txt": "LONDON, May 1, 2026 (AP) - ",
    }
    for name, dateline in dated.items():
        title, body = (folder / name).read_text(encoding="utf-8").split("\n\n", 1)
        (folder / name).write_text(f"{title}\n\n{dateline}{body}", encoding="utf-8")
    for number, name in enumerate(sorted(p.name for p in folder.iterdir())):
        when = 1_780_000_000 + (-number if name.startswith("merrow") else number) * 86_400 * 30
        os.utime(folder / name, (when, when))  # the theft's files are months newer than the dam's
    stories = group_stories(load_folder(folder, cache=None)).stories
    assert [(story_of_file(s.documents[0]), s.date) for s in stories] == [
        ("dam", "2026-06-30"),
        ("theft", "2026-05-01"),
    ]
