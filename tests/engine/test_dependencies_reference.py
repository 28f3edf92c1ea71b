"""The fast name finders give exactly what the plain word-by-word ones gave, kept here as the reference:
on generated sentences of capitalised runs, possessives, suffixes, honorifics, articles, quotes,
hyphens and non-ASCII letters, and on arbitrary text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.engine import name_runs
from citebrief.engine.dependencies import find_dependencies
from citebrief.engine.given_names import given_name_surnames
from citebrief.engine.name_runs import Names, names_in, not_people
from citebrief.engine.name_words import names_nobody
from citebrief.engine.places import country_words

# The word-by-word reference, as it was before it was made fast; the word lists are the module's own.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_ARTICLE_BEFORE = name_runs._ARTICLE_BEFORE


def reference_names_in(text: str) -> Names:
    full: set[str] = set()
    short: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    after_article: set[str] = set()
    found = (full, short, after_article)
    run: list[str] = []
    end = -1
    run_start = 0
    for match in _WORD.finditer(text):
        if run and _POSSESSIVE.search(text[run_start:end]):
            _reference_close(run, text, run_start, found, pairs)
        word = _POSSESSIVE.sub("", match.group())
        if run and word.lower() in name_runs._SUFFIXES and match.start() == end + 1:
            end = match.end()
            continue
        initial = len(word) == 1 and word.isupper() and text[match.end() : match.end() + 2] == ". "
        if run and initial and match.start() == end + 1:
            end = match.end() + 1
            continue
        capital = word[:1].isupper() and not word.isupper() and word.lower() not in name_runs._NOT_NAMES
        honorific = word.lower() in name_runs._HONORIFIC
        joined = run and match.start() == end + 1 and text[end] == " "
        if (capital or honorific) and (joined or not run):
            run_start = match.start() if not run else run_start
            run.append(word)
        else:
            _reference_close(run, text, run_start, found, pairs)
            run = [word] if (capital or honorific) else []
            run_start = match.start()
        end = match.end()
    _reference_close(run, text, run_start, found, pairs)
    return Names(
        frozenset(full), frozenset(short - full), frozenset(pairs), attributive=frozenset(after_article - full)
    )


def _reference_close(
    run: list[str], text: str, run_start: int, found: tuple[set[str], set[str], set[str]], pairs: set[tuple[str, str]]
) -> None:
    if not run:
        return
    before = text[:run_start]
    full, short, after_article = found
    last = run[-1]
    named = [w for w in run if w.lower() not in name_runs._HONORIFIC]
    if last.lower() in name_runs._HONORIFIC or names_nobody(run):
        pass
    elif len(named) >= 2:
        full.add(last)
        if len(named) == 2:
            pairs.add((named[0], last))
    elif _ARTICLE_BEFORE.search(before[-12:]):
        if not re.match(r"(?:['’]s)? of [A-Z]", text[run_start + len(last) :]):
            after_article.add(last)
    else:
        short.add(last)
    run.clear()


def _lower_case_words(texts: Sequence[str]) -> set[str]:
    words = (_POSSESSIVE.sub("", w) for t in texts for w in _WORD.findall(t))
    return {w[:1].upper() + w[1:] for w in words if w[:1].islower()}


def reference_not_people(texts: Sequence[str]) -> frozenset[str]:
    lower: set[str] = set()
    marked: set[str] = set()
    for text in texts:
        previous, previous_end = "", -2
        for match in _WORD.finditer(text):
            word = _POSSESSIVE.sub("", match.group())
            if word[:1].islower():
                lower.add(word)
            elif previous.lower() in ("the", "a", "an", "of") and match.start() == previous_end + 1:
                marked.add(word)
            elif previous[:1].isupper() and match.start() == previous_end + 1 and text[previous_end] == " ":
                marked.add(previous)
            previous, previous_end = match.group(), match.end()
    return frozenset(marked | {w[:1].upper() + w[1:] for w in lower})


WORDS = (
    "Ines Varga Mayor Rosa Feld John Conyers Erdogan Putin Syria Idlib Hart Merrow Lower New Saint "
    "Jr Jr. jr SR Sr. Rep. rep Sen. sen GOV Gov. Dr. dr Mr. mr MRS Ms. Miss Prof. Rev Capt. Supt "
    "the The THE tHe a A an An AN aN of Of OF oF this That said told added police council harbour "
    "Monday March May Photo I We He NATO USA EU Élodie Łukasz Ørsted İstanbul ǅemal Straße ßtraße "
    "élan über Öztürk Ångström Kelvin \u212aelvin ſam 北京 Москва Путин москва McDonald O'Neill "
    "D'Angelo Jean-Luc jean-luc Smith-Jones Varga's Varga’s Putin's dr's Dr's Jones's JONES'S "
    "Ⅷ Ⅷth x9 s S I'm L. G. Q."
).split()
GAPS = (
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ". ",
    "-",
    "'",
    "’",
    "\n",
    '"',
    "“",
    "”",
    " (",
    ") ",
    "1",
    "_",
    "",
    "--",
    "'s ",
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=14))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    return draw(st.sampled_from(("", '"', "“", " "))) + "".join(
        w + g for w, g in zip(words, gaps, strict=True)
    )


ANY_TEXT = st.text(
    alphabet=st.sampled_from(list("aAbBdDjJmMrRsStThHeEnNoOfF '’-.\n\"“”,1_ÉéłŁßİıǅǆⅧ北\u212aſ")), max_size=60
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(sentences(), ANY_TEXT))
def test_names_in_matches_the_word_by_word_reference(text: str) -> None:
    # the run a sentence opens with is newer than the reference; ``test_sentence_case`` checks it
    assert replace(names_in(text), opening=None) == reference_names_in(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(sentences(), ANY_TEXT), max_size=6))
def test_not_people_matches_the_word_by_word_reference(texts: list[str]) -> None:
    assert not_people(texts) == reference_not_people(texts)


@settings(max_examples=100, deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=8), st.integers(1, 3))
def test_repeated_sentences_get_the_names_of_their_first_reading(texts: list[str], copies: int) -> None:
    rows = texts * copies
    n = len(rows)
    found = find_dependencies(
        rows,
        np.repeat(np.arange(copies), len(texts)),
        np.zeros(n, bool),
        np.ones(n),
        np.arange(n, dtype=float),
    )
    expected = [reference_names_in(t) for t in rows]
    given_in_full = {name for e in expected for name in e.full}
    # Countries are places whatever the folder says (``places.country_words``).
    things = reference_not_people(rows) - (given_in_full - _lower_case_words(rows)) | country_words()
    # A given name alone stands for one person, keyed by the full name (``given_names``).
    surname_of = given_name_surnames(rows, dict(zip(rows, expected, strict=True)), np.ones(n))
    people = [{f"{g} {s}" for g, s in e.pairs if surname_of.get(g) == s} for e in expected]
    assert found.full_names == tuple((e.full - things) | p for e, p in zip(expected, people, strict=True))
    assert all(
        {name for name, _row in found.introducers[row]}
        <= (expected[row].short - things) | {f"{w} {surname_of[w]}" for w in expected[row].short if w in surname_of}
        for row in range(n)
    )


def test_the_reference_sees_names_the_way_the_catalogue_says() -> None:
    # The reference itself is pinned to the cases the rule table states, so it cannot drift.
    assert reference_names_in("Rep. John Conyers Jr. said he would step down.").full == {"Conyers"}
    assert reference_names_in("Putin's office said Erdogan's call came.").short == {"Putin", "Erdogan"}
    assert "Embassy" in reference_not_people(["He went to the Embassy."])
    # A surname given in full stays a person after "the": "the Romney campaign" after "Mitt Romney".
    assert "Romney" not in not_people(["Mitt Romney won.", "The Romney campaign"], people=frozenset({"Romney"}))
