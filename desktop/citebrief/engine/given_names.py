"""A person named by given name alone ("Brock was convicted last week ..."): in a brief, the sentence
needs the one that gives the full name ("Brock Turner"), as a surname used alone does.

A capitalised word counts as a given name when the folder's full names of two words, in sentences a
brief can show, pair it with one surname only; when that surname is used alone in more sentences than
the word itself (news refers to a person by surname: "Turner was found guilty"), which a firm's name
is not ("Goldman Sachs" is "Goldman", "Sprint Nextel" mostly "Sprint"), or, where the folder never
uses the surname alone and calls the person by given name only ("Frank said ..."), when a sentence
naming them in full tells them as a person ("he", "her", an age: "Frank Tarner, 80,"); and when the
word is never written in lower case in the folder ("Will", "Rose", "Mark") nor a word that opens sentences
("Meanwhile Tarner said ..." pairs "Meanwhile" with a surname).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from citebrief.ingest.rule_tests import OPENERS

if TYPE_CHECKING:
    from citebrief.engine.dependencies import Names


def given_name_surnames(
    texts: Sequence[str], names: Mapping[str, Names], readable: np.ndarray, opener: np.ndarray
) -> dict[str, str]:
    """Given name -> the surname it stands for in this folder (see the module doc)."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for text, fit, leaning in zip(texts, readable.tolist(), opener.tolist(), strict=True):
        if fit >= 1.0 and not leaning:
            for given, surname in names[text].pairs:
                surnames[given].add(surname)
    alone = Counter(word for text in texts for word in names[text].short)
    full = {word for found in names.values() for word in found.full}
    candidates = {
        given: surname
        for given, (surname, *others) in surnames.items()
        if not others
        and alone[given] > 0
        and (alone[given] < alone[surname] or (not alone[surname] and _told_as_person(texts, given, surname)))
        and given not in full
        and given.lower() not in OPENERS
    }
    if not candidates:
        return {}
    folder = "\n".join(dict.fromkeys(texts))
    pattern = re.compile(r"\b(" + "|".join(re.escape(g.lower()) for g in sorted(candidates)) + r")\b")
    lower = set(pattern.findall(folder))
    return {given: surname for given, surname in candidates.items() if given.lower() not in lower}


# A person's full name in a sentence that also says "he" or "her", or gives an age ("Ines Varga, 21,").
_PERSON_CUE = re.compile(r"\b(?:he|she|his|her|him)\b|,\s\d{1,3},")


def _told_as_person(texts: Sequence[str], given: str, surname: str) -> bool:
    full = f"{given} {surname}"
    return any(full in text and _PERSON_CUE.search(text) is not None for text in texts)
