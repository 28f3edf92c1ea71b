"""Long jobs run off the GUI thread: the window keeps responding and a running summary can be cancelled."""

from __future__ import annotations

import itertools
import random
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from scripted_dialogs import ScriptedDialogs

from citebrief.gui.actions import ActionId
from citebrief.gui.app import application, create_window
from citebrief.gui.main_window import MainWindow

WORDS = (
    "river bridge council storm rain homes residents mayor engineers shelter road railway water damage "
    "repairs insurance school volunteers forecast police harbour ferry market hospital"
).split()


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("thousand")
    rng = random.Random(7)
    for i in range(1000):
        sentences = [
            " ".join(rng.sample(WORDS, 9)).capitalize() + f" in district {i % 37} on day {j}."
            for j in range(8)
        ]
        (folder / f"report-{i:04d}.txt").write_text(
            f"Report {i} from the valley\n\n" + " ".join(sentences) + "\n", encoding="utf-8"
        )
    return folder


def test_the_gui_thread_keeps_running_while_1000_articles_are_summarised(
    window: MainWindow, big_folder: Path, qtbot, wait_for_brief
) -> None:
    # The GUI thread's own CPU time between two timer ticks is the work it did without returning to
    # the event loop: a freeze, whatever else the machine is doing (wall-clock gaps grow with load).
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.thread_time()))
    timer.start()
    window.files.open_paths([str(big_folder)])
    assert window.workspace.busy  # the call returned at once; the work is in the background
    wait_for_brief(window, timeout=240_000)
    timer.stop()
    assert len(window.workspace.corpus.sources) == 1000
    assert len(ticks) >= 20, f"the event loop ran only {len(ticks)} timer ticks"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.5, f"the GUI thread worked {max(gaps):.2f}s without handling events"


def test_a_running_summary_can_be_cancelled(window: MainWindow, big_folder: Path, qtbot) -> None:
    window.files.open_paths([str(big_folder)])
    qtbot.waitUntil(lambda: window.workspace.summariser.busy, timeout=240_000)
    assert window.status.cancel_button.isVisible()
    with qtbot.waitSignal(window.workspace.cancelled, timeout=60_000):
        window.commands[ActionId.CANCEL].trigger()
    assert not window.workspace.busy
    assert not window.status.cancel_button.isVisible()
    assert window.brief_document.brief().items == ()
    assert "Cancelled" in window.status.label.text()


def test_the_engine_session_is_made_and_dropped_on_the_gui_thread_only(
    tmp_path: Path, articles: Path, qtbot
) -> None:
    application()
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    window = create_window(
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        data_dir=tmp_path / "data",
        pool=pool,
        dialogs=ScriptedDialogs(),
    )
    workspace = window.workspace
    release = threading.Event()
    window.files.open_paths([str(articles)])  # the loading job takes the only worker
    pool.start(release.wait)  # and this one queues behind it, ahead of the summary job
    try:
        qtbot.waitUntil(lambda: workspace.corpus is not None, timeout=60_000)
        assert workspace.summariser.busy  # the summary job waits for the worker
        session = workspace.session
        assert session is not None and session.corpus is workspace.corpus
        workspace.close()  # the user closes the brief before the job could start
    finally:
        release.set()
    assert pool.waitForDone(60_000)
    QApplication.processEvents()
    # The job that ran after the close left the closed workspace as it was.
    assert workspace.session is None and workspace.corpus is None
    window.close()


def test_the_progress_bar_moves_before_the_first_figure_and_then_shows_the_share_done(
    window: MainWindow, articles: Path, qtbot
) -> None:
    bar = window.status.progress
    window.files.open_paths([str(articles)])
    window.status.show_progress(0.0, "Reading articles…")
    assert bar.isVisible() and bar.maximum() == 0  # Qt's busy animation, not an empty box
    window.status.show_progress(0.4, "Reading articles…")
    assert bar.maximum() == 1000 and bar.value() == 400
    qtbot.waitUntil(lambda: not window.workspace.busy, timeout=60_000)
