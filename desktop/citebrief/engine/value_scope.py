"""What a stated number belongs to, so that only values of one thing are compared across sources.

Two sentences of one fact can hold numbers that are not versions of each other: the ages of two
people ("a 24-year-old suspect" / "a 32-year-old victim"), a part and the whole ("1,000 hens at one
farm" / "5,000 hens"), two groups ("3,000 soldiers" / "11,000 people"), or two people's own stories
("my battery was at 5%" / "mine was at 60%"). ``disagreements`` compares two values only when
``comparable`` says they share all of:
- the thing counted, with its qualifiers ("civil aircraft" is not "aircraft"; "people", "persons"
  and a bare toll are one generic count);
- the names attached to the number ("Rykola Farm's 1,000 mink"), each named in the other sentence;
- the same parts named ("at one farm", "one of", "alone", "of them");
- no first-person speaker ("I", "my"): an anecdote is one person's, not a fact sources report;
- the rest of the sentence: most content words of the shorter sentence are in the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citebrief.engine.fact_values import (
    IDIOM,
    NOT_NAMES,
    NOT_THINGS,
    RISEN,
    THING_OF,
    WORD_NUMBERS,
    Value,
)

# Read on the tuning clusters' flags: two reports of one stabbing share 4 of the shorter one's 7
# content words beyond the number; a list of parts and a total in other words share a third.
REST_SHARED = 0.5
# Words that count anyone: a count of "people" and a bare toll ("12 dead") are one thing.
_GENERIC = frozenset({"", "people", "person", "persons", "individual", "individuals", "others"})
# Words that end the noun a number counts ("12 homes in the valley", "40 pupils who ...").
_ENDS = NOT_THINGS | frozenset(
    "was were are be been have has had the a an their his her its including among".split()
)
_LEAD = frozenset("more other some about nearly almost".split())
_PARTS = re.compile(
    r"\b(?:at|to|from|in|for|by|of|on)\s+(?:just\s+)?(?:one|a\s+single|each|another)\b|\bone\s+of\b|\balone\b|"
    r"\bof\s+(?:them|whom|those|which|the\s+total)\b|\bamong\s+them\b|\bincluding\b|\beach\b|\bper\b",
    re.IGNORECASE,
)
# "I", "my", "we", "our": the speaker's own case ("us" only in lower case: "US" is a country).
_FIRST_PERSON = re.compile(r"\b(?:I|(?i:my|me|mine|myself|we|our|ours|ourselves)|us)\b")
_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)*")
# Capitals that name no one: days, months, pronouns, and words that open a clause.
_NOT_NAMES = NOT_NAMES | frozenset("officials mr mrs ms dr in at on of and but".split())
_WORD = re.compile(r"[^\W\d_]+")
_STOP = frozenset(
    "the a an of in on at to and or for by with from as is was were are be been has have had that this "
    "it its their his her said says say told according who which when more than about there number "
    "total officials police authorities reported reports".split()
)
# A stem that joins "participated" and "participating", "killed" and "killing", "stories" and "story".
_STEM = 5


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in re.findall(r"[\w'’]+", text)]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def counted(text: str, value: Value) -> str:
    """The noun a count or an age is of, with its qualifiers ("civil aircraft", "suspect"); "" for a
    generic count of people or a bare toll."""
    if value.kind not in ("count", "age") or value.end < 0:
        return ""
    tail = re.split(r"[,;:.()!?\"“”]", text[value.end :], maxsplit=1)[0]
    if value.kind == "age":
        tail = re.sub(r"^\s*(?:-year-old|years?\s+old)\b", "", tail, flags=re.IGNORECASE)
    run: list[str] = []
    for word in _words(tail)[:5]:
        if not run and word in _LEAD:
            continue
        counting = THING_OF.get(word, "people") != "people"
        if word in _ENDS or word[:1].isdigit() or word in WORD_NUMBERS or counting:
            break
        if run and word.endswith(("ed", "ing")):
            break
        run.append(_singular(word))
    if not run:  # "the number of confirmed cases climbed to 340": the noun is before the verb
        risen = re.search(rf"(?:([a-z]+)\s+)?{RISEN.pattern}\s*$", text[: value.start].lower())
        if risen and value.kind == "count":
            run = [_singular(w) for w in risen.groups()[:2] if w and w not in _ENDS | _LEAD]
    noun = " ".join(run)
    return "" if noun in _GENERIC else noun


def attached_names(text: str, value: Value, *, window: int = 4) -> frozenset[str]:
    """Proper names within a few words either side of a number, in its clause: whose number it is
    (a capital that opens the sentence is no name)."""
    if value.end < 0:
        return frozenset()
    before = list(re.finditer(r"\S+", text[: value.start]))[-window:]
    low = before[0].start() if before else value.start
    clause = re.split(r"[,;:.()!?]", text[value.end :], maxsplit=1)[0]
    after = list(re.finditer(r"\S+", clause))[:window]
    high = value.end + (after[-1].end() if after else 0)
    opening = len(text) - len(text.lstrip(" \"“'‘"))
    found = set()
    for match in _NAME.finditer(text, low, high):
        single = len(match.group(0).split()) == 1
        if (match.start() == opening and single) or match.group(0).split()[0].lower() in _NOT_NAMES:
            continue
        found.add(match.group(0).lower())
    return frozenset(found)


def parts_named(text: str) -> frozenset[str]:
    """The words by which a sentence names a part of a whole ("at one farm", "one of", "alone")."""
    plain = IDIOM.sub(" ", text)  # "one by one" names no part
    return frozenset(re.sub(r"\s+", " ", m.group(0).lower()) for m in _PARTS.finditer(plain))


def _stems(text: str, values: list[Value]) -> set[str]:
    nouns = {w for v in values for w in counted(text, v).split()}
    for value in values:
        text = text.replace(value.text, " ")
    for noun in nouns:
        text = re.sub(rf"\b{re.escape(noun)}\w*", " ", text, flags=re.IGNORECASE)
    return {w.lower()[:_STEM] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 1}


@dataclass(frozen=True, slots=True)
class Scope:
    """One sentence's reading of whose its values are."""

    text: str
    parts: frozenset[str]
    anecdote: bool
    rest: frozenset[str]

    @classmethod
    def of(cls, text: str, values: list[Value]) -> Scope:
        anecdote = _FIRST_PERSON.search(text) is not None
        return cls(text, parts_named(text), anecdote, frozenset(_stems(text, values)))


def same_sentence_otherwise(a: Scope, b: Scope) -> bool:
    """Whether the two sentences say the same beyond their values (see ``REST_SHARED``); a sentence that
    says nothing but its value and who reported it is not told otherwise."""
    smaller = min(len(a.rest), len(b.rest))
    return smaller == 0 or len(a.rest & b.rest) / smaller >= REST_SHARED


def comparable(a: Scope, va: Value, b: Scope, vb: Value) -> bool:
    """Whether ``va`` (stated in ``a``) and ``vb`` (in ``b``) are values of one thing."""
    if a.anecdote or b.anecdote or a.parts != b.parts:
        return False
    if counted(a.text, va) != counted(b.text, vb):
        return False
    for names, other in ((attached_names(a.text, va), b.text), (attached_names(b.text, vb), a.text)):
        words = {w for name in names for w in _WORD.findall(name)}
        if any(re.search(rf"\b{re.escape(w)}", other, re.IGNORECASE) is None for w in words):
            return False  # "Rykola Mink Farm's 1,000 mink" is not a count the other sentence makes
    return same_sentence_otherwise(a, b)
