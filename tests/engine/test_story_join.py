"""Short reports join the one story whose own names they share; a story's heading reads as its names."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.engine.stories import group_stories
from citebrief.engine.story_pages import MIN_ARTICLE_WORDS, body_words
from citebrief.ingest import load_folder
from story_folders import story_of_file, write_stories

# Reports of a few lines, under the words an article needs: what each names decides where it goes.
REPORTS = {
    # names two names only the theft's articles use
    "theft": "Police in Ostrava said on Friday that Inspector Pavel Dvorak had questioned a dealer.",
    # names what only the dam's articles name
    "dam": "Water in Eskby fell again overnight, officials at the Merrow Dam said on Saturday.",
    # one name of the strike's only: too little to tell its story
    "one name": "A spokesman for Voss declined to comment on Friday.",
    # the names of two stories: which one it tells is unclear
    "two stories": "Inspector Pavel Dvorak and Governor Alana Reyes met in Ostrava and Eskby on Friday.",
    # names no story's
    "no story": "Shares in Corvane Mining rose after the company's results on Thursday.",
}


@pytest.mark.parametrize(
    ("report", "story"),
    [
        ("theft", "theft"),
        ("dam", "dam"),
        ("one name", None),
        ("two stories", None),
        ("no story", None),
    ],
)
def test_a_short_report_joins_the_one_story_whose_names_it_shares(
    tmp_path: Path, report: str, story: str | None
) -> None:
    folder = write_stories(tmp_path, scraped=True)
    (folder / "report.txt").write_text(REPORTS[report], encoding="utf-8")
    corpus = load_folder(folder, cache=None)
    assert body_words(corpus.by_id()["report.txt"]) < MIN_ARTICLE_WORDS
    grouping = group_stories(corpus)
    assert len(grouping.stories) == 3
    joined = [s for s in grouping.stories if "report.txt" in s.documents]
    if story is None:
        assert joined == []
        assert "report.txt" in grouping.ungrouped
    else:
        assert [story_of_file(s.documents[0]) for s in joined] == [story]
        assert "report.txt" not in grouping.ungrouped
    assert "cookies.txt" in grouping.ungrouped  # a site's page names no story and stays apart


def test_a_joined_report_does_not_change_the_storys_id_or_heading(tmp_path: Path) -> None:
    folder = write_stories(tmp_path)
    before = {s.id: s.heading for s in group_stories(load_folder(folder, cache=None)).stories}
    (folder / "0-report.txt").write_text(REPORTS["theft"], encoding="utf-8")  # first in the folder
    after = {s.id: s.heading for s in group_stories(load_folder(folder, cache=None)).stories}
    assert after == before


_ARTICLE = (
    "{name} was in the news again on {day}. Reporters from three papers followed {name} through the "
    "day, and officials said {name} would be discussed at the council meeting. The council asked "
    "for a report on {name} by the end of the month, and residents were invited to write in. "
)


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("New Halden", "New Halden"),  # a name that opens with a common word keeps it
        ("Old Carrow Bridge", "Old Carrow Bridge"),
        ("Marta de la Fuente", "Marta de la Fuente"),  # small words inside a name
        ("Kestrel Bank's", "Kestrel Bank"),  # no possessive
    ],
)
def test_a_heading_writes_a_name_as_the_articles_write_it(tmp_path: Path, name: str, written: str) -> None:
    for n, day in enumerate(("Monday", "Tuesday")):
        (tmp_path / f"a-{n}.txt").write_text(
            (_ARTICLE.format(name=name, day=day) * 2).strip(), encoding="utf-8"
        )
    (story,) = group_stories(load_folder(tmp_path, cache=None)).stories
    assert written in story.heading.split(", ")


def test_a_heading_holds_no_pronoun(tmp_path: Path) -> None:
    # typeset apostrophes, as most saved pages have them
    text = (
        "Lena Orsk said she would run. “I’m ready,” said Lena Orsk, and I’m told Lena Orsk means it. "
        "Then I’m sure, said the aide, that I’m going to see Lena Orsk win in Varby. " * 3
    )
    for n in range(2):
        (tmp_path / f"a-{n}.txt").write_text(text + f" Day {n}.", encoding="utf-8")
    (story,) = group_stories(load_folder(tmp_path, cache=None)).stories
    assert "Lena Orsk" in story.heading
    assert "I’m" not in story.heading


def test_a_heading_names_its_own_story_not_what_every_story_names(tmp_path: Path) -> None:
    folder = write_stories(tmp_path)
    for path in folder.iterdir():  # every article of every story names the country, and often
        title, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        lead = "The Veldoria government watched. Officials in Veldoria said Veldoria would help. "
        path.write_text(f"{title}\n\n{lead}{body}", encoding="utf-8")
    stories = group_stories(load_folder(folder, cache=None)).stories
    assert len(stories) == 3
    assert [s.heading for s in stories if "Veldoria" in s.heading] == []


@pytest.mark.parametrize(
    ("dam_line", "other_line", "weak"),
    [
        # a title cut off from its name by its full stop
        ("Capt. Ines Varga led the boats, and Capt. Varga said Capt. Varga would stay. ", "", "Capt"),
        # a place written into a describing word
        (
            "The Eskby-based firm and the Eskby-based crews and Eskby-based pumps worked on. ",
            "",
            "Eskby-based",
        ),
        # a common word the dam's articles happen to capitalise, and the other stories' articles do not
        (
            "Officials said the Return would take weeks, and the Return began as the Return was planned. ",
            "The players said they would return, and the painting may return, and talks return. ",
            "Return",
        ),
    ],
)
def test_a_heading_leaves_out_words_that_are_no_names(
    tmp_path: Path, dam_line: str, other_line: str, weak: str
) -> None:
    folder = write_stories(tmp_path)
    for path in folder.iterdir():
        title, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        line = dam_line if story_of_file(path.name) == "dam" else other_line
        path.write_text(f"{title}\n\n{line}{body}", encoding="utf-8")
    stories = group_stories(load_folder(folder, cache=None)).stories
    assert len(stories) == 3
    dam = next(s for s in stories if story_of_file(s.documents[0]) == "dam")
    assert weak not in dam.heading.split(", ")
    assert dam.heading  # still made of the dam's names
