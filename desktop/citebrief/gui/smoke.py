"""A self-check mode for packaged builds: report when the window is up and the brief is ready, then quit.

Set CITEBRIEF_SMOKE_QUIT_AFTER_MS=N: the app prints ``citebrief-smoke: shown <epoch seconds> cpu <CPU
seconds>`` once the window is shown, ``citebrief-smoke: sources S items I`` when the brief is ready, and
exits 0; it exits 3 if no brief is ready within N milliseconds. With CITEBRIEF_SMOKE_REPORT=FILE the
same lines are also appended to FILE (a desktop's file opener does not pass the app's output on).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from citebrief.core.model import Brief
from citebrief.gui.main_window import MainWindow
from citebrief.store import BriefFile, StaleReport

SMOKE_ENV = "CITEBRIEF_SMOKE_QUIT_AFTER_MS"
REPORT_ENV = "CITEBRIEF_SMOKE_REPORT"


def _say(line: str) -> None:
    print(line, flush=True)
    report = os.environ.get(REPORT_ENV)
    if report:
        with open(report, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def install_smoke_hook(app: QApplication, window: MainWindow) -> None:
    raw = os.environ.get(SMOKE_ENV, "").strip()
    if not raw.isdigit():
        return

    def finish(items: int) -> None:
        corpus = window.workspace.corpus
        _say(f"citebrief-smoke: sources {len(corpus.sources) if corpus else 0} items {items}")
        QTimer.singleShot(0, lambda: app.exit(0))

    def on_brief(brief: Brief) -> None:
        finish(len(brief.items))

    def on_restored(doc: BriefFile, _stale: StaleReport) -> None:
        finish(len(doc.brief.items))

    window.workspace.brief_ready.connect(on_brief)
    window.workspace.brief_restored.connect(on_restored)
    # Wall time says when the window was up; CPU time what starting cost, whatever else the machine does.
    def shown() -> None:
        _say(f"citebrief-smoke: shown {time.time():.3f} cpu {time.process_time():.2f}")

    QTimer.singleShot(0, shown)
    QTimer.singleShot(int(raw), lambda: app.exit(3))
