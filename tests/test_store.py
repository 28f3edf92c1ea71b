"""Brief files: save and reopen exactly, refuse what is not a brief, and notice sources that changed."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, LengthUnit, SourceRef
from citebrief.core.serial import corpus_refs
from citebrief.engine import summarise
from citebrief.ingest import load_folder
from citebrief.store import (
    AutosaveStore,
    BriefFile,
    BriefFileError,
    find_stale,
    open_brief,
    reconcile,
    save_brief,
    update_citations,
)
from citebrief.store_schema import MAX_BRIEF_FILE_BYTES

ARTICLES = {
    "quarry.txt": (
        "Quarry blast rattles Dunmere\n\n"
        "A blast at the Dunmere quarry shook houses across the village on Friday afternoon. "
        "Nobody was hurt, the operator said, but two windows at the primary school cracked. "
        "The council has asked for the blasting schedule to be published every week.\n"
    ),
    "parish-news.md": (
        "# Dunmere asks for quarry schedule\n\n"
        "Residents of Dunmere want the quarry to publish its blasting schedule. "
        "Friday's blast cracked two windows at the primary school. "
        "The operator promised to meet villagers next month.\n"
    ),
}


def write(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, BriefFile]:
    folder = write(tmp_path / "articles")
    corpus = load_folder(folder)
    brief = summarise(corpus, BriefOptions(unit=LengthUnit.SENTENCES, length=3, focus=("school",)))
    from dataclasses import replace

    brief = replace(brief, sources=corpus_refs(corpus))
    edited = replace(brief.items[0], text=brief.items[0].text + " Edited.", edited=True)
    brief = replace(brief, items=(edited, *brief.items[1:]))
    return folder, BriefFile(brief=brief, paths=(str(folder),), excluded=frozenset({"x"}))


def test_save_and_reopen_gives_back_exactly_what_was_saved(tmp_path: Path, made) -> None:
    _folder, doc = made
    path = tmp_path / "work.citebrief"
    save_brief(path, doc)
    again = open_brief(path)
    assert again == doc
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "citebrief"
    assert {s["id"]: s["sha256"] for s in data["sources"]} == {r.id: r.sha256 for r in doc.brief.sources}
    assert [p.name for p in tmp_path.iterdir()] == ["articles", "work.citebrief"]  # no temp file left


def test_a_brief_and_its_folder_can_move_together(tmp_path: Path, made) -> None:
    folder, doc = made
    save_brief(folder.parent / "work.citebrief", doc)
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    tmp_path.rename(moved)
    again = open_brief(moved / "work.citebrief")
    assert again.paths == (str(moved / "articles"),)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not a Citebrief brief file"),
        ('{"format": "something else"}', "not a Citebrief brief file"),
        ('{"format": "citebrief", "version": 99, "brief": {}}', "newer Citebrief"),
        ('{"format": "citebrief", "version": 1, "brief": {"items": [{"citations": []}]}}', "damaged"),
        ('{"format": "citebrief", "brief": {}}', "damaged .*version"),
        ('{"format": "citebrief", "version": 1, "brief": []}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": null}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {}, "options": []}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {}, "paths": 7}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {}, "paths": ["/tmp/a\\u0000b"]}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {"options": {"length": 1e400}}}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {"options": {"length": 10000000000000000000000}}}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {"sources": [{"id": "a"}]}}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": {"root_bytes": "not base64!"}}', "damaged"),
        ('{"format": "citebrief", "version": true, "brief": {}}', "damaged"),
        ('{"format": "citebrief", "version": 1, "brief": ' + "[" * 100_000 + "]" * 100_000 + "}", "not JSON|damaged"),
    ],
)
def test_what_is_not_a_brief_file_is_refused_with_a_reason(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.citebrief"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefFileError, match=message) as refused:
        open_brief(path)
    assert "bad.citebrief" in str(refused.value)  # the message names the file it is about


def test_a_brief_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "huge.citebrief"
    with path.open("wb") as stream:
        stream.truncate(MAX_BRIEF_FILE_BYTES + 1)  # sparse: nothing but its size is real
    with pytest.raises(BriefFileError, match="too large"):
        open_brief(path)


_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
_TOP_KEYS = ["brief", "options", "paths", "folder", "excluded", "sources", "relative_paths", "saved_as", "version"]
_BRIEF_KEYS = ["title", "options", "sources", "items", "root", "created"]


@settings(max_examples=200, deadline=None)
@given(
    value=_ANY_JSON,
    place=st.tuples(st.just(False), st.sampled_from(_TOP_KEYS)) | st.tuples(st.just(True), st.sampled_from(_BRIEF_KEYS)),
)
def test_any_value_in_any_field_opens_or_gives_one_clear_error(
    tmp_path_factory: pytest.TempPathFactory, value: object, place: tuple[bool, str]
) -> None:
    in_brief, key = place
    data: dict[str, object] = {"format": "citebrief", "version": 1, "brief": {key: value} if in_brief else {}}
    if not in_brief:
        data[key] = value
    path = tmp_path_factory.mktemp("fuzz") / "fuzzed.citebrief"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        open_brief(path)
    except BriefFileError as exc:
        assert "\n" not in str(exc)


def test_missing_file_and_unwritable_folder_give_clear_errors(tmp_path: Path, made) -> None:
    with pytest.raises(BriefFileError, match="does not exist"):
        open_brief(tmp_path / "nothing.citebrief")
    with pytest.raises(BriefFileError, match="does not exist"):
        save_brief(tmp_path / "no-such-folder" / "b.citebrief", made[1])


def test_only_citations_whose_quote_changed_go_stale_and_moved_quotes_follow(made) -> None:
    folder, doc = made
    assert not find_stale(doc.brief, load_folder(folder)).is_stale
    changed = next(
        c.source_id for item in doc.brief.items for c in item.citations if "Friday" in c.quote
    )
    path = folder / changed
    path.write_text(path.read_text(encoding="utf-8").replace("Friday", "Saturday"), encoding="utf-8")
    corpus = load_folder(folder)
    moved, report = reconcile(doc.brief, corpus)
    assert changed in report.sources and "changed" in report.sources[changed]
    located = {(i, j) for i, item in enumerate(doc.brief.items) for j, _c in enumerate(item.citations)}
    expected = {
        (i, j)
        for i, j in located
        if "Friday" in doc.brief.items[i].citations[j].quote
        and doc.brief.items[i].citations[j].source_id == changed
    }
    assert expected and report.citations == expected
    # Every other citation, in the changed file too, holds again where its quote now stands.
    sources = corpus.by_id()
    for i, j in located - expected:
        cit = moved.items[i].citations[j]
        assert sources[cit.source_id].text[cit.start : cit.end] == cit.quote
        assert sources[cit.source_id].sentences[cit.sentence_index].text == cit.quote
    assert any(
        moved.items[i].citations[j] != doc.brief.items[i].citations[j]
        for i, j in located - expected
        if doc.brief.items[i].citations[j].source_id == changed
    ), "no citation of the changed file had to move"


def test_update_citations_points_stale_ones_at_the_sentence_that_now_says_it(made) -> None:
    folder, doc = made
    changed = next(c.source_id for item in doc.brief.items for c in item.citations if "Friday" in c.quote)
    path = folder / changed
    path.write_text(path.read_text(encoding="utf-8").replace("Friday", "Saturday"), encoding="utf-8")
    corpus = load_folder(folder)
    updated, count = update_citations(doc.brief, corpus)
    assert count == len(find_stale(doc.brief, corpus).citations) > 0
    assert not find_stale(updated, corpus).is_stale
    assert any("Saturday" in item.text for item in updated.items)


def test_vanished_sources_make_their_citations_stale(made) -> None:
    folder, doc = made
    cited = doc.brief.cited_source_ids()
    for other in cited[1:]:
        (folder / other).unlink()
    report = find_stale(doc.brief, load_folder(folder))
    assert all("missing" in report.sources[o] for o in cited[1:])
    assert {(i, j) for i, item in enumerate(doc.brief.items) for j, c in enumerate(item.citations) if c.source_id in cited[1:]} <= report.citations


def test_autosave_is_kept_until_discarded(tmp_path: Path, made) -> None:
    store = AutosaveStore(tmp_path / "data" / "deeper")
    assert store.read() is None
    doc = made[1]
    store.write(doc)
    assert store.read() == doc
    store.discard()
    assert store.read() is None
    store.discard()  # twice is fine


quotes = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), texts=st.lists(quotes, min_size=1, max_size=5))
def test_round_trip_keeps_every_citation_offset(tmp_path_factory, data, texts: list[str]) -> None:
    source_text = " ".join(texts)
    items = []
    pos = 0
    for k, text in enumerate(texts):
        start = source_text.index(text, pos)
        pos = start + len(text)
        cit = Citation("s.txt", k, start, start + len(text), text)
        edited = data.draw(st.booleans())
        items.append(BriefItem(text=(text + " changed") if edited else text, citations=(cit,), edited=edited))
    brief = Brief("T", tuple(items), BriefOptions(), (SourceRef("s.txt", "/x/s.txt", "S", "abc"),))
    path = tmp_path_factory.mktemp("rt") / "b.citebrief"
    save_brief(path, BriefFile(brief=brief, paths=("/x",)))
    again = open_brief(path).brief
    assert again == brief
    for item in again.items:
        for cit in item.citations:
            assert source_text[cit.start : cit.end] == cit.quote


def test_names_that_are_not_utf8_keep_their_bytes_in_brief_files_and_autosave(tmp_path: Path) -> None:
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    write(folder)
    (folder / "quarry.txt").rename(folder / os.fsdecode(b"quarry-\xe9t\xe9.txt"))
    corpus = load_folder(folder, cache=None)
    brief = summarise(corpus, BriefOptions(unit=LengthUnit.SENTENCES, length=2))
    doc = BriefFile(brief=replace(brief, sources=corpus_refs(corpus)), paths=(str(folder),))
    target = tmp_path / "brief.citebrief"
    save_brief(target, doc)
    AutosaveStore(tmp_path / "autosave").write(doc)
    shown = json.loads(target.read_text(encoding="utf-8"))
    assert shown["folder"] == str(tmp_path / "caf\ufffd")
    assert "quarry-\ufffdt\ufffd.txt" in {s["relpath"] for s in shown["sources"]}
    for reopened in (open_brief(target), AutosaveStore(tmp_path / "autosave").read()):
        assert reopened is not None
        assert reopened.paths == (str(folder),)
        assert {r.path for r in reopened.brief.sources} == {s.path for s in corpus.sources}
        assert Path(reopened.paths[0]).is_dir()


def test_relative_paths_climbing_out_of_the_brief_folder_are_not_read_without_asking(
    made: tuple[Path, BriefFile], tmp_path: Path
) -> None:
    folder, doc = made
    target = tmp_path / "downloads" / "deep" / "brief.citebrief"
    target.parent.mkdir(parents=True)
    save_brief(target, doc)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["paths"], data["folder"] = ["/nowhere/articles"], "/nowhere/articles"
    data["relative_paths"] = ["../../articles"]  # resolves to tmp_path/articles: outside downloads/deep
    target.write_text(json.dumps(data), encoding="utf-8")
    reopened = open_brief(target)
    assert reopened.paths == ("/nowhere/articles",)
    assert reopened.outside == (("/nowhere/articles", str(folder.resolve())),)
    assert reopened.with_outside().paths == (str(folder.resolve()),)

