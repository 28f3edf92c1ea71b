"""Re-opening an unchanged folder reuses parsed files from its one pack; changed, stale or damaged
entries are never used, and processes writing the same pack at once leave it whole."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest

from citebrief.ingest import load_folder
from citebrief.ingest.cache import ParseCache


def packs(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def pack_files(cache_dir: Path) -> dict[str, dict[str, object]]:
    (pack,) = packs(cache_dir)
    files: dict[str, dict[str, object]] = json.loads(pack.read_text(encoding="ascii"))["files"]
    return files


def rewrite_pack(cache_dir: Path, files: dict[str, dict[str, object]]) -> None:
    (pack,) = packs(cache_dir)
    data = json.loads(pack.read_text(encoding="ascii"))
    data["files"] = files
    pack.write_text(json.dumps(data), encoding="ascii")


def test_a_folder_is_kept_in_one_pack_and_served_from_it(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    first = load_folder(news_folder, cache=cache)
    assert set(pack_files(tmp_path / "cache")) == {Path(s.path).name for s in first.sources}
    (pack,) = packs(tmp_path / "cache")
    written = pack.stat().st_ino, pack.read_bytes()
    second = load_folder(news_folder, cache=cache)
    assert second == first
    assert (pack.stat().st_ino, pack.read_bytes()) == written  # read, not written again
    # What the pack says is what the reader gets: a title changed in it shows.
    files = pack_files(tmp_path / "cache")
    files["alpha.txt"]["title"] = "Served from the pack"
    rewrite_pack(tmp_path / "cache", files)
    assert load_folder(news_folder, cache=cache).source("alpha.txt").title == "Served from the pack"


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
    assert "Blue Star" in str(pack_files(tmp_path / "cache")["delta.txt"]["text"])


def test_stale_entries_are_replaced_or_dropped(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    load_folder(news_folder, cache=cache)
    (news_folder / "beta.md").unlink()
    edited = news_folder / "delta.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe ferry resumed service on Friday.\n")
    again = load_folder(news_folder, cache=cache)
    assert again == load_folder(news_folder, cache=None)
    files = pack_files(tmp_path / "cache")
    assert "beta.md" not in files
    assert "ferry resumed" in str(files["delta.txt"]["text"])
    assert files["delta.txt"]["size"] == edited.stat().st_size


@pytest.mark.parametrize(
    "damage",
    [b"{ not json", b"\x00\xff" * 10, b"", b"[1, 2, 3]", b'{"format": "citebrief-parse-pack", "files": 7}'],
)
def test_a_damaged_pack_is_ignored_and_rewritten(news_folder: Path, tmp_path: Path, damage: bytes) -> None:
    cache = ParseCache(tmp_path / "cache")
    clean = load_folder(news_folder, cache=cache)
    (pack,) = packs(tmp_path / "cache")
    pack.write_bytes(damage)
    assert load_folder(news_folder, cache=cache) == clean
    assert set(pack_files(tmp_path / "cache")) == {Path(s.path).name for s in clean.sources}


def test_damaged_entries_are_ignored_and_replaced(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    clean = load_folder(news_folder, cache=cache)
    files = pack_files(tmp_path / "cache")
    files["alpha.txt"]["units"] = [[0, 10**9, "body"]]  # offsets outside the text
    files["beta.md"] = "not an entry"  # type: ignore[assignment]
    files["gamma.html"]["units"] = [[0, 5, "no such role"]]
    del files["delta.txt"]["text"]
    rewrite_pack(tmp_path / "cache", files)
    assert load_folder(news_folder, cache=cache) == clean
    load_folder(news_folder, cache=ParseCache(tmp_path / "fresh"))
    assert pack_files(tmp_path / "cache") == pack_files(tmp_path / "fresh")  # each entry made anew


def test_files_opened_one_at_a_time_share_their_folders_pack(news_folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    load_folder(news_folder / "alpha.txt", cache=cache)
    load_folder(news_folder / "beta.md", cache=cache)
    assert set(pack_files(tmp_path / "cache")) == {"alpha.txt", "beta.md"}


def _open(folder: str, cache_dir: str, name: str) -> None:
    target = Path(folder) / name if name else Path(folder)
    load_folder(target, cache=ParseCache(Path(cache_dir)))


def test_processes_writing_one_pack_at_once_leave_it_whole(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(12):
        (folder / f"a{number:02d}.txt").write_text(
            f"Report {number} on the harbour\n\nThe harbour of Port Elna handled {number * 10} ships in May. "
            "Dock workers said the new cranes had cut waiting times by a third.\n",
            encoding="utf-8",
        )
    cache_dir = tmp_path / "cache"
    names = ["", *sorted(p.name for p in folder.iterdir())]  # the whole folder, and each file alone
    context = mp.get_context("spawn")
    with context.Pool(2) as pool:
        pool.starmap(_open, [(str(folder), str(cache_dir), name) for name in names * 2])
    files = pack_files(cache_dir)  # one pack, a whole JSON document
    assert set(files) <= {p.name for p in folder.iterdir()}
    assert not [p for p in cache_dir.rglob("*") if p.is_file() and p.suffix != ".json"]  # no temporaries
    uncached = load_folder(folder, cache=None)
    assert load_folder(folder, cache=ParseCache(cache_dir)) == uncached
    assert set(pack_files(cache_dir)) == {p.name for p in folder.iterdir()}


def test_parallel_reading_fills_the_pack(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(80):
        (folder / f"a{number:03d}.txt").write_text(
            f"Report {number} on the harbour\n\nThe harbour of Port Elna handled {number * 10} ships in May.\n",
            encoding="utf-8",
        )
    cache = ParseCache(tmp_path / "cache")
    parallel = load_folder(folder, cache=cache, workers=2)
    assert len(pack_files(tmp_path / "cache")) == 80
    assert load_folder(folder, cache=cache) == parallel == load_folder(folder, cache=None)


def test_the_cache_of_one_file_per_document_is_removed(news_folder: Path, tmp_path: Path) -> None:
    old = tmp_path / "cache" / "v3" / "ab"
    old.mkdir(parents=True)
    (old / "ab12.json").write_text("{}", encoding="utf-8")
    load_folder(news_folder, cache=ParseCache(tmp_path / "cache"))
    assert not (tmp_path / "cache" / "v3").exists()
    assert len(pack_files(tmp_path / "cache")) == 4
