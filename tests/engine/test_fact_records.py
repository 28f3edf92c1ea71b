"""One fact told in other words: a record told with other superlatives and other words for the thing,
one thing done told with other words ("swap" / "exchange"), and a time told in an aside between dashes,
which dates the aside, not the news."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fact_rules import _verdicts

from article_folders import write_articles
from citebrief.core import BriefOptions
from citebrief.engine import sentence_signals, summarise
from citebrief.engine.event_words import records
from citebrief.engine.fact_signals import without_asides
from citebrief.engine.features import build_features
from citebrief.ingest import load_folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the largest dinosaur foot ever found.", [("largest", ["dinosaur", "foot"])]),
        ("Tessaurus had the biggest feet of any sauropod, the team said.", [("largest", ["feet", "sauropod"])]),
        ("It was the tallest tower than any other built.", [("highest", ["tower"])]),
        ("It is the largest city in the region.", []),  # no mark of a record: a ranking, not a record
        ("The fossil was found in Wyoming.", []),
    ],
)
def test_the_records_a_sentence_claims(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former Ardley officer — charged last week with faking a shootout — was found dead.",
            "A former Ardley officer was found dead.",
        ),
        ("Governor Ana Diaz (R-Nev.) was named on Monday.", "Governor Ana Diaz was named on Monday."),
        ("The officer was found dead - police said.", "The officer was found dead - police said."),
    ],
)
def test_asides_between_dashes_or_in_brackets(text: str, expected: str) -> None:
    assert " ".join(without_asides(text).split()) == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # One record, told with another superlative and other words for the thing it is of.
        (
            "Scientists said the fossil from Chubut is the largest dinosaur foot ever found.",
            "It is the largest sauropod foot ever discovered, according to the museum in Trelew.",
            True,
        ),
        (
            "The sauropod Tessaurus had the biggest feet of any sauropod, the researchers said.",
            "It is the largest sauropod foot ever discovered, according to the museum in Trelew.",
            True,
        ),
        # Another record of the same kind, or the same thing without a record, is another fact.
        (
            "Scientists said the fossil from Chubut is the largest dinosaur foot ever found.",
            "The museum in Chubut holds the largest fossil collection ever assembled in Argentina.",
            False,
        ),
        (
            "Scientists said the fossil from Chubut is the largest dinosaur foot ever found.",
            "The dinosaur foot from Chubut was dug up by a farmer in 2012.",
            False,
        ),
        # One offer told with other words for the thing done.
        (
            "The Rockies say fans will have the chance to swap the misspelled jerseys for correct ones.",
            "The Rockies said fans can exchange the misspelled jerseys for corrected ones in September.",
            True,
        ),
        (
            "The Rockies say fans will have the chance to swap the misspelled jerseys for correct ones.",
            "The Rockies said the misspelled jerseys were printed by a supplier in Denver.",
            False,
        ),
        # A time in an aside dates the aside: both tell the death on Thanksgiving.
        (
            "Former Ardley police officer Tom Reese, 24, was found dead in his home on Thanksgiving.",
            "A former Ardley police officer — charged last week with faking a shootout — was found dead in "
            "his home on Thanksgiving Day.",
            True,
        ),
        # ... and what the aside tells happened last week is another fact.
        (
            "Former Ardley police officer Tom Reese, 24, was found dead in his home on Thanksgiving.",
            "The former Ardley police officer was charged last week with faking a shootout.",
            False,
        ),
    ],
)
def test_one_fact_in_other_words_is_one_fact(tmp_path: Path, first: str, second: str, same: bool) -> None:
    assert _verdicts(tmp_path / "pair", first, second)[0] is same


RECORD = {
    "a.txt": (
        "Diggers in Chubut have unearthed the largest dinosaur foot ever found, scientists said on Tuesday. "
        "The bone belonged to Tessaurus, a long-necked plant eater that lived 100 million years ago. "
        "A farmer found the first bones on his land in 2012 and called the museum in Trelew.\n"
    ),
    "b.txt": (
        "A long-necked dinosaur from Chubut had the biggest feet of any sauropod, researchers reported. "
        "The team spent four summers digging the bones out of a hillside near Trelew. "
        "Tessaurus weighed about 60 tonnes, the team estimated from its thigh bone.\n"
    ),
    "c.txt": (
        "It is the largest sauropod foot ever discovered, the museum in Trelew said of the Chubut find. "
        "The foot will go on show at the museum in March alongside a cast of the thigh bone. "
        "Students from three universities helped to clean and measure the fossils.\n"
    ),
}


def test_a_record_told_three_ways_is_in_the_brief_once(tmp_path: Path) -> None:
    corpus = load_folder(write_articles(tmp_path / "f", RECORD))
    brief = summarise(corpus, BriefOptions(length=150))
    texts = [item.text for item in brief.items]
    told = [t for t in texts if any(w in t for w in ("largest", "biggest"))]
    assert len(told) == 1, texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mauril Bélanger introduced the bill.", "Mauril Belanger introduced the bill."),
        ("Zoë Ortiz won the race.", "Zoe Ortiz won the race."),
        ("Ålesund flooded.", "Alesund flooded."),
    ],
)
def test_a_name_with_and_without_its_accents_is_one_actor(tmp_path: Path, first: str, second: str) -> None:
    folder = write_articles(tmp_path / "f", {"a.txt": first + "\n", "b.txt": second + "\n"})
    features = build_features(load_folder(folder))
    assert sentence_signals.signals(features, 0).actors == sentence_signals.signals(features, 1).actors
