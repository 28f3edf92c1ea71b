"""Is a sentence fit to stand alone in a brief? The catalogue's ``NEVER`` and ``LEANS`` rules decide,
with the reference rules of ``references`` (a page speaking of itself, a "her" with no one named).

``readability`` gives 0 for never, 1 for a clean self-contained sentence, and ``TUNING.leaning`` for a
sentence that needs the one before it (a pronoun or connective opener, a speaker named by role, the
tail of a quote), times ``TUNING.unclear`` for one that reads unclear alone (an unexplained "we"). It
runs on every sentence of a folder.
"""

from __future__ import annotations

import re

from citebrief.engine.references import leans_by_reference, never_alone
from citebrief.engine.tuning import TUNING
from citebrief.ingest.dateline import dateline_end
from citebrief.ingest.sentence_rules import Effect, first_match, rules_with

_SPACE = re.compile(r"\s+")
# "DUBAI A Bahraini court ...": a city in capitals glued to the sentence without a dash or an agency.
# "SINGAPORE/BEIJING Flamboyant former ...": cities joined by a slash are a dateline whatever follows.
_BARE_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2} (?=(?:A|An|The) [A-Z]?[a-z])|^[A-Z]{3,}(?:/[A-Z]{3,})+ (?=[A-Z][a-z])"
)
_NEVER = rules_with(Effect.NEVER)
_LEANS = rules_with(Effect.LEANS)
_UNCLEAR = rules_with(Effect.UNCLEAR)


def display_text(sentence: str) -> str:
    """The sentence as the brief shows it: whitespace folded, a leading dateline left out."""
    folded = _SPACE.sub(" ", sentence).strip()
    bare = _BARE_DATELINE.match(folded)
    return folded[bare.end() :] if bare else folded[dateline_end(folded) :]


def opens_with_reference(text: str) -> bool:
    """True when the sentence needs the one before it to be understood ("He", "However", "Many of
    them", "The monitor said", the tail of a quote)."""
    return first_match(_LEANS, text) is not None


def readability(text: str, words: int) -> float:
    return readability_and_opener(text, words)[0]


def readability_and_opener(text: str, words: int) -> tuple[float, bool]:
    """`readability` and `opens_with_reference` at once: the ``LEANS`` rules run once for both."""
    lower = text.lower()
    leans = first_match(_LEANS, text, lower) is not None or leans_by_reference(text)
    if first_match(_NEVER, text, lower) is not None or never_alone(text):
        return 0.0, leans
    score = TUNING.leaning if leans else 1.0
    if first_match(_UNCLEAR, text, lower) is not None:
        score *= TUNING.unclear
    return score, leans
