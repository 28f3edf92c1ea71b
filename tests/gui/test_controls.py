"""The options panel: algorithm names a reader knows, and a focus field that says when it is unused."""

from __future__ import annotations

from citebrief.gui.main_window import MainWindow


def test_algorithms_read_as_names(window: MainWindow) -> None:
    combo = window.controls.algorithm
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "LexRank" in names and "KL-Sum" in names and "TextRank" in names
    assert "lexrank" not in names and "kl" not in names


def test_an_algorithm_that_ignores_focus_terms_disables_the_field_and_says_so(window: MainWindow) -> None:
    controls = window.controls
    controls.focus.setText("Libya, Haftar")
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("lexrank"))
    assert not controls.focus.isEnabled()
    assert controls.focus_note.isVisibleTo(controls)
    assert "LexRank does not use focus terms" in controls.focus_note.text()
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("edmundson"))
    assert controls.focus.isEnabled() and not controls.focus_note.isVisibleTo(controls)
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("citebrief"))
    assert controls.focus.isEnabled()
    assert controls.options().focus == ("Libya", "Haftar")


def test_the_length_slider_keeps_a_usable_width_in_a_small_window(window: MainWindow, qtbot) -> None:
    window.show_workspace()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.controls.slider.width() >= 120, timeout=5_000)  # once laid out
