"""Export from the window: the file dialog's answer decides the file and its format."""

from __future__ import annotations

from pathlib import Path

from scripted_dialogs import dialogs

from citebrief.export import export_format
from citebrief.gui.actions import ActionId
from citebrief.gui.main_window import MainWindow


def test_a_typed_suffix_chooses_the_format_whatever_the_filter_shows(
    window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    markdown = export_format("markdown").file_filter
    dialogs(window).save_paths[:] = [(str(tmp_path / "seeds.pdf"), markdown)]
    window.commands[ActionId.EXPORT].trigger()
    assert (tmp_path / "seeds.pdf").read_bytes().startswith(b"%PDF-")
    assert window.status.label.text() == "Exported seeds.pdf."
    # The next export offers the format the user got.
    assert window.settings.export_format() == "pdf"


def test_a_name_without_a_suffix_gets_the_filters_format(
    window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    dialogs(window).save_paths[:] = [(str(tmp_path / "seeds"), export_format("html").file_filter)]
    window.commands[ActionId.EXPORT].trigger()
    assert (tmp_path / "seeds.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
