"""The user's "sources differ" dismissals, kept while the brief is rebuilt from other options.

A rebuild (another length, a source ticked or unticked) makes a fresh brief whose items are new, so
a dismissal cannot follow an item. It follows the disagreement itself: the same values, each cited
by the same source spans, is the same disagreement, wherever and whenever it comes back. A value the
rebuild cites from one more source is news the user has not seen: that disagreement shows again.
"""

from __future__ import annotations

from dataclasses import replace

from citebrief.core.model import Brief, BriefItem, Disagreement

Key = frozenset[tuple[str, frozenset[tuple[str, int, int]]]]


def key_of(found: Disagreement) -> Key:
    """What makes two disagreements the same, in any order of their values and citations."""
    return frozenset(
        (value.text, frozenset((c.source_id, c.start, c.end) for c in value.citations))
        for value in found.values
    )


def remembered(brief: Brief, kept: frozenset[Key]) -> frozenset[Key]:
    """``kept`` brought up to date with what ``brief`` says: its dismissals in, those restored out
    (a disagreement it shows open), the others (not in it now) still kept for a later rebuild."""
    dismissed = {key_of(d) for item in brief.items for d in item.disagreements if d.dismissed}
    shown = {key_of(d) for item in brief.items for d in item.disagreements if not d.dismissed}
    return frozenset((kept - shown) | dismissed)


def with_dismissals(brief: Brief, kept: frozenset[Key]) -> Brief:
    """``brief`` with every disagreement in ``kept`` dismissed."""
    if not kept:
        return brief
    items = tuple(
        replace(item, disagreements=tuple(
            replace(d, dismissed=True) if key_of(d) in kept else d for d in item.disagreements
        ))
        if any(key_of(d) in kept for d in item.disagreements)
        else item
        for item in brief.items
    )
    return replace(brief, items=items)


def without_dismissals(items: tuple[BriefItem, ...]) -> tuple[BriefItem, ...]:
    """Items as they compare for "did the user edit the brief": a dismissal is kept through a
    rebuild, so it is no edit a rebuild would lose."""
    return tuple(
        replace(item, disagreements=tuple(replace(d, dismissed=False) for d in item.disagreements))
        for item in items
    )
