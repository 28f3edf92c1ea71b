"""A line that tells a brief line's fact with more takes that line's place: the fact is said once, in
its fuller telling, and what followed on from it still follows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_features import features_and_rows

from citebrief.engine.fuller import tells_more

_BRIDGE = "The council approved the new bridge over the Varn river on Monday."


@pytest.mark.parametrize(
    ("thin", "full", "fuller"),
    [
        # all it says, with who and why besides
        (
            _BRIDGE,
            "The Lindholm city council approved the new bridge over the Varn river on Monday after a long "
            "debate about its cost and its design.",
            True,
        ),
        # the same words, the opposite fact
        (
            _BRIDGE,
            "The council has not approved the new bridge over the Varn river, members said on Monday after a "
            "long debate about its cost.",
            False,
        ),
        # another count: another fact, or a disagreement, not a fuller telling
        (
            "Three workers were hurt at the Varn bridge site on Monday.",
            "Five workers were hurt at the Varn bridge site on Monday when a crane toppled over onto a storage "
            "shed.",
            False,
        ),
        # no detail besides: a rewording, which the same-fact rules judge
        (_BRIDGE, "The council approved the new bridge over the Varn river on Monday evening.", False),
        # a quote tells what someone said, not the reported fact
        (
            _BRIDGE,
            '"The council approved the new bridge over the Varn river on Monday, and we are delighted with '
            'the vote," said Mayor Ilse Brandt.',
            False,
        ),
        # the fact said in passing: the main clause tells another
        (
            "The mayor opened the new Varn library.",
            "Residents complained about the parking for hours after the mayor opened the new Varn library on "
            "Saturday morning.",
            False,
        ),
    ],
)
def test_a_fuller_telling_holds_the_thin_lines_fact_and_more(
    tmp_path: Path, thin: str, full: str, fuller: bool
) -> None:
    features, row = features_and_rows(
        tmp_path / "f",
        {
            "a.txt": f"Bridge news\n\n{thin}\n\nThe town has waited for a new crossing for many years.\n",
            "b.txt": f"Varn crossing\n\n{full}\n\nBuilders expect the work to take about two years to finish.\n",
        },
    )
    a, b = row(thin[:30]), row(full[:30])
    assert tells_more(features, a, b, float(features.similarities(a)[b])) is fuller
    assert not tells_more(features, b, a, float(features.similarities(b)[a]))  # never the other way
