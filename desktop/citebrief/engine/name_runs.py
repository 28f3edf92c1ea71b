"""Name runs of a sentence and what they name: surnames given in full ("Mayor Ines Varga") or used
alone ("Varga said"), and the capitalised words of a folder that name things rather than people.

Found offline from the text itself; ``dependencies`` reads them to tell which line introduces whom.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from citebrief.engine.name_words import HONORIFIC as _HONORIFIC
from citebrief.engine.name_words import NOT_NAMES as _NOT_NAMES
from citebrief.engine.name_words import SUFFIXES as _SUFFIXES
from citebrief.engine.name_words import names_nobody

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A name run after one of these names a thing ("the Merrow dam"), not a person. Not "that": before a
# name it is nearly always the conjunction ("the post noted that Peinovich concealed ..."), and a
# surname read as a thing there needed no introduction.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this)\s+$", re.IGNORECASE)
_LEADING = " \"“‘'(["
_TITLES = "|".join(sorted(_HONORIFIC | {"professor", "president", "judge", "officer"}))
_SPEECH = "(?:said|says|told|added|wrote)"
_NAME_GOES_ON = re.compile(r"(?:['’]s)? of [A-Z]")


@dataclass(frozen=True, slots=True)
class Names:
    """The names one row uses: surnames it gives in full, and surnames it uses alone; and the (given
    name, surname) pairs of its full names of two words."""

    full: frozenset[str]
    short: frozenset[str]
    pairs: frozenset[tuple[str, str]] = frozenset()
    opening: tuple[str, str] | None = None  # the pair of the name run the sentence opens with
    # Capitalised words alone after "the" or "a" ("the Carpentier heart", "the Merrow dam"): a person
    # only when the folder gives them in full and also uses them alone (see ``find_dependencies``).
    attributive: frozenset[str] = frozenset()

    def opened_by(self, words: frozenset[str]) -> Names:
        """These names when the first word of ``opening`` is one of ``words``, capitalised only because
        it opens the sentence ("Among Carmat's rivals"): its surname is then a name used alone."""
        if self.opening is None or self.opening[0] not in words:
            return self
        surname = self.opening[1]
        return Names(
            self.full - {surname}, self.short | {surname}, self.pairs - {self.opening}, None, self.attributive
        )


def names_in(text: str) -> Names:
    """Capitalised name runs of a sentence: the last word of a run of two or more words is a surname
    given in full ("Mayor Ines Varga"); a capitalised word alone ("Varga said") is a surname used short.
    """
    full: set[str] = set()
    short: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    attributive: set[str] = set()
    run: list[str] = []
    end = -1
    run_start = 0
    # Only the words that may be in a run are visited: any other word ends a run, and the gap it
    # leaves before the next one ends it just the same.
    for match in _RUN_WORD.finditer(text):
        group = match.group()
        word = group[:-2] if group[-2:] in _POSSESSIVE_ENDS else group
        lowered = word.lower()
        start = match.start()
        if run and (start != end + 1 or text[max(run_start, end - 2) : end] in _POSSESSIVE_ENDS):
            # "Syria's Idlib": a possessive ends a name
            _close(run, text, run_start, (full, short, attributive), pairs)
        if run and lowered in _SUFFIXES:
            end = match.end()  # "Conyers Jr": the run goes on past the suffix, which names nobody
            continue
        if run and _is_initial(word, text, match.end()):
            end = match.end() + 1  # "Cathy L. Lanier": a middle initial keeps the full name whole
            continue
        capital = word[0].isupper() and not word.isupper() and lowered not in _NOT_NAMES
        if capital or lowered in _HONORIFIC:
            if run and text[end] != " ":
                _close(run, text, run_start, (full, short, attributive), pairs)
            if not run:
                run_start = start
            run.append(word)
        else:
            _close(run, text, run_start, (full, short, attributive), pairs)
        end = match.end()
    _close(run, text, run_start, (full, short, attributive), pairs)
    begins = len(text) - len(text.lstrip(_LEADING))
    opening = next((pair for pair in pairs if text.startswith(" ".join(pair), begins)), None)
    return Names(
        frozenset(full), frozenset(short - full), frozenset(pairs), opening, frozenset(attributive - full)
    )


_POSSESSIVE_ENDS = frozenset(("'s", "’s"))


def _is_initial(word: str, text: str, end: int) -> bool:
    """A middle initial: one capital letter, a full stop and a space ("Matthew G. Whitaker")."""
    return len(word) == 1 and word.isupper() and text[end : end + 2] == ". "
_LETTER = r"[^\W\d_]"
# Where a word of ``_WORD`` starts: not inside a word, nor after a hyphen or apostrophe that joins one.
_WORD_START = rf"(?<!{_LETTER})(?<!{_LETTER}[-'’])"
# A word that may be in a name run: one that starts with a letter other than a-z (a superset of the
# capitalised ones), or an honorific or suffix in any case, possibly possessive.
_WORD_END = rf"(?!{_LETTER}|[-'’]{_LETTER})"
_RUN_WORD = re.compile(
    rf"{_WORD_START}(?=[^\W\d_a-z]|(?i:{'|'.join(sorted(_HONORIFIC | _SUFFIXES))})(?:['’]s)?{_WORD_END})"
    rf"{_WORD.pattern}"
)


def _close(
    run: list[str],
    text: str,
    run_start: int,
    found: tuple[set[str], set[str], set[str]],
    pairs: set[tuple[str, str]],
) -> None:
    """File a finished name run that starts at ``run_start`` in ``text`` into ``found``: (surnames given
    in full, used alone, used alone after an article)."""
    if not run:
        return
    full, short, attributive = found
    last = run[-1]
    named = [w for w in run if w.lower() not in _HONORIFIC]
    if last.lower() in _HONORIFIC or names_nobody(run):
        pass
    elif len(named) >= 2:
        full.add(last)
        if len(named) == 2:
            pairs.add((named[0], last))
    elif _ARTICLE_BEFORE.search(text[max(run_start - 12, 0) : run_start]):
        # "the Merrow dam" names a thing, unless the folder knows a Merrow; "the Court of Appeal" is
        # a name of its own, whatever other court the folder names
        if not _NAME_GOES_ON.match(text, run_start + len(last)):
            attributive.add(last)
    else:
        short.add(last)
    run.clear()


_ARTICLES = frozenset("the a an of".split())


def not_people(texts: Sequence[str], people: frozenset[str] = frozenset()) -> frozenset[str]:
    """Capitalised words of a folder that name things, not people: written in lower case somewhere
    ("church"), after "the", "a" or "of" ("the Embassy", "Community of Christ"), or first in a name
    ("Sprint Nextel"): a surname is none of these. A word of ``people`` (given in full somewhere:
    "Mitt Romney") stays a person after "the" or first in a name ("the Romney campaign")."""
    # Each distinct text once; two line breaks keep words of different texts from being neighbours.
    folder = "\n\n".join(dict.fromkeys(texts))
    lower = {_without_possessive(w) for w in set(_WORD.findall(folder)) if w[0].islower()}
    marked: set[str] = set()
    for previous, between, following in _NEIGHBOURS.findall(folder):
        word = _without_possessive(following)
        if word[0].islower():
            continue
        if previous.lower() in _ARTICLES:
            marked.add(word)
        elif previous[0].isupper() and between == " ":
            marked.add(previous)
    return frozenset((marked - people) | {w for w in _capitalised(lower)})


def _without_possessive(word: str) -> str:
    return word[:-2] if word[-2:] in _POSSESSIVE_ENDS else word


# A word that is an article or starts with a letter other than a-z, and the word one character after
# it when that one starts with a letter other than a-z (supersets of what ``not_people`` looks at). The
# first word is atomic: a shorter piece of it is no word.
_NEIGHBOURS = re.compile(
    rf"{_WORD_START}(?=[^\W\d_a-z]|(?i:the|an?|of){_WORD_END})((?>{_WORD.pattern}))"
    rf"(?=([\s\S])(?=[^\W\d_a-z])({_WORD.pattern}))"
)


def _capitalised(words: set[str]) -> set[str]:
    return {w[:1].upper() + w[1:] for w in words}


def spoken_of_as_people(alone_in: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The words the folder writes after a title or before a speech verb ("Mr Carpentier", "Carpentier
    said"), each looked for in the texts that use it alone (``alone_in``): a person's surname, not a
    ship's or a product's ("the Musashi", "the Horizon")."""
    found = set()
    for word, texts in alone_in.items():
        spoken = re.compile(rf"\b(?i:{_TITLES})\.? {re.escape(word)}\b|\b{re.escape(word)} {_SPEECH}\b")
        if any(spoken.search(text) for text in texts):
            found.add(word)
    return frozenset(found)

