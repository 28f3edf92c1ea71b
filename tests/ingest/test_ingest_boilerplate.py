"""Lines a website prints on every page are left out of the brief but stay in the text."""

from __future__ import annotations

from pathlib import Path

from ingest_fixtures import FLOOD_EN, FLOOD_EN_2, FLOOD_EN_3

from citebrief.core.model import SentenceRole
from citebrief.ingest import load_folder

SITE_LINE = "Lindmoor Gazette is read by more people than any other paper in the valley."


def _write(folder: Path, name: str, paragraphs: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _roles_of(corpus_sources: object, text: str) -> list[SentenceRole]:
    return [s.role for src in corpus_sources for s in src.sentences if s.text == text]  # type: ignore[attr-defined]


def test_line_repeated_in_many_files_becomes_boilerplate(tmp_path: Path) -> None:
    stories = [FLOOD_EN, FLOOD_EN_2, FLOOD_EN_3]
    for number, story in enumerate(stories):
        _write(tmp_path, f"{number}.txt", [*story, SITE_LINE])
    _write(tmp_path, "3.txt", ["Bridge inspection", "Engineers will inspect the bridge again on Friday."])
    corpus = load_folder(tmp_path)
    assert _roles_of(corpus.sources, SITE_LINE) == [SentenceRole.BOILERPLATE] * 3
    for source in corpus.sources:
        for sent in source.sentences:
            assert source.text[sent.start : sent.end] == sent.text
        if source.id != "3.txt":
            assert SITE_LINE in source.text  # kept for the viewer
    mayor = "Mayor Jens Holm said the water would start to fall by Wednesday."
    assert _roles_of(corpus.sources, mayor) == [SentenceRole.BODY]


def test_line_in_too_few_files_stays_body(tmp_path: Path) -> None:
    for number, story in enumerate([FLOOD_EN, FLOOD_EN_2]):
        _write(tmp_path, f"{number}.txt", [*story, SITE_LINE])
    for number in range(2, 10):  # 2 of 10 files: fewer than 3 files and under 30 %
        _write(tmp_path, f"{number}.txt", [f"Report {number}", f"The gauge read {number} metres at noon."])
    corpus = load_folder(tmp_path)
    assert _roles_of(corpus.sources, SITE_LINE) == [SentenceRole.BODY] * 2


def test_copies_of_one_story_keep_their_sentences(tmp_path: Path) -> None:
    for number in range(3):
        _write(tmp_path, f"copy{number}.txt", [*FLOOD_EN, "Share on Facebook Share on Twitter"])
    corpus = load_folder(tmp_path)
    mayor = "Mayor Jens Holm said the water would start to fall by Wednesday."
    assert _roles_of(corpus.sources, mayor) == [SentenceRole.BODY] * 3
    assert _roles_of(corpus.sources, "Share on Facebook Share on Twitter") == [SentenceRole.BOILERPLATE] * 3
