"""Brief files carry a format version; files of every older version open (migrated on load)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.ingest import load_folder
from citebrief.store import FORMAT_VERSION, BriefFileError, from_dict, open_brief, reconcile, save_brief
from citebrief.store_schema import migrate
from update_articles import BEFORE

# Written by Citebrief before brief updates (format 1), next to a folder "articles" of `BEFORE`, then
# moved: its absolute paths no longer exist, its relative ones do.
VERSION_1 = Path(__file__).parent / "fixtures" / "valmora-v1.citebrief"


@pytest.fixture
def moved_v1(tmp_path: Path) -> Path:
    write_articles(tmp_path / "articles", BEFORE)
    return Path(shutil.copy(VERSION_1, tmp_path / "valmora.citebrief"))


def test_a_version_1_file_opens_with_its_edits_and_every_citation_holding(moved_v1: Path) -> None:
    raw = json.loads(moved_v1.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and all("new" not in item for item in raw["brief"]["items"])
    doc = open_brief(moved_v1)
    assert [item.text for item in doc.brief.items] == [item["text"] for item in raw["brief"]["items"]]
    assert [item.edited for item in doc.brief.items] == [item["edited"] for item in raw["brief"]["items"]]
    assert not any(item.new for item in doc.brief.items)
    assert doc.brief.title == "Valmora strike"
    corpus = load_folder(doc.paths[0])
    assert not reconcile(doc.brief, corpus)[1].is_stale


def test_a_version_1_file_saved_again_is_current_and_reopens_the_same(moved_v1: Path, tmp_path: Path) -> None:
    doc = open_brief(moved_v1)
    again = tmp_path / "again.citebrief"
    save_brief(again, doc)
    assert json.loads(again.read_text(encoding="utf-8"))["version"] == FORMAT_VERSION
    assert open_brief(again).brief == doc.brief


@pytest.mark.parametrize(
    ("version", "item", "expected"),
    [
        (1, {"text": "a"}, {"text": "a", "new": False}),
        (1, {"text": "a", "new": True}, {"text": "a", "new": True}),  # never written, but kept
        (FORMAT_VERSION, {"text": "a"}, {"text": "a"}),  # the current version is read as it is
    ],
    ids=["v1-item", "v1-odd-item", "current"],
)
def test_migrate_brings_items_up_to_the_current_version(version: int, item: dict, expected: dict) -> None:
    data = {"format": "citebrief", "version": version, "brief": {"items": [item]}}
    migrated = migrate(data)
    assert migrated["version"] == FORMAT_VERSION
    assert migrated["brief"]["items"] == [expected]
    assert data["version"] == version  # the caller's data is left as it was


def test_a_newer_version_is_refused_with_a_reason() -> None:
    with pytest.raises(BriefFileError, match="newer Citebrief"):
        from_dict({"format": "citebrief", "version": FORMAT_VERSION + 1, "brief": {}})
