"""Every row of the sentence-rule catalogue matches its positive examples and none of its negatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.ingest.rule_catalogue import CATALOGUE
from citebrief.ingest.rule_tests import CREDIT_REGEX, CREDIT_TEST, VX
from citebrief.ingest.sentence_rules import Rule, _folds, pattern

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


_CASE_BLIND = r"share\s+on\s+(?:facebook|twitter)|read\s+more$|\d+[-\s]min\s+read|^click\s+here"
_CASE_PIECES = ("Share", "on", "FACEBOOK", "twitter", "İ", "ſhare", "Read", "MORE", "click", "HERE", "-", "5", "min")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CASE_PIECES), max_size=8))
def test_a_case_blind_pattern_run_on_the_lower_case_finds_what_it_finds_on_the_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert _folds(_CASE_BLIND, VX)
    assert pattern(_CASE_BLIND, lower=False, flags=VX)(text, text.lower()) == bool(
        re.compile(_CASE_BLIND, VX).search(text)
    )


@pytest.mark.parametrize(
    ("regex", "folds"),
    [
        (_CASE_BLIND, True),
        (r"[a-z]+(?=\s)(?<!x)", True),
        (r"(?-i:a)b", False),  # case turned back on
        (r"\x41", False),  # "A" by its code
        (r"[+-a]", False),  # a range with capitals in it
        (r"(a)\1", False),
        (r"\W", False),
        (r"ü", False),
        (r"Share", False),
    ],
)
def test_only_patterns_whose_case_cannot_matter_run_on_the_lower_case(regex: str, folds: bool) -> None:
    assert _folds(regex, VX) is folds
    assert not _folds(regex, re.VERBOSE)  # a pattern that minds case is run as written
