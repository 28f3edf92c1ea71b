"""Concepts and their weights: content-word stems and pairs of adjacent stems, weighed by how many
sources mention them and how early.

Shared by the ``citebrief`` method's selection and by the choice of the brief's lead.
"""

from __future__ import annotations

import numpy as np

from citebrief.engine.features import Features
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.tuning import TUNING


def per_source_tables(features: Features) -> tuple[sparse.csr_matrix, sparse.csc_matrix]:
    """Sources x concepts: 1 where a source mentions a concept, and its earliest position weight there."""
    cached = features.memo.get("per_source")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    coo = features.concepts.tocoo()
    n_concepts = features.concepts.shape[1]
    order = np.lexsort((coo.row, coo.col, features.source_of_row[coo.row]))
    rows, cols = coo.row[order], coo.col[order]
    sources = features.source_of_row[rows]
    # The first row of each (source, concept) pair is its earliest: rows follow each article's order.
    _, first = np.unique(sources * n_concepts + cols, return_index=True)
    weight = 1.0 / (1.0 + features.positions[rows[first]] / TUNING.position_decay)
    shape = (max(1, features.source_count), n_concepts)
    earliest = sparse.csr_matrix((weight, (sources[first], cols[first])), shape=shape)
    presence = sparse.csr_matrix((np.ones(len(first)), (sources[first], cols[first])), shape=shape)
    result = (presence, sparse.csc_matrix(earliest))
    features.memo["per_source"] = result
    return result


def _spread_and_earliness(features: Features) -> tuple[np.ndarray, np.ndarray]:
    """Per concept: how many sources mention it, and how early (1 = first sentence) at best."""
    cached = features.memo.get("spread_early")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    parent = features.memo.get("subset_of")
    if parent is not None and parent[0].source_count > 1:
        result = _without_sources(*parent)
        features.memo["spread_early"] = result
        return result
    concepts = features.concepts
    n_rows = concepts.shape[0]
    n_sources = max(1, features.source_count)
    if n_sources > 1:
        row_to_source = sparse.csr_matrix(
            (np.ones(n_rows), (np.arange(n_rows), features.source_of_row)), shape=(n_rows, n_sources)
        )
        spread = np.asarray(((row_to_source.T @ concepts) > 0).sum(axis=0), dtype=np.float64).ravel()
    else:
        spread = np.asarray(concepts.sum(axis=0), dtype=np.float64).ravel()
    position_weight = 1.0 / (1.0 + features.positions / TUNING.position_decay)
    early = sparse.csr_matrix(sparse.diags(position_weight) @ concepts).max(axis=0)
    result = (spread, np.asarray(early.todense()).ravel())
    features.memo["spread_early"] = result
    return result


def _without_sources(full: Features, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The full folder's spread and earliness, updated for the sources the user left out.

    Only the concepts whose earliest mention was in a left-out source are looked at again.
    """
    spread, early = _spread_and_earliness(full)
    presence, earliest = per_source_tables(full)
    gone = np.flatnonzero(~kept)
    spread = spread - np.asarray(presence[gone].sum(axis=0)).ravel()
    early = early.copy()
    lost = np.asarray(sparse.csr_matrix(earliest[gone]).max(axis=0).todense()).ravel()
    for concept in np.flatnonzero((lost > 0) & (lost >= early)).tolist():
        lo, hi = earliest.indptr[concept], earliest.indptr[concept + 1]
        holders = earliest.indices[lo:hi]
        values = earliest.data[lo:hi][kept[holders]]
        early[concept] = float(values.max()) if len(values) else 0.0
    return spread, early


def concept_weights(features: Features, focus_stems: frozenset[str]) -> np.ndarray:
    """Weight of every concept: how many sources mention it, how early, and whether it is in focus."""
    n_concepts = features.concepts.shape[1]
    if features.concepts.shape[0] == 0:
        return np.zeros(n_concepts)
    spread, early = _spread_and_earliness(features)
    base = np.where(features.concept_is_pair, TUNING.bigram_weight, TUNING.unigram_weight)
    weights = base * np.power(np.maximum(spread, 2.0), TUNING.spread_exponent) * (0.5 + early)
    focused = np.zeros(n_concepts, dtype=bool)
    if focus_stems:
        focused = np.fromiter(
            (any(part in focus_stems for part in name.split()) for name in features.concept_names),
            dtype=bool,
            count=n_concepts,
        )
    weights[(spread < 2) & ~focused] = 0.0
    weights[focused] *= TUNING.focus_boost
    return np.asarray(weights, dtype=np.float64)
