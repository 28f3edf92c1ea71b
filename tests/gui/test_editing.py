"""Editing the brief: citations stay attached through typing, deleting, cut and paste, undo and redo."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication
from random_edits import apply_edit
from scripted_dialogs import dialogs

from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.engine import summarise
from citebrief.gui.actions import ActionId
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow
from citebrief.ingest import load_folder


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def check_citations(document: BriefDocument, corpus: Corpus) -> None:
    """Every marker still quotes its source exactly, numbers run 1, 2, 3..., each source has the number
    the exports give it, and a sentence shows one marker per source."""
    sources = corpus.by_id()
    for item in document.brief().items:
        for cit in item.citations:
            assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote
    numbers = document.numbering()
    assert numbers == {sid: n for n, sid in enumerate(document.brief().cited_source_ids(), start=1)}
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    groups: list[list[str]] = []  # the markers standing side by side after a sentence
    end = -1
    for run in document.marker_runs():
        assert run.marker is not None
        cit = document.citation(*run.marker)
        assert cit is not None
        assert run.text == f"\u2060[{numbers[cit.source_id]}]"
        if run.start != end:
            groups.append([])
        groups[-1].append(run.text)
        end = run.end
    assert all(len(group) == len(set(group)) for group in groups), groups


def open_brief(window: MainWindow, articles: Path, wait_for_brief) -> Brief:  # type: ignore[no-untyped-def]
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    return window.brief_document.brief()


def select_first_sentence(window: MainWindow) -> None:
    """Select the brief's first sentence in the editor, as a user would."""
    first_item: int = window.brief_document.marker_runs()[0].marker[0]
    start, end = window.brief_document.item_spans()[first_item][0]
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def test_typing_inside_a_sentence_keeps_its_citations_and_undo_redo_restore(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    original = open_brief(window, articles, wait_for_brief)
    target = original.items[1]
    span = window.brief_document.item_spans()[window.brief_document.marker_runs()[0].marker[0] + 1][0]
    cursor = window.editor.textCursor()
    cursor.setPosition(span[0] + 4)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "really ")
    settle()
    edited = window.brief_document.brief()
    assert edited.items[1].text == target.text[:4] + "really " + target.text[4:]
    assert edited.items[1].edited
    assert edited.items[1].citations == target.citations
    assert [i.citations for i in edited.items] == [i.citations for i in original.items]
    assert window.isWindowModified()
    window.editor.undo()
    settle()
    assert window.brief_document.brief().items == original.items
    window.editor.redo()
    settle()
    assert window.brief_document.brief().items == edited.items
    check_citations(window.brief_document, window.workspace.corpus)


def test_typing_after_a_marker_adds_the_users_own_words_not_part_of_the_marker_or_sentence(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    original = open_brief(window, articles, wait_for_brief)
    last_marker = window.brief_document.marker_runs()[-1]
    cursor = window.editor.textCursor()
    cursor.setPosition(last_marker.end)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " More")
    settle()
    brief = window.brief_document.brief()
    assert [i.citations for i in brief.items] == [*(i.citations for i in original.items), ()]
    assert brief.items[-2] == original.items[-1]
    assert brief.items[-1].text == "More" and brief.items[-1].edited
    assert window.brief_document.document.toPlainText().endswith(f"{last_marker.text} More")
    check_citations(window.brief_document, window.workspace.corpus)


def test_deleting_a_sentence_deletes_its_citations_and_renumbers(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    original = open_brief(window, articles, wait_for_brief)
    select_first_sentence(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    settle()
    brief = window.brief_document.brief()
    assert brief.items == original.items[1:]
    check_citations(window.brief_document, window.workspace.corpus)
    assert "\u2060[1]" in {run.text for run in window.brief_document.marker_runs()}
    window.editor.undo()
    settle()
    assert window.brief_document.brief().items == original.items


def test_cut_and_paste_moves_a_sentence_with_its_citations(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    original = open_brief(window, articles, wait_for_brief)
    assert len(original.items) >= 2
    select_first_sentence(window)
    window.editor.cut()
    settle()
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" ")
    window.editor.setTextCursor(cursor)
    window.editor.paste()
    settle()
    brief = window.brief_document.brief()
    assert brief.items[-1].text == original.items[0].text
    assert brief.items[-1].citations == original.items[0].citations
    assert not brief.items[-1].edited
    assert brief.items[:-1] == original.items[1:]
    check_citations(window.brief_document, window.workspace.corpus)
    window.editor.undo()
    window.editor.undo()
    window.editor.undo()
    settle()
    assert window.brief_document.brief().items == original.items


_BRIEFS: dict[Path, tuple[Corpus, Brief]] = {}


def sample_brief(folder: Path) -> tuple[Corpus, Brief]:
    # Hypothesis runs many examples per test call; the folder is read and summarised once.
    if folder not in _BRIEFS:
        corpus = load_folder(folder)
        _BRIEFS[folder] = (corpus, summarise(corpus, BriefOptions(length=80)))
    return _BRIEFS[folder]


edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "undo"]),
        st.floats(0, 1),
        st.integers(0, 30),
        st.text(alphabet="abc .[]1", min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=edits)
def test_random_edits_never_corrupt_citations_and_undo_restores_the_brief(qapp, articles: Path, ops) -> None:
    corpus, brief = sample_brief(articles)
    document = BriefDocument()
    document.set_brief(brief)
    original = document.brief()
    for op, where, length, text in ops:
        apply_edit(document, op, where, length, text)
        check_citations(document, corpus)
    while document.document.isUndoAvailable():
        document.document.undo()
        document.normalise()
    assert document.brief() == original


def test_rebuilding_an_edited_brief_asks_first_and_can_be_undone(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    open_brief(window, articles, wait_for_brief)
    first = window.brief_document.marker_runs()[0]
    cursor = window.editor.textCursor()
    cursor.setPosition(window.brief_document.item_spans()[first.marker[0]][0][0])
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Mine: ")
    settle()
    edited = window.brief_document.brief()

    dialogs(window).answers[:] = [Button.No]
    seen = dialogs(window).asked
    length = window.controls.spin.value()
    window.controls.spin.setValue(length - 40)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "edited the brief" in seen[0]
    settle()
    assert not window.workspace.busy
    assert window.brief_document.brief() == edited
    # The options say what the brief on screen was made with.
    assert window.controls.spin.value() == length
    assert window.workspace.options.length == length

    dialogs(window).answers[:] = [Button.Yes]
    with qtbot.waitSignal(window.workspace.brief_ready, timeout=60_000):
        window.controls.spin.setValue(window.controls.spin.value() - 40)
    settle()
    rebuilt = window.brief_document.brief()
    assert not any(item.text.startswith("Mine: ") for item in rebuilt.items)
    window.editor.undo()
    settle()
    assert window.brief_document.brief().items == edited.items


def test_dropping_a_dragged_sentence_keeps_its_citations(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    original = open_brief(window, articles, wait_for_brief)
    select_first_sentence(window)
    dragged = window.editor.createMimeDataFromSelection()
    target = QTextCursor(window.brief_document.document)
    target.movePosition(QTextCursor.MoveOperation.End)
    point = window.editor.cursorRect(target).center()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.editor.dropEvent(drop)
    settle()
    brief = window.brief_document.brief()
    assert brief.items[-1].citations == original.items[0].citations
    assert brief.items[-1].text == original.items[0].text
    check_citations(window.brief_document, window.workspace.corpus)
    window.editor.undo()
    settle()
    assert window.brief_document.brief().items == original.items


def test_rebuild_asks_before_it_replaces_edits(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    open_brief(window, articles, wait_for_brief)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Mine: ")
    settle()
    edited = window.brief_document.brief()
    dialogs(window).answers[:] = [Button.No]
    window.commands[ActionId.SUMMARISE].trigger()
    settle()
    assert "edited the brief" in dialogs(window).asked[-1]
    assert not window.workspace.busy
    assert window.brief_document.brief() == edited


def test_tab_moves_focus_out_of_the_brief_instead_of_typing_a_tab(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    open_brief(window, articles, wait_for_brief)
    text = window.brief_document.document.toPlainText()
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus, timeout=5_000)
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    settle()
    assert window.brief_document.document.toPlainText() == text
    assert not window.editor.hasFocus()


def test_redo_and_quit_answer_every_key_the_platform_uses(window: MainWindow) -> None:
    redo = [keys.toString() for keys in window.commands[ActionId.REDO].shortcuts()]
    platform = [keys.toString() for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    assert redo == platform and len(redo) > 1
    assert window.commands[ActionId.QUIT].shortcut().toString() == "Ctrl+Q"


def test_words_typed_between_a_sentences_markers_join_it_and_keep_all_its_citations(
    qapp, articles: Path
) -> None:  # type: ignore[no-untyped-def]
    corpus, brief = sample_brief(articles)
    document = BriefDocument()
    document.set_brief(brief)
    text = document.document.toPlainText()
    between = text.find("]\u2060[")
    assert between > 0, "the sample brief has a sentence cited by two sources"
    with document.edit() as cursor:
        cursor.setPosition(between + 1)
        cursor.insertText(" too")
    document.normalise()
    after = document.brief()
    assert len(after.items) == len(brief.items)
    changed = [i for i in after.items if i not in brief.items]
    assert len(changed) == 1 and changed[0].edited and changed[0].text.endswith("too")
    typed_into = next(i for i in brief.items if changed[0].text.startswith(i.text))
    assert changed[0].citations == typed_into.citations
    check_citations(document, corpus)
