"""A headline written as a sentence: "Northwestern football players win pivotal union case." alone on
a file's first line, with the story's first sentence telling the same in full below it. It is the
article's heading, not a line of its story (a brief would tell the news twice). A first line that opens
with an article or says when is the story's own lead, however much the next one repeats it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citebrief.core.model import Sentence, SentenceRole
from citebrief.ingest.calendar_words import DAY_TOLD

# The Multi-News validation files hold two such headlines, of 7 and 11 words, each sharing 4 of its 7
# content words with the sentence below it; no other opening line of at most this many words shares
# half its content words, and at least three, with the next one.
HEADLINE_WORDS = 14
SHARED_SHARE = 0.5
SHARED_WORDS = 3  # "The port of Kelsby opened in 1902." above a story of Kelsby's port is news of its own
_PREFIX = 5  # "union" / "unionize", "invest" / "investment": one word for this test
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_SMALL = frozenset("that this with from have been were they their there about what when will would".split())
# A story's own first sentence, not a headline: it opens with an article or says when ("Police arrested
# a man in Merrow on Friday." above "Police in Merrow arrested a man ...").
_STORY_SIGNS = re.compile(
    rf"^(?:A|An|The)\b|\b(?:{DAY_TOLD}|last (?:week|month|year|night))\b"
)


def _content(text: str) -> set[str]:
    return {w[:_PREFIX] for w in _CONTENT.findall(text.lower()) if w not in _SMALL}


def mark_headline(sentences: tuple[Sentence, ...], text: str) -> tuple[Sentence, ...]:
    """The same sentences, the first given the HEADING role when it is such a headline."""
    body = [s for s in sentences[:3] if s.role is SentenceRole.BODY]
    if len(body) < 2 or body[0] is not sentences[0]:
        return sentences
    first, second = body[0], body[1]
    if first.word_count > HEADLINE_WORDS or not _PARAGRAPH_BREAK.search(text, first.end, second.start):
        return sentences
    if _STORY_SIGNS.search(first.text):
        return sentences
    words = _content(first.text)
    shared = len(words & _content(second.text))
    if shared < SHARED_WORDS or shared < SHARED_SHARE * len(words):
        return sentences
    return (replace(first, role=SentenceRole.HEADING), *sentences[1:])
