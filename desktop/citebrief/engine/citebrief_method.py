"""Citebrief's own multi-document method: budgeted coverage of the facts several sources share.

A *concept* is a content-word stem or a pair of adjacent content stems. A concept weighs more the more
sources mention it and the earlier they mention it. The brief greedily takes the sentence that covers
the most not-yet-covered concept weight per word (a monotone submodular objective, so greedy with a
cost ratio is near-optimal), scaled by the sentence's readability, its closeness to the folder's
centroid and its position in its article. When no sentence adds a shared concept any more, the most
central remaining sentences fill the budget.
"""

from __future__ import annotations

import heapq
import itertools

import numpy as np

from citebrief.core.model import BriefOptions, LengthUnit
from citebrief.core.progress import CancelToken, check
from citebrief.engine.concepts import concept_weights
from citebrief.engine.facts import closest_cosine, retells_the_lead, same_fact
from citebrief.engine.features import Features
from citebrief.engine.lead_verbs import tells_what_happened
from citebrief.engine.order import before_in_its_source, lead_merit, lead_row, specific, superseded
from citebrief.engine.scipy_sparse import sparse
from citebrief.engine.selection import Budget, RedundancyGuard
from citebrief.engine.strays import asides, strays
from citebrief.engine.tuning import TUNING


def off_story_sources(features: Features) -> np.ndarray:
    """Per source, whether it tells another story than the folder's: its readable sentences' words are
    far less like the other articles' than a typical article's are (``TUNING.off_story_source`` of the
    median), unless it is the longest. Of two articles with almost no words alike
    (``TUNING.off_story_pair``), the one without the folder's best lead is off: a brief tells one story."""
    count = features.source_count
    off = np.zeros(count, dtype=bool)
    if count < 2:
        return off
    # Only the sentences fit to show speak for an article: a page of cookie notices tells no story.
    members = sparse.csr_matrix(
        (features.readable > 0, (features.source_of_row, np.arange(len(features.rows)))),
        shape=(count, len(features.rows)),
    )
    closeness, norms = _closeness_to_the_rest(sparse.csr_matrix(members @ features.vectors))
    present = norms > 0
    if present.sum() == 2:
        # Two articles with readable lines (a third page may hold only site text): the pair rule.
        return _off_story_pair(features, closeness, np.flatnonzero(present))
    if present.sum() < 3:
        return off
    typical = float(np.median(closeness[present]))
    off = np.asarray(present & (closeness < TUNING.off_story_source * typical), dtype=bool)
    # The longest article is the folder's story even when short copies of one other page outnumber it.
    off[int(np.argmax(np.asarray(members.sum(axis=1)).ravel()))] = False
    return off


def _closeness_to_the_rest(totals: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Per source (a row of word totals), the cosine between it and the sum of all other rows, and the
    row's norm. Worked out from each row's dot products with itself and with the folder's sum, so no
    sources-by-words table is ever dense: a folder of thousands of sources stays within its words."""
    folder = np.asarray(totals.sum(axis=0)).ravel()
    own = np.asarray(totals.multiply(totals).sum(axis=1)).ravel()
    with_folder = totals @ folder
    norms = np.sqrt(own)
    whole = float(folder @ folder)
    rest_squared = whole - 2.0 * with_folder + own
    # The rest is empty when every other source has no words; the subtraction leaves rounding there.
    empty = rest_squared <= 1e-12 * whole
    rest_norms = np.sqrt(np.where(empty, 1.0, rest_squared))
    closeness = (with_folder - own) / (np.maximum(norms, 1e-12) * rest_norms)
    return np.where(empty | (norms == 0), 0.0, closeness), norms


def _off_story_pair(features: Features, closeness: np.ndarray, pair: np.ndarray) -> np.ndarray:
    """Of two articles (``pair``, the sources with readable lines) on different stories (few words
    alike, no person named in full in both), the one that does not hold the folder's best lead (or,
    when neither holds one, the one with fewer readable sentences) is off the story."""
    off = np.zeros(features.source_count, dtype=bool)
    first, second = (int(source) for source in pair)
    if float(closeness[first]) >= TUNING.off_story_pair:
        return off
    # Two articles that name one person in full tell of that person, however different their words.
    names: dict[int, set[str]] = {first: set(), second: set()}
    for row, given in enumerate(features.dependencies.full_names):
        names.get(int(features.source_of_row[row]), set()).update(given)
    if names[first] & names[second]:
        return off
    lead = lead_row(features, concept_weights(features, frozenset()))
    if lead is not None and int(features.source_of_row[lead]) in names:
        keep = int(features.source_of_row[lead])
    else:
        counts = np.bincount(features.source_of_row[features.readable > 0], minlength=features.source_count)
        keep = first if counts[first] >= counts[second] else second
    off[second if keep == first else first] = True
    return off


def _holds_focus(features: Features, focus_stems: frozenset[str]) -> np.ndarray:
    """Whether each row holds a focus term."""
    return np.fromiter(
        (bool(focus_stems.intersection(s)) for s in features.stems), dtype=bool, count=len(features.stems)
    )


def _quality(features: Features) -> np.ndarray:
    """Everything in a row's score but its concepts, its length and the focus: how well it reads, how
    early it stands in its article, and how central it is."""
    lead = 1.0 + TUNING.lead_bonus / (1.0 + features.positions)
    quality = features.readable * lead * (1.0 + TUNING.centrality_weight * features.centrality)
    return np.asarray(quality, dtype=np.float64)


class _Greedy:
    """Budgeted greedy coverage where a sentence comes with everything it depends on.

    A candidate is a *bundle*: the sentence plus the rows it needs that are not chosen yet (see
    ``dependencies``). Its score is the uncovered concept weight each member adds, times that member's
    quality, over the bundle's length to the power ``TUNING.length_exponent``; a bundle of one is scored
    exactly as a single sentence. Lazy evaluation: a score only falls as concepts get covered, except
    when a row the bundle needed gets chosen, which re-queues the rows that waited on it.
    """

    def __init__(self, features: Features, options: BriefOptions, weights: np.ndarray, quality: np.ndarray):
        self.features = features
        self.weights = weights
        self.quality = quality
        self.words = options.unit is LengthUnit.WORDS
        self.lengths = features.words if self.words else np.full(len(features.rows), 10)
        self.budget = Budget.of(options)
        self.guard = RedundancyGuard(features)
        self.covered = np.zeros(len(weights), dtype=bool)
        self.chosen: set[int] = set()
        self.waiting: dict[int, list[int]] = {}  # a needed row -> rows whose bundle held it
        # Rows that may not join the brief: off the folder's story, or before its lead in the lead's article.
        floor = TUNING.focus_floor * float(features.centrality.max(initial=0.0))
        self.blocked: set[int] = set(np.flatnonzero(features.centrality < floor).tolist())
        self.blocked.update(np.flatnonzero(off_story_sources(features)[features.source_of_row]).tolist())
        self.lead: int | None = None  # the folder's best lead, while the brief has not told its news

    def concepts(self, row: int) -> np.ndarray:
        indptr, indices = self.features.concepts.indptr, self.features.concepts.indices
        return indices[indptr[row] : indptr[row + 1]]  # type: ignore[no-any-return]

    def bundle(self, row: int) -> list[int]:
        needs = self.features.dependencies.needs(row, self.chosen)
        if needs == [self.features.dependencies.leans_on[row]] and self.guard.stand_in(row) is not None:
            return [row]  # the line it leans on is told already, by a sentence it can follow
        return [*needs, row]

    def score(self, bundle: list[int]) -> float:
        seen: set[int] = set()
        total = 0.0
        for member in bundle:
            ids = [c for c in self.concepts(member).tolist() if not self.covered[c] and c not in seen]
            seen.update(ids)
            total += float(self.weights[ids].sum()) * float(self.quality[member])
        if total <= 0:
            return 0.0
        return total / float(np.power(max(1, int(self.lengths[bundle].sum())), TUNING.length_exponent))

    def cost(self, bundle: list[int]) -> int:
        return sum(self.budget.cost(self.features, r) for r in bundle)

    def usable(self, bundle: list[int]) -> bool:
        """Every member can stand in a brief, none repeats a fact already told, and no member tells
        what another one does (a quote after the line that gave its speaker's name and its gist)."""
        return all(
            self.features.readable[r] > 0
            and r not in self.blocked
            and not self.guard.repeats(r)
            and not self.guard.adds_nothing(r)
            and not self.outdated(r)
            for r in bundle
        ) and not self._restated_within(bundle)

    def _restated_within(self, bundle: list[int]) -> bool:
        for first, second in itertools.combinations(bundle, 2):
            cosine = float(self.features.similarities(first)[second])
            if cosine >= closest_cosine() and same_fact(self.features, first, second, cosine):
                return True
        return False

    def outdated(self, row: int) -> bool:
        """Whether a chosen sentence tells a later stage of what ``row`` tells ("she was found safe" for
        "police are searching for her"): the brief gives the outcome, not the state it ended."""
        return any(superseded(self.features, row, chosen) for chosen in self.guard.chosen)

    def in_lead_words(self, bundle: list[int]) -> list[int]:
        """The lead's bundle instead of ``bundle`` when its sentence tells the lead's news in other words
        ("Today's appeal verdict ... is the latest" for "A Bahraini court sentenced ..."): the brief
        opens with the news as a lead states it, not with a sentence that says it in passing."""
        lead, row = self.lead, bundle[-1]
        if lead is None or lead in self.chosen or lead == row:
            return bundle
        cosine = float(self.features.similarities(lead)[row])
        if cosine < closest_cosine() or not same_fact(self.features, lead, row, cosine):
            return bundle
        instead = self.bundle(lead)
        if self.cost(instead) > self.room or not self.usable(instead):
            return bundle
        self.lead = None
        return instead

    def take(self, bundle: list[int]) -> list[int]:
        """Choose the bundle; returns the rows that waited on any of its members."""
        woken: list[int] = []
        for member in bundle:
            self.guard.add(member)
            self.chosen.add(member)
            self.budget.take(self.features, member)
            self.covered[self.concepts(member)] = True
            woken.extend(self.waiting.pop(member, ()))
        return [r for r in woken if r not in self.chosen]

    def wait(self, bundle: list[int]) -> None:
        for member in bundle[:-1]:
            self.waiting.setdefault(member, []).append(bundle[-1])

    @property
    def room(self) -> int:
        return self.budget.limit - self.budget.used


def rank_and_select(
    features: Features,
    options: BriefOptions,
    *,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Rows chosen for the brief, in the order they were chosen."""
    focus_stems = frozenset(features.tools.content_stems(" ".join(options.focus)))
    holds_focus = _holds_focus(features, focus_stems) if focus_stems else np.ones(len(features.rows), bool)
    # A sentence without a focus term counts less, in the greedy and when the rest of the length is filled.
    focus_factor = np.where(holds_focus, 1.0, TUNING.focus_penalty)
    weights = concept_weights(features, focus_stems)
    greedy = _Greedy(features, options, weights, _quality(features) * focus_factor)
    if focus_stems:
        # What the user asked about is the story of a focused brief, however far it lies from the
        # folder's main one: the off-story floor keeps out only sentences without a focus term.
        greedy.blocked.difference_update(np.flatnonzero(holds_focus).tolist())
    # part of a quote whose speaker only its end names: shown only on the way to that end
    candidates = np.flatnonzero((features.readable > 0) & ~features.dependencies.unattributed)
    _block_strays(greedy, focus_stems)
    _take_lead(greedy, focus_stems)
    if focus_stems:
        # The user asked about these terms: their sentences come first, each with what it depends on,
        # and only then does the folder's own story fill what length is left.
        _cover_concepts(greedy, candidates[holds_focus[candidates]], cancel)
    fallback = _cover_concepts(greedy, candidates, cancel)
    smallest = int(greedy.lengths[candidates].min()) if len(candidates) and greedy.words else 1
    if fills_the_rest(greedy.budget, smallest):
        _fill_with_central(greedy, candidates, smallest, focus_factor)
    if not greedy.guard.chosen:
        if fallback is not None:
            return [fallback]
        pool = candidates.tolist() or list(range(len(features.rows)))
        return sorted(pool, key=lambda r: features.rows[r].position)[:1]
    return greedy.guard.chosen


def _initial_scores(greedy: _Greedy) -> np.ndarray:
    """Every row's score before anything is chosen."""
    factor = greedy.quality / np.power(np.maximum(greedy.lengths, 1), TUNING.length_exponent)
    return np.asarray(greedy.features.concepts @ greedy.weights).ravel() * factor  # type: ignore[no-any-return]


def _block_strays(greedy: _Greedy, focus_stems: frozenset[str]) -> None:
    """Background about another event, and one article's aside on something else, stay out of an
    unfocused brief (see ``strays``): better a shorter brief than a line about another story."""
    features = greedy.features
    lead = lead_row(features, greedy.weights)
    if lead is not None and not focus_stems:
        greedy.blocked.update(strays(features, lead))
        greedy.blocked.update(asides(features, ~off_story_sources(features), lead))


def _take_lead(greedy: _Greedy, focus_stems: frozenset[str]) -> None:
    """The brief opens with the folder's main news: the best lead sentence is taken first, when it
    states the folder's shared facts nearly as well as the best sentence anywhere (and, in a focused
    brief, holds a focus term)."""
    lead = lead_row(greedy.features, greedy.weights)
    if lead is None or greedy.cost([lead]) > greedy.room:
        return
    if focus_stems and not focus_stems.intersection(greedy.features.stems[lead]):
        return
    initial = _initial_scores(greedy)
    greedy.lead = lead
    if initial[lead] >= TUNING.lead_share * initial.max():
        greedy.lead = None
        greedy.take([lead])
        greedy.blocked.update(_before_the_lead(greedy, lead))
        greedy.blocked.update(_retellings(greedy.features, lead))


def _before_the_lead(greedy: _Greedy, lead: int) -> list[int]:
    """The rows of the lead's article before it that may not join the brief: all but an opening line
    that could lead itself, telling what happened ("A pair of activists were arrested on Friday for ..."
    before "Joseph Buddenberg, 31, and Nicole Kissane, 28, were charged ..."): with it, the brief opens
    with the article's own opening, in its order (see ``order.lead_row``)."""
    features = greedy.features
    before = before_in_its_source(features, lead).tolist()
    # rows before a lead are its article's first lines: their merit is the one they have as leads
    merit = lead_merit(features, greedy.weights, anywhere=before)
    return [row for row in before if merit[row] <= 0 or not tells_what_happened(features.rows[row].text)]


def _retellings(features: Features, lead: int) -> list[int]:
    """Other articles' opening sentences that tell the lead's news again in other words."""
    sims = features.similarities(lead)
    close = np.flatnonzero(sims >= TUNING.lead_pair_cosine).tolist()
    return [r for r in close if r != lead and retells_the_lead(features, lead, r, float(sims[r]))]


def _cover_concepts(greedy: _Greedy, candidates: np.ndarray, cancel: CancelToken | None) -> int | None:
    """The lazy greedy over bundles; returns the best row that did not fit (for an empty brief)."""
    lengths = greedy.lengths
    initial = _initial_scores(greedy)
    # Candidates enter the heap best-first, only as far as needed: a row's first score bounds every
    # later one, so a row not yet in the heap cannot beat a heap top that scores more than it.
    waiting = candidates[initial[candidates] > 0]
    waiting = waiting[np.lexsort((waiting, -initial[waiting]))].tolist()
    heap: list[tuple[float, int]] = []
    next_waiting = 0

    def admit() -> None:
        nonlocal next_waiting
        while next_waiting < len(waiting) and (
            not heap or -heap[0][0] <= initial[waiting[next_waiting]] or len(heap) < 64
        ):
            heapq.heappush(heap, (-float(initial[waiting[next_waiting]]), waiting[next_waiting]))
            next_waiting += 1

    check(cancel)
    admit()
    fallback: int | None = None
    smallest = int(lengths[candidates].min()) if len(candidates) and greedy.words else 1
    steps = 0
    while heap and greedy.room >= smallest:
        _neg, row = heapq.heappop(heap)
        steps += 1
        if steps % 64 == 0:
            check(cancel)
        admit()
        if row in greedy.chosen:
            continue
        bundle = greedy.bundle(row)
        if greedy.cost(bundle) > greedy.room:
            fallback = row if fallback is None else fallback
            continue
        fresh = greedy.score(bundle)
        if heap and fresh < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-fresh, row))
            if len(bundle) > 1:
                greedy.wait(bundle)
            continue
        if fresh <= 0 or not greedy.usable(bundle):
            continue
        bundle = greedy.in_lead_words(bundle)
        for woken in greedy.take(bundle):
            heapq.heappush(heap, (-greedy.score(greedy.bundle(woken)), woken))
    return fallback


def fills_the_rest(budget: Budget, smallest: int) -> bool:
    """Whether the most central lines fill what is left of the length once coverage has nothing left to
    add: only when a line still fits and the brief is short of ``TUNING.fill_below`` of its length."""
    return budget.limit - budget.used >= smallest and budget.used < TUNING.fill_below * budget.limit


def _fill_with_central(greedy: _Greedy, candidates: np.ndarray, smallest: int, weight: np.ndarray) -> None:
    """Coverage has nothing left to add: fill the rest with the most central sentences, each with what it
    depends on when all of them read plainly (``weight`` puts a focused brief's sentences without a
    focus term behind those with one). A short line naming no one and stating no number or time ("Any
    help offered would be so appreciated!", "But don't cry for the ladies.") adds no fact, only a
    closing remark: the brief ends shorter."""
    features = greedy.features
    lead = 1.0 + TUNING.lead_bonus / (1.0 + features.positions)
    room = greedy.room
    fitting = candidates[greedy.lengths[candidates] <= room] if greedy.words else candidates
    merit = features.centrality[fitting] * lead[fitting] * features.readable[fitting] * weight[fitting]
    order = fitting[np.lexsort((fitting, -merit))]
    for row in order.tolist():
        if greedy.room < smallest:
            break
        if row in greedy.chosen:
            continue
        bundle = greedy.bundle(row)
        if greedy.cost(bundle) > greedy.room:
            continue
        if (
            not greedy.usable(bundle)
            or (features.words[row] < TUNING.filler_min_words and not specific(features, row))
            or (len(bundle) > 1 and any(features.readable[r] < 1.0 for r in bundle))
        ):
            continue
        greedy.take(bundle)
