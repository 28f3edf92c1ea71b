"""Words for one kind of happening, verbs and their nouns alike: news tells one event in other words
("was jailed" / "will spend a decade behind bars"; "annexed" / "the annexation"). ``facts`` reads them
to find one event told twice and to keep apart two events told of the same people.

Words are matched by their stems, so each word stands for its other forms ("collapse", "collapsed",
"collapsing"). A phrase that means one word is read as that word first ("gave way": "collapsed").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# One kind of happening per line; the words that tell it, in any form news uses.
_EVENTS = {
    "death": "death dead died die dies kill killed killing slain perished fatal",
    "injury": "injury injured wounded hurt",
    "shooting": "shot shooting gunfire gunman gunmen",
    "fire": "fire blaze flames burned burnt ablaze",
    "destroy": "destroyed destroy razed wrecked",
    "collapse": "collapse collapsed toppled toppling crumbled burst caved",
    "quake": "earthquake quake tremor temblor",
    "flood": "flood flooded flooding floodwater floodwaters overflowed",
    "jail": "sentenced sentence jailed jail imprisoned imprisonment",
    "charge": "charged charges indicted indictment",
    "rescue": "rescued rescue rescuers saved alive",
    "find": "found discovered discovery located unearthed uncovered",
    "block": "blocked halted froze frozen suspended barred",
    "release": "released published unveiled disclosed",
    "approve": "approved approval voted backed ratified ratify endorsed",
    "elect": "elected election re-election reelection voters",
    "sell": "sell selling sale sales sold offer offering",
    "collide": "collided collision crashed rammed",
    "missing": "missing unaccounted",
    "resign": "resigned resignation quit",
    "sue": "sued lawsuit",
    "pardon": "pardon pardoned clemency",
    "annex": "annex annexed annexation",
    "evacuate": "evacuated evacuation evacuees",
    "arrest": "arrested arrest detained",
    "protest": "protest protested protesters demonstrators demonstration",
    "attack": "attack attacked bombing bombed explosion exploded blast",
    "build": "built build constructed",
    "rise": "rose risen rise climbed increased jumped",
    "fall": "fell fallen dropped lowest lower low",
    "buy": "buy bought purchase acquired",
    "nominate": "nominate nominated nomination nominee pick picked appoint appointed appointing",
    "dismiss": "dismiss dismissed dismissal",
}
# Phrases that mean one word of ``_EVENTS``.
_PHRASES = {
    r"\b(?:gave|give|given|giving|gives) way\b": "collapsed",
    r"\bbrought down\b": "toppled",
    r"\b(?:behind bars|in prison|in jail)\b": "jailed",
    r"\bmade public\b": "published",
    r"\b(?:go|went|goes|gone) on sale\b": "selling",
    r"\bstepped down\b": "resigned",
    # "tapped Judge Neil Gorsuch for the Supreme Court", not "tapped into its reserves" or "phones tapped"
    r"\btapped\b(?= (?:[\w.'’-]+ ){1,4}(?:to|as|for)\b)(?! into\b)": "nominated",
    r"\bunder water\b": "flooded",
    # "convinced the judge to drop three murder charges": the charges were dismissed, no price fell
    r"\b(?:drop|dropped|drops|dropping|threw out|thrown out|throw out)\b"
    r"(?= (?:[\w-]+ ){0,4}charges?\b)": "dismissed",
}
# Words that say one thing, for comparing what two sentences say ("swap" / "exchange" the jerseys),
# and superlatives that claim one record ("the largest foot" / "the biggest feet").
_ALIKE = {
    "exchange": "exchange exchanged swap swapped",
    "largest": "largest biggest",
    "smallest": "smallest tiniest",
    "highest": "highest tallest",
    "fastest": "fastest quickest",
    "richest": "richest wealthiest",
    "oldest": "oldest earliest",
    "longest": "longest",
    "deepest": "deepest",
    "heaviest": "heaviest",
    "deadliest": "deadliest",
}
ALIKE = {word: one for one, words in _ALIKE.items() for word in words.split()}
_SUPERLATIVES = frozenset(one for one in _ALIKE if one.endswith("est"))
# What makes a superlative a record: "ever", "of any", "than any other", "on record", "in history".
_RECORD_MARK = re.compile(
    r"\b(?:ever|of any|than any|on record|in history|record|world's|world’s)\b", re.IGNORECASE
)
# Where the thing a superlative is said of ends: "the largest dinosaur foot | ever found".
_THING_END = frozenset(
    "ever of than in on at by to for from since that which who and or as is was are were known recorded "
    "found discovered seen built made".split()
)
RECORD_THING_WORDS = 3  # principled: "the largest [sauropod foot]", "the biggest [feet] of any [sauropod]"
_PHRASE = re.compile("|".join(f"(?:{p})" for p in _PHRASES), re.IGNORECASE)
_PHRASE_WORD = [(re.compile(p, re.IGNORECASE), word) for p, word in _PHRASES.items()]
_EVENT_OF_STEM: dict[str, dict[str, str]] = {}


def plain_phrases(text: str) -> str:
    """``text`` with each phrase for one happening written as that word ("gave way" -> "collapsed")."""
    if not _PHRASE.search(text):
        return text
    for pattern, word in _PHRASE_WORD:
        text = pattern.sub(word, text)
    return text


def events_of(stems: list[str], language: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The kinds of happening the ``stems`` tell (stemmed by ``stem``, the folder's stemmer)."""
    table = _EVENT_OF_STEM.get(language)
    if table is None:
        table = {stem(word): event for event, words in _EVENTS.items() for word in words.split()}
        _EVENT_OF_STEM[language] = table
    return frozenset(table[s] for s in stems if s in table)


def records(text: str) -> list[tuple[str, list[str]]]:
    """The records the sentence claims: each superlative (as ``ALIKE`` spells it) with the words of what it
    is said of ("is the largest dinosaur foot ever found" -> ("largest", ["dinosaur", "foot"]); "had the
    biggest feet of any sauropod" -> ("largest", ["feet", "sauropod"])); none without a mark of a record
    ("ever", "of any", "on record")."""
    if not _RECORD_MARK.search(text):
        return []
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]", text)  # a mark ends what is said of
    found = []
    for i, word in enumerate(words):
        one = ALIKE.get(word.lower())
        if one not in _SUPERLATIVES:
            continue
        thing = _thing_words(words[i + 1 :])
        rest = [w.lower() for w in words[i + 1 : i + 2 + RECORD_THING_WORDS * 2]]
        if "any" in rest:  # "of any sauropod", "than any other dinosaur"
            after = words[i + 2 + rest.index("any") :]
            thing += _thing_words([w for w in after if w.lower() != "other"])
        found.append((one, thing))
    return found


def _thing_words(words: list[str]) -> list[str]:
    kept = []
    for word in words[:RECORD_THING_WORDS]:
        if word.lower() in _THING_END or not word.isalpha():
            break
        kept.append(word)
    return kept
