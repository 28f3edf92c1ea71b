"""An updated brief on several stories keeps every sentence under the story it tells.

The update's selection places a new sentence after the old one the reading order puts before it,
which may belong to another story; exports head each run of one story's sentences with its heading,
so a new sentence must name its story and sit with that story's sentences. A new sentence's story is
the one its cited articles belong to; an added article in none of the brief's stories starts a story
of its own (headed by its title) after the others, rather than being read as part of a neighbour.
"""

from __future__ import annotations

from dataclasses import replace

from citebrief.core.model import Brief, BriefItem, Corpus, Story
from citebrief.engine.stories import group_stories, story_id


def _added_stories(old: Brief, corpus: Corpus) -> dict[str, Story]:
    """Source id -> story, for the articles in none of ``old``'s stories, grouped as a folder is."""
    known = {sid for story in old.stories for sid in story.documents} | set(old.ungrouped)
    added = replace(corpus, sources=tuple(s for s in corpus.sources if s.id not in known), notices=())
    stories: dict[str, Story] = {}
    if added.sources:
        for story in group_stories(added).stories:
            stories.update(dict.fromkeys(story.documents, story))
    for src in added.sources:  # one article alone, or one the grouping left out, is a story of its own
        stories.setdefault(src.id, Story(story_id(src.id), src.title or src.relpath, (src.id,)))
    return stories


def place_in_stories(old: Brief, updated: Brief, corpus: Corpus) -> Brief:
    """``updated`` (from ``old`` by `update_brief`) with each new item in its story, stories kept whole."""
    if not old.stories:
        return updated
    known = {sid: story.id for story in old.stories for sid in story.documents}
    stories = {story.id: story for story in old.stories}
    added = _added_stories(old, corpus)
    items: list[BriefItem] = []
    for item in updated.items:
        if item.new:
            story = next((known[c.source_id] for c in item.citations if c.source_id in known), "")
            new = next((added[c.source_id] for c in item.citations if c.source_id in added), None)
            if not story and new is not None:
                story = new.id
                stories.setdefault(story, new)
                known.update(dict.fromkeys(new.documents, story))
            same = [i.section for i in items if i.story == story]
            item = replace(item, story=story, section=same[-1] if same else "")
        items.append(item)
    order = list(dict.fromkeys(item.story for item in items))
    grouped = [item for story in order for item in items if item.story == story]
    shown = set(order)
    listed = [replace(stories[sid], shown=True) for sid in order if sid in stories]
    listed += [replace(s, shown=False) for s in stories.values() if s.id not in shown]
    ungrouped = tuple(sid for sid in updated.ungrouped if sid not in known)
    return replace(updated, items=tuple(grouped), stories=tuple(listed), ungrouped=ungrouped)
