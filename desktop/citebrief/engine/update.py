"""Updating a brief with the articles its folder gained or changed since it was made.

An old `Brief` (as saved, with the user's edits) plus today's corpus gives a new `Brief`:
- the user's edited sentences stay, with their citations, whatever the length;
- the same selection rules (`summariser.select_rows`, at the old brief's options) choose again, from
  the whole folder and from the added and changed articles alone (their news); a fact chosen is *new*
  when an added or changed article states it and no article the old brief already knew does
  (``facts.same_fact`` decides "the same fact", as the selection's redundancy rule does); new facts
  join the brief marked ``new``;
- unedited old sentences stay unless more important new facts need their room (the opening sentence
  always stays). Importance is the
  place in the folder's fresh selection, then in the news selection; an old sentence neither holds
  counts least, since the folder's brief would no longer say it and the news is what an update is for;
- in a brief of several stories, the stories share the length as a fresh brief shares it, and each
  is fitted into its share this way (`update_shares`), so a story just added gets room of its own;
- a kept sentence whose fact a new or changed article also states gains that citation (the same
  rule the brief's own citations follow, ``facts.states_fact``), without a ``new`` mark;
- citations are kept as they are: the caller reconciles them with the folder first (moved quotes
  follow, the rest are marked stale by ``store``, sentence by sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from citebrief.core.model import (
    Brief,
    BriefItem,
    Citation,
    Corpus,
    Disagreement,
    Source,
    SourceRef,
)
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.core.serial import corpus_refs
from citebrief.engine.assemble import citation_for, shown_texts
from citebrief.engine.concepts import concept_weights
from citebrief.engine.disagreements import with_disagreements
from citebrief.engine.features import Features, build_features
from citebrief.engine.order import lead_row, reading_order
from citebrief.engine.selection import equivalents
from citebrief.engine.summariser import brief_title, counted_title, select_rows
from citebrief.engine.update_plan import UpdatePlan, selected_rows
from citebrief.engine.update_shares import fit_by_story
from citebrief.engine.update_stories import StoryLayout, place_in_stories, story_layout

FeaturesFor = Callable[[Corpus], Features]  # the features of some of the folder's sources


@dataclass(frozen=True, slots=True)
class FolderChanges:
    """Which of today's sources the brief did not know (``added``) or knew with other contents."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed)

    @property
    def fresh(self) -> frozenset[str]:
        """Sources whose facts may be new to the brief."""
        return frozenset(self.added) | frozenset(self.changed)

    def describe(self) -> str:
        """ "2 articles were added and 1 changed" (for a person)."""
        added, changed = len(self.added), len(self.changed)
        if added:
            text = f"{added} article{' was' if added == 1 else 's were'} added"
            return text + (f" and {changed} changed" if changed else "")
        return f"{changed} article{'' if changed == 1 else 's'} changed" if changed else ""


def _known_ref(ref_keys: dict[str, SourceRef], source: Source) -> SourceRef | None:
    for key in (source.id, source.relpath, source.path):
        if key and key in ref_keys:
            return ref_keys[key]
    return None


def folder_changes(brief: Brief, corpus: Corpus) -> FolderChanges:
    """What the folder gained or changed since ``brief`` was made (sources it no longer has are the
    staleness check's business)."""
    ref_keys: dict[str, SourceRef] = {}
    for ref in reversed(brief.sources):  # the first reference with a key wins
        for key in (ref.path, ref.relpath, ref.id):
            if key:
                ref_keys[key] = ref
    added: list[str] = []
    changed: list[str] = []
    for src in corpus.sources:
        known = _known_ref(ref_keys, src)
        if known is None:
            added.append(src.id)
        elif known.sha256 and src.sha256 and known.sha256 != src.sha256:
            changed.append(src.id)
    return FolderChanges(tuple(added), tuple(changed))


@dataclass(frozen=True, slots=True)
class UpdateResult:
    brief: Brief
    new_items: int  # items marked new
    added_citations: int  # citations old items gained from new or changed articles
    dropped: int  # unedited old items that gave way to new facts
    changes: FolderChanges


def _added_citations(
    features: Features, plan: UpdatePlan, kept: list[int], new_rows: list[int]
) -> tuple[dict[int, list[Citation]], dict[int, tuple[Citation, ...]]]:
    """Citations kept items gain from fresh sources, and each new row's citations."""
    items = plan.brief.items
    claimed: set[tuple[str, int]] = {
        (c.source_id, c.sentence_index) for i in kept for c in items[i].citations
    }
    anchors = {i: plan.item_rows[i][0] for i in kept if plan.item_rows[i]}
    same = equivalents(features, sorted(set(anchors.values()) | set(new_rows)))
    gained: dict[int, list[Citation]] = {}
    for i in kept:
        row = anchors.get(i)
        if row is None:
            continue
        for other in same.get(row, ()):
            cit = citation_for(features, other)
            if plan.is_fresh[other] and (cit.source_id, cit.sentence_index) not in claimed:
                claimed.add((cit.source_id, cit.sentence_index))
                gained.setdefault(i, []).append(cit)
    cited: dict[int, tuple[Citation, ...]] = {}
    for row in new_rows:
        own = citation_for(features, row)
        claimed.add((own.source_id, own.sentence_index))
        others = []
        for other in same.get(row, ()):
            cit = citation_for(features, other)
            if (cit.source_id, cit.sentence_index) not in claimed:
                claimed.add((cit.source_id, cit.sentence_index))
                others.append(cit)
        cited[row] = (own, *others)
    return gained, cited


def _placed(
    features: Features, plan: UpdatePlan, kept: list[int], new_rows: list[int]
) -> list[tuple[str, int]]:
    """("old", item index) and ("new", row) in reading order: old items keep their order (the user may
    have moved them); a new row follows the old item the engine's reading order puts before it."""
    anchor_of = {plan.item_rows[i][0]: i for i in kept if plan.item_rows[i]}
    lead = plan.item_rows[kept[0]][0] if kept and plan.item_rows[kept[0]] else None
    if lead is None:
        lead = lead_row(features, concept_weights(features, frozenset()), among=new_rows)
    order = reading_order(features, sorted(set(anchor_of) | set(new_rows)), lead)
    after: dict[int | None, list[int]] = {}
    last_old: int | None = None
    for row in order:
        if row in anchor_of:
            last_old = anchor_of[row]
        elif row in new_rows:
            after.setdefault(last_old, []).append(row)
    placed: list[tuple[str, int]] = [("new", row) for row in after.get(None, [])]
    for i in kept:
        placed.append(("old", i))
        placed += [("new", row) for row in after.get(i, [])]
    return placed


def update_brief(
    brief: Brief,
    corpus: Corpus,
    *,
    features: Features | None = None,
    features_for: FeaturesFor | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> UpdateResult:
    """``brief`` brought up to date with ``corpus`` (see the module doc); the brief's options decide.

    ``features``: those of ``corpus``, when the caller holds them; else they are built, by
    ``features_for`` when given (a caller with a feature cache), and in a brief of stories only for
    the sources the update reads (`touched_sources`), as a fresh brief builds only its stories'.
    """
    changes = folder_changes(brief, corpus)
    options = brief.options
    layout = story_layout(brief, corpus)
    if layout is not None:
        brief = layout.old  # a brief on one story may have become one story of several
    check(cancel)
    if features is None or features.corpus is not corpus:
        read = corpus if layout is None else touched_sources(layout, corpus)
        if features_for is not None:
            features = features_for(read)
        else:
            features = build_features(read, language=options.language, progress=progress, cancel=cancel)
    check(cancel)
    report(progress, 0.6, "Finding what is new")
    plan = UpdatePlan(features, brief, changes.fresh)
    kept, new_rows = (
        fit_by_story(plan, layout, cancel) if layout is not None else _fit_whole(plan, changes, cancel)
    )
    gained, cited = _added_citations(features, plan, kept, new_rows)
    items: list[BriefItem] = []
    for kind, key in _placed(features, plan, kept, new_rows):
        if kind == "old":
            items.append(
                replace(brief.items[key], citations=(*brief.items[key].citations, *gained.get(key, ())))
            )
        else:
            section = items[-1].section if items else ""
            # an added sentence is shown as one alone: a quote it leaves open is closed
            text = shown_texts(features, [key])[0]
            items.append(BriefItem(text=text, citations=cited[key], section=section, new=True))
    # an added article may state an old sentence's fact with another value
    items = _with_disagreements(features, items, recheck_old=changes.any)
    report(progress, 1.0, "Done")
    updated = replace(
        brief, items=tuple(items), sources=_merged_refs(brief, corpus), title=_title(brief, corpus)
    )
    updated = place_in_stories(layout, updated, corpus) if layout is not None else updated
    return UpdateResult(
        brief=updated,
        new_items=len(new_rows),
        added_citations=sum(len(c) for c in gained.values()),
        dropped=len(brief.items) - len(kept),
        changes=changes,
    )


def touched_sources(layout: StoryLayout, corpus: Corpus) -> Corpus:
    """The part of ``corpus`` an update of a brief of stories reads: the articles of the stories that
    share its length (those the brief told and those that gained an article) and those its sentences
    cite. A story neither told nor added to gives the update nothing to choose, so its articles are
    not read, as a fresh brief does not read the stories it has no room for."""
    needed = {sid for story in layout.order for sid in story.documents}
    needed |= {c.source_id for item in layout.old.items for c in item.citations}
    if not needed & {src.id for src in corpus.sources}:
        return corpus
    return corpus.without(frozenset(src.id for src in corpus.sources if src.id not in needed))


def _fit_whole(
    plan: UpdatePlan, changes: FolderChanges, cancel: CancelToken | None
) -> tuple[list[int], list[int]]:
    """(old item indices kept, new rows taken) of a brief on one story: its sentences and the news
    ranked by the selection of the whole folder, then of the added and changed articles alone."""
    features, options = plan.features, plan.brief.options
    chosen = select_rows(features, options, cancel=cancel) if changes.any else []
    news = selected_rows(features, options, changes.fresh, plan.index, cancel) if changes.any else []
    rank, candidates = plan.rank_and_candidates([*chosen, *(row for row in news if row not in chosen)])
    if rank:
        rank[0] = -1.0  # the brief's opening sentence stays: the reader knows the story by it
    check(cancel)
    return plan.fit(rank, candidates, news_from=len(chosen))


def _with_disagreements(features: Features, items: list[BriefItem], recheck_old: bool) -> list[BriefItem]:
    """``items`` with the disagreements of the new ones, and with ``recheck_old`` of the old ones too,
    found in today's folder (all in one call: it indexes the folder's rows once)."""
    which = [k for k, item in enumerate(items) if item.new or recheck_old]
    found = with_disagreements(features, [replace(items[k], disagreements=()) for k in which])
    out = list(items)
    for k, checked in zip(which, found, strict=True):
        out[k] = checked if items[k].new else _rechecked(items[k], checked.disagreements)
    return out


def _rechecked(item: BriefItem, found: tuple[Disagreement, ...]) -> BriefItem:
    """``item`` with the disagreements ``found`` again in today's folder; one the user dismissed stays
    dismissed (the same kind of value about the same thing)."""
    dismissed = {(d.kind, d.about) for d in item.disagreements if d.dismissed}
    if not found:
        return item
    kept = tuple(replace(d, dismissed=(d.kind, d.about) in dismissed) for d in found)
    return replace(item, disagreements=kept)


def _title(brief: Brief, corpus: Corpus) -> str:
    """A title that counts the sources counts today's; one the user gave stays."""
    counted = len(brief.sources) > 1 and brief.title == counted_title(len(brief.sources))
    return brief_title(corpus) if counted and len(corpus.sources) > 1 else brief.title


def _merged_refs(brief: Brief, corpus: Corpus) -> tuple[SourceRef, ...]:
    """Today's sources, then those the brief knew that the folder no longer has (their citations go
    stale but still need a name)."""
    today = corpus_refs(corpus)
    known = {ref.id for ref in today}
    return (*today, *(ref for ref in brief.sources if ref.id not in known))


def only_new(brief: Brief, changes: FolderChanges) -> Brief:
    """The brief's new items alone (`citebrief brief --since ... --only-new`): what the folder's news
    adds. Its stories are those the new items tell, then, as having no room, the stories the added or
    changed articles joined that no new item tells; "Not grouped" lists only added or changed pages.
    A story the brief already told with nothing added is not news, so it is left out."""
    items = tuple(item for item in brief.items if item.new)
    told = {item.story for item in items}
    fresh = changes.fresh
    stories = [replace(s, shown=True) for s in brief.stories if s.id in told]
    stories += [
        replace(s, shown=False) for s in brief.stories if s.id not in told and fresh & set(s.documents)
    ]
    ungrouped = tuple(sid for sid in brief.ungrouped if sid in fresh)
    return replace(brief, items=items, stories=tuple(stories), ungrouped=ungrouped)
