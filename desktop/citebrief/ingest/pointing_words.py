"""Words inside a sentence that point at something only the sentence before says: a bare "it" after a
short subject and its verb ("Liberty posted it to her Snapchat account."), "these reports", "such
people". These are rows of the catalogue's ``LEANS`` rules (see ``lean_rules``).
"""

from __future__ import annotations

import re

from citebrief.ingest.calendar_words import DAY_NAMES, MONTH_NAMES
from citebrief.ingest.rule_tests import unquoted
from citebrief.ingest.sentence_rules import Effect, Rule, pattern
from citebrief.ingest.verb_words import IRREGULAR_PASTS

# "Liberty posted it to her Snapchat account.": a short subject, a past verb and a bare "it" or "them"
# as its object, followed by where or how (not a verb: "said it would"). Nothing in the line is what
# "it" stands for, so the line before says. "made it to the final" is an idiom, not a reference.
_BARE_OBJECT = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’.-]*\s){1,3}(?!made\b)(?:[a-z]+ed|"
    + "|".join(sorted(IRREGULAR_PASTS))
    + r")\s(?:it|them)(?:[.!?]$|\s(?:to|on|in|into|onto|with|at|from|for|up|down|out|off|over|away|back"
    r"|without|as)\b)"
)


def bare_object(text: str, lowered: str) -> bool:
    return (" it" in lowered or " them" in lowered) and _BARE_OBJECT.search(text) is not None


# "these reports", "those children", "such people", "this devastating disease" inside a sentence:
# which ones, the sentence before says. Not times ("in those years", "this week"), kinds ("these kinds
# of"), nor what the words after say ("those who stayed", "those from the valley", "those injured",
# "such a").
_DEMONSTRATIVE = re.compile(
    r"\b(these|those|such|this)\s+([a-z]+(?:-[a-z]+)?)\b(?!\s+(?:who|which|that|whose|of|by)\b)"
    r"(?:\s+([a-z]+))?"
)
_NOT_POINTING = frozenset(
    "year years week weeks month months morning afternoon evening night nights weekend weekends summer "
    "winter spring fall autumn season seasons decade decades days day times moment moments hours minutes "
    "centuries kinds types sorts as a an that who whom whose which of in with is are were was and or "
    "from less more at on for by under over near without like time past coming point "
    f"{MONTH_NAMES.lower().replace('|', ' ')} {DAY_NAMES.lower().replace('|', ' ')}".split()
)


_DEMONSTRATIVES = ("these ", "those ", "such ", "this ")
# Words after a participle that make it a clause of its own ("those looking forward to ...").
_PARTICLES = frozenset("forward back out up down away around into to about off onto through".split())


def demonstrative_inside(text: str, lowered: str) -> bool:
    """A demonstrative before a noun inside the sentence's own words, the noun not told before it."""
    if lowered.startswith(_DEMONSTRATIVES) or not any(word in lowered for word in _DEMONSTRATIVES):
        return False
    own = unquoted(lowered)
    for found in _DEMONSTRATIVE.finditer(own):
        noun, after = found.group(2), found.group(3) or ""
        if noun in _NOT_POINTING:
            continue
        # "those injured in", "those looking forward to": the people the words tell; "this devastating
        # disease", "those working women" point back all the same
        participle = noun.endswith(("ed", "ing")) or noun in IRREGULAR_PASTS
        if participle and (not after or after in _NOT_POINTING or after in _PARTICLES):
            continue
        if noun[:5] in own[: found.start()]:
            continue  # "Data on the dam were collected, and these data ...": told in the sentence itself
        return True
    return False


# "Moments later, ...", "Two days later, ...", "Soon after that, ...", "The next morning, ...": later than
# what, the line before says, and only that line: no other article's line can stand in for it.
_TIME_FROM_BEFORE = pattern(
    r"^(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|few)\s+)?"
    r"(?:instant|moments?|minutes?|seconds?|hours?|days?|weeks?|months?|years?|decades?)\s+later\b"
    r"|^(?:soon|shortly|right|just|immediately)\s+(?:afterwards?\b|after(?: that)?(?=,))"
    r"|^(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|week|month|year)\b",
    hints=("later", "after", "next", "following"),
)


def counts_time_from_before(text: str, lowered: str | None = None) -> bool:
    return _TIME_FROM_BEFORE(text, text.lower() if lowered is None else lowered)


# "Next thing is you have to say ...", "The second thing I want to say is ...", "And then the third
# part is ...": a later point of a list, whose first point the line before gives. Not "the next step"
# or "the final step", which news writes of a process the line itself names ("The next step is a
# vote by the full Senate").
_LATER_POINT = pattern(
    r"^(?:(?:and|but|so)\s+)?(?:then\s+)?(?:the\s+)?(?:next|second|third|fourth|fifth)\s+(?:thing|part|one)\b(?!\s+of\b)",
    hints=("next", "second", "third", "fourth", "fifth"),
)
# "Each was born on April 28, 1990", "Each document includes a blank": each of the ones the line before
# named. Not a time ("Each year, about 1.3 billion journeys are made").
_EACH_OF_BEFORE = pattern(
    r"^[\"“]?each (?!(?:year|week|month|day|time|morning|evening|night|season|spring|summer|fall|autumn"
    r"|winter|weekend|of)\b)",
    hints=("each",),
)
# "Not, as Mr. Turner's father said, '20 minutes of action.'": what is denied, the line before says.
_DENIAL_OF_BEFORE = pattern(
    r"^[\"“‘']?not(?:,|\s+(?:yet|quite|exactly|really|so|anymore)[.,!])", hints=("not",)
)


POINTING_RULES: tuple[Rule, ...] = (
    Rule(
        "object pronoun with nothing to stand for",
        Effect.LEANS,
        bare_object,
        (
            "Liberty posted it to her Snapchat account.",
            "Lopes cashed it without telling his co-workers.",
            "Police arrested them on Tuesday.",
            "The Simpsons called it.",
        ),
        (
            "The company said it would appeal.",
            "Officials found it hard to believe.",
            "After the boys were found, police took them to a hospital.",
            "Lopez made it to the semifinals.",
            "Police arrested two men on Tuesday.",
        ),
    ),
    Rule(
        "demonstrative inside the sentence",
        Effect.LEANS,
        demonstrative_inside,
        (
            "According to these reports, the dam was never inspected.",
            "Eastwood's film will leave such people vaguely uneasy.",
            "Many of those children were able to stay in Merrow.",
            "Higher valleys have long been a haven from this devastating disease.",
            "In recent years, those working women could often be found on red carpets.",
        ),
        (
            "Many of those injured were taken to hospital on Monday.",
            "The council did not want to disappoint those looking forward to the opening.",
            "The video shows two cars like those driven by the mayor and his driver.",
            "Data on the dam were collected, and these data were analysed in March.",
            "Those who stayed in Merrow were rescued on Monday.",
            "Several residents, especially those from the valley, opposed the dam.",
            "The river floods at this time of year, as it did in those years.",
            '"These reports are wrong," the mayor said.',
            "The council will vote on the dam this week.",
            "At this point no one knows when the dam will open.",
        ),
    ),
    Rule(
        "comparison with nothing to compare",
        Effect.LEANS,
        # "Light joggers and moderate joggers fared better, in that order": better than whom, and which
        # order, the line before says.
        pattern(
            r"\bfared (?:better|worse)\b(?! than)|\bin that order\b(?! of)", hints=("fared", "that order")
        ),
        (
            "Light joggers and moderate joggers fared better, in that order, the team found.",
            "King, a four-time champion, was behind Zirkle and fared worse.",
        ),
        (
            "Light joggers fared better than heavy joggers, the team found.",
            "The council listed its reasons in that order of importance on Monday.",
        ),
    ),
    Rule(
        "time counted from the line before",
        Effect.LEANS,
        counts_time_from_before,
        (
            "Moments later, the car pulled to the side of the road.",
            "Two days later, police arrested the driver in Merrow.",
            "Soon after that, the dam broke.",
            "Shortly after, the mayor resigned.",
            "The next morning, engineers found a crack in the spillway.",
        ),
        (
            "Later this year the council will vote on the dam.",
            "Two days after the vote, the council met again in Merrow.",
            "The next mayor of Merrow will face the dam's costs.",
            "Following the vote, the mayor resigned.",
            "Shortly after the vote, the mayor resigned.",
        ),
    ),
    Rule(
        "a later point of a list",
        Effect.LEANS,
        _LATER_POINT,
        (
            "Next thing is you have to say, in a cheerful voice, exactly what you're praising.",
            "And then the third part is you have to touch the child.",
            "The second thing I want to say is that the dam will hold.",
            "The next one now in college is already considering the field of law!",
        ),
        (
            "The next step is a vote by the full council.",
            "The second dam was finished in 1962.",
            "Next year the council will vote on the dam.",
            "The third part of the report covers the spillway.",
        ),
    ),
    Rule(
        "denial of the line before",
        Effect.LEANS,
        _DENIAL_OF_BEFORE,
        (
            "\"Not, as Mr. Turner's father said, '20 minutes of action.'\"",
            "Not, at least, in the way the mayor has been hinting at.",
            "Not yet.",
        ),
        (
            "Not all residents were evacuated on Monday.",
            "Not long after, the dam broke.",
            "Not since 1962 has the river risen so high.",
        ),
    ),
    Rule(
        "each of the ones before",
        Effect.LEANS,
        _EACH_OF_BEFORE,
        (
            "Each actresses earned $13 million between May 2010 and May 2011.",
            "Each was born on April 28, 1990, at the same hospital in Taunton.",
            "Each document includes a blank where the mayor is supposed to sign.",
            "Each one could and should have walked away.",
        ),
        (
            "Each year, about 1.3 billion journeys are made on the London Underground.",
            "Each time the river floods, the town pays for the repairs.",
            "Reaching the dam took each engineer an hour.",
        ),
    ),
)
