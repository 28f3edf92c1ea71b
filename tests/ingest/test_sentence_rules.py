"""Every row of the sentence-rule catalogue matches its positive examples and none of its negatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.ingest.rule_catalogue import CATALOGUE
from citebrief.ingest.rule_tests import CREDIT_REGEX, CREDIT_TEST, VX
from citebrief.ingest.sentence_rules import Rule

_CASES = [
    pytest.param(rule, text, expected, id=f"{rule.name}: {'+' if expected else '-'} {text[:40]}")
    for rule in CATALOGUE
    for expected, texts in ((True, rule.positives), (False, rule.negatives))
    for text in texts
]


@pytest.mark.parametrize(("rule", "text", "expected"), _CASES)
def test_each_rule_matches_its_examples(rule: Rule, text: str, expected: bool) -> None:
    assert rule.matches(text) is expected


def test_every_rule_has_a_unique_name_and_examples_both_ways() -> None:
    names = [r.name for r in CATALOGUE]
    assert len(names) == len(set(names))
    assert all(r.positives and r.negatives for r in CATALOGUE)


_CREDIT_PIECES = [
    "Photo", "PHOTOS", "Image", "Picture", "Foto", "Bild", "Video", "Graphic", "credit", "Credit",
    ":", "/", "©", "|", "(", ")", ".", " ", "by", "courtesy of", "File", "Jo Lee", "Reuters", "The mayor",
    "said", "photographers", "imagery",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=8))
def test_the_credit_test_tried_only_on_units_with_its_words_matches_where_its_pattern_does(
    pieces: list[str],
) -> None:
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert CREDIT_TEST(text, text.lower()) == bool(_CREDIT_PATTERN.search(text))


_CREDIT_PATTERN = re.compile(CREDIT_REGEX, VX)
