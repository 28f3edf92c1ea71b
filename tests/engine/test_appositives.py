"""A person named by one word only, introduced by a role set off with commas ("his grandfather, Deming,"):
that sentence introduces the name, and a sentence using it alone needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_features import features_and_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.engine.appositives import _APPOSITIVE, with_appositives
from citebrief.engine.name_runs import names_in


@pytest.mark.parametrize(
    ("texts", "introduced"),
    [
        (["Shinozuka's grandfather, Deming, was diagnosed with Alzheimer's."], {"Deming"}),
        (["Klein and his wife, Melissa, own the bakery."], {"Melissa"}),
        (["The victims, Ana and Tom, were found on Monday."], set()),  # not one word set off alone
        (["The capital, Kabul, was quiet on Monday."], set()),  # a place: no person noun before it
        # a surname some text gives in full is introduced there, not by the role
        (["Her husband, Hart, spoke first.", "Engineer Tom Hart said the dam held."], set()),
        # a description set off after a name that opens its sentence says who or what it is
        (["Nola, one of just four northern white rhinos left, died on Sunday."], {"Nola"}),
        (["Mica, a former transport chairman, is a critic of the agency."], {"Mica"}),
        # "Team Nola" names a team, not a person: "team" is also written in lower case
        (["Nola, one of four rhinos left, died.", "Staff of Team Nola and the park's team cared."], {"Nola"}),
        # a surname another sentence gives in full: "Rane" alone may be either Rane
        (["Rane, a teacher from Oregon, shipped the pills.", "Her mother Jill Rane mailed them."], set()),
        (["Merrow, Ohio, flooded on Monday."], set()),  # a place and its state: no description
        (["The rhino, Nola, died on Sunday."], set()),  # no person noun before it, no name opening it
    ],
)
def test_a_role_set_off_with_commas_introduces_a_one_word_name(texts: list[str], introduced: set[str]) -> None:
    names = with_appositives({text: names_in(text) for text in texts})
    assert names[texts[0]].full == frozenset(introduced)
    assert not names[texts[0]].short & introduced


def test_a_one_word_name_comes_after_the_role_that_introduces_it(tmp_path: Path) -> None:
    features, row = features_and_rows(
        tmp_path / "f",
        {
            "a.txt": "Sensor\n\nFifteen-year-old Kenneth Shinozuka of New York won a science award on Monday "
            "for a sensor that warns caregivers when a patient leaves bed.\n\n"
            "Shinozuka's grandfather, Deming, was diagnosed with Alzheimer's disease years ago.\n\n"
            "In its first six months the sensor caught all of Deming's 437 known cases of wandering.\n",
        },
    )
    assert row("Shinozuka's grandfather") in features.dependencies.needs(row("In its first six months"), [])


def test_a_name_described_where_it_opens_its_article_needs_no_later_line(tmp_path: Path) -> None:
    features, row = features_and_rows(
        tmp_path / "f",
        {
            "a.txt": "Rhino dies\n\nNola, one of just four northern white rhinos left in the world, died on "
            "Sunday at the Merrow Safari Park.\n\nThe 41-year-old rhino had an infection.\n\n"
            "Keepers said she was gentle and loved having her back scratched, the park's team said.\n\n"
            "For Jane Kennedy and the rest of Team Nola, caring for the rhino was a privilege.\n",
        },
    )
    assert features.dependencies.needs(row("Nola, one of"), []) == []


_PIECES = ("his wife", "Wife", "grandfather", ",", ", ", "Deming", "deming", "Ana", "Mary-Jane", "and", "Hart", "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_names_are_looked_for_only_where_the_pattern_could_find_them(pieces: list[str]) -> None:
    # `with_appositives` searches a text only where one of its one-word names stands between commas
    text = " ".join(pieces)
    found = names_in(text)
    plain = {m.group(1) for m in _APPOSITIVE.finditer(text)} & found.short
    assert with_appositives({text: found})[text].full == found.full | plain
