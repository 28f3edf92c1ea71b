"""Files are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citebrief.core.atomic import write_text_atomic
from citebrief.core.errors import ExportError


def test_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "new ğ ş ı İ")
    assert target.read_text(encoding="utf-8") == "new ğ ş ı İ"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_text_atomic(tmp_path / "nope" / "brief.md", "x")


def test_writing_over_a_folder_fails_and_keeps_the_folder(tmp_path: Path) -> None:
    (tmp_path / "brief.md").mkdir()
    with pytest.raises(ExportError):
        write_text_atomic(tmp_path / "brief.md", "x")
    assert (tmp_path / "brief.md").is_dir()
    assert os.listdir(tmp_path) == ["brief.md"]
