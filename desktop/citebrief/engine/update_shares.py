"""The update of a brief of stories shares the length between the stories as a fresh brief does.

A fresh brief of today's folder gives every story it shows room for `MIN_STORY_SENTENCES` sentences
and the rest by sources (`story_brief.shares`), so a story just added to the folder is shown with
room of its own. Ranking the whole folder at once instead lets the old stories' sentences fill the
length before the new story's news gets a place. So each story, in the fresh brief's order, fits its
old sentences and its news into its share, as the one-story update fits a whole brief
(`UpdatePlan`), and passes what it leaves to the stories after it. Edited sentences always stay,
counted in their story's share; a story's unedited sentences give way when its share is smaller
than they need, most important last, and come back, in their order, into the room the stories
leave unused (as do sentences of stories whose articles are all gone from the folder).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from citebrief.core.model import Story
from citebrief.core.progress import CancelToken, check
from citebrief.engine.story_brief import shares
from citebrief.engine.update_plan import UpdatePlan, selected_rows
from citebrief.engine.update_stories import StoryLayout


def fit_by_story(
    plan: UpdatePlan, layout: StoryLayout, cancel: CancelToken | None
) -> tuple[list[int], list[int]]:
    """(old item indices kept, new rows taken) of ``plan.brief`` (``layout.old``), story by story."""
    items = plan.brief.items
    length = plan.brief.options.length
    order = layout.order
    of_story: dict[str, list[int]] = {story.id: [] for story in order}
    gone: list[int] = []  # items of stories no article of today's folder tells
    for i, item in enumerate(items):
        of_story.get(item.story, gone).append(i)
    edited = {sid: sum(plan.old_cost(i) for i in idx if items[i].edited) for sid, idx in of_story.items()}
    later = sum(edited.values())  # what the edited items of the stories still to come will take
    parts = shares(order, plan.brief.options)
    kept: list[int] = []
    taken: list[int] = []
    used = carry = 0
    for n, story in enumerate(order):
        check(cancel)
        later -= edited[story.id]
        part = parts[n] if n < len(parts) else 0  # the stories after the parts get no room
        room = max(0, min(part + carry, length - used - later)) if part else 0
        more, new_rows, spent = _fit_story(plan, story, of_story[story.id], room, cancel)
        kept += more
        taken += new_rows
        used += spent
        carry = max(0, part + carry - spent) if part else carry
    forced = [i for i in gone if items[i].edited]
    used += sum(plan.old_cost(i) for i in forced)
    # What the stories left unused keeps old sentences that gave way, in their order: a story
    # whose share its news did not fill, or whose articles are gone, costs the reader nothing.
    held = set(kept)
    free = [i for i in range(len(items)) if i not in held and not items[i].edited]
    rank = [float("inf")] * len(items)
    leftover, _rows, _spent = plan.take(free, rank, {}, 0, max(0, length - used), 0)
    return sorted(kept + forced + leftover), taken


def _fit_story(
    plan: UpdatePlan, story: Story, own: list[int], room: int, cancel: CancelToken | None
) -> tuple[list[int], list[int], int]:
    """(items of ``own`` kept, new rows taken, the length they use) for ``story`` in ``room``; its
    edited items stay even beyond it."""
    items = plan.brief.items
    kept = [i for i in own if items[i].edited]
    used = sum(plan.old_cost(i) for i in kept)
    free = [i for i in own if not items[i].edited]
    fresh = [sid for sid in story.documents if sid in plan.fresh_sources]
    if not free and not fresh:
        return kept, [], used
    if not fresh and used + sum(plan.old_cost(i) for i in free) <= room:
        return own, [], used + sum(plan.old_cost(i) for i in free)  # nothing new, and all fit
    if room <= used:
        return kept, [], used
    features = plan.features
    options = replace(plan.brief.options, length=room, stories="off", story_moves=())
    chosen = selected_rows(features, options, story.documents, plan.index, cancel)
    told = {sid for sid in story.documents if sid not in plan.fresh_sources}
    news = selected_rows(features, options, fresh, plan.index, cancel) if fresh and told else []
    rank, candidates = plan.rank_and_candidates([*chosen, *(r for r in news if r not in chosen)], among=own)
    if own and own[0] == 0:
        rank[0] = -1.0  # the brief's opening sentence stays: the reader knows the story by it
    ids = {k for k, src in enumerate(features.corpus.sources) if src.id in set(story.documents)}
    news_room = plan.news_room(room - used, np.isin(features.source_of_row, list(ids)))
    more, rows, spent = plan.take(free, rank, candidates, len(chosen), room - used, news_room)
    return kept + more, rows, used + spent
