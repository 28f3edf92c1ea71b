"""A person named by given name alone ("Brock was released ...") needs, in a brief, the sentence that
gives the full name, as a surname used alone does; a firm's first word and a word also written in lower
case are no given names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_folders import write_articles
from citebrief.engine.dependencies import names_in
from citebrief.engine.features import build_features
from citebrief.engine.given_names import given_name_surnames
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
        # a firm called by its first word alone, never told as a person: no given name
        (
            [
                "Goldman Sachs will advise the council on the sale.",
                "Goldman said the sale would close in May.",
            ],
            {},
        ),
    ],
)
def test_which_words_are_given_names(texts: list[str], expected: dict[str, str]) -> None:
    names = {text: names_in(text) for text in texts}
    fit = np.ones(len(texts))
    assert given_name_surnames(texts, names, fit, np.zeros(len(texts), dtype=bool)) == expected


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
