"""A folder of several stories: grouping, a section per story, the user's moves, and saving them."""

from __future__ import annotations

import json
import random
import string
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from citebrief.core.model import UNGROUPED, BriefOptions, Corpus, DateOrigin, LengthUnit
from citebrief.engine import summarise
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.stories import (
    EJECT_THRESHOLD,
    LINK_THRESHOLD,
    SPLIT_MIN_FOLDER,
    SPLIT_THRESHOLD,
    _eject_outliers,
    _split_cores,
    group_stories,
    new_story_id,
    story_id,
)
from citebrief.engine.story_brief import shares
from citebrief.engine.story_cache import StoryCache
from citebrief.engine.story_pages import MIN_ARTICLE_WORDS, SITE_PAGE_COPIES, SITE_PAGE_WORDS, is_article
from citebrief.export.api import render
from citebrief.ingest import load_folder
from citebrief.store import BriefFile, open_brief, save_brief
from story_folders import DAM, STORIES, story_of_file, write_stories


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_folder(write_stories(tmp_path_factory.mktemp("three"), scraped=True), cache=None)


def _true_story(grouping_docs: tuple[str, ...]) -> set[str]:
    return {story_of_file(d) for d in grouping_docs}


def test_three_invented_stories_are_found_and_the_scraped_page_is_not_grouped(three: Corpus) -> None:
    grouping = group_stories(three)
    assert len(grouping.stories) == 3
    assert [len(_true_story(s.documents)) for s in grouping.stories] == [1, 1, 1]
    # most sources first: the theft (4), the dam (3), the strike (2)
    assert [story_of_file(s.documents[0]) for s in grouping.stories] == ["theft", "dam", "strike"]
    assert grouping.ungrouped == ("cookies.txt",)
    assert [s.date for s in grouping.stories] == ["", "", ""]  # plain text files carry no date


def test_stories_with_as_many_sources_come_newest_first(three: Corpus) -> None:
    dated = {"merrow-dam-3.txt": "2026-03-02", "halvard-theft-1.txt": "2026-05-01"}
    sources = tuple(replace(s, date=dated.get(s.id, ""), date_from=DateOrigin.METADATA) for s in three.sources)
    without_one = {"halvard-theft-4.txt"}  # the theft and the dam now both have three sources
    corpus = replace(three, sources=tuple(s for s in sources if s.id not in without_one))
    stories = group_stories(corpus).stories
    assert [story_of_file(s.documents[0]) for s in stories] == ["theft", "dam", "strike"]
    assert [s.date for s in stories] == ["2026-05-01", "2026-03-02", ""]
    dated["merrow-dam-3.txt"] = "2026-06-30"
    sources = tuple(replace(s, date=dated.get(s.id, ""), date_from=DateOrigin.METADATA) for s in three.sources)
    corpus = replace(three, sources=tuple(s for s in sources if s.id not in without_one))
    assert [story_of_file(s.documents[0]) for s in group_stories(corpus).stories] == [
        "dam",
        "theft",
        "strike",
    ]


def test_each_story_heading_is_made_of_its_own_names(three: Corpus) -> None:
    headings = {story_of_file(s.documents[0]): s.heading for s in group_stories(three).stories}
    assert any(name in headings["dam"] for name in ("Merrow Dam", "Alana Reyes", "Eskby", "Calder Valley"))
    assert any(name in headings["theft"] for name in ("Halvard Museum", "Vermeer", "Pavel Dvorak"))
    assert any(name in headings["strike"] for name in ("Northgate Rovers", "Idris Mbeki", "Harlan Voss"))


def test_a_brief_of_three_stories_has_a_section_each_citing_only_its_story(three: Corpus) -> None:
    brief = summarise(three, BriefOptions(length=300))
    assert [s.shown for s in brief.stories] == [True, True, True]
    assert brief.ungrouped == ("cookies.txt",)
    for story in brief.stories:
        items = [item for item in brief.items if item.story == story.id]
        assert len(items) >= 2, story.heading
        cited = {cit.source_id for item in items for cit in item.citations}
        assert cited <= set(story.documents)
    # the items of a story are together, in the stories' order
    order = [item.story for item in brief.items]
    assert [s for k, s in enumerate(order) if k == 0 or order[k - 1] != s] == [s.id for s in brief.stories]
    by_id = three.by_id()
    for item in brief.items:
        for cit in item.citations:
            assert by_id[cit.source_id].text[cit.start : cit.end] == cit.quote


def test_a_short_length_shows_the_biggest_stories_and_lists_the_rest(three: Corpus) -> None:
    brief = summarise(three, BriefOptions(length=100))
    assert [s.shown for s in brief.stories] == [True, True, False]
    assert brief.word_count <= 100
    markdown = render(brief, "markdown").decode()
    strike = brief.stories[2]
    assert f"- {strike.heading} — 2 sources" in markdown.split("## Also in this folder")[1]
    assert "cookies.txt" in markdown.split("## Not grouped")[1].split("## Sources")[0]


@pytest.mark.parametrize(
    ("length", "unit", "expected"),
    [
        # 50 words each, and the 150 left shared 4 : 3 : 2 (the first takes what rounding leaves)
        (300, LengthUnit.WORDS, [117, 100, 83]),
        (100, LengthUnit.WORDS, [50, 50]),
        (30, LengthUnit.WORDS, [30]),
        (7, LengthUnit.SENTENCES, [3, 2, 2]),
        (3, LengthUnit.SENTENCES, [3]),
    ],
)
def test_the_length_is_shared_by_sources_with_two_sentences_a_story(
    three: Corpus, length: int, unit: LengthUnit, expected: list[int]
) -> None:
    parts = shares(group_stories(three).stories, BriefOptions(length=length, unit=unit))
    assert parts == expected
    assert sum(parts) == length


def test_one_story_gives_exactly_todays_brief(tmp_path: Path) -> None:
    corpus = load_folder(write_stories(tmp_path, "dam"), cache=None)
    assert len(group_stories(corpus).stories) == 1
    auto = summarise(corpus, BriefOptions(length=120))
    off = summarise(corpus, BriefOptions(length=120, stories="off"))
    assert auto.stories == () and auto.ungrouped == ()
    assert auto.items == off.items
    assert render(auto, "markdown") == render(off, "markdown")


def test_stories_off_gives_one_brief_of_the_whole_folder(three: Corpus) -> None:
    brief = summarise(three, BriefOptions(length=150, stories="off"))
    assert brief.stories == ()
    assert {item.story for item in brief.items} == {""}


def test_the_users_moves_are_honoured(three: Corpus) -> None:
    auto = group_stories(three)
    dam = next(s for s in auto.stories if story_of_file(s.documents[0]) == "dam")
    moved = "rovers-strike-1.txt"
    grouping = group_stories(three, moves=[(moved, dam.id)])
    assert moved in next(s for s in grouping.stories if s.id == dam.id).documents
    alone = group_stories(three, moves=[(moved, new_story_id(moved))])
    assert next(s for s in alone.stories if s.id == new_story_id(moved)).documents == (moved,)
    assert next(s for s in alone.stories if s.id == story_id(moved)).documents == ("rovers-strike-2.txt",)
    out = group_stories(three, moves=[(moved, UNGROUPED), ("no-such-file.txt", dam.id)])
    assert moved in out.ungrouped
    assert all(moved not in s.documents for s in out.stories)
    brief = summarise(three, BriefOptions(length=300, story_moves=((moved, dam.id),)))
    cited = {c.source_id for i in brief.items if i.story == dam.id for c in i.citations}
    assert cited <= set(DAM) | {moved}


def test_story_ids_stay_the_same_for_the_same_folder(three: Corpus, tmp_path: Path) -> None:
    again = load_folder(write_stories(tmp_path, scraped=True), cache=None)
    assert [s.id for s in group_stories(three).stories] == [s.id for s in group_stories(again).stories]


def test_stories_and_moves_survive_a_save_and_reopen(three: Corpus, tmp_path: Path) -> None:
    moves = (("rovers-strike-1.txt", story_id("merrow-dam-1.txt")),)
    brief = summarise(three, BriefOptions(length=300, story_moves=moves))
    path = tmp_path / "brief.citebrief"
    save_brief(path, BriefFile(brief=brief, paths=(three.root,)))
    reopened = open_brief(path).brief
    assert reopened.stories == brief.stories
    assert reopened.ungrouped == brief.ungrouped
    assert [i.story for i in reopened.items] == [i.story for i in brief.items]
    assert reopened.options.story_moves == moves
    assert reopened.options == brief.options


@pytest.mark.parametrize(
    ("words", "copies", "article"),
    [
        (MIN_ARTICLE_WORDS - 5, 1, False),  # a cookie notice, a tweet embed
        (MIN_ARTICLE_WORDS, 1, True),
        (SITE_PAGE_WORDS - 5, SITE_PAGE_COPIES, False),  # an archive's notice saved in many folders
        (SITE_PAGE_WORDS - 5, SITE_PAGE_COPIES - 1, True),  # an article saved twice
        (SITE_PAGE_WORDS, SITE_PAGE_COPIES + 5, True),  # a long article saved many times
    ],
)
def test_what_counts_as_an_article(tmp_path: Path, words: int, copies: int, article: bool) -> None:
    assert words % 5 == 0
    text = " ".join(f"Ferry {k} was delayed again." for k in range(words // 5))
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    source = load_folder(tmp_path, cache=None).sources[0]
    assert sum(s.word_count for s in source.sentences) == words
    assert is_article(source, copies) is article


def test_a_page_of_archive_crawl_notes_is_not_an_article(tmp_path: Path) -> None:
    notes = [
        f"Starting in {1996 + k}, Alexa Internet has been donating their crawl data to the Internet Archive."
        for k in range(8)
    ]
    (tmp_path / "archive.txt").write_text(" ".join(notes), encoding="utf-8")
    source = load_folder(tmp_path, cache=None).sources[0]
    assert sum(s.word_count for s in source.sentences) >= MIN_ARTICLE_WORDS
    assert not is_article(source, 1)
    (tmp_path / "archive.txt").write_text(" ".join(DAM.values()), encoding="utf-8")
    assert is_article(load_folder(tmp_path, cache=None).sources[0], 1)


_CRAWL_PAGE = (
    "Web wide crawl with initial seed list and crawler configuration from March 2011. The seed list "
    "for this crawl was a list of the top one million web sites, retrieved close to the start date. "
    "The scope of the crawl was not limited except for a few manually excluded sites, and the "
    "software fed addresses to the crawlers in queues that grew bigger than the intended size. "
    "We have made many changes to how we do these wide crawls since this particular example. "
)
_NOTES = (
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
    "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
)


@pytest.mark.parametrize(
    ("text", "article", "story"),
    [
        (_CRAWL_PAGE + " ".join(_NOTES), False, None),  # an archive's page on its crawl
        (_CRAWL_PAGE + _NOTES[0], True, None),  # one note: the page is judged by its other words
        # a short article with the notes after it is set aside, then joins the story it names
        (DAM["merrow-dam-2.txt"] + " " + " ".join(_NOTES), False, "dam"),
    ],
)
def test_a_short_page_with_an_archives_crawl_notes_is_not_an_article(
    tmp_path: Path, text: str, article: bool, story: str | None
) -> None:
    folder = write_stories(tmp_path)
    (folder / "page.txt").write_text(text, encoding="utf-8")
    corpus = load_folder(folder, cache=None)
    assert is_article(corpus.by_id()["page.txt"], 1) is article
    joined = [s for s in group_stories(corpus).stories if "page.txt" in s.documents and len(s.documents) > 1]
    assert [story_of_file(s.documents[0]) for s in joined] == ([story] if story else [])


def test_every_story_has_a_distinct_story_in_the_folder_of_stories() -> None:
    # the fixture itself: three stories, none sharing a file name
    names = [name for files in STORIES.values() for name in files]
    assert len(names) == len(set(names)) == 9


def test_grouping_is_not_fooled_by_copies_under_new_names(tmp_path: Path) -> None:
    folder = write_stories(tmp_path / "copies")
    for path in list(folder.iterdir()):
        (folder / f"copy-{path.name}").write_bytes(path.read_bytes())
    corpus = load_folder(folder, cache=None)
    grouping = group_stories(corpus)
    assert len(grouping.stories) == 3
    for story in grouping.stories:
        assert len({story_of_file(d.removeprefix("copy-")) for d in story.documents}) == 1
    assert replace(grouping.stories[0]).source_count == 8


def test_a_heading_writes_a_name_without_its_possessive(tmp_path: Path) -> None:
    sentence = (
        "Kestrel Bank's board met on {day} after Kestrel Bank's shares fell by a third, and the regulator "
        "said Kestrel Bank's auditors in Lyndale would be questioned about the missing {amount} million. "
    )
    for n, (day, amount) in enumerate([("Monday", 40), ("Tuesday", 45)]):
        text = (sentence.format(day=day, amount=amount) * 3).strip()
        (tmp_path / f"bank-{n}.txt").write_text(text, encoding="utf-8")
    (story,) = group_stories(load_folder(tmp_path, cache=None)).stories
    assert "Kestrel Bank" in story.heading
    assert "'s" not in story.heading


_CORE = SPLIT_THRESHOLD * 2  # documents of one story: well above the stricter threshold
_CROSS = SPLIT_THRESHOLD / 2  # two stories that share a country's names: linked, but weakly


@pytest.mark.parametrize(
    ("cores", "loose", "other_story", "expected", "folder"),
    [
        # two stories that one group holds become two
        ([[0, 1, 2], [3, 4, 5]], {}, True, [{0, 1, 2}, {3, 4, 5}], SPLIT_MIN_FOLDER),
        # a story whose documents are all alike stays whole
        ([[0, 1, 2, 3, 4, 5]], {}, True, [{0, 1, 2, 3, 4, 5}], SPLIT_MIN_FOLDER),
        # two stories of two documents each that one group holds (two nominations a year apart)
        ([[0, 1], [2, 3]], {}, True, [{0, 1}, {2, 3}], SPLIT_MIN_FOLDER),
        # a group too small to hold two cores is left alone
        ([[0, 1], [2]], {}, True, [{0, 1, 2}], SPLIT_MIN_FOLDER),
        # a folder of one story stays one story
        ([[0, 1, 2], [3, 4, 5]], {}, False, [{0, 1, 2, 3, 4, 5}], SPLIT_MIN_FOLDER),
        # a document in neither core goes with the core it is most linked to
        ([[0, 1, 2], [3, 4, 5]], {6: (3, 4, 5)}, True, [{0, 1, 2}, {3, 4, 5, 6}], SPLIT_MIN_FOLDER),
        # in a small folder two cores are mostly one story's two sides: the group stays whole
        ([[0, 1, 2], [3, 4, 5]], {}, True, [{0, 1, 2, 3, 4, 5}], SPLIT_MIN_FOLDER - 1),
    ],
)
def test_a_large_group_with_two_dense_cores_splits(
    cores: list[list[int]],
    loose: dict[int, tuple[int, ...]],
    other_story: bool,
    expected: list[set[int]],
    folder: int,
) -> None:
    members = sorted({k for core in cores for k in core} | set(loose))
    links = [(a, b, _CORE) for core in cores for a in core for b in core if a < b]
    links += [(a, b, _CROSS) for x, y in pairwise(cores) for a in x for b in y]
    links += [(min(k, o), max(k, o), _CROSS * 1.5) for k, near in loose.items() for o in near]
    n = len(members)
    group = [0] * n
    if other_story:  # a second story elsewhere in the folder
        group += [n, n]
        links.append((n, n + 1, _CORE))
    group += range(len(group), folder)  # the folder's other articles, each a story of its own
    found = _split_cores(group, sorted(links))
    parts: dict[int, set[int]] = {}
    for k in members:
        parts.setdefault(found[k], set()).add(k)
    assert sorted(parts.values(), key=min) == expected


def _unit_rows(cosines: list[list[float]]) -> sparse.csr_matrix:
    """Rows of unit length whose pairwise cosines are ``cosines`` (positive definite, so a Cholesky
    factor gives them)."""
    return sparse.csr_matrix(np.linalg.cholesky(np.asarray(cosines)))


_IN = EJECT_THRESHOLD * 2.5  # documents of one story (twice it still a cosine the rows can have)
_OUT = EJECT_THRESHOLD / 2  # a document that came in through one neighbour
_EDGE = (LINK_THRESHOLD + EJECT_THRESHOLD) / 2  # just alike enough to have joined the group at its end


@pytest.mark.parametrize(
    ("cosines", "group", "alone"),
    [
        # a document very like one of the story's articles and a little like the rest stays
        ([[1, _IN, _IN, 2 * _IN], [_IN, 1, _IN, _OUT], [_IN, _IN, 1, _OUT], [2 * _IN, _OUT, _OUT, 1]],
         [0, 0, 0, 0, 4, 4], set()),
        # a profile of an adviser, linked to one article of an FBI-memo story, leaves it
        ([[1, _IN, _IN, _IN / 2], [_IN, 1, _IN, _OUT / 2], [_IN, _IN, 1, _OUT / 2],
          [_IN / 2, _OUT / 2, _OUT / 2, 1]], [0, 0, 0, 0, 4, 4], {3}),
        # a document as alike to each article as average link's last merge into a large group leaves it
        ([[1, _IN, _IN, _EDGE], [_IN, 1, _IN, _EDGE], [_IN, _IN, 1, _EDGE], [_EDGE, _EDGE, _EDGE, 1]],
         [0, 0, 0, 0, 4, 4], {3}),
        # a story whose documents are all alike keeps them
        ([[1, _IN, _IN], [_IN, 1, _IN], [_IN, _IN, 1]], [0, 0, 0, 3, 3], set()),
        # a pair's one link is its whole likeness: it is left alone
        ([[1, _OUT], [_OUT, 1]], [0, 0, 2, 2], set()),
        # a folder of one story keeps every document
        ([[1, _IN, _IN, _IN / 2], [_IN, 1, _IN, _OUT / 2], [_IN, _IN, 1, _OUT / 2],
          [_IN / 2, _OUT / 2, _OUT / 2, 1]], [0, 0, 0, 0], set()),
    ],
)
def test_a_document_hardly_like_the_rest_of_its_story_is_a_story_of_its_own(
    cosines: list[list[float]], group: list[int], alone: set[int]
) -> None:
    n = len(cosines)
    rows = _unit_rows(cosines)
    other = len(group) - n  # the other story's documents: alike, and unlike these
    block = sparse.block_diag([rows, _unit_rows([[1.0 if a == b else _IN for b in range(other)]
                                                  for a in range(other)])]) if other else rows
    found = _eject_outliers(list(group), sparse.csr_matrix(block))
    ejected = {k for k in range(n) if sum(f == found[k] for f in found) == 1 and group.count(group[k]) > 1}
    assert ejected == alone
    kept = [k for k in range(n) if k not in alone]
    assert len({found[k] for k in kept}) == 1


_COUNTRY = (
    "Veldoria's ruling council in Orsk under Marshal Tamsin Gredd has defied the Harlan Pact for years, "
    "and the Harlan Pact states have answered Veldoria with sanctions. "
)
_VELDORIA = {
    "missile": (
        "Veldoria launched a Kestrel rocket from the Tarrow launch site on {day}, and the Kestrel flew over "
        "the Marrow Strait before it fell into the Bellan Sea. Navy radar stations tracked the Kestrel for "
        "{n} minutes. Engineers at Tarrow had rebuilt the rocket's second stage after the failed launch. "
    ),
    "student": (
        "Veldoria freed the student Callum Ashby on {day} after nineteen months in Drossel prison, and "
        "Ashby's parents met him at the Linmouth airfield. Ashby had been sentenced for taking a hotel "
        "poster, and his lawyer, Ines Varga, said the {n} charges were invented. Doctors at Linmouth "
        "examined Ashby. "
    ),
}


def _unrelated_reports(folder: Path, count: int) -> None:
    """``count`` reports of made-up words, each its own: a folder of many stories around the others."""
    rng = random.Random(count)
    for k in range(count):
        words = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(24)]
        sentence = " ".join(words[:12]).capitalize() + ", " + " ".join(words[12:]) + ". "
        (folder / f"report-{k:03d}.txt").write_text((sentence * 4).strip(), encoding="utf-8")


@pytest.mark.parametrize(
    ("stories", "articles", "others", "expected"),
    [
        # two stories told in the same country's names, in a folder of many stories: two stories
        (("missile", "student"), 3, "many", [{"missile"}, {"student"}]),
        # the same with two articles a story, the fewest a split finds
        (("missile", "student"), 2, "many", [{"missile"}, {"student"}]),
        # in a folder of a few stories, a group's two cores are mostly one story's two sides: one story
        (("missile", "student"), 3, "few", [{"missile", "student"}]),
        # the same two alone in a folder: their own phrases ("Kestrel rocket", "Callum Ashby") tell them
        # apart before any split
        (("missile", "student"), 3, "", [{"missile"}, {"student"}]),
        # one story told six times stays one story, beside other stories or alone
        (("missile", "missile"), 3, "many", [{"missile"}]),
        (("missile", "missile"), 3, "", [{"missile"}]),
    ],
)
def test_stories_sharing_a_country_are_told_apart(
    tmp_path: Path, stories: tuple[str, str], articles: int, others: str, expected: list[set[str]]
) -> None:
    """``others``: "" (the two alone), "few" (a few other stories), "many" (and enough other reports for
    a folder of many stories)."""
    if others:
        write_stories(tmp_path)
    if others == "many":
        _unrelated_reports(tmp_path, SPLIT_MIN_FOLDER)
    days = [("Monday", 12), ("Tuesday", 14), ("Wednesday", 11)][:articles]
    for k, story in enumerate(stories):
        for d, (day, n) in enumerate(days):
            text = _COUNTRY + _VELDORIA[story].format(day=day, n=n + 7 * k) * 2
            (tmp_path / f"{story}-{k}{d}.txt").write_text(text.strip(), encoding="utf-8")
    grouping = group_stories(load_folder(tmp_path, cache=None))
    veldoria = [s for s in grouping.stories if s.documents[0].startswith(stories)]
    found = [{d.split("-")[0] for d in s.documents} for s in veldoria]
    assert sorted(found, key=sorted) == expected
    assert sum(len(s.documents) for s in veldoria) == len(stories) * articles
    if len(expected) == 2:  # each story apart is headed by its own names
        assert sorted("Kestrel" in s.heading for s in veldoria) == [False, True]
        assert sorted("Ashby" in s.heading for s in veldoria) == [False, True]


def test_a_reopened_folder_gets_the_same_stories_from_the_cache_with_the_users_moves(
    three: Corpus, tmp_path: Path
) -> None:
    cache = StoryCache(tmp_path / "cache")
    fresh = group_stories(three, cache=cache)
    assert fresh == group_stories(three)
    assert len(list(cache.folder.glob("*.json"))) == 1
    moved = fresh.stories[1].documents[0]
    moves = [(moved, fresh.stories[0].id)]
    assert group_stories(three, moves=moves, cache=cache) == group_stories(three, moves=moves)
    alone = [(moved, new_story_id(moved))]
    assert group_stories(three, moves=alone, cache=cache) == group_stories(three, moves=alone)
    assert len(list(cache.folder.glob("*.json"))) == 1  # each opening found the one entry


def test_an_edited_article_or_a_damaged_entry_regroups_the_folder(three: Corpus, tmp_path: Path) -> None:
    cache = StoryCache(tmp_path / "cache")
    group_stories(three, cache=cache)
    (entry,) = cache.folder.glob("*.json")
    ids = [s.id for s in three.sources]
    entry.write_text(json.dumps({"members": {"story-x": ids[1:]}, "headings": {"story-x": "X"}, "ungrouped": []}))
    assert group_stories(three, cache=cache) == group_stories(three)
    theft = next(s for s in three.sources if s.id == "halvard-theft-4.txt")
    edited = replace(theft, title="Another title", sha256="0" * 64)
    corpus = replace(three, sources=tuple(edited if s is theft else s for s in three.sources))
    assert group_stories(corpus, cache=cache) == group_stories(corpus)
    assert len(list(cache.folder.glob("*.json"))) == 2
