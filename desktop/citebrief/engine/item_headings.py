"""Headings whose names a brief cannot show but a reader of the article has read.

A heading written as a sentence ("Consider these two panels, one for Matt Groening:") names people as
a sentence does. So does the heading of a list item about one person ("Jessica Alba, The Honest
Company") when the item's first sentence goes on with the surname alone ("Alba co-founded ..."): the
heading gave the name in full, and a brief showing the sentence without it leaves "Alba" unintroduced.
A sentence opening such an item that leans on what came before ("The singer, actress and reality TV
star started her brand", "She sold ...") leans on the heading, not on the line before it in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from citebrief.core.model import Corpus, Sentence, SentenceRole, Source
from citebrief.engine.name_runs import names_in

# How far after its heading an item is read for the surname: a list item about one person runs a few
# paragraphs (the celebrity-business list of val-01297: 315 to 527 characters); a bound keeps a long
# page with many headings from being read once per heading.
_ITEM_CHARS = 3000


def _in_sentence_case(sentence: Sentence) -> bool:
    """A heading written as a sentence: its capitals mark names, as a headline's ("Meet McDonald's
    McRibster") do not."""
    if sentence.role is not SentenceRole.HEADING:
        return False
    words = sentence.text.split()[1:]
    return sum(w[:1].islower() for w in words) * 2 > len(words)


def _item_name(source: Source, heading: Sentence, first: Sentence) -> tuple[str, str] | None:
    """The (given name, surname) ``heading`` opens with when it heads ``first``, the body sentence
    after it, and the article speaks of that surname after it: "Getty Images" or "Read More" between
    two paragraphs name no one the article goes on about."""
    if heading.role is not SentenceRole.HEADING or first.role is not SentenceRole.BODY:
        return None
    opening = names_in(heading.text).opening
    item = source.text[first.start : first.start + _ITEM_CHARS]
    if opening is None or not re.search(rf"\b{re.escape(opening[1])}\b", item):
        return None
    return opening


def _items(source: Source) -> Iterator[tuple[int, tuple[str, str] | None]]:
    """(sentence index, the name of the person its heading names, if it opens such an item)."""
    sentences = source.sentences
    for index, sentence in enumerate(sentences):
        yield index, _item_name(source, sentences[index - 1], sentence) if index > 0 else None


def unshown_names(corpus: Corpus) -> tuple[list[str], np.ndarray]:
    """The headings that name people (see the module doc), and per body row (body sentences in
    corpus order) whether it opens an item a heading names."""
    unshown: list[str] = []
    opens_item: list[bool] = []
    for source in corpus.sources:
        for index, name in _items(source):
            sentence = source.sentences[index]
            if name is not None and name[1] in names_in(sentence.text).short:
                unshown.append(source.sentences[index - 1].text)
            elif _in_sentence_case(sentence):
                unshown.append(sentence.text)
            if sentence.role is SentenceRole.BODY:
                opens_item.append(name is not None)
    return unshown, np.array(opens_item, dtype=bool)
