"""The brief reads in paragraphs: a new one where it moves on to another group of sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_add_to_brief import item as brief_item
from test_add_to_brief import open_harbour, sentence

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation
from citebrief.core.serial import corpus_refs
from citebrief.gui.main_window import MainWindow
from citebrief.gui.paragraphs import paragraph_starts


def item(*sources: str, section: str = "") -> BriefItem:
    return BriefItem(text="x", citations=tuple(Citation(s, 0, 0, 1, "x") for s in sources), section=section)


@pytest.mark.parametrize(
    ("items", "starts"),
    [
        ([item("a"), item("a"), item("b"), item("b")], [True, False, True, False]),  # moves on to b
        ([item("a"), item("b"), item("a"), item("b")], [True, False, False, False]),  # one development
        ([item("a"), item("a", "b"), item("b")], [True, False, False]),  # b joined through a shared fact
        ([item("a"), item("b")], [True, False]),  # a paragraph holds two sentences before it may end
        ([item("a"), item("a"), item("b", section="Ferry")], [True, False, True]),  # a heading
        ([item("a"), item("a"), item()], [True, False, False]),  # the user's own uncited sentence
        ([], []),
    ],
)
def test_paragraph_starts(items: list[BriefItem], starts: list[bool]) -> None:
    assert paragraph_starts(items) == starts


def test_the_window_shows_the_brief_in_paragraphs(window: MainWindow, tmp_path: Path, wait_for_brief) -> None:
    corpus = open_harbour(window, tmp_path, wait_for_brief)
    picks = [
        ("harbour.txt", "The harbour"),
        ("harbour.txt", "Mayor"),
        ("coast.txt", "Ferries between"),
        ("coast.txt", "The coast guard"),
    ]
    brief = Brief(
        title="Harbour",
        items=tuple(brief_item(*sentence(corpus, *pick)) for pick in picks),
        options=BriefOptions(),
        sources=corpus_refs(corpus),
    )
    window.brief_document.set_brief(brief)
    blocks = window.brief_document.document.toPlainText().split("\n")
    assert len(blocks) == 2
    assert blocks[0].startswith("The harbour") and blocks[1].startswith("Ferries between")
    assert window.brief_document.brief().items == brief.items
