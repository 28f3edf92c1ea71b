"""Does a line hold a finite verb? Captions and labels ("Title page of the first edition (1830).",
"The cabin of a Qatar Airways plane.", "Part of the $ 25 level.") do not, and a brief sentence must.

Without a tagger, a word counts as a possible finite verb when it is an auxiliary or a common verb
form, a lower-case word ending in -ed or in -s (a plural noun passes too: the test is lenient, so that
it only ever drops lines that can hold no verb at all), a contraction ("I'm", "it's"), or a lower-case
word right after a subject pronoun ("we talk").

An -s word does not count when nothing but catalogue codes and numbers follow it: it names what a
caption shows ("Dinosaur skeletons ABCD 12345 and 12346."). A verb takes an object or a phrase
("The company employs 5,000 people"), and a determiner before an -s word is no safe sign of a noun
("That makes sense", "Some villages ban booze"). An article, a possessive or a preposition right
before it is ("the researchers", "for clues"): no finite verb follows those, nor a count that is no
year when a preposition or the end of a clause comes next ("50 kilometers to the west"; "9.2 births
occur" keeps its verb). Nor is an -s word that ends the line a few words after a preposition, with no
other -s word between ("A dichotomy in the NIF
retinohypothalamic pathways."): a section heading or a caption's phrase, where a verb ending a line
follows its plural subject ("The price of the shares falls.").
"""

from __future__ import annotations

import re

from citebrief.ingest.rule_tests import asks
from citebrief.ingest.verb_words import AMBIGUOUS_PASTS, AUXILIARIES, BARE_PRESENTS, IRREGULAR_PASTS

_AUXILIARIES = AUXILIARIES
# Common verbs whose finite forms carry no ending.
_BARE_VERBS = IRREGULAR_PASTS | AMBIGUOUS_PASTS | BARE_PRESENTS
_SUBJECTS = frozenset("i we they you he she it who".split())
_CONTRACTED = frozenset("re ve ll d m t".split())
# "it's" is a verb, "the film's" a possessive.
_IS_AFTER = frozenset("it he she that there what who here where".split())
# Words no finite verb follows: an -s word right after one is a noun ("the researchers", "for clues").
_BEFORE_NOUNS = frozenset(
    "the a an of in for with on at from by about into than to your their our my its his".split()
)
_PREPOSITIONS = frozenset(
    "of in for with on at from by about into than to after before during under over across against among "
    "between without within".split()
)
_PHRASE_WORDS = 4  # an -s word ending the line this many words after a preposition ends its phrase
_PHRASE_END = re.compile(r"[,;:—–]|--")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOKEN = re.compile(r"[^\s,;:()]+")
# Tokens that label a catalogue entry, not words of a sentence: numbers, codes, "and" between them.
_CODE = re.compile(r"(?:[A-Z]{2,}|[A-Z]*\d[\w./-]*|and|&)[.]?")
_COUNT = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\s)\d[\d,.]*\s+$")
_PHRASE_GOES_ON = re.compile(r"\s*(?:[,;:.!?)]|$|(?:of|in|for|with|on|at|from|by|about|into|than|to)\b)")


def _only_codes_follow(text: str, end: int) -> bool:
    """Whether the line goes on after ``end`` with nothing but two or more codes and numbers."""
    tail = _TOKEN.findall(text[end:])
    return sum(any(c.isdigit() for c in t) or t.isupper() for t in tail) >= 2 and all(
        _CODE.fullmatch(t) for t in tail
    )


def lacks_finite_verb(text: str, lowered: str) -> bool:
    """True when no word of the line can be a finite verb (see the module doc)."""
    previous = ""
    previous_end = 0
    after_preposition = _PHRASE_WORDS + 1  # words since a preposition with no -s word between
    for match in _WORD.finditer(lowered):
        word = match.group().replace("’", "'")
        stem, apostrophe, ending = word.partition("'")
        if after_preposition <= _PHRASE_WORDS and _PHRASE_END.search(lowered, previous_end, match.start()):
            after_preposition = _PHRASE_WORDS + 1  # "of Naperville, Illinois asks": a new clause
        if word in _AUXILIARIES or word in _BARE_VERBS or (apostrophe and ending in _CONTRACTED):
            return False
        if ending == "s" and stem in _IS_AFTER:
            return False
        if previous in _SUBJECTS and text[match.start()].islower():
            return False
        if (
            not apostrophe
            and len(word) > 3
            and text[match.start()].islower()
            and (
                word.endswith("ed")
                or (
                    _ends_like_a_verb(word)
                    and not _noun_after(previous, text, lowered, previous_end, match)
                    and not (after_preposition <= _PHRASE_WORDS and _ends_phrase(lowered, match.end()))
                    and not _only_codes_follow(text, match.end())
                )
            )
        ):
            return False
        after_preposition = (
            0
            if word in _PREPOSITIONS
            else _PHRASE_WORDS + 1
            if _ends_like_a_verb(word) and not apostrophe  # "Guede's footprints": a possessive is no verb
            else after_preposition + 1
        )
        previous, previous_end = word, match.end()
    return True


def _ends_like_a_verb(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun_after(previous: str, text: str, lowered: str, previous_end: int, word: re.Match[str]) -> bool:
    """Whether ``word`` follows an article, a possessive or a preposition directly, or a count with a
    phrase's end after it (not a name's number: "Flight 370 vanishes from radar.")."""
    gap = lowered[previous_end : word.start()]
    if previous in _BEFORE_NOUNS and gap.isspace():
        return True
    named = any(c.isupper() for c in text[previous_end - len(previous) : previous_end])
    counted = _COUNT.search(gap) is not None
    return not named and counted and _PHRASE_GOES_ON.match(lowered, word.end()) is not None


def _ends_line(lowered: str, end: int) -> bool:
    return not any(c.isalnum() for c in lowered[end:])


def _ends_phrase(lowered: str, end: int) -> bool:
    """The line ends, or a comma ends the phrase ("After small businesses, a proposal for veterans.")."""
    return lowered.startswith(",", end) or _ends_line(lowered, end)


# Words that open a relative clause. "that" opens one only when a verb or an adverb follows it
# ("Words that should be ...", "a culture that promotes ..."): before a noun it points ("that belief"),
# before a subject it opens what was said ("suggest that the brain's ..."), and after a comma it is
# the subject itself ("Actually, that can't be right.").
# Both alternatives open with the space, and the words that may not stand before "that" are looked
# behind from after it (the same matches: each look-behind checks the same characters, the space
# included). Opening with the look-behinds, the pattern tried them at every character of the line: its
# search of the 22,787 sentences of the speed benchmark's 690 articles took 0.43 s, now 0.09 s.
_RELATIVE = re.compile(
    r"\s(?:which|who|whom|whose|where)\s"
    r"|\s(?<![,;:]\s)(?<!\bnow\s)(?<!\bso\s)(?<!\bleast\s)(?<!\band\s)(?<!\bbut\s)(?<!\bor\s)"
    r"(?<!\bmaybe\s)(?<!\bperhaps\s)that\s(?=([a-z']+))"
)
_ADVERBS = frozenset("more most also still never always often somehow even just only already".split())


def _opens_clause(found: re.Match[str]) -> bool:
    following = found.group(1)
    return (
        following is None
        or following in _AUXILIARIES
        or following in _ADVERBS
        or following.endswith(("ly", "ed"))
        or _ends_like_a_verb(following)
    )


_CLAUSE_WORDS = 12  # principled: "that more closely corresponds", "who has long been said to be"
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|ing)$")


def relative_clause_only(text: str, lowered: str) -> bool:
    """A noun phrase whose only verb is in its relative clause, with no main clause after it: "Words
    that should be required reading for men and women of all ages.", "A bloody footprint on a bathmat
    that more closely corresponds with Guede's footprints." (a caption or a headline's half)."""
    if asks(text):
        return False  # "So who is in the right?": a question's "who" opens no relative clause
    found = next((m for m in _RELATIVE.finditer(lowered) if _opens_clause(m)), None)
    # The prefix up to the relative word, so that its last word does not end the line (a plural there
    # would be read as a verb's subject, not a verb: "the cost of health policies that are ...").
    if found is None or not lacks_finite_verb(text[: found.end()], lowered[: found.end()]):
        return False
    if len(lowered) != len(text):
        return False  # a letter whose lower case is longer: the offsets below would not match
    rest, original = lowered[found.end() :], text[found.end() :]
    words = list(_WORD.finditer(rest))
    # The clause's verb comes within its first words; looking no further bounds the work on a long line.
    at = next(
        (
            i
            for i, m in enumerate(words[:_CLAUSE_WORDS])
            if not lacks_finite_verb(original[: m.end()], rest[: m.end()])
        ),
        None,
    )
    if at is None:
        return False  # no verb in the clause either: the "no finite verb" rule's
    end = at + 1
    if words[at].group() in _AUXILIARIES:  # "should be required": the verb phrase goes on
        while end < len(words) and words[end].group() in _AUXILIARIES:
            end += 1
        if end < len(words) and _PARTICIPLE.fullmatch(words[end].group()):
            end += 1
    cut = words[end - 1].end()
    return lacks_finite_verb(original[cut:], rest[cut:])
