"""The story terms' shortcuts give what the patterns they replace gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.engine.story_terms import _without_possessive

# What `story_terms` first took off a name's form: a possessive's or a plural's apostrophe at the end.
_POSSESSIVE = re.compile(r"['’]s?$")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(("NBC", "Jones", "s", "'", "’", "'s", "’s", " ", "S", "x")), max_size=6))
def test_a_form_loses_the_ends_its_pattern_took_off(pieces: list[str]) -> None:
    form = "".join(pieces)
    assert _without_possessive(form) == _POSSESSIVE.sub("", form)
