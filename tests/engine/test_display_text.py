"""What a brief shows of a source sentence: whitespace folded, a leading dateline left out."""

from __future__ import annotations

import pytest

from citebrief.engine.readability import display_text


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("DUBAI A Bahraini court jailed an activist.", "A Bahraini court jailed an activist."),
        ("PARIS (AP) — Police arrested a man on Sunday.", "Police arrested a man on Sunday."),
        ("ANKARA, February 21. /TASS/. Leaders spoke by phone.", "Leaders spoke by phone."),
        ("NASA said the probe   landed on Monday.", "NASA said the probe landed on Monday."),
        ("FBI Director James Comey spoke on Monday.", "FBI Director James Comey spoke on Monday."),
        ("NATO The alliance met on Monday.", "The alliance met on Monday."),
        ("SINGAPORE/BEIJING Former star Tom Hart arrived on Tuesday.", "Former star Tom Hart arrived on Tuesday."),
        ("AC/DC Frontman Tom Hart left the band.", "AC/DC Frontman Tom Hart left the band."),
        ("Miami (AP) — The Heat won the title on Friday.", "The Heat won the title on Friday."),
    ],
)
def test_a_leading_dateline_is_left_out(sentence: str, shown: str) -> None:
    assert display_text(sentence) == shown
