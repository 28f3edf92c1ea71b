"""Subjects of a folder that covers more than one story, and the heading each goes under.

A subject is named by the proper nouns its sources share: places, people, organisations. Those found
in at least two sources become the nodes of a graph, linked by how often two of them share a sentence;
Louvain communities of that graph, joined where they are named together in many sentences, are the
candidate subjects. Besides the largest, a candidate counts only when it is a story of its own (see
STORY_*): sub-plots of one story, such as a suspect's past in a crime story, share its sentences, its
names and its words too much. Sentences join the subject whose names they mention; the others follow
the sentence before them. A heading is the subject's most telling name, as the sources write it.

All of it works on the features' sparse sentence-by-word matrix, restricted to a few hundred words, so
that a folder of 20,000 sentences is divided in well under a tenth of a second.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from citebrief.engine.features import Features
from citebrief.engine.scipy_sparse import sparse

MAX_SECTIONS = 4
MIN_ITEMS_FOR_SECTIONS = 3  # a brief shorter than this is not worth dividing
MIN_SOURCES = 2  # a name, and a subject, must come from at least this many sources
MIN_TERM_ROWS = 2  # sentences a name must appear in
MIN_SUBJECT_ROWS = 3  # readable sentences a subject needs
MIN_SUBJECT_SHARE = 0.05  # of the readable sentences that name any subject
MAX_MIXING = 0.35  # communities naming each other in more of their sentences are one story
# A lesser subject is a story of its own (measured on the multi-document news clusters of Multi-News,
# where these keep all but about one cluster in twenty to a single subject):
STORY_ROWS = 6  # readable sentences naming it
STORY_NAMES = 5  # names of its own
STORY_SOURCES = 3  # sources with a sentence naming it
# Closeness to the rest, at most: the share of its sentences that also name another subject, plus
# the share of its names' co-occurrences that are with other subjects' names, plus the cosine of its
# words with the main story's. Strands of one story mostly score above 1; Libya, talked of inside
# articles on Syria's Idlib, scores 0.8.
STORY_CLOSENESS = 0.85
PROPER_SHARE = 0.6  # share of mid-sentence uses that must be capitalised for a word to count as a name
MAX_TERMS = 300
SAMPLE_USES = 6
HEADING_CHOICES = 5  # names weighed for a heading
HEADING_SAMPLE = 40  # uses of each looked at
_LETTER = re.compile(r"[^\W_]")
_WORD_AT = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W_]*)[ ]$")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])([^\W\d_][^\W_]{0,2})\.[ ]$")
_WORD_AFTER = re.compile(r"[ ]([^\W\d_][^\W_]*)")
_POSSESSIVE = re.compile(r"['’]s$")
ONE_FORM_SHARE = 0.9  # a stem that names things must nearly always be written the same way
# A name is written with its neighbours ("Merrow Dam") when they go together this often (read on the
# val folders' headings: at 0.75, "Paul" for Paul Walker, written in full in 5 of 7 uses, and "Services"
# for the Center for Family Services)
RUN_SHARE = 0.5
# Names are told from other words by their capital letter, which these languages give every noun.
_ALL_NOUNS_CAPITALISED = frozenset({"german"})
# Capitalised in English without naming anything a story is about.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)


@dataclass(frozen=True, slots=True)
class Subjects:
    """The subjects of a folder: a heading each, and every row's subject (-1 when it names none)."""

    headings: tuple[str, ...]
    row_subject: np.ndarray  # int per row
    row_strength: np.ndarray  # float per row: how much of the row's naming points to its subject

    def restricted(self, keep: np.ndarray) -> Subjects:
        """The same subjects for a subset of the rows (the user left some sources out)."""
        return Subjects(self.headings, self.row_subject[keep], self.row_strength[keep])


def _candidate_words(features: Features) -> tuple[sparse.csc_matrix, list[str]]:
    """Rows x words found in enough sentences of enough sources (binary), most frequent first.

    Words are single-word stems, possessives joined to their word ("Libya's" counts as "Libya").
    """
    concepts = features.concepts
    counts = np.bincount(concepts.indices, minlength=concepts.shape[1])
    columns = np.flatnonzero(~features.concept_is_pair & (counts > 0))
    # The most frequent words only: names of a subject large enough to head a section are among them.
    if len(columns) > 3 * MAX_TERMS:
        # Concept columns are numbered in no stable order, so every tie at the cut is kept.
        cut = np.partition(counts[columns], len(columns) - 3 * MAX_TERMS)[len(columns) - 3 * MAX_TERMS]
        columns = columns[counts[columns] >= cut]
    ids: dict[str, int] = {}
    kept: list[int] = []
    word_of: list[int] = []
    for column in columns.tolist():
        name = features.concept_names[column]
        if not name[:1].isalpha():
            continue
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        kept.append(column)
        word_of.append(ids.setdefault(name, len(ids)))
    word_of_column = np.full(concepts.shape[1], -1, dtype=np.int64)
    word_of_column[np.asarray(kept, dtype=np.int64)] = word_of
    found_words = word_of_column[concepts.indices]
    inside = found_words >= 0
    # The concepts' rows stay in order, so the words' matrix is built without sorting anything.
    row_of_entry = np.repeat(np.arange(concepts.shape[0]), np.diff(concepts.indptr))
    indptr = np.zeros(concepts.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of_entry[inside], minlength=concepts.shape[0]), out=indptr[1:])
    words = sparse.csr_matrix(
        (np.ones(int(inside.sum())), found_words[inside], indptr),
        shape=(concepts.shape[0], max(1, len(ids))),
    )
    n_rows = words.shape[0]
    to_source = sparse.csr_matrix(
        (np.ones(n_rows), (np.arange(n_rows), features.source_of_row)),
        shape=(n_rows, max(1, features.source_count)),
    )
    row_counts = np.asarray(words.sum(axis=0)).ravel()
    source_counts = np.asarray(((to_source.T @ words) > 0).sum(axis=0)).ravel()
    found = np.flatnonzero((row_counts >= MIN_TERM_ROWS) & (source_counts >= MIN_SOURCES))
    names = list(ids)
    chosen = np.asarray(
        sorted(found.tolist(), key=lambda w: (-row_counts[w], names[w]))[:MAX_TERMS], dtype=np.int64
    )
    return sparse.csc_matrix(words[:, chosen]), [names[c] for c in chosen.tolist()]


def _surface_forms(features: Features, name: str, rows: np.ndarray) -> tuple[float, str]:
    """How often a stem is capitalised inside a sentence, and how the sources write it as a name.

    The name is the word as written, or the run of capitalised words around it ("Merrow Dam") when
    the sources nearly always write it so. A stem written as several different names ("National",
    "Nations") is ambiguous and is no name at all.
    """
    stem = features.tools.stem
    uses = 0
    words_seen: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    prefix = name[: max(3, len(name) - 1)]
    for row in rows.tolist():
        text = features.rows[row].text
        lowered = text.lower()
        # Stems begin like their words (and lower-casing keeps offsets in these scripts), so looking
        # for the first letters finds every use cheaply.
        at = lowered.find(prefix) if len(lowered) == len(text) else -1
        while at >= 0:
            match = _WORD_AT.match(text, at)
            at = lowered.find(prefix, at + 1)
            if match is None or (match.start() > 0 and _LETTER.match(text, match.start() - 1)):
                continue
            word = _POSSESSIVE.sub("", match.group())
            if stem(word.lower()) != name or not _LETTER.search(text, 0, match.start()):
                continue  # another word, or the sentence's first word, capitalised whatever it is
            uses += 1
            if not word[0].isupper() or word.lower() in _CALENDAR:
                continue
            words_seen[word] += 1
            runs[_capitalised_run(text, match.start(), match.end(), word)] += 1
    capitalised = sum(words_seen.values())
    if uses == 0 or capitalised == 0:
        return 0.0, ""
    word, count = min(words_seen.items(), key=lambda item: (-item[1], item[0]))
    if count < ONE_FORM_SHARE * capitalised:
        return 0.0, ""
    return capitalised / uses, shared_run(runs, word, RUN_SHARE * capitalised)


def shared_run(runs: Counter[str], word: str, enough: float) -> str:
    """The longest part of the runs around ``word`` that holds it and that enough of them share
    ("Barack Obama" in "President Barack Obama" and "Barack Obama"), or the word alone."""
    parts: Counter[str] = Counter()
    for run, count in runs.items():
        words = run.split()
        at = words.index(word) if word in words else -1
        if at < 0:
            continue
        for start in range(at + 1):
            for end in range(at + 1, len(words) + 1):
                parts[" ".join(words[start:end])] += count
    shared = [part for part, count in parts.items() if count >= enough]
    return max(shared, key=lambda part: (len(part.split()), parts[part], part), default=word)


def _capitalised_run(text: str, start: int, end: int, word: str) -> str:
    """The word with up to two capitalised words right before or after it: "Merrow Dam"."""
    run = [word]
    at = start
    while len(run) < 3:
        before = _WORD_BEFORE.search(text, 0, at) or _ABBREVIATION_BEFORE.search(text, 0, at)
        if not before or not before.group(1)[0].isupper() or not _LETTER.search(text, 0, before.start(1)):
            break
        run.insert(0, before.group(0).rstrip())
        at = before.start(1)
    at = end
    while len(run) < 3 and text[at - 2 : at] not in ("'s", "’s"):
        after = _WORD_AFTER.match(text, at)
        if after is None and len(run[-1]) <= 3 and text[at : at + 1] == ".":
            # "Mount St. Helens": a short abbreviation keeps its period and the name goes on.
            after = _WORD_AFTER.match(text, at + 1)
            if after and after.group(1)[0].isupper():
                run[-1] += "."
        if not after or not after.group(1)[0].isupper():
            break
        run.append(after.group(1))
        at = after.end()
    return " ".join(run)


def _local_moving(adjacency: np.ndarray) -> np.ndarray:
    """One Louvain phase: move nodes to the neighbouring community that most raises modularity."""
    n = adjacency.shape[0]
    degree = adjacency.sum(axis=1)
    total = float(degree.sum())
    community = np.arange(n)
    if total <= 0:
        return community
    community_degree = degree.copy()
    for _sweep in range(20):
        moved = False
        for node in range(n):
            own = community[node]
            community_degree[own] -= degree[node]
            links = np.bincount(community, weights=adjacency[node], minlength=n)
            links[own] -= adjacency[node, node]
            gain = links - degree[node] * community_degree / total
            best = int(np.argmax(gain))
            if gain[best] <= gain[own] + 1e-12:
                best = own
            community[node] = best
            community_degree[best] += degree[node]
            moved = moved or best != own
        if not moved:
            break
    _, labels = np.unique(community, return_inverse=True)
    return np.asarray(labels, dtype=np.int64)


def communities(adjacency: np.ndarray) -> np.ndarray:
    """Louvain communities of a small weighted graph (dense symmetric adjacency), deterministic."""
    membership = np.arange(adjacency.shape[0])
    graph = adjacency
    while graph.shape[0] > 1:
        labels = _local_moving(graph)
        groups = int(labels.max()) + 1
        if groups == graph.shape[0]:
            break
        membership = labels[membership]
        merge = np.zeros((graph.shape[0], groups))
        merge[np.arange(graph.shape[0]), labels] = 1.0
        graph = merge.T @ graph @ merge
    return membership


def _no_subjects(n_rows: int) -> Subjects:
    return Subjects((), np.full(n_rows, -1, dtype=np.int64), np.zeros(n_rows))


def find_subjects(features: Features) -> Subjects:
    """The folder's subjects (none when it tells one story); cached with the features."""
    cached = features.memo.get("subjects")
    if isinstance(cached, Subjects):
        return cached
    subjects = _find_subjects(features)
    features.memo["subjects"] = subjects
    return subjects


def _find_subjects(features: Features) -> Subjects:
    n_rows = len(features.rows)
    if (
        features.source_count < MIN_SOURCES
        or n_rows == 0
        or features.tools.language in _ALL_NOUNS_CAPITALISED
    ):
        return _no_subjects(n_rows)
    uses, word_names = _candidate_words(features)
    if len(word_names) < 2:
        return _no_subjects(n_rows)
    names, stems, phrases = _proper_names(features, uses, word_names)
    if len(names) < 2:
        return _no_subjects(n_rows)
    mentions = sparse.csr_matrix(uses[:, names])
    per_row = np.asarray(mentions.sum(axis=1)).ravel()
    # Each sentence lends the same weight whatever the number of names in it.
    spread = sparse.csr_matrix(mentions.multiply((1.0 / np.maximum(per_row - 1.0, 1.0))[:, None]))
    adjacency = np.asarray((mentions.T @ spread).todense())
    np.fill_diagonal(adjacency, 0.0)
    labels = communities(adjacency)
    groups = int(labels.max()) + 1
    membership = sparse.csc_matrix(
        (np.ones(len(labels)), (np.arange(len(labels)), labels)), shape=(len(labels), groups)
    )
    readable = features.readable > 0
    in_readable = sparse.csr_matrix(sparse.csr_matrix(mentions @ membership).multiply(readable[:, None]))
    n_named = max(1, int(np.count_nonzero(in_readable.getnnz(axis=1))))
    sizes = np.asarray((in_readable > 0).sum(axis=0)).ravel()
    large = np.flatnonzero(sizes >= max(MIN_SUBJECT_ROWS, MIN_SUBJECT_SHARE * n_named))
    # From here on only the large communities count, numbered by their place among them.
    hits = np.asarray((mentions @ membership[:, large]).todense())  # rows x communities: names mentioned
    named = (hits > 0) & readable[:, None]
    place = np.full(groups, -1, dtype=np.int64)
    place[large] = np.arange(len(large))
    labels = place[labels]
    subjects = [
        parts
        for parts in _merge_mixed(named)
        if _source_count(features, np.asarray(named[:, parts].any(axis=1))) >= MIN_SOURCES
    ]
    if len(subjects) < 2:
        return _no_subjects(n_rows)
    subjects.sort(key=lambda ms: (-int(named[:, ms].any(axis=1).sum()), min(ms)))
    subjects = [
        parts
        for i, parts in enumerate(subjects)
        if i == 0 or _own_story(features, named, adjacency, labels, subjects, i)
    ]
    if len(subjects) < 2:
        return _no_subjects(n_rows)
    return _assign(features, subjects[:MAX_SECTIONS], hits, labels, mentions, stems, phrases)


def _proper_names(
    features: Features, uses: sparse.csc_matrix, word_names: list[str]
) -> tuple[list[int], list[str], list[str]]:
    """The candidate words written as names (columns of ``uses``), with their stems and phrases."""
    names: list[int] = []
    stems: list[str] = []
    phrases: list[str] = []
    for column, word in enumerate(word_names):
        rows = uses.indices[uses.indptr[column] : uses.indptr[column + 1]][:SAMPLE_USES]
        share, phrase = _surface_forms(features, word, rows)
        if share >= PROPER_SHARE and phrase:
            names.append(column)
            stems.append(word)
            phrases.append(phrase)
    return names, stems, phrases


def _assign(
    features: Features,
    subjects: list[list[int]],
    hits: np.ndarray,
    labels: np.ndarray,
    mentions: sparse.csr_matrix,
    stems: list[str],
    phrases: list[str],
) -> Subjects:
    """Each row's subject (the one its names point to most) and each subject's heading."""
    n_rows = len(features.rows)
    scores = np.stack([hits[:, ms].sum(axis=1) for ms in subjects], axis=1)
    winner = np.argmax(scores, axis=1)
    top = scores[np.arange(n_rows), winner]
    row_subject = _follow_neighbours(np.where(top > 0, winner, -1), features.source_of_row)
    strength = np.where(top > 0, top / np.maximum(scores.sum(axis=1), 1.0), 0.0)
    is_member = [np.isin(labels, ms) for ms in subjects]
    headings = tuple(
        _heading(features, mentions, scores[:, i] > 0, is_member[i], stems, phrases)
        for i in range(len(subjects))
    )
    if len({h.lower() for h in headings}) < len(headings):
        return _no_subjects(n_rows)
    return Subjects(headings, row_subject, strength)


def _own_story(
    features: Features,
    named: np.ndarray,
    adjacency: np.ndarray,
    labels: np.ndarray,
    subjects: list[list[int]],
    index: int,
) -> bool:
    """Whether a lesser subject is a story of its own rather than a strand of the main one.

    It needs several sentences and several names of its own, few sentences that also name another
    subject, names that seldom share a sentence with the others', and words unlike the main story's.
    """
    rows: np.ndarray = np.asarray(named[:, subjects[index]].any(axis=1), dtype=bool)
    members = np.isin(labels, subjects[index])
    others = np.zeros(len(rows), dtype=bool)
    for other, parts in enumerate(subjects):
        if other != index:
            others = others | np.asarray(named[:, parts].any(axis=1), dtype=bool)
    volume = float(adjacency[members].sum())
    conductance = float(adjacency[members][:, ~members].sum()) / max(volume, 1e-9)
    mixing = float((rows & others).sum()) / max(1, int(rows.sum()))
    main: np.ndarray = np.asarray(named[:, subjects[0]].any(axis=1), dtype=bool)
    closeness = mixing + conductance + _cosine(features, rows, main)
    sources = _source_count(features, rows)
    return (
        int(rows.sum()) >= STORY_ROWS
        and int(members.sum()) >= STORY_NAMES
        and sources >= STORY_SOURCES
        and closeness <= STORY_CLOSENESS
    )


def _source_count(features: Features, rows: np.ndarray) -> int:
    return int(np.count_nonzero(np.bincount(features.source_of_row[rows], minlength=1)))


def _cosine(features: Features, a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of the summed TF-IDF vectors of two sets of rows."""
    sums = sparse.csr_matrix(np.stack([a, b]).astype(np.float64)) @ features.vectors
    gram = (sums @ sums.T).toarray()
    norms = float(np.sqrt(gram[0, 0] * gram[1, 1]))
    return float(gram[0, 1]) / norms if norms > 0 else 1.0


def _follow_neighbours(subject: np.ndarray, source_of_row: np.ndarray) -> np.ndarray:
    """Rows that name no subject take the subject of the row before them in their source, else after."""
    result = np.asarray(subject, dtype=np.int64)
    for forwards in (True, False):
        values = result if forwards else result[::-1]
        sources = source_of_row if forwards else source_of_row[::-1]
        boundary = np.ones(len(values), dtype=bool)
        boundary[1:] = sources[1:] != sources[:-1]
        known = (values >= 0) | boundary
        last = np.maximum.accumulate(np.where(known, np.arange(len(values)), 0))
        filled = values[last]
        result = filled if forwards else filled[::-1]
    return result


def _merge_mixed(named: np.ndarray) -> list[list[int]]:
    """Groups of communities that are one story: two that are named together in more than MAX_MIXING
    of the smaller one's sentences are joined, and so on (``named`` is rows x communities)."""
    as_float = named.astype(np.float64)
    together = as_float.T @ as_float
    sizes = np.diag(together)
    joined = together > MAX_MIXING * np.minimum.outer(sizes, sizes)
    return _connected_groups(joined | joined.T)


def _connected_groups(adjacent: np.ndarray) -> list[list[int]]:
    """Connected components of a small undirected graph, each sorted, in order of their first member.

    A handful of communities at most: walking them here spares scipy.sparse.csgraph, whose import pulls
    in scipy.linalg and a second BLAS library (about 90 ms of start-up and 30 MB in the packaged app)."""
    group_of = [-1] * len(adjacent)
    groups: list[list[int]] = []
    for first in range(len(adjacent)):
        if group_of[first] >= 0:
            continue
        group_of[first] = len(groups)
        members, stack = [first], [first]
        while stack:
            for other in np.flatnonzero(adjacent[stack.pop()]).tolist():
                if group_of[other] < 0:
                    group_of[other] = len(groups)
                    members.append(other)
                    stack.append(other)
        groups.append(sorted(members))
    return groups


def _heading(
    features: Features,
    mentions: sparse.csr_matrix,
    rows: np.ndarray,
    members: np.ndarray,
    stems: list[str],
    phrases: list[str],
) -> str:
    """The subject's most telling name as the sources write it: frequent in it, rare elsewhere, and
    always capitalised (a title such as "President" is also written "the president")."""
    inside = np.asarray(mentions[rows].sum(axis=0)).ravel()
    everywhere = np.asarray(mentions.sum(axis=0)).ravel()
    merit = np.where(members, inside * inside / np.maximum(everywhere, 1.0), -1.0)
    top = sorted(np.flatnonzero(members).tolist(), key=lambda i: (-merit[i], phrases[i]))[:HEADING_CHOICES]
    by_name = sparse.csc_matrix(mentions[:, top])

    def named_share(at: int) -> float:
        uses = by_name.indices[by_name.indptr[at] : by_name.indptr[at + 1]][:HEADING_SAMPLE]
        return _surface_forms(features, stems[top[at]], uses)[0]

    best = min(range(len(top)), key=lambda at: (-merit[top[at]] * named_share(at) ** 2, phrases[top[at]]))
    return phrases[top[best]]
