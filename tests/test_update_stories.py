"""Updating a brief on several stories: each new sentence names its story and sits with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.core.model import Brief, BriefItem
from disagreement_folder import write_disagreeing_folder
from story_folders import DAM, THEFT, write_stories


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "citebrief", *args], capture_output=True, text=True, env=env, timeout=180
    )


def test_a_new_story_added_to_the_folder_gets_its_own_story_not_a_neighbours(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles", "dam", "strike")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "--words", "200", "-q").returncode == 0
    write_stories(folder, "theft")
    result = cli("brief", str(folder), "--since", str(saved), "--format", "json", "--words", "200", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    docs_of = {story["id"]: set(story["documents"]) for story in data["stories"]}
    new = [item for item in data["items"] if item["new"]]
    assert new, "the added articles brought nothing new"
    for item in data["items"]:
        assert item["story"] in docs_of, item["text"]
        assert {c["source_id"] for c in item["citations"]} & docs_of[item["story"]], item["text"]
    theft = [item for item in new if {c["source_id"] for c in item["citations"]} & set(THEFT)]
    assert theft and len({item["story"] for item in theft}) == 1
    runs = [item["story"] for item in data["items"]]
    # each story's sentences are one run under one heading
    assert len([s for k, s in enumerate(runs) if k == 0 or runs[k - 1] != s]) == len(set(runs))


def test_an_article_added_to_a_known_story_joins_it_under_its_heading(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles")
    held = folder / "rovers-strike-2.txt"
    text = held.read_text(encoding="utf-8")
    held.unlink()
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "--words", "200", "-q").returncode == 0
    held.write_text(text, encoding="utf-8")
    result = cli("brief", str(folder), "--since", str(saved), "--format", "json", "--words", "200", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["stories"]) == 3
    strike = next(s for s in data["stories"] if "rovers-strike-1.txt" in s["documents"])
    assert "rovers-strike-2.txt" in strike["documents"]
    citing = [i for i in data["items"] if any(c["source_id"] == "rovers-strike-2.txt" for c in i["citations"])]
    assert [i for i in citing if i["new"]], "the added article brought nothing new"
    assert {i["story"] for i in citing} == {strike["id"]}


def test_the_title_that_counts_the_sources_counts_the_added_ones(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles", "dam", "strike")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    write_stories(folder, "theft")
    result = cli("brief", str(folder), "--since", str(saved), "--format", "json", "-q")
    assert result.returncode == 0, result.stderr
    count = len(list(folder.iterdir()))
    assert json.loads(result.stdout)["title"] == f"Brief of {count} sources"


def test_an_added_page_that_is_no_article_is_listed_as_not_grouped(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles", "dam", "strike")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    write_stories(folder, "theft", scraped=True)
    result = cli("brief", str(folder), "--since", str(saved), "--format", "json", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ungrouped"] == ["cookies.txt"]
    assert not [s for s in data["stories"] if "cookies.txt" in s["documents"]]
    assert [s for s in data["stories"] if set(THEFT) <= set(s["documents"])]


RADIO = (
    "Kabul bomb kills 17\n\n"
    "A bomb exploded at a crowded market in central Kabul on Monday, killing 17 people, a police spokesman "
    "said. Shopkeepers said the blast tore through the flower stalls at midday as the market was at its "
    "busiest. Relatives of the victims gathered outside the Emergency Hospital through the night.\n"
)


def test_an_added_article_with_another_figure_joins_the_sources_differ_note(tmp_path: Path) -> None:
    folder = write_disagreeing_folder(tmp_path / "articles")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    (folder / "kabul-radio.txt").write_text(RADIO, encoding="utf-8")
    result = cli("brief", str(folder), "--since", str(saved), "--format", "json", "-q")
    assert result.returncode == 0, result.stderr
    notes = [d["note"] for d in json.loads(result.stdout)["disagreements"]]
    assert any("killing 17 people" in note and "killing 12 people" in note for note in notes), notes


def test_a_dismissed_difference_stays_dismissed_through_an_update(tmp_path: Path) -> None:
    from dataclasses import replace

    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.update import update_brief
    from citebrief.ingest import load_folder

    folder = write_disagreeing_folder(tmp_path / "articles")
    brief = summarise(load_folder(folder), BriefOptions())
    marked = [k for k, item in enumerate(brief.items) if item.disagreements]
    assert marked, "the folder's figures did not differ"
    items = list(brief.items)
    items[marked[0]] = replace(
        items[marked[0]], disagreements=tuple(replace(d, dismissed=True) for d in items[marked[0]].disagreements)
    )
    (folder / "kabul-radio.txt").write_text(RADIO, encoding="utf-8")
    updated = update_brief(replace(brief, items=tuple(items)), load_folder(folder)).brief
    same = next(item for item in updated.items if item.text == items[marked[0]].text)
    assert same.disagreements and all(d.dismissed for d in same.disagreements)
    assert any("17" in v.text for d in same.disagreements for v in d.values)


def _also_list(markdown: str) -> list[str]:
    """The lines of the Markdown brief's "Also in this folder" list ([] when it has none)."""
    if "## Also in this folder" not in markdown:
        return []
    block = markdown.split("## Also in this folder", 1)[1].split("\n## ", 1)[0]
    return [line[2:] for line in block.splitlines() if line.startswith("- ")]


def test_only_new_leaves_out_the_stories_the_folder_already_had(tmp_path: Path) -> None:
    """`--only-new` answers "what is new": an old story with nothing added is not listed after it."""
    folder = write_stories(tmp_path / "articles", "dam", "strike")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "--words", "60", "-q").returncode == 0
    assert _also_list(cli("brief", "--since", str(saved), "-q").stdout), "the saved brief had room for all"
    write_stories(folder, "theft", scraped=True)
    markdown = cli("brief", "--since", str(saved), "--only-new", "-q")
    assert markdown.returncode == 0, markdown.stderr
    assert "**New**" in markdown.stdout
    assert _also_list(markdown.stdout) == []
    assert "Northgate Rovers" not in markdown.stdout and "Merrow" not in markdown.stdout
    data = json.loads(cli("brief", "--since", str(saved), "--only-new", "--format", "json", "-q").stdout)
    assert [set(s["documents"]) for s in data["stories"]] == [set(THEFT)]
    assert data["ungrouped"] == ["cookies.txt"]  # an added page in no story is news too


def test_only_new_lists_a_story_that_gained_articles_but_had_no_room(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles", "dam", "strike")
    held = folder / "merrow-dam-3.txt"
    text = held.read_text(encoding="utf-8")
    held.unlink()
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "--sentences", "2", "-q").returncode == 0
    held.write_text(text, encoding="utf-8")
    write_stories(folder, "theft")
    markdown = cli("brief", "--since", str(saved), "--only-new", "--sentences", "2", "-q")
    assert markdown.returncode == 0, markdown.stderr
    data = json.loads(
        cli("brief", "--since", str(saved), "--only-new", "--sentences", "2", "--format", "json", "-q").stdout
    )
    told = {item["story"] for item in data["items"]}
    gained = [s for s in data["stories"] if {"merrow-dam-3.txt", *THEFT} & set(s["documents"])]
    untold = [s for s in gained if s["id"] not in told]
    assert len(gained) == 2 and len(told) == 1 and len(untold) == 1, data["stories"]
    assert len(data["stories"]) == 2  # the strike, which gained nothing, is not listed
    assert _also_list(markdown.stdout) == [
        f"{untold[0]['heading']} — {len(untold[0]['documents'])} source"
        + ("s" if len(untold[0]["documents"]) > 1 else "")
    ]


def test_articles_of_another_story_added_to_a_one_story_brief_get_their_own_heading(tmp_path: Path) -> None:
    """Monday's folder told one story; Tuesday's articles tell another: they are not put under Monday's."""
    folder = write_stories(tmp_path / "articles", "dam")
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["brief"]["stories"] == []
    write_stories(folder, "theft")
    result = cli("brief", "--since", str(saved), "--format", "json", "--words", "200", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    docs = {story["id"]: set(story["documents"]) for story in data["stories"]}
    assert sorted(docs.values(), key=len) == [set(DAM), set(THEFT)]
    theft = [item for item in data["items"] if {c["source_id"] for c in item["citations"]} & set(THEFT)]
    assert theft and all(item["new"] and docs[item["story"]] == set(THEFT) for item in theft)
    assert all(docs[item["story"]] == set(DAM) for item in data["items"] if item not in theft)
    markdown = cli("brief", "--since", str(saved), "--words", "200", "-q").stdout
    heading = next(s["heading"] for s in data["stories"] if set(s["documents"]) == set(THEFT))
    assert markdown.index(f"## {heading}") < markdown.index(theft[0]["text"][:40])


def test_an_article_of_the_same_story_keeps_a_one_story_brief_on_one_story(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "articles", "dam")
    held = folder / "merrow-dam-3.txt"
    text = held.read_text(encoding="utf-8")
    held.unlink()
    saved = tmp_path / "monday.citebrief"
    assert cli("brief", str(folder), "-o", str(saved), "-q").returncode == 0
    held.write_text(text, encoding="utf-8")
    result = cli("brief", "--since", str(saved), "--format", "json", "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stories"] == [] and all(item["story"] == "" for item in data["items"])



def _new_story_update(tmp_path: Path, unit: str, length: int) -> tuple[Brief, Brief, Brief, set[str]]:
    """A brief of two stories with its first sentence edited, two articles of a third story added:
    (the edited old brief, the update, a fresh brief of the folder, the added articles' ids)."""
    from dataclasses import replace

    from citebrief.core.model import BriefOptions, LengthUnit
    from citebrief.engine import summarise
    from citebrief.engine.update import update_brief
    from citebrief.ingest import load_folder

    folder = write_stories(tmp_path / "articles", "strike", "theft")
    options = BriefOptions(unit=LengthUnit(unit), length=length)
    old = summarise(load_folder(folder), options)
    assert len([s for s in old.stories if s.shown]) == 2
    edited = replace(old.items[0], text="In short: " + old.items[0].text, edited=True)
    old = replace(old, items=(edited, *old.items[1:]))
    added = dict(list(DAM.items())[:2])
    for name, text in added.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = load_folder(folder)
    return old, update_brief(old, corpus).brief, summarise(corpus, options), set(added)


@pytest.mark.parametrize(("unit", "length"), [("sentences", 6), ("words", 150)])
def test_a_new_story_gets_the_room_a_fresh_brief_of_the_folder_gives_it(
    tmp_path: Path, unit: str, length: int
) -> None:
    """Two articles of a new story, then Update: the story is shown with room for two sentences at
    least, as a fresh brief shows it, within the length, the user's edit kept."""
    from citebrief.engine.story_brief import MIN_STORY_SENTENCES

    old, updated, fresh, added = _new_story_update(tmp_path, unit, length)

    def telling(brief: Brief) -> list[BriefItem]:
        return [i for i in brief.items if {c.source_id for c in i.citations} & added]

    assert len(telling(fresh)) >= MIN_STORY_SENTENCES, "the fresh brief does not show the new story"
    told = telling(updated)
    assert len(told) >= MIN_STORY_SENTENCES, [i.text for i in told]
    assert all(i.new for i in told)
    assert len({i.story for i in told}) == 1
    assert next(s for s in updated.stories if s.id == told[0].story).shown
    size = len(updated.items) if unit == "sentences" else updated.word_count
    assert size <= length
    assert [i.text for i in updated.items if i.edited] == [old.items[0].text]


def test_a_new_story_a_fresh_brief_has_no_room_for_leaves_the_brief_as_it_was(tmp_path: Path) -> None:
    """At 100 words a fresh brief shows two stories; a third, smaller one added is listed, not shown,
    and the sentences the reader has seen stay."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.update import update_brief
    from citebrief.ingest import load_folder

    folder = write_stories(tmp_path / "articles", "dam", "theft")
    options = BriefOptions(length=100)
    old = summarise(load_folder(folder), options)
    write_stories(folder, "strike")
    corpus = load_folder(folder)
    fresh = summarise(corpus, options)
    assert not [s for s in fresh.stories if s.shown and "rovers-strike-1.txt" in s.documents]
    result = update_brief(old, corpus)
    assert [i.text for i in result.brief.items] == [i.text for i in old.items]
    assert result.dropped == 0 and result.new_items == 0
    strike = [s for s in result.brief.stories if "rovers-strike-1.txt" in s.documents]
    assert len(strike) == 1 and not strike[0].shown
