"""The splitter's shortcuts give exactly what the work they skip would give.

A stretch in which Punkt's search finds no possible sentence end is not handed to Punkt, and sentence
ends are read from the end of a unit instead of by a regular expression: both must agree with what
they replace on every kind of stretch a news page holds.
"""

from __future__ import annotations

import re

import pytest

from citebrief.ingest.roles import ends_with_mark
from citebrief.ingest.sentences import _punkt_spans, punkt_tokenizer

STRETCHES = (
    "Flood waters rise in the valley",  # a headline: no mark at all
    "The council met on Monday.",  # one sentence, its mark at the very end
    'She said, "We will rebuild."',  # the mark inside closing quotes at the end
    "Is it over?!",  # a run of marks at the end
    "By Jo Lee | Updated 10:42 GMT",
    "Das Hochwasser steigt. Die Stadt warnt die Anwohner.",  # a possible end inside
    "Wait . . . what?",
    "The U.S. Army said so. Then it left.",
    "   ",
    "",
)
LANGUAGES = ("english", "german", "greek", "malayalam")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chunk", STRETCHES)
def test_spans_are_punkts_own(chunk: str, language: str) -> None:
    assert _punkt_spans(chunk, language) == list(punkt_tokenizer(language).span_tokenize(chunk))


# What the regular expressions this replaces said: a sentence end (roles), a line end (sentences).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LINE_END = re.compile(r"[.!?…;:][\"'”’»)\]]*\s*$")
UNITS = (
    "He left.",
    'He said "no."',
    "He said “no”.",
    "(He left.)",
    "He left. ",
    'He left. "',
    "Wait…",
    "Really?!",
    "Prices: ",
    "Headline without a mark",
    "Ends with a quote”",
    ".",
    '"',
    "",
    "\n",
    "Line one;\n",
)


@pytest.mark.parametrize("unit", UNITS)
def test_sentence_ends_read_from_the_end(unit: str) -> None:
    assert ends_with_mark(unit) == bool(_SENTENCE_END.search(unit.rstrip()))
    assert ends_with_mark(unit, ".!?…;:") == bool(_LINE_END.search(unit))
