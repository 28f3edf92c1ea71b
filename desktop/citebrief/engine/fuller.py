"""One telling of a fact that holds another one and more: the brief keeps the fuller telling.

"President Trump has announced Judge Neil Gorsuch of Colorado as his pick for the Supreme Court." and
"President Donald Trump on Tuesday tapped Judge Neil Gorsuch for the Supreme Court, elevating a
49-year-old judge ... to replace the late Justice Antonin Scalia." tell one fact; the second says all
the first does (its words, numbers, people and what happened) and adds when and who was replaced.
Saying the fact once means keeping that fuller line, in the thinner one's place; dropping the later,
fuller line instead loses the detail readers wanted.

Selection takes the fuller line when it is about to take the thinner one (``citebrief_method``), and
records the swap on the rows it returns (``Chosen.places``): the fuller line then reads where the
thinner one would have (``assemble``), so the lines that followed on from that fact still follow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from citebrief.engine.fact_signals import main_predicate
from citebrief.engine.facts import closest_cosine
from citebrief.engine.features import Features
from citebrief.engine.sentence_signals import signals
from citebrief.engine.tuning import TUNING

_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")


class Chosen(list[int]):
    """Rows chosen for a brief, with ``places``: each fuller telling taken in a thinner line's stead,
    mapped to that line (whose place in the reading order it takes)."""

    def __init__(self, rows: Iterable[int] = (), *, places: Mapping[int, int] | None = None) -> None:
        super().__init__(rows)
        self.places: dict[int, int] = dict(places or {})


_DENIAL = re.compile(r"\b(?:not|never|no|none|nobody|nothing|without)\b|n't\b", re.IGNORECASE)


def _denies(text: str) -> bool:
    return bool(_DENIAL.search(text.replace("’", "'")))


def tells_more(features: Features, thin: int, full: int, cosine: float) -> bool:
    """Whether ``full`` tells all ``thin`` tells, with detail besides: nearly all of ``thin``'s content
    words (``TUNING.fuller_share``), all its numbers, people and places and the words of its main verb,
    and ``TUNING.fuller_detail`` content words more; on no other day or year; and it is no quote or
    talk where ``thin`` is a plain statement (a quote tells what someone said, not the fact)."""
    if thin == full or cosine < closest_cosine():
        return False
    thin_stems, full_stems = set(features.stems[thin]), set(features.stems[full])
    if len(thin_stems) < TUNING.covered_min_stems:
        return False  # a fragment's few words are in many lines; it states no fact of its own
    if len(thin_stems & full_stems) < TUNING.fuller_share * len(thin_stems):
        return False
    if len(full_stems - thin_stems) < TUNING.fuller_detail:
        return False
    a, b = signals(features, thin), signals(features, full)
    if not (a.numbers <= b.numbers and a.actors <= b.actors):
        return False
    # What happened, as ``thin``'s main verb tells it, must be what ``full``'s main clause tells: a verb
    # of no content ("was gone", "did something") leaves the fact to words the other line may use of
    # something else, and the words said in passing ("could result in Cosby facing criminal charges"
    # for "Cosby has never been criminally charged") tell another fact.
    told = set(features.tools.content_stems(main_predicate(features.rows[full].text, coordinated=True)))
    if not a.predicate or not a.predicate <= told | b.predicate:
        return False
    if a.past != b.past or a.planned != b.planned:
        return False
    if a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        return False
    if _denies(features.rows[thin].text) != _denies(features.rows[full].text):
        return False  # "has never been charged" / "could face charges": the same words, the opposite fact
    quoted = features.rows[full].text.startswith(_QUOTE_MARKS) or b.talk
    return not quoted or features.rows[thin].text.startswith(_QUOTE_MARKS) or a.talk
