"""Definite descriptions: "The plan will cost ..." names a plan its article introduced before.

"Another stumbling block in the budget ..." names the budget the same way.

A sentence that opens with "The" and lower-case words (``TUNING.description_words`` of them at most),
the last of them followed by a verb or a comma ("The plan may", "The statement, by ..."), names a
thing by a common noun, its *head*; so do a few more words that never say which one it is ("The sales
pitch did ...", "The class-action lawsuit, filed last year, ...": ``unexplained_head``), and such a
line never opens a brief.
When an earlier sentence of its article mentions that noun, the reader needs some sentence that
mentions it first; when none does, the description introduces itself ("The storm that hit ..."). A
description that says what it is ("The council of Port Alder", "The storm that hit") or names what
everyone knows ("The police") needs nothing.

Inside a sentence, "the" and one lower-case word followed by a verb, a comma or the sentence's end
("Police said the video was filmed ...") names a thing the same way. A thing its article mentioned
before only in sentences that cannot stand in a brief cannot be introduced: the sentence is *unclear*
and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from citebrief.engine.tuning import TUNING
from citebrief.ingest.verb_words import AUXILIARIES, IRREGULAR_PASTS

_QUOTES = "\"“”'‘’ "
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# What follows a head noun that ends the description: a finite verb the subject governs.
_VERBS = AUXILIARIES | frozenset(
    "said says told remains remain seems seem appears includes include began became came went made took gave "
    "found "
    # the present tense of verbs whose form is no plural noun after an adjective ("The ink becomes ...")
    "becomes makes gives takes uses means allows comes goes gets tells sees knows finds contains requires "
    "provides weighs consists involves suggests describes explains reveals helps lets".split()
)
# Words between a subject and its verb that are no part of the subject ("The diary first turned up").
_ADVERBS = frozenset(
    "first also now then still just later never often recently already soon again only even finally "
    "quickly immediately reportedly allegedly apparently".split()
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
        if index > 1 and bare in _ADVERBS:
            return None  # "The diary first turned up ...": the one-word description was the noun before
        following = words[index + 1]
        # "The statement, by ...": only a first word; "The crowdfunded, critically ..." lists adjectives.
        comma = word.endswith(",") and index == 1 and not bare.endswith("ed")
        if comma or following in _VERBS or (following.endswith("ed") and following.islower()):
            return None if bare in _KNOWN else bare
    return None


# "the" and one word, then the sentence's end, a comma or (group 2) the next word, looked ahead so
# that "the video the Hummer appears" finds both.
_MID = re.compile(
    r"(?<=\s)the ([A-Za-z][a-z]+(?:-[a-z]+)*)(?:(?=[,.;:!?]?[\"”’]?\s*$)|(?=[,;:])|(?=\s+(\S+)))"
)


def opening_head(text: str) -> str | None:
    """The noun the sentence's opening description names: one word before a verb ("The plan may"),
    or up to ``TUNING.opening_description_words`` that never say which one ("The sales pitch did")."""
    return described_head(text) or unexplained_head(text)


def described_heads(text: str) -> list[str]:
    """The nouns every definite description of a sentence names, the opening one first."""
    heads: list[str] = []
    opening = opening_head(text)
    if opening is not None:
        heads.append(opening)
    for match in _MID.finditer(text):
        head, following = match.group(1).lower(), match.group(2)
        word = None if following is None else following.rstrip(",.;:!?")
        verb = word is not None and (word in _VERBS or (word.endswith("ed") and word.islower()))
        if (following is None or verb) and head not in _KNOWN and head not in heads:
            heads.append(head)
    return heads


# The article and the (up to three) words after it, looked ahead so that "a man filmed a video" finds both.
_STOP = r"(?!(?:of|the|in|on|at|to|for|with|and|by|from|that|who|which)\b)"
_INDEFINITE = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother)\s+(?=((?:{_STOP}[A-Za-z][a-z]+(?:-[a-z]+)*\s+){{0,2}}{_STOP}[A-Za-z][a-z]+(?:-[a-z]+)*))"
)


# A count and a plural after it, a word between allowed ("40 patients", "103 male patients", "two scans").
_COUNTED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)"
    r"\s+(?:[a-z]+(?:-[a-z]+)*\s+)?([a-z]+s)\b"
)


def introduced_nouns(text: str) -> set[str]:
    """Words of the noun phrases a sentence brings in as new ("a surveillance video", "an inquiry", "40
    patients")."""
    found = {word.lower() for phrase in _INDEFINITE.findall(text) for word in phrase.split()}
    found.update(_COUNTED.findall(text))
    return found


# Nouns that name what a text said or did just before ("The reference is to ...", "the response has
# been good"): with nothing earlier in the article naming them, they point at the sentence before.
_POINTING = frozenset(
    "reference response decision move remarks comments comment incident move announcement request "
    "letter video problem issue situation ruling change changes measure deal proposal claim claims "
    "allegations accusation incident episode news development statement".split()
)


# Heads a sentence goes on to explain ("The goal is to ...", "The question is how ..."): they open
# a thought rather than name something said before.
_OPENS_A_THOUGHT = frozenset(
    "goal question hope belief answer idea reason truth fact key point trick aim lesson irony upshot "
    "catch worry fear concern thinking theory consensus verdict message reality".split()
)


def points_back(text: str) -> bool:
    """Whether a definite description of the sentence names something only a sentence before says."""
    return any(head in _POINTING for head in described_heads(text))


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


@dataclass(frozen=True, slots=True)
class Described:
    """Per row: the opening description's (key, introducing row) or None, the keys of its other
    descriptions with their introducing rows, the keys it mentions, and whether nothing can introduce
    one of its descriptions."""

    opening: list[tuple[str, int] | None]
    inner: list[tuple[tuple[str, int], ...]]
    mentions: list[frozenset[str]]
    unclear: np.ndarray  # bool per row
    points_back: np.ndarray  # bool per row: a description pointing back that its article names nowhere before


@dataclass(frozen=True, slots=True)
class _Mentions:
    """Where a folder mentions the things its descriptions name."""

    keys: list[frozenset[str]]  # per row: the described things it mentions
    first: dict[tuple[int, str], int]  # (source, key or "a " + key) -> its first readable mention
    first_any: dict[tuple[int, str], int]  # the same, readable or not
    # (source, key) -> the first readable row that mentions it otherwise than as its unexplained
    # opening description: what can introduce it to another article's reader
    plain: dict[tuple[int, str], int]
    sources: dict[str, set[int]]  # key -> the sources that mention it
    starts: dict[int, int]  # source -> its first row


def _mention_index(
    texts: Sequence[str], source_of_row: np.ndarray, readable: np.ndarray, heads: list[list[str]]
) -> _Mentions:
    key_of = {v: description_key(h) for hs in heads for h in hs for v in _variants(h)}
    index = _Mentions([], {}, {}, {}, {}, {})
    for row, text in enumerate(texts):
        found = _WORDS.findall(text.lower()) if key_of else ()
        keys = frozenset(key_of[w] for w in found if w in key_of)
        index.keys.append(keys)
        # Inside a sentence, only a thing its article brought in as "a ..." is referred back to.
        brought = {key_of[w] for w in introduced_nouns(text) if w in key_of} if keys else set()
        source = int(source_of_row[row])
        for key in keys:
            for place in ((source, key), (source, "a " + key)):
                if place[1] == key or key in brought:
                    index.first_any.setdefault(place, row)
                    if readable[row] > 0:
                        index.first.setdefault(place, row)
            if readable[row] > 0 and not (heads[row] and key == description_key(heads[row][0])):
                index.plain.setdefault((source, key), row)
            index.sources.setdefault(key, set()).add(source)
        index.starts.setdefault(source, row)
    return index


def find_descriptions(texts: Sequence[str], source_of_row: np.ndarray, readable: np.ndarray) -> Described:
    """What each row's definite descriptions need: the first readable sentence of its article before it
    that mentions the head (see the module doc). A line that leans on the one before needs them too: "A
    year later the researchers could tell which of the patients ..." needs the line that counted the
    patients, which need not be the line it leans on."""
    heads = [described_heads(text) for text in texts]
    index = _mention_index(texts, source_of_row, readable, heads)
    opening: list[tuple[str, int] | None] = []
    inner: list[tuple[tuple[str, int], ...]] = []
    unclear = np.zeros(len(texts), dtype=bool)
    back = np.zeros(len(texts), dtype=bool)
    for row, row_heads in enumerate(heads):
        opens = bool(row_heads) and row_heads[0] == opening_head(texts[row])
        needs: list[tuple[str, int] | None] = []
        for at, head in enumerate(row_heads):
            key = description_key(head)
            place = (int(source_of_row[row]), key if at == 0 and opens else "a " + key)
            intro = index.first.get(place)
            if intro is not None and intro < row:
                needs.append((key, intro))
                continue
            unmentioned = index.first_any.get((place[0], key), row) >= row
            own_opening = at == 0 and opens and unmentioned and _follows(source_of_row, row)
            elsewhere = (
                _introduced_elsewhere(index, place[0], key)
                if own_opening and head not in _POINTING and not introduces_itself(texts[row])
                else None
            )
            needs.append(None if elsewhere is None else (key, elsewhere))
            if elsewhere is not None:
                continue
            if head in _POINTING and unmentioned:
                back[row] = True
            elif (
                own_opening
                and index.sources.get(key, set()) <= {place[0]}
                and _names_what_came_before(texts, row, head)
                and not introduces_itself(texts[row])  # "The gunman, identified as Richard Plotts, ..."
            ):
                # "The scans showed ...", "The arrests were made ...": nothing in the folder names the
                # scans before, so the sentence before it brought them in by other words.
                back[row] = True
            elif index.first_any.get(place, row) < row:
                unclear[row] = True  # its article introduced it only where a brief cannot show it
        opening.append(needs[0] if opens else None)
        inner.append(tuple(need for need in needs[1 if opens else 0 :] if need is not None))
    return Described(opening, inner, index.keys, unclear, back)


def _follows(source_of_row: np.ndarray, row: int) -> bool:
    """Whether the row has one of its article before it: an article's first sentence names what its
    headline told ("The league said on Wednesday ...")."""
    return row > 0 and source_of_row[row - 1] == source_of_row[row]


# "The director, Fede Alvarez, ...", "The study, published in the Journal of Psychiatry, ...": a phrase
# beside the description that names someone or something says which one it is.
_APPOSITION = re.compile(r"[\"“‘']?The [a-z]+(?:-[a-z]+)*, [^,]*?(?<![\w'’-])[A-Z][^,]*,")


def introduces_itself(text: str) -> bool:
    """Whether an opening description says which one it is beside it, with a name ("The director, Fede
    Alvarez,", "The prize, part of the Google Science Fair,")."""
    return _APPOSITION.match(text) is not None


def _introduced_elsewhere(index: _Mentions, own: int, key: str) -> int | None:
    """The row of another article that brings in what an opening description names when its own article
    never names it before, though the sentence is not its first ("The storm was blamed for ...", the
    storm told of in another article): of each other article's first readable mention, the one nearest
    its article's start, where articles introduce what they tell."""
    found = [
        (row - index.starts[source], row)
        for source in index.sources.get(key, set()) - {own}
        if (row := index.plain.get((source, key))) is not None
    ]
    return min(found)[1] if found else None


def _names_what_came_before(texts: Sequence[str], row: int, head: str) -> bool:
    """An opening description its article never names before, past its article's first sentence: it
    stands for what the sentence before told, unless it opens a quote or a thought it goes on to
    explain."""
    return head not in _OPENS_A_THOUGHT and not texts[row].startswith(("\"", "“", "‘", "'"))


# "The class-action lawsuit, filed earlier this year, argues ...": words set off by commas after an
# opening description, with no capitalised word among them (which would name the thing).
_PLAIN_APPOSITION = re.compile(r"[^,A-Z]*,")
# A clause about the thing set off by commas tells something of it, not which one it is, whatever
# capitalised words it holds ("The reality star, who returned from Dubai on Sunday, ...").
_CLAUSE_STARTS = ("who ", "which ", "whose ")


# Words that go on to say which one a description names ("The ferry that sank", "The owners of ...").
_SAYS_WHICH = frozenset("that who which whose where of in on at for from with by near".split())


def opens_unexplained(text: str) -> bool:
    """Whether the sentence opens with a description of something it never says which one it is ("The
    participants wore ...", "The sales pitch did ...", "The class-action lawsuit, filed earlier this
    year, argues ..."): words the reader can follow only after a sentence that introduced the
    thing, so such a line cannot open a brief (see ``unexplained_head``)."""
    return unexplained_head(text) is not None


def unexplained_head(text: str) -> str | None:
    """The noun of the description ``opens_unexplained`` finds, or None: up to
    ``TUNING.opening_description_words`` lower-case words after "The", ended by a verb or by a comma
    before words that name nothing. A head everyone knows ("The police said ...") or a description with
    a name beside it ("The study, published in the Journal of ...") explains itself."""
    words = text.lstrip(_QUOTES).split()
    if len(words) < 3 or words[0] != "The":
        return None
    for index in range(1, min(TUNING.opening_description_words + 1, len(words) - 1)):
        bare = words[index].rstrip(",")
        if not _WORD.fullmatch(bare) or bare in _SAYS_WHICH or (index > 1 and bare in _ADVERBS):
            return None  # "The diary first turned up": a one-word description, ``described_head``'s
        following = words[index + 1]
        if words[index].endswith(","):
            rest = " ".join(words[index + 1 :])
            plain = _PLAIN_APPOSITION.match(rest) is not None or rest.startswith(_CLAUSE_STARTS)
            return bare if plain and bare not in _KNOWN else None
        if bare.endswith("ly"):
            continue  # "The loosely organised ...": an adverb, not the head
        if following in _VERBS or following in IRREGULAR_PASTS or _past(following):
            return None if bare in _KNOWN else bare
    return None


def _past(word: str) -> bool:
    return word.endswith("ed") and word.islower()
