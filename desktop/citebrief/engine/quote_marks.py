"""Quotation marks a brief sentence shows balanced, as an editor sets them.

A quote that runs over several sentences of an article opens in its first sentence and closes in its
last ('Serna said: "I sat on the bunk.' ... 'He stayed all night."'). A brief that shows one of those
sentences without the next would show an opening mark that never closes, or a closing mark that was
never opened: the brief closes the quote at the end of the sentence it shows, or opens it at its start.
When the next sentence of the quote follows in the brief too, the marks stay as the article set them.

A page that printed a quote's closing mark at the start of the next paragraph ('... doing.\u2019 "Olivera,
himself a veteran, said ...') shows that mark at the end of the quote, not before the narration.

Only the shown text changes: every citation keeps its exact source span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A straight double mark, curly double marks, and two apostrophes written for a closing mark ("plan,''").
_MARK = re.compile(r"\"|“|”|''")
_INCHES = re.compile(r"\d['’]?\"\Z")
# Narration that reports what someone said: a lone mark before it is no quote of its own.
_NARRATES = re.compile(r"\b(?:said|says|told|added)\b")
# A straight mark opens a quote after these (or at the start) and before a word ('He said,"We will
# win."'); a mark with a space after it closes one, even after a space (",' \" according to ...": nested
# marks set apart). A mark after a digit outside a quote is inches ("5'10\" tall", "14\" of snow").
_OPENS_BEFORE = frozenset(" \t\n([{—–-:/,.…")


@dataclass(frozen=True, slots=True)
class QuoteState:
    """How a sentence's double quotation marks fall: a quote left open at its end (and the mark that
    opened it), a closing mark with no opening one before it, and whether it opens with a lone mark."""

    open_at_end: str  # the opening mark of a quote still open at the end, or ""
    closes_unopened: str  # the first closing mark that closes nothing, or ""
    lone_opening_mark: bool  # it starts with its only mark, a straight one, and reports what was said


def quote_state(text: str) -> QuoteState:
    """Walk the sentence's double marks, telling a straight mark's role by what stands before it."""
    walk = _walk(text, "", _OPENS_BEFORE)
    counted = walk.counted
    lone = len(counted) == 1 and counted[0].group() == '"' and counted[0].start() == 0
    lone = lone and _NARRATES.search(text) is not None
    return QuoteState(walk.open_mark, walk.unopened, lone)


@dataclass(frozen=True, slots=True)
class _Walk:
    open_mark: str  # the mark that opened a quote still open at the end, or ""
    unopened: str  # the first closing mark that closed nothing, or ""
    counted: list[re.Match[str]]  # the marks that are quote marks (not inches)


def _walk(text: str, open_mark: str, opens_before: frozenset[str]) -> _Walk:
    """The double marks of ``text`` read in order, starting inside a quote ``open_mark`` opened (or
    outside one, given "")."""
    depth, opener, unopened = (1 if open_mark else 0), open_mark, ""
    counted: list[re.Match[str]] = []
    for match in _MARK.finditer(text):
        mark, at = match.group(), match.start()
        if depth == 0 and _INCHES.search(text, 0, at + 1):
            continue  # "5'10\" tall"; inside a quote it closes one ("How to Train Your Dragon 2")
        counted.append(match)
        opening = mark == "“" or (
            mark == '"'
            and (at == 0 or text[at - 1] in opens_before)
            and at + 1 < len(text)
            and not text[at + 1].isspace()
        )
        if opening:
            if depth == 0:
                opener = mark
            depth += 1
        elif depth > 0:
            depth -= 1
        elif not unopened:
            unopened = "”" if mark == "”" else '"'
    return _Walk(opener if depth > 0 else "", unopened, counted)


# Between sentences a straight mark right after a full stop closes the quote the stop ended ('get
# out."Anne keeps ...': pages that drop the space), so it opens only after a space, a bracket or a colon.
_OPENS_BETWEEN = _OPENS_BEFORE - frozenset(".,")


def still_open(open_mark: str, text: str) -> str:
    """The opening mark of a quote still open after ``text``, read from inside a quote ``open_mark``
    opened (or outside one, given ""): how a quote carries from one sentence of a paragraph to the next."""
    return _walk(text, open_mark, _OPENS_BETWEEN).open_mark


def _closing_for(opener: str) -> str:
    return "”" if opener == "“" else '"'


def _opening_for(closer: str) -> str:
    return "“" if closer == "”" else '"'


def balanced_texts(
    texts: Sequence[str],
    previous_in_article: Sequence[str | None],
    follows: Sequence[bool],
    open_before: Sequence[str] | None = None,
) -> list[str]:
    """The brief's sentences (``texts``, in reading order) with their quotes balanced.

    ``previous_in_article[i]``: the sentence before sentence ``i`` in its article (None for an article's
    first); ``follows[i]``: sentence ``i`` is, in the brief, right after the sentence before it in its
    article (so a quote open in that one goes on in this one); ``open_before[i]``: for a sentence in the
    middle of a quote, without marks of its own, the mark that opened the quote ("" for any other): it is
    shown as the quote it is."""
    middle = list(open_before or [""] * len(texts))
    states = [
        QuoteState(mark, "", False) if mark else quote_state(text)
        for text, mark in zip(texts, middle, strict=True)
    ]
    # A lone mark at the start after a sentence whose quote is still open closes that quote.
    stray = [
        state.lone_opening_mark and before is not None and bool(quote_state(before).open_at_end)
        for state, before in zip(states, previous_in_article, strict=True)
    ]
    shown: list[str] = []
    for i, (text, state) in enumerate(zip(texts, states, strict=True)):
        if stray[i]:
            shown.append(text[1:].lstrip())
            continue
        continued = i + 1 < len(texts) and follows[i + 1] and not stray[i + 1]
        if state.open_at_end and not continued:
            text = text + _closing_for(state.open_at_end)
        if state.closes_unopened and not follows[i]:
            text = _opening_for(state.closes_unopened) + text
        elif middle[i] and not follows[i]:
            text = state.open_at_end + text  # a quote's middle shown without the sentence that opened it
        shown.append(text)
    return shown
