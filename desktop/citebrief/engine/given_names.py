"""A person named by given name alone ("Brock was convicted last week ..."): in a brief, the sentence
needs the one that gives the full name ("Brock Turner"), as a surname used alone does.

A capitalised word counts as a given name when the folder's full names of two words, in sentences a
brief can show, pair it with one surname only; when that surname is used alone in more sentences than
the word itself (news refers to a person by surname: "Turner was found guilty"), which a firm's name
is not ("Goldman Sachs" is "Goldman", "Sprint Nextel" mostly "Sprint"), or, where a source calls the
person by given name ("Frank said ..."), when a sentence naming them in full tells them as a person
("he", "her", an age: "Frank Tarner, 80,"); and when the word is never written in lower case in the
folder ("Will", "Rose", "Mark") nor a word that opens sentences ("Meanwhile Tarner said ..." pairs
"Meanwhile" with a surname). A given name alone stands for that one person ("Monica Conyers"), not for
a relative the folder names in full ("Carl Conyers").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from citebrief.engine.references import PERSON_NOUNS
from citebrief.ingest.rule_tests import OPENERS

if TYPE_CHECKING:
    from citebrief.engine.name_runs import Names


def given_name_surnames(
    texts: Sequence[str], names: Mapping[str, Names], readable: np.ndarray
) -> dict[str, str]:
    """Given name -> the surname it stands for in this folder (see the module doc)."""
    surnames: dict[str, set[str]] = defaultdict(set)
    # A line that leans on the one before ("Pasztor also admitted to shooting her neighbor, Frank
    # Macomber") still pairs the names: what a word is does not depend on what the line leans on.
    for text, fit in zip(texts, readable.tolist(), strict=True):
        if fit >= 1.0:
            for given, surname in names[text].pairs:
                surnames[given].add(surname)
    alone = Counter(word for text in texts for word in names[text].short)
    full = {word for found in names.values() for word in found.full}
    candidates = {
        given: surname
        for given, (surname, *others) in surnames.items()
        if not others
        and alone[given] > 0
        and (alone[given] < alone[surname] or _told_as_person(texts, given, surname))
        and given not in full
        and given.lower() not in OPENERS
    }
    if not candidates:
        return {}
    folder = "\n".join(dict.fromkeys(texts))
    pattern = re.compile(r"\b(" + "|".join(re.escape(g.lower()) for g in sorted(candidates)) + r")\b")
    lower = set(pattern.findall(folder))
    return {given: surname for given, surname in candidates.items() if given.lower() not in lower}


# A person's full name in a sentence that also says "he" or "her", or gives an age ("Ines Varga, 21,",
# "21-year-old Ines Varga").
_PERSON_CUE = re.compile(r"\b(?:he|she|his|her|him)\b|,\s\d{1,3},|\b\d{1,3}-year-old\b")


def _told_as_person(texts: Sequence[str], given: str, surname: str) -> bool:
    full = f"{given} {surname}"
    return any(full in text and _PERSON_CUE.search(text) is not None for text in texts)


# A role or kin word right before a given name tells who the person is where the name first comes
# ("her daughter Carla in Seoul", "his wife, Melissa,"): the line introduces them as a full name would.
_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(PERSON_NOUNS)})s?,? ([A-Z][^\W\d_]+)\b", re.IGNORECASE)


def introduced_by_role(text: str, short: frozenset[str], surname_of: Mapping[str, str]) -> set[str]:
    """The people (keyed "Given Surname") ``text`` names by given name right after a role word."""
    if not short & surname_of.keys():
        return set()
    return {
        f"{word} {surname_of[word]}"
        for word in _ROLE_BEFORE.findall(text)
        if word in short and word in surname_of and word[0].isupper()
    }
