"""Per-corpus sentence features, computed once and reused while the user changes length or sources.

Rows are the body sentences of every source, in corpus order. Everything the selection methods need
(stems, TF-IDF vectors, concepts, positions, readability) is indexed by row.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from citebrief.core.model import Corpus, Sentence, SentenceRole, Source
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.engine.language import WordTools, tokenize, word_tools
from citebrief.engine.readability import display_text, readability

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Row:
    source_index: int
    sentence: Sentence
    position: int  # 0 for the first body sentence of its source
    words: int
    text: str  # what the brief shows: whitespace folded, dateline dropped


@dataclass
class Features:
    corpus: Corpus
    tools: WordTools
    rows: list[Row]
    stems: list[list[str]]
    vectors: sparse.csr_matrix  # rows x vocabulary, L2-normalised TF-IDF of stems
    vocabulary: dict[str, int]
    readable: np.ndarray  # float in [0, 1]: 0 = never show, 1 = a clean, self-contained sentence
    centrality: np.ndarray  # cosine of each row with the folder's centroid
    fingerprints: list[str]  # normalised text, to spot exact repeats cheaply

    @property
    def source_count(self) -> int:
        return len(self.corpus.sources)

    def similarities(self, row: int) -> np.ndarray:
        """Cosine similarity of one row with every row."""
        sims = self.vectors @ self.vectors[row].T
        return np.asarray(sims.todense()).ravel()


def _language(corpus: Corpus, requested: str) -> str:
    if requested != "auto":
        return requested
    counts = Counter(src.language for src in corpus.sources)
    return counts.most_common(1)[0][0] if counts else "english"


def _body_rows(corpus: Corpus) -> list[Row]:
    rows: list[Row] = []
    for s_index, src in enumerate(corpus.sources):
        position = 0
        for sent in src.sentences:
            if sent.role is not SentenceRole.BODY:
                continue
            shown = display_text(sent.text)
            rows.append(Row(s_index, sent, position, len(shown.split()), shown))
            position += 1
    return rows


def build_features(
    corpus: Corpus,
    *,
    language: str = "auto",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Features:
    tools = word_tools(_language(corpus, language))
    rows = _body_rows(corpus)
    report(progress, 0.05, "Reading sentences")
    stems: list[list[str]] = []
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for number, row in enumerate(rows):
        if number % 2000 == 0:
            check(cancel)
            report(progress, 0.05 + 0.35 * number / max(1, len(rows)), "Reading sentences")
        row_stems = tools.content_stems(row.text)
        stems.append(row_stems)
        for stem, count in Counter(row_stems).items():
            indices.append(vocabulary.setdefault(stem, len(vocabulary)))
            data.append(1.0 + math.log(count))
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(rows), max(1, len(vocabulary))),
    )
    doc_freq = np.bincount(matrix.indices, minlength=matrix.shape[1])
    idf = np.log((1 + len(rows)) / (1 + doc_freq)) + 1.0
    matrix = matrix @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    readable = np.asarray([readability(r.text, r.words) for r in rows], dtype=np.float64)
    fingerprints = [" ".join(tokenize(r.text)) for r in rows]
    centroid = np.asarray(matrix.sum(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid)) or 1.0
    centrality = np.asarray(matrix @ (centroid / norm)).ravel()
    report(progress, 0.4, "Comparing sentences")
    return Features(
        corpus=corpus,
        tools=tools,
        rows=rows,
        stems=stems,
        vectors=sparse.csr_matrix(matrix),
        vocabulary=vocabulary,
        readable=readable,
        centrality=centrality,
        fingerprints=fingerprints,
    )


def source_of(features: Features, row: int) -> Source:
    return features.corpus.sources[features.rows[row].source_index]


def fold_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
