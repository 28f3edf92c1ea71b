"""Update Brief in the window on a brief of several stories: the new sentences sit under their story."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from citebrief.gui.brief_stories import STORY_HEADING
from citebrief.gui.main_window import MainWindow
from story_folders import write_stories


def headings(window: MainWindow) -> list[str]:
    """The story ids of the editor's story headings, top to bottom."""
    found = []
    block = window.editor.document().begin()
    while block.isValid():
        story = block.blockFormat().property(STORY_HEADING)
        if story:
            found.append(str(story))
        block = block.next()
    return found


def test_update_puts_an_added_articles_sentences_under_its_storys_heading(
    make_window, wait_for_brief, qtbot, tmp_path: Path
) -> None:
    folder = write_stories(tmp_path / "articles")
    held = folder / "rovers-strike-2.txt"
    text = held.read_text(encoding="utf-8")
    held.unlink()
    window = make_window()
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    path = tmp_path / "monday.citebrief"
    assert window.files.save_to(str(path))
    held.write_text(text, encoding="utf-8")

    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    qtbot.waitUntil(again.update_bar.isVisible, timeout=5_000)
    qtbot.mouseClick(again.update_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(i.new for i in again.brief_document.brief().items), timeout=60_000)
    QApplication.processEvents()
    brief = again.brief_document.brief()
    strike = next(s for s in brief.stories if "rovers-strike-1.txt" in s.documents)
    fresh = [item for item in brief.items if item.new]
    assert {item.story for item in fresh} == {strike.id}
    assert "rovers-strike-2.txt" in strike.documents
    # one heading per story shown, each once: the new sentences did not open a heading of their own
    shown = list(dict.fromkeys(item.story for item in brief.items))
    assert headings(again) == shown
