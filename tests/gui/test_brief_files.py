"""Saving, reopening, stale sources, unsaved-changes prompts, autosave after a crash, export and copy."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import lxml.html
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from scripted_dialogs import dialogs

from citebrief.core.model import Citation
from citebrief.export import render
from citebrief.gui.actions import ActionId
from citebrief.gui.app import offer_restore
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow


def type_into_first_sentence(window: MainWindow, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    first = window.brief_document.marker_runs()[0]
    assert first.marker is not None
    start = window.brief_document.item_spans()[first.marker[0]][0][0]
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, text)
    QApplication.processEvents()


def test_save_then_reopen_restores_exactly_the_edited_brief(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    type_into_first_sentence(window, qtbot, "Update: ")
    assert window.isWindowModified()
    saved = window.brief_document.brief()
    assert saved.items[0].edited
    path = tmp_path / "strike.citebrief"
    assert window.files.save_to(str(path))
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("strike.citebrief")

    again = make_window()
    assert again.files.open_brief(str(path))
    wait_for_brief(again)
    assert again.brief_document.brief() == saved
    assert not again.workspace.stale.is_stale
    assert not again.brief_document.stale
    assert again.windowTitle().startswith("strike.citebrief")
    assert str(path) in again.settings.recent()


def test_a_source_changed_on_disk_marks_its_citations_stale(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    path = tmp_path / "strike.citebrief"
    assert window.files.save_to(str(path))
    cited = window.brief_document.brief().cited_source_ids()[0]
    changed = Path(window.workspace.corpus.source(cited).path)
    changed.write_text("A different story entirely. Nothing here is the same.\n", encoding="utf-8")

    again = make_window()
    seen = dialogs(again).asked
    again.files.open_brief(str(path))
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert "no longer match" in seen[0]
    assert cited in again.workspace.stale.sources
    stale_markers = [
        r.marker for r in again.brief_document.marker_runs() if r.marker in again.brief_document.stale
    ]
    assert stale_markers
    for marker in stale_markers:
        assert again.brief_document.citation(*marker).source_id == cited
        assert "Stale citation" in again.editor.citation_tooltip(*marker)
    # The brief itself is shown as it was saved, never silently rewritten.
    assert [i.text for i in again.brief_document.brief().items] == [
        i.text for i in window.brief_document.brief().items
    ]


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    make_window, articles: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    type_into_first_sentence(window, qtbot, "Note ")
    dialogs(window).answers[:] = [Button.Cancel]
    seen = dialogs(window).asked
    assert not window.close()
    assert window.isVisible()
    assert "unsaved changes" in seen[0]
    dialogs(window).answers[:] = [Button.Discard]
    assert window.close()


def test_after_a_crash_the_next_start_offers_the_autosaved_brief(
    make_window, articles: Path, qtbot, wait_for_brief
) -> None:
    crashed = make_window()
    crashed.files.open_paths([str(articles)])
    wait_for_brief(crashed)
    type_into_first_sentence(crashed, qtbot, "Unsaved words ")
    qtbot.waitUntil(lambda: crashed.autosaver.store.path.exists(), timeout=15_000)
    edited = crashed.brief_document.brief()
    # The process "dies": no close event, the autosave stays behind.

    restarted = make_window()
    dialogs(restarted).answers[:] = [Button.Yes]
    seen = dialogs(restarted).asked
    assert offer_restore(restarted)
    assert "Restore" in seen[0]
    wait_for_brief(restarted)
    assert restarted.brief_document.brief() == edited
    assert restarted.isWindowModified()


def test_export_writes_files_that_read_back_with_the_brief_and_its_sources(
    window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    brief = window.brief_document.brief()
    assert window.files.export_to(str(tmp_path / "brief.md"))
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    html_path = tmp_path / "brief"
    assert window.files.export_to(str(html_path), "html")
    page = (tmp_path / "brief.html").read_text(encoding="utf-8")
    for item in brief.items:
        assert item.text[:40] in markdown
        assert item.citations[0].quote[:25] in markdown
    assert brief.items[0].text[:20] in page
    assert window.settings.export_folder() == str(tmp_path)
    assert window.settings.export_format() == "html"


def test_copy_as_markdown_puts_the_rendered_brief_on_the_clipboard(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    window.commands[ActionId.COPY_MARKDOWN].trigger()
    expected = render(window.brief_document.brief(), "markdown").decode("utf-8")
    assert QApplication.clipboard().text() == expected
    # A mail or word processor pastes HTML with working links; Markdown-aware programs get Markdown.
    pasted = QApplication.clipboard().mimeData()
    assert bytes(pasted.data("text/markdown").data()).decode("utf-8") == expected
    page = lxml.html.fromstring(pasted.html())
    links = page.xpath("//sup/a/@href")
    assert links and all(page.get_element_by_id(href[1:]) is not None for href in links)
    assert window.brief_document.brief().items[0].text[:30] in expected


def test_recent_folders_and_options_survive_a_restart(
    make_window, articles: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    window.controls.focus.setText("islanders")
    window.controls.focus.editingFinished.emit()
    qtbot.waitUntil(lambda: not window.workspace.busy and not window.debounce.isActive(), timeout=60_000)
    window.close()
    again = make_window()
    assert again.settings.recent()[0] == str(articles)
    assert again.controls.options().focus == ("islanders",)
    assert again.stack.currentWidget() is again.welcome
    assert again.welcome.recent.count() == 1


def test_a_brief_whose_folder_vanished_still_opens_with_every_citation_stale(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    saved = window.brief_document.brief()
    path = tmp_path / "strike.citebrief"
    assert window.files.save_to(str(path))
    for file in articles.iterdir():
        file.unlink()
    articles.rmdir()

    again = make_window()
    seen = dialogs(again).asked
    again.files.open_brief(str(path))
    qtbot.waitUntil(
        lambda: bool(again.brief_document.marker_runs()) and not again.workspace.busy, timeout=60_000
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert [i.text for i in again.brief_document.brief().items] == [i.text for i in saved.items]
    assert {r.marker for r in again.brief_document.marker_runs()} <= again.brief_document.stale
    assert set(saved.cited_source_ids()) <= set(again.workspace.stale.sources)


def test_words_typed_after_a_sentences_markers_come_back_after_them_when_recovered(
    make_window, articles: Path, qtbot, wait_for_brief
) -> None:
    crashed = make_window()
    crashed.files.open_paths([str(articles)])
    wait_for_brief(crashed)
    cursor = crashed.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)  # after the last sentence's markers
    crashed.editor.setTextCursor(cursor)
    qtbot.keyClicks(crashed.editor, " CRASHTEST unsaved words.")
    QApplication.processEvents()
    on_screen = crashed.brief_document.document.toPlainText()
    assert on_screen.endswith("] CRASHTEST unsaved words.")
    qtbot.waitUntil(lambda: crashed.autosaver.store.path.exists(), timeout=15_000)

    restarted = make_window()
    dialogs(restarted).answers[:] = [Button.Yes]
    assert offer_restore(restarted)
    wait_for_brief(restarted)
    assert restarted.brief_document.document.toPlainText() == on_screen
    # The words are the user's own, not part of the cited sentence before them.
    last = restarted.brief_document.brief().items[-1]
    assert last.text == "CRASHTEST unsaved words." and last.citations == ()
    assert "CRASHTEST" not in restarted.brief_document.brief().items[-2].text


def test_saves_and_exports_get_the_umasks_mode(
    window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    old = os.umask(0o022)
    try:
        assert window.files.save_to(str(tmp_path / "seeds.citebrief"))
        assert window.files.export_to(str(tmp_path / "seeds.md"))
        assert window.files.export_to(str(tmp_path / "seeds.pdf"))
    finally:
        os.umask(old)
    for name in ("seeds.citebrief", "seeds.md", "seeds.pdf"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_a_changed_sentence_goes_stale_alone_and_update_citations_repoints_it_keeping_edits(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief
) -> None:
    window = make_window()
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    brief = window.brief_document.brief()
    path = tmp_path / "strike.citebrief"
    assert window.files.save_to(str(path))
    # A source with two cited sentences: the first one changes, the other stays word for word.
    by_source: dict[str, list[Citation]] = {}
    for item in brief.items:
        for cit in item.citations:
            by_source.setdefault(cit.source_id, []).append(cit)
    changed_id, cits = next((sid, c) for sid, c in by_source.items() if len(c) >= 2)
    first = min(cits, key=lambda c: c.start)
    file = Path(window.workspace.corpus.source(changed_id).path)
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace(first.quote, first.quote[:-1] + " this week."), encoding="utf-8")

    again = make_window()
    again.files.open_brief(str(path))
    wait_for_brief(again)
    document = again.brief_document
    stale = {document.citation(*m).quote for m in document.stale}  # type: ignore[union-attr]
    assert stale == {first.quote}
    assert len(dialogs(again).asked) == 1
    # The untouched sentences of the changed file hold where their quotes now stand.
    corpus = again.workspace.corpus
    for run in document.marker_runs():
        cit = document.citation(*run.marker)  # type: ignore[misc]
        if run.marker not in document.stale:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote
    intact = next(
        r.marker
        for r in document.marker_runs()
        if r.marker not in document.stale and document.citation(*r.marker).source_id == changed_id  # type: ignore[misc, union-attr]
    )
    assert intact is not None
    again.links.follow_citation(*intact)
    assert again.status.label.text().startswith("Showing the cited sentence")
    assert "Stale" not in again.editor.citation_tooltip(*intact)

    owner = next(m[0] for m in document.stale)
    cursor = again.editor.textCursor()
    cursor.setPosition(document.item_spans()[owner][0][0])
    again.editor.setTextCursor(cursor)
    qtbot.keyClicks(again.editor, "Mine: ")
    QApplication.processEvents()
    assert again.commands[ActionId.UPDATE_CITATIONS].isEnabled()
    again.commands[ActionId.UPDATE_CITATIONS].trigger()
    QApplication.processEvents()
    assert not document.stale
    updated = document.brief()
    mine = next(item for item in updated.items if item.text.startswith("Mine: "))
    assert mine.citations[0].quote == first.quote[:-1] + " this week."
    for item in updated.items:
        for cit in item.citations:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote
    assert again.isWindowModified()
