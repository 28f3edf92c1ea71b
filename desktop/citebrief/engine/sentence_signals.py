"""What one row of a folder says about when, who and how much (`fact_signals.Signals`), computed once
per row and kept on its `Features`: the words ``facts`` compares to tell one fact from two.
"""

from __future__ import annotations

import re
import unicodedata

from citebrief.engine.event_words import ALIKE, events_of, plain_phrases, records
from citebrief.engine.fact_signals import (
    Signals,
    main_predicate,
    planned,
    predicate_words,
    stages,
    talks,
    without_asides,
)
from citebrief.engine.fact_values import THING_OF
from citebrief.engine.features import Features

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PAST = re.compile(rf"\b(?:last|next) (?:year|month|week|{_MONTHS})\b|\ba (?:year|month) ago\b")
_DATED = re.compile(rf"\b(?:in|since) (?:19|20)\d\d\b|\bin (?:{_MONTHS})\b")
# A meeting and its outcome are two facts, however alike their actors, day and words.
_MEETING = re.compile(r"\b(?:met|meet|meeting|talks|discussed|discuss|hosted|spoke|call|phone|telephone)\b")
_OUTCOME = re.compile(r"\b(?:agreed|agree|approved|signed|decided|deal|accord)\b")
_REPORTING = "said says say told tells according reported reports added adds stated announced"
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
# Capitalised at a sentence start, or in any position, without naming an actor.
_NOT_ACTORS = frozenset(
    "the a an in on at of for and but or if as by to from with after before when while this that these those "
    "many some most all several few both each every no it he she they we i there here however his her their "
    "its our my your one two three four five six seven eight nine ten twelve fourteen fifteen fourth at "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr president minister police".split()
)
_COUNTED = frozenset(w for w, thing in THING_OF.items() if thing == "people")
NAME_PREFIX = 4  # principled: "Russia"/"Russian", "Bahrain"/"Bahraini" share their first letters


def signals(features: Features, row: int) -> Signals:
    found = features.signals.get(row)
    if found is None:
        text = features.rows[row].text
        words = _WORD.findall(text)
        # Words for one kind of happening ("hurt", "wounded", "injured") are one word alike.
        plain_text = _plain_text(words)
        numbers = set(_NUMBER.findall(_CLOCK.sub(" ", text)))  # a time of day is when, not how many
        # "Twelve" inside a sentence is part of a name ("Council of Twelve Apostles"), not a count.
        numbers.update(_NUMBER_WORDS[w.lower()] for i, w in enumerate(words) if _counts(w, i))
        # When an aside between dashes or in brackets happened ("— indicted last week —") is not when
        # the sentence's news did.
        told = without_asides(text)
        found = Signals(
            weekdays=frozenset(_WEEKDAY.findall(text)),
            past=bool(_PAST.search(told)),
            dated=bool(_DATED.search(told)),
            meeting=bool(_MEETING.search(text)),
            outcome=bool(_OUTCOME.search(text)),
            actors=frozenset(_actor(w) for w in words if _is_actor(w)),
            names=_names(text),
            plain=frozenset(features.tools.content_stems(plain_text))
            - frozenset(features.tools.content_stems(_REPORTING)),
            numbers=frozenset(n.rstrip(".,").replace(",", "") for n in numbers) - {""},
            counted=frozenset(features.tools.content_stems(" ".join(w for w in words if w in _COUNTED))),
            predicate=frozenset(
                features.tools.content_stems(_plain_text(_WORD.findall(predicate_words(text))))
            )
            - frozenset(features.tools.content_stems(_REPORTING)),
            talk=talks(text),
            stage=stages(_WORD.findall(main_predicate(text))),
            stages=stages(words),
            planned=planned(text),
            events=_events(features, plain_phrases(text)),
            happening=_events(features, main_predicate(plain_phrases(text))),
            act=_events(features, predicate_words(plain_phrases(text))),
            record=_records(features, text),
        )
        features.signals[row] = found
    return found


def _events(features: Features, text: str) -> frozenset[str]:
    tools = features.tools
    return events_of(tools.content_stems(text), tools.language, tools.stem)


def _records(features: Features, text: str) -> frozenset[str]:
    """Each record the sentence claims, once per stem of what it is said of: "largest:foot"."""
    stem = features.tools.content_stems
    return frozenset(f"{one}:{s}" for one, thing in records(text) for s in stem(" ".join(thing)))


def _plain_text(words: list[str]) -> str:
    """The words written in lower case; words for one kind of happening ("hurt", "wounded") or one thing
    ("swap", "exchange"; "largest", "biggest") as one."""
    return " ".join(THING_OF.get(w, ALIKE.get(w, w)) for w in words if w[:1].islower())


def _names(text: str) -> tuple[frozenset[str], ...]:
    """The actors, one set per name: capitalised words with only spaces between them are one name."""
    names: list[set[str]] = []
    end = -1
    for found in _WORD.finditer(text):
        word = found.group()
        if not _is_actor(word):
            end = -1
            continue
        if end >= 0 and not text[end : found.start()].strip():
            names[-1].add(_actor(word))
        else:
            names.append({_actor(word)})
        end = found.end()
    return tuple(frozenset(n) for n in names)


def _is_actor(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip("'’s") not in _NOT_ACTORS and len(word) > 1


def _actor(word: str) -> str:
    # "Bélanger" and "Belanger" are one name: accents are written in some articles and not in others.
    plain = unicodedata.normalize("NFKD", word[:NAME_PREFIX]).encode("ascii", "ignore").decode() or word
    return plain[:NAME_PREFIX].lower()


def _counts(word: str, position: int) -> bool:
    return word.lower() in _NUMBER_WORDS and (word[:1].islower() or position == 0)
