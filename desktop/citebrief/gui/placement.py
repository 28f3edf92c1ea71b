"""Where a sentence the user adds to the brief goes: after the sentence it leans on, else in reading order.

The engine's own test of "leans on its predecessor" (`opens_with_reference`) decides which sentences need
the one before them; the reading order is the engine's too: how far into its article a sentence stands,
then the order of the sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from citebrief.core.model import Citation, SentenceRole, Source
from citebrief.engine.readability import opens_with_reference

MAX_CHAIN = 3  # "He said ..." after "She added ..." after "The mayor ...": deeper chains are rare


@dataclass(frozen=True, slots=True)
class Slot:
    """Insert after item ``after``, or before item ``before``, or (both None) at the end."""

    after: int | None = None
    before: int | None = None


def leaning_chain(source: Source, index: int, in_brief: set[int]) -> list[int]:
    """The sentence at ``index`` preceded by the sentences it leans on that the brief lacks, in order."""
    chain = [index]
    while len(chain) <= MAX_CHAIN and opens_with_reference(source.sentence(chain[0]).text):
        before = [
            s.index for s in source.sentences[: chain[0]] if s.role is SentenceRole.BODY
        ]
        if not before or before[-1] in in_brief:
            break
        chain.insert(0, before[-1])
    return chain


def _key(source_order: dict[str, int], sources: dict[str, Source], cit: Citation) -> tuple[float, int, int]:
    src = sources.get(cit.source_id)
    share = cit.sentence_index / max(1, len(src.sentences)) if src else 1.0
    return (round(share, 1), source_order.get(cit.source_id, len(source_order)), cit.sentence_index)


def slot_for(
    source: Source,
    index: int,
    *,
    items: Sequence[tuple[int, tuple[Citation, ...]]],
    sources: Sequence[Source],
) -> Slot:
    """Where sentence ``index`` of ``source`` goes among ``items`` (item id, citations; in document order).

    Right after the item citing the nearest earlier sentence of the same article; otherwise before the
    first item that reads later.
    """
    earlier = [
        (cit.sentence_index, k, item_id)
        for k, (item_id, cits) in enumerate(items)
        for cit in cits
        if cit.source_id == source.id and cit.sentence_index < index
    ]
    if earlier:
        return Slot(after=max(earlier)[2])
    order = {s.id: k for k, s in enumerate(sources)}
    by_id = {s.id: s for s in sources}
    new = Citation(source.id, index, 0, 0, "")
    for item_id, cits in items:
        if cits and _key(order, by_id, cits[0]) > _key(order, by_id, new):
            return Slot(before=item_id)
    return Slot()
