"""References a sentence makes to something it never names, by named rule.

- ``page_self_reference`` (never a brief sentence): the web page speaks of itself ("our list", "this
  article", "our original reveal post"); in a brief the page is not there to point at.
- ``pronoun_without_person`` (leans on its predecessor): "he", "her", "him", "his" or "she" with no person
  named or described before it in the sentence ("Golden brown tresses framed her lovely face"): who
  it is stands in the sentence before.

Text inside quotation marks is the speaker's, not the page's, and is left out of the first rule.
Opening pronouns ("He said ...") are the sentence catalogue's; these rules see the rest of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from citebrief.ingest.verb_words import AUXILIARIES, IRREGULAR_PASTS


@dataclass(frozen=True, slots=True)
class ReferenceRule:
    name: str
    leans: bool  # True: taken only with the sentence before it; False: never a brief sentence
    test: Callable[[str], bool]


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_SELF = re.compile(
    r"\b(?:(?:our|Our)(?:\s+[\w'’-]+){0,4}?\s+(?:list|story|post|article|coverage|gallery|slideshow|report"
    # the page's own people: "our crack video team", "one of our producers"
    r"|team|staff|editors|producers|reporters|photographers|newsroom)"
    r"|(?:this|This)(?:\s+[\w'’-]+){0,2}?\s+(?:article|story|post|page|gallery|slideshow))\b(?!\s+of\b)"
)


def _page_self_reference(text: str) -> bool:
    return _SELF.search(_QUOTED.sub(" ", text)) is not None


_PRONOUN = re.compile(r"\b(?:he|she|her|hers|herself|him|his|himself)\b")
# "I", "me", "my" outside quotation marks: a quote whose marks were lost, or the writer unnamed (a
# quoted one is ``dependencies.quotes_first_person_without_speaker``'s).
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
# Nouns naming a person, whom a later "her" or "his" in the sentence may be.
PERSON_NOUNS = (
    "man men woman women boy girl child mother father wife husband son daughter sister brother actress "
    "actor star singer officer president spokesman spokeswoman mayor judge suspect victim player leader "
    "driver teacher student patient doctor lawyer attorney chief director minister official senator "
    "governor candidate host author owner who earl king queen prince princess resident friend "
    "baby infant toddler teen teenager kid grandmother grandfather aunt uncle niece nephew girlfriend "
    "boyfriend fiancé fiancée widow nurse worker employee soldier pilot veteran coach fan reporter "
    "journalist passenger customer neighbor neighbour comedian model designer chef artist musician "
    "scientist researcher professor priest bishop pope executive manager founder singer-songwriter supervisor"
).split()
_PERSON_NOUN = re.compile(rf"\b(?:{'|'.join(PERSON_NOUNS)})s?\b", re.IGNORECASE)
# A capitalised word past the first (the first is capitalised whatever it is), not "I".
# Days and months name no one: "Police said Tuesday he lived in London" does not say who "he" is.
_LATER_CAPITAL = re.compile(
    r"(?<=[\s(“\"‘'—-])(?!I\b)"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)[A-Z][^\W\d_]+"
)
# The first word names someone when it is a possessive or a verb follows it ("Erdogan pressed his
# counterpart"); "Golden brown tresses framed her face" opens with an adjective.
_FIRST_WORD = re.compile(r"^[\"“‘']?[A-Z][^\W\d_]+(['’]s\b)?(?:\s+([a-z]+))?")
_FIRST_VERBS = AUXILIARIES | IRREGULAR_PASTS | frozenset(("and",))
# "Keith, 15, is already a senior": a first word given an age is a person.
_FIRST_WITH_AGE = re.compile(r"^[\"“‘']?[A-Z][^\W\d_]+,\s+\d{1,3},")
# Where something is or happens names a place, not the person a later "his" is: "Police in Torrance
# were called to his home", "A powerful voice in Santa Clara County is coming to his defense".
_PLACE_RUN = re.compile(
    r"\b(?:in|at|near|outside|across|throughout)\s+(?:the\s+)?(?:[A-Z][^\W\d_]+(?:\s+|(?=[,.;:])))+"
)


# After an opening clause, the person its pronoun stood for: a capitalised word, not "The".
_CATAPHORA = re.compile(r"\s+(?!(?:The|A|An|It|This|That|There|In|On|At)\b)[A-Z][^\W\d_]+")


# Groups that open a sentence as its subject but are not the "he" or "she" after them ("Police said
# Tuesday he lived in east London").
_GROUPS = frozenset(
    "police officials authorities investigators prosecutors detectives officers deputies witnesses "
    "residents sources doctors researchers scientists reports".split()
)


def _named_first(before: str) -> bool:
    if _FIRST_WITH_AGE.match(before):
        return True
    found = _FIRST_WORD.match(before)
    if found is None or before.split(maxsplit=1)[0].strip("\"“‘'").lower() in _GROUPS:
        return False
    possessive, following = found.group(1), found.group(2) or ""
    verb = following in _FIRST_VERBS or (len(following) > 3 and following.endswith(("ed", "s")))
    return bool(possessive) or verb


def _pronoun_without_person(text: str) -> bool:
    unquoted = _QUOTED.sub(lambda quote: " " * len(quote.group()), text)
    found = min(
        (m for m in (_PRONOUN.search(text), _FIRST_PERSON.search(unquoted)) if m is not None),
        key=lambda m: m.start(),
        default=None,
    )
    if found is None:
        return False
    before = text[: found.start()]
    comma = text.find(",", found.end())
    if comma >= 0 and "," not in before and _CATAPHORA.match(text, comma + 1):
        return False  # "Before the flight to his new home, Jack the cat escaped": named right after
    before = _PLACE_RUN.sub(lambda run: " " * len(run.group()), before)
    return not (_LATER_CAPITAL.search(before) or _PERSON_NOUN.search(before) or _named_first(before))


REFERENCE_RULES: tuple[ReferenceRule, ...] = (
    ReferenceRule("page_self_reference", leans=False, test=_page_self_reference),
    ReferenceRule("pronoun_without_person", leans=True, test=_pronoun_without_person),
)
_NEVER = tuple(r for r in REFERENCE_RULES if not r.leans)
_LEANS = tuple(r for r in REFERENCE_RULES if r.leans)


def reference_rule(name: str) -> ReferenceRule:
    return next(r for r in REFERENCE_RULES if r.name == name)


def never_alone(text: str) -> bool:
    """True when a reference rule keeps the sentence out of every brief."""
    return any(r.test(text) for r in _NEVER)


def leans_by_reference(text: str) -> bool:
    """True when the sentence refers to someone only the sentence before it names."""
    return any(r.test(text) for r in _LEANS)
