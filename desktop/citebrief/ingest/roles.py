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
    click\s+here|sign\s+up\b.*newsletter|subscribe\s+(?:now|today|here|for\s+free|to\s+(?:our|the))|unsubscribe|select\s+a\s+newsletter|
    follow\s+(?:her|him|them|us|me)\s+on\s+(?:twitter|facebook|instagram)|
    ^subscribe\b|read\s+more$|advertisement$|cookies?\s+policy|
    comment(?:s|ing)?\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|follow\s+us\b|
    getty\s+images|(?:ap|afp|reuters)\s+photo|media\s+playback\s+is\s+unsupported)""",
    re.IGNORECASE | re.VERBOSE,
)
# A unit must contain one of these for `_BOILERPLATE` to be tried (a search for plain words is far cheaper).
_BOILERPLATE_HINTS = (
    "share",
    "news",
    "min read",
    "minute read",
    "click",
    "sign up",
    "subscribe",
    "read more",
    "advertis",
    "polic",
    "terms of",
    "reserved",
    "follow ",
    "getty",
    "photo",
    "playback",
)
_HINT = re.compile("|".join(map(re.escape, _BOILERPLATE_HINTS)))
_BOILERPLATE_MAX = 200  # longer units are sentences of the story even if they mention such words

# Whole units that are page furniture (matched from the start only, which keeps classifying cheap).
_FURNITURE = re.compile(
    r"""(?:related:|see\s+also\b|watch:|listen:|continue\s+reading|skip\s+to\b|back\s+to\s+top$|
    (?:print|email)\s+this\b|\d*\s*comments?$|image\s+(?:copyright|caption)|loading\W*$|
    (?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|copy\s+link)(?:\W+(?:share|tweet|email|
    print|whatsapp|facebook|twitter|linkedin|copy\s+link))*\W*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# Photo and image credits, with or without a closing full stop.
_CREDIT = re.compile(
    r"""^(?:\(?(?:photo|image|picture|foto|bild|video|graphic)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?))?
    \s*[:/©|]|(?:file\s+)?photo\s+by\b|credit\s*:)|\((?:photo|image|picture)s?\b[^)]*\)\.?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Page furniture that a saved page glues in front of a story sentence; the sentence after it is kept.
_FURNITURE_PREFIX = re.compile(
    r"""(?:continue\s+reading(?:\s+the\s+main\s+story)?|(?:email|print|share)\s+this(?:\s+(?:page|article|story))?|
    skip\s+to\s+(?:main\s+)?content|story\s+highlights|advertisement|
    \((?:photo|image|picture|video)s?\b[^()]{0,80}\))\s+(?=\S)""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_MAX_WORDS = 20  # a longer unit opening with "Credit:" or "Photos:" has story text glued on

# Paragraphs that are about the website, not the story: every sentence in them is boilerplate.
_PARAGRAPH_BOILERPLATE = re.compile(
    r"""comment(?:s|ing)?\s+(?:policy|guidelines)|suspend(?:ed|ing)?\s+(?:article\s+)?comment|
    safe\s+and\s+engaging\s+place|comments\s+(?:are|have\s+been)\s+(?:closed|moderated|disabled)|
    we\s+use\s+cookies|(?:accept|manage)\s+(?:all\s+)?cookies|cookie\s+(?:settings|preferences|policy)|
    sign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter|
    (?:material|article|piece)\b.{0,40}may\s+not\s+be\s+(?:published|reproduced)|all\s+rights\s+reserved""",
    re.IGNORECASE | re.VERBOSE,
)
_PARAGRAPH_MAX_WORDS = 120  # a longer paragraph is the story's, whatever words it uses
# Words one of which a website paragraph must contain; most paragraphs skip the regex above.
_PARAGRAPH_HINTS = ("comment", "engaging", "cookie", "newsletter", "reserved", "may not")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def has_terminal_punctuation(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def _headline_like(text: str) -> bool:
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 25:
        return False
    first: str = words[0]
    return first[0].isupper() or first.isupper()


def _looks_like_boilerplate(text: str) -> bool:
    if len(text) > _BOILERPLATE_MAX:
        return False
    lowered = text.lower()
    return bool(_HINT.search(lowered)) and bool(_BOILERPLATE.search(text))


def classify(text: str) -> SentenceRole:
    stripped = text.strip().strip("*_").strip()
    if _FURNITURE.match(stripped) or _looks_like_boilerplate(stripped):
        return SentenceRole.BOILERPLATE
    if _CREDIT.search(stripped) and len(stripped.split()) <= _CREDIT_MAX_WORDS:
        return SentenceRole.BYLINE
    if has_terminal_punctuation(stripped):
        return SentenceRole.BODY
    if _BYLINE.search(stripped) or len(_WORD.findall(stripped)) <= 2:
        return SentenceRole.BYLINE
    if _headline_like(stripped):
        return SentenceRole.HEADING
    return SentenceRole.BOILERPLATE


def furniture_prefix_end(text: str, start: int, end: int) -> int:
    """Where page furniture glued to the front of ``text[start:end]`` ends (``start`` if there is none)."""
    match = _FURNITURE_PREFIX.match(text, start, end)
    return match.end() if match else start


def is_boilerplate_paragraph(text: str) -> bool:
    """A paragraph about the website (comment policy, cookies, newsletter), not about the story."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _PARAGRAPH_HINTS) or len(text.split()) > _PARAGRAPH_MAX_WORDS:
        return False
    return bool(_PARAGRAPH_BOILERPLATE.search(text))


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
