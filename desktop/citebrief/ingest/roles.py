"""What a unit of article text is: body, headline, byline or boilerplate.

Only body sentences are summarised; the others stay in the text so offsets and the viewer are exact.
"""

from __future__ import annotations

import re

from citebrief.core.model import SentenceRole

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BYLINE = re.compile(
    r"""^(?:by\s+\S|written\s+by\b|reporting\s+by\b|editing\s+by\b|photo(?:graph)?s?\b|image\b|
    credit\b|source\b|(?:posted|published|updated|last\s+updated)\b|staff\b|\(?(?:ap|afp|reuters|aa|
    tass|upi|dpa|efe|ansa)\)?$|©|copyright\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE = re.compile(
    r"""(?:share\s+on\s+(?:facebook|twitter|linkedin|whatsapp)|all\s+news$|\d+[-\s]min(?:ute)?\s+read|
    click\s+here|sign\s+up\b.*newsletter|subscribe\b|read\s+more$|advertisement$|cookies?\s+policy|
    comment(?:s|ing)?\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|follow\s+us\b|
    getty\s+images|(?:ap|afp|reuters)\s+photo|^related:|^see\s+also\b|^watch:|^listen:)""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def has_terminal_punctuation(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def _headline_like(text: str) -> bool:
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 25:
        return False
    first: str = words[0]
    return first[0].isupper() or first.isupper()


def classify(text: str) -> SentenceRole:
    stripped = text.strip().strip("*_").strip()
    if _BOILERPLATE.search(stripped):
        return SentenceRole.BOILERPLATE
    if has_terminal_punctuation(stripped):
        return SentenceRole.BODY
    if _BYLINE.search(stripped) or len(_WORD.findall(stripped)) <= 2:
        return SentenceRole.BYLINE
    if _headline_like(stripped):
        return SentenceRole.HEADING
    return SentenceRole.BOILERPLATE


def is_title_like(text: str) -> bool:
    """The first line of a file names the article when it reads like a headline."""
    stripped = text.strip().lstrip("#").strip().strip("*_").strip()
    if not stripped or len(stripped) > 200 or has_terminal_punctuation(stripped.rstrip("!?")):
        return False
    return classify(stripped) is SentenceRole.HEADING
