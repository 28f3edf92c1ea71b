"""Acronyms a folder spells out: "CAPA attorneys argued ..." needs the sentence that says what CAPA is.

A sentence spells an acronym out when it gives the words and the letters together ("the College
Athletes Players Association (CAPA)"); the initials of the capitalised words before the brackets must
be its letters. A name whose initials are an acronym the folder uses spells it out too, brackets or
none ("the College Athletes Players Assn." for "CAPA"). A sentence that uses the letters alone needs,
in a brief, a sentence that spells them out: the first readable one of its own article before it,
else the first readable one of the folder.
An acronym no sentence spells out ("FBI", "NASA") is one every reader is taken to know, and so is one
spelled out only where a brief cannot show it: nothing can introduce it, and the sentence is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# Capitalised words (small joining words between them) right before an acronym in brackets.
_SPELLED = re.compile(
    r"((?:[A-Z][\w.'’&-]*\s+(?:(?:of|and|for|the|on|in|to|&)\s+)*){1,8})\(([A-Z]{2,6})\)"
)
_LETTERS = re.compile(r"(?<![\w.'’-])([A-Z]{2,6})(?:s|['’]s)?(?![\w'’-])")
# Capitalised words in a row, small joining words between them ("National Labor Relations Board").
_WORD = r"[A-Z][a-z][\w.'’&-]*"
_NAME = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+(?:(?:of|and|for|the|on|in|to|&)\s+)*{_WORD})+")


def spelled_out(text: str) -> frozenset[str]:
    """The acronyms ``text`` spells out ("College Athletes Players Association (CAPA)" gives CAPA)."""
    found = set()
    for words, letters in _SPELLED.findall(text):
        initials = "".join(w[0] for w in words.split() if w[0].isupper())
        if initials.endswith(letters):
            found.add(letters)
    return frozenset(found)


def named_out(text: str, acronyms: frozenset[str]) -> frozenset[str]:
    """Of ``acronyms``, those that a whole run of capitalised words of ``text`` (a "The" before it
    aside) has for its initials: "Kain Colter" in a line is no spelling out of a "KC" elsewhere."""
    found = set()
    for run in _NAME.findall(text):
        words = run.split()
        if words[0] == "The":
            words = words[1:]
        initials = "".join(w[0] for w in words if w[0].isupper())
        # Two capitalised words in a row ("University of Sydney" too) are most often a person's or a
        # place's name, not an acronym's words.
        if initials in acronyms and len(initials) > 2:
            found.add(initials)
    return frozenset(found)


def acronym_needs(
    texts: Sequence[str], source_of_row: np.ndarray, readable: np.ndarray, leans: np.ndarray
) -> tuple[list[tuple[tuple[str, int], ...]], list[frozenset[str]]]:
    """Per row: (acronym, the row that spells it out) for each acronym it uses alone, and the acronyms
    it spells out itself (see the module doc)."""
    spelled = [spelled_out(text) if "(" in text else frozenset() for text in texts]
    used_anywhere = frozenset(m for text in texts for m in _LETTERS.findall(text))
    if used_anywhere:
        spelled = [found | named_out(text, used_anywhere) for found, text in zip(spelled, texts, strict=True)]
    first_in_source: dict[tuple[int, str], int] = {}
    first_anywhere: dict[str, int] = {}
    for row, found in enumerate(spelled):
        if not found or readable[row] < 1.0 or leans[row] >= 0:
            continue
        for letters in found:
            first_in_source.setdefault((int(source_of_row[row]), letters), row)
            first_anywhere.setdefault(letters, row)
    needs: list[tuple[tuple[str, int], ...]] = []
    for row, text in enumerate(texts):
        used = {m for m in _LETTERS.findall(text) if m in first_anywhere} if first_anywhere else set()
        wanted = []
        for letters in sorted(used - spelled[row]):
            intro = first_in_source.get((int(source_of_row[row]), letters))
            if intro is None or intro > row:
                intro = first_anywhere[letters]
            if intro != row:
                wanted.append((letters, intro))
        needs.append(tuple(wanted))
    return needs, spelled
