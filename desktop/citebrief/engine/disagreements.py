"""Where the sources of one fact give different values: "12 killed" in one, "15 killed" in another.

Which sentences state one fact is ``facts.same_fact``'s to say; this module only compares the values
they state (``fact_values``):
- counts, amounts, shares, measures and ages of the same thing differ when neither wording allows the
  other ("nearly one million" / "about a million" agree; "12 killed" / "15 killed" differ; deaths are
  never compared with injuries; "5 miles" and "8 km" agree; 1,000 is a round 1,200);
- a name in the same role differs ("led by Smith" / "led by Jones") when neither sentence names the
  other's person at all;
- a date or a place differs only when everything else in the two sentences agrees, since a Monday
  call and a Friday call are two events; and a place only when neither article names the other's
  ("in Paris" / "in France" from articles that both know Paris is in France is one place);
- two sentences that name different years tell of two times: their values are not compared;
- a sentence that states two values for one thing ("rose to 15 from 12") is not compared on it;
- counts, amounts, shares, measures, ages and names are compared only when they are values of one
  thing in sentences that say the same otherwise (``value_scope.comparable``).
When the sources' dates order the versions, the disagreement is shown as an update, latest last.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from citebrief.core.model import BriefItem, Citation, DateOrigin, Disagreement, Source, StatedValue
from citebrief.engine.fact_values import Value, sentence_values
from citebrief.engine.facts import closest_cosine, same_fact
from citebrief.engine.features import Features
from citebrief.engine.value_scope import Scope, comparable
from citebrief.ingest.verb_words import IRREGULAR_PASTS

_NUMERIC = frozenset({"count", "amount", "share", "measure", "age"})
# Read: conversions between units are rounded in print ("5 miles" is "8 km"); 10% covers it.
MEASURE_TOLERANCE = 0.1
# Read on the labelled pairs: "about 2,400" allows 2,100..2,700, "nearly 1 million" 800,000..1 million.
APPROX_SHARE = 0.15
NEAR_SHARE = 0.2
# Principled: "everything else agrees" means all but a word or two of the rest is shared.
REST_AGREES = 0.8
_STOP = frozenset(
    "the a an of in on at to and or for by with from as is was were are be been has have had that this "
    "it its their his her said says say told according".split()
)
_WORDS = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# Casualty tolls: "at least 12 killed" and "at least 15 killed" are two counts (news states tolls as
# lower bounds), while "more than 350 flights" and "more than 600 flights" can both be true.
TOLLS = frozenset({"death", "injury", "missing", "arrest", "evacuated"})


def _interval(value: Value) -> tuple[float, float]:
    x, half = value.number, value.step / 2
    if value.kind == "measure":
        half = max(half, MEASURE_TOLERANCE * x)
    if value.bound == "approx":
        return x * (1 - APPROX_SHARE) - half, x * (1 + APPROX_SHARE) + half
    if value.bound == "near":
        return x * (1 - NEAR_SHARE) - half, x + half
    if value.bound == "below":
        return 0.0, x + half
    if value.bound == "above":
        return x - half, float("inf")
    return x - half, x + half


def values_agree(a: Value, b: Value) -> bool:
    """Whether two values of one slot can both be true."""
    if a.kind not in _NUMERIC:
        return a.key == b.key
    if a.bound == b.bound and (a.bound in ("", "below") or (a.bound == "above" and a.slot in TOLLS)):
        slack = max(a.step, b.step) / 2
        if a.kind == "measure":
            slack = max(slack, MEASURE_TOLERANCE * max(a.number, b.number))
        return abs(a.number - b.number) <= slack + 1e-9
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    return low_a <= high_b and low_b <= high_a


def _slots(values: Iterable[Value]) -> dict[tuple[str, str], Value | None]:
    """Each slot's value; None where the sentence gives two (then it is not compared on it)."""
    found: dict[tuple[str, str], Value | None] = {}
    for value in values:
        key = (value.kind, value.slot)
        if key in found and (found[key] is None or not values_agree(found[key], value)):  # type: ignore[arg-type]
            found[key] = None
        else:
            found.setdefault(key, value)
    return found


def _rest(text: str, values: Iterable[Value]) -> set[str]:
    for value in values:
        text = text.replace(value.text, " ")
    return {w.lower() for w in _WORDS.findall(text) if w.lower() not in _STOP}


def _mentions(text: str, key: str) -> bool:
    return re.search(rf"\b{re.escape(key)}", text, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class Stated:
    """One sentence's values, ready to compare."""

    text: str
    slots: dict[tuple[str, str], Value | None]
    rest: set[str]
    scope: Scope

    @classmethod
    def of(cls, text: str) -> Stated:
        values = sentence_values(text)
        return cls(text, _slots(values), _rest(text, values), Scope.of(text, values))


def differences(a: Stated, b: Stated) -> list[tuple[Value, Value]]:
    """The values two sentences of one fact state differently (see the module doc)."""
    years_a, years_b = set(_YEAR.findall(a.text)), set(_YEAR.findall(b.text))
    if years_a and years_b and years_a != years_b:
        return []  # two years: two times, not two versions of one
    found: list[tuple[Value, Value]] = []
    for key, va in a.slots.items():
        vb = b.slots.get(key)
        if va is None or vb is None or va.kind in ("date", "place") or values_agree(va, vb):
            continue
        if va.kind == "name" and (_mentions(b.text, va.key) or _mentions(a.text, vb.key)):
            continue
        if va.kind in ("amount", "measure") and not va.near & vb.near:
            continue  # "$5.1 trillion in spending cuts" / "$4.3 trillion from benefit programs": two sums
        if not comparable(a.scope, va, b.scope, vb):
            continue  # another person's age, a part and the whole, another group, an anecdote
        found.append((va, vb))
    if found:
        return found
    return _date_or_place(a, b)


def _date_or_place(a: Stated, b: Stated) -> list[tuple[Value, Value]]:
    """A date or place told differently, in two sentences that agree on everything else."""
    union = a.rest | b.rest
    if not union or len(a.rest & b.rest) / len(union) < REST_AGREES:
        return []
    found = []
    for key, va in a.slots.items():
        vb = b.slots.get(key)
        if va is None or vb is None or va.kind not in ("date", "place") or va.key == vb.key:
            continue
        if _mentions(b.text, va.key) or _mentions(a.text, vb.key):
            continue
        found.append((va, vb))
    return found


def differs(a: str, b: str) -> bool:
    """Whether two sentences that state one fact give it different values."""
    return bool(differences(Stated.of(a), Stated.of(b)))


# --- a brief's items ----------------------------------------------------------------------------


def source_date(source: Source) -> str:
    """The source's date as ingest decided it (metadata, dateline, else the file's day), ISO, or ""."""
    try:
        return _dt.date.fromisoformat(source.date.strip()[:10]).isoformat()
    except ValueError:
        return ""


def _earliest(features: Features, rows: Iterable[int]) -> tuple[str, DateOrigin]:
    """The earliest date of the rows' sources and where it came from ("" when none is known); on one
    day, an article's own date is named before a file's day, being the better evidence."""
    dated = [(source_date(src), src.date_from) for src in (features.rows[r].source for r in rows)]
    known = [(day, origin) for day, origin in dated if day]
    return min(known, key=lambda d: (d[0], d[1] is DateOrigin.FILE_TIME), default=("", DateOrigin.NONE))


def _citation(features: Features, row: int) -> Citation:
    info = features.rows[row]
    sent = info.sentence
    return Citation(sent.source_id, sent.index, sent.start, sent.end, info.source.text[sent.start : sent.end])


def _members(features: Features, row: int, cited: Sequence[int]) -> list[int]:
    """The rows of other sources that state ``row``'s fact (``facts.same_fact``), with those cited."""
    own = features.source_of_row[row]
    sims = features.similarities(row)
    found = dict.fromkeys(r for r in cited if features.source_of_row[r] != own)
    for other in (sims >= closest_cosine()).nonzero()[0].tolist():
        if other == row or features.source_of_row[other] == own:
            continue  # an article that says two values tells of a change, not a disagreement
        if same_fact(features, row, other, float(sims[other])):
            found[other] = None
    return list(found)


def _classes(slot: tuple[str, str], rows: list[int], stated: dict[int, Stated]) -> list[list[int]]:
    """Rows grouped by the value they give for ``slot``, the first row's class first."""
    classes: list[list[int]] = []
    for row in rows:
        value = stated[row].slots.get(slot)
        if value is None:
            continue
        for members in classes:
            if values_agree(stated[members[0]].slots[slot], value):  # type: ignore[arg-type]
                members.append(row)
                break
        else:
            classes.append([row])
    return classes


def _disagreement(
    features: Features, slot: tuple[str, str], classes: list[list[int]], stated: dict[int, Stated]
) -> Disagreement:
    dates = {r: source_date(features.rows[r].source) for members in classes for r in members}
    values = []
    for members in classes:
        date, date_from = _earliest(features, members)
        values.append(
            StatedValue(
                text=stated[members[0]].slots[slot].text,  # type: ignore[union-attr]
                citations=tuple(_citation(features, r) for r in sorted(members)),
                date=date,
                date_from=date_from,
            )
        )
    spans = [[dates[r] for r in members] for members in classes]
    update = False
    if all(all(spans_i) for spans_i in spans):
        order = sorted(range(len(values)), key=lambda i: min(spans[i]))
        update = all(max(spans[i]) < min(spans[j]) for i, j in itertools.pairwise(order))
        if update:
            values = [values[i] for i in order]
    about = _about(*slot)
    return Disagreement(kind=slot[0], about=about, values=tuple(values), update=update)


_ABOUT = {"death": "deaths", "injury": "injuries", "arrest": "arrests", "missing": "the missing",
          "evacuated": "evacuations", "amount": "the amount", "share": "the share", "age": "the age",
          "date": "the date", "place": "the place"}  # fmt: skip


def _about(kind: str, slot: str) -> str:
    """What the values are of, as a reader says it ("deaths", "who it was led by", "the length")."""
    if kind == "name":
        return f"who it was {slot}"
    if kind == "measure":
        return f"the {slot}"
    if kind == "count":
        if slot in _ABOUT:
            return _ABOUT[slot]
        if slot.endswith("ed") or slot in IRREGULAR_PASTS:
            return f"the number {slot}"  # "three people were stabbed": the number stabbed, not "stabbeds"
        return slot if slot.endswith("s") else f"the number of {slot}s"
    return _ABOUT.get(kind, kind)


def item_disagreements(features: Features, row: int, cited: Sequence[int] = ()) -> tuple[Disagreement, ...]:
    """Where the sentences of ``row``'s fact give values other than ``row``'s own."""
    members = _members(features, row, cited)
    stated = {r: Stated.of(features.rows[r].text) for r in [row, *members]}
    if not any(v is not None for v in stated[row].slots.values()):
        return ()
    slots: dict[tuple[str, str], list[int]] = {}
    for other in members:
        for va, vb in differences(stated[row], stated[other]):
            if va.kind == "place" and _knows_both(features, row, other, va, vb):
                continue
            slots.setdefault((va.kind, va.slot), []).append(other)
    found = []
    for slot, differing in slots.items():
        agreeing = [r for r in members if r not in differing and _agrees_on(stated, row, r, slot)]
        classes = [[row, *agreeing], *_classes(slot, differing, stated)]
        sources = [{int(features.source_of_row[r]) for r in members} for members in classes]
        if sum(len(s) for s in sources) != len(set().union(*sources)):
            continue  # a source that gives both values tells of a range or a change, not a disagreement
        found.append(_disagreement(features, slot, classes, stated))
    return tuple(found)


def _knows_both(features: Features, row: int, other: int, va: Value, vb: Value) -> bool:
    """Whether either article names the other's place: "in Paris" and "in France" from articles that
    both know the attack was in Paris, France, are one place told at two scales."""
    text_a, text_b = features.rows[row].source.text, features.rows[other].source.text
    return _mentions(text_b, va.key) or _mentions(text_a, vb.key)


def _agrees_on(stated: dict[int, Stated], row: int, other: int, slot: tuple[str, str]) -> bool:
    mine, theirs = stated[row].slots.get(slot), stated[other].slots.get(slot)
    return mine is not None and theirs is not None and values_agree(mine, theirs)


def with_disagreements(features: Features, items: Sequence[BriefItem]) -> tuple[BriefItem, ...]:
    """``items`` with the disagreements of their facts attached (an item shown from no row, such as
    the user's own sentence, has none)."""
    row_of = {(r.sentence.source_id, r.sentence.index): k for k, r in enumerate(features.rows)}
    out = []
    for item in items:
        rows = [row_of.get((c.source_id, c.sentence_index)) for c in item.citations]
        if not rows or rows[0] is None:
            out.append(item)
            continue
        cited = [r for r in rows[1:] if r is not None]
        found = item_disagreements(features, rows[0], cited)
        out.append(replace(item, disagreements=found) if found else item)
    return tuple(out)
