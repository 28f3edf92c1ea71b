"""What a unit of article text is: body, headline, byline or boilerplate.

Only body sentences are summarised; the others stay in the text so offsets and the viewer are exact.
"""

from __future__ import annotations

import re

from citebrief.core.model import SentenceRole
from citebrief.ingest.dateline import dateline_end
from citebrief.ingest.sentence_rules import Effect, first_match, rules_with

SENTENCE_ENDS = ".!?…"
_CLOSING = "\"'”’»)]"  # quotes and brackets that may stand after a sentence's last mark
# Page furniture that a saved page glues in front of a story sentence; the sentence after it is kept.
_FURNITURE_PREFIX = re.compile(
    r"""(?:continue\s+reading(?:\s+the\s+main\s+story)?|(?:email|print|share)\s+this(?:\s+(?:page|article|story))?|
    skip\s+to\s+(?:main\s+)?content|story\s+highlights|advertisement|
    \((?:photo|image|picture|video)s?\b[^()]{0,80}\))\s+(?=\S)""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A dateline opens with a city in capitals or an agency in brackets; any other unit skips the pattern.
_DATELINE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")
_FURNITURE = rules_with(Effect.UNIT_FURNITURE)
_CREDIT = rules_with(Effect.UNIT_CREDIT)
_BYLINE = rules_with(Effect.UNIT_BYLINE)
_PARAGRAPH = rules_with(Effect.PARAGRAPH_BOILERPLATE)


def ends_with_mark(text: str, marks: str = SENTENCE_ENDS) -> bool:
    """Whether ``text`` ends with one of ``marks``, perhaps followed by closing quotes or brackets and
    then spaces. Read from the end: a regular expression anchored at the end is still tried at every
    position of the text, on every unit of every file."""
    body = text.rstrip().rstrip(_CLOSING)
    return bool(body) and body[-1] in marks


def has_terminal_punctuation(text: str) -> bool:
    return ends_with_mark(text)


def _headline_like(text: str) -> bool:
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 25:
        return False
    first: str = words[0]
    return first[0].isupper() or first.isupper()


def classify(text: str) -> SentenceRole:
    stripped = text.strip().strip("*_").strip()
    lowered = stripped.lower()
    if first_match(_FURNITURE, stripped, lowered):
        return SentenceRole.BOILERPLATE
    if first_match(_CREDIT, stripped, lowered):
        return SentenceRole.BYLINE
    if has_terminal_punctuation(stripped):
        return SentenceRole.BODY
    if first_match(_BYLINE, stripped, lowered):
        return SentenceRole.BYLINE
    if _headline_like(stripped):
        return SentenceRole.HEADING
    return SentenceRole.BOILERPLATE


def furniture_prefix_end(text: str, start: int, end: int) -> int:
    """Where page furniture or a dateline glued to the front of ``text[start:end]`` ends (``start`` if
    there is none).

    A dateline ("PARIS (AP) — ") becomes a unit of its own, so that the sentence after it, which a
    brief shows without it, is also the exact span the brief cites.
    """
    match = _FURNITURE_PREFIX.match(text, start, end)
    if match:
        return match.end()
    cut = start
    # "EXCLUSIVE: BANKERS RIP THE PLAN - The American Bankers Association ...": labels one after another
    while text[cut] in _DATELINE_OPENERS:
        length = dateline_end(text[cut:end])
        if not length:
            break
        cut += length
    return cut


def is_boilerplate_paragraph(text: str) -> bool:
    """A paragraph about the website (comment policy, cookies, newsletter), not about the story."""
    return first_match(_PARAGRAPH, text) is not None


def is_page_furniture(text: str) -> bool:
    """A line about the page or its author ("All news", "By Jane Doe"), not part of the article."""
    return classify(text.strip().lstrip("#").strip().strip("*_").strip()) in (
        SentenceRole.BOILERPLATE,
        SentenceRole.BYLINE,
    )


def is_title_like(text: str) -> bool:
    """The first line of a file names the article when it reads like a headline."""
    stripped = text.strip().lstrip("#").strip().strip("*_").strip()
    if not stripped or len(stripped) > 200 or has_terminal_punctuation(stripped.rstrip("!?")):
        return False
    return classify(stripped) is SentenceRole.HEADING
