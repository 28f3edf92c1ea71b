"""Words capitalised only because they open a sentence ("Among Carmat's rivals ...", "Outgoing
Northwestern quarterback Kain Colter ..."): read as the first half of a full name, they would make
"Carmat" and "Northwestern" surnames given in full there, and every later "Carmat said" or "Northwestern
football players" would need that line before it in a brief.

A word counts as such when it is one of the language's stop words ("among", "despite") or the folder
writes it in lower case somewhere, and the folder never capitalises it inside a sentence (after a word,
or a quotation mark opened there: 'the "Star Trek" actor'); a given name that only ever opens sentences
stays a given name unless the folder also uses it as a common word ("will", "rich").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
# what stands just before a word inside a sentence: a letter, digit or clause mark, one space, and
# perhaps an opening quotation mark
_INSIDE = re.compile(r"[\w,;:] [\"“‘']?\Z")


def sentence_case_words(
    texts: Sequence[str], candidates: Iterable[str], stop_words: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Those of ``candidates`` (first words of name runs opening a sentence) that only the sentence
    start capitalises in this folder."""
    wanted = set(candidates)
    if not wanted:
        return frozenset()
    folder = "\n\n".join(dict.fromkeys(texts))
    written_lower = {word for word in set(_WORD.findall(folder)) if word[0].islower()}
    common = {word for word in wanted if word.lower() in stop_words or word.lower() in written_lower}
    if not common:
        return frozenset()
    # only the few common ones are looked for where they stand: a pattern of many words runs slowly
    found = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(common)))})(?![\w'’-])")
    inside = {
        match.group()
        for match in found.finditer(folder)
        if _INSIDE.search(folder, max(0, match.start() - 3), match.start())
    }
    return frozenset(common - inside)
