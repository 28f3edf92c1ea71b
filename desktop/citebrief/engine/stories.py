"""The stories of a folder: which documents tell the same story, before any sentence is chosen.

People keep one folder for many stories (a week of saved articles, a download of search results). A
brief of such a folder is a list of story sections, each briefed by the one-story pipeline
(`citebrief.engine.story_brief`); inside a story, `sections` still divides its sub-topics.

API (what the window, the command line and the exports rely on):

- ``group_stories(corpus, *, moves=()) -> Grouping``. ``Grouping.stories`` are `core.model.Story`
  records in the brief's order: most sources first, then the most recent (where dates are known), then
  the folder's order. ``Grouping.ungrouped`` are the source ids of documents in no story ("Not
  grouped"): pages with no article in them (see `is_article`). A folder of one story gives one `Story`.
- ``moves`` are the user's own assignments, ``(source id, story id)`` pairs, normally
  `BriefOptions.story_moves` (saved in the ``.citebrief`` file with the options). They are applied
  after the automatic grouping: the document leaves its story and joins the named one; a story id the
  grouping does not know starts a new story (``new_story_id(source_id)`` names one for "move to a new
  story"); `core.model.UNGROUPED` ("") puts it under "Not grouped". A story left with no document
  disappears. Moves naming a source the folder does not hold are ignored.
- ``story_id(source_id)``: a story's id is derived from its first document (in the folder's order) as
  the automatic grouping found it, so the same folder gives the same ids and a saved move still points
  at its story after a rebuild.
- A `Brief` on several stories carries ``brief.stories`` (shown ones first, then those the length had
  no room for, ``shown=False``: "Also in this folder") and ``brief.ungrouped``; each `BriefItem` has
  its ``story`` id. A brief on one story has neither and is exactly the brief of the folder.

How documents are grouped: each article becomes a sparse TF-IDF vector of its most distinctive terms,
stems and pairs of content words in a row (`story_terms`), where a name (a word capitalised inside a
sentence) counts 1.5 times; each is linked to its nearest neighbours through a sparse product computed
a block of rows at a time (memory grows with the number of documents, never with its square);
documents with known dates far apart are linked more weakly; average-link agglomeration over those
links merges groups while they are, on average, alike enough; in a folder of many articles a large group
is then linked again, more strictly, inside, and split when that finds two dense cores; a document far
less like its story than the rest is then a story of its own, and one clearly more like another story
moves there (`story_refine`); in a folder of many articles, two documents left alone, each the
other's nearest, are one story (`story_pairs`). Exact copies of one text are grouped once and follow
it. A short report, too short to be grouped by its words, joins the one story whose own names it
shares (`story_join`).
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from citebrief.core.model import UNGROUPED, Corpus, Source, Story
from citebrief.core.progress import CancelToken, check
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.story_cache import AutoGrouping, StoryCache, grouping_key
from citebrief.engine.story_join import joining, own_names
from citebrief.engine.story_pages import SITE_PAGE_COPIES, is_article
from citebrief.engine.story_pairs import pair_alone
from citebrief.engine.story_refine import refine
from citebrief.engine.story_terms import Analysis, AnalysisMemo, analyse, heading

TERMS_PER_DOCUMENT = 80  # the most distinctive stems that stand for a document
NAME_WEIGHT = 1.5  # a shared name says more about a shared story than a shared common word
NEIGHBOURS = 12  # links kept per document
BLOCK_ROWS = 512  # rows of the similarity product computed at once
# Pseudo-documents added to the folder for the inverse document frequency: in a folder of three
# articles on one story every word they share would otherwise weigh nothing.
IDF_PRIOR = 20
# Average cosine at which two groups are one story. Tuned on folders of 10, 50 and 125 clusters of the
# tuning half of the Multi-News validation clusters (tests/benchmarks/stories.py --tuning): 0.12 to
# 0.16 give adjusted Rand 0.83 to 0.85 on 125 clusters, 0.14 the best; IDF_PRIOR 0 splits 78 of the
# 125 clusters alone, 20 none; NAME_WEIGHT 1.5 beat 1, 2 and 4; TERMS_PER_DOCUMENT 80 beat 40 and 150.
LINK_THRESHOLD = 0.14
# A group that can hold two cores of SPLIT_MIN_CORE documents is linked again inside at SPLIT_THRESHOLD;
# it splits when that finds two or more such cores (separate stories that share a country's names: four
# North Korea stories were one group; two Supreme Court nominations a year apart, two articles each,
# were another). Tuned on the same tuning folders: adjusted Rand on 125 clusters 0.853 without the
# pass; threshold 0.25 and 0.28 give 0.876, 0.22 0.863, 0.30 0.859, 0.35 0.853; cores of 3 give 0.869.
# Groups of 6 or more only (as first tuned) gave 0.889 on 125 clusters and 0.905 mean of 10 draws of
# 50, every group that can hold two cores 0.895 and 0.908. A folder whose documents form one group is
# not split: with the pass there, 3 of the 250 clusters, each grouped alone, became two stories.
SPLIT_MIN_CORE = 2
SPLIT_MIN_SIZE = 2 * SPLIT_MIN_CORE
SPLIT_THRESHOLD = 0.25
# ... and only in a folder of SPLIT_MIN_FOLDER articles or more. Two stories told in the same names are
# the large folder's trouble (more stories, more of them on one subject); in a small one, a group's two
# cores were mostly one story's two sides (a judge's critics and his jurors, a memo's news and its
# commentary). Read on the tuning half (`--tuning`, every split of the pass): of 13 groups split in
# folders of 20 to 73 articles, 2 were two stories (a third half so); in folders of 115 articles and more
# almost every split parted two stories, but for a round-up of several talk shows that the data counts as
# one story. Adjusted Rand with the pass held back under 80 articles: 10 draws of 10 clusters 0.955 ->
# 0.970, 20 more of 10 0.901 -> 0.912, 10 of 25 0.899 -> 0.927; folders of 50 clusters and more (115
# articles and more) unchanged (125 clusters 0.913, 10 draws of 50 0.912, 4 folders of 100 0.930). Any
# number from 74 to 114 gives the same figures on those folders.
SPLIT_MIN_FOLDER = 80
# Documents dated further apart than this are linked at DATE_FACTOR of their likeness.
DATE_WINDOW_DAYS = 21
DATE_FACTOR = 0.5
MAX_STRAYS = 1
# A document whose mean cosine to the rest of its group is under the link threshold would not have
# joined the group as it ended (average link): it came in through one neighbour while the group was
# small. Such documents are stories of their own. On the tuning folders: adjusted Rand on 125 clusters
# 0.895 to 0.905 (0.16: 0.880, 0.18: 0.872; 0.12 and below changed nothing), mean of 10 draws of 50
# 0.908 to 0.909. Groups of two are left alone: their one link is their whole likeness. A little above
# the link threshold, as average link's last merges into a large group sit just over it: a profile of
# Kellyanne Conway (mean 0.149) had joined six articles on an FBI memo. Tuning half (`--tuning --draws
# 10`, and more seeded folders), 0.14 -> 0.15: 125 clusters 0.913 -> 0.913, 10 draws of 10 0.955 ->
# 0.955, of 50 0.911 -> 0.912, 4 folders of 100 0.923 -> 0.930, 10 more of 50 0.907 -> 0.909, 20 more of
# 10 0.898 -> 0.901; 0.145 and 0.155 gave about the same, 0.16 0.904 on the 125.
EJECT_MIN_SIZE = 3
EJECT_THRESHOLD = 0.15


@dataclass(frozen=True, slots=True)
class Grouping:
    stories: tuple[Story, ...]
    ungrouped: tuple[str, ...]

    def story_of(self) -> dict[str, str]:
        """Source id -> story id (ungrouped documents map to `UNGROUPED`)."""
        mapping = {sid: story.id for story in self.stories for sid in story.documents}
        mapping.update(dict.fromkeys(self.ungrouped, UNGROUPED))
        return mapping


def story_id(source_id: str) -> str:
    return "story-" + hashlib.sha1(source_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def new_story_id(source_id: str) -> str:
    """The id of a story the user starts by moving ``source_id`` out of its own."""
    return story_id("\0new\0" + source_id)


def _vectors(
    docs: Sequence[Source], cancel: CancelToken | None = None, memo: AnalysisMemo | None = None
) -> tuple[sparse.csr_matrix, list[Analysis]]:
    """L2-normalised TF-IDF rows of each document's most distinctive stems, and each one's analysis."""
    analysed = []
    for doc in docs:
        check(cancel)
        analysed.append(memo.analyse(doc) if memo is not None else analyse(doc))
    df: Counter[str] = Counter()
    for one in analysed:
        df.update(one.counts.keys())
    n = len(docs) + IDF_PRIOR
    # a word of one document links it to nothing: it has no weight
    idf = {stem: math.log(n / count) for stem, count in df.items() if count >= 2}
    tf = _TermFrequency()
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for one in analysed:
        names, counts = one.names, one.counts
        # (-weight, stem): ascending order is the heaviest first, ties by stem. Only terms another
        # document shares have a weight; most (pairs above all) are the document's own, so the shared
        # ones are found first, as a set (the order is the sort's). A comprehension and a sort of the
        # whole list cost two thirds of a loop and `heapq.nsmallest` (the same terms: no two are equal).
        ranked = [
            (-(tf[counts[stem]] * idf[stem] * (NAME_WEIGHT if stem in names else 1.0)), stem)
            for stem in counts.keys() & idf.keys()
        ]
        ranked.sort()
        top = ranked[:TERMS_PER_DOCUMENT]
        norm = math.sqrt(sum(w * w for w, _ in top)) or 1.0
        for weight, stem in sorted(top, key=lambda pair: pair[1]):
            indices.append(vocab.setdefault(stem, len(vocab)))
            data.append(-weight / norm)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(docs), max(1, len(vocab))),
    )
    return matrix, analysed


class _TermFrequency(dict[int, float]):
    """1 + log(uses), by uses, worked out once: the same few counts recur in every document."""

    def __missing__(self, count: int) -> float:
        value = self[count] = 1.0 + math.log(count)
        return value


def _date_of(source: Source) -> np.datetime64 | None:
    """The document's own date (ISO), or None when it has none or one we cannot read.

    A file's time is no evidence of which story a document tells (a copied folder has one time for all),
    so stories read only the date the article gives (`Source.own_date`)."""
    try:
        day = np.datetime64(source.own_date.strip()[:10], "D")
    except ValueError:
        return None
    return None if np.isnat(day) else day


def _links(
    matrix: sparse.csr_matrix, dates: list[np.datetime64 | None], cancel: CancelToken | None = None
) -> list[tuple[int, int, float]]:
    """Each document's strongest links (i < j), a block of rows at a time."""
    links: dict[tuple[int, int], float] = {}
    transposed = matrix.T.tocsc()
    for start in range(0, matrix.shape[0], BLOCK_ROWS):
        check(cancel)
        block = (matrix[start : start + BLOCK_ROWS] @ transposed).tocsr()
        for offset in range(block.shape[0]):
            row = start + offset
            lo, hi = block.indptr[offset], block.indptr[offset + 1]
            cols, sims = block.indices[lo:hi], block.data[lo:hi]
            if len(cols) > NEIGHBOURS + 1:
                best = np.argpartition(-sims, NEIGHBOURS)[: NEIGHBOURS + 1]
                cols, sims = cols[best], sims[best]
            for col, sim in zip(cols.tolist(), sims.tolist(), strict=True):
                if col == row:
                    continue
                a, b = dates[row], dates[col]
                if a is not None and b is not None and abs(int((a - b).astype(int))) > DATE_WINDOW_DAYS:
                    sim *= DATE_FACTOR
                key = (min(row, col), max(row, col))
                links[key] = max(links.get(key, 0.0), sim)
    return [(a, b, s) for (a, b), s in sorted(links.items())]


def _average_link(
    n: int, links: Iterable[tuple[int, int, float]], threshold: float, cancel: CancelToken | None = None
) -> list[int]:
    """Average-link agglomeration over sparse links: the group of each document (missing links are 0)."""
    weight: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for a, b, sim in links:
        weight[a][b] += sim
        weight[b][a] += sim
    size = [1] * n
    alive = [True] * n
    members: list[list[int]] = [[i] for i in range(n)]
    heap = [(-sim, a, b) for a, b, sim in links]
    heapq.heapify(heap)
    steps = 0
    while heap:
        steps += 1
        if steps % 1024 == 0:
            check(cancel)
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = weight[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:
            continue  # a stale entry; the current one is in the heap too
        if current < threshold:
            break
        # b joins a
        alive[b] = False
        members[a].extend(members[b])
        members[b] = []
        size[a] += size[b]
        for other, w in weight[b].items():
            if other == a or not alive[other]:
                continue
            weight[a][other] += w
            weight[other][a] = weight[a][other]
            weight[other].pop(b, None)
        weight[a].pop(b, None)
        weight[b] = {}
        for other, w in weight[a].items():
            heapq.heappush(heap, (-w / (size[a] * size[other]), min(a, other), max(a, other)))
    group = [0] * n
    for root in range(n):
        for member in members[root]:
            group[member] = root
    return group


def _split_cores(
    group: list[int], links: Sequence[tuple[int, int, float]], cancel: CancelToken | None = None
) -> list[int]:
    """Large groups linked again at `SPLIT_THRESHOLD`: a group holding two dense cores (two stories
    sharing a country's names) becomes two, when each core has `SPLIT_MIN_CORE` documents or more, in
    a folder of `SPLIT_MIN_FOLDER` articles or more."""
    sizes = Counter(group)
    if sum(n > 1 for n in sizes.values()) < 2:
        return group  # a folder of one story (and strays) stays one story
    if len(group) < SPLIT_MIN_FOLDER:
        return group  # a small folder's two cores are mostly one story's two sides
    inner: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for a, b, sim in links:
        if group[a] == group[b] and sizes[group[a]] >= SPLIT_MIN_SIZE:
            inner[group[a]].append((a, b, sim))
    result = list(group)
    for own in inner.values():
        members = sorted({k for a, b, _ in own for k in (a, b)})
        local = {k: i for i, k in enumerate(members)}
        parts = _average_link(
            len(members), [(local[a], local[b], s) for a, b, s in own], SPLIT_THRESHOLD, cancel
        )
        cores = Counter(parts)
        big = [p for p, n in cores.items() if n >= SPLIT_MIN_CORE]
        if len(big) < 2:
            continue
        # a document outside every core stays with the core it is most linked to
        pull: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for a, b, sim in own:
            pa, pb = parts[local[a]], parts[local[b]]
            if pb in big:
                pull[a][pb] += sim
            if pa in big:
                pull[b][pa] += sim
        for k in members:
            part = parts[local[k]]
            if part not in big:
                part = max(pull[k], key=pull[k].__getitem__) if pull[k] else big[0]
            result[k] = members[part]  # named by one of its own documents
    return result


def _eject_outliers(group: list[int], matrix: sparse.csr_matrix) -> list[int]:
    """A document whose mean cosine to the rest of its group is under `EJECT_THRESHOLD` is a story of
    its own: average-link merging let it in while the group was small, through one neighbour, and the
    group it ended in tells another story (a profile of an adviser inside an FBI-memo story)."""
    sizes = Counter(group)
    if sum(n > 1 for n in sizes.values()) < 2:
        return group  # a folder of one story (and strays) stays one story
    members: dict[int, list[int]] = defaultdict(list)
    for k, g in enumerate(group):
        if sizes[g] >= EJECT_MIN_SIZE:
            members[g].append(k)
    result = list(group)
    for ks in members.values():
        rows = matrix[ks]
        total = np.asarray(rows.sum(axis=0)).ravel()
        # each row is L2-normalised: its dot product with the group's sum is 1 plus its cosines to the rest
        mean = (rows @ total - 1.0) / (len(ks) - 1)
        for k, value in zip(ks, mean.tolist(), strict=True):
            if value < EJECT_THRESHOLD:
                result[k] = len(group) + k  # an index no group has: group ids are member indices
    return result


def story_order(story: Story, position: dict[str, int]) -> tuple[int, float, int]:
    recency = 0.0
    if story.date:
        day = np.datetime64(story.date, "D")
        recency = -float(day.astype(int))
    return (-story.source_count, recency, min(position[d] for d in story.documents))


def group_stories(
    corpus: Corpus,
    *,
    moves: Sequence[tuple[str, str]] = (),
    cancel: CancelToken | None = None,
    cache: StoryCache | None = None,
    memo: AnalysisMemo | None = None,
) -> Grouping:
    """The stories of ``corpus`` in the brief's order, and the documents of no story (see module doc).
    ``cache`` keeps the automatic grouping of a folder for its next opening; ``memo`` holds documents
    analysed ahead."""
    key = grouping_key(corpus) if cache is not None else ""
    auto = cache.get(key, corpus) if cache is not None else None
    if auto is None:
        auto = _automatic(corpus, cancel, memo)
        if cache is not None:
            cache.put(key, auto)
    sources = corpus.sources
    position = {src.id: i for i, src in enumerate(sources)}
    members_of = {sid: list(ids) for sid, ids in auto.members.items()}
    ungrouped = list(auto.ungrouped)
    _apply_moves(members_of, ungrouped, moves, position)
    by_id = corpus.by_id()
    stories = []
    for sid, ids in members_of.items():
        if not ids:
            continue
        ids.sort(key=position.__getitem__)
        heading = auto.headings.get(sid) or _moved_heading([by_id[x] for x in ids])
        known = [d for d in (_date_of(by_id[x]) for x in ids) if d is not None]
        date = str(max(known)) if known else ""
        stories.append(Story(id=sid, heading=heading, documents=tuple(ids), date=date))
    stories.sort(key=lambda story: story_order(story, position))
    return Grouping(tuple(stories), tuple(sorted(ungrouped, key=position.__getitem__)))


def _automatic(corpus: Corpus, cancel: CancelToken | None, memo: AnalysisMemo | None = None) -> AutoGrouping:
    """The stories the folder's texts give, before the user's moves."""
    sources = corpus.sources
    position = {src.id: i for i, src in enumerate(sources)}
    copies = Counter(_text_key(src) for src in sources)
    judged: dict[str, bool] = {}  # exact copies are judged once
    for src in sources:
        if _text_key(src) not in judged:
            known = memo.known(src) if memo is not None else None
            words = known.body_words if known is not None else None
            judged[_text_key(src)] = is_article(src, copies[_text_key(src)], words)
    articles = [i for i, src in enumerate(sources) if judged[_text_key(src)]]
    is_kept = set(articles)
    ungrouped = [src.id for i, src in enumerate(sources) if i not in is_kept]
    # One vector per distinct text: exact copies follow the first.
    first_of: dict[str, int] = {}
    for i in articles:
        first_of.setdefault(_text_key(sources[i]), i)
    distinct = sorted(set(first_of.values()))
    docs = [sources[i] for i in distinct]
    matrix, analysed = _vectors(docs, cancel, memo)
    dates = [_date_of(src) for src in docs]
    links = _links(matrix, dates, cancel)
    group = _split_cores(_average_link(len(docs), links, LINK_THRESHOLD, cancel), links, cancel)
    group = pair_alone(refine(_eject_outliers(group, matrix), matrix, cancel), matrix, cancel)
    copies_of: dict[int, list[str]] = defaultdict(list)  # distinct text -> its documents
    distinct_index = {i: k for k, i in enumerate(distinct)}
    for i in articles:
        copies_of[distinct_index[first_of[_text_key(sources[i])]]].append(sources[i].id)
    by_group: dict[int, list[int]] = defaultdict(list)
    for k, g in enumerate(group):
        by_group[g].append(k)
    groups = _absorb_stray(list(by_group.values()))
    members_of: dict[str, list[str]] = {}
    heading_of: dict[str, str] = {}
    naming = Counter(stem for ks in groups for stem in {n for k in ks for n in analysed[k].names})
    plain = _plain_words(analysed)
    for ks in groups:
        ids = sorted((sid for k in ks for sid in copies_of[k]), key=position.__getitem__)
        sid = story_id(ids[0])
        members_of[sid] = ids
        heading_of[sid] = heading(ks, analysed, docs, naming, plain)
    # short reports, not a site's page saved again and again
    reports = [
        src for i, src in enumerate(sources) if i not in is_kept and copies[_text_key(src)] < SITE_PAGE_COPIES
    ]
    joins = joining(reports, own_names(groups, analysed), memo.analyse if memo is not None else analyse)
    _join_reports(members_of, ungrouped, joins)
    return AutoGrouping(members_of, heading_of, ungrouped)


def _text_key(source: Source) -> str:
    """Exact copies of a file share this key (a source without a hash is its own)."""
    return source.sha256 or "\0" + source.id


def _absorb_stray(groups: list[list[int]]) -> list[list[int]]:
    """A folder of one story with a stray page beside it (a cut-off scrape, an unrelated link) stays one
    story: on the tuning half of the Multi-News clusters, each of the three clusters that split when
    briefed alone was one story and such a page."""
    several = [g for g in groups if len(g) > 1]
    strays = [g for g in groups if len(g) == 1]
    if len(several) != 1 or not strays or len(strays) > MAX_STRAYS:
        return groups
    return [sorted(several[0] + [k for g in strays for k in g])]


def _plain_words(analysed: Sequence[Analysis]) -> set[str]:
    """Stems that fewer than half the documents using them use as a name: common words some articles
    capitalise ("the Return", a column's "Notes")."""
    naming = Counter(stem for one in analysed for stem in one.names)
    using: Counter[str] = Counter()  # counted for names only: every term's count took half a second
    for one in analysed:
        using.update(naming.keys() & one.counts.keys())
    return {stem for stem, n in naming.items() if 2 * n < using[stem]}


def _join_reports(members_of: dict[str, list[str]], ungrouped: list[str], joins: dict[str, int]) -> None:
    """Each report leaves "Not grouped" for the story it joins (``joins``: report id -> story index)."""
    ids = list(members_of)
    for report, k in joins.items():
        members_of[ids[k]].append(report)
        ungrouped.remove(report)


def _apply_moves(
    members_of: dict[str, list[str]],
    ungrouped: list[str],
    moves: Sequence[tuple[str, str]],
    position: dict[str, int],
) -> None:
    for source_id, target in moves:
        if source_id not in position:
            continue
        for ids in members_of.values():
            if source_id in ids:
                ids.remove(source_id)
        if source_id in ungrouped:
            ungrouped.remove(source_id)
        if target == UNGROUPED:
            ungrouped.append(source_id)
        else:
            members_of.setdefault(target, []).append(source_id)


def _moved_heading(docs: Sequence[Source]) -> str:
    """A story the user made: named by its documents' names, as any other."""
    _matrix, analysed = _vectors(docs)
    return heading(list(range(len(docs))), analysed, docs)
