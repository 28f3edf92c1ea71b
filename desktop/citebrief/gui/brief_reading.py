"""Reading the brief back out of its document: items, their citations, spans and source numbers.

`BriefDocument` holds the text; this part of it walks the fragments (`brief_runs`) and turns them into a
`Brief`, and answers what sits where (which item, which marker, which numbers), all without changing
the text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QTextDocument

from citebrief.core.model import Brief, BriefItem, Citation, Disagreement, number_order
from citebrief.gui.brief_marks import Run, marked_sources
from citebrief.gui.brief_runs import Entry, group, walk
from citebrief.gui.brief_stories import edited_headings
from citebrief.gui.new_marks import new_item_ids


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """What the document remembers of a brief item besides its (editable) text."""

    original: str
    citations: tuple[Citation, ...]
    disagreements: tuple[Disagreement, ...] = ()  # kept through edits; dismissals saved with the brief


class BriefReading:
    """The reading half of `BriefDocument` (which sets up the attributes declared here)."""

    document: QTextDocument
    _records: dict[int, ItemRecord]
    _base: Brief
    _marker_color: QColor | None
    _normalising: bool
    _runs_cache: list[Run] | None
    _entries_cache: tuple[list[Run], list[Entry]] | None

    def runs(self) -> list[Run]:
        """The document's fragments in reading order (cached until the text changes)."""
        if self._runs_cache is None or self._normalising:
            self._runs_cache = walk(self.document)
        return self._runs_cache

    def _entries(self) -> list[Entry]:
        runs = self.runs()
        if self._entries_cache is None or self._entries_cache[0] is not runs:
            self._entries_cache = (runs, group(runs))
        return self._entries_cache[1]

    def brief(self) -> Brief:
        """The brief as it stands in the editor, with citations in reading order."""
        items: list[BriefItem] = []
        fresh = new_item_ids(self.document)
        for entry in self._entries():
            text = " ".join("".join(entry.parts).split())
            if not text:
                continue
            record = self._records.get(entry.item) if entry.item is not None else None
            if record is None:
                items.append(
                    BriefItem(text=text, citations=(), edited=True, section=entry.section, story=entry.story)
                )
                continue
            cits = self._citations_of(entry, record)
            edited = text != " ".join(record.original.split())
            items.append(
                BriefItem(
                    text=text,
                    citations=cits,
                    edited=edited,
                    section=entry.section,
                    new=entry.item in fresh,
                    disagreements=record.disagreements,
                    story=entry.story,
                )
            )
        return replace(
            self._base, items=tuple(items), stories=edited_headings(self.document, self._base.stories)
        )

    @property
    def marker_color(self) -> QColor | None:
        return self._marker_color

    @property
    def base(self) -> Brief:
        return self._base

    def record(self, item_id: int) -> ItemRecord | None:
        return self._records.get(item_id)

    def citation(self, item_id: int, index: int) -> Citation | None:
        record = self._records.get(item_id)
        if record is None or index >= len(record.citations):
            return None
        return record.citations[index]

    def edited_items(self) -> set[int]:
        edited: set[int] = set()
        for entry in self._entries():
            record = self._records.get(entry.item) if entry.item is not None else None
            text = " ".join("".join(entry.parts).split())
            if record is not None and text and text != " ".join(record.original.split()):
                edited.add(entry.item)  # type: ignore[arg-type]
        return edited

    def item_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Document ranges (start, end) of each item's text and markers, in reading order."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for entry in self._entries():
            if entry.item is not None:
                spans.setdefault(entry.item, []).append((entry.start, entry.end))
        return spans

    def marker_runs(self) -> list[Run]:
        return [run for run in self.runs() if run.marker is not None]

    def item_at(self, position: int) -> int | None:
        for run in self.runs():
            if run.start <= position < run.end and (run.item is not None or run.marker is not None):
                return run.item if run.item is not None else run.marker[0]  # type: ignore[index]
        return None

    def _markers_citing(self, source_id: str, sentence_index: int) -> list[Run]:
        """The marker runs whose citations include the given source sentence, in reading order."""
        return [
            run
            for run in self.marker_runs()
            if run.marker is not None
            and any(
                c.source_id == source_id and c.sentence_index == sentence_index
                for c in self.marker_citations(*run.marker)
            )
        ]

    def items_citing(self, source_id: str, sentence_index: int) -> list[int]:
        """Item ids (in reading order) that cite the given source sentence."""
        found: list[int] = []
        for run in self._markers_citing(source_id, sentence_index):
            if run.marker is not None and run.marker[0] not in found:
                found.append(run.marker[0])
        return found

    @staticmethod
    def _citations_of(
        entry: Entry, record: ItemRecord, kept: set[tuple[int, int] | None] | None = None
    ) -> tuple[Citation, ...]:
        """What a sentence cites, in the order it was cited: every citation of the sources its markers
        stand for (only ``kept`` markers, when given) and, while any marker stays, those of the sources
        beyond the markers."""
        shown = [
            i
            for i in entry.citations
            if i < len(record.citations) and (kept is None or (entry.item, i) in kept)
        ]
        if not shown:
            return ()
        _marked, hidden = marked_sources(record.citations)
        wanted = {record.citations[i].source_id for i in shown} | set(hidden)
        return tuple(c for c in record.citations if c.source_id in wanted)

    def numbering(self) -> dict[str, int]:
        """Source id -> citation number, the number exports give the source."""
        return self._source_numbers()

    def _source_numbers(self, kept: set[tuple[int, int] | None] | None = None) -> dict[str, int]:
        """Numbers counted over the same citations `brief()` gives, by the rule every export uses
        (`number_order`), so the window and the exports give a source the same number (``kept``: see
        `_citations_of`)."""
        cited: list[str] = []
        for entry in self._entries():
            record = self._records.get(entry.item) if entry.item is not None else None
            if record is None or not "".join(entry.parts).strip():
                continue
            cited.extend(cit.source_id for cit in self._citations_of(entry, record, kept))
            cited.extend(c.source_id for d in record.disagreements if not d.dismissed for c in d.citations())
        return {sid: n for n, sid in enumerate(number_order(self._base.sources, cited), start=1)}

    def marker_citations(self, item_id: int, index: int) -> tuple[Citation, ...]:
        """Every citation a marker stands for: all the item's citations of the marker's source."""
        record = self._records.get(item_id)
        if record is None or index >= len(record.citations):
            return ()
        source_id = record.citations[index].source_id
        return tuple(c for c in record.citations if c.source_id == source_id)

    def last_marker(self, item_id: int) -> int | None:
        """Citation index of the item's last marker in the text (it tells of the citations not shown)."""
        found: int | None = None
        for run in self.marker_runs():
            if run.marker is not None and run.marker[0] == item_id:
                found = run.marker[1]
        return found
