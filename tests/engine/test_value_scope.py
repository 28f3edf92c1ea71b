"""Whose a stated number is: the thing counted, the names beside it, the parts a sentence names."""

from __future__ import annotations

import pytest

from citebrief.engine.fact_values import numeric_values
from citebrief.engine.value_scope import Scope, attached_names, counted, parts_named


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        ("Eleven military planes, one civil aircraft and 15 ships joined the search.", "military plane"),
        ("Twelve aircraft and 15 ships joined the search.", "aircraft"),
        ("The clashes killed 2,000 security forces.", "security force"),
        ("The clashes killed 8,000 people.", ""),
        ("The attack left 12 dead.", ""),
        ("A 24-year-old suspect was held.", "suspect"),
        ("Police named the 32-year-old woman who died.", "woman"),
        ("The number of confirmed cases climbed to 340.", "confirmed case"),
        ("The fire forced 5,000 residents from their homes.", "resident"),
    ],
)
def test_the_thing_a_number_counts_keeps_its_qualifiers(sentence: str, thing: str) -> None:
    assert counted(sentence, numeric_values(sentence)[0]) == thing


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Mark Evans, a 45-year-old teacher, was hurt.", {"mark evans"}),
        ("They released 1,000 mink from Rykola Mink Farm in May.", {"rykola mink"}),
        ("Gunmen killed 18 villagers in the raid.", set()),
        ("All 47 passengers and crew were killed on Monday.", set()),
    ],
)
def test_the_names_beside_a_number_say_whose_it_is(sentence: str, names: set[str]) -> None:
    assert attached_names(sentence, numeric_values(sentence)[0]) == names


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("At one farm, activists freed 1,500 hens.", {"at one"}),
        ("$7 million went to one relief group.", {"to one"}),
        ("One of the buses carried 40 pupils.", {"one of"}),
        ("In Ohio alone, 40,000 homes lost power.", {"alone"}),
        ("Officers arrested them one by one.", set()),
        ("Activists freed 6,000 hens from farms across the region.", set()),
    ],
)
def test_a_sentence_that_names_a_part_says_so(sentence: str, parts: set[str]) -> None:
    assert parts_named(sentence) == parts


@pytest.mark.parametrize(
    ("sentence", "anecdote"),
    [
        ("My battery went down to 3% after an hour.", True),
        ("I waited 40 minutes for the bus.", True),
        ("We paid $300 for the tickets, a fan said.", True),
        ("The battery charges to 80% in half an hour, the maker says.", False),
        ("US troops killed 12 militants.", False),
    ],
)
def test_a_first_person_sentence_is_an_anecdote(sentence: str, anecdote: bool) -> None:
    assert Scope.of(sentence, numeric_values(sentence)).anecdote is anecdote


def test_a_day_or_month_beside_a_number_is_no_name() -> None:
    sentence = "Floods killed 12 villagers on March 3 in the north."
    assert attached_names(sentence, numeric_values(sentence)[0]) == frozenset()
