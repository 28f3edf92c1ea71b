"""A brief sentence that only repeats what the brief already says, and an article off the folder's story."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.citebrief_method import off_story_sources
from citebrief.engine.features import Features, build_features
from citebrief.engine.selection import RedundancyGuard
from citebrief.ingest import load_folder

SAID = [
    "Police said a gunman shot two officers outside the Dunmore station late on Monday night.",
    "Engineers inspected the flooded tunnel under the harbour and closed it to traffic.",
    "Diggers in Wyoming unearthed what is the largest dinosaur foot ever found.",
]
# (candidate sentence, whether the sentences of SAID already say all of it)
CASES = [
    ("Two officers were shot outside the Dunmore station.", True),
    ("Engineers closed the flooded harbour tunnel after two officers were shot.", True),
    ("Three officers were shot outside the Dunmore station.", False),  # a new number is news
    ("The Dunmore station reopened after carpenters repaired its roof and windows.", False),
    ("Officers shot.", False),  # too few words to judge: a fragment, for the other rules
    # the main claim told again, with who said it and when: nothing new
    ("The bone is the largest dinosaur foot ever found, museum staff told reporters on Tuesday.", True),
    ("The bone is the largest dinosaur skull ever found, museum staff told reporters on Tuesday.", False),
]


def _features(tmp_path: Path) -> Features:
    text = " ".join([*SAID, *(candidate for candidate, _ in CASES)])
    return build_features(load_folder(write_articles(tmp_path / "f", {"report.txt": text + "\n"})))


def _row(features: Features, text: str) -> int:
    return next(i for i, row in enumerate(features.rows) if row.text == text)


@pytest.mark.parametrize(("candidate", "expected"), CASES)
def test_a_sentence_whose_words_and_numbers_are_said_already_adds_nothing(
    tmp_path: Path, candidate: str, expected: bool
) -> None:
    features = _features(tmp_path)
    guard = RedundancyGuard(features)
    for said in SAID:
        guard.add(_row(features, said))
    assert guard.adds_nothing(_row(features, candidate)) is expected


SHOOTING = {
    "a.txt": (
        "A gunman opened fire on two police officers outside the Dunmore station on Monday night. "
        "Officers returned fire and killed the gunman, a 34-year-old man from Harwick. "
        "Both officers were taken to Dunmore General Hospital with wounds that are not life-threatening.\n"
    ),
    "b.txt": (
        "Police in Dunmore said two officers were wounded on Monday night when a gunman fired at them "
        "outside the station. "
        "The gunman, 34, was killed when the officers returned fire, police said. "
        "The chief said the wounded officers were recovering at Dunmore General Hospital.\n"
    ),
    "c.txt": (
        "The shooting outside the Dunmore police station on Monday left two officers wounded and the "
        "gunman dead. "
        "Investigators said the gunman had been arrested in Harwick last year after a fight at a bar. "
        "The state police will review the officers' use of force, as they do after every police shooting.\n"
    ),
    "stray.txt": (
        "A retired teacher who vanished during a hike in the Kessel mountains three weeks ago is still "
        "missing, her daughter said. "
        "Volunteers searched the ridge trails with dogs and drones through the weekend. "
        "The daughter asked hikers who saw a woman in a red jacket near the Kessel lodge to call.\n"
    ),
}


def test_an_article_about_another_story_is_off_the_folders_story(tmp_path: Path) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", SHOOTING))
    features = build_features(corpus)
    off = {corpus.sources[i].id for i in range(features.source_count) if off_story_sources(features)[i]}
    assert off == {"stray.txt"}


@pytest.mark.parametrize("words", [150, 400])
def test_a_stray_article_gives_the_brief_nothing(tmp_path: Path, words: int) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", SHOOTING))
    brief = summarise(corpus, BriefOptions(length=words))
    texts = [item.text for item in brief.items]
    assert texts
    assert all(c.source_id != "stray.txt" for item in brief.items for c in item.citations), texts


def test_two_articles_on_one_story_are_both_on_it(tmp_path: Path) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", {k: SHOOTING[k] for k in ("a.txt", "b.txt")}))
    assert not off_story_sources(build_features(corpus)).any()


@pytest.mark.parametrize("words", [60, 150, 400])
def test_a_brief_of_two_articles_on_different_stories_tells_one(tmp_path: Path, words: int) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", {k: SHOOTING[k] for k in ("a.txt", "stray.txt")}))
    features = build_features(corpus)
    assert off_story_sources(features).sum() == 1
    brief = summarise(corpus, BriefOptions(length=words))
    cited = {c.source_id for item in brief.items for c in item.citations}
    assert len(cited) == 1, [item.text for item in brief.items]


# (first, second, one fact?): the same day, a count and two words alike tell one event in other words.
ANCHORED = [
    (
        "Two officers were shot and a suspect was killed in an exchange of gunfire on Sunday night.",
        "On Sunday night a gunfight left two officers wounded and the suspect dead.",
        True,
    ),
    (
        "A winter storm killed at least five people across the Midwest on Friday.",
        "At least five deaths across several Midwest states were blamed on Friday's winter storm.",
        True,
    ),
    (
        "Two firefighters were injured on Saturday when a warehouse roof collapsed in Harwick.",
        "Two firefighters were honoured on Saturday at a ceremony for their bravery.",
        False,
    ),
    (
        "Two officers were shot and a suspect was killed in an exchange of gunfire on Sunday night.",
        "Two officers were shot and a suspect was killed in an exchange of gunfire on Monday night.",
        False,
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), ANCHORED)
def test_one_event_told_with_the_same_day_count_and_words_is_one_fact(
    tmp_path: Path, first: str, second: str, expected: bool
) -> None:
    from citebrief.engine.facts import same_fact

    folder = write_articles(tmp_path / "f", {"a.txt": first + "\n", "b.txt": second + "\n"})
    features = build_features(load_folder(folder))
    a, b = _row(features, first), _row(features, second)
    cosine = float((features.vectors[a] @ features.vectors[b].T).toarray()[0, 0])
    assert same_fact(features, a, b, cosine) is expected


def test_finding_off_story_articles_in_a_folder_of_thousands_takes_memory_in_step_with_its_words(
    tmp_path: Path,
) -> None:
    # 3,000 one-line reports with a word of their own each: a sources-by-words table would hold nine
    # million cells (72 MB a copy); the words the reports hold are a few thousand.
    texts = {f"r{n:04d}.txt": f"Gauge {n} read {n % 97} centimetres at the weir.\n" for n in range(3000)}
    features = build_features(load_folder(write_articles(tmp_path / "f", texts)))
    tracemalloc.start()
    try:
        off_story_sources(features)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB"


# A page whose only text is an archive's crawl notes has no readable line: the two articles beside it
# are still a pair, and of two stories the brief tells one.
CRAWL_PAGE = "Web wide crawl with initial seedlist and crawler configuration from March 2011.\n"


@pytest.mark.parametrize("words", [60, 150])
def test_two_stories_beside_a_page_without_readable_lines_are_a_pair(tmp_path: Path, words: int) -> None:
    articles = {"a.txt": SHOOTING["a.txt"], "stray.txt": SHOOTING["stray.txt"], "z.txt": CRAWL_PAGE}
    corpus = load_folder(write_articles(tmp_path / "f", articles))
    features = build_features(corpus)
    assert not (features.readable[features.source_of_row == 2] > 0).any()
    assert off_story_sources(features).sum() == 1
    brief = summarise(corpus, BriefOptions(length=words))
    cited = {c.source_id for item in brief.items for c in item.citations}
    assert len(cited - {"z.txt"}) == 1
