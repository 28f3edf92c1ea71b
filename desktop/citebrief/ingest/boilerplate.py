"""Folder-level boilerplate: a line printed in many files of the folder is the site's, not the story's.

A line found in at least `MIN_FILES` files and in at least `MIN_SHARE` of them becomes BOILERPLATE.
Copies of the same story (a folder may hold one wire report several times) are protected: in a file
where most body text is repeated elsewhere, only short or unpunctuated repeated lines are dropped.

Within one file, a sentence the page prints again further down was, the first time, a picture's
caption or alt text or a teaser of the story ("Armed men ... take cover behind an armored vehicle
...", then the same with its date and credit; a lead printed above the story and in it): that first
print is BOILERPLATE too and the last stays, unless most of the file is printed twice (a page saved
twice over is still its article).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from citebrief.core.model import Sentence, SentenceRole, Source

MIN_FILES = 3
MIN_SHARE = 0.3
_COPY_SHARE = 0.5  # above this share of repeated body text a file is treated as a copy of another
_SHORT_WORDS = 8
_WITHIN_WORDS = 6  # a short line said twice ("Read more.", "Watch the video.") is the other rules' to judge
_MAX_LINE = 500
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _lines(text: str) -> tuple[list[int], list[int], list[str]]:
    """The start, end and key of each line that is not empty: the pieces a split at line breaks gives,
    as a search for runs of other characters finds them, but without a match object for each line (the
    lines of the speed benchmark's 690 articles, read after the folder is and before its stories are
    grouped, took 0.037 s to read with the search, 0.031 s so)."""
    starts, ends, keys = [], [], []
    at = 0
    for line in text.split("\n"):
        size = len(line)
        if size:
            # a site's lines are short; a long paragraph repeated in many files is a copied story
            key = _line_key(line) if size <= _MAX_LINE else "\0long"
            if key:
                starts.append(at)
                ends.append(at + size)
                keys.append(key)
        at += size + 1
    return starts, ends, keys


def _repeated_sentences(
    sentences: tuple[Sentence, ...], lines: tuple[list[int], list[int], list[str]], repeated: set[str]
) -> list[bool]:
    """For each sentence: does it lie wholly on lines that are repeated across the folder?"""
    starts, _ends, keys = lines
    flags = []
    for sent in sentences:
        first = bisect.bisect_right(starts, sent.start) - 1
        last = bisect.bisect_right(starts, max(sent.start, sent.end - 1)) - 1
        flags.append(first >= 0 and all(keys[i] in repeated for i in range(first, last + 1)))
    return flags


def _is_short(sentence: Sentence) -> bool:
    return sentence.word_count <= _SHORT_WORDS or not _TERMINAL.search(sentence.text)


def mark_printed_twice(sentences: tuple[Sentence, ...], text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, those of its body it prints again further down given the BOILERPLATE
    role (see the module doc)."""
    body = [s for s in sentences if s.role is SentenceRole.BODY]
    # The search first: it rules out most sentences in C, where counting words makes a list of them.
    twice = {s.index for s in body if text.find(s.text, s.end) >= 0 and s.word_count >= _WITHIN_WORDS}
    if not twice or 2 * len(twice) >= _COPY_SHARE * len(body):  # both prints of each count
        return sentences
    return tuple(replace(s, role=SentenceRole.BOILERPLATE) if s.index in twice else s for s in sentences)


def mark_repeated_lines(sources: list[Source]) -> list[Source]:
    """The same sources, with sentences on folder-wide repeated lines given the BOILERPLATE role."""
    if len(sources) < MIN_FILES:
        return sources
    per_source = [_lines(src.text) for src in sources]
    counts: Counter[str] = Counter()
    for _starts, _ends, keys in per_source:
        counts.update(set(keys))
    needed = max(MIN_FILES, MIN_SHARE * len(sources))
    repeated = {key for key, n in counts.items() if n >= needed and key != "\0long"}
    if not repeated:
        return sources
    out = []
    for src, lines in zip(sources, per_source, strict=True):
        flags = _repeated_sentences(src.sentences, lines, repeated)
        body = [s for s in src.sentences if s.role is SentenceRole.BODY]
        body_chars = sum(len(s.text) for s in body) or 1
        repeated_chars = sum(
            len(s.text)
            for s, flag in zip(src.sentences, flags, strict=True)
            if flag and s.role is SentenceRole.BODY
        )
        is_copy = repeated_chars / body_chars > _COPY_SHARE
        changed = False
        sentences = []
        for sent, flag in zip(src.sentences, flags, strict=True):
            if (
                flag
                and sent.role in (SentenceRole.BODY, SentenceRole.HEADING)
                and (not is_copy or _is_short(sent))
            ):
                sent = replace(sent, role=SentenceRole.BOILERPLATE)
                changed = True
            sentences.append(sent)
        out.append(replace(src, sentences=tuple(sentences)) if changed else src)
    return out
