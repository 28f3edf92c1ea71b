"""Citation markers a reader can follow: one per source, never wrapped apart, numbered as everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_add_to_brief import open_harbour, sentence

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, Corpus
from citebrief.core.serial import corpus_refs
from citebrief.export import render
from citebrief.gui.main_window import MainWindow
from citebrief.gui.sources_panel import NUMBER_COLUMN


def citation(corpus: Corpus, name: str, opening: str) -> Citation:
    src, index = sentence(corpus, name, opening)
    s = src.sentence(index)
    return Citation(src.id, index, s.start, s.end, s.text)


def two_from_one_source(corpus: Corpus) -> Brief:
    """A sentence citing two sentences of one article and one of another, as the engine does when an
    article says a thing twice."""
    own = citation(corpus, "harbour.txt", "The harbour")
    again = citation(corpus, "harbour.txt", "Fishing boats")
    other = citation(corpus, "coast.txt", "Ferries between")
    item = BriefItem(text=own.quote, citations=(own, other, again))
    return Brief(title="Harbour", items=(item,), options=BriefOptions(), sources=corpus_refs(corpus))


def test_a_sentence_shows_one_marker_per_source_and_its_hover_lists_every_quote(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    corpus = open_harbour(window, tmp_path, wait_for_brief)
    brief = two_from_one_source(corpus)
    window.brief_document.set_brief(brief)
    runs = window.brief_document.marker_runs()
    assert [run.text.strip("\u2060") for run in runs] == ["[1]", "[2]"]
    assert window.brief_document.brief().items == brief.items  # the third citation is kept
    harbour = next(r for r in runs if window.brief_document.citation(*r.marker).quote == brief.items[0].text)  # type: ignore[misc, union-attr]
    hover = window.editor.citation_tooltip(*harbour.marker)  # type: ignore[misc]
    assert "The harbour at Vellmar" in hover and "Fishing boats" in hover
    assert "Ferries between" not in hover
    markdown = render(window.brief_document.brief(), "markdown").decode("utf-8")
    number = harbour.text.strip("\u2060[]")
    assert markdown.count(f"[{number}](#source-{number}-quote-") == 1


def test_the_sources_panel_numbers_sources_as_the_markers_and_exports_do(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    numbers = window.brief_document.numbering()
    exported = {sid: n for n, sid in enumerate(window.brief_document.brief().cited_source_ids(), start=1)}
    assert numbers == exported and numbers
    tree = window.sources.tree
    shown = {}
    for i in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(i)
        if row.text(NUMBER_COLUMN):
            shown[row.data(0, Qt.ItemDataRole.UserRole + 1)] = int(row.text(NUMBER_COLUMN).strip("[]"))
    assert shown == numbers


def test_a_sentences_markers_never_wrap_apart_from_it_or_each_other(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    corpus = open_harbour(window, tmp_path, wait_for_brief)
    window.brief_document.set_brief(two_from_one_source(corpus))
    editor = window.editor
    runs = window.brief_document.marker_runs()
    last_letter = runs[0].start - 2  # the sentence's last word ends before its full stop

    def line_of(position: int) -> int:
        cursor = QTextCursor(window.brief_document.document)
        cursor.setPosition(position)
        return cursor.block().layout().lineForTextPosition(position - cursor.block().position()).lineNumber()

    for width in range(220, 700, 7):
        editor.setFixedWidth(width)
        QApplication.processEvents()
        lines = {line_of(last_letter)} | {line_of(run.start + 1) for run in runs} | {line_of(runs[-1].end - 1)}
        assert len(lines) == 1, f"markers wrapped at width {width}"
