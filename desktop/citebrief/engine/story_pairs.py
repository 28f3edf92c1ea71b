"""A document left alone joins the document it is nearest to, when that one is nearest to it too.

Two articles of one story told from two sides (members of Congress on airport knives, and victims'
families on the same rule) may share too few words to be linked as a story: each is left alone. In a
folder of many articles, two documents that are each other's nearest of all, clearly nearer each other
than the lone one is to any other story, tell one story all the same.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.core.progress import CancelToken, check
from citebrief.engine.scipy_sparse import sparse

# A document alone joins the story of its nearest document when each is the other's nearest, their
# cosine is at least PAIR_THRESHOLD, and PAIR_MARGIN times the lone document's best cosine to any other
# story's documents. Tuned on the tuning half of the Multi-News validation clusters
# (tests/benchmarks/stories.py --tuning, and more seeded folders of its tuning clusters): adjusted Rand
# of the 125-cluster folder / mean of 10 draws of 10 / of 50 / of 4 folders of 100 / of 10 more of 50 /
# of 10 of 25: without the pass 0.913 / 0.970 / 0.912 / 0.899 / 0.908 / 0.913; with it 0.917 / 0.970 /
# 0.912 / 0.903 / 0.909 / 0.913 (of the 35 folders 9 gained, one of 50 lost 0.003). Thresholds 0.08
# and 0.10 gave 0.919 on the 125 but cost two folders of 50 0.005 each; 0.14 0.913 / 0.899 on the 125
# and the folders of 100. Margins 1.0 and 1.1 gave 0.898 on the folders of 100, 1.2 0.901, 1.5 and 2.0
# 0.915 on the 125. Without the mutual nearness (the lone document's nearest alone): 0.910 / 0.970 /
# 0.899 / 0.894 / 0.904 / 0.913.
PAIR_THRESHOLD = 0.12
PAIR_MARGIN = 1.3
# ... in folders of this many articles or more (as `stories.SPLIT_MIN_FOLDER`): among a few dozen
# articles a lone document's nearest is too often the best of little. 40 gave the figures above too;
# with the pass in every folder, a folder of 10 clusters (28 articles) paired two stories' documents
# (10 draws of 10: 0.969).
PAIR_MIN_FOLDER = 80
BLOCK_ROWS = 256  # documents whose cosines to the folder are computed at once: memory grows with the folder


def pair_alone(group: list[int], matrix: sparse.csr_matrix, cancel: CancelToken | None = None) -> list[int]:
    """``group`` (each document's story id, rows of ``matrix`` being the documents' L2-normalised term
    vectors) after each lone document joins its nearest document's story, as the module doc says. A
    folder of one story (and strays) is left alone."""
    sizes = Counter(group)
    if len(group) < PAIR_MIN_FOLDER or sum(n > 1 for n in sizes.values()) < 2:
        return group
    alone = np.asarray([k for k, g in enumerate(group) if sizes[g] == 1], dtype=np.int64)
    if not len(alone):
        return group
    story = np.asarray(group)
    nearest, likeness, elsewhere = _nearest(alone, matrix, story, cancel)
    partners = np.unique(nearest)
    partner_nearest = dict(
        zip(partners.tolist(), _nearest(partners, matrix, story, cancel)[0].tolist(), strict=True)
    )
    result = list(group)
    for k, j, sim, other in zip(
        alone.tolist(), nearest.tolist(), likeness.tolist(), elsewhere.tolist(), strict=True
    ):
        if partner_nearest[j] == k and sim >= PAIR_THRESHOLD and sim >= PAIR_MARGIN * other:
            # two lone documents take the same story id, whichever of them is judged first
            result[k] = result[j] = min(group[k], group[j]) if sizes[group[j]] == 1 else group[j]
    return result


def _nearest(
    rows: np.ndarray, matrix: sparse.csr_matrix, story: np.ndarray, cancel: CancelToken | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each of ``rows``: its nearest other document, their cosine, and the row's best cosine to the
    documents of every story but that document's (itself left out)."""
    transposed = matrix.T.tocsc()
    nearest, likeness, elsewhere = [], [], []
    for start in range(0, len(rows), BLOCK_ROWS):
        check(cancel)
        block = rows[start : start + BLOCK_ROWS]
        sims = (matrix[block] @ transposed).toarray()
        at = np.arange(len(block))
        sims[at, block] = -1.0
        best = sims.argmax(axis=1)
        nearest.append(best)
        likeness.append(sims[at, best])
        elsewhere.append(np.where(story[None, :] != story[best][:, None], sims, -1.0).max(axis=1))
    return np.concatenate(nearest), np.concatenate(likeness), np.concatenate(elsewhere)
