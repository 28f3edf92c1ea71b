"""Writing exports: atomic, and every failure is an ExportError that says why, with nothing left behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.core.errors import ExportError
from citebrief.core.model import Brief
from citebrief.export import FORMATS, render, write

SUFFIXES = {
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "docx": ".docx",
    "json": ".json",
    "text": ".txt",
    "citebrief": ".citebrief",
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into (the source articles live beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_writes_the_bytes_render_gives(brief: Brief, out: Path, fmt: str) -> None:
    target = out / f"brief{SUFFIXES[fmt]}"
    write(brief, target)
    data = target.read_bytes()
    assert data
    if fmt not in ("pdf", "docx"):  # those carry a time stamp
        assert data == render(brief, fmt, relative_to=out.resolve())
    assert leftovers(out) == [target.name]


def test_format_argument_wins_over_the_suffix(brief: Brief, out: Path) -> None:
    target = out / "notes.txt"
    write(brief, target, "markdown")
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_unknown_suffix_or_format_is_refused_and_writes_nothing(brief: Brief, out: Path) -> None:
    with pytest.raises(ExportError, match=r"\.md, \.html, \.pdf"):
        write(brief, out / "brief.rtf")
    with pytest.raises(ExportError, match="unknown export format 'odt'"):
        write(brief, out / "brief.odt", "odt")
    assert leftovers(out) == []


def test_missing_folder(brief: Brief, out: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write(brief, out / "no" / "such" / "brief.pdf")
    assert leftovers(out) == []


def test_name_too_long(brief: Brief, out: Path) -> None:
    with pytest.raises(ExportError, match="too long"):
        write(brief, out / ("b" * 300 + ".md"))
    assert leftovers(out) == []


def test_a_folder_in_the_way(brief: Brief, out: Path) -> None:
    (out / "brief.html").mkdir()
    with pytest.raises(ExportError, match="folder"):
        write(brief, out / "brief.html")
    assert leftovers(out) == ["brief.html"]
    assert (out / "brief.html").is_dir()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_no_permission(brief: Brief, out: Path) -> None:
    locked = out / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission"):
            write(brief, locked / "brief.docx")
        assert leftovers(locked) == []
    finally:
        locked.chmod(0o700)


def test_disk_full_keeps_the_old_file(brief: Brief, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "brief.md"
    target.write_text("the earlier export\n", encoding="utf-8")

    def full(fd: int) -> None:  # the point where a full disk reports delayed allocation
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="the disk is full") as info:
        write(brief, target)
    assert str(target) in str(info.value)
    assert target.read_text(encoding="utf-8") == "the earlier export\n"
    assert leftovers(out) == ["brief.md"]


def test_export_imports_no_qt_until_pdf(brief: Brief, out: Path) -> None:
    """The non-PDF exports work where PySide6 cannot be imported; PDF then fails with a reason."""
    script = f"""
import sys
sys.modules["PySide6"] = None
import json
import citebrief.export, citebrief.export.markdown
from citebrief.core.errors import ExportError
from citebrief.core.serial import brief_from_dict
brief = brief_from_dict(json.loads(sys.stdin.read()))
for name in ("brief.md", "brief.html", "brief.json", "brief.txt", "brief.docx"):
    citebrief.export.write(brief, {str(out)!r} + "/" + name)
try:
    citebrief.export.write(brief, {str(out)!r} + "/brief.pdf")
except ExportError as exc:
    print("refused:", exc)
assert not any(m.startswith("PySide6.") for m in sys.modules)
"""
    from citebrief.export.plain import render_json

    done = subprocess.run(
        [sys.executable, "-c", script], input=render_json(brief), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: could not make the pdf file brief.pdf")
    assert leftovers(out) == ["brief.docx", "brief.html", "brief.json", "brief.md", "brief.txt"]
