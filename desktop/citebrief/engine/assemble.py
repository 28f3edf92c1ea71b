"""Chosen rows -> brief items: the text shown, every citation, and the reading order.

The reading order, with the brief's lead first, is ``order``'s.
"""

from __future__ import annotations

from citebrief.core.model import BriefItem, BriefOptions, Citation
from citebrief.engine.concepts import concept_weights
from citebrief.engine.features import Features
from citebrief.engine.order import lead_row, reading_order
from citebrief.engine.quote_context import open_at_start
from citebrief.engine.quote_marks import balanced_texts
from citebrief.engine.sections import arrange, cover_subjects
from citebrief.engine.selection import equivalents


def citation_for(features: Features, row: int) -> Citation:
    info = features.rows[row]
    source = info.source
    sent = info.sentence
    return Citation(source.id, sent.index, sent.start, sent.end, source.text[sent.start : sent.end])


def citations_of(features: Features, rows: list[int]) -> dict[int, tuple[Citation, ...]]:
    """Each row's own citation first, then every other row stating the same fact, in corpus order.

    A source sentence is cited by one brief sentence only: the first of ``rows`` that claims it.
    """
    taken: set[int] = set(rows)
    same = equivalents(features, rows)
    cited = {}
    for row in rows:
        others = [r for r in same[row] if r not in taken]
        taken.update(others)
        cited[row] = (citation_for(features, row), *(citation_for(features, r) for r in others))
    return cited


def build_items(
    features: Features, rows: list[int], options: BriefOptions | None = None
) -> tuple[BriefItem, ...]:
    """Brief items of the chosen rows (best first), in reading order.

    With ``options.sections == "auto"`` a folder on several subjects gets a sentence of each and its
    items grouped under the subjects' headings (see ``sections``).
    """
    sectioned = options is not None and options.sections == "auto"
    if sectioned and options is not None:
        rows = cover_subjects(features, rows, options)
    cited = citations_of(features, rows)
    lead = lead_row(features, concept_weights(features, frozenset()), among=rows)
    ordered = reading_order(features, rows, lead)
    placed = arrange(features, ordered) if sectioned else [(row, "") for row in ordered]
    texts = shown_texts(features, [r for r, _h in placed])
    return tuple(
        BriefItem(text=text, citations=cited[row], section=heading)
        for (row, heading), text in zip(placed, texts, strict=True)
    )


def shown_texts(features: Features, rows: list[int]) -> list[str]:
    """What the brief shows of ``rows`` in reading order: each sentence with its quotes balanced."""
    source = features.source_of_row

    def before(row: int) -> int | None:
        return row - 1 if row > 0 and source[row - 1] == source[row] else None

    def same_paragraph(row: int, earlier: int) -> bool:
        info, prior = features.rows[row], features.rows[earlier]
        return "\n" not in info.source.text[prior.sentence.end : info.sentence.start]

    # the sentence before in its paragraph: a quote a new paragraph reopens is no misplaced closing mark
    previous = [
        None if (b := before(r)) is None or not same_paragraph(r, b) else features.rows[b].text for r in rows
    ]
    follows = [i > 0 and before(r) == rows[i - 1] for i, r in enumerate(rows)]
    open_before = [open_at_start(features.rows[r]) for r in rows]
    return balanced_texts([features.rows[r].text for r in rows], previous, follows, open_before)
