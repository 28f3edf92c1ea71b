"""The catalogue of sentence rules: every rule that keeps a unit of text out of briefs or ties it to
another sentence, with its test and the examples it must (and must not) match.

Ingest reads the ``UNIT_*`` rules to tell body text from page furniture; the engine reads the
``NEVER`` rules (a sentence never shown alone) and the ``LEANS`` rules (a sentence that needs the one
before it). A new case is a new row with its examples; ``tests/ingest/test_sentence_rules.py`` checks
every row on its examples.

A rule's test gets the text as given and its lower-cased form, since lower-cased patterns without
``re.IGNORECASE`` run much faster; most rules also name a few plain substrings (``hints``) one of which
must occur before the pattern is tried at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Test = Callable[[str, str], bool]  # (text, lower-cased text) -> matches


class Effect(StrEnum):
    UNIT_FURNITURE = "unit is page furniture"  # ingest: never a body sentence
    UNIT_CREDIT = "unit is a credit"  # ingest: a byline, even with a full stop
    UNIT_BYLINE = "unit without a full stop is a byline"  # ingest: tried only on units without one
    PARAGRAPH_BOILERPLATE = "paragraph is about the website"  # ingest: all its sentences are boilerplate
    NEVER = "never a brief sentence"  # engine: readability 0
    LEANS = "leans on its predecessor"  # engine: taken only with the sentence before it
    UNCLEAR = "reads unclear alone"  # engine: readability lowered (who "we" are is never said)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    effect: Effect
    test: Test
    positives: tuple[str, ...]
    negatives: tuple[str, ...]

    def matches(self, text: str, lower: str | None = None) -> bool:
        return self.test(text, text.lower() if lower is None else lower)


def pattern(
    regex: str, *, hints: tuple[str, ...] = (), start: bool = False, lower: bool = True, flags: int = 0
) -> Test:
    """A test that searches (or, with ``start``, matches) ``regex`` once one of ``hints`` occurs.

    With ``lower`` the pattern runs on the lower-cased text, else on the text with ``flags``.
    """
    # Compiled on first use: most rules' hints never occur in a small folder, and compiling every
    # pattern at import was a tenth of the command line's start-up work in regular expressions.
    find: Callable[[str], re.Match[str] | None] | None = None
    find_folded: Callable[[str], re.Match[str] | None] | None = None
    folds = not lower and _folds(regex, flags)

    def test(text: str, lowered: str) -> bool:
        nonlocal find, find_folded
        # map() looks the hints up in C: a generator over them cost more than the patterns behind them
        # (readability runs these on every sentence of a folder).
        if hints and not any(map(lowered.__contains__, hints)):
            return False
        if folds and text.isascii():
            if find_folded is None:
                compiled = re.compile(regex, flags & ~re.IGNORECASE)
                find_folded = compiled.match if start else compiled.search
            return find_folded(lowered) is not None
        if find is None:
            compiled = re.compile(regex, flags)
            find = compiled.match if start else compiled.search
        return find(lowered if lower else text) is not None

    return test


def either(*tests: Test) -> Test:
    """A test that holds when one of ``tests`` does: a pattern's alternatives, each with the hints it
    cannot match without, so that a hint nearly every sentence holds (a full stop) sends only its own
    alternative to be searched, not the whole pattern."""

    def test(text: str, lowered: str) -> bool:
        return any(one(text, lowered) for one in tests)

    return test


# What could make a case-blind pattern find more in a text than in its lower case: an inline flag
# ("(?-i:...)" turns case back on), a character written by its code ("\x41" is "A"), a back-reference,
# or a range of characters other than "a-z" and "0-9" (a range may take in capitals but not their lower
# case: "[+-a]"). A dash anywhere but at a class's edge is taken for a range.
_CASE_RISKS = re.compile(r"\(\?[a-z-]|\\[0-9xu]|[^\[^\\]-[^\]]")


def _folds(regex: str, flags: int) -> bool:
    """Whether the case-blind ``regex`` finds in any ASCII text what it finds without ``IGNORECASE`` in
    the text lower-cased, which runs several times faster: an ASCII pattern with no capital letter (so
    none of the escapes written with one, such as a non-word character's) and none of `_CASE_RISKS`."""
    return (
        bool(flags & re.IGNORECASE)
        and regex.isascii()
        and regex == regex.lower()
        and not _CASE_RISKS.search(regex.replace("a-z", "").replace("0-9", ""))
    )


def _by_name(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    found = {r.name: r for r in rules}
    if len(found) != len(rules):
        raise ValueError("two sentence rules share a name")
    return found


def rules_with(effect: Effect) -> tuple[Rule, ...]:
    """The catalogue's rules of one effect, in catalogue order."""
    from citebrief.ingest.rule_catalogue import CATALOGUE

    return tuple(r for r in CATALOGUE if r.effect is effect)


def rule(name: str) -> Rule:
    from citebrief.ingest.rule_catalogue import CATALOGUE

    return _by_name(CATALOGUE)[name]


def first_match(rules: tuple[Rule, ...], text: str, lower: str | None = None) -> Rule | None:
    lowered = text.lower() if lower is None else lower
    for candidate in rules:
        if candidate.test(text, lowered):
            return candidate
    return None
