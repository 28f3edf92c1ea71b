"""Documents analysed for story grouping while worker processes are still reading the folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.story_folders import STORIES, story_of_file

from citebrief.core.model import Source
from citebrief.engine.stories import group_stories
from citebrief.engine.story_terms import AnalysisMemo, analyse
from citebrief.ingest import load_folder


def _write_copies(folder: Path, copies: int) -> None:
    """Each article of every story several times, each copy with a line of its own (enough files for
    the folder to be read by worker processes)."""
    folder.mkdir()
    for files in STORIES.values():
        for name, text in files.items():
            for copy in range(copies):
                (folder / f"{copy}-{name}").write_text(
                    f"{text} The desk filed copy {copy}.", encoding="utf-8"
                )


def test_each_source_a_worker_read_is_handed_over_as_it_arrives(tmp_path: Path) -> None:
    _write_copies(tmp_path / "many", 8)
    seen: list[Source] = []
    corpus = load_folder(tmp_path / "many", cache=None, workers=2, on_source=seen.append)
    assert len(corpus.sources) >= 64
    assert sorted(s.id for s in seen) == sorted(s.id for s in corpus.sources)
    assert load_folder(tmp_path / "many", cache=None) == corpus


def test_stories_from_documents_analysed_ahead_are_the_stories_found_afterwards(tmp_path: Path) -> None:
    _write_copies(tmp_path / "many", 8)
    memo = AnalysisMemo()
    corpus = load_folder(tmp_path / "many", cache=None, workers=2, on_source=memo.add)
    ahead = group_stories(corpus, memo=memo)
    assert ahead == group_stories(corpus)
    found = {
        frozenset(story_of_file(doc.split("-", 1)[1]) for doc in story.documents) for story in ahead.stories
    }
    assert found == {frozenset({name}) for name in STORIES}


def test_documents_analysed_in_the_worker_processes_give_the_analyses_made_here(tmp_path: Path) -> None:
    _write_copies(tmp_path / "many", 8)
    memo = AnalysisMemo()
    corpus = load_folder(tmp_path / "many", cache=None, workers=2, ahead=memo.ahead())
    assert len(corpus.sources) >= 64
    for source in corpus.sources:
        assert memo.analyse(source) == analyse(source)
    assert group_stories(corpus, memo=memo) == group_stories(corpus)
    kept = sum(memo.analyse(source) is memo.analyse(source) for source in corpus.sources)
    assert kept == len(corpus.sources)  # every one was kept from the workers, none analysed again here


def test_work_left_for_the_wait_is_done_once_while_the_workers_read(tmp_path: Path) -> None:
    _write_copies(tmp_path / "many", 8)
    memo = AnalysisMemo()
    calls: list[int] = []
    ahead = replace(memo.ahead(), meanwhile=lambda: calls.append(len(calls)))
    corpus = load_folder(tmp_path / "many", cache=None, workers=2, ahead=ahead)
    assert calls == [0]
    assert corpus == load_folder(tmp_path / "many", cache=None)


def test_a_source_changed_after_its_analysis_is_analysed_again(tmp_path: Path) -> None:
    _write_copies(tmp_path / "one", 1)
    corpus = load_folder(tmp_path / "one", cache=None)
    memo = AnalysisMemo()
    for source in corpus.sources:
        memo.add(source)
    other = load_folder(tmp_path / "one", cache=None)  # equal sources, but not the objects analysed
    for old, new in zip(corpus.sources, other.sources, strict=True):
        assert memo.analyse(new) == memo.analyse(old)
        assert memo.analyse(new) is not memo.analyse(old)
