"""Every row of the sentence-rule catalogue matches its positive examples and none of its negatives."""

from __future__ import annotations

import pytest

from citebrief.ingest.rule_catalogue import CATALOGUE
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
