"""The window on real article folders: open, read the brief, follow citations, include and exclude."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from article_folders import write_articles
from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.export.api import render
from citebrief.gui.actions import ActionId
from citebrief.gui.main_window import MainWindow


def test_first_start_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.open_button.text().startswith("Open folder")
    assert window.welcome.samples_button.text() == "Try the sample articles"
    assert not window.commands[ActionId.SAVE].isEnabled()


def test_every_marker_points_at_the_sentence_it_cites(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    corpus = window.workspace.corpus
    assert corpus is not None and len(corpus.sources) == 3
    sources = corpus.by_id()
    numbers = window.brief_document.numbering()
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    brief = window.brief_document.brief()
    assert brief.items
    for run in window.brief_document.marker_runs():
        assert run.marker is not None
        cit = window.brief_document.citation(*run.marker)
        assert cit is not None
        src = sources[cit.source_id]
        assert src.text[cit.start : cit.end] == cit.quote
        assert src.sentences[cit.sentence_index].text == cit.quote
        assert run.text == f"\u2060[{numbers[cit.source_id]}]"
    for item in brief.items:
        # An unedited brief sentence is the sentence its first citation quotes.
        assert not item.edited
        assert item.text == " ".join(item.citations[0].quote.split())
    # Numbers follow the folder's order, so a rebuild citing the same sources keeps them.
    order = [s.id for s in corpus.sources]
    assert sorted(numbers, key=numbers.__getitem__) == sorted(numbers, key=order.index)


def test_clicking_a_citation_selects_the_cited_span_in_the_viewer(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    runs = window.brief_document.marker_runs()
    run = runs[-1]
    assert run.marker is not None
    cit = window.brief_document.citation(*run.marker)
    assert cit is not None
    cursor = QTextCursor(window.brief_document.document)
    cursor.setPosition(run.start)
    left = window.editor.cursorRect(cursor)
    cursor.setPosition(run.end)
    right = window.editor.cursorRect(cursor)
    point = left.center()
    point.setX((left.center().x() + right.center().x()) // 2)
    point.setY(left.top() + 3)
    assert window.editor.citation_at(point) == run.marker
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.viewer.view.source is not None
    assert window.viewer.view.source.id == cit.source_id
    assert window.viewer.view.selected_span() == (cit.start, cit.end)
    assert window.viewer.view.textCursor().selectedText() == cit.quote
    tooltip = window.editor.citation_tooltip(*run.marker)
    assert cit.quote[:30] in tooltip
    assert (
        Path(cit.source_id).name in tooltip
        or Path(window.workspace.corpus.source(cit.source_id).path).name in tooltip
    )


def test_clicking_a_used_sentence_in_the_viewer_selects_its_brief_sentence(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    run = window.brief_document.marker_runs()[0]
    assert run.marker is not None
    cit = window.brief_document.citation(*run.marker)
    assert cit is not None
    window.links.show_source(cit.source_id)
    view = window.viewer.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(cit.start + 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert window.editor.current_item == run.marker[0]


def test_unticking_a_source_rebuilds_the_brief_without_it(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    cited = window.brief_document.brief().cited_source_ids()
    dropped = cited[0]
    with qtbot.waitSignal(window.workspace.brief_ready, timeout=60_000):
        window.sources.set_included(dropped, False)
    assert dropped not in window.brief_document.brief().cited_source_ids()
    assert window.brief_document.brief().items


def test_skipped_files_are_listed_with_their_reason(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    (articles / "broken.txt").write_bytes(b"")
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    corpus = window.workspace.corpus
    assert corpus is not None
    notices = window.sources.notice_rows()
    assert len(notices) == len(corpus.notices)
    for notice, row in zip(corpus.notices, notices, strict=True):
        assert notice.reason in row


def test_add_and_remove_a_sentence_from_the_viewer(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.workspace.set_options(BriefOptions(unit=LengthUnit.SENTENCES, length=2))
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    corpus = window.workspace.corpus
    assert corpus is not None
    for src in corpus.sources:
        unused = [
            s
            for s in src.sentences
            if s.index not in window.links.used_sentences(src.id) and s.role == "body"
        ]
        if unused:
            break
    window.links.show_source(src.id)
    sentence = unused[0]
    window.links.add_sentence(sentence.index)
    brief = window.brief_document.brief()
    added = [i for i in brief.items if i.citations and i.citations[0].quote == sentence.text]
    assert len(added) == 1 and added[0].citations[0].sentence_index == sentence.index
    assert sentence.index in window.viewer.view._used
    window.links.remove_sentence(sentence.index)
    assert not [i for i in window.brief_document.brief().items if i.text == sentence.text]
    window.editor.undo()
    QApplication.processEvents()
    assert [i for i in window.brief_document.brief().items if i.text == sentence.text]


def test_changing_the_length_rebuilds_in_the_background(
    window: MainWindow, articles: Path, qtbot, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    window.controls.unit.setCurrentIndex(window.controls.unit.findData("sentences"))
    with qtbot.waitSignal(window.workspace.brief_ready, timeout=60_000):
        window.controls.spin.setValue(2)
    assert len(window.brief_document.brief().items) == 2


def test_a_citation_can_be_followed_from_the_keyboard(
    window: MainWindow, articles: Path, wait_for_brief
) -> None:
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    run = window.brief_document.marker_runs()[1]
    assert run.marker is not None
    cit = window.brief_document.citation(*run.marker)
    assert cit is not None
    cursor = window.editor.textCursor()
    cursor.setPosition(run.start)
    window.editor.setTextCursor(cursor)
    window.commands[ActionId.FOLLOW_CITATION].trigger()
    assert window.viewer.view.source is not None and window.viewer.view.source.id == cit.source_id
    assert window.viewer.view.selected_span() == (cit.start, cit.end)


def test_a_sentence_many_sources_tell_numbers_its_sources_as_the_export_does(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    # Eight papers lead with the same closure, more than a sentence shows markers for; the ninth paper
    # is cited only later, with the ferry news it shares with the first.
    papers = {
        f"paper{n}.txt": f"The Calder bridge will close for six months from April so that its steel deck can "
        f"be replaced, the council said in notice {chr(64 + n)}.\n\nLocal shops expect fewer visitors.\n"
        for n in range(1, 9)
    }
    papers["paper1.txt"] += (
        "\nAs in every year since the old road bridge was first closed for repairs, the winter ferry to "
        "Skarn will run twice a day from the old harbour pier, a spokesperson told the paper on Monday.\n"
    )
    papers["paper9.txt"] = (
        "Harbour news\n\nThe winter ferry to Skarn will run twice a day from the old harbour pier, the port "
        "office said.\n\nTickets go on sale next week.\n"
    )
    folder = write_articles(tmp_path / "papers", papers)
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    document = window.brief_document
    brief = document.brief()
    assert any(len(item.citations) > 6 for item in brief.items), (
        "no sentence holds more citations than markers"
    )
    exported = {n: source_id for n, source_id in enumerate(brief.cited_source_ids(), start=1)}
    markdown = render(brief, "markdown").decode("utf-8")
    for run in document.marker_runs():
        assert run.marker is not None
        cit = document.citation(*run.marker)
        assert cit is not None
        number = int(run.text.strip("\u2060[]"))
        assert exported[number] == cit.source_id, f"{run.text} in the window is another source in the export"
        assert f"[{number}](#source-{number}-quote-" in markdown
    # Each sentence's markers read in ascending order, as in the export: "[1][9]", never "[9][1]".
    per_item: dict[int, list[int]] = {}
    for run in document.marker_runs():
        assert run.marker is not None
        per_item.setdefault(run.marker[0], []).append(int(run.text.strip("\u2060[]")))
    assert all(numbers == sorted(numbers) for numbers in per_item.values()), per_item
    # The last marker of the sentence with eight sources tells of the two it does not show.
    crowded = next(item_id for item_id, numbers in per_item.items() if len(numbers) == 6)
    crowded_runs = [run for run in document.marker_runs() if run.marker and run.marker[0] == crowded]
    hovers = [window.editor.citation_tooltip(*run.marker) for run in crowded_runs]  # type: ignore[misc]
    assert "and 2 more sentences saying the same" in hovers[-1]
    assert not any("more sentence" in hover for hover in hovers[:-1])
    ninth = next(ref.id for ref in brief.sources if ref.relpath == "paper9.txt")
    ferry = [run.text for run in document.marker_runs() if document.citation(*run.marker).source_id == ninth]  # type: ignore[misc]
    assert set(ferry) == {"\u2060[9]"}
