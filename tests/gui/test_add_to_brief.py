"""Add to brief: a sentence goes where a reader needs it, after the sentence it leans on."""

from __future__ import annotations

from pathlib import Path

from article_folders import write_articles
from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, Corpus, Source
from citebrief.core.serial import corpus_refs
from citebrief.gui.main_window import MainWindow

HARBOUR = {
    "harbour.txt": (
        "Harbour reopens after storm\n\n"
        "The harbour at Vellmar reopened on Tuesday after a week of storm repairs. "
        "Mayor Ilse Brandt thanked the divers who cleared the channel of wrecked boats. "
        "She said the repairs had cost the town about two million euros. "
        "Fishing boats left the harbour at dawn on Wednesday morning.\n"
    ),
    "coast.txt": (
        "Ferries resume on the coast\n\n"
        "Ferries between Vellmar and Osterby resumed their crossings on Tuesday afternoon. "
        "The coast guard lifted its storm warning for the whole coast on Monday night. "
        "Ticket prices for the winter crossings will stay the same as last year.\n"
    ),
}


def sentence(corpus: Corpus, name: str, opening: str) -> tuple[Source, int]:
    src = next(s for s in corpus.sources if s.path.endswith(name))
    return src, next(s.index for s in src.sentences if s.text.startswith(opening))


def item(src: Source, index: int) -> BriefItem:
    s = src.sentence(index)
    return BriefItem(text=s.text, citations=(Citation(src.id, index, s.start, s.end, s.text),))


def show(window: MainWindow, corpus: Corpus, *picks: tuple[str, str]) -> None:
    """Put a brief of exactly these sentences on screen, the cursor in its last one."""
    items = tuple(item(*sentence(corpus, name, opening)) for name, opening in picks)
    window.brief_document.set_brief(
        Brief(title="Harbour", items=items, options=BriefOptions(), sources=corpus_refs(corpus))
    )
    window.editor.select_item(list(window.brief_document.item_spans())[-1])


def texts(window: MainWindow) -> list[str]:
    return [i.text for i in window.brief_document.brief().items]


def open_harbour(window: MainWindow, tmp_path: Path, wait_for_brief) -> Corpus:  # type: ignore[no-untyped-def]
    window.files.open_paths([str(write_articles(tmp_path / "harbour", HARBOUR))])
    wait_for_brief(window)
    corpus = window.workspace.corpus
    assert corpus is not None
    return corpus


def test_a_sentence_that_leans_on_one_in_the_brief_goes_right_after_it(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    corpus = open_harbour(window, tmp_path, wait_for_brief)
    show(window, corpus, ("coast.txt", "Ferries"), ("harbour.txt", "Mayor"), ("coast.txt", "The coast guard"))
    src, said = sentence(corpus, "harbour.txt", "She said")
    window.links.show_source(src.id)
    window.links.add_sentence(said)
    assert texts(window)[1:3] == [src.sentence(said - 1).text, src.sentence(said).text]
    assert len(texts(window)) == 4


def test_adding_a_sentence_brings_the_one_it_leans_on_and_one_undo_removes_both(
    window: MainWindow, tmp_path: Path, wait_for_brief
) -> None:
    corpus = open_harbour(window, tmp_path, wait_for_brief)
    show(window, corpus, ("coast.txt", "Ferries"), ("coast.txt", "The coast guard"))
    before = texts(window)
    src, said = sentence(corpus, "harbour.txt", "She said")
    window.links.show_source(src.id)
    window.links.add_sentence(said)
    after = texts(window)
    mayor = src.sentence(said - 1).text
    assert mayor in after
    assert after.index(src.sentence(said).text) == after.index(mayor) + 1
    window.editor.undo()
    window.brief_document.normalise()
    assert texts(window) == before
