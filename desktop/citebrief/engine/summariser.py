"""The engine's entry point: `summarise(corpus, options) -> Brief`."""

from __future__ import annotations

from citebrief.core.errors import TooLargeError, UnknownAlgorithmError
from citebrief.core.model import Brief, BriefItem, BriefOptions, Citation, Corpus
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.core.serial import corpus_refs
from citebrief.engine.assemble import build_items
from citebrief.engine.citebrief_method import rank_and_select
from citebrief.engine.disagreements import with_disagreements
from citebrief.engine.features import Features, build_features, fold_spaces
from citebrief.engine.names import ALGORITHMS, DEFAULT_ALGORITHM, corpus_refusal
from citebrief.engine.selection import fill
from citebrief.engine.stories import Grouping
from citebrief.engine.story_brief import FeaturesFor, kept_grouping_key, story_grouping, summarise_stories
from citebrief.engine.sumy_adapter import rank_with_sumy


def brief_title(corpus: Corpus) -> str:
    if len(corpus.sources) == 1:
        return corpus.sources[0].title
    return counted_title(len(corpus.sources))


def counted_title(count: int) -> str:
    """The title a brief of ``count`` (> 1) sources gets unless the user names it."""
    return f"Brief of {count} sources"


def select_rows(
    features: Features,
    options: BriefOptions,
    *,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Rows of ``features`` chosen by the options' algorithm, within its budget, without repeats."""
    if options.algorithm == DEFAULT_ALGORITHM:
        return rank_and_select(features, options, cancel=cancel)
    ranked = rank_with_sumy(features, options.algorithm, focus=options.focus, cancel=cancel)
    return fill(features, ranked, options)


def check_size(corpus: Corpus, algorithm: str) -> None:
    """Refuse, before any work, articles with more body sentences than ``algorithm`` handles.

    The command line and the window's session call it first; `summarise` itself does not, so a
    benchmark may still measure an algorithm beyond its limit.
    """
    refusal = corpus_refusal(corpus, algorithm)
    if refusal:
        raise TooLargeError(refusal)


def _fallback_item(corpus: Corpus) -> tuple[BriefItem, ...]:
    """The brief is never empty while a source has a sentence, even one that is not body text."""
    for src in corpus.sources:
        for sent in src.sentences:
            cit = Citation(src.id, sent.index, sent.start, sent.end, src.text[sent.start : sent.end])
            return (BriefItem(text=fold_spaces(sent.text), citations=(cit,)),)
    return ()


def _grouping(
    corpus: Corpus, options: BriefOptions, features: Features | None, cancel: CancelToken | None
) -> Grouping | None:
    """The folder's stories (see `story_brief.story_grouping`), kept with the folder's features so
    that moving the length slider does not group the folder again."""
    if features is None or features.corpus is not corpus:
        return story_grouping(corpus, options, cancel=cancel)
    kept: dict[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]], Grouping | None] = (
        features.memo.setdefault("stories", {})
    )
    key = kept_grouping_key(options)
    if key not in kept:
        kept[key] = story_grouping(corpus, options, cancel=cancel)
    return kept[key]


def _story_features(features: Features, options: BriefOptions, cancel: CancelToken | None) -> FeaturesFor:
    """Features of one story's documents, built once and kept with the folder's features."""
    kept: dict[tuple[str, tuple[str, ...]], Features] = features.memo.setdefault("story_features", {})

    def of(sub: Corpus, progress: ProgressCallback | None) -> Features:
        key = (options.language, tuple(src.id for src in sub.sources))
        if key not in kept:
            kept[key] = build_features(sub, language=options.language, progress=progress, cancel=cancel)
        return kept[key]

    return of


def summarise(
    corpus: Corpus,
    options: BriefOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    features: Features | None = None,
) -> Brief:
    """Build one merged, cited brief of ``corpus``.

    Pass ``features`` from an earlier call on the same corpus to skip recomputing them.
    """
    if options.algorithm not in ALGORITHMS:
        known = ", ".join(ALGORITHMS)
        raise UnknownAlgorithmError(f"unknown algorithm {options.algorithm!r}; choose one of {known}")
    grouping = _grouping(corpus, options, features, cancel)
    if grouping is not None:
        return summarise_stories(
            corpus,
            options,
            grouping,
            features_for=_story_features(features, options, cancel) if features is not None else None,
            progress=progress,
            cancel=cancel,
        )
    report(progress, 0.0, "Preparing")
    if features is None or features.corpus is not corpus:
        features = build_features(corpus, language=options.language, progress=progress, cancel=cancel)
    check(cancel)
    report(progress, 0.5, "Choosing sentences")
    rows = select_rows(features, options, cancel=cancel)
    check(cancel)
    report(progress, 0.85, "Citing sources")
    items = build_items(features, rows, options) if rows else _fallback_item(corpus)
    items = with_disagreements(features, items)
    report(progress, 1.0, "Done")
    return Brief(
        title=brief_title(corpus),
        items=items,
        options=options,
        sources=corpus_refs(corpus),
        root=corpus.root,
    )
