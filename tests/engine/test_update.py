"""Updating a saved brief with the articles its folder gained or changed (``engine.update``)."""

from __future__ import annotations

import functools
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_folders import write_articles
from citebrief.core.model import Brief, BriefOptions, Corpus, LengthUnit
from citebrief.engine import summarise
from citebrief.engine.update import FolderChanges, folder_changes, only_new, update_brief
from citebrief.ingest import load_folder
from citebrief.store import BriefFile, open_brief, reconcile, save_brief
from update_articles import BEFORE, NEW_DEVELOPMENT, REPEAT

EDIT = "The dockers' union says 2,400 of its members are out."
NEW_SOURCE = "valmora-evening.txt"
REPEAT_SOURCE = "port-wire.txt"


def _holds(brief: Brief, corpus: Corpus) -> None:
    sources = corpus.by_id()
    for item in brief.items:
        for cit in item.citations:
            assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote


def saved_and_updated(tmp_path: Path, *, edit: int = 1, length: int = 80) -> tuple[Brief, Brief, Corpus]:
    """A brief of the first articles, one sentence edited, saved and reopened after two articles came."""
    folder = write_articles(tmp_path / "news", BEFORE)
    brief = summarise(load_folder(folder), BriefOptions(length=length))
    items = list(brief.items)
    items[edit] = replace(items[edit], text=EDIT, edited=True)
    save_brief(
        tmp_path / "monday.citebrief", BriefFile(replace(brief, items=tuple(items)), paths=(str(folder),))
    )
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    corpus = load_folder(folder)
    old, _stale = reconcile(open_brief(tmp_path / "monday.citebrief").brief, corpus)
    return old, update_brief(old, corpus).brief, corpus


def test_the_new_development_is_marked_new_the_repeat_adds_citations_and_the_edit_survives(
    tmp_path: Path,
) -> None:
    old, new, corpus = saved_and_updated(tmp_path)
    fresh = [item for item in new.items if item.new]
    assert fresh, "the new development joins the brief"
    assert all(item.citations[0].source_id == NEW_SOURCE for item in fresh)
    assert any("Mediators" in item.text for item in fresh)
    # The repeat states only known facts: it adds citations to old sentences, never a new sentence.
    assert not any(REPEAT_SOURCE in {c.source_id for c in item.citations} for item in fresh)
    gained = [
        item for item in new.items if not item.new and REPEAT_SOURCE in {c.source_id for c in item.citations}
    ]
    assert gained
    before = {item.text: item for item in old.items}
    for item in gained:
        assert item.citations[: len(before[item.text].citations)] == before[item.text].citations
    # The user's edit stays word for word with its citations, and is not new.
    edited = [item for item in new.items if item.edited]
    assert [item.text for item in edited] == [EDIT]
    assert edited[0].citations[: len(old.items[1].citations)] == old.items[1].citations
    assert not edited[0].new
    assert new.word_count <= new.options.length
    _holds(new, corpus)


def test_only_new_keeps_just_the_new_sentences_with_their_citations(tmp_path: Path) -> None:
    old, new, corpus = saved_and_updated(tmp_path)
    picked = only_new(new, folder_changes(old, corpus))
    assert picked.items and all(item.new for item in picked.items)
    assert [i for i in new.items if i.new] == list(picked.items)


def test_an_unchanged_folder_leaves_the_brief_as_it_was(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    corpus = load_folder(folder)
    brief = summarise(corpus, BriefOptions(length=80))
    result = update_brief(brief, corpus)
    assert result.brief.items == brief.items
    assert (result.new_items, result.added_citations, result.dropped) == (0, 0, 0)
    assert not result.changes.any


def test_edited_sentences_never_give_way_even_past_the_length(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    brief = summarise(load_folder(folder), BriefOptions(unit=LengthUnit.SENTENCES, length=3))
    edited = tuple(
        replace(item, text=f"Edited {k}. {item.text}", edited=True) for k, item in enumerate(brief.items)
    )
    old = replace(brief, items=edited, options=replace(brief.options, length=1))
    write_articles(folder, NEW_DEVELOPMENT)
    new = update_brief(old, load_folder(folder)).brief
    assert [item.text for item in new.items] == [item.text for item in edited]
    assert not any(item.new for item in new.items)


def test_unedited_sentences_give_way_to_news_within_the_length(tmp_path: Path) -> None:
    old, new, _corpus = saved_and_updated(tmp_path)
    kept = {item.text for item in new.items if not item.new}
    assert kept < {item.text for item in old.items}  # some old sentence made room
    assert new.word_count <= new.options.length


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (BEFORE, BEFORE, FolderChanges()),
        (BEFORE, {**BEFORE, **REPEAT}, FolderChanges(added=(REPEAT_SOURCE,))),
        (
            BEFORE,
            {**BEFORE, "harbour-news.txt": BEFORE["harbour-news.txt"] + "Talks resume on Friday.\n"},
            FolderChanges(changed=("harbour-news.txt",)),
        ),
        ({**BEFORE, **REPEAT}, BEFORE, FolderChanges()),  # a removed article is the staleness check's
    ],
    ids=["same", "added", "changed", "removed"],
)
def test_folder_changes_name_added_and_changed_articles(
    tmp_path: Path, before: dict[str, str], after: dict[str, str], expected: FolderChanges
) -> None:
    brief = summarise(load_folder(write_articles(tmp_path / "then", before)), BriefOptions(length=40))
    brief = replace(brief, sources=tuple(replace(r, path="") for r in brief.sources))  # the folder moved
    now = load_folder(write_articles(tmp_path / "now", after))
    assert folder_changes(brief, now) == expected


@functools.cache
def _folders() -> tuple[Path, dict[int, Brief], Corpus]:
    """Briefs of the first articles at a few lengths, and the folder with both new articles."""
    root = Path(tempfile.mkdtemp(prefix="citebrief-update-"))
    folder = write_articles(root / "news", BEFORE)
    corpus = load_folder(folder)
    briefs = {n: summarise(corpus, BriefOptions(length=n)) for n in (30, 60, 90, 140)}
    write_articles(folder, {**NEW_DEVELOPMENT, **REPEAT})
    return root, briefs, load_folder(folder)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    length=st.sampled_from([30, 60, 90, 140]),
    edits=st.lists(st.tuples(st.integers(0, 20), st.text(min_size=1, max_size=40)), max_size=3),
)
def test_citations_stay_exact_after_update_save_and_reload(length: int, edits: list[tuple[int, str]]) -> None:
    root, briefs, corpus = _folders()
    old = briefs[length]
    items = list(old.items)
    for index, text in edits:
        if text.split():
            k = index % len(items)
            items[k] = replace(items[k], text=" ".join(text.split()), edited=True)
    result = update_brief(replace(old, items=tuple(items)), corpus)
    target = Path(tempfile.mkdtemp(dir=root)) / "updated.citebrief"
    save_brief(target, BriefFile(result.brief, paths=(str(root / "news"),)))
    reopened = open_brief(target).brief
    assert reopened == result.brief
    _holds(reopened, corpus)
    assert not reconcile(reopened, corpus)[1].is_stale
    assert [i.text for i in reopened.items if i.edited] == [i.text for i in items if i.edited]
    shutil.rmtree(target.parent)


def test_citations_of_a_changed_article_go_stale_sentence_by_sentence_and_its_news_is_new(
    tmp_path: Path,
) -> None:
    folder = write_articles(tmp_path / "news", BEFORE)
    brief = summarise(load_folder(folder), BriefOptions(length=150))
    cited = sorted({c.quote for i in brief.items for c in i.citations if c.source_id == "harbour-news.txt"})
    gone = cited[0]
    news = "Mediators from the labour ministry arrived in Valmora on Wednesday to end the strike. "
    changed = BEFORE["harbour-news.txt"].replace(gone, "").replace("\n\n", "\n\n" + news, 1)
    assert gone not in changed
    write_articles(folder, {"harbour-news.txt": changed})
    corpus = load_folder(folder)
    result = update_brief(reconcile(brief, corpus)[0], corpus)
    assert result.changes == FolderChanges(changed=("harbour-news.txt",))
    assert any(i.new and i.text.startswith("Mediators") for i in result.brief.items)
    report = reconcile(result.brief, corpus)[1]
    stale = {
        (i, j)
        for i, item in enumerate(result.brief.items)
        for j, c in enumerate(item.citations)
        if c.quote == gone
    }
    assert report.citations == frozenset(stale)  # only the vanished quote's citations, wherever they are
    fine = tuple(item for item in result.brief.items if all(c.quote != gone for c in item.citations))
    _holds(replace(result.brief, items=fine), corpus)


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        (FolderChanges(), ""),
        (FolderChanges(added=("a",)), "1 article was added"),
        (FolderChanges(added=("a", "b")), "2 articles were added"),
        (FolderChanges(changed=("a",)), "1 article changed"),
        (FolderChanges(changed=("a", "b", "c")), "3 articles changed"),
        (FolderChanges(added=("a",), changed=("b", "c")), "1 article was added and 2 changed"),
    ],
)
def test_folder_changes_are_told_in_a_sentence(changes: FolderChanges, said: str) -> None:
    assert changes.describe() == said
    assert changes.any == bool(said)
