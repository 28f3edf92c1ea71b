"""The user's "sources differ" dismissals, kept while the brief is rebuilt from other options.

A rebuild (another length, a source ticked or unticked) makes a fresh brief whose items are new, so
a dismissal cannot follow an item. It follows the disagreement itself: the same values, each cited
by the same source spans, is the same disagreement, wherever and whenever it comes back. A value the
rebuild cites from one more source is news the user has not seen: that disagreement shows again.
Dismissals whose fact the brief does not hold now go with it (`Brief.dismissed`), so the brief file
keeps them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from citebrief.core.model import Brief, BriefItem, Disagreement

Key = frozenset[tuple[str, frozenset[tuple[str, int, int]]]]
Kept = Mapping[Key, Disagreement]


def key_of(found: Disagreement) -> Key:
    """What makes two disagreements the same, in any order of their values and citations."""
    return frozenset(
        (value.text, frozenset((c.source_id, c.start, c.end) for c in value.citations))
        for value in found.values
    )


def remembered(brief: Brief, kept: Kept) -> dict[Key, Disagreement]:
    """``kept`` brought up to date with what ``brief`` says: its dismissals in, those restored out
    (a disagreement it shows open), the others (not in it now) still kept for a later rebuild."""
    shown = {key_of(d): d for item in brief.items for d in item.disagreements}
    found = {k: d for k, d in kept.items() if k not in shown}
    found |= {k: d for k, d in ((key_of(d), d) for d in brief.dismissed) if k not in shown}
    return found | {k: d for k, d in shown.items() if d.dismissed}


def with_dismissals(brief: Brief, kept: Kept) -> Brief:
    """``brief`` with every disagreement in ``kept`` dismissed, and carrying the rest of ``kept``."""

    def kept_dismissed(found: Disagreement) -> Disagreement:
        return replace(found, dismissed=True) if key_of(found) in kept else found

    items = tuple(
        replace(item, disagreements=tuple(map(kept_dismissed, item.disagreements))) for item in brief.items
    )
    shown = {key_of(d) for item in items for d in item.disagreements}
    absent = tuple(replace(d, dismissed=True) for k, d in kept.items() if k not in shown)
    return replace(brief, items=items, dismissed=absent)


def without_dismissals(items: tuple[BriefItem, ...]) -> tuple[BriefItem, ...]:
    """Items as they compare for "did the user edit the brief": a dismissal is kept through a
    rebuild, so it is no edit a rebuild would lose."""
    return tuple(
        replace(item, disagreements=tuple(replace(d, dismissed=False) for d in item.disagreements))
        for item in items
    )
