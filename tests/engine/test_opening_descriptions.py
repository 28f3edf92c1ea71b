"""A line that opens with a description of something it never says which one it is ("The class-action
lawsuit, filed last year, argues ...") cannot open a brief: the reader meets "the lawsuit" before
anything tells of one; and it needs the line that introduces the thing. One table for the rule, a
folder for each of what it changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_features import features_and_rows

from brief_rows import brief_order, folder_features
from citebrief.engine.descriptions import opens_unexplained


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description of one or two lower-case words, then a verb: which one is never said
        ("The volunteers wore orange vests during the count.", True),
        ("The sales pitch did not work.", True),
        ("The ferry sank within minutes.", True),
        # a comma before words that name nothing: still no saying which one
        ("The class-action lawsuit, filed last year, argues that the pumps leak.", True),
        ("The inquiry, which began in spring, ended without charges.", True),
        # a clause about it that names a place or a day names it no more
        ("The singer, who flew in from Lisbon on Sunday, wore a red coat.", True),
        # a name beside it says which one it is
        ("The inquiry, led by Judge Maria Osk, ended without charges.", False),
        ("The report, published in the Harlow Medical Journal, found no link.", False),
        # a clause or a phrase after the head says which one it is
        ("The ferry that sank off Port Alder carried 40 passengers.", False),
        ("The owners of a Merrow bakery paid the fine on Friday.", False),
        ("The first four days of sales brought in $3 million.", False),
        # one word and an adverb: the one-word description of ``described_head``, which needs no more
        ("The diary first turned up in a house in Harlow.", False),
        # more words than a description runs to, before any verb (TUNING.opening_description_words)
        ("The loosely organised campaign was a surprise to the council.", False),
        ("The big new glass and steel tower rose above the bay.", False),
        # what everyone knows, a name, a sentence that is no description
        ("The police said the road was closed.", False),
        ("The Harwick council voted on Tuesday to close the libraries.", False),
        ("Volunteers wore orange vests during the count.", False),
        ("He said the ferry sank.", False),
    ],
)
def test_a_line_opening_with_an_unexplained_description(text: str, expected: bool) -> None:
    assert opens_unexplained(text) is expected


# The article's second line, which a lead may be, opens with "the lawsuit" its first line told of.
_LAWSUIT = {
    "a_wire.txt": "Dairy sued\n\n"
    "Forty farmers near Merrow sued the Ash Valley dairy on Monday, saying its waste poisoned the river "
    "their cattle drink from.\n\n"
    "The class-action lawsuit, filed in the county court, argues that the dairy knew of the leak for two "
    "years and seeks $4 million for 300 dead cows.\n\n"
    "The dairy denies any leak.\n",
    "b_daily.txt": "River poisoned\n\n"
    "Tests by the county found dairy waste in the river Ash near Merrow, where 300 cows died this spring, "
    "the county said on Tuesday.\n\n"
    "Farmers say the Ash Valley dairy knew of the leak for two years.\n\n"
    "Ash Valley paid a $20,000 fine in 2019 for a smaller leak into the river.\n",
}


def test_a_brief_does_not_open_with_a_description_it_has_not_introduced(tmp_path: Path) -> None:
    features = folder_features(tmp_path, _LAWSUIT)
    shown = ["The class-action lawsuit", "Ash Valley paid"]
    assert brief_order(features, shown) == ["Ash Valley paid", "The class-action lawsuit"]


# The sales pitch is told of in the article's second line; its fourth names it as "the sales pitch".
_PITCH = {
    "a.txt": "Harbour sale\n\n"
    "The council of Port Alder put its old harbour up for sale on Monday.\n\n"
    "Mayor Ines Varga gave a sales pitch to forty investors from Merrow on Tuesday.\n\n"
    "Fishermen in the town blocked the harbour for six hours on Tuesday morning.\n\n"
    "The sales pitch did not win over a single buyer, councillors said.\n",
}


def test_a_two_word_description_needs_the_sentence_that_introduces_it(tmp_path: Path) -> None:
    features, row = features_and_rows(tmp_path / "f", _PITCH)
    intro = row("Mayor Ines Varga gave a sales pitch")
    the_pitch = row("The sales pitch did not")
    deps = features.dependencies
    assert deps.needs(the_pitch, []) == [intro]
    assert deps.needs(the_pitch, [intro]) == []
