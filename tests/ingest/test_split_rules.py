"""Every sentence-boundary rule on its own examples and non-examples, through the whole splitter."""

from __future__ import annotations

import re

import pytest

from citebrief.ingest.sentences import punkt_tokenizer, split_sentences
from citebrief.ingest.split_rules import CUE_MARKS, RULES, Effect, SplitRule

_CASES = [
    pytest.param(rule, sentences, positive, id=f"{rule.name}-{'yes' if positive else 'no'}-{number}")
    for rule in RULES
    for positive, table in ((True, rule.examples), (False, rule.non_examples))
    for number, sentences in enumerate(table)
]


def _boundaries(sentences: tuple[str, ...], joiner: str = " ") -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) in the sentences joined by ``joiner``."""
    out, pos = [], 0
    for sentence in sentences[:-1]:
        pos += len(sentence)
        out.append((pos, pos + len(joiner)))
        pos += len(joiner)
    return out


def _cuts(text: str) -> list[tuple[int, int]]:
    """Every place Punkt could cut: over a space, or between two characters (before a closing mark)."""
    return [(i, i + 1) for i, char in enumerate(text) if char == " "] + [(i, i) for i in range(1, len(text))]


def _acts_rightly(rule: SplitRule, text: str, sentences: tuple[str, ...], positive: bool) -> bool:
    """A join rule never holds at a boundary between the sentences, and on an example it holds at some
    cut inside one; a split rule splits only at the boundaries, and on an example it splits."""
    boundaries = _boundaries(sentences, rule.joiner)
    if rule.effect is Effect.JOIN:
        if any(rule.holds_at(text, a, b) for a, b in boundaries):
            return False
        inner = [p for p in _cuts(text) if p not in boundaries]
        return not positive or any(rule.holds_at(text, a, b) for a, b in inner)
    points = set(rule.split_points(text, 0, len(text)))
    return points <= set(boundaries) and bool(points) is positive


@pytest.mark.parametrize(("rule", "sentences", "positive"), _CASES)
def test_rule_on_its_examples(rule: SplitRule, sentences: tuple[str, ...], positive: bool) -> None:
    language = "english" if rule.languages is None else min(rule.languages)
    text = rule.joiner.join(sentences)
    # The rule's own test acts on its examples, and not where its non-examples say it must not ...
    assert _acts_rightly(rule, text, sentences, positive)
    # ... and the splitter, all rules together, gives the sentences the row says, at exact offsets.
    split = split_sentences(text, "doc", language=language)
    assert tuple(s.text for s in split) == sentences
    assert all(text[s.start : s.end] == s.text for s in split)


def test_every_split_rule_has_a_cue_that_starts_at_a_mark() -> None:
    """The search for where a split rule may act looks for the cues at `CUE_MARKS` only."""
    for rule in RULES:
        if rule.effect is not Effect.SPLIT:
            continue
        texts = [rule.joiner.join(sentences) for sentences in (*rule.examples, *rule.non_examples)]
        found = [match.group() for text in texts for match in re.finditer(rule.cue, text)]
        assert rule.cue and found, rule.name
        assert all(cue[0] in CUE_MARKS for cue in found), rule.name


def test_every_rule_has_examples_and_non_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples and rule.non_examples, rule.name


@pytest.mark.parametrize(
    "sentences",
    [
        ("I can see Mt. Fuji from here.",),
        ("I live in the U.S.", "How about you?"),
        ('"This is great." she said.',),
        ("He left (he was tired.) and then came back.",),
        ("I never meant that....", "She left the store."),
        ("Yahoo! is a company.",),
    ],
)
def test_news_boundaries_that_punkt_alone_gets_wrong(sentences: tuple[str, ...]) -> None:
    text = " ".join(sentences)
    punkt_alone = tuple(text[s:e] for s, e in punkt_tokenizer("english").span_tokenize(text))
    assert punkt_alone != sentences
    assert tuple(s.text for s in split_sentences(text, "doc")) == sentences


def test_sentences_a_source_glued_without_a_space_are_split() -> None:
    text = "Officials cited the club for the violation.But when it appealed, the fine was cut in half."
    split = split_sentences(text, "doc")
    assert [s.text for s in split] == [
        "Officials cited the club for the violation.",
        "But when it appealed, the fine was cut in half.",
    ]
    assert all(text[s.start : s.end] == s.text for s in split)
