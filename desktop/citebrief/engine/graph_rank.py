"""LexRank and TextRank as sparse-matrix computations: sumy's formulas, without its quadratic Python loops.

sumy fills an n-by-n similarity matrix one pair at a time in Python, so a folder of 20,000 sentences
would take hours. The same quantities come out of sparse products here (in row blocks, to bound
memory), and the same power iterations rank the sentences; on small inputs the ranking equals sumy's
(tested).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.core.progress import CancelToken, check
from citebrief.engine.features import Features
from citebrief.engine.language import tokenize
from citebrief.engine.scipy_sparse import sparse

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
_BLOCK = 512  # rows a product step handles: bounds memory and the wait for Cancel
LARGE_GRAPH = 5000
TEXTRANK_LINKS = 100
_MAX_ITERATIONS = 1000


def _sumy_words(features: Features) -> list[list[str]]:
    """Each sentence's words as sumy's LexRank and TextRank see them: stems, stop words removed."""
    stops, stem = features.tools.stop_words, features.tools.stem
    return [[stem(w) for w in tokenize(row.text) if w not in stops] for row in features.rows]


def _count_matrix(words: list[list[str]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows, cols, data = [], [], []
    for number, sentence in enumerate(words):
        for term, count in Counter(sentence).items():
            rows.append(number)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(float(count))
    shape = (len(words), max(1, len(vocabulary)))
    return sparse.csr_matrix((data, (rows, cols)), shape=shape)


def _strongest(block: sparse.csr_matrix, count: int) -> sparse.csr_matrix:
    """Keep each row's ``count`` largest entries (ties may keep a few more)."""
    for row in range(block.shape[0]):
        lo, hi = block.indptr[row], block.indptr[row + 1]
        if hi - lo > count:
            values = block.data[lo:hi]
            cut = np.partition(values, hi - lo - count)[hi - lo - count]
            values[values < cut] = 0.0
    block.eliminate_zeros()
    return block


def _blocked_product(
    left: sparse.csr_matrix, cancel: CancelToken | None, keep: float | None = None, strongest: int = 0
) -> sparse.csr_matrix:
    """``left @ left.T`` a block of rows at a time: entries not above ``keep`` are dropped, and with
    ``strongest`` only that many largest entries of each row are kept."""
    right = sparse.csr_matrix(left.T)
    blocks = []
    for start in range(0, left.shape[0], _BLOCK):
        check(cancel)
        block = sparse.csr_matrix(left[start : start + _BLOCK] @ right)
        if keep is not None:
            block.data[block.data <= keep] = 0.0
            block.eliminate_zeros()
        if strongest:
            block = _strongest(block, strongest)
        blocks.append(block)
    check(cancel)
    return sparse.csr_matrix(sparse.vstack(blocks)) if blocks else sparse.csr_matrix(left.shape)


def lexrank_scores(features: Features, *, cancel: CancelToken | None = None) -> np.ndarray:
    counts = _count_matrix(_sumy_words(features))
    n = counts.shape[0]
    if n == 0:
        return np.zeros(0)
    row_max = np.asarray(counts.max(axis=1).todense()).ravel()
    row_max[row_max == 0] = 1.0
    tf = sparse.csr_matrix(sparse.diags(1.0 / row_max) @ counts)
    doc_freq = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + doc_freq))
    weighted = sparse.csr_matrix(tf @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    safe = np.where(norms > 0, norms, 1.0)
    unit = sparse.csr_matrix(sparse.diags(1.0 / safe) @ weighted)
    adjacency = _blocked_product(unit, cancel, keep=LEXRANK_THRESHOLD)
    # A folder of near-copies gives a dense graph, where each whole-matrix step takes a while.
    check(cancel)
    adjacency.data[:] = 1.0
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1.0
    # The transition matrix is adjacency / degree by row; its transpose times p is adjacency.T times
    # p / degree, and adjacency.T is a view, so no n x n matrix is copied.
    backward = adjacency.T
    p = np.full(n, 1.0 / n)
    for _ in range(_MAX_ITERATIONS):
        check(cancel)
        nxt = backward @ (p / degrees)
        nxt /= np.linalg.norm(nxt) or 1.0
        done = np.linalg.norm(nxt - p) <= LEXRANK_EPSILON
        p = nxt
        if done:
            break
    return np.asarray(p)


def textrank_scores(features: Features, *, cancel: CancelToken | None = None) -> np.ndarray:
    words = _sumy_words(features)
    counts = _count_matrix(words)
    n = counts.shape[0]
    if n == 0:
        return np.zeros(0)
    # sumy's exact graph up to LARGE_GRAPH sentences; above that each sentence keeps its strongest
    # links only, so memory stays bounded (the ranking is then an approximation of sumy's).
    strongest = TEXTRANK_LINKS if n > LARGE_GRAPH else 0
    shared = sparse.coo_matrix(_blocked_product(counts, cancel, strongest=strongest))
    check(cancel)
    lengths = np.array([len(w) for w in words], dtype=np.float64)
    log_len = np.log(np.where(lengths > 0, lengths, 1.0))
    norm = log_len[shared.row] + log_len[shared.col]
    values = np.where(np.isclose(norm, 0.0), shared.data, shared.data / np.where(norm == 0, 1.0, norm))
    weights = sparse.csr_matrix((values, (shared.row, shared.col)), shape=(n, n))
    check(cancel)
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights_t = sparse.csr_matrix((sparse.diags(1.0 / row_sums) @ weights).T)
    p = np.full(n, 1.0 / n)
    for _ in range(_MAX_ITERATIONS):
        check(cancel)
        nxt = (1.0 - TEXTRANK_DAMPING) / n * p.sum() + TEXTRANK_DAMPING * (weights_t @ p)
        done = np.linalg.norm(nxt - p) <= TEXTRANK_EPSILON
        p = nxt
        if done:
            break
    return np.asarray(p)
