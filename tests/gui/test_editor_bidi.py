"""Right-to-left text and bidi controls in a brief sentence stay inside it on screen.

A sentence quoting an unclosed U+202E RIGHT-TO-LEFT OVERRIDE, or Hebrew and Arabic words, would, shown as
is, pull its own citation marker and the next sentence into its right-to-left run. The editor isolates
it (invisible U+2068 … U+2069 around its text), through typing, undo, redo, cut and paste, while the
saved brief, every export and the clipboard get the sentence's characters and nothing else.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit
from random_edits import apply_edit
from test_add_to_brief import item, sentence

from article_folders import write_articles
from citebrief.core.model import Brief, BriefOptions, Corpus
from citebrief.core.serial import corpus_refs
from citebrief.export import REGISTRY, render
from citebrief.export.model import FSI, PDI, isolates
from citebrief.gui.brief_document import BriefDocument
from citebrief.gui.brief_isolation import isolation_fixes
from citebrief.gui.main_window import MainWindow
from citebrief.ingest import load_folder
from citebrief.store import open_brief

OVERRIDE = "Crews renamed the crossing \u202eegdirb lessek and reopened it on Friday."
RTL = "The new sign greets drivers with שלום לכולם and مرحبا بكم in large letters."
PLAIN = "Traffic returned to the bridge by noon on Saturday."
ARTICLES = {
    "bridge.txt": f"Kessel Bridge reopens\n\n{OVERRIDE} {PLAIN} Engineers will inspect the piers next month.\n",
    "sign.txt": f"A sign for every visitor\n\n{RTL} The council paid for the sign out of its own budget.\n",
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_bidi(window: MainWindow, tmp_path: Path, wait_for_brief) -> Brief:  # type: ignore[no-untyped-def]
    """The folder open, and a brief of the override sentence, the right-to-left one and a plain one, in
    one paragraph, each line of it unwrapped so the order on screen is one line's."""
    window.files.open_paths([str(write_articles(tmp_path / "bridge", ARTICLES))])
    wait_for_brief(window)
    corpus = window.workspace.corpus
    assert isinstance(corpus, Corpus)
    picks = (("bridge.txt", OVERRIDE[:12]), ("sign.txt", RTL[:12]), ("bridge.txt", PLAIN[:12]))
    items = tuple(item(*sentence(corpus, name, opening)) for name, opening in picks)
    assert [i.text for i in items] == [OVERRIDE, RTL, PLAIN]
    brief = Brief(title="Bridge", items=items, options=BriefOptions(), sources=corpus_refs(corpus))
    window.editor.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
    window.brief_document.set_brief(brief)
    settle()
    return brief


def texts(window: MainWindow) -> list[str]:
    return [i.text for i in window.brief_document.brief().items]


def item_ids(window: MainWindow) -> list[int]:
    """Item ids in reading order, one per sentence shown."""
    return [run.marker[0] for run in window.brief_document.marker_runs() if run.marker is not None]


def x_at(window: MainWindow, position: int) -> tuple[int, int, float]:
    """(block, line, x) of the cursor before the character at ``position``, as laid out on screen."""
    document = window.brief_document.document
    block = document.findBlock(position)
    document.documentLayout().blockBoundingRect(block)  # lays the block out
    offset = position - block.position()
    line = block.layout().lineForTextPosition(offset)
    assert line.isValid()
    return block.blockNumber(), line.lineNumber(), line.cursorToX(offset)[0]


def text_positions(window: MainWindow, occurrence: int) -> list[int]:
    """Document positions of the characters of the ``occurrence``-th sentence shown (0 is the first)."""
    document = window.brief_document
    owner = item_ids(window)[occurrence]
    start = 0 if occurrence == 0 else document.marker_runs()[occurrence - 1].end
    end = document.marker_runs()[occurrence].start
    return [
        p
        for run in document.runs()
        if run.item == owner and not run.isolate and run.start >= start and run.end <= end
        for p in range(run.start, run.end)
    ]


def assert_in_order(window: MainWindow, occurrence: int, *, followed: bool) -> None:
    """On screen the sentence's marker stands right of all its letters, and (``followed``) the next
    sentence of its paragraph right of the marker."""
    marker = window.brief_document.marker_runs()[occurrence]
    block, line, marker_x = x_at(window, marker.start)
    _block, _line, marker_end = x_at(window, marker.end)
    letters = [x_at(window, p) for p in text_positions(window, occurrence)]
    assert letters and all((b, n) == (block, line) for b, n, _x in letters)
    assert max(x for _b, _n, x in letters) <= marker_x < marker_end
    if followed:
        following = [x_at(window, p) for p in text_positions(window, occurrence + 1)]
        assert following and all((b, n) == (block, line) for b, n, _x in following)
        assert min(x for _b, _n, x in following) >= marker_end


def assert_isolated(window: MainWindow, pieces: int) -> None:
    """Every sentence needing marks has them right around its text, ``pieces`` of them in all."""
    assert isolation_fixes(window.brief_document.runs()) == []
    assert window.brief_document.document.toPlainText().count(FSI) == pieces


def test_a_sentence_cannot_carry_its_marker_or_the_next_sentence_into_its_right_to_left_run(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    assert_in_order(window, 0, followed=True)  # the open override
    assert_in_order(window, 1, followed=True)  # Hebrew and Arabic words
    assert_in_order(window, 2, followed=False)
    assert_isolated(window, 2)
    assert window.brief_document.brief() == brief
    assert window.brief_document.edited_items() == set()


def test_the_saved_brief_and_every_export_hold_each_sentence_exactly(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    assert_in_order(window, 0, followed=True)
    assert window.files.save_to(str(tmp_path / "bridge.citebrief"))
    saved = open_brief(tmp_path / "bridge.citebrief").brief
    assert [i.text for i in saved.items] == [OVERRIDE, RTL, PLAIN]
    assert [c.quote for i in saved.items for c in i.citations] == [OVERRIDE, RTL, PLAIN]
    assert FSI not in (tmp_path / "bridge.citebrief").read_text(encoding="utf-8")
    for export in (entry for entry in REGISTRY if not entry.brief_file):  # saving is checked above
        target = tmp_path / f"brief{export.suffix}"
        assert window.files.export_to(str(target))
        if export.name in ("docx", "pdf"):
            continue  # compared by their text below: their files carry the time they were written
        assert target.read_bytes() == render(brief, export.name), export.name
    expected = tmp_path / "expected.docx"
    expected.write_bytes(render(brief, "docx"))
    assert [p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs] == [
        p.text for p in docx.Document(str(expected)).paragraphs
    ]
    data = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert [i["text"] for i in data["items"]] == [OVERRIDE, RTL, PLAIN]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_pdf_exported_from_the_window_is_the_one_the_brief_gives(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    assert_in_order(window, 1, followed=True)
    assert window.files.export_to(str(tmp_path / "window.pdf"))
    (tmp_path / "expected.pdf").write_bytes(render(brief, "pdf"))

    def drawn(path: Path) -> str:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8")

    assert drawn(tmp_path / "window.pdf") == drawn(tmp_path / "expected.pdf")


def type_at(window: MainWindow, position: int, keys: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    for char in keys:
        if char.isascii():
            qtbot.keyClick(window.editor, char)
        else:  # as a Hebrew or Arabic keyboard layout sends it (QTest only knows Latin key codes)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
    settle()


def test_typing_undo_and_redo_keep_each_sentence_isolated_and_exact(
    window: MainWindow, tmp_path: Path, wait_for_brief, qtbot
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    # Inside the override sentence, at its very start, and a Hebrew word into the plain sentence.
    renamed = text_positions(window, 0)[OVERRIDE.index("renamed")]
    type_at(window, renamed, "quietly ", qtbot)
    type_at(window, text_positions(window, 0)[0], "Oskar ", qtbot)
    full_stop = text_positions(window, 2)[-1]
    type_at(window, full_stop, " שלום", qtbot)
    edited = [
        "Oskar " + OVERRIDE.replace("renamed", "quietly renamed"),
        RTL,
        PLAIN.replace(".", " שלום."),
    ]
    assert texts(window) == edited
    assert [i.citations for i in window.brief_document.brief().items] == [i.citations for i in brief.items]
    assert_isolated(window, 3)
    for occurrence in range(3):
        assert_in_order(window, occurrence, followed=occurrence < 2)

    states = []
    while window.brief_document.document.isUndoAvailable():
        window.editor.undo()
        settle()
        assert_isolated(window, 3 if set(texts(window)[2]) & set("שלום") else 2)
        assert_in_order(window, 0, followed=True)
        states.append(texts(window))
    assert window.brief_document.brief() == brief
    assert len(states) >= 3  # each edit came undone on its own, the isolating with it

    while window.brief_document.document.isRedoAvailable():
        window.editor.redo()
        settle()
        assert_isolated(window, 3 if set(texts(window)[2]) & set("שלום") else 2)
        assert_in_order(window, 2, followed=False)
    assert texts(window) == edited


def test_typing_right_to_left_words_into_a_plain_sentence_isolates_it_and_deleting_them_frees_it(
    window: MainWindow, tmp_path: Path, wait_for_brief, qtbot
) -> None:
    open_bidi(window, tmp_path, wait_for_brief)
    window.editor.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
    type_at(window, text_positions(window, 2)[-1], " مرحبا", qtbot)
    assert_in_order(window, 2, followed=False)
    assert_isolated(window, 3)
    for _ in range(len(" مرحبا")):
        qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    settle()
    assert texts(window) == [OVERRIDE, RTL, PLAIN]
    assert_isolated(window, 2)  # a sentence with nothing to isolate has no invisible marks
    assert window.brief_document.edited_items() == set()


def test_a_word_typed_right_after_an_isolated_sentence_joins_it_inside_its_marks(
    window: MainWindow, tmp_path: Path, wait_for_brief, qtbot
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    closing = next(
        r
        for r in window.brief_document.runs()
        if r.isolate and r.item == item_ids(window)[1] and r.start > text_positions(window, 1)[0]
    )
    type_at(window, closing.end, " more", qtbot)  # between the closing mark and the marker
    assert texts(window) == [OVERRIDE, RTL + " more", PLAIN]
    assert_isolated(window, 2)
    assert_in_order(window, 1, followed=True)
    steps = 0
    while window.brief_document.brief() != brief:
        window.editor.undo()
        settle()
        assert_isolated(window, 2)
        steps += 1
    assert steps <= 2  # a word typed there undoes as a word (Qt may keep its first letter apart)


def test_a_word_from_an_input_method_is_isolated_with_its_sentence_and_undone_with_it(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    cursor = window.editor.textCursor()
    cursor.setPosition(text_positions(window, 2)[-1])
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(" مرحبا")
    QApplication.sendEvent(window.editor, event)
    settle()
    assert texts(window) == [OVERRIDE, RTL, PLAIN.replace(".", " مرحبا.")]
    assert_isolated(window, 3)
    assert_in_order(window, 2, followed=False)
    window.editor.undo()
    settle()
    assert window.brief_document.brief() == brief
    assert_isolated(window, 2)


def select(window: MainWindow, start: int, end: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def test_copy_gives_the_sentence_without_marks_and_pasting_it_isolates_it_once(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    open_bidi(window, tmp_path, wait_for_brief)
    first = item_ids(window)[0]
    start, end = window.brief_document.item_spans()[first][0]
    select(window, start, end)
    window.editor.copy()
    clipboard = QApplication.clipboard().mimeData()
    assert clipboard.text() == OVERRIDE + "\u2060[1]"
    assert FSI not in clipboard.html() and PDI not in clipboard.html()
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText(" ")
    window.editor.paste()
    settle()
    assert texts(window) == [OVERRIDE, RTL, PLAIN, OVERRIDE]
    assert_isolated(window, 3)
    assert_in_order(window, 2, followed=True)  # the plain sentence, now followed by the pasted one
    assert_in_order(window, 3, followed=False)


def test_cutting_across_sentences_and_pasting_back_leaves_no_stray_marks(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    brief = open_bidi(window, tmp_path, wait_for_brief)
    # From inside the override sentence to inside the right-to-left one: the cut takes one sentence's
    # closing mark and the other's opening one.
    middle_of_first = text_positions(window, 0)[OVERRIDE.index("reopened")]
    middle_of_second = text_positions(window, 1)[RTL.index("with")]
    select(window, middle_of_first, middle_of_second)
    window.editor.cut()
    settle()
    left = [OVERRIDE[: OVERRIDE.index("reopened")].rstrip(), RTL[RTL.index("with") :], PLAIN]
    assert texts(window) == left
    assert_isolated(window, 2)  # what is left of each sentence, each isolated on its own
    window.editor.paste()
    settle()
    assert texts(window) == [OVERRIDE, RTL, PLAIN]
    assert [i.citations for i in window.brief_document.brief().items] == [i.citations for i in brief.items]
    assert_isolated(window, 2)
    assert_in_order(window, 0, followed=True)
    assert_in_order(window, 1, followed=True)


_CORPORA: dict[Path, Corpus] = {}


def bidi_corpus(folder: Path) -> Corpus:
    # Hypothesis runs many examples per test call; the folder is read once.
    if folder not in _CORPORA:
        _CORPORA[folder] = load_folder(write_articles(folder, ARTICLES))
    return _CORPORA[folder]


def shown_as_isolated(document: BriefDocument) -> None:
    """Each unbroken piece of a sentence's text stands between exactly the marks the exports use."""
    text = document.document.toPlainText()
    pieces: list[tuple[int, int, int]] = []  # (item, start, end) of sentence text, marks left out
    for run in document.runs():
        if run.item is None or run.isolate:
            continue
        if pieces and pieces[-1][0] == run.item and pieces[-1][2] == run.start:
            pieces[-1] = (run.item, pieces[-1][1], run.end)
        else:
            pieces.append((run.item, run.start, run.end))
    shown = 0
    for _item, start, end in pieces:
        opening, closing = isolates(text[start:end])
        assert text[start - len(opening) : end + len(closing)] == opening + text[start:end] + closing
        shown += len(opening) + len(closing)
    marks = sum(run.end - run.start for run in document.runs() if run.isolate)
    assert marks == shown  # no mark anywhere else


bidi_edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "undo"]),
        st.floats(0, 1),
        st.integers(0, 30),
        st.text(alphabet=f"ab .[]1\nש\u202e{FSI}{PDI}", min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=bidi_edits)
def test_random_edits_keep_every_sentence_isolated_and_its_citations_exact(
    qapp, tmp_path_factory, ops
) -> None:  # type: ignore[no-untyped-def]
    corpus = bidi_corpus(tmp_path_factory.getbasetemp() / "bidi-edits")
    picks = (("bridge.txt", OVERRIDE[:12]), ("sign.txt", RTL[:12]), ("bridge.txt", PLAIN[:12]))
    items = tuple(item(*sentence(corpus, name, opening)) for name, opening in picks)
    document = BriefDocument()
    document.set_brief(
        Brief(title="Bridge", items=items, options=BriefOptions(), sources=corpus_refs(corpus))
    )
    original, shown = document.brief(), document.document.toPlainText()
    shown_as_isolated(document)
    sources = corpus.by_id()
    for op, where, length, text in ops:
        apply_edit(document, op, where, length, text)
        shown_as_isolated(document)
        for brief_item in document.brief().items:
            assert all(sources[c.source_id].text[c.start : c.end] == c.quote for c in brief_item.citations)
    while document.document.isUndoAvailable():
        document.document.undo()
        document.normalise()
    assert document.brief() == original
    assert document.document.toPlainText() == shown


def test_accepting_a_new_right_to_left_sentence_keeps_it_isolated(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = bidi_corpus(tmp_path / "accept")
    picks = (("sign.txt", RTL[:12]), ("bridge.txt", PLAIN[:12]))
    items = tuple(item(*sentence(corpus, name, opening)) for name, opening in picks)
    items = (replace(items[0], new=True), items[1])
    document = BriefDocument()
    document.set_brief(
        Brief(title="Bridge", items=items, options=BriefOptions(), sources=corpus_refs(corpus))
    )
    shown_as_isolated(document)
    new_ids = {run.item for run in document.runs() if run.item is not None and not run.isolate}
    document.accept_new({min(i for i in new_ids if i is not None)})
    shown_as_isolated(document)
    assert [i.new for i in document.brief().items] == [False, False]
    assert [i.text for i in document.brief().items] == [RTL, PLAIN]
