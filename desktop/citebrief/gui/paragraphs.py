"""Where the brief starts a new paragraph: where it moves on to another group of sources.

Sentences that share a source read as one development; once a paragraph holds two sentences, a sentence
citing none of its sources starts the next one. Headings (sections) always start a paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.core.model import BriefItem

MIN_SENTENCES = 2  # a paragraph of one sentence only when its section has one sentence or it ends one


def paragraph_starts(items: Sequence[BriefItem]) -> list[bool]:
    """For each item, whether it opens a paragraph."""
    starts: list[bool] = []
    sources: set[str] = set()
    length = 0
    section: str | None = None
    for item in items:
        cited = {cit.source_id for cit in item.citations}
        new = item.section != section or (length >= MIN_SENTENCES and bool(cited) and not cited & sources)
        if new:
            sources, length, section = set(), 0, item.section
        sources |= cited
        length += 1
        starts.append(new)
    return starts
