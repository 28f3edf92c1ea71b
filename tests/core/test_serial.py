"""A brief survives the trip to JSON and back unchanged, whatever its text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from citebrief.core import Brief, BriefItem, BriefOptions, Citation, LengthUnit, SourceRef
from citebrief.core.serial import brief_from_dict, brief_to_dict

text = st.text(max_size=60)
citation = st.builds(
    Citation, text, st.integers(0, 500), st.integers(0, 10_000), st.integers(0, 10_000), text
)
item = st.builds(BriefItem, text, st.lists(citation, max_size=4).map(tuple), st.booleans(), text)
options = st.builds(
    BriefOptions,
    algorithm=st.sampled_from(["citebrief", "lexrank"]),
    unit=st.sampled_from(list(LengthUnit)),
    length=st.integers(1, 2000),
    focus=st.lists(text, max_size=3).map(tuple),
    sections=st.sampled_from(["auto", "off"]),
)
ref = st.builds(SourceRef, id=text, path=text, title=text, sha256=text, relpath=text)
brief = st.builds(
    Brief,
    title=text,
    items=st.lists(item, max_size=5).map(tuple),
    options=options,
    sources=st.lists(ref, max_size=3).map(tuple),
    created=text,
    root=text,
)


@given(brief)
def test_brief_round_trips_through_json(original: Brief) -> None:
    again = brief_from_dict(json.loads(json.dumps(brief_to_dict(original))))
    assert again == original
