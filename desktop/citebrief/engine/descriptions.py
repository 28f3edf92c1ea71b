"""Definite descriptions: "The plan will cost ..." names a plan its article introduced before.

"Another stumbling block in the budget ..." names the budget the same way.

A sentence that opens with "The" and lower-case words (``TUNING.description_words`` of them at most),
the last of them followed by a verb or a comma ("The plan may", "The statement, by ..."), names a
thing by a common noun, its *head*.
When an earlier sentence of its article mentions that noun, the reader needs some sentence that
mentions it first; when none does, the description introduces itself ("The storm that hit ..."). A
description that says what it is ("The council of Port Alder", "The storm that hit") or names what
everyone knows ("The police") needs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from citebrief.engine.tuning import TUNING
from citebrief.ingest.verb_words import AUXILIARIES

_QUOTES = "\"“”'‘’ "
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# What follows a head noun that ends the description: a finite verb the subject governs.
_VERBS = AUXILIARIES | frozenset(
    "said says told remains remain seems seem appears includes include began became came went made took gave "
    "found".split()
)
# Things every reader knows without an introduction, and times ("The next day").
_KNOWN = frozenset(
    "police government military army navy public world economy weather internet media press industry "
    "market sun moon day week month year morning afternoon evening night time weekend rest".split()
)


def described_head(text: str) -> str | None:
    """The noun a sentence's opening definite description names, or None (see the module doc)."""
    words = text.lstrip(_QUOTES).split()
    if len(words) >= 4 and words[0] == "Another":
        return _another_in_the(words)
    if len(words) < 3 or words[0] != "The":
        return None
    for index in range(1, min(TUNING.description_words + 1, len(words) - 1)):
        word = words[index]
        bare = word.rstrip(",")
        if not _WORD.fullmatch(bare):
            return None
        following = words[index + 1]
        # "The statement, by ...": only a first word; "The crowdfunded, critically ..." lists adjectives.
        comma = word.endswith(",") and index == 1 and not bare.endswith("ed")
        if comma or following in _VERBS or (following.endswith("ed") and following.islower()):
            return None if bare in _KNOWN else bare
    return None


def _another_in_the(words: list[str]) -> str | None:
    """ "Another stumbling block in the budget ...": the subject names one more of something in a
    thing ("the budget") the article introduced before."""
    for index in range(2, min(TUNING.another_words + 2, len(words) - 2)):
        if words[index] in ("in", "of") and words[index + 1] == "the":
            bare = words[index + 2].rstrip(",")
            return bare if _WORD.fullmatch(bare) and bare not in _KNOWN else None
    return None


def _variants(head: str) -> tuple[str, ...]:
    """The head's singular and plural spellings: "plan" and "plans" name the same thing."""
    if head.endswith(("ss", "us", "is", "ws")):  # "press", "status", "news": no plural ending
        return (head,)
    stem = head[:-2] if head.endswith("es") and len(head) > 4 else head[:-1] if head.endswith("s") else head
    return (stem, stem + "s", stem + "es")


def description_key(head: str) -> str:
    """How the head is filed beside names: never a capitalised surname."""
    return "the " + _variants(head)[0]


def find_descriptions(
    texts: Sequence[str], source_of_row: np.ndarray, readable: np.ndarray, leans_on: np.ndarray
) -> tuple[list[tuple[str, int] | None], list[frozenset[str]]]:
    """Per row: (key, introducing row) of its definite description, or None; and the keys it mentions.

    The introducing row is the first readable sentence of its article before it that mentions the head.
    """
    heads = [None if leans_on[row] >= 0 else described_head(text) for row, text in enumerate(texts)]
    key_of = {v: description_key(h) for h in set(heads) if h is not None for v in _variants(h)}
    mentions: list[frozenset[str]] = []
    first: dict[tuple[int, str], int] = {}
    for row, text in enumerate(texts):
        found = _WORDS.findall(text.lower()) if key_of else ()
        keys = frozenset(key_of[w] for w in found if w in key_of)
        mentions.append(keys)
        if readable[row] > 0:
            for key in keys:
                first.setdefault((int(source_of_row[row]), key), row)
    needs: list[tuple[str, int] | None] = []
    for row, head in enumerate(heads):
        thing = None if head is None else description_key(head)
        intro = None if thing is None else first.get((int(source_of_row[row]), thing))
        needs.append((thing, intro) if thing is not None and intro is not None and intro < row else None)
    return needs, mentions
