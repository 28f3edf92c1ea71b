"""An algorithm asked for more sentences than it handles says so at once, and the window stays usable."""

from __future__ import annotations

from pathlib import Path

from scripted_dialogs import dialogs

from article_folders import write_sentences
from citebrief.engine.names import SENTENCE_LIMITS
from citebrief.gui.main_window import MainWindow


def test_an_algorithm_past_its_size_is_refused_with_a_message_and_the_window_stays_usable(
    window: MainWindow, tmp_path: Path, articles: Path, qtbot, wait_for_brief
) -> None:
    limit = SENTENCE_LIMITS["lsa"]
    assert limit is not None
    big = write_sentences(tmp_path / "big", limit + 1)
    window.files.open_paths([str(big)])
    wait_for_brief(window)
    controls = window.controls
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("lsa"))
    window.request_summary()
    qtbot.waitUntil(lambda: bool(dialogs(window).asked), timeout=60_000)
    message = dialogs(window).asked[-1]
    assert f"at most {limit:,} sentences" in message and f"have {limit + 1:,}" in message
    assert "LSA" in message
    assert not window.workspace.busy
    # Nothing was started, and the options shown are those of the brief on screen again.
    assert controls.algorithm.currentData() == window.brief_document.brief().options.algorithm == "citebrief"
    assert "kept" in window.status.label.text()
    # The refused folder's brief stays, and the window still briefs with another algorithm.
    assert window.brief_document.brief().items
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("lexrank"))
    window.request_summary()
    qtbot.waitUntil(lambda: window.brief_document.brief().options.algorithm == "lexrank", timeout=60_000)


def test_a_folder_opened_with_an_algorithm_it_is_too_large_for_says_so_and_lists_its_sources(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    limit = SENTENCE_LIMITS["reduction"]
    assert limit is not None
    controls = window.controls
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("reduction"))
    window.files.open_paths([str(write_sentences(tmp_path / "big", limit + 1))])
    qtbot.waitUntil(lambda: bool(dialogs(window).asked), timeout=60_000)
    assert f"Reduction handles at most {limit:,} sentences" in dialogs(window).asked[-1]
    qtbot.waitUntil(lambda: not window.workspace.busy, timeout=60_000)
    assert window.workspace.corpus is not None and window.sources.rows()
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("citebrief"))
    assert window.request_summary()
    qtbot.waitUntil(lambda: bool(window.brief_document.brief().items), timeout=60_000)
