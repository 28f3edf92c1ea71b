"""Rules written for speed find exactly what their plain form finds.

A pattern that opens with look-behinds is tried at every character of a line; written to open with
the character it consumes first, with the look-behinds after it, it skips to that character instead.
A rule that first looks for words its pattern cannot match without searches the pattern less often.
Both forms must give the same answers, matches and groups included, on every kind of line.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.ingest.finite_verbs import _RELATIVE
from citebrief.ingest.fragment_rules import _PAPER_VOICE, paper_voice
from citebrief.ingest.rule_tests import unquoted

# `finite_verbs._RELATIVE` as first written: the look-behinds before the space.
_RELATIVE_PLAIN = re.compile(
    r"\s(?:which|who|whom|whose|where)\s"
    r"|(?<![,;:])(?<!\bnow)(?<!\bso)(?<!\bleast)(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bmaybe)(?<!\bperhaps)"
    r"\sthat\s(?=([a-z']+))"
)
_PIECES = (
    "that", "which", "who", "whom", "whose", "where", "now", "know", "so", "also", "least", "at least",
    "and", "band", "but", "or", "for", "maybe", "perhaps", "words", "should", "don't", "it's", "",
    ",", ";", ":", ".", "\n", "\t", "  ", " ", "3", "é", "that's",
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(("", " ", "\n", "\t")))
def test_the_relative_pattern_finds_what_its_plain_form_finds(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    assert _matches(_RELATIVE, text) == _matches(_RELATIVE_PLAIN, text)


def test_the_relative_pattern_on_lines_of_news() -> None:
    lines = (
        "words that should be required reading for men and women of all ages.",
        "now that industry is endangering the town.",
        "at least that has barbecue sauce.",
        "actually, that can't be right.",
        "so that  was it, and that\twas all; that is, perhaps that ended",
        "the man who shot him was arrested where he lived.",
        "that that that",
        " that ",
    )
    for line in lines:
        assert _matches(_RELATIVE, line) == _matches(_RELATIVE_PLAIN, line)


_PAPER_PIECES = (
    "here", "we", "show", "in this study", "our results suggest", "to our knowledge", "we conclude", "et",
    "al.", "(n", "=", "40", "p", "<", "0.05", "95%", "ci", '"', "“", "”", "''", "were", "hour", ",", "",
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PAPER_PIECES), max_size=10), st.sampled_from(("", " ")))
def test_the_paper_voice_rule_searches_only_where_its_pattern_could_match(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    lowered = text.lower()
    assert paper_voice(text, lowered) == (_PAPER_VOICE.search(unquoted(lowered)) is not None)
