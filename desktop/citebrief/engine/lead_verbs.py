"""Does a sentence's main clause tell a happening, or a state, a habit or a guess? A news lead tells
what happened ("has crowned Sweden", "was found dead", "are decrying", "promised"); a line that says
what something is or may be ("Caffeine is America's favorite drug", "A Wendy Davis run may be just
what the party needs", "Betty White has the ambition of a 20-something") sets a scene or gives a view.

Read without a tagger: the clause's first auxiliary or past form decides. "May", "might", "should" or
"must", or a form of "be", "have" or "do" not followed by a participle or an -ing form, tells a state;
a past form, a participle after an auxiliary, "will", "would", "could", a state someone is said to
report and anything the words cannot tell count as a happening.
"""

from __future__ import annotations

import re

from citebrief.ingest.calendar_words import DAY_TOLD
from citebrief.ingest.verb_words import AUXILIARIES, IRREGULAR_PASTS

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# A guess or a view; "would" and "could" also report what is planned or found ("would be sacked", "could
# explain the coins"), and "can" a fact, so they decide nothing.
_MODALS = frozenset("may might should must shouldn't mustn't".split())
# "had" tells the past ("Apple had a record quarter"); "did not" mostly what something was not ("In a
# twist, Thursday's win didn't look like ...").
_STATIVE_AUXILIARIES = AUXILIARIES - _MODALS - frozenset(
    "will won't shall would wouldn't could couldn't can can't cannot had hadn't".split()
)
_BE = frozenset("is are am was were isn't aren't wasn't weren't".split())
# Participles that end in neither -ed nor -en ("was sworn in", "has become").
_PARTICIPLES = frozenset(
    "sworn thrown grown shown known drawn torn worn born become done gone come run to".split()
)  # "to": "is to resign", a plan
# A state the news has brought about, and when ("At least 40 people are dead after a tornado ...",
# "A gunman is in custody after a shooting on Monday"): the happening told by its result.
_WHEN = re.compile(rf"\b(?:after|following|since|{DAY_TOLD})\b")
# A state someone reports or measured is their news ("... are more likely to live with their parents,
# according to a new analysis").
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|reported|reports|found|finds|shows|showed|ruled|announced"
    r"|confirmed|revealed)\b"
)
# Words between an auxiliary and its participle ("was first found", "has now been"), besides adverbs
# in -ly ("are apparently refusing").
_BETWEEN = frozenset("not never also now first still just already again reportedly allegedly only".split())
_RELATIVE = frozenset("that which who whom whose".split())
_ARTICLES = frozenset("the a an".split())
_SUBORDINATE = re.compile(
    r"(?:If|Although|Though|While|Whereas|Because|Since|Ever since|Every time|Whenever|Unless)\b"
    r"[^,;:]{3,160},\s*"
)
# How far into the sentence its main verb is looked for: a long subject ("A 40-year-old woman from
# Shawnee, Oklahoma, recently had ...") fits; a verb later than this belongs to a clause further on.
_REACH = 20


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "ing")) or word in IRREGULAR_PASTS or word in _PARTICIPLES


def tells_a_state(text: str) -> bool:
    """Whether the main clause says what something is, has or may be, not what happened."""
    # A clause that opens the sentence ("If his policies have had a flaw, it is ...") is not the main one.
    opening = _SUBORDINATE.match(text)
    if opening is not None:
        text = text[opening.end() :]
    if _REPORTED.search(text):
        return False
    # Capitalised words are names ("Rocky Mountain Spotted Fever"), never the clause's verb.
    words = [w if w[0].islower() else "" for w in _WORD.findall(text.replace("’", "'"))[:_REACH]]
    for at, word in enumerate(words):
        if at and words[at - 1] in _RELATIVE:
            continue  # "A measure that would require ...": the verb of a clause inside the subject
        if word in _MODALS or (word == "had" and words[at + 1 : at + 2] == ["better"]):
            return True  # "had better not be put off": advice, as "should" is
        if word in _STATIVE_AUXILIARIES:
            rest = [w for w in words[at + 1 : at + 5] if w not in _BETWEEN and not w.endswith("ly")]
            if rest[:1] == ["been"] and rest[1:2] and rest[1] in _ARTICLES:
                return True  # "has been the subject of controversy": a state that has lasted
            if rest and _participle(rest[0]):
                return False
            return not (word in _BE and _WHEN.search(text))
        if word.endswith("ed") or word in IRREGULAR_PASTS:
            return False
    return False


_FUTURE = frozenset("will would".split())


def tells_what_happened(text: str) -> bool:
    """Whether the main clause tells a done or a planned happening ("were arrested on Friday", "has
    thrown out", "will announce"), not one still going on ("were still being counted", "are coming from")
    nor a state: what an article's opening line tells when it is the news, not the scene."""
    opening = _SUBORDINATE.match(text)
    if opening is not None:
        text = text[opening.end() :]
    words = [w if w[0].islower() else "" for w in _WORD.findall(text.replace("’", "'"))[:_REACH]]
    for at, word in enumerate(words):
        if at and words[at - 1] in _RELATIVE:
            continue
        if word in _MODALS:
            return False
        if word in _FUTURE:
            return True
        if word in _STATIVE_AUXILIARIES:
            rest = [w for w in words[at + 1 : at + 5] if w not in _BETWEEN and not w.endswith("ly")]
            if rest[:1] == ["been"]:
                rest = rest[1:]
            return bool(rest) and rest[0] != "being" and not rest[0].endswith("ing") and _participle(rest[0])
        if word.endswith("ed") or word in IRREGULAR_PASTS:
            return True
    return False
