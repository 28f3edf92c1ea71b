"""Re-opening an unchanged folder reuses parsed files; changed, stale or damaged entries are never used."""

from __future__ import annotations

import json
import os
from pathlib import Path

from citebrief.ingest import load_folder
from citebrief.ingest.cache import ParseCache


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def test_second_open_is_served_from_the_cache_and_equal(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    first = load_folder(news_folder, cache=cache)
    assert len(entries(tmp_path / "cache")) == len(first.sources)
    stamps = {p: p.stat().st_mtime_ns for p in entries(tmp_path / "cache")}
    second = load_folder(news_folder, cache=cache)
    assert second == first
    assert {p: p.stat().st_mtime_ns for p in entries(tmp_path / "cache")} == stamps  # nothing re-parsed


def test_a_changed_file_is_parsed_again(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    load_folder(news_folder, cache=cache)
    target = news_folder / "delta.txt"
    stat = target.stat()
    # Same size and modification time, different words: only the content hash can tell.
    text = target.read_text(encoding="utf-8").replace("Red Cross", "Blue Star")
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = load_folder(news_folder, cache=cache)
    assert "Blue Star" in again.source("delta.txt").text
    assert again == load_folder(news_folder, cache=None)


def test_damaged_entries_are_ignored(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    clean = load_folder(news_folder, cache=cache)
    files = entries(tmp_path / "cache")
    files[0].write_text("{ not json", encoding="utf-8")
    data = json.loads(files[1].read_text(encoding="utf-8"))
    data["units"] = [[0, 10**9, "body"]]  # offsets outside the text
    files[1].write_text(json.dumps(data), encoding="utf-8")
    files[2].write_bytes(b"\x00\xff" * 10)
    assert load_folder(news_folder, cache=cache) == clean


def test_parallel_reading_gives_the_same_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(80):
        (folder / f"a{number:03d}.txt").write_text(
            f"Report {number} on the harbour\n\nThe harbour of Port Elna handled {number * 10} ships in May. "
            "Dock workers said the new cranes had cut waiting times by a third.\n",
            encoding="utf-8",
        )
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    serial = load_folder(folder, cache=None)
    parallel = load_folder(folder, cache=None, workers=2)
    assert parallel == serial
    assert [n.path for n in parallel.notices] == [n.path for n in serial.notices]
