"""A short report joins the story it tells.

A wire report of a few lines ("Police in Ostrava said on Friday that Inspector Pavel Dvorak...") is
too short to be grouped by its words, so the grouping leaves it under "Not grouped" beside the site's
own pages. When it names what only one story's articles name, it tells that story and joins it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from citebrief.core.model import Source
from citebrief.engine.story_terms import Analysis, analyse
from citebrief.engine.tuning import TUNING


def own_names(stories: Sequence[Sequence[int]], analysed: Sequence[Analysis]) -> list[set[str]]:
    """Each story's own names: used by at least half its articles, and by no other story's."""
    names = []
    for docs in stories:
        uses = Counter(stem for d in docs for stem in analysed[d].names)
        names.append({stem for stem, n in uses.items() if 2 * n >= len(docs)})
    stories_naming = Counter(stem for one in names for stem in one)
    return [{stem for stem in one if stories_naming[stem] == 1} for one in names]


def joining(
    reports: Sequence[Source],
    names: Sequence[set[str]],
    analysed: Callable[[Source], Analysis] = analyse,
) -> dict[str, int]:
    """Report id -> the index of the one story whose own names it shares `story_short_names` of;
    a report sharing them with no story, or with several, joins none. ``analysed`` gives a report's
    analysis (`AnalysisMemo.analyse` has most reports' from the processes that read them)."""
    joins = {}
    for report in reports:
        said = analysed(report).names
        told = [k for k, own in enumerate(names) if len(said & own) >= TUNING.story_short_names]
        if len(told) == 1:
            joins[report.id] = told[0]
    return joins
