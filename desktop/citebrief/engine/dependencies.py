"""What a sentence needs before it in a brief, so that a reader can follow it alone.

A row depends on:
- its predecessor in its source, when it *leans* on it (the catalogue's ``LEANS`` rules: "He said",
  "However", "The monitor said", the tail of a quote; the reference rules of ``references``: "her"
  with no one named before it), quotes "we" or "I" without naming the speaker, or names with a
  description that only points back ("The reference is to ...", see ``descriptions``);
- for each person it names by surname alone ("Varga said ..."), a sentence that names them in full
  ("Mayor Ines Varga"), also before a noun when the folder speaks of the person ("the Carpentier
  heart": "Professor Carpentier", "Carpentier said"), and for a name's short form ("the Index" for
  "the Good Country Index"), a sentence that gives the name in full, found offline from the folder's
  own capitalised name runs (see ``name_runs``; a word only the start of a sentence capitalises is no
  given name: "Among Carmat's", see ``sentence_case``): the first such sentence in its own source,
  else the earliest readable one elsewhere (a one-word name is introduced by a role set off with
  commas, "his grandfather, Deming,", or a description, "Nola, one of four rhinos left,": see
  ``appositives``). Any brief sentence that gives the full name satisfies it;
- for each acronym it uses alone that the folder spells out somewhere ("CAPA attorneys argued ...",
  see ``acronyms``), the sentence that spells it out;
- for each definite description in it ("The plan will cost ...", "Police said the video was ...", see
  ``descriptions``), the first readable sentence of its article that mentions the thing. Any brief
  sentence that mentions it satisfies it.

A row that nothing in the folder can make clear is left out (``orphan``): it leans on a sentence
before it but is its article's first, it uses a surname given in full only where no brief shows it (a
caption, a heading), or it names a thing its article introduced only in such sentences.

Selection takes a row only together with what it needs (paying for all of it) or not at all;
reading order puts what a row needs before it; ``insertion_index`` tells the window where an added
sentence goes. This is the one place that decides it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from citebrief.engine.acronyms import acronym_needs
from citebrief.engine.appositives import with_appositives
from citebrief.engine.descriptions import find_descriptions
from citebrief.engine.given_names import given_name_surnames, introduced_by_role
from citebrief.engine.name_runs import Names, names_in, not_people, spoken_of_as_people
from citebrief.engine.places import country_words
from citebrief.engine.quote_context import Middle
from citebrief.engine.sentence_case import sentence_case_words
from citebrief.ingest.rule_tests import group_outside_quotes, speaker_outside_quotes

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# A name run after one of these names a thing ("the Merrow dam"), not a person. Not "that": before a
# name it is nearly always the conjunction ("the post noted that Peinovich concealed ..."), and a
# surname read as a thing there needed no introduction.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this)\s+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_OPENING_MARKS = ('"', "“", "‘", "'")
_LEADING = " \"“‘'(["
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
# First-person lines in a row that may lean back to the one naming their speaker. Principled: a quote
# set as several short paragraphs leans line by line on the one before; further back than this, the
# speaker's line is too far away to bring into a brief with it.
SPEAKER_LOOKBACK = 4
_NAMED_SPEAKER = re.compile(
    r"\b(?:said|says|told|added|according to|wrote|asked)\b[^.]*?[A-Z][^\W\d_]+|"
    r"[A-Z][^\W\d_]+[^\W\d_]* (?:said|says|told|added|wrote|asked)\b"
)


def quotes_first_person_without_speaker(text: str) -> bool:
    """'"We will rebuild," he said.': a quoted "we" or "I" whose speaker is not named in the sentence."""
    quoted = " ".join(_QUOTED.findall(text))
    if not quoted or not _FIRST_PERSON.search(quoted):
        return False
    outside = _QUOTED.sub(" ", text)
    return _NAMED_SPEAKER.search(outside) is None


@dataclass(frozen=True, slots=True)
class Dependencies:
    """Per row: the predecessor it leans on (-1 for none), the rows introducing its short names and
    the thing its opening definite description names."""

    leans_on: np.ndarray  # int per row
    orphan: np.ndarray  # bool per row: nothing in the folder can make it clear (see the module doc)
    introducers: tuple[tuple[tuple[str, int], ...], ...]  # per row: (surname, introducing row)
    full_names: tuple[frozenset[str], ...]  # per row: surnames it gives in full
    described: tuple[tuple[str, int] | None, ...]  # per row: (thing, introducing row) or None
    mentions: tuple[frozenset[str], ...]  # per row: described things it mentions
    # per row: part of a quote whose speaker is named only where it ends: shown only on the way there
    unattributed: np.ndarray

    def requires(self, row: int) -> tuple[tuple[str, int], ...]:
        """(name or thing, introducing row) for everything ``row`` names without introducing it."""
        thing = self.described[row]
        return self.introducers[row] if thing is None else (*self.introducers[row], thing)

    def gives(self, row: int) -> frozenset[str]:
        """The names ``row`` gives in full and the described things it mentions."""
        return self.full_names[row] | self.mentions[row] if self.mentions[row] else self.full_names[row]

    def needs(self, row: int, chosen: Iterable[int]) -> list[int]:
        """Rows to take together with ``row`` given the rows already ``chosen``: its closure under
        "depends on", introducers before dependents, each predecessor right before its follower."""
        taken = set(chosen)
        introduced = {name for r in taken for name in self.gives(r)}
        bundle: list[int] = []
        self._collect(row, taken, introduced, bundle, ())
        return [r for r in bundle if r != row]

    def _collect(
        self, row: int, taken: set[int], introduced: set[str], bundle: list[int], path: tuple[int, ...]
    ) -> None:
        # ``path``: the rows whose needs are being gathered; two sentences that each name what the
        # other does ("The reservoir is ...", "The reservoir will ...") must not bring each other in
        # again and again.
        if row in taken or row in bundle or row in path or len(path) > 6:
            return
        path = (*path, row)
        before = int(self.leans_on[row])
        if before >= 0:
            self._collect(before, taken, introduced, bundle, path)
        for name, intro in self.requires(row):
            if name not in introduced and intro not in bundle:
                self._collect(intro, taken, introduced, bundle, path)
                introduced.update(self.gives(intro))
        bundle.append(row)
        introduced.update(self.gives(row))

    def direct(self, row: int) -> list[int]:
        before = int(self.leans_on[row])
        return ([before] if before >= 0 else []) + [intro for _name, intro in self.requires(row)]

    def subset(self, keep: np.ndarray) -> Dependencies:
        """The same dependencies for the kept rows; a need on a row left out is dropped."""
        new = np.full(len(self.leans_on), -1, dtype=np.int64)
        new[keep] = np.arange(len(keep))
        leans = self.leans_on[keep]
        leans = np.where(leans >= 0, new[np.maximum(leans, 0)], -1)
        intros = tuple(
            tuple((name, int(new[r])) for name, r in self.introducers[old] if new[r] >= 0)
            for old in keep.tolist()
        )
        described = tuple(
            None if (d := self.described[old]) is None or new[d[1]] < 0 else (d[0], int(new[d[1]]))
            for old in keep.tolist()
        )
        return Dependencies(
            leans,
            self.orphan[keep],
            intros,
            tuple(self.full_names[i] for i in keep.tolist()),
            described,
            tuple(self.mentions[i] for i in keep.tolist()),
            self.unattributed[keep],
        )


def speaker_untold(texts: Sequence[str], names: Sequence[Names], leans: np.ndarray) -> np.ndarray:
    """Per row: first-person talk ("I fought back.", "Our research shows ...", '"We will rebuild," he
    said.') whose speaker the sentences it leans on never name: they name no one, or the chain of
    first-person lines before it ends at one that does not. Such talk is the article's own voice (an
    op-ed's "my plan") or a speaker only its headline or byline gives, and no brief can say who speaks."""
    first_person = np.array([speaks_in_first_person(text) for text in texts], dtype=bool)
    untold = np.zeros(len(texts), dtype=bool)
    for row in np.flatnonzero(first_person & (leans >= 0)).tolist():
        back = int(leans[row])
        for _ in range(SPEAKER_LOOKBACK):
            if names[back].full or names[back].short:
                break  # the line before names someone: the speaker, or who "we" are
            if not first_person[back] or leans[back] < 0:
                untold[row] = True
                break
            back = int(leans[back])
        else:
            untold[row] = True
    return untold


def speaks_in_first_person(text: str) -> bool:
    """Whether the sentence is first-person talk whose speaker it does not name itself."""
    lowered = text.lower()
    talks = (
        quotes_first_person_without_speaker(text)
        or speaker_outside_quotes(text, lowered)
        or group_outside_quotes(text, lowered)
    )
    # '"... I find ...," Peter Sung Ohr, the regional director, said': the speaker is named in full
    return talks and not names_in(_QUOTED.sub(" ", text)).full


# A given name alone stands for one person, not a family: "Monica said" needs the line naming Monica
# Conyers, which "Carl Conyers" in another line does not satisfy. The key is the full name.
def _people(pairs: frozenset[tuple[str, str]], surname_of: dict[str, str]) -> set[str]:
    return {f"{given} {surname}" for given, surname in pairs if surname_of.get(given) == surname}


def _people_short(short: frozenset[str], surname_of: dict[str, str]) -> set[str]:
    return {f"{word} {surname_of[word]}" for word in short if word in surname_of}


def _surname_introducers(
    names: Sequence[Names],
    source_of_row: np.ndarray,
    readable: np.ndarray,
    leans: np.ndarray,
    centrality: np.ndarray,
) -> list[tuple[tuple[str, int], ...]]:
    """Per row: (surname, the row giving it in full) for each surname it uses alone: the first such row
    of its own source before it, else the most central readable one anywhere."""
    first_in_source: dict[tuple[int, str], int] = {}
    best_anywhere: dict[str, int] = {}
    for row, found in enumerate(names):
        for name in found.full:
            first_in_source.setdefault((int(source_of_row[row]), name), row)
            if readable[row] >= 1.0 and leans[row] < 0:
                held = best_anywhere.get(name)
                if held is None or centrality[row] > centrality[held]:
                    best_anywhere[name] = row
    intros: list[tuple[tuple[str, int], ...]] = []
    for row, found in enumerate(names):
        wanted = []
        for name in sorted(found.short):
            intro = first_in_source.get((int(source_of_row[row]), name))
            if intro is None or intro >= row or readable[intro] <= 0:
                intro = best_anywhere.get(name)
            if intro is not None and intro != row:
                wanted.append((name, intro))
        intros.append(tuple(wanted))
    return intros


def find_dependencies(
    texts: Sequence[str],
    source_of_row: np.ndarray,
    opener: np.ndarray,
    readable: np.ndarray,
    centrality: np.ndarray,
    middles: np.ndarray | None = None,
    stop_words: frozenset[str] = frozenset(),
    unshown: Sequence[str] = (),
    opens_item: np.ndarray | None = None,
) -> Dependencies:
    """What every row depends on (see the module doc); ``middles``: per row, where it stands in a quote
    of its paragraph (``quote_context.Middle``); ``stop_words``: the language's, which only the start of
    a sentence capitalises (see ``sentence_case``); ``unshown``: the folder's headings, no brief's, that
    name people; ``opens_item``: per row, whether it follows a heading that names the person it is
    about (see ``item_headings``): what it leans on is that heading."""
    n = len(texts)
    # A sentence repeated across copies of an article is read once.
    raw_names = {text: names_in(text) for text in dict.fromkeys(texts)}
    # only an opening whose surname the folder also uses alone can make a sentence need another
    used_alone = {word for found in raw_names.values() for word in found.short}
    opening_words = {n.opening[0] for n in raw_names.values() if n.opening and n.opening[1] in used_alone}
    openings = sentence_case_words(texts, opening_words, stop_words)
    if openings:
        raw_names = {text: found.opened_by(openings) for text, found in raw_names.items()}
    raw_names = with_appositives(raw_names)
    # Only a full name a brief can show makes a person of a word otherwise filed as a thing.
    given = frozenset(
        name
        for text, fit, leaning in zip(texts, readable.tolist(), opener.tolist(), strict=True)
        if fit >= 1.0 and not leaning
        for name in raw_names[text].full
    )
    things = not_people(texts, people=given) | country_words()  # "Japan" alone is no surname
    surname_of = given_name_surnames(texts, raw_names, readable)
    # Words after "the" that stand for a name given in full: a person's surname ("the Carpentier
    # heart"), or a common noun capitalised as a name's short form ("the Index" for "the Good Country
    # Index").
    attributive = {word for found in raw_names.values() for word in found.attributive} & given
    alone_in: dict[str, list[str]] = {}
    for text, found in raw_names.items():
        for word in found.short & attributive:
            alone_in.setdefault(word, []).append(text)
    # a word the folder also writes in lower case is among ``things``: not_people finds it so
    short_forms = spoken_of_as_people(alone_in) | (attributive & things)
    by_text = {}
    for text, raw in raw_names.items():
        people = _people(raw.pairs, surname_of) | introduced_by_role(text, raw.short, surname_of)
        in_full = (raw.full - things) | people | (raw.full & short_forms)
        short = (raw.short - things) | _people_short(raw.short, surname_of)
        short |= raw.attributive & short_forms  # "The Carpentier heart" needs him as "Carpentier said" does
        by_text[text] = Names(in_full, short - in_full)
    names = [by_text[text] for text in texts]
    same_source_before = np.zeros(n, dtype=bool)
    same_source_before[1:] = source_of_row[1:] == source_of_row[:-1]
    leans = np.full(n, -1, dtype=np.int64)
    orphan = np.zeros(n, dtype=bool)
    if middles is None:
        middles = np.zeros(n, dtype=np.int8)
    middles = _spoken_through(middles, opener, source_of_row, texts)
    inside = (middles == Middle.SPOKEN) | (middles == Middle.UNSPOKEN)
    for row in range(n):
        if opener[row] or inside[row] or quotes_first_person_without_speaker(texts[row]):
            if same_source_before[row] and not (opens_item is not None and opens_item[row]):
                leans[row] = row - 1
            else:
                orphan[row] = True
    orphan |= speaker_untold(texts, names, leans)
    intros = _surname_introducers(names, source_of_row, readable, leans, centrality)
    given_anywhere = {name for found in [*names, *map(names_in, unshown)] for name in found.full - things}
    for row in range(n):
        # Named in full only where no brief can show it: nothing can introduce the surname.
        usable = {name for name, _intro in intros[row]}
        if any(name in given_anywhere and name not in usable for name in names[row].short):
            orphan[row] = True
    described = find_descriptions(texts, source_of_row, readable)
    orphan |= described.unclear
    for row in np.flatnonzero(described.points_back & (leans < 0)).tolist():
        if same_source_before[row]:
            leans[row] = row - 1
        else:
            orphan[row] = True
    acronyms, spelled = acronym_needs(texts, source_of_row, readable, leans)
    intros = [
        (*own, *inner, *letters)
        for own, inner, letters in zip(intros, described.inner, acronyms, strict=True)
    ]
    full = tuple(n_.full | letters for n_, letters in zip(names, spelled, strict=True))
    return Dependencies(
        leans,
        orphan,
        tuple(intros),
        full,
        tuple(described.opening),
        tuple(described.mentions),
        (middles == Middle.UNSPOKEN) | (middles == Middle.OPENS_UNSPOKEN),
    )


def _spoken_through(
    middles: np.ndarray, opener: np.ndarray, source_of_row: np.ndarray, texts: Sequence[str]
) -> np.ndarray:
    """``middles`` with a quote opened inside a sentence that leans on the line before it ('... he told
    his fiancee:' then "I'm like, "So it's my fault. ...") counted as spoken: the lines it leans on say
    whose words they are, or leave it out (``speaker_untold``). A sentence that opens with the mark
    leans on nothing outside the quote."""
    found = middles.copy()
    for row in np.flatnonzero((middles == Middle.OPENS_UNSPOKEN) & opener).tolist():
        if texts[row].startswith(_OPENING_MARKS):
            continue
        found[row] = Middle.NO
        after = row + 1
        while (
            after < len(found)
            and found[after] == Middle.UNSPOKEN
            and source_of_row[after] == source_of_row[row]
        ):
            found[after] = Middle.SPOKEN
            after += 1
    return found


def earliest_position(dependencies: Dependencies, brief_rows: Sequence[int], row: int) -> int:
    """The first place among a brief's rows (in reading order) where an added ``row`` may go: after the
    predecessor it leans on and after the first sentence giving in full each name it uses short."""
    place = 0
    before = int(dependencies.leans_on[row])
    for index, other in enumerate(brief_rows):
        if other == before:
            place = max(place, index + 1)
    for name, _intro in dependencies.requires(row):
        first = next(
            (i for i, other in enumerate(brief_rows) if other != row and name in dependencies.gives(other)),
            None,
        )
        if first is not None:
            place = max(place, first + 1)
    return place
