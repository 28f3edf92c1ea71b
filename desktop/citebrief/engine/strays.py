"""Sentences that stray from the folder's story inside an on-story article: trivia or background about
another event ("The team was founded in 1903", another disaster in a climbing report), and an
article's own aside on something else ("Millis is a bedroom community of 8,000 people", another
missing-person case, a dictionary's definition quoted in jest).

A stray is far from the folder's centroid, most of its content words appear in no other sentence of
the folder, and it names nothing the brief's lead names. An aside is told by one article only: its
words are far from what the folder's other articles say, and most of them appear in no other article.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from citebrief.engine.features import Features
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.tuning import TUNING

# A capitalised word that is not the first of its sentence: most often part of a name.
_NAME_WORD = re.compile(r"(?<=[\s\"“(])([A-Z][\w'’-]+)")


def _names(text: str) -> set[str]:
    return {word.lower() for word in _NAME_WORD.findall(text)}


def strays(features: Features, lead: int) -> list[int]:
    """Rows far from the folder's centroid whose content words are mostly found in no other row, and
    that share no name with ``lead``."""
    rows_with: Counter[str] = Counter()
    for row_stems in features.stems:
        rows_with.update(set(row_stems))
    floor = TUNING.stray_centrality * float(features.centrality.max(initial=0.0))
    lead_names = _names(features.rows[lead].text) | set(features.stems[lead])
    found: list[int] = []
    for row in np.flatnonzero(features.centrality < floor).tolist():
        stems = set(features.stems[row])
        if row == lead or len(stems) < TUNING.covered_min_stems:
            continue
        shared = sum(rows_with[stem] > 1 for stem in stems)
        if shared >= TUNING.stray_shared_share * len(stems):
            continue
        if _names(features.rows[row].text) & lead_names:
            continue
        found.append(row)
    return found


def asides(features: Features, on_story: np.ndarray, lead: int) -> list[int]:
    """Rows of the folder's story articles (``on_story``, per source) that only their own article
    tells: their closeness to the other story articles' readable sentences is under
    ``TUNING.aside_closeness`` of the best row's and under ``TUNING.aside_article_share`` of their own
    article's median, and fewer than ``TUNING.stray_shared_share`` of their
    content words appear in any other story article. Needs ``TUNING.aside_min_articles`` story articles
    with readable sentences: one article alone has no others to agree with, and one other article may
    tell the story from another side."""
    closeness = _closeness_to_other_articles(features, on_story)
    if closeness is None:
        return []
    articles_with: Counter[str] = Counter()
    for source in np.flatnonzero(on_story).tolist():
        words: set[str] = set()
        for row in np.flatnonzero(features.source_of_row == source).tolist():
            words.update(features.stems[row])
        articles_with.update(words)
    floor = TUNING.aside_closeness * float(closeness.max(initial=0.0))
    # An aside stands apart from its own article too: most of an article's lines may share little with
    # the others (a long feature beside two short reports) and still tell the story.
    typical = _typical_per_article(features, closeness)[features.source_of_row]
    apart = (closeness < floor) & (closeness < TUNING.aside_article_share * typical)
    found: set[int] = set()
    for row in np.flatnonzero(apart & on_story[features.source_of_row]).tolist():
        stems = set(features.stems[row])
        if row == lead or not stems:
            continue
        # Every stem is in the row's own article: another article has it when two articles do.
        if sum(articles_with[stem] > 1 for stem in stems) < TUNING.stray_shared_share * len(stems):
            found.add(row)
    return sorted(found - _needed_by_the_story(features, found))


def _needed_by_the_story(features: Features, asides: set[int]) -> set[int]:
    """Of ``asides``, those a line outside them depends on: a line that introduces the person the
    article goes on to quote ("said Steve Hansen, a geoscientist") or that the next line leans on is
    part of the article's thread, whatever its own words; leaving it out would leave out every line
    that needs it. A line only other asides need (a second story's opening) stays an aside."""
    dependencies = features.dependencies
    needed: set[int] = set()
    for row in range(len(features.rows)):
        if row in asides or features.readable[row] <= 0:
            continue
        needed.update(dependencies.direct(row))
    return needed & asides


def _typical_per_article(features: Features, closeness: np.ndarray) -> np.ndarray:
    """Per source, the median closeness of its readable rows (0 for a source without any)."""
    typical = np.zeros(features.source_count)
    readable = features.readable > 0
    for source in np.unique(features.source_of_row[readable]).tolist():
        typical[source] = float(np.median(closeness[readable & (features.source_of_row == source)]))
    return typical


def _closeness_to_other_articles(features: Features, on_story: np.ndarray) -> np.ndarray | None:
    """Per row, the cosine between it and the summed readable sentences of the other story articles;
    None when fewer than ``TUNING.aside_min_articles`` story articles have two readable sentences."""
    count = features.source_count
    shown = (features.readable > 0) & on_story[features.source_of_row]
    members = sparse.csr_matrix(
        (shown.astype(np.float64), (features.source_of_row, np.arange(len(features.rows)))),
        shape=(count, len(features.rows)),
    )
    totals = sparse.csr_matrix(members @ features.vectors)
    own = np.asarray(totals.multiply(totals).sum(axis=1)).ravel()
    # One readable line is no thread to agree with (a page of a caption and site text).
    lines = np.bincount(features.source_of_row[shown], minlength=count)
    if int(((own > 0) & (lines >= 2)).sum()) < TUNING.aside_min_articles:
        return None
    folder = np.asarray(totals.sum(axis=0)).ravel()
    # |folder - own article|, per article, without a dense articles-by-words table.
    rest_squared = float(folder @ folder) - 2.0 * (totals @ folder) + own
    rest_norms = np.sqrt(np.maximum(rest_squared, 0.0))
    source = features.source_of_row
    with_folder = features.vectors @ folder
    with_own = np.asarray(features.vectors.multiply(totals[source]).sum(axis=1)).ravel()
    norms = rest_norms[source]
    return np.where(norms > 0, (with_folder - with_own) / np.maximum(norms, 1e-12), 0.0)  # type: ignore[no-any-return]
