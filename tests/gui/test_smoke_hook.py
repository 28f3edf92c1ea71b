"""The self-check mode used by packaged builds opens the samples, reports and quits by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from citebrief.resources_path import samples_dir


def _run_window(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """The app on the samples in its self-check mode, with settings and autosaves of its own."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CITEBRIEF_DATA_DIR": str(tmp_path / "data"),
        "CITEBRIEF_SETTINGS": str(tmp_path / "settings.ini"),
        "CITEBRIEF_SMOKE_QUIT_AFTER_MS": "60000",
        **extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "citebrief", str(samples_dir())],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


def test_window_reports_shown_and_brief_ready_then_quits(tmp_path: Path) -> None:
    result = _run_window(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("citebrief-smoke: shown ") for line in lines)
    ready = [line for line in lines if line.startswith("citebrief-smoke: sources ")]
    assert ready and ready[0].split()[2:] != ["0", "items", "0"]
    assert int(ready[0].split()[4]) > 0


def test_the_report_file_gets_the_same_lines_as_the_output(tmp_path: Path) -> None:
    """A desktop's file opener swallows the app's output, so the packaged smoke test reads this file."""
    report = tmp_path / "report.txt"
    result = _run_window(tmp_path, CITEBRIEF_SMOKE_REPORT=str(report))
    assert result.returncode == 0, result.stderr
    printed = [line for line in result.stdout.splitlines() if line.startswith("citebrief-smoke: ")]
    assert report.read_text(encoding="utf-8").splitlines() == printed
    shown = printed[0].split()
    assert shown[:2] == ["citebrief-smoke:", "shown"] and shown[3] == "cpu" and float(shown[4]) > 0
