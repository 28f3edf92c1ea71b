"""Per-corpus sentence features, computed once and reused while the user changes length or sources.

Rows are the body sentences of every source, in corpus order. Everything the selection methods need
(stems, TF-IDF vectors, concepts, positions, readability) is indexed by row and held in numpy/scipy
arrays, so that a folder of thousands of articles is scored with matrix products, not Python loops.
"""

from __future__ import annotations

import itertools
import multiprocessing
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from citebrief.core.model import Corpus, Sentence, SentenceRole, Source
from citebrief.core.progress import CancelToken, ProgressCallback, check, report
from citebrief.engine.dependencies import Dependencies, find_dependencies
from citebrief.engine.fact_signals import Signals
from citebrief.engine.feature_cache import FeatureCache, corpus_key
from citebrief.engine.item_headings import unshown_names
from citebrief.engine.language import WordTools, word_tools
from citebrief.engine.quote_context import quote_middles
from citebrief.engine.readability import display_text, readability_and_opener
from citebrief.engine.scipy_sparse import sparse

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Row:
    source: Source
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
    vectors: sparse.csr_matrix  # rows x vocabulary: L2-normalised TF-IDF of stems
    concepts: sparse.csr_matrix  # rows x concepts: 1 where a row holds a stem or a pair of adjacent stems
    concept_is_pair: np.ndarray  # bool per concept
    concept_names: list[str]
    readable: np.ndarray  # float in [0, 1]: 0 = never show, 1 = a clean, self-contained sentence
    centrality: np.ndarray  # cosine of each row with the folder's centroid
    opener: np.ndarray  # bool: opens with a pronoun or connective that needs the sentence before
    dependencies: Dependencies  # what each row needs before it in a brief (see ``dependencies``)
    fingerprints: list[str]  # normalised text, to spot exact repeats cheaply
    source_of_row: np.ndarray  # int: index into corpus.sources
    positions: np.ndarray  # int: body-sentence position within its source
    words: np.ndarray  # int: words shown
    memo: dict[str, Any] = field(default_factory=dict)  # derived arrays, kept between selections
    signals: dict[int, Signals] = field(default_factory=dict)  # per row, computed when first compared

    @property
    def source_count(self) -> int:
        return len(self.corpus.sources)

    def similarities(self, row: int) -> np.ndarray:
        """Cosine similarity of one row with every row."""
        return np.asarray((self.vectors @ self.vectors[row].T).todense()).ravel()

    def subset(self, excluded: frozenset[str]) -> Features:
        """The same features without the rows of the excluded sources; nothing is recomputed per row."""
        if not excluded:
            return self
        corpus = self.corpus.without(excluded)
        new_index = {src.id: i for i, src in enumerate(corpus.sources)}
        old_to_new = np.array([new_index.get(src.id, -1) for src in self.corpus.sources], dtype=np.int64)
        keep = np.flatnonzero(old_to_new[self.source_of_row] >= 0)
        rows = [self.rows[i] for i in keep]
        vectors = self.vectors[keep]
        return replace(
            self,
            corpus=corpus,
            rows=rows,
            stems=[self.stems[i] for i in keep],
            vectors=vectors,
            concepts=self.concepts[keep],
            readable=self.readable[keep],
            opener=self.opener[keep],
            dependencies=self.dependencies.subset(keep),
            centrality=_centrality(vectors),
            fingerprints=[self.fingerprints[i] for i in keep],
            source_of_row=old_to_new[self.source_of_row[keep]],
            positions=self.positions[keep],
            words=self.words[keep],
            memo=self._subset_memo(old_to_new >= 0, keep),
            signals={},
        )

    def _subset_memo(self, kept_sources: np.ndarray, keep: np.ndarray) -> dict[str, Any]:
        """What a subset can take over from these features instead of computing it again."""
        memo: dict[str, Any] = {"subset_of": (self, kept_sources)}
        subjects = self.memo.get("subjects")
        if subjects is not None:
            memo["subjects"] = subjects.restricted(keep)
        return memo


def _language(corpus: Corpus, requested: str) -> str:
    if requested != "auto":
        return requested
    counts = Counter(src.language for src in corpus.sources)
    return counts.most_common(1)[0][0] if counts else "english"


def _body_sentences(corpus: Corpus) -> Iterator[tuple[Source, Sentence, int]]:
    """Every body sentence with its source and its position among that source's body sentences."""
    for src in corpus.sources:
        position = 0
        for sent in src.sentences:
            if sent.role is SentenceRole.BODY:
                yield src, sent, position
                position += 1


def warm_up(language: str = "english") -> None:
    """Load what building features loads on first use (the stemmer and stop words, the country names
    behind `dependencies`): a program that has time to spare before a folder's features, such as the
    command line while worker processes read the folder, spares the features that wait, and any process
    forked to build them."""
    from citebrief.engine.places import country_words

    word_tools(language)
    country_words()


def _body_rows(corpus: Corpus) -> list[Row]:
    rows: list[Row] = []
    for src, sent, position in _body_sentences(corpus):
        shown = display_text(sent.text)
        rows.append(Row(src, sent, position, len(shown.split()), shown))
    return rows


def _centrality(vectors: sparse.csr_matrix) -> np.ndarray:
    centroid = np.asarray(vectors.sum(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid)) or 1.0
    return np.asarray(vectors @ (centroid / norm)).ravel()


def _csr(indptr: list[int], indices: list[int], columns: int) -> sparse.csr_matrix:
    values = np.ones(len(indices))
    return sparse.csr_matrix(
        (values, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, max(1, columns)),
    )


def _matrices(
    stems: list[list[str]], cancel: CancelToken | None = None
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray, list[str]]:
    """TF-IDF vectors (L2-normalised) and the binary concept matrix, in one pass over the stems."""
    vocabulary: dict[str, int] = {}
    concept_ids: dict[str, int] = {}
    term_rows: list[int] = []
    term_cols: list[int] = []
    concept_ptr = [0]
    concept_cols: list[int] = []
    for number, row_stems in enumerate(stems):
        if number % 2000 == 0:
            check(cancel)
        term_cols.extend([vocabulary.setdefault(w, len(vocabulary)) for w in row_stems])
        term_rows.extend([number] * len(row_stems))
        # In first-use order, not a set's: the columns' order decides the order concept weights are
        # summed in, and a set's order changes from one process to the next (string hashing), which
        # made two sentences of equal score swap places from run to run.
        found = dict.fromkeys(row_stems)
        found.update(dict.fromkeys(map(" ".join, itertools.pairwise(row_stems))))
        concept_cols.extend([concept_ids.setdefault(c, len(concept_ids)) for c in found])
        concept_ptr.append(len(concept_cols))
    shape = (len(stems), max(1, len(vocabulary)))
    coordinates = (np.asarray(term_rows), np.asarray(term_cols))
    counts = sparse.csr_matrix(sparse.coo_matrix((np.ones(len(term_cols)), coordinates), shape=shape))
    counts.data = 1.0 + np.log(counts.data)
    doc_freq = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + len(stems)) / (1 + doc_freq)) + 1.0
    weighted = sparse.csr_matrix(counts @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    vectors = sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)
    concepts = _csr(concept_ptr, concept_cols, len(concept_ids))
    names = list(concept_ids) or [""]  # matrices keep at least one column
    is_pair = np.fromiter((" " in n for n in names), dtype=bool, count=len(names))
    return vectors, concepts, is_pair, names


_Analysis = tuple[list[str], list[list[str]], list[float], list[bool]]
_PARALLEL_ROWS = 4000  # below this, starting processes costs more than it saves


def _analyse(language: str, texts: list[str], words: list[int]) -> _Analysis:
    """Per sentence: normalised text, content stems, readability and whether it leans on its predecessor."""
    tools = word_tools(language)
    fingerprints, stems = [], []
    for text in texts:
        tokens, content = tools.analyse(text)
        stems.append(content)
        fingerprints.append(" ".join(tokens))
    readable, opener = zip(*map(readability_and_opener, texts, words), strict=True) if texts else ((), ())
    return fingerprints, stems, list(readable), list(opener)


def _analyse_all(
    language: str,
    rows: list[Row],
    workers: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> _Analysis:
    texts = [r.text for r in rows]
    words = [r.words for r in rows]
    step = 1000 if workers <= 1 or len(rows) < _PARALLEL_ROWS else -(-len(rows) // (workers * 2))
    chunks = [(texts[i : i + step], words[i : i + step]) for i in range(0, len(texts), step)]
    results: list[_Analysis] = []
    if workers > 1 and len(chunks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit the loaded modules, so they start at once (callers that run threads,
        # such as the window, keep workers at 1: forking a threaded process is unsafe).
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_analyse, language, t, w) for t, w in chunks]
            for number, future in enumerate(futures):
                check(cancel)
                results.append(future.result())
                report(progress, 0.05 + 0.3 * (number + 1) / len(futures), "Reading sentences")
    else:
        for number, (t, w) in enumerate(chunks):
            check(cancel)
            results.append(_analyse(language, t, w))
            report(progress, 0.05 + 0.3 * (number + 1) / len(chunks), "Reading sentences")
    merged: _Analysis = ([], [], [], [])
    for part in results:
        for whole, piece in zip(merged, part, strict=True):
            whole.extend(piece)  # type: ignore[attr-defined]
    return merged


def build_features(
    corpus: Corpus,
    *,
    language: str = "auto",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int = 1,
    cache: FeatureCache | None = None,
) -> Features:
    """Features of every body sentence; ``workers`` > 1 analyses large folders in forked processes.

    With a ``cache``, a folder whose body sentences were seen before gets its features from disk.
    """
    tools = word_tools(_language(corpus, language))
    key = corpus_key(corpus, tools.language) if cache is not None else ""
    stored = _from_cache(corpus, tools, cache, key, progress)
    if stored is not None:
        return stored
    features = _built(corpus, tools, workers, progress, cancel)
    if cache is not None:
        cache.put(key, features)
    return features


def _from_cache(
    corpus: Corpus, tools: WordTools, cache: FeatureCache | None, key: str, progress: ProgressCallback | None
) -> Features | None:
    stored = cache.get(key) if cache is not None else None
    if stored is None:
        return None
    rows = _cached_rows(corpus, stored["texts"], stored["words"])
    if rows is None:
        return None
    report(progress, 0.35, "Comparing sentences")
    return _assemble(
        corpus,
        tools,
        rows,
        (stored["fingerprints"], stored["stems"], stored["readable"], stored["opener"]),
        (stored["vectors"], stored["concepts"], stored["concept_is_pair"], stored["concept_names"]),
        stored["dependencies"],
    )


def _built(
    corpus: Corpus,
    tools: WordTools,
    workers: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> Features:
    rows = _body_rows(corpus)
    report(progress, 0.05, "Reading sentences")
    analysis = _analyse_all(tools.language, rows, workers, progress, cancel)
    check(cancel)
    report(progress, 0.35, "Comparing sentences")
    return _assemble(corpus, tools, rows, analysis, _matrices(analysis[1], cancel))


_Parts = tuple[
    tuple[list[str], list[list[str]], np.ndarray, np.ndarray],
    tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray, list[str]],
    Dependencies,
]


def _parts(corpus: Corpus, language: str) -> _Parts:
    """In a worker process: what `_assemble` makes a corpus's features of, as the feature cache keeps
    them (the rows hold the corpus's sources: the parent has them already)."""
    made = _built(corpus, word_tools(language), 1, None, None)
    return (
        (made.fingerprints, made.stems, made.readable, made.opener),
        (made.vectors, made.concepts, made.concept_is_pair, made.concept_names),
        made.dependencies,
    )


# Of an even share of the rows, the part this process builds itself when others build the rest. It
# also briefs every story, the others' as they come in: it ends about when its own stories and all the
# briefs are done, or when the last story is in and briefed. With F the features' time and S the
# briefs' (0.37 s and 0.15 s for the five shown stories of the speed benchmark's 690 articles, a last
# brief 0.03 s), both end together when it takes (F - S + 0.03) / 2F = 0.34 of the rows: 0.7 of an
# even share of two processes.
_OWN_SHARE = 0.7


class FeaturesSideBySide:
    """`build_features` of several corpora, those not in the ``cache`` built side by side when
    ``workers`` > 1 (for programs that run no threads of their own, as ``workers`` there).

    A folder's shown stories are each too small to split by sentence, but built one after another
    they were two fifths of a cold brief's work after reading the folder, with the other cores idle.
    This process builds the first corpora, forked processes the others, which this one can brief
    (asked for the corpora in order) while the last ones are still being built.
    """

    def __init__(
        self,
        corpora: Sequence[Corpus],
        *,
        language: str = "auto",
        workers: int = 1,
        cache: FeatureCache | None = None,
    ) -> None:
        self._corpora = list(corpora)
        self._tools = [word_tools(_language(sub, language)) for sub in self._corpora]
        self._cache = cache
        self._keys = [self._key(n) for n in range(len(self._corpora))]
        self._made = [
            _from_cache(sub, tools, cache, key, None)
            for sub, tools, key in zip(self._corpora, self._tools, self._keys, strict=True)
        ]
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[int, Future[_Parts]] = {}
        missing = [n for n, features in enumerate(self._made) if features is None]
        if workers > 1 and len(missing) > 1 and "fork" in multiprocessing.get_all_start_methods():
            others = self._others(missing, workers)
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(max_workers=min(workers - 1, len(others)), mp_context=context)
            for n in others:
                self._futures[n] = self._pool.submit(_parts, self._corpora[n], self._tools[n].language)

    def _others(self, missing: list[int], workers: int) -> list[int]:
        """The corpora left to other processes: all but the first ones, which hold about this process's
        share of the rows (`_OWN_SHARE`); a corpus's features cost about as much as its rows."""
        rows = [sum(1 for _ in _body_sentences(self._corpora[n])) for n in missing]
        own, share = 1, _OWN_SHARE * sum(rows) / workers
        while own < len(missing) - 1 and sum(rows[: own + 1]) <= share:
            own += 1
        return missing[own:]

    def _key(self, number: int) -> str:
        if self._cache is None:
            return ""
        return corpus_key(self._corpora[number], self._tools[number].language)

    def __enter__(self) -> FeaturesSideBySide:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the processes (a corpus one of them is building is finished first)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def features(self, number: int) -> Features:
        """The features of ``corpora[number]``: from the cache, a forked process, or built here."""
        made = self._made[number]
        if made is not None:
            return made
        corpus, tools = self._corpora[number], self._tools[number]
        future = self._futures.pop(number, None)
        try:
            parts = future.result() if future is not None else None
        except BrokenProcessPool:  # the process died (the kernel's out-of-memory killer, say)
            parts = None
        if parts is not None:
            analysis, matrices, dependencies = parts
            made = _assemble(corpus, tools, _body_rows(corpus), analysis, matrices, dependencies)
        else:
            made = _built(corpus, tools, 1, None, None)
        if self._cache is not None:
            self._cache.put(self._keys[number], made)
        self._made[number] = made
        return made


def _cached_rows(corpus: Corpus, texts: list[str], words: np.ndarray) -> list[Row] | None:
    """The rows of ``corpus`` with their shown text and word count from the cache (None if they do not
    fit it)."""
    rows: list[Row] = []
    for src, sent, position in _body_sentences(corpus):
        if len(rows) >= len(texts):
            return None
        rows.append(Row(src, sent, position, int(words[len(rows)]), texts[len(rows)]))
    return rows if len(rows) == len(texts) == len(words) else None


def _assemble(
    corpus: Corpus,
    tools: WordTools,
    rows: list[Row],
    analysis: _Analysis | tuple[list[str], list[list[str]], np.ndarray, np.ndarray],
    matrices: tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray, list[str]],
    stored: Dependencies | None = None,
) -> Features:
    """The features from their parts; ``stored`` dependencies (from the cache, found with the
    readability they were found with) are used as they are."""
    fingerprints, stems, readable_list, opener_list = analysis
    vectors, concepts, is_pair, names = matrices
    readable = np.array(readable_list, dtype=np.float64)
    opener = np.asarray(opener_list, dtype=bool)
    centrality = _centrality(vectors)
    source_of_row = np.fromiter(
        (i for i, src in enumerate(corpus.sources) for s in src.sentences if s.role is SentenceRole.BODY),
        dtype=np.int64,
        count=len(rows),
    )
    dependencies = (
        stored
        if stored is not None
        else find_dependencies(
            [r.text for r in rows],
            source_of_row,
            opener,
            readable,
            centrality,
            quote_middles(rows),
            tools.stop_words,
            *unshown_names(corpus),
        )
    )
    readable[dependencies.orphan] = 0.0  # it leans on a sentence that is not there
    return Features(
        corpus=corpus,
        tools=tools,
        rows=rows,
        stems=stems,
        vectors=vectors,
        concepts=concepts,
        concept_is_pair=is_pair,
        concept_names=names,
        readable=readable,
        opener=opener,
        dependencies=dependencies,
        centrality=centrality,
        fingerprints=fingerprints,
        source_of_row=source_of_row,
        positions=np.fromiter((r.position for r in rows), dtype=np.int64, count=len(rows)),
        words=np.fromiter((r.words for r in rows), dtype=np.int64, count=len(rows)),
    )


def fold_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
