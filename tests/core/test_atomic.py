"""Files are written whole or not at all."""

from __future__ import annotations

import os
import stat
import threading
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


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "brief.md"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "brief.md"
    link.symlink_to(target)
    dangling = tmp_path / "later.md"
    dangling.symlink_to(tmp_path / "real" / "later.md")
    write_text_atomic(link, "new")
    write_text_atomic(dangling, "made")
    assert link.is_symlink() and dangling.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"
    assert (tmp_path / "real" / "later.md").read_text(encoding="utf-8") == "made"
    assert sorted(os.listdir(tmp_path / "real")) == ["brief.md", "later.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_text_atomic(fifo, "through the pipe")
    reader.join(timeout=60)  # a writer that replaced the pipe leaves the reader waiting for ever
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    # Through a link of our own: a writer that replaces what it is given then replaces only the link
    # (as root, writing /dev/null itself that way would replace the system's device).
    device = tmp_path / "null"
    device.symlink_to("/dev/null")
    before = os.stat("/dev/null")
    write_text_atomic(device, "nothing")
    after = os.stat(device)
    assert device.is_symlink() and stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_text_atomic(tmp_path / "new.md", "x")
        kept = tmp_path / "kept.md"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o604)
        write_text_atomic(kept, "new")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == 0o640
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o604
