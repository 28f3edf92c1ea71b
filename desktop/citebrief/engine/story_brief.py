"""A brief of a folder of several stories: a section per story, each briefed by the one-story pipeline.

The length the user picks is shared out by importance (how many sources tell a story), with room for
at least `MIN_STORY_SENTENCES` sentences in every story shown; stories come in the grouping's order
(most sources first, then the most recent), those that mention a focus term first. A story that
uses less than its share passes the rest on to the stories after it. Stories the length has no room
for are kept in the brief with ``shown=False``, for the "Also in this folder" list. Inside a story,
nothing changes: its documents are briefed exactly as a folder holding only them, sub-topic sections included.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from citebrief.core.model import Brief, BriefItem, BriefOptions, Corpus, LengthUnit, Story
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.core.serial import corpus_refs
from citebrief.engine.features import Features, build_features
from citebrief.engine.stories import Grouping, group_stories, story_order
from citebrief.engine.story_cache import StoryCache
from citebrief.engine.story_terms import AnalysisMemo

MIN_STORY_SENTENCES = 2
# The words two sentences take: brief sentences of the Multi-News validation clusters average about
# 25 words (tests/benchmarks/stories.py prints the figure).
MIN_STORY_WORDS = 50

FeaturesFor = Callable[[Corpus, ProgressCallback | None], Features]


def story_grouping(
    corpus: Corpus,
    options: BriefOptions,
    *,
    cancel: CancelToken | None = None,
    cache: StoryCache | None = None,
    memo: AnalysisMemo | None = None,
) -> Grouping | None:
    """The folder's stories when the brief should have a section per story, else None (one story,
    or ``options.stories == "off"``): then the brief is the one-story brief of the whole folder."""
    if options.stories != "auto":
        return None
    grouping = group_stories(corpus, moves=options.story_moves, cancel=cancel, cache=cache, memo=memo)
    return arranged(grouping, corpus, options)


def whole_grouping(
    corpus: Corpus, moves: Sequence[tuple[str, str]], *, cancel: CancelToken | None = None
) -> Grouping:
    """The stories of the whole folder with the user's ``moves``, before `arranged` fits them."""
    return group_stories(corpus, moves=moves, cancel=cancel)


def kept_grouping_key(options: BriefOptions) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What a kept `story_grouping` depends on besides the folder (the focus orders the stories)."""
    return (options.stories, options.story_moves, options.focus)


def arranged(grouping: Grouping, corpus: Corpus, options: BriefOptions) -> Grouping | None:
    """``grouping`` of a folder, for ``corpus``: that folder or the part of it the user left ticked.

    Sources not in ``corpus`` leave their stories and a story left empty disappears; the others keep
    their ids, headings and dates, as the sources panel shows them for the whole folder, and are
    ordered again by what they now hold. None when fewer than two stories are left."""
    present = {src.id: k for k, src in enumerate(corpus.sources)}
    listed = [sid for story in grouping.stories for sid in story.documents] + list(grouping.ungrouped)
    if any(sid not in present for sid in listed):
        stories = [
            replace(story, documents=tuple(sid for sid in story.documents if sid in present))
            for story in grouping.stories
        ]
        ordered = sorted((s for s in stories if s.documents), key=lambda s: story_order(s, present))
        grouping = Grouping(tuple(ordered), tuple(sid for sid in grouping.ungrouped if sid in present))
    if len(grouping.stories) < 2:
        return None
    return focused_first(grouping, corpus, options.focus) if options.focus else grouping


def focused_first(grouping: Grouping, corpus: Corpus, focus: Sequence[str]) -> Grouping:
    """The stories that mention a focus term first (most such articles first), the rest after in
    their order: only the first stories get room, and the reader asked about these."""
    terms = [re.compile(rf"(?<!\w){re.escape(t.strip())}(?!\w)", re.IGNORECASE) for t in focus if t.strip()]
    texts = {src.id: src.text for src in corpus.sources}

    def mentions(story: Story) -> int:
        return sum(1 for sid in story.documents if any(t.search(texts.get(sid, "")) for t in terms))

    ordered = sorted(grouping.stories, key=lambda story: -mentions(story))
    return replace(grouping, stories=tuple(ordered))


def shares(stories: tuple[Story, ...], options: BriefOptions) -> list[int]:
    """Each story's part of the length, in order; stories beyond the list got no room."""
    least = MIN_STORY_WORDS if options.unit is LengthUnit.WORDS else MIN_STORY_SENTENCES
    shown = max(1, min(len(stories), options.length // least))
    weights = [story.source_count for story in stories[:shown]]
    spare = max(0, options.length - shown * least)
    total = sum(weights)
    parts = [least + spare * w // total for w in weights]
    parts[0] += options.length - sum(parts)  # what rounding left goes to the first story
    return parts


def _within(progress: ProgressCallback | None, n: int, count: int) -> ProgressCallback | None:
    """Progress of story ``n``'s brief as a part of the whole, with its own messages."""
    if progress is None:
        return None
    outer = progress

    def report_part(fraction: float, message: str) -> None:
        outer((n + min(1.0, max(0.0, fraction))) / count, message)

    return report_part


def _story_corpus(corpus: Corpus, story: Story) -> Corpus:
    members = set(story.documents)
    return replace(corpus, sources=tuple(s for s in corpus.sources if s.id in members), notices=())


def shown_corpora(corpus: Corpus, grouping: Grouping, options: BriefOptions) -> list[Corpus]:
    """The documents of each story `summarise_stories` has room for, as it briefs them."""
    shown = len(shares(grouping.stories, options))
    return [_story_corpus(corpus, story) for story in grouping.stories[:shown]]


def summarise_stories(
    corpus: Corpus,
    options: BriefOptions,
    grouping: Grouping,
    *,
    features_for: FeaturesFor | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Brief:
    """The brief of ``corpus`` as a section per story of ``grouping`` (see the module docstring).

    ``features_for`` gives the features of a story's documents (a session passes its cache); by
    default they are built.
    """
    from citebrief.engine.summariser import brief_title, summarise

    def build(sub: Corpus, progress: ProgressCallback | None) -> Features:
        return build_features(sub, language=options.language, progress=progress, cancel=cancel)

    features_of = features_for or build
    parts = shares(grouping.stories, options)
    inner = replace(options, stories="off", story_moves=())
    items: list[BriefItem] = []
    carry = 0
    for n, (story, part) in enumerate(zip(grouping.stories, parts, strict=False)):
        check(cancel)
        report(progress, n / len(parts), f"Briefing story {n + 1} of {len(parts)}")
        sub = _story_corpus(corpus, story)
        within = _within(progress, n, len(parts))
        features = features_of(sub, within)
        if features.corpus.sources == sub.sources:
            sub = features.corpus  # kept features are only reused for the very corpus they are of
        brief = summarise(
            sub, replace(inner, length=part + carry), features=features, progress=within, cancel=cancel
        )
        used = brief.word_count if options.unit is LengthUnit.WORDS else len(brief.items)
        carry = max(0, part + carry - used)
        items.extend(replace(item, story=story.id) for item in brief.items)
    report(progress, 1.0, "Done")
    stories = tuple(replace(story, shown=k < len(parts)) for k, story in enumerate(grouping.stories))
    return Brief(
        title=brief_title(corpus),
        items=tuple(items),
        options=options,
        sources=corpus_refs(corpus),
        root=corpus.root,
        stories=stories,
        ungrouped=grouping.ungrouped,
    )
