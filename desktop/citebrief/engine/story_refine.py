"""A document moves to the story it is most like, once the stories are formed.

Average-link merging decides each document's story when it first joins a group, often through one
neighbour while both were small; the stories it ends with can suit a document better. A document that
is, on average, clearly more like another story's articles than like its own story's moves there (an
interview first paired with another show's article of another story; a report whose links were too weak
to join its story's group while it formed).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.core.progress import CancelToken, check
from citebrief.engine.scipy_sparse import sparse

# A document moves to the other story it is most like, when that story has at least REFINE_MIN_STORY
# documents and its mean cosine to that story's articles is at least REFINE_THRESHOLD and REFINE_MARGIN
# times its mean cosine to the rest of its own story (a document alone has none: 0). Tuned on the tuning
# half of the Multi-News validation clusters (tests/benchmarks/stories.py --tuning; mean adjusted Rand of 10
# folders of 10 clusters, 10 of 50, 4 of 100, and the 125): without the pass 0.955 / 0.909 / 0.921 / 0.905;
# with it 0.955 / 0.911 / 0.926 / 0.910 at 0.12 (0.11: 0.910 / 0.924 / 0.910; 0.13: 0.911 / 0.923 / 0.905),
# the same for margins of 1.0 to 1.5. A story of one or two documents is no target: the mean of one or two
# cosines is chance, and two documents alone, each moving to the other, swapped places round after round;
# with such targets allowed, 0.951 / 0.907 / 0.930 / 0.910.
REFINE_THRESHOLD = 0.12
REFINE_MARGIN = 1.25
REFINE_MIN_STORY = 3
REFINE_ROUNDS = 5  # moves change the stories' means; on the tuning folders one round of moves settled them
BLOCK_ROWS = 512  # documents whose story likeness is computed at once: memory grows with the folder


def refine(group: list[int], matrix: sparse.csr_matrix, cancel: CancelToken | None = None) -> list[int]:
    """``group`` (each document's story id) after the moves of the module doc, rows of ``matrix`` being
    the documents' L2-normalised term vectors. A folder of one story (and strays) is left alone."""
    sizes = Counter(group)
    if sum(n > 1 for n in sizes.values()) < 2:
        return group
    result = list(group)
    for _ in range(REFINE_ROUNDS):
        check(cancel)
        moves = _moves(result, matrix)
        if not moves:
            break
        for k, story in moves.items():
            result[k] = story
    return result


def _moves(group: list[int], matrix: sparse.csr_matrix) -> dict[int, int]:
    """Document -> the story it moves to, all judged on the same stories."""
    ids = sorted(set(group))
    column = {story: i for i, story in enumerate(ids)}
    n = len(group)
    own = np.fromiter((column[g] for g in group), dtype=np.int64, count=n)
    member = sparse.csr_matrix((np.ones(n), (np.arange(n), own)), shape=(n, len(ids)))
    size = np.asarray(member.sum(axis=0)).ravel()
    totals = (matrix.T @ member).tocsc()  # term weights summed over each story's documents
    self_likeness = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()  # 1, or 0 for no terms
    moves: dict[int, int] = {}
    for start in range(0, n, BLOCK_ROWS):
        rows = np.arange(start, min(n, start + BLOCK_ROWS))
        sums = (matrix[rows] @ totals).toarray()  # each document's summed cosines to each story
        at, mine = np.arange(len(rows)), own[rows]
        rest = size[mine] - 1  # the other documents of its own story
        own_mean = np.where(rest > 0, (sums[at, mine] - self_likeness[rows]) / np.maximum(rest, 1), 0.0)
        means = sums / size
        means[at, mine] = -1.0
        best = means.argmax(axis=1)
        value = means[at, best]
        # the story it is most like, when that is an established one (not the best of those that are)
        moving = (value >= REFINE_THRESHOLD) & (value >= REFINE_MARGIN * own_mean) & (value > own_mean)
        moving &= size[best] >= REFINE_MIN_STORY
        for offset in np.flatnonzero(moving).tolist():
            moves[int(rows[offset])] = ids[int(best[offset])]
    return moves
