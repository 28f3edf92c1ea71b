"""What one sentence says about when, who and how much (see ``facts``); kept per row on ``Features``."""

from __future__ import annotations

from dataclasses import dataclass


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
