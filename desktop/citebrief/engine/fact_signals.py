"""What one sentence says about when, who and how much (see ``facts``); kept per row on ``Features``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citebrief.ingest.verb_words import AUXILIARIES, IRREGULAR_PASTS, NONFINITE_AUXILIARIES

# A clause before the main one ("But when the cell door closed behind him, the judge was locked up").
_LEADING_CLAUSE = re.compile(
    r"^(?:(?:but|and|so|yet)\s+)?(?:when|by the time|after|before|as|while|if|because|although|though|since|"
    r"once|until|whenever)\b[^,]*,\s*",
    re.IGNORECASE,
)
# Where the main clause's predicate ends: a comma, or a clause of its own ("has died after he was shot").
_CLAUSE_END = re.compile(
    r"[,;:(—–]|\b(?:after|before|when|while|because|since|as|who|whom|which|where|and|but|or|"
    r"until|although|though|following|amid|despite)\b"
)
# A clause set off inside the sentence ("Jack, the cat who escaped in August, has been found").
_ASIDE = re.compile(r",[^,]*\b(?:who|which|whose)\b[^,]*,")
# An aside between dashes or in brackets ("A former officer — indicted last week — was found dead"): when
# it happened is not when the sentence's news did.
_MARKED_ASIDE = re.compile(r"\s[—–][^—–]*[—–]|\s--\s.*?\s--\s|\([^()]*\)")
_SUBCLAUSE_END = re.compile(_CLAUSE_END.pattern.replace("and|but|or|", ""))
_AND = re.compile(r"\b(?:and|but|or)\b")
_AUXILIARIES = AUXILIARIES | NONFINITE_AUXILIARIES | frozenset("'s".split())
_IRREGULAR = IRREGULAR_PASTS
# Where a verb's object or place begins.
_OBJECT_STARTS = frozenset(
    "the a an of on in at to for with by from into onto over under near about off up down out his her their "
    "its this that these those him them it he she they our your my one two three four five six seven eight "
    "nine ten dozens hundreds thousands".split()
)
_REPORTING_VERBS = frozenset("said says say told tells reported reports added adds stated announced".split())
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# First person: someone talking, not the reported fact itself.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|my|My|our|Our|I'm|we're|We're|I've|we've)\b")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
QUOTED_WORDS = 4  # principled: a quoted name or term ("Final Solution", "Scoff-ee Cup") is not a quote

# Stages of one story: what came first and how it ended are two facts, however alike their words.
_STAGES = {
    "found": ("searching search searched sought looking missing disappeared vanished escaped escaping",
              "found located rescued freed"),
    "verdict": ("charged accused arrested indicted suspected trial",
                "convicted guilty sentenced acquitted jailed"),
    "death": ("injured wounded hurt burned hospitalised hospitalized critical stable recovering",
              "died dead killed euthanized euthanised"),
}  # fmt: skip
# What is not done yet, as the main clause tells it: to come ("will announce", "plans to sue", "is set to
# open") or under way ("is being lowered", "are searching").
_PLANNED = re.compile(
    r"\b(?:will|would|shall|(?:is|are) to|(?:is|are|am) (?:still |now )?\w+ing|"
    r"(?:plans|planned|planning|intends?|intended|expects?|expected|set|going|due|about) to)\b"
)
_STAGE_OF = {
    word: f"{story}:{i}"
    for story, ends in _STAGES.items()
    for i, said in enumerate(ends)
    for word in said.split()
}


def stages(words: list[str]) -> frozenset[str]:
    """Which stage of which story the words tell: "found:0" (the search), "found:1" (the finding)."""
    return frozenset(_STAGE_OF[w.lower()] for w in words if w.lower() in _STAGE_OF)


def predicate_words(text: str) -> str:
    """The main clause's verbs and what they say before their objects: "A police officer has died after he
    was shot" -> "has died"; "The dam was built in 1961 and strengthened in 1998" -> "was built
    strengthened"; "" if no verb is found."""
    phrases = []
    for number, part in enumerate(_AND.split(main_predicate(text, coordinated=True))):
        start = 0 if number == 0 else _first_verb(part)
        if start is not None:
            phrases.append(_verb_phrase(_WORD.findall(part[start:])))
    return " ".join(phrases)


def main_predicate(text: str, *, coordinated: bool = False) -> str:
    """The main clause from its first verb (past reporting verbs like "said") to the end of the clause:
    "A jury found the nurse guilty of fraud, ..." -> "found the nurse guilty of fraud"; ``coordinated``:
    with the clauses joined to it by "and", "but", "or"."""
    main = _main_clause(text)
    start = _first_verb(main)
    if start is None:
        return ""
    rest = main[start:]
    verb = _WORD.match(rest)
    end = (_SUBCLAUSE_END if coordinated else _CLAUSE_END).search(rest, verb.end() if verb else 0)
    return rest[: end.start()] if end else rest


def _main_clause(text: str) -> str:
    return _ASIDE.sub(" ", _LEADING_CLAUSE.sub("", text, count=1))


def without_asides(text: str) -> str:
    """``text`` without its asides between dashes or in brackets: "A former officer — indicted last week
    — was found dead" -> "A former officer was found dead"."""
    return _MARKED_ASIDE.sub(" ", text) if _MARKED_ASIDE.search(text) else text


def _first_verb(main: str) -> int | None:
    """Where the first verb of the main clause starts, past reporting verbs ("said")."""
    for found in _WORD.finditer(main):
        word = found.group()
        lower = word.lower()
        if (word[:1].isupper() and found.start() > 0) or lower in _REPORTING_VERBS:
            continue
        if lower in _AUXILIARIES or lower in _IRREGULAR or (lower.endswith("ed") and len(lower) > 4):
            return found.start()
    return None


def _verb_phrase(words: list[str]) -> str:
    """The verb and what it says before its objects and places: "was found alive on the glacier" ->
    "was found alive"; a verb like "be" or "have" keeps the first words of what it links ("was a guest")."""
    kept: list[str] = []
    for word in words:
        said = any(w.lower() not in _AUXILIARIES for w in kept)
        if said and (word.lower() in _OBJECT_STARTS or word[:1].isdigit()):
            break
        kept.append(word)
    return " ".join(kept)


def planned(text: str) -> bool:
    """Whether the main clause tells what is not done yet, to come or under way: "Sprint plans to start
    selling", "will open", "is set to become", "she intends to keep her son", "is being lowered"."""
    main = _main_clause(text)
    start = _first_verb(main)
    head = main if start is None else main[: start + len(main_predicate(text))]
    return bool(_PLANNED.search(head))


def talks(text: str) -> bool:
    """Whether the sentence quotes someone (``QUOTED_WORDS`` or more words between quotation marks, or after
    an unclosed one) or speaks in the first person."""
    quoted = _QUOTE_MARK.split(text)[1::2]
    return bool(_FIRST_PERSON.search(text)) or any(len(q.split()) >= QUOTED_WORDS for q in quoted)


@dataclass(frozen=True, slots=True)
class Signals:
    """What one sentence says about when, who and how much, for comparing it with others."""

    weekdays: frozenset[str]
    past: bool  # "last year", "a month ago": not this week's news
    dated: bool  # "in 2018", "in March": a date other than a day of this week
    meeting: bool  # met, talks, discussed
    outcome: bool  # agreed, approved, signed
    actors: frozenset[str]
    names: tuple[frozenset[str], ...]  # the actors, one set per name written out ("Recep Tayyip Erdogan")
    plain: frozenset[str]  # stems of the words written in lower case: what it says
    numbers: frozenset[str]
    counted: frozenset[str]  # stems of what a count counts in general ("people"): said with the count
    predicate: frozenset[str]  # plain stems of the main clause's predicate: what happened ("died")
    talk: bool  # a quote or first person: someone talking about it
    stage: frozenset[str]  # the stage its main clause tells: "death:1" for "has died" (see ``stages``)
    stages: frozenset[str]  # every stage its words tell
    planned: bool  # the main clause tells what is to come ("will open"), not what was done
    events: frozenset[str] = frozenset()  # the kinds of happening its words tell (``event_words``)
    happening: frozenset[str] = frozenset()  # those its main clause tells, from the verb on
    act: frozenset[str] = frozenset()  # those its main verb tells, before its objects: "was jailed"
    record: frozenset[str] = frozenset()  # the records it claims, "largest:foot" (``event_words.records``)
