"""The brief's lead, one table per rule: the brief opens with the main event (who did what), not a
scene-setter or a quote. Each case is a folder of short articles and the rows a brief would show."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief_rows import brief_order, folder_features, row_starting
from citebrief.core.model import BriefOptions
from citebrief.engine import summarise
from citebrief.engine.concepts import concept_weights
from citebrief.engine.order import lead_row

# Only a quote opens the article the news is told in: the news leads, not the quote.
_QUOTED = {
    "a_wire.txt": "Council vote\n\n"
    '"Closing the libraries is the worst decision this council has taken in twenty years," said the opposition leader '
    "Ana Pell after the vote in Harwick.\n\n"
    "Pell spoke after the council meeting in Harwick.\n\n"
    "The Harwick council voted on Tuesday by 31 votes to 12 to close the town's three public libraries by "
    "the end of the year to save money.\n",
    "b_daily.txt": "Libraries\n\n"
    '"We will fight the closure of the libraries in Harwick," said the librarian Tom Birk.\n\n'
    "Birk has worked at the Harwick central library for thirty years.\n",
}
# A scene-setter that names no one and states no number or time opens one article; the news another.
_SCENE = {
    "a_wire.txt": "Sleep and memory\n\n"
    "Some researchers have long suggested that there is a close link between how well people sleep at "
    "night and how well they remember things.\n\n"
    "Sleep is thought to help the brain store memories of the day.\n",
    "b_daily.txt": "Short sleepers forget more\n\n"
    "A study of 2,400 adults by Harlow University found that people who sleep less than six hours a "
    "night remember less.\n\n"
    "The people in the study who slept longer remembered more of what they had read.\n",
    "c_post.txt": "Sleep study\n\n"
    "Researchers have long suggested that how well people sleep and how well they remember are closely "
    "linked, and that people who sleep well remember things better.\n\n"
    "Harlow University researchers asked the adults in the study to remember lists of words.\n",
}

# The most central opening line adds to the one before it ("also"): the line it adds to leads.
_ADDS_TO = {
    "a_wire.txt": "Pills by post\n\n"
    "Hillsboro doctor Jill Rane never imagined a problem would follow when she mailed a refill of pills to "
    "her daughter Carla in Seoul.\n\n"
    "Carla Rane also expected no trouble when she shipped the pills on to Nagoya, Japan, where police "
    "arrested her on Friday for smuggling amphetamine pills.\n\n"
    "Rane remains in a Nagoya jail, her family said on Sunday.\n",
    "b_daily.txt": "Teacher held in Japan\n\n"
    "Rane, a teacher from Oregon, shipped the pills to Nagoya in a bottle without a label, police in Japan "
    "said on Saturday.\n\n"
    "Amphetamine pills are banned in Japan, and police there arrested Rane at her flat on Friday.\n",
}

# An article's second line names more of what the folder shares than its first, which tells the news.
_OPENING = {
    "a_wire.txt": "Mink freed\n\n"
    "A pair of Merrow animal rights activists were arrested on Friday for freeing 5,000 mink from fur "
    "farms across the country, police said.\n\n"
    "Jo Lake, 31, and Tom Hart, 28, were charged with conspiracy under the Animal Enterprise Act for a "
    "vandalism spree at fur farms and fur shops.\n\n"
    "The two drove more than 40,000 miles in a small car.\n",
    "b_daily.txt": "Activists charged\n\n"
    '"This was a long and careful campaign against fur farms," the prosecutor Ann Ray said.\n\n'
    "She said Jo Lake and Tom Hart face charges under the Animal Enterprise Act for a vandalism spree.\n\n"
    "Lake and Hart glued the locks of a fur shop in Merrow and broke its windows.\n",
}


@pytest.mark.parametrize(
    ("articles", "shown", "expected"),
    [
        # The quote keeps its place in its article, but the news it comes with opens the brief.
        (
            _QUOTED,
            ['"Closing the libraries is', "The Harwick council voted", '"We will fight'],
            ["The Harwick council voted", '"Closing the libraries is', '"We will fight'],
        ),
        # An article's opening line that tells the news keeps its place before the line after it.
        (
            _OPENING,
            ["Jo Lake, 31", "A pair of Merrow", "Lake and Hart glued"],
            ["A pair of Merrow", "Jo Lake, 31", "Lake and Hart glued"],
        ),
        # The study's finding leads, not the claim of "some researchers".
        (
            _SCENE,
            ["Some researchers have long suggested", "A study of 2,400 adults", "Sleep is thought"],
            ["A study of 2,400 adults", "Some researchers have long suggested", "Sleep is thought"],
        ),
    ],
)
def test_the_brief_opens_with_the_news_not_a_quote_or_a_scene_setter(
    tmp_path: Path, articles: dict[str, str], shown: list[str], expected: list[str]
) -> None:
    assert brief_order(folder_features(tmp_path, articles), shown) == expected


@pytest.mark.parametrize(
    ("articles", "lead"),
    [
        # A generic scene-setter is not the folder's lead while a specific report opens another article.
        (_SCENE, "A study of 2,400 adults"),
        # A line that adds to another ("Carla Rane also expected no trouble") cannot open a brief.
        (_ADDS_TO, "Hillsboro doctor Jill Rane"),
    ],
)
def test_the_folders_lead_is_specific_news(tmp_path: Path, articles: dict[str, str], lead: str) -> None:
    features = folder_features(tmp_path, articles)
    assert lead_row(features, concept_weights(features, frozenset())) == row_starting(features, lead)


def test_a_brief_led_by_an_articles_second_line_keeps_its_opening_line(tmp_path: Path) -> None:
    features = folder_features(tmp_path, _OPENING)
    second = row_starting(features, "Jo Lake, 31")
    assert lead_row(features, concept_weights(features, frozenset())) == second  # it names the most
    brief = summarise(features.corpus, BriefOptions(length=80), features=features)
    assert [item.text[:16] for item in brief.items][:2] == ["A pair of Merrow", "Jo Lake, 31, and"]

