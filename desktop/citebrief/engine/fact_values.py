"""The values one sentence states: counts, amounts, shares, measures, ages, names in a role, dates, places.

``disagreements`` compares them across the sentences of one fact. Each value knows what it is *of*
(its ``slot``: "killed", "$", "led by"), so deaths are never compared with injuries, and how exactly it
is stated (its ``bound``: "about", "at least", "nearly"), so "nearly one million" and "about a million"
are the same value. Measures are converted to one unit per dimension, so "5 miles" and "8 km" agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_UNITS_0_19 = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS_0_19)}
WORD_NUMBERS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
WORD_NUMBERS.update({"a": 1.0, "an": 1.0, "a dozen": 12.0, "dozen": 12.0, "hundred": 100.0})
_NUMBER_WORDS_SET = frozenset(WORD_NUMBERS) - {"a", "an"}

_NUMBER_WORD = "|".join(sorted((w for w in WORD_NUMBERS if w not in ("a", "an")), key=len, reverse=True))
# Bounds as news writes them. "approx": either side; "near": a little below; "below": at most;
# "above": at least.
BOUNDS = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "nearly": "near", "almost": "near",
    "close to": "near", "just under": "near", "up to": "below", "as many as": "below", "as much as": "below",
    "fewer than": "below", "less than": "below", "under": "below", "more than": "above", "over": "above",
    "at least": "above", "upwards of": "above", "just over": "above", "in excess of": "above",
}  # fmt: skip
_BOUND = "|".join(sorted(BOUNDS, key=len, reverse=True))
_CURRENCY = {"$": "$", "us$": "$", "£": "£", "€": "€", "dollars": "$", "pounds": "£", "euros": "€"}
# Measures to one unit per dimension: metres, kilograms, km/h, square metres.
_MEASURES = {
    "mile": ("length", 1609.344), "miles": ("length", 1609.344), "km": ("length", 1000.0),
    "kilometre": ("length", 1000.0), "kilometres": ("length", 1000.0), "kilometer": ("length", 1000.0),
    "kilometers": ("length", 1000.0), "metre": ("length", 1.0), "metres": ("length", 1.0),
    "meter": ("length", 1.0), "meters": ("length", 1.0), "m": ("length", 1.0), "foot": ("length", 0.3048),
    "feet": ("length", 0.3048), "ft": ("length", 0.3048), "yards": ("length", 0.9144),
    "pound": ("mass", 0.4536), "pounds": ("mass", 0.4536), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536),
    "kg": ("mass", 1.0), "kilograms": ("mass", 1.0), "kilos": ("mass", 1.0), "tonnes": ("mass", 1000.0),
    "tons": ("mass", 907.2), "mph": ("speed", 1.609344), "km/h": ("speed", 1.0), "kph": ("speed", 1.0),
    "acres": ("area", 4046.86), "hectares": ("area", 10000.0),
}  # fmt: skip
# What is counted, in one word per kind of thing: "12 killed", "12 people died", "killing 12", "death toll".
_THINGS = {
    "death": "killed dead died deaths death fatalities lives killing perished toll slain",
    "injury": "injured wounded hurt injuries injuring wounding",
    "missing": "missing unaccounted",
    "arrest": "arrested arrests detained detentions",
    "people": "people persons individuals",
    "evacuated": "evacuated evacuees",
}
THING_OF = {word: thing for thing, words in _THINGS.items() for word in words.split()}
# Words between a number and what it counts.
_FILLER = frozenset(
    "people persons more other were was have had has been are being reportedly confirmed some "
    "others who a the of".split()
)
_NUMBER_TOKEN = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|{_NUMBER_WORD}"
_AMOUNT = re.compile(
    rf"(?<![\w$£€.,])(?:(?P<bound>{_BOUND})\s+)?(?P<cur>US\$|\$|£|€)?\s?"
    rf"(?P<num>{_NUMBER_TOKEN}|an?(?=[\s-]+(?:thousand|million|billion|trillion|dozen)\b))"
    rf"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|m|k)\b)?(?![\w,]\w)"
    r"(?=(?P<tail>%?(?:[\s-]+[\w/%$£€'’-]+){0,7}))",
    re.IGNORECASE,
)
# Numbers that are words of a phrase, not counts: "killing them one by one", "one after another".
IDIOM = re.compile(
    r"\b(?:one|two|three)\s+(?:by|after|at)\s+(?:one|two|three|another|a\s+time)\b|\bone\s+another\b|"
    r"\bone[\s-]on[\s-]one\b|\bone\s+way\s+or\s+another\b|\bno\s+one\b",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_DATE = re.compile(rf"\b(?:({_MONTHS})\.?\s+(\d{{1,2}})\b|(\d{{1,2}})\s+({_MONTHS})\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:de|van|von|al|bin|da|di|la|le)?\s*[A-Z][\w'’-]+){0,3}"
_ROLE_BY = re.compile(
    r"\b(led|headed|chaired|founded|directed|coached|hosted|organi[sz]ed|written|authored|won|"
    rf"shot|killed|stabbed|arrested|fired|sued|replaced|appointed|nominated)\s+by\s+(?P<name>{_NAME})"
)
_PLACE = re.compile(rf"\b(?:in|at|near)\s+(?:the\s+)?(?P<name>{_NAME})")
NOT_NAMES = frozenset(
    "the a an he she it they we i his her their its this that these those monday tuesday wednesday "
    "thursday friday saturday sunday police".split()
) | frozenset(m.lower() for m in _MONTHS.split("|"))
IDENTIFIER_BEFORE = re.compile(r"(?:([A-Z][\w-]*)|No\.|#)\s*$")  # "Flight 370", "Route 66", "No. 1"
# Capitalised words before a number that do not make it an identifier ("About 12", "In 2014").
_PLAIN_CAPITALS = NOT_NAMES | frozenset(
    "about some nearly only just another all and but with by on in at for to of from after before over "
    "under almost around roughly more less fewer up as".split()
)
# Words after a number that say nothing of what it counts ("206 for Romney").
NOT_THINGS = frozenset(
    "for to in on at from by with and or as per than of that which when while after before since into "
    "out up down off over under is said says without within across near who whom whose on board this "
    "last next each per will would could can may might below above ago away apart long wide high old "
    "later earlier also still just only".split()
)


@dataclass(frozen=True, slots=True)
class Value:
    """One value a sentence states; ``low``..``high`` is what its wording allows."""

    kind: str
    slot: str
    number: float  # the number as stated, in the dimension's unit; 0 for names, dates and places
    bound: str  # "", "approx", "below", "above"
    text: str  # as the sentence words it: "at least 15 people were killed"
    key: str = ""  # names, dates and places: what is compared ("smith", "03-04", "paris")
    step: float = 1.0  # the precision it is stated to: 1,000 is to the thousand, 1.25 million to 10,000
    near: frozenset[str] = frozenset()  # amounts and measures: the words around it, to tell what it is of
    start: int = -1  # numbers: where the number (with its bound and currency) stands in the sentence
    end: int = -1


def _number(token: str) -> float | None:
    word = token.lower()
    if word in WORD_NUMBERS:
        return WORD_NUMBERS[word]
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _step(digits: str, scale: float) -> float:
    """What a stated number is rounded to: its last decimal, or its trailing zeros from 100 up (a
    small count is exact: "10 killed" and "12 killed" differ)."""
    plain = digits.replace(",", "")
    if not plain[:1].isdigit():
        return scale
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1]) * scale
    zeros = len(plain) - len(plain.rstrip("0"))
    return (10.0**zeros if int(plain) >= 100 else 1.0) * scale


RISEN = re.compile(
    r"([a-z]+)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped|grew|reached|stood|stands|"
    r"fell|dropped)\s+(?:to|at)\b"
)


_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries night nights weekend weekends time times".split()
)
_ADDED = frozenset("other more additional another extra further".split())
_PASSIVE_LINKS = frozenset("and crew were was have had has been are is reportedly who later".split())
_NEAR_STOP = frozenset(
    "the a an of in on at to and or for by with from as is was were are be been has have had that this "
    "it its their his her about some nearly more than over under almost around up".split()
)


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS_SET or word[:1].isdigit()


def _inside_number(previous: list[str]) -> bool:
    """Whether a number is part of a longer one, a fraction or a range: "one hundred and three", "four
    of five charges", "20 or 30 beats" (the last two words before it given)."""
    if previous and _is_number(previous[-1]):
        return True
    if len(previous) < 2:
        return False
    return (previous[-1] == "and" and previous[-2] in ("hundred", "thousand")) or (
        previous[-1] in ("of", "or", "to", "and") and _is_number(previous[-2])
    )


def _near(text: str, start: int, end: int, *, before: int = 3, after: int = 3) -> frozenset[str]:
    """Content words within a few words of a value: what an amount or a measure is of."""
    left = re.findall(r"[^\W\d_]+", text[:start].lower())[-before:] if before else []
    right = re.findall(r"[^\W\d_]+", text[end:].lower())[:after]
    return frozenset(w for w in [*left, *right] if w not in _NEAR_STOP and len(w) > 2)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _thing(tail: str, before: str) -> str:
    """What a number counts, in one word (``THING_OF`` where it knows the word), with ":verb" when a
    verb before the number says it ("killing 12").

    In order: a counting verb just before it ("killed 43 passengers"); a counting word after it, up
    to the next number ("47 passengers and crew were killed", "12 dead"); the noun its words name
    ("210 confirmed cases": case); what rose or stood at it ("the death toll rose to 15").
    """
    words = [w.lower().strip("'’") for w in re.findall(r"[\w'’]+", tail)]
    if words[:1] == ["of"]:
        return ""  # "3 of its 10 games": a part of something, not a count of its own
    previous = re.findall(r"[\w'’]+", before.lower())
    upto = next((k for k, w in enumerate(words) if w[:1].isdigit() or w in _NUMBER_WORDS_SET), len(words))
    words = words[:upto]
    for word in reversed(previous[-2:]):  # "killing 12 (people)"
        if word in THING_OF and not (words and THING_OF.get(words[0], "people") != "people"):
            return f"{THING_OF[word]}:{word}"
    risen = RISEN.search(" ".join(previous[-12:]))
    if risen and previous[-1:] in (["to"], ["at"], ["from"]):  # "the death toll rose to 15 from 12"
        return THING_OF.get(risen.group(1), _singular(risen.group(1))) + ":" + risen.group(0)
    telling = [w for w in words if w not in _FILLER]
    if telling[:1] and (telling[0] in _TIME_UNITS or words[0] in _ADDED):
        return ""  # "four days", "three other states": a span of time or a count of more, not a total
    if telling[:1] and THING_OF.get(telling[0], "people") != "people":
        return THING_OF[telling[0]]
    if telling:  # "47 passengers and crew were killed": a noun, then the verb that counts it
        for word in words[words.index(telling[0]) + 1 :]:
            if word in THING_OF and THING_OF[word] != "people":
                return THING_OF[word]
            if word not in _PASSIVE_LINKS:
                break
    run: list[str] = []
    for word in words:
        if word in _FILLER and not run:
            continue
        if word in NOT_THINGS or word in _FILLER or (run and word.endswith(("ed", "ing"))):
            break
        run.append(word)
    if run:
        return _singular(run[-1])
    if any(w in THING_OF and THING_OF[w] == "people" for w in words[:2]):
        return "people"
    return ""


def _measure(tail: str) -> tuple[str, float] | None:
    words = tail.strip(" -").split()  # "5 miles", "a 5-mile stretch"
    if not words:
        return None
    first = words[0].lower().rstrip(".,;")
    return _MEASURES.get(first.split("-")[0])


def _not_a_quantity(text: str, match: re.Match[str]) -> bool:
    """Whether the number is part of something else: "one of", a conversion, a time, an identifier."""
    if match["num"].lower() == "one" and re.match(r"\s+of\b", match["tail"] or ""):
        return True  # "one of the victims"
    before = text[: match.start()]
    after = text[match.end() :]
    previous = re.findall(r"[\w'’]+", before.lower())[-2:]
    time_of_day = re.match(r"(?::|\.\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b))", after)
    if before.endswith(("(", ":", "-", "–", "/")) or time_of_day:
        return True  # a conversion "(103 kilometers)", a time "5:30 p.m.", a compound "twenty-three"
    if _inside_number(previous):
        return True
    ident = IDENTIFIER_BEFORE.search(before)
    # an identifier ("Flight 370"), not a quantity
    return bool(ident and (ident.group(1) or "").lower() not in _PLAIN_CAPITALS and not match["bound"])


@dataclass(frozen=True, slots=True)
class _Stated:
    """A number as a sentence states it, read once for each kind of value it may be."""

    text: str  # the sentence
    match: re.Match[str]
    num: float  # the number as written
    scale_word: str  # "million", "bn", "" ("5 m" is five metres: no scale)
    step: float
    bound: str

    @property
    def number(self) -> float:
        return self.num * _SCALES.get(self.scale_word, 1.0)

    @property
    def tail(self) -> str:
        return self.match["tail"] or ""

    @property
    def shown(self) -> str:
        return self.match.group(0).strip()

    @property
    def next_word(self) -> str:
        words = self.tail.split()
        return words[0] if words else ""

    @property
    def first_word(self) -> str:
        return f"{self.shown} {self.next_word}" if self.next_word else self.shown


def _numeric_value(text: str, match: re.Match[str]) -> Value | None:
    num = _number(match["num"])
    if num is None or _not_a_quantity(text, match):
        return None
    scale_word = (match["scale"] or "").lower()
    if scale_word == "m" and not match["cur"]:
        scale_word = ""  # "5 m" is five metres, not five million
    step = _step(match["num"], _SCALES.get(scale_word, 1.0))
    bound = BOUNDS.get((match["bound"] or "").lower(), "")
    stated = _Stated(text, match, num, scale_word, step, bound)
    unit = _unit_value(stated)
    return unit if unit is not None else _count_value(stated)


def _unit_value(stated: _Stated) -> Value | None:
    """The number as an amount, a share, an age or a measure, when its words make it one."""
    match, tail, shown = stated.match, stated.tail, stated.shown
    number, step, bound = stated.number, stated.step, stated.bound
    currency = _CURRENCY.get((match["cur"] or "").lower()) or _CURRENCY.get(stated.next_word.lower())
    if currency:
        near = _near(stated.text, match.start(), match.end())
        text = shown if match["cur"] else stated.first_word
        return Value("amount", currency, number, bound, text, step=step, near=near)
    share = re.match(r"\s?(?:%|percent\b|per cent\b)(?:\s+of\s+(?:the\s+)?([\w'’]+))?", tail)
    if share:
        of = (share.group(1) or "").lower()
        return Value("share", "%" + of, stated.num, bound, (shown + share.group(0)).strip(), step=step)
    if re.match(r"-year-old\b|\s+years?\s+old\b", tail):
        return Value("age", "age", stated.num, bound, shown + "-year-old")
    measure = _measure(tail) if not stated.scale_word else None
    if measure is None:
        return None
    dimension, factor = measure
    unit_end = match.end() + len(tail) - len(tail.lstrip(" -")) + len(tail.split()[0].lstrip("-"))
    near = _near(stated.text, unit_end, unit_end, before=0)
    shown_measure = stated.first_word.rstrip(".,;")
    return Value("measure", dimension, number * factor, bound, shown_measure, step=step * factor, near=near)


def _count_value(stated: _Stated) -> Value | None:
    """The number as a count of something ("12 people were killed"), unless it is a modifier, a year,
    a score, a range or a time."""
    match, tail, shown = stated.match, stated.tail, stated.shown
    if tail.startswith("-"):
        return None  # "an 18-second clip", "a 12-story building": a modifier, not a count
    if _YEAR.fullmatch(match["num"]) and not stated.scale_word and not stated.bound:
        return None  # a year: a date, compared as such
    if re.match(r"\s?(?:-|–|to)\s?\d", tail) or re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|:)", tail):
        return None  # a score, a range or a time of day
    before = stated.text[: match.start()]
    thing, _, verb = _thing(tail, before).partition(":")
    if not thing:
        return None
    counted = f"{shown} {tail.split()[0]}" if tail.split()[:1] in (["people"], ["persons"]) else shown
    text = f"{verb} {counted}" if verb else _short(shown + tail, thing)
    return Value("count", thing, stated.number, bound=stated.bound, text=text, step=stated.step)


def _short(shown: str, thing: str) -> str:
    """The value's words up to what it counts ("12 people were killed" rather than more)."""
    words = shown.split()
    for end, word in enumerate(words, start=1):
        if THING_OF.get(word.lower().strip(".,;:'’")) == thing or word.lower().startswith(thing):
            return " ".join(words[:end]).rstrip(".,;:")
    return " ".join(words[:3]).rstrip(".,;:")


def numeric_values(text: str) -> list[Value]:
    """Counts, amounts, shares, measures and ages the sentence states."""
    found = []
    taken_dates = [m.span() for m in _DAY_DATE.finditer(text)]
    idioms = [m.span() for m in IDIOM.finditer(text)]
    for match in _AMOUNT.finditer(text):
        if any(s <= match.start("num") < e for s, e in taken_dates):
            continue
        if any(s <= match.start("num") < e for s, e in idioms):
            continue
        value = _numeric_value(text, match)
        if value is not None:
            found.append(replace(value, start=match.start(), end=match.end()))
    return found


def name_key(name: str) -> str:
    """A person or body as compared: the last word of the name ("Gen. Khalifa Haftar": haftar)."""
    last = name.split()[-1].lower().rstrip(".")
    return re.sub(r"['’]s?$", "", last)


def named_values(text: str) -> list[Value]:
    """Names in a role ("led by X"): the role is the slot."""
    found = []
    for match in _ROLE_BY.finditer(text):
        name = match["name"]
        if name.split()[0].lower() in NOT_NAMES:
            continue
        found.append(Value("name", f"{match.group(1)} by", 0.0, "", match.group(0), name_key(name)))
    return found


def dates_and_places(text: str) -> list[Value]:
    """Days of the month, years and places (only compared when all else in two sentences agrees)."""
    found = []
    for match in _DAY_DATE.finditer(text):
        month = match.group(1) or match.group(4)
        day = match.group(2) or match.group(3)
        found.append(Value("date", "day", 0.0, "", match.group(0), f"{month.lower()} {int(day)}"))
    for match in _YEAR.finditer(text):
        found.append(Value("date", "year", 0.0, "", match.group(0), match.group(0)))
    for match in _PLACE.finditer(text):
        name = match["name"]
        if match.start() == 0 or name.split()[0].lower() in NOT_NAMES or _YEAR.search(name):
            continue
        name = name.rstrip(".")
        found.append(Value("place", "place", 0.0, "", match.group(0).rstrip("."), name.lower()))
    return found


def sentence_values(text: str) -> list[Value]:
    """Every value ``text`` states."""
    return [*numeric_values(text), *named_values(text), *dates_and_places(text)]
