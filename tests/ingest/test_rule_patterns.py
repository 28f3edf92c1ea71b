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
from citebrief.ingest.sentence_rules import rule

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


# Rules whose alternatives are searched apart (`sentence_rules.either`), as first written: one pattern
# searched once any of the hints occurs.
_WHOLE = {
    "gallery caption": (
        r"\bfull screen\b|\bautoplay\b|\b(?:next|previous) slide\b|\b(?:view|photo) gallery\b|\bslideshow\b"
        r"|^\d+ of \d+\b|^(?:enlarge|expand|close) (?:image|photo|this)\b",
        ("full screen", "autoplay", "slide", "gallery", " of ", "enlarge", "expand", "close "),
    ),
    "list number or developing-story notice": (
        r"[:,] ?\d{1,2}\.$|\bcheck back\b|\b(?:this|the) story (?:is developing|will be updated)\b"
        r"|\byou'll (?:also )?find\b|\bweb exclusives?\b|\bwe've (?:collected|rounded up|gathered)\b",
        (".", "check back", "story", "find", "exclusive", "we've"),
    ),
    "tip line appeal": (
        r"\banyone with (?:any )?information\b|\btip ?line\b|\bcrime ?stoppers\b"
        r"|\(?\b\d{3}\)?[ .-]\d{3}[.-]\d{4}\b",
        ("anyone with", "tip", "stoppers", "-", "."),
    ),
}
_WHOLE_PIECES = (
    "1", "12", "109", "844", "459", "5786", "(", ")", "-", ".", ":", ",", " of ", "of", "full screen", "slide",
    "slideshow", "view gallery", "enlarge", "image", "close", "this", "check back", "the story is developing",
    "you'll also find", "web exclusives", "we've collected", "anyone with information", "tip line",
    "crimestoppers", "x", "é", "_", "\n", "",
)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(sorted(_WHOLE)),
    st.lists(st.sampled_from(_WHOLE_PIECES), max_size=10),
    st.sampled_from(("", " ")),
)
def test_a_rule_searched_in_parts_finds_what_its_whole_pattern_finds(
    name: str, pieces: list[str], joiner: str
) -> None:
    regex, hints = _WHOLE[name]
    text = joiner.join(pieces)
    lowered = text.lower()
    whole = any(hint in lowered for hint in hints) and re.search(regex, lowered) is not None
    assert rule(name).matches(text) == whole


def test_the_rules_searched_in_parts_still_match_their_examples_as_a_whole() -> None:
    for name, (regex, hints) in _WHOLE.items():
        found = rule(name)
        for text in (*found.positives, *found.negatives):
            lowered = text.lower()
            whole = any(hint in lowered for hint in hints) and re.search(regex, lowered) is not None
            assert found.matches(text) == whole, (name, text)
