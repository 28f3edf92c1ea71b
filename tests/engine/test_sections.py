"""Sections: a folder on two stories gets a heading per story, a folder on one story gets none."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.core import Brief, BriefOptions, Corpus, LengthUnit
from citebrief.engine import summarise
from citebrief.engine.features import Features, build_features
from citebrief.engine.subjects import RUN_SHARE, _capitalised_run, shared_run
from citebrief.export import render
from citebrief.ingest import load_folder

# Sentences of two invented stories, each written once and shared out among the articles below, so
# that a test can tell which story any brief sentence belongs to.
DAM = [
    "Engineers ordered the evacuation of 2,400 residents below the Merrow dam on Sunday after an "
    "inspection found cracks in the spillway.",
    "Residents of Lower Merrow and Fenby were taken to sports halls in Castlebury by bus.",
    "The regional water authority said chief engineer Rosa Lind would lead the repairs at Merrow.",
    "Rosa Lind said the reservoir above Fenby would be lowered by two metres to ease the pressure.",
    "Volunteers from the Red Cross served hot meals to the families from Fenby in Castlebury.",
    "Schools in Fenby and Lower Merrow will stay closed until the Merrow dam is declared safe.",
    "The Merrow dam was built in 1961 and was last strengthened in 1998, records in Castlebury show.",
    "Farmers below the Merrow dam were told by the Red Cross to move livestock to higher ground.",
    "Rosa Lind expects the repairs to the spillway to take at least three weeks.",
]
FOOTBALL = [
    "Halden Rovers have signed the striker Luca Sandor from Brevik United for a club record fee of "
    "18 million euros.",
    "The transfer was agreed on Friday after Sandor passed a medical at the Rovers training ground in "
    "Halden.",
    "Brevik United said the fee for Luca Sandor would be paid in three instalments.",
    "Sandor scored 21 league goals for Brevik United last season and was named player of the year.",
    "The Rovers manager, Tomas Wend, said Luca Sandor would make his debut against Oster Athletic.",
    "Tomas Wend had tried to sign Sandor from Brevik United twice before.",
    "Supporters of Halden Rovers queued outside the club shop to buy shirts with the name of Sandor.",
    "Oster Athletic visit Halden Rovers on Saturday in the first match of the season.",
]


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _article(title: str, sentences: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(sentences) + "\n"


TWO_STORIES: dict[str, str] = {
    "dam-courier.txt": _article("Merrow dam evacuated", DAM[0:4] + DAM[6:7]),
    "dam-post.txt": _article("Cracks force Merrow evacuation", [DAM[0], DAM[2], DAM[4], DAM[5]]),
    "dam-radio.txt": _article("Families from Fenby wait for news", [DAM[1], DAM[4], DAM[7], DAM[8]]),
    "sport-daily.txt": _article("Rovers sign Sandor", FOOTBALL[0:5]),
    "sport-weekly.txt": _article("Sandor moves to Halden", [FOOTBALL[0], FOOTBALL[3], *FOOTBALL[5:8]]),
    "valley-roundup.txt": _article(
        "The week in the valley", [DAM[0], DAM[3], DAM[5], FOOTBALL[0], FOOTBALL[4], FOOTBALL[6]]
    ),
}


def story_of(text: str) -> str:
    if text in DAM:
        return "dam"
    assert text in FOOTBALL, f"not a sentence of either story: {text}"
    return "football"


def assert_citations_exact(brief: Brief, corpus: Corpus) -> None:
    for item in brief.items:
        assert item.citations
        for cit in item.citations:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote


def assert_sections_well_formed(brief: Brief, corpus: Corpus) -> None:
    """Each heading is one block, a phrase of the sources, short, and each source keeps its order."""
    headings = [item.section for item in brief.items]
    if not any(headings):
        return
    assert all(headings), "either every item has a heading or none has"
    blocks = [h for i, h in enumerate(headings) if i == 0 or headings[i - 1] != h]
    assert len(blocks) == len(set(blocks)), f"a heading appears in two places: {blocks}"
    assert 2 <= len(blocks) <= 4
    for heading in blocks:
        assert 1 <= len(heading.split()) <= 4
        assert any(heading in src.text for src in corpus.sources), f"{heading!r} is not in the sources"
    for heading in blocks:
        positions: dict[str, list[int]] = {}
        for item in brief.items:
            if item.section == heading:
                cit = item.citations[0]
                positions.setdefault(cit.source_id, []).append(cit.start)
        assert all(p == sorted(p) for p in positions.values())


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_folder(write_articles(tmp_path_factory.mktemp("two") / "news", TWO_STORIES))


def test_two_stories_get_a_heading_each_with_every_sentence_under_its_own(two_stories: Corpus) -> None:
    brief = summarise(two_stories, BriefOptions(length=120, sections="auto"))
    assert_citations_exact(brief, two_stories)
    assert_sections_well_formed(brief, two_stories)
    heading_of_story: dict[str, set[str]] = {}
    for item in brief.items:
        heading_of_story.setdefault(story_of(item.text), set()).add(item.section)
    assert set(heading_of_story) == {"dam", "football"}
    assert all(len(h) == 1 for h in heading_of_story.values()), heading_of_story
    dam_heading, football_heading = heading_of_story["dam"].pop(), heading_of_story["football"].pop()
    assert dam_heading != football_heading
    assert any(dam_heading in sentence for sentence in DAM)
    assert any(football_heading in sentence for sentence in FOOTBALL)
    assert brief.word_count <= 120


def test_the_second_story_is_covered_even_when_the_first_fills_a_short_brief(two_stories: Corpus) -> None:
    brief = summarise(two_stories, BriefOptions(length=3, unit=LengthUnit.SENTENCES, sections="auto"))
    assert len(brief.items) <= 3
    assert {story_of(item.text) for item in brief.items} == {"dam", "football"}
    assert len({item.section for item in brief.items}) == 2


def test_sections_off_gives_no_headings_and_the_brief_of_before(two_stories: Corpus) -> None:
    brief = summarise(two_stories, BriefOptions(length=120, sections="off"))
    assert brief.items
    assert all(item.section == "" for item in brief.items)
    assert_citations_exact(brief, two_stories)


def test_no_headings_where_every_noun_is_capitalised(two_stories: Corpus) -> None:
    """In German a capital letter does not mark a name, so subjects cannot be told by their names."""
    brief = summarise(two_stories, BriefOptions(length=120, language="german", sections="auto"))
    assert brief.items
    assert all(item.section == "" for item in brief.items)


def test_one_story_gets_no_headings(news_folder: Path) -> None:
    corpus = load_folder(news_folder)
    for length in (40, 120, 400):
        brief = summarise(corpus, BriefOptions(length=length, sections="auto"))
        assert brief.items
        assert all(item.section == "" for item in brief.items)


def test_one_story_told_at_length_gets_no_headings(tmp_path: Path) -> None:
    """The dam story alone, in the same six articles' worth of sentences, is one subject."""
    dam_only = {name: text for name, text in TWO_STORIES.items() if name.startswith("dam")}
    dam_only["dam-weekly.txt"] = _article("Dam repairs begin", DAM[5:9] + DAM[0:2])
    corpus = load_folder(write_articles(tmp_path / "dam", dam_only))
    brief = summarise(corpus, BriefOptions(length=400, sections="auto"))
    assert all(item.section == "" for item in brief.items)


def test_markdown_export_and_command_line_show_the_headings(two_stories: Corpus, tmp_path: Path) -> None:
    brief = summarise(two_stories, BriefOptions(length=120, sections="auto"))
    headings = list(dict.fromkeys(item.section for item in brief.items))
    markdown = render(brief, "markdown").decode("utf-8")
    assert all(f"## {h}" in markdown for h in headings)
    blocks = render(brief, "text").decode("utf-8").rstrip("\n").split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == headings
    assert [line for block in blocks for line in block.splitlines()[1:]] == [i.text for i in brief.items]

    folder = write_articles(tmp_path / "cli", TWO_STORIES)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "citebrief", "brief", str(folder), "--words", "120"]
    shown = subprocess.run(
        [*command, "--sections", "auto", "--format", "markdown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    body = shown.split("## Sources")[0]
    assert [line[3:] for line in body.splitlines() if line.startswith("## ")] == headings
    plain = subprocess.run(
        [*command, "--sections", "off", "--format", "markdown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    assert not [line for line in plain.split("## Sources")[0].splitlines() if line.startswith("## ")]


@pytest.fixture(scope="module")
def two_stories_features(two_stories: Corpus) -> Features:
    return build_features(two_stories)


@settings(max_examples=25, deadline=None)
@given(
    length=st.integers(min_value=1, max_value=300),
    unit=st.sampled_from(list(LengthUnit)),
    sections=st.sampled_from(["auto", "off"]),
    algorithm=st.sampled_from(["citebrief", "lexrank", "luhn"]),
)
def test_any_length_keeps_citations_exact_and_sections_well_formed(
    two_stories: Corpus,
    two_stories_features: Features,
    length: int,
    unit: LengthUnit,
    sections: str,
    algorithm: str,
) -> None:
    features = two_stories_features
    options = BriefOptions(algorithm=algorithm, unit=unit, length=length, sections=sections)
    brief = summarise(two_stories, options, features=features)
    assert_citations_exact(brief, two_stories)
    assert_sections_well_formed(brief, two_stories)
    if sections == "off":
        assert all(item.section == "" for item in brief.items)
    if unit is LengthUnit.SENTENCES:
        assert len(brief.items) <= max(1, length)


@pytest.mark.parametrize(
    ("sentence", "word", "heading"),
    [
        ("Ash fell on towns near Mount St. Helens overnight.", "Helens", "Mount St. Helens"),
        ("Ash fell on towns near Mount St. Helens overnight.", "Mount", "Mount St. Helens"),
        ("The hospital said Dr. Rosa Lind would speak later.", "Lind", "Dr. Rosa Lind"),
        ("A bill passed the U.S. Senate on Friday.", "Senate", "Senate"),
        ("Officials in the Merrow dam area said so.", "Merrow", "Merrow"),
    ],
)
def test_a_heading_keeps_a_name_whole_with_its_short_abbreviation(
    sentence: str, word: str, heading: str
) -> None:
    start = sentence.index(word)
    assert _capitalised_run(sentence, start, start + len(word), word) == heading


@pytest.mark.parametrize(
    ("runs", "word", "heading"),
    [
        # written in full in five uses of seven, with or without a title: the full name
        ({"Paul Walker": 4, "Actor Paul Walker": 1, "Paul": 2}, "Paul", "Paul Walker"),
        # a firm's name written alone as often as in full: the part half of the uses share
        ({"Family Services": 6, "Services": 6}, "Services", "Family Services"),
        # written alone most of the time: the word alone
        ({"Price": 18, "Tavin Price": 6, "James Price": 1}, "Price", "Price"),
        # a name always written with its neighbours: all of them
        ({"Merrow Dam": 5}, "Merrow", "Merrow Dam"),
    ],
)
def test_a_heading_is_the_name_as_the_sources_mostly_write_it(
    runs: dict[str, int], word: str, heading: str
) -> None:
    total = sum(runs.values())
    assert shared_run(Counter(runs), word, RUN_SHARE * total) == heading
