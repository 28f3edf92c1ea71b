"""Re-selecting a brief of several stories in an open window: the folder is grouped once.

The length slider and unticking a source only re-select sentences; the stories stay those the sources
panel shows (the whole folder's grouping), without the unticked sources.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import citebrief.engine.session as session_module
import citebrief.engine.story_brief as story_brief_module
import citebrief.engine.summariser as summariser_module
from citebrief.core import BriefOptions
from citebrief.core.model import Brief, Corpus
from citebrief.engine import summarise
from citebrief.engine.session import BriefSession
from citebrief.engine.stories import group_stories
from citebrief.ingest import load_folder
from story_folders import write_stories


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return load_folder(write_stories(tmp_path / "three"), cache=None)


def _counting(monkeypatch: pytest.MonkeyPatch, name: str, *modules: Any) -> list[int]:
    """Counts calls to ``name`` through each of ``modules``; each call still does its real work."""
    calls: list[int] = []
    for module in modules:
        real: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            calls.append(1)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return calls


def _cited(brief: Brief) -> list[tuple[str, str, tuple[tuple[str, int, int], ...]]]:
    return [
        (item.story, item.text, tuple((c.source_id, c.start, c.end) for c in item.citations))
        for item in brief.items
    ]


def test_a_length_change_gives_the_fresh_brief_without_grouping_or_features_again(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = BriefSession(corpus, cache=None)
    first = session.summarise(BriefOptions(length=12))
    assert len(first.stories) == 3
    groupings = _counting(monkeypatch, "group_stories", story_brief_module)
    builds = _counting(monkeypatch, "build_features", summariser_module, session_module)
    for length in (4, 8, 12):
        groupings.clear()
        builds.clear()
        again = session.summarise(BriefOptions(length=length))
        assert groupings == []
        assert builds == []
        fresh = summarise(corpus, BriefOptions(length=length))
        assert _cited(again) == _cited(fresh)
        assert again.stories == fresh.stories


def test_an_unticked_source_leaves_its_story_and_the_rest_are_not_grouped_again(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = BriefSession(corpus, cache=None)
    session.summarise(BriefOptions(length=12))
    groupings = _counting(monkeypatch, "group_stories", story_brief_module)
    builds = _counting(monkeypatch, "build_features", summariser_module, session_module)
    panel = {story.documents[0]: story for story in group_stories(corpus).stories}
    dam = panel["merrow-dam-1.txt"]

    without = session.summarise(BriefOptions(length=12), excluded={"merrow-dam-1.txt"})
    assert groupings == []
    assert builds == []  # the dam story's features lose the unticked article's rows
    fresh = summarise(corpus.without(frozenset({"merrow-dam-1.txt"})), BriefOptions(length=12))

    regrouped = next(s.id for s in fresh.stories if "merrow-dam-2.txt" in s.documents)
    assert regrouped != dam.id  # grouped anew, the story is named after its first article left
    assert _cited(without) == [
        (dam.id if story == regrouped else story, text, cites) for story, text, cites in _cited(fresh)
    ]
    # The story keeps the id, heading and date the sources panel shows for it.
    kept = {story.id: story for story in without.stories}[dam.id]
    assert kept.documents == ("merrow-dam-2.txt", "merrow-dam-3.txt")
    assert (kept.heading, kept.date) == (dam.heading, dam.date)
    assert [s.documents for s in without.stories] == [s.documents for s in fresh.stories]


def test_a_story_whose_sources_are_all_unticked_disappears(corpus: Corpus) -> None:
    session = BriefSession(corpus, cache=None)
    session.summarise(BriefOptions(length=12))
    strike = {"rovers-strike-1.txt", "rovers-strike-2.txt"}
    without = session.summarise(BriefOptions(length=12), excluded=strike)
    fresh = summarise(corpus.without(frozenset(strike)), BriefOptions(length=12))
    assert _cited(without) == _cited(fresh)
    assert without.stories == fresh.stories
    assert len(without.stories) == 2
