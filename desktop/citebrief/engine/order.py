"""The brief's lead and its reading order.

The lead is the folder's main news: the most central opening sentence of any source (its first or
second body sentence) that stands alone, holds no quote and is not a question. The brief opens with it.

The rest follows how far into its article each sentence stands (in tenths of the article), ties broken
by the order of the sources, so the openings of all articles come first and each source keeps its
order; a quote and background (another year, "last month", "25 years ago", "in the 13th century") read
as if they stood a few tenths deeper, so developments come before reactions and background. Two
lines in a row of one article that both tell the news read together, as their writer put them, and a
line nearly as early that tells more of what the line just read tells reads next (``reading_threads``).
What a sentence depends on comes before it (see ``dependencies``): the sentence that gives a name in full
precedes the one that uses it short, and a sentence that leans on its predecessor follows it directly
(or follows the sentence standing in for it, see ``stand_ins``).
An outdated line ("police are searching for him") never leads when another article tells the later
stage ("he was found"), and never reads before it; the choice of sentences leaves it out once the
later stage is in the brief.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from citebrief.core.model import BriefItem
from citebrief.engine.dependencies import earliest_position
from citebrief.engine.descriptions import opens_unexplained
from citebrief.engine.fact_signals import talks
from citebrief.engine.features import Features
from citebrief.engine.lead_verbs import tells_a_state, tells_what_happened
from citebrief.engine.reading_threads import next_unit
from citebrief.engine.sentence_signals import NAME_PREFIX, signals
from citebrief.engine.stand_ins import stand_in
from citebrief.engine.tuning import TUNING
from citebrief.ingest.calendar_words import DAY_TOLD

_QUOTE_MARKS = ('"', "“", "”", "«", "»")
_WHEN = re.compile(rf"\b{DAY_TOLD}\b")
# Told as before this week's news, however the sentence starts ("Last week, the mayor told ...").
_EARLIER = re.compile(
    r"\b(?:last|earlier this) (?:week|month|year)\b|\b(?:weeks|months|years|a (?:week|month|year)) ago\b",
    re.IGNORECASE,
)
# Background told by how long ago it was, wherever it stands in the sentence: "a diary published 25
# years ago", "that election night six years ago", "decades ago", "in the 13th century".
_LONG_AGO = re.compile(
    r"\b(?:years|decades|centuries) ago\b|\b(?:in|by|from|since) the \d+(?:st|nd|rd|th) century\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# Adds to what was told before it ("Carrie Russell also expected no trouble when she in turn shipped
# ..."): a brief cannot open with it, nor put it before what it adds to ("not only ... but also",
# "also known as" add to nothing outside the sentence).
_ADDS_TO = re.compile(r"\b(?:also|in turn|likewise|similarly)\b(?! (?:known|called)\b)", re.IGNORECASE)
_WITHIN = re.compile(r"\bnot only\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W_]+")
# A title in quotation marks, its words capitalised but for small ones ("Gone with the Wind").
_TITLE = re.compile(
    r"[\"“][A-Z0-9][\w'’-]*"
    r"(?: (?:[A-Z0-9][\w'’-]*|a|an|the|of|with|in|on|at|to|for|and|or|from|by))*[,.]?[\"”]"
)


def lead_merit(features: Features, weights: np.ndarray, *, anywhere: list[int] | None = None) -> np.ndarray:
    """Per row: how well it opens a brief (0 for rows that cannot): how much of the folder's shared
    concept weight it states per word, scaled by its centrality, a little more when it says when, less
    when it tells a state rather than a happening and much less when it names no one and states no number
    or time. Only articles' opening lines can lead, or,
    given ``anywhere``, those rows wherever they stand."""
    merit = np.zeros(len(features.rows))
    coverage = np.asarray(features.concepts @ weights).ravel()
    fit = (features.readable >= 1.0) & (features.words >= TUNING.lead_min_words)
    if anywhere is None:
        candidates = np.flatnonzero(fit & (features.positions < TUNING.lead_positions)).tolist()
    else:
        candidates = [r for r in anywhere if fit[r]]
    for row in candidates:
        if not _stands_alone(features, row):
            continue
        if any(superseded(features, row, other) for other in candidates):
            continue  # "police are searching for him" when another article's opening says he was found
        weight = 1.0 if features.positions[row] == 0 else TUNING.lead_second_sentence
        if _WHEN.search(features.rows[row].text):
            weight *= TUNING.lead_time_bonus
        if not specific(features, row):
            weight *= TUNING.lead_generic
        if tells_a_state(features.rows[row].text):
            weight *= TUNING.lead_state
        words = max(1, int(features.words[row]))
        merit[row] = (
            weight
            * float(features.centrality[row])
            * float(coverage[row])
            / words**TUNING.lead_length_exponent
        )
    return merit


def _stands_alone(features: Features, row: int) -> bool:
    """Neither leaning on another sentence nor needing one to name its people, adding to nothing told
    before it, and quoting no one (a title or term in quotation marks, "Gone with the Wind", is no
    quote)."""
    deps = features.dependencies
    text = features.rows[row].text
    if deps.leans_on[row] >= 0 or deps.unattributed[row] or deps.requires(row):
        return False
    if text.startswith(_QUOTE_MARKS) or opens_unexplained(text):
        return False
    if talks(_TITLE.sub("", text)):
        return False
    return not _ADDS_TO.search(text) or bool(_WITHIN.search(text))


def specific(features: Features, row: int) -> bool:
    """Whether the sentence names someone (beyond its capitalised first word), or states a number or a
    time: what a news lead tells and a scene-setter ("Some authors have suggested ...") does not."""
    found = signals(features, row)
    text = features.rows[row].text
    if _READER.search(text):
        return False  # "You may have seen ...": talking to the reader sets a scene
    if found.numbers or found.weekdays or found.past or found.dated or _WHEN.search(text):
        return True
    first = _FIRST_WORD.match(text)
    names = list(found.names)
    if first and names and names[0] == {first.group()[:NAME_PREFIX].lower()}:
        names = names[1:]  # "Sleep is thought to ...": a capital at the start names no one
    return bool(names)


def _opens_well(features: Features, row: int) -> bool:
    """Whether a line can open a brief though it is no lead: it does not open with a quote or with a
    description it never explains (``descriptions.opens_unexplained``), is not background, tells
    something specific and tells a happening, not a state ("Caffeine is America's favorite drug")."""
    text = features.rows[row].text
    found = signals(features, row)
    background = (found.past or found.dated or bool(_EARLIER.search(text))) and not found.weekdays
    return (
        not text.startswith(_QUOTE_MARKS)
        and not opens_unexplained(text)
        and not background
        and specific(features, row)
        and not tells_a_state(text)
    )


def lead_row(features: Features, weights: np.ndarray, among: list[int] | None = None) -> int | None:
    """The best lead sentence of the folder (or of the rows ``among``), or None when none can lead.
    Among rows none of which opens its article with specific news, the best line that stands alone
    anywhere, rather than a scene-setter or a quote."""
    merit = lead_merit(features, weights)
    if among is None:
        return _best(merit)
    merit = _keep_among(features, merit, among)
    best = _best(merit)
    best = _happening_first(features, merit, best)
    if best is not None and specific(features, best):
        return best
    if best is None and among and _opens_well(features, reading_order(features, among)[0]):
        return None  # the line that reads first tells something specific: it opens the brief
    anywhere = lead_merit(features, weights, anywhere=among)
    found = _best(anywhere)
    if found is not None and specific(features, found) and anywhere[found] > merit.max(initial=0.0):
        return found
    if best is not None:
        return best
    alone = [r for r in among if features.readable[r] >= 1.0 and _stands_alone(features, r)]
    earliest = min(alone, key=lambda r: (int(features.positions[r]), r), default=None)
    if earliest is None or not tells_a_state(features.rows[earliest].text):
        return earliest
    # a line that tells a happening, told as close to the story as the earliest line, opens instead
    central = features.centrality[earliest]
    happening = [
        r for r in alone if not tells_a_state(features.rows[r].text) and features.centrality[r] >= central
    ]
    return min(happening, key=lambda r: (int(features.positions[r]), r), default=earliest)


def _happening_first(features: Features, merit: np.ndarray, best: int | None) -> int | None:
    """``best``, unless it says what something is ("Rocky Mountain Spotted Fever is a disease caused by
    ...") and another line that can open the brief tells what happened: background never opens a
    brief that holds the news."""
    if best is None or not tells_a_state(features.rows[best].text):
        return best
    happening = [int(r) for r in np.flatnonzero(merit > 0) if not tells_a_state(features.rows[r].text)]
    return max(happening, key=lambda r: (merit[r], -r), default=best)


def _best(merit: np.ndarray) -> int | None:
    if not len(merit) or merit.max() <= 0:
        return None
    return int(np.argmax(merit))


def _keep_among(features: Features, merit: np.ndarray, among: list[int]) -> np.ndarray:
    """``merit`` of the rows ``among`` that can open the brief they make. A lead opens the brief, so the
    sentences of its own article shown before it in the source must read as well after it (see
    ``_gives_way``); one that cannot (a quote, a line that leans on another, an opening line telling the
    news) keeps its place, and so keeps the lead out."""
    keep = np.zeros(len(merit), dtype=bool)
    keep[among] = True
    gives_way = np.array([_gives_way(features, merit, r) for r in among], dtype=bool)
    for row in among:
        if np.any(
            (features.source_of_row[among] == features.source_of_row[row])
            & (features.positions[among] < features.positions[row])
            & ~(gives_way & (merit[among] < merit[row]))
        ):
            keep[row] = False
    return np.where(keep, merit, 0.0)


def _gives_way(features: Features, merit: np.ndarray, row: int) -> bool:
    """Whether a line of the lead's article shown before the lead can read after it: a line that stands
    alone and could not lead a brief, or tells a state or what is still going on ("Ballots were still
    being counted ..."); an opening line that could lead, telling what happened, keeps its place and
    opens the brief itself."""
    if merit[row] > 0 and tells_what_happened(features.rows[row].text):
        return False
    return bool(features.readable[row] > 0 and _stands_alone(features, row))


def superseded(features: Features, row: int, later: int) -> bool:
    """Whether ``later``, from another article, tells a later stage of the story ``row``'s main clause
    tells, of the same people or places ("Hikers found Tomas Ruel alive" for "Police are searching for
    Tomas Ruel"): ``row`` is outdated news."""
    if features.source_of_row[row] == features.source_of_row[later]:
        return False
    told, news = signals(features, row), signals(features, later)
    if not told.stage or not news.stage or not told.actors & news.actors:
        return False
    return any(
        s.split(":")[0] == t.split(":")[0] and s.split(":")[1] > t.split(":")[1]
        for t in told.stage
        for s in news.stage
    )


def before_in_its_source(features: Features, row: int) -> np.ndarray:
    """The rows of ``row``'s article that stand before it."""
    start = row - int(features.positions[row])
    return np.arange(start, row)


def _later(features: Features, row: int) -> float:
    """How much later than its place in its article a sentence reads best: what people said after the
    developments, and background (another year, "last month", "decades ago") after both."""
    text = features.rows[row].text
    if any(mark in text for mark in _QUOTE_MARKS):
        return TUNING.order_quote_delay
    found = signals(features, row)
    earlier = found.past or found.dated or bool(_LONG_AGO.search(text) or _EARLIER.search(text))
    if earlier and not found.weekdays:  # "two years ago on Sunday": this week's news dated by the past
        return TUNING.order_background_delay
    return 0.0


def _parents(features: Features, rows: list[int], lead: int | None) -> dict[int, int]:
    """For each chosen row that leans on another, the chosen row it reads right after: the line it
    leans on, or the sentence standing in for it (see ``stand_ins``). A row that leans on nothing reads
    right after the line before it in its article when that line is shown and it carries on that line's
    telling (``_flows_on``), but for the lead, which opens the brief."""
    chosen = set(rows)
    leans = features.dependencies.leans_on
    parents: dict[int, int] = {}
    for row in rows:
        before = int(leans[row])
        if before < 0:
            if row != lead and row - 1 in chosen and _flows_on(features, row - 1, row, chosen, lead):
                parents[row] = row - 1
            continue
        parent = before if before in chosen else stand_in(features, row, chosen)
        if parent is not None:
            parents[row] = parent
    return parents


def _flows_on(features: Features, row: int, after: int, chosen: set[int], lead: int | None) -> bool:
    """Whether ``after``, the line after ``row`` in their article, carries on the telling of ``row``:
    both tell the news (neither a quote nor background, which read after the developments), every name
    ``after`` needs in full is given by then or by no shown line, and ``row`` is no lead whose article
    shows lines before it (those read right after the lead). The brief then keeps the writer's flow
    rather than part the two with another article's line."""
    if features.source_of_row[row] != features.source_of_row[after]:
        return False
    if _later(features, row) or _later(features, after):
        return False
    before = set(before_in_its_source(features, after).tolist())
    if row == lead and before & chosen - {row}:
        return False
    deps = features.dependencies
    for name, _intro in deps.requires(after):
        givers = {r for r in chosen if name in deps.gives(r)}
        if givers and not givers & before:
            return False
    return True


def _units(
    features: Features, rows: list[int], lead: int | None
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Each row's unit (the first of its chain of rows each read right after the one before) and each
    unit's rows in reading order."""
    parents = _without_cycles(_parents(features, rows, lead))
    unit_of: dict[int, int] = {}
    for row in rows:
        first = row
        while first in parents:
            first = parents[first]
        unit_of[row] = first
    children: dict[int, list[int]] = defaultdict(list)
    for row in sorted(rows):
        if row in parents and unit_of[row] != row:
            children[parents[row]].append(row)
    members: dict[int, list[int]] = {}
    for unit in sorted(set(unit_of.values())):
        stack, ordered = [unit], []
        while stack:
            row = stack.pop()
            ordered.append(row)
            stack.extend(reversed(children.get(row, [])))
        members[unit] = ordered
    return unit_of, members


def _without_cycles(parents: dict[int, int]) -> dict[int, int]:
    """``parents`` with each cycle (two lines each standing in for what the other leans on) opened at
    its earliest row, which then starts its unit."""
    parents = dict(parents)
    for start in list(parents):
        path: list[int] = []
        row: int | None = start
        while row is not None and row in parents and row not in path:
            path.append(row)
            row = parents[row]
        if row is not None and row in path:
            del parents[min(path[path.index(row) :])]
    return parents


_Key = tuple[float, int, int]


def _unit_edges(
    features: Features, rows: list[int], unit_of: dict[int, int], key: dict[int, _Key], lead: int | None
) -> dict[int, set[int]]:
    """Edges between units: each source's order (but for the lead, which opens the brief even when its
    article's opening line is shown too), and a full name before its short uses."""
    edges: dict[int, set[int]] = defaultdict(set)
    by_source: dict[int, list[int]] = defaultdict(list)
    lead_unit = unit_of.get(lead, -1) if lead is not None else -1
    for row in sorted(rows):
        if unit_of[row] != lead_unit:
            by_source[int(features.source_of_row[row])].append(row)
    for members in by_source.values():
        for before, after in itertools.pairwise(members):
            edges[unit_of[before]].add(unit_of[after])
    deps = features.dependencies
    for row in rows:
        for name, _intro in deps.requires(row):
            givers = [r for r in rows if r != row and name in deps.gives(r)]
            if givers:
                giver = min(givers, key=lambda r: key[unit_of[r]])
                edges[unit_of[giver]].add(unit_of[row])
    for row, later in itertools.permutations(rows, 2):
        if superseded(features, row, later):  # the outdated line never reads before its news
            edges[unit_of[later]].add(unit_of[row])
    for unit in list(edges):
        edges[unit].discard(unit)
    return edges


def reading_order(features: Features, rows: list[int], lead: int | None = None) -> list[int]:
    """``rows`` in the order a reader meets them (see the module doc)."""
    body_counts = np.bincount(features.source_of_row, minlength=features.source_count)
    unit_of, members = _units(features, rows, lead)

    def key_of(first: int) -> _Key:
        if lead is not None and unit_of.get(lead) == first:
            return (-1.0, 0, 0)
        source = int(features.source_of_row[first])
        position = int(features.positions[first])
        depth = round(position / max(1, int(body_counts[source])), 1) + _later(features, first)
        return (depth, source, position)

    key = {unit: key_of(unit) for unit in members}
    edges = _unit_edges(features, rows, unit_of, key, lead)
    incoming: dict[int, int] = defaultdict(int)
    for targets in edges.values():
        for target in targets:
            incoming[target] += 1
    ready = [(key[u], u) for u in members if incoming[u] == 0]
    heapq.heapify(ready)
    placed: list[int] = []
    left = set(members)
    while left:
        if not ready:  # a cycle of needs: break it at the unit that reads first
            unit = min(left, key=lambda u: key[u])
            incoming[unit] = 0
            ready = [(key[unit], unit)]
        unit = next_unit(features, ready, key, members, placed, left)
        if unit not in left:
            continue
        left.discard(unit)
        placed.append(unit)
        for target in edges.get(unit, ()):
            incoming[target] -= 1
            if incoming[target] == 0 and target in left:
                heapq.heappush(ready, (key[target], target))
    return [row for unit in _full_names_first(features, placed, members) for row in members[unit]]


def _full_names_first(features: Features, units: list[int], members: dict[int, list[int]]) -> list[int]:
    """``units`` with each line that names a person in full moved up to just before the first line using
    that surname alone, where breaking a cycle of the sources' orders had put it after ("Tschopp said"
    before "... team members Emanuel Tschopp ..."), as long as everything the moved line itself names
    is still named in full before it. The opening line keeps its place."""
    deps = features.dependencies
    order = list(units)
    full = [set().union(*(deps.full_names[r] for r in members[u])) for u in order]
    for _ in range(len(order)):
        move = _misplaced_introduction(features, order, members, full)
        if move is None:
            break
        at, later = move
        order.insert(at, order.pop(later))
        full.insert(at, full.pop(later))
    return order


def _misplaced_introduction(
    features: Features, order: list[int], members: dict[int, list[int]], full: list[set[str]]
) -> tuple[int, int] | None:
    """(where, which): the first unit after the opening one that uses a surname alone as a person's
    that only a later unit names in full, and the first such later unit, when that unit's own surnames
    are named by then."""
    deps = features.dependencies
    persons = {n for f in full for n in f}
    named: set[str] = set(full[0])
    for at in range(1, len(order)):
        rows = members[order[at]]
        wanted = {name for row in rows for name, _ in deps.requires(row) if name in persons}
        for name in sorted(wanted - named - full[at]):
            if not any(_as_person(features.rows[row].text, name) for row in rows):
                continue
            later = next((j for j in range(at + 1, len(order)) if name in full[j]), None)
            if later is None:
                continue
            own = {n for row in members[order[later]] for n, _ in deps.requires(row)}
            if (own & persons) - named - full[later]:
                continue
            if _jumps_its_source(features, members[order[later]], [members[u] for u in order[at:later]]):
                continue
            return at, later
        named |= full[at]
    return None


def _jumps_its_source(features: Features, moved: list[int], passed: list[list[int]]) -> bool:
    """Whether moving the rows ``moved`` ahead of the units ``passed`` would put them before a line of
    their own article that stands before them there: each article keeps its order."""
    first = {int(features.source_of_row[r]): int(features.positions[r]) for r in reversed(moved)}
    return any(
        int(features.positions[r]) < first.get(int(features.source_of_row[r]), -1)
        for rows in passed
        for r in rows
    )


def _as_person(text: str, name: str) -> bool:
    """Whether ``text`` uses ``name`` where a person's surname stands, not as the end of a thing's name
    ("the Community of Christ", "Mount St. Helens")."""
    return re.search(rf"(?<!\bof )(?<!\bSt\. )\b{re.escape(name)}\b", text) is not None


def earliest_place(
    features: Features, items: Sequence[BriefItem], source_id: str, sentence_index: int
) -> int:
    """Where the window's "Add to brief" may put the sentence ``sentence_index`` of ``source_id`` among a
    brief's ``items`` at the earliest: after the sentence it leans on and after the first sentence that
    names in full each person it names by surname. 0 when it depends on nothing in the brief; a sentence
    that is not a body sentence of ``features`` depends on nothing."""
    row_of = {(r.source.id, r.sentence.index): i for i, r in enumerate(features.rows)}
    row = row_of.get((source_id, sentence_index))
    if row is None:
        return 0
    shown = [
        row_of.get((item.citations[0].source_id, item.citations[0].sentence_index), -1) for item in items
    ]
    return earliest_position(features.dependencies, shown, row)
