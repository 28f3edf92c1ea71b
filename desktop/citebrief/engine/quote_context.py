"""Sentences inside a quote: someone's words that carry no quotation mark of their own.

A quote can run over several sentences of a paragraph: its first sentence opens the mark, its last one
closes it, and the sentences between carry no mark at all ('Cryer said: "I'm as shocked as you people.
I did not for a minute think this was going to happen. So, I apologize."'). Shown alone, such a
middle sentence reads as the article's own voice, or as a claim of nobody's. A middle sentence leans
on the sentence before it, up to the one that opened the quote. When nobody is named before the quote
opens ('"I'm as shocked as you people. ... So, I apologize." — Jon Cryer'), only the quote's end says
whose words they are: its opening and middle sentences can be shown only on the way to that end, the
sentence that closes the quote (the catalogue's "tail of a quote" rule makes it lean on the one before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

import numpy as np

from citebrief.core.model import Sentence
from citebrief.engine.quote_marks import still_open


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class _Row(Protocol):
    """A body sentence and the text of its source (``features.Row``)."""

    @property
    def source(self) -> _Text: ...

    @property
    def sentence(self) -> Sentence: ...


class Middle(IntEnum):
    """Where a sentence stands in a quote of its paragraph that runs on past it."""

    NO = 0  # outside such a quote, or the quote closes in it
    SPOKEN = 1  # a middle whose speaker the paragraph names before the quote opens
    UNSPOKEN = 2  # a middle whose speaker, if anyone's, is named only where the quote ends
    OPENS_UNSPOKEN = 3  # it opens the quote, and nobody is named before the mark


# What stands before an opening mark when the paragraph says who speaks: a verb of saying, or a colon.
_SPEAKS = re.compile(
    r"\b(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling)|add(?:ed|s|ing)|wr(?:ote|ites?|iting)|ask(?:ed|s|ing)|"
    r"(?:explain|insist|warn|tweet|post|respond|recall|admit|conclud|announc|not|stat|declar|continu|argu|"
    r"jok|describ|acknowledg)(?:e?s|e?d|ing|ted|ting)|repl(?:y|ies|ied|ying)|testif(?:y|ies|ied|ying)|"
    r"reads?|according to)\b[^.!?]*$|:\s*$",
    re.IGNORECASE,
)
_MARKS = re.compile(r"[\"“”]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
# Principled: a subject, a verb and one more word before a quote opens are narration that brings it in
# ("Missy Schwartz pointed out, ..."); two are a quote's own start ("I'm like, ...").
_NARRATION_WORDS = 3
# How much of the paragraph before an opening mark may hold the speaker's verb.
_SPEAKER_REACH = 200


def quote_middles(rows: Sequence[_Row]) -> np.ndarray:
    """Per row, a ``Middle``: each source is read once, sentence by sentence, carrying its open quote
    through each paragraph (a new line ends a paragraph and any quote left open in it)."""
    found = np.zeros(len(rows), dtype=np.int8)
    source_id: int | None = None
    scanned = 0
    quote = _Open("", -1)
    for index, row in enumerate(rows):
        text, start, end = row.source.text, row.sentence.start, row.sentence.end
        if id(row.source) != source_id:
            source_id, scanned, quote = id(row.source), 0, _Open("", -1)
        quote = _carry(text, scanned, start, quote)
        after = _carry(text, start, end, quote)
        if quote.mark and _carried_through(text, start, end, quote.mark):
            found[index] = Middle.SPOKEN if _named_before(text, quote.at) else Middle.UNSPOKEN
        elif not quote.mark and after.mark and _closes_later(text, end, after.mark):
            found[index] = Middle.NO if _named_before(text, after.at) else Middle.OPENS_UNSPOKEN
        quote, scanned = after, end
    return found


def open_at_start(row: _Row) -> str:
    """The opening mark of the quote a middle sentence stands in (see ``Middle``), or ""."""
    text, start, end = row.source.text, row.sentence.start, row.sentence.end
    mark = _carry(text, text.rfind("\n", 0, start) + 1, start, _Open("", -1)).mark
    return mark if mark and _carried_through(text, start, end, mark) else ""


@dataclass(frozen=True, slots=True)
class _Open:
    mark: str  # the mark that opened a quote still open, or ""
    at: int  # where in the source text it stands (-1 for none)


def _carry(text: str, start: int, end: int, quote: _Open) -> _Open:
    """The quote open after ``text[start:end]``, given the one open at ``start``; a new line ends it."""
    piece = text[start:end]
    cut = piece.rfind("\n") + 1
    if cut:
        start, piece, quote = start + cut, piece[cut:], _Open("", -1)
    mark = still_open(quote.mark, piece)
    if not mark:
        return _Open("", -1)
    return quote if quote.mark else _Open(mark, start + piece.rfind(mark))


def _carried_through(text: str, start: int, end: int, open_mark: str) -> bool:
    """Whether the quote open at ``start`` runs through the sentence, which has no mark of its own, and
    closes later in its paragraph."""
    return _MARKS.search(text, start, end) is None and _closes_later(text, end, open_mark)


def _closes_later(text: str, end: int, open_mark: str) -> bool:
    """Whether the quote open at ``end`` closes in the rest of its paragraph: a quote a page never
    closes is more likely a mark misread than speech running to the paragraph's end."""
    line_end = text.find("\n", end)
    return not still_open(open_mark, text[end : line_end if line_end >= 0 else len(text)])


def _named_before(text: str, opened_at: int) -> bool:
    """Whether the paragraph says who speaks right before the quote's opening mark: a verb of saying,
    or narration of its own in the sentence the quote opens in ("But as Missy Schwartz, an editor,
    pointed out, ..."), not a quote's bare start ("I'm like, ...")."""
    if opened_at < 0:
        return False
    line_start = text.rfind("\n", 0, opened_at) + 1
    before = text[max(line_start, opened_at - _SPEAKER_REACH) : opened_at].rstrip(" ,")
    if not before:
        return False
    own = _SENTENCE_END.split(before)[-1]
    return len(own.split()) >= _NARRATION_WORDS or _SPEAKS.search(before) is not None
