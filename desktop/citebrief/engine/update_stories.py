"""An updated brief on several stories keeps every sentence under the story it tells.

The update's selection places a new sentence after the old one the reading order puts before it,
which may belong to another story; exports head each run of one story's sentences with its heading,
so a new sentence must name its story and sit with that story's sentences. A new sentence's story is
the one its cited articles belong to; added articles are grouped as the folder is today and join the
old story they tell, or a new one, rather than being read as part of a neighbour; an added page that
is not an article is listed as not grouped. A brief on one story whose added articles tell another
becomes a brief of stories: what it told is one story, under the heading today's grouping gives it.
The stories share the length as a fresh brief of today's folder shares it (`engine.update_shares`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from citebrief.core.model import Brief, BriefItem, Corpus, Story
from citebrief.engine.stories import Grouping, group_stories, story_order
from citebrief.engine.story_brief import focused_first, story_grouping


@dataclass(frozen=True, slots=True)
class StoryLayout:
    """The stories of an update of a brief of stories."""

    old: Brief  # the old brief; one on a single story that becomes one of many has it as its story
    stories: dict[str, Story]  # by id: the old stories with the articles added to them, then new ones
    order: tuple[Story, ...]  # the stories that share the length, in the order they share it


def story_layout(old: Brief, corpus: Corpus) -> StoryLayout | None:
    """How the update of ``old`` with ``corpus`` is laid out in stories; None when it is one story."""
    known = {ref.id for ref in old.sources}
    added = any(src.id not in known for src in corpus.sources)
    if not old.stories and not added:
        return None
    today = story_grouping(corpus, old.options) if added else None
    if not old.stories:
        old = _one_story_of_many(old, corpus, today)
        if not old.stories:
            return None
    if added and today is None:  # the old brief had stories; group today's folder all the same
        today = group_stories(corpus, moves=old.options.story_moves)
    stories = _with_added(old, corpus, today) if today else {story.id: story for story in old.stories}
    return StoryLayout(old, stories, _sharing_order(old, stories, corpus))


def _sharing_order(old: Brief, stories: dict[str, Story], corpus: Corpus) -> tuple[Story, ...]:
    """The stories that share the update's length, with today's articles only, in the order a fresh
    brief gives stories (most articles first, then the most recent; those on the focus first): those
    the old brief told and those that gained an article. A story neither told nor added to has no
    news to show, so it takes no room from the others."""
    present = {src.id: k for k, src in enumerate(corpus.sources)}
    told = {item.story for item in old.items}
    before = {sid for story in old.stories for sid in story.documents}
    sharing = []
    for story in stories.values():
        documents = tuple(sid for sid in story.documents if sid in present)
        if documents and (story.id in told or any(sid not in before for sid in documents)):
            sharing.append(replace(story, documents=documents))
    ordered = Grouping(tuple(sorted(sharing, key=lambda story: story_order(story, present))), ())
    focus = old.options.focus
    return focused_first(ordered, corpus, focus).stories if focus else ordered.stories


def _added_stories(old: Brief, corpus: Corpus, today: Grouping) -> dict[str, Story]:
    """Source id -> story, for the articles in none of ``old``'s stories: the folder is grouped again as
    it would be today, and an added article joins the old story its group shares most articles with,
    or else that group as a new story."""
    known = {sid: story for story in old.stories for sid in story.documents}
    added = [src for src in corpus.sources if src.id not in known and src.id not in old.ungrouped]
    if not added:
        return {}
    group_of = {sid: story for story in today.stories for sid in story.documents}
    stories: dict[str, Story] = {}
    for src in added:
        group = group_of.get(src.id)
        if group is None:  # not an article (a cookie notice, a scraped page): "Not grouped"
            continue
        shared = Counter(known[sid].id for sid in group.documents if sid in known)
        if shared:
            story = next(s for s in old.stories if s.id == shared.most_common(1)[0][0])
            stories[src.id] = replace(story, documents=(*story.documents, src.id))
        else:
            members = tuple(sid for sid in group.documents if sid not in known)
            stories[src.id] = replace(group, documents=members)
    return stories


def _with_added(old: Brief, corpus: Corpus, today: Grouping) -> dict[str, Story]:
    """``old``'s stories by id, each with the added articles that belong to it, then the new ones."""
    stories = {story.id: story for story in old.stories}
    for sid, story in _added_stories(old, corpus, today).items():
        held = stories.setdefault(story.id, replace(story, documents=()))
        if sid not in held.documents:
            stories[story.id] = replace(held, documents=(*held.documents, sid))
    return stories


def _one_story_of_many(old: Brief, corpus: Corpus, grouping: Grouping | None) -> Brief:
    """``old``, a brief on one story, as one story among several when an added article tells another
    (``grouping``: the folder grouped as it would be today); else ``old`` as it is."""
    if grouping is None:
        return old
    known = {ref.id for ref in old.sources}
    added = [src.id for src in corpus.sources if src.id not in known]
    group_of = {sid: story.id for story in grouping.stories for sid in story.documents}
    told = Counter(group_of[src.id] for src in corpus.sources if src.id in known and src.id in group_of)
    if not told:
        return old
    main = told.most_common(1)[0][0]
    if all(group_of.get(sid, main) == main for sid in added):
        return old  # the added articles tell the same story, or are no articles
    heading = next(story for story in grouping.stories if story.id == main)
    story = replace(heading, documents=tuple(src.id for src in corpus.sources if src.id in known))
    items = tuple(replace(item, story=story.id) for item in old.items)
    return replace(old, items=items, stories=(story,), ungrouped=())


def place_in_stories(layout: StoryLayout, updated: Brief, corpus: Corpus) -> Brief:
    """``updated`` (from ``layout.old`` by `update_brief`) with each new item in its story, stories
    kept whole."""
    old, stories = layout.old, layout.stories
    known = {sid: story.id for story in stories.values() for sid in story.documents}
    items: list[BriefItem] = []
    for item in updated.items:
        if item.new:
            story = next((known[c.source_id] for c in item.citations if c.source_id in known), item.story)
            same = [i.section for i in items if i.story == story]
            item = replace(item, story=story, section=same[-1] if same else "")
        items.append(item)
    order = list(dict.fromkeys(item.story for item in items))
    grouped = [item for story in order for item in items if item.story == story]
    listed = [replace(stories[sid], shown=True) for sid in order if sid in stories]
    listed += [replace(s, shown=False) for s in stories.values() if s.id not in order]
    old_known = {sid for story in old.stories for sid in story.documents} | set(old.ungrouped)
    added = [src.id for src in corpus.sources if src.id not in old_known]
    ungrouped = tuple(sid for sid in (*updated.ungrouped, *added) if sid not in known)
    return replace(updated, items=tuple(grouped), stories=tuple(listed), ungrouped=ungrouped)
