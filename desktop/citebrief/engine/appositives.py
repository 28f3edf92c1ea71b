"""A person the folder names by one word only, introduced by a role set off with commas ("Shinozuka's
grandfather, Deming, was diagnosed ..."): that sentence gives the name as a full name gives a surname,
so a brief shows "all of Deming's 437 known cases of wandering" only after it. A name that opens its
sentence with a description set off after it ("Nola, one of just four northern white rhinos left in the
world, died ...") is introduced by that description, whatever longer run holds the word elsewhere
("Team Nola").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from citebrief.engine.references import PERSON_NOUNS

if TYPE_CHECKING:
    from citebrief.engine.name_runs import Names

# a person noun, a comma, one capitalised word (perhaps hyphenated), a comma: "his wife, Melissa,"
_APPOSITIVE = re.compile(
    rf"\b(?:{'|'.join(PERSON_NOUNS)})s?, ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),", re.IGNORECASE
)

_WORD = re.compile(r"[^\W\d_]+")
# a sentence's first word, a comma, a description opening with an article or "one of", a comma
_DESCRIBED = re.compile(r"[\"“‘']?([A-Z][^\W\d_]+), (?:one of|an?|the) [^,;:\"“”]{3,80},")


def with_appositives(names: Mapping[str, Names]) -> dict[str, Names]:
    """``names`` (per text) with each one-word name that no text gives in full counted as given in full
    where a role introduces it, and each name a description follows where it opens a sentence."""
    given = {word for found in names.values() for word in found.full}
    things = _ThingNames(names)
    result = dict(names)
    for text, found in names.items():
        # A name the pattern introduces stands between commas: the pattern, role nouns matched whatever
        # their case, is searched only in texts where one of their one-word names does (searched in
        # every text with a comma, it took 74 us a text in a brief of the speed benchmark's 690 articles).
        described = _DESCRIBED.match(text)
        introduced = {described.group(1)} & found.short if described else set()
        introduced = {word for word in introduced if word not in given or things.only_things(word)}
        if any(f", {word}," in text for word in found.short):
            introduced |= {m.group(1) for m in _APPOSITIVE.finditer(text)} & found.short - given
        if introduced:
            result[text] = replace(found, full=found.full | introduced, short=found.short - introduced)
    return result


class _ThingNames:
    """Which words the folder gives in full only in runs that name things: read from all its texts once,
    on the first question (most folders ask none)."""

    def __init__(self, names: Mapping[str, Names]) -> None:
        self._names = names
        self._firsts: dict[str, set[str] | None] | None = None
        self._lower: set[str] | None = None

    def only_things(self, word: str) -> bool:
        """Whether every run that gives ``word`` in full opens with a common noun, one the folder also
        writes in lower case ("Team Nola": "the park's team"): a thing named after it, not a person's
        full name ("Carla Rane" makes "Rane, a teacher from Oregon," one Rane of two)."""
        if self._firsts is None:
            self._firsts = self._first_words()
            self._lower = {w for text in self._names for w in _WORD.findall(text) if w[0].islower()}
        firsts, lower = self._firsts.get(word), self._lower or set()
        return bool(firsts) and all(first.lower() in lower for first in firsts or ())

    def _first_words(self) -> dict[str, set[str] | None]:
        """Per word given in full: the first words of its two-word runs, or None when a run that gives
        it is longer or has no pair (a person's, for all it tells)."""
        firsts: dict[str, set[str] | None] = {}
        for found in self._names.values():
            for word in found.full:
                pairs = {first for first, surname in found.pairs if surname == word}
                known = firsts.get(word, set())
                firsts[word] = None if known is None or not pairs else known | pairs
        return firsts
