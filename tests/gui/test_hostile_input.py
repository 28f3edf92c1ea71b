"""What a hostile folder or brief file cannot do to the window: read outside, show garbage, hang a brief."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from scripted_dialogs import dialogs

from citebrief.gui.actions import ActionId
from citebrief.gui.dialogs import Button
from citebrief.gui.main_window import MainWindow

OUTSIDE = (
    "Harbour pilots guide the relief ship into Oskarhaven at dawn. The ship carries flour, fuel and "
    "medicine for the island's clinic. Pilots say the crossing took four hours in heavy swell.\n"
)


def _linked_folder(tmp_path: Path, articles: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "relief-ship.txt").write_text(OUTSIDE, encoding="utf-8")
    (articles / "relief-ship.txt").symlink_to(elsewhere / "relief-ship.txt")
    return articles


def test_a_link_out_of_the_folder_is_skipped_with_a_notice_by_default(
    window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    folder = _linked_folder(tmp_path, articles)
    assert not window.commands[ActionId.FOLLOW_LINKS].isChecked()
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    assert all("relief" not in s.id for s in window.workspace.corpus.sources)
    notices = window.sources.notice_rows()
    assert len(notices) == 1 and "outside the opened folder" in notices[0]


def test_with_the_setting_on_a_link_out_of_the_folder_is_read_and_the_choice_is_remembered(
    make_window, articles: Path, tmp_path: Path, wait_for_brief
) -> None:
    folder = _linked_folder(tmp_path, articles)
    window = make_window()
    window.commands[ActionId.FOLLOW_LINKS].trigger()
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    assert "relief-ship.txt" in {s.id for s in window.workspace.corpus.sources}
    assert window.sources.notice_rows() == []
    window.close()
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value(
        "files/follow_links"
    ) in (True, "true")
    assert make_window().commands[ActionId.FOLLOW_LINKS].isChecked()


def _brief_pointing_outside(window: MainWindow, articles: Path, tmp_path: Path, wait_for_brief) -> Path:
    """A brief file in downloads/deep whose stored folder is gone and whose relative path climbs out."""
    window.files.open_paths([str(articles)])
    wait_for_brief(window)
    target = tmp_path / "downloads" / "deep" / "brief.citebrief"
    target.parent.mkdir(parents=True)
    assert window.files.save_to(str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    data["paths"], data["folder"] = ["/nowhere/articles"], "/nowhere/articles"
    data["relative_paths"] = ["../../articles"]  # tmp_path/articles: outside the brief file's folder
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


@pytest.mark.parametrize(("answer", "read"), [(Button.Yes, True), (Button.No, False)])
def test_a_brief_file_whose_sources_lie_outside_its_folder_asks_before_reading_them(
    make_window, articles: Path, tmp_path: Path, qtbot, wait_for_brief, answer: Button, read: bool
) -> None:
    target = _brief_pointing_outside(make_window(), articles, tmp_path, wait_for_brief)
    again = make_window()
    dialogs(again).answers[:] = [answer]
    assert again.files.open_brief(str(target))
    qtbot.waitUntil(lambda: not again.workspace.busy and not again.brief_document.is_empty(), timeout=60_000)
    question = dialogs(again).asked[0]
    assert str(articles.resolve()) in question and "outside" in question
    if read:
        assert again.workspace.paths == (str(articles.resolve()),)
        assert len(again.workspace.corpus.sources) == 3
        assert not again.workspace.stale.is_stale
    else:
        assert again.workspace.paths == ("/nowhere/articles",)
        assert again.workspace.corpus.sources == ()
        assert again.workspace.stale.is_stale


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character_and_briefed(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    folder = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9"))
    os.mkdir(folder)
    Path(folder, os.fsdecode(b"caf\xe9.txt")).write_text(OUTSIDE, encoding="utf-8")
    Path(folder, os.fsdecode(b"d\xe9j\xe0.pdf")).write_bytes(b"not a PDF at all")
    window.files.open_paths([folder])
    wait_for_brief(window)
    rows = window.sources.rows()
    assert [row.text(1) for row in rows] == ["caf\ufffd.txt", "d\ufffdj\ufffd.pdf"]
    assert "caf\ufffd.txt" in rows[0].toolTip(0) and "d\ufffdj\ufffd.pdf" in rows[1].toolTip(0)
    shown = [row.text(c) for row in rows for c in range(4)] + [row.toolTip(0) for row in rows]
    shown += [window.windowTitle(), window.title_edit.text(), window.status.label.text()]
    assert all(text == text.encode("utf-8", "replace").decode("utf-8") for text in shown), shown
    window.files.close_brief()
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(1))  # the folder
    wait_for_brief(window)
    assert window.workspace.paths == (folder,)
    assert "relief ship" in " ".join(item.text for item in window.brief_document.brief().items).lower()
    # Saved under such a name, the brief's file shows the same way in the title, status and menus.
    assert window.files.save_to(os.path.join(folder, os.fsdecode(b"br\xe9f.citebrief")))
    assert window.windowTitle().startswith("br\ufffdf.citebrief")
    assert window.status.label.text() == "Saved br\ufffdf.citebrief."
    recent = [action.text() for action in window.recent_menu.actions()]
    assert recent[0].endswith("caf\ufffd/br\ufffdf.citebrief")
    welcome = [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]
    welcome += [window.welcome.recent.item(i).toolTip() for i in range(window.welcome.recent.count())]
    shown = [window.windowTitle(), *recent, *welcome]
    assert all(text == text.encode("utf-8", "replace").decode("utf-8") for text in shown), shown


def test_a_quote_with_a_bidi_override_is_isolated_in_its_hover_text(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    quote = "Crews renamed the crossing \u202eegdirb lessek and reopened it on Friday."
    folder = tmp_path / "bidi"
    folder.mkdir()
    (folder / "herald.txt").write_text(f"Kessel Bridge reopens\n\n{quote} Traffic returned by noon.\n")
    window.files.open_paths([str(folder)])
    wait_for_brief(window)
    runs = window.brief_document.marker_runs()
    cited = [run for run in runs if window.brief_document.citation(*run.marker).quote == quote]  # type: ignore[misc]
    assert len(cited) == 1
    hover = window.editor.citation_tooltip(*cited[0].marker)  # type: ignore[misc]
    assert f"“\u2068{quote}\u2069”" in hover
    # The brief keeps the quote's own characters, without the isolates.
    assert any(c.quote == quote for item in window.brief_document.brief().items for c in item.citations)
