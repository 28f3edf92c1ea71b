"""A person named by given name alone ("Brock was released ...") needs, in a brief, the sentence that
gives the full name, as a surname used alone does; a firm's first word and a word also written in lower
case are no given names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_folders import write_articles
from citebrief.engine.features import build_features
from citebrief.engine.given_names import given_name_surnames, introduced_by_role
from citebrief.engine.name_runs import names_in
from citebrief.ingest import load_folder


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a person: the surname alone in more sentences than the given name
        (
            [
                "Police arrested Brock Tarner in Merrow on Friday.",
                "Tarner was charged on Monday.",
                "Tarner pleaded not guilty.",
                "Brock was released on bail.",
            ],
            {"Brock": "Tarner"},
        ),
        # a firm is called by its first word ("Sprint"), not its second
        (
            [
                "Sprint Nextel will sell the phone in October.",
                "Sprint said on Monday it would cut prices.",
                "Sprint shares rose.",
                "Nextel phones will be phased out.",
            ],
            {},
        ),
        # a word also written in lower case is no given name ("the council will vote")
        (
            [
                "Will Tarner starred in the film.",
                "Tarner said it was fun.",
                "Tarner laughed.",
                "Will was there too.",
                "The council will vote on Monday.",
            ],
            {},
        ),
        # one given name, two people: which one a line means is unknown
        (
            [
                "John Tarner and John Hale met in Merrow.",
                "Tarner said the talks went well.",
                "Hale said they did not.",
                "John left on Tuesday.",
            ],
            {},
        ),
        # a word that opens sentences is no given name
        (
            [
                "Meanwhile Tarner said the talks went well.",
                "Tarner left on Tuesday.",
                "Tarner came back on Friday.",
                "Meanwhile, the council met.",
            ],
            {},
        ),
        # never used alone: nothing to introduce
        (["Police arrested Brock Tarner on Friday.", "Tarner was charged on Monday."], {}),
        # a person the folder calls by given name only, told as a person where named in full (an age)
        (
            [
                "Retired detective Frank Tarner, 80, was honoured in Merrow on Monday.",
                "Frank said the police had changed a lot.",
            ],
            {"Frank": "Tarner"},
        ),
        # ... or with "he" or "her" beside the full name
        (
            [
                "Monica Hale said she had left the town with her children.",
                "Monica later came back to Merrow.",
            ],
            {"Monica": "Hale"},
        ),
        # one source calls him by given name, others by surname: told as a person, still a given name
        (
            [
                "Police found the car of her neighbor, Frank Tarner, and his dog.",
                "Frank was reported missing that day.",
                "Frank had been shot.",
                "Tarner was 66.",
            ],
            {"Frank": "Tarner"},
        ),
        # ... or an age before it
        (
            [
                "Police found the car of a neighbor, 66-year-old Frank Tarner, in a ditch.",
                "Frank was reported missing that day.",
            ],
            {"Frank": "Tarner"},
        ),
        # a firm called by its first word alone, never told as a person: no given name
        (
            [
                "Goldman Sachs will advise the council on the sale.",
                "Goldman said the sale would close in May.",
            ],
            {},
        ),
        # a city named after its state: the state's name is no given name
        (
            [
                "The patient is being treated at a hospital in Oklahoma City.",
                "She lives in Shawnee, Oklahoma, with her husband.",
                "Oklahoma has had more tick bites this year.",
                "Doctors in Oklahoma City said she was recovering.",
            ],
            {},
        ),
    ],
)
def test_which_words_are_given_names(texts: list[str], expected: dict[str, str]) -> None:
    names = {text: names_in(text) for text in texts}
    fit = np.ones(len(texts))
    assert given_name_surnames(texts, names, fit) == expected


def test_a_given_name_alone_needs_the_full_name(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Arrest\n\nPolice in Merrow arrested Brock Tarner, 20, on Friday after a fight outside a bar.\n\n"
        "Tarner was charged with assault on Monday.\n\nTarner pleaded not guilty on Tuesday.\n",
        "b.txt": "Bail\n\nA judge in Merrow set bail at $5,000 on Tuesday for a man charged with assault.\n\n"
        "Brock was released on bail on Wednesday, his lawyer said.\n",
    }
    features = build_features(load_folder(write_articles(tmp_path / "f", articles)))
    texts = [r.text for r in features.rows]
    released = next(i for i, t in enumerate(texts) if t.startswith("Brock was released"))
    arrest = next(i for i, t in enumerate(texts) if t.startswith("Police in Merrow arrested"))
    assert arrest in features.dependencies.needs(released, [])


def _row(texts: list[str], start: str) -> int:
    return next(i for i, t in enumerate(texts) if t.startswith(start))


def test_a_given_name_needs_that_persons_full_name_not_a_relatives(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Found\n\nHouston police said Carl Tarner, 21, was found safe on Friday after a week missing.\n\n"
        "Tarner was taken home by his family.\n\nMonica said that Tarner will be checked by doctors.\n\n"
        "Monica Tarner flew into Houston on Thursday to look for her son.\n",
        "b.txt": "Missing\n\nCarl Tarner, the son of a congressman, was last seen on Tuesday at his apartment.\n\n"
        "Tarner's roommates called the police on Wednesday.\n",
    }
    features = build_features(load_folder(write_articles(tmp_path / "f", articles)))
    texts = [r.text for r in features.rows]
    monica, mother = _row(texts, "Monica said"), _row(texts, "Monica Tarner flew")
    carl = _row(texts, "Houston police said Carl Tarner")
    # with Carl Tarner's line chosen, "Monica said" still needs the line naming Monica Tarner
    assert mother in features.dependencies.needs(monica, [carl])


def test_a_full_name_in_a_line_that_leans_on_another_still_makes_a_given_name(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Charged\n\nAmber Hale was charged on Monday with killing her two children in Merrow.\n\n"
        "Hale also admitted to shooting a neighbor in a ditch.\n\nTarner's body was found the next day.\n",
        "b.txt": "Neighbor\n\nThe children were taken from their grandparents' house on Monday.\n\n"
        "Also missing was their neighbor, 66-year-old Frank Tarner, who had given the mother rides.\n\n"
        "Frank was reported missing that day and an alert went out for the children.\n\n"
        "Frank would sometimes give rides to his neighbors.\n",
    }
    features = build_features(load_folder(write_articles(tmp_path / "f", articles)))
    texts = [r.text for r in features.rows]
    missing, neighbor = _row(texts, "Frank was reported"), _row(texts, "Also missing was")
    assert features.dependencies.leans_on[neighbor] >= 0  # "Also" leans on the line before
    assert neighbor in features.dependencies.needs(missing, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctor Jill Tarner mailed pills to her daughter Carla in Seoul.", {"Carla Tarner"}),
        ("Tarner and his wife, Carla, left Merrow on Friday.", {"Carla Tarner"}),
        ("Carla shipped the pills to Nagoya.", set()),  # no role: the name alone needs its introduction
        ("The daughter said Carla left on Friday.", set()),  # the role word is not next to the name
    ],
)
def test_a_role_word_before_a_given_name_introduces_the_person(text: str, expected: set[str]) -> None:
    assert introduced_by_role(text, names_in(text).short, {"Carla": "Tarner"}) == expected
