"""What a sentence depends on: names in full and in short, quoted speakers, and where an added
sentence may go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from folder_features import features_and_rows

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine.dependencies import (
    Dependencies,
    earliest_position,
    quotes_first_person_without_speaker,
    speaks_in_first_person,
)
from citebrief.engine.descriptions import described_head, introduces_itself
from citebrief.engine.features import Features, build_features
from citebrief.engine.name_runs import names_in
from citebrief.engine.summariser import select_rows
from citebrief.ingest import load_folder


def _features(tmp_path: Path, articles: dict[str, str]) -> tuple[Features, Callable[[str], int]]:
    return features_and_rows(tmp_path / "f", articles)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Mayor Ines Varga ordered the evacuation on Sunday.", {"Varga"}, set()),
        ("Varga said buses would take residents away.", set(), {"Varga"}),
        ("Turkish President Erdogan spoke to Putin by phone.", {"Erdogan"}, {"Putin"}),
        ("Many residents of Lower Merrow left below the Merrow dam.", set(), set()),
        ("Mr. Hart said the Hart family would stay.", set(), {"Hart"}),
        ("The engineers' report was published on Monday.", set(), set()),
        ("Putin's office said Erdogan's call came on Friday.", set(), {"Putin", "Erdogan"}),
        ("Rep. John Conyers Jr. said he would step down.", {"Conyers"}, set()),
        ("Michigan Rep. John Conyers is the longest-serving member.", {"Conyers"}, set()),
        ("Sen. Ana Reyes and Gov. Tomas Brandt met on Monday.", {"Reyes", "Brandt"}, set()),
        ("Police Chief Cathy L. Lanier did not reply.", {"Lanier"}, set()),
        ("President Trump knows Matthew G. Whitaker well.", {"Trump", "Whitaker"}, set()),
        ("Yesterday Josh checked himself into a treatment center.", set(), {"Josh"}),
        ("The post noted that Peinovich concealed his identity.", set(), {"Peinovich"}),
        ("Obama said that Rezko never relayed a request.", set(), {"Obama", "Rezko"}),
        ("Many residents left below this Merrow dam.", set(), set()),
        # a place or an institution gives no surname, and uses none
        ("The Magma Imaging St Helens project is collecting data.", set(), set()),
        ("Adrienne Mayor of Stanford University told Discovery News.", {"Mayor"}, set()),
        ("A team from University of Leicester found traces of the gas.", set(), {"Leicester"}),
        ("The White House said a Democratic Congress blocked the plan.", set(), set()),
        ("Under Merrow law, recount totals are due on Monday.", set(), {"Merrow"}),
        ("The hikers climbed Mount St. Helens and Fort Tessel on Monday.", set(), {"Helens"}),
    ],
)
def test_names_in_full_and_in_short(text: str, full: set[str], short: set[str]) -> None:
    names = names_in(text)
    assert names.full == full
    assert names.short == short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave the harbour," she said.', True),
        ('"Our boats will stay," one of them said.', True),
        ("“I was not guilty,” he wrote.", True),
        ('"We will not leave the harbour," Rosa Feld said.', False),
        ('"We will not leave," said Rosa Feld, the fishermen\'s leader.', False),
        ('"The harbour must stay open," she said.', False),
        ("We will not leave the harbour, she said.", False),
    ],
)
def test_a_quoted_we_or_i_needs_its_speaker(text: str, expected: bool) -> None:
    assert quotes_first_person_without_speaker(text) is expected


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The plan may not be around much longer.", "plan"),
        ("The statement, by a deputy minister, was the sharpest threat yet.", "statement"),
        ("The early election results dropped at 8 p.m.", None),
        ("The sales pitch did not work.", None),  # one word only: see TUNING.description_words
        ("The diary first turned up in 1992.", None),
        ("The ceremony ended with a minute of silence.", "ceremony"),
        ("“The video was filmed on Monday,” she said.", "video"),
        ("The police said the road was closed.", None),
        ("The next day the water fell again.", None),
        ("The storm that hit Merrow on Monday killed two people.", None),
        ("The Merrow dam held through the night.", None),
        ("A new plan was published on Monday.", None),
        ("Another major stumbling block in the budget is the tax cut.", "budget"),
        ("Another point of the plan was debated on Monday.", "plan"),
        ("Another storm hit the town on Monday.", None),
        ("Another day in the sun ended the week.", None),
        # a verb in the present tense ends the description too; a plural noun does not
        ("The ink becomes more conductive when pressed.", "ink"),
        ("The contract issue comes while the agency is still defending its move.", None),
        ("The new measures were approved on Monday.", None),
    ],
)
def test_the_thing_a_definite_description_names(text: str, head: str | None) -> None:
    assert described_head(text) == head


DESCRIBED = {
    "a.txt": "Harbour\n\nThe council of Port Alder met on Monday to vote on the harbour.\n\n"
    "Fishermen in the town blocked the harbour for six hours on Monday morning.\n\n"
    "Councillors then approved a plan to close the harbour next year by ten votes to two.\n\n"
    "The plan will cost the town about 2 million euros over three years.\n",
}


def test_a_definite_description_needs_a_sentence_that_introduces_it(tmp_path: Path) -> None:
    features, row = _features(tmp_path, DESCRIBED)
    intro = row("Councillors then approved a plan")
    the_plan = row("The plan will cost")
    council = row("The council of Port Alder")
    deps = features.dependencies
    assert deps.needs(the_plan, []) == [intro]
    assert deps.needs(the_plan, [intro]) == []
    assert deps.needs(council, []) == []
    assert earliest_position(deps, [council, intro], the_plan) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The director, Fede Alvarez, approaches the material with a straight face.", True),
        ("“The spokeswoman, Ana Reyes, said the road was closed,” police said.", True),
        ("The company, Acme Corp., said it would appeal.", True),
        ("The study, published today in the Journal of Hydrology, found the dam was weak.", True),
        ("The prize, part of the Merrow Science Fair, rewards a pupil each year.", True),
        ("The finding, if confirmed, could change how dams are built.", False),
        ("The storm, which hit hard, killed two people.", False),
        ("The director said the film would open in May.", False),
    ],
)
def test_a_description_with_a_name_beside_it_introduces_itself(text: str, expected: bool) -> None:
    assert introduces_itself(text) is expected


ELSEWHERE = {
    "a.txt": "Storm\n\nA storm hit the town of Merrow on Monday and cut power to 4,000 homes.\n\n"
    "Crews worked through the night to clear fallen trees from the roads.\n",
    "b.txt": "Merrow\n\nSchools in Merrow stayed shut on Tuesday as crews cleared the roads.\n\n"
    "The storm was blamed for two deaths in the county.\n\n"
    "The director, Ines Varga, said the schools would open on Thursday.\n",
}


def test_a_description_its_own_article_never_introduces_needs_another_that_does(tmp_path: Path) -> None:
    features, row = _features(tmp_path, ELSEWHERE)
    intro = row("A storm hit")
    blamed = row("The storm was blamed")
    director = row("The director, Ines Varga")
    deps = features.dependencies
    assert deps.needs(blamed, []) == [intro]
    assert deps.needs(blamed, [intro]) == []
    assert deps.described[director] is None  # the name beside it says who the director is
    for words in range(10, 60, 4):
        chosen = select_rows(features, BriefOptions(length=words))
        assert blamed not in chosen or intro in chosen, (words, chosen)


@pytest.mark.parametrize(
    ("line", "leans"),
    [
        # a description nothing in the folder names before stands for what the line before told ...
        ("The driller had come to the site with his crew on Sunday morning.", True),
        # ... unless a name beside it says who it is
        ("The driller, identified as Tom Hart, had come to the site with his crew on Sunday morning.", False),
    ],
)
def test_a_description_its_folder_never_names_before_leans_unless_a_name_says_who(
    tmp_path: Path, line: str, leans: bool
) -> None:
    features, row = _features(
        tmp_path,
        {
            "a.txt": "Well\n\nA gas well blew out near the town of Merrow on Sunday, forcing 200 families "
            f"from their homes.\n\nFlames rose above the rig for three hours.\n\n{line}\n",
            "b.txt": "Merrow\n\nA gas well blew out near Merrow on Sunday and 200 families left their homes.\n",
        },
    )
    assert bool(features.dependencies.leans_on[row(line[:20])] == row("Flames rose")) is leans


FOLDER = {
    "a.txt": "Harbour\n\nFishermen led by Rosa Feld blocked the harbour of Port Alder on Monday.\n\n"
    "The council plans to close the harbour next year.\n\n"
    "Feld said the closure would end fishing in the town.\n\n"
    "However, the council said the harbour costs 2 million euros a year.\n",
}


def test_a_sentence_is_added_after_what_it_depends_on(tmp_path: Path) -> None:
    features, row = _features(tmp_path, FOLDER)
    intro = row("Fishermen led by Rosa Feld")
    plans = row("The council plans")
    feld = row("Feld said")
    however = row("However")
    deps = features.dependencies
    assert deps.needs(feld, []) == [intro]
    assert deps.needs(however, []) == [intro, feld]
    assert deps.needs(feld, [intro]) == []
    assert earliest_position(deps, [plans, intro], feld) == 2
    assert earliest_position(deps, [intro, plans], feld) == 1
    assert earliest_position(deps, [plans], plans) == 0


def test_a_brief_takes_a_sentence_only_with_what_it_depends_on(tmp_path: Path) -> None:
    features = build_features(load_folder(write_articles(tmp_path / "f", FOLDER)))
    for words in range(5, 60, 3):
        chosen = set(select_rows(features, BriefOptions(length=words)))
        for row in chosen:
            assert features.dependencies.needs(row, chosen) == [], (words, chosen)


def test_the_window_adds_a_sentence_after_what_it_depends_on(tmp_path: Path) -> None:
    from citebrief.engine import summarise
    from citebrief.engine.order import earliest_place

    corpus = load_folder(write_articles(tmp_path / "f", FOLDER))
    features = build_features(corpus)
    brief = summarise(corpus, BriefOptions(length=200), features=features)
    others = [item for item in brief.items if not item.text.startswith(("Feld", "However"))]
    texts = [item.text for item in others]
    intro = next(i for i, t in enumerate(texts) if t.startswith("Fishermen led by Rosa Feld"))
    feld = next(r.sentence for r in features.rows if r.text.startswith("Feld said"))
    assert earliest_place(features, others, "a.txt", feld.index) == intro + 1
    without = [item for item in others if not item.text.startswith("Fishermen")]
    assert earliest_place(features, without, "a.txt", feld.index) == 0


def test_two_sentences_that_each_name_what_the_other_does_bring_each_other_in_once() -> None:
    deps = Dependencies(
        leans_on=np.array([-1, -1, -1]),
        orphan=np.zeros(3, dtype=bool),
        introducers=((), (), ()),
        full_names=(frozenset(), frozenset(), frozenset()),
        described=(None, ("the reservoir", 2), ("the reservoir", 1)),
        mentions=(frozenset(), frozenset({"the reservoir"}), frozenset({"the reservoir"})),
        unattributed=np.zeros(3, dtype=bool),
    )
    assert deps.needs(1, []) == [2]
    assert deps.needs(2, []) == [1]
    assert deps.needs(1, [0]) == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I fought back when they came for the boats.", True),
        ("Our research shows the storms will get worse.", True),
        ('"We will not leave the harbour," she said.', True),
        ("My faith in the people of Merrow is the heart of my plan.", True),
        ('"We will not leave," Rosa Feld, the fishermen\'s leader, said on Monday.', False),
        ('"I find the dam unsafe," Peter Sung Ohr, the regional director, said in his report.', False),
        ("The mayor said the dam would hold.", False),
    ],
)
def test_first_person_talk_without_its_speaker(text: str, expected: bool) -> None:
    assert speaks_in_first_person(text) is expected


SPEAKERS = {
    "a.txt": "Harbour\n\nThe council of Port Alder voted on Monday to close the harbour next year.\n\n"
    "Fishermen's leader Rosa Feld said the vote would end fishing in the town.\n\n"
    "I will fight this decision in every court in the land.\n\n"
    "The harbour has served the town since 1820.\n\n"
    "Our boats will stay in the water whatever the council says.\n",
    "b.txt": "Opinion\n\nPort Alder needs its harbour more than ever before.\n\n"
    "My plan for the harbour would keep every boat in the water.\n",
}


def test_first_person_talk_comes_only_with_a_sentence_naming_its_speaker(tmp_path: Path) -> None:
    features, row = _features(tmp_path, SPEAKERS)
    feld = row("Fishermen's leader Rosa Feld")
    fight = row("I will fight")
    boats = row("Our boats")
    plan = row("My plan")
    deps = features.dependencies
    assert deps.needs(fight, []) == [feld]
    assert not deps.orphan[fight]
    assert deps.orphan[boats]  # the line before names no one: whose boats is never said
    assert deps.orphan[plan]  # an opinion piece's own voice: its writer is in no sentence
    for words in range(10, 90, 6):
        chosen = select_rows(features, BriefOptions(length=words))
        assert boats not in chosen and plan not in chosen, (words, chosen)


def test_a_country_named_alone_needs_no_introduction_a_surname_still_does(tmp_path: Path) -> None:
    # "US Naval Forces Japan" ends with "Japan" as "Mayor Ines Varga" ends with "Varga": only the
    # surname is a person the brief must name in full first.
    features, row = _features(
        tmp_path,
        {
            "a.txt": "Collision\n\nSeven sailors were missing on Saturday after a destroyer collided with a "
            "cargo ship off the coast of Japan.\n\n"
            "Mayor Ines Varga of Yokosuka said the port was closed.\n\n"
            "The destroyer had left port on Friday, a US Naval Forces Japan spokesman said.\n\n"
            "Varga said the crew were taken to hospital.\n",
        },
    )
    deps = features.dependencies
    assert deps.requires(row("Seven sailors")) == ()
    assert deps.needs(row("Varga said"), []) == [row("Mayor Ines Varga")]


@pytest.mark.parametrize(
    ("heading", "later", "unclear"),
    [
        # a heading written as a sentence names its people as a sentence does: no brief shows it
        (
            "Consider these two panels, one for the cartoonist Matt Groening, the other for an architect:",
            "For Groening, the books he has written are listed in the panel.",
            True,
        ),
        # a headline capitalises every word: "McDonald" there is no surname given in full
        (
            "McRib 2.0: Meet McDonald's McRibster",
            "McDonald's is selling the sandwich in Austria for a limited time.",
            False,
        ),
        ("Consider these two panels, side by side:", "For Groening, the books he has written are listed.", False),
    ],
)
def test_a_surname_given_in_full_only_in_a_heading_is_unclear(
    tmp_path: Path, heading: str, later: str, unclear: bool
) -> None:
    features, row = _features(
        tmp_path,
        {
            "a.txt": "Search panels\n\nThe search engine now shows a panel of facts beside its results.\n\n"
            f"{heading}\n\nThe panels were added on Wednesday to every search in English.\n\n{later}\n",
        },
    )
    assert bool(features.dependencies.orphan[row(later[:12])]) is unclear


@pytest.mark.parametrize(
    ("line", "introduction", "needed"),
    [
        # a person's surname before a noun still names the person
        ("The Carpentier heart weighs 900 grams and beats like a real one.", "Professor Alain", True),
        # a ship the folder calls only by its name after "the" is no person to introduce
        ("The Musashi sank in 1944 with most of its crew.", "The battleship Musashi", False),
        # a name's last word, capitalised for it and written in lower case elsewhere, is its short form
        ("Last year the Index put Merrow first among the small towns of the valley.", "The Green Valley", True),
        # a name of its own that ends in "of" and a name
        ("The Court of Appeal ruled in March that the Merrow dam could stay.", "The Supreme Court", False),
    ],
)
def test_a_name_after_the_needs_its_full_form_when_it_stands_for_one(
    tmp_path: Path, line: str, introduction: str, needed: bool
) -> None:
    features, row = _features(
        tmp_path,
        {
            "a.txt": "Artificial heart\n\nA French patient received an artificial heart on Friday.\n\n"
            "Professor Alain Carpentier designed the device over thirty years.\n\n"
            "The battleship Musashi was found on the seabed this week.\n\n"
            "Carpentier said the operation went smoothly.\n\n"
            "Divers said Musashi lay in deep water.\n\n"
            "The Green Valley Index ranks towns by how they treat the river.\n\n"
            "The Supreme Court heard the case of the Merrow dam last year.\n\n"
            "Each index of this kind is made from public figures.\n\n"
            "Each court of the region heard a case on the dam.\n\n"
            f"{line}\n",
        },
    )
    assert (row(introduction) in features.dependencies.needs(row(line[:14]), [])) is needed


_LIST_ARTICLE = (
    "Stars in business\n\nSeveral actors have launched businesses in recent years that sell clothes and "
    "cosmetics.\n\nMany of the businesses sell their goods at department stores across the country.\n\n"
    "{heading}\n\n{first}\n\nIts goods are now sold in several department stores.\n\n"
    "Varga still owns a share of the business she started.\n"
)


@pytest.mark.parametrize(
    ("heading", "first", "unclear"),
    [
        # a list item about a person: the heading gives the name the item's sentences lean on
        ("Ines Varga, The Varga Collection", "Varga co-founded the clothing company five years ago.", True),
        ("Ines Varga, The Varga Collection", "The singer and actress started her brand a decade ago.", True),
        ("Ines Varga, The Varga Collection", "She started her brand a decade ago.", True),
        # the item's sentence names the person in full itself
        ("Ines Varga, The Varga Collection", "Ines Varga started her brand a decade ago.", False),
        # no heading between, or a photo credit: the line before says who "she" is
        ("", "She started her brand a decade ago.", False),
        ("Getty Images", "She started her brand a decade ago.", False),
    ],
)
def test_a_list_item_about_a_person_needs_its_heading(
    tmp_path: Path, heading: str, first: str, unclear: bool
) -> None:
    text = _LIST_ARTICLE.format(heading=heading, first=first).replace("\n\n\n\n", "\n\n")
    features, row = _features(tmp_path, {"a.txt": text})
    assert bool(features.dependencies.orphan[row(first[:12])]) is unclear
