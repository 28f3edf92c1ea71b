"""The data model: frozen dataclasses that cross every layer boundary.

Invariants (tested property-wise):
- ``source.text[s.start:s.end] == s.text`` for every sentence ``s`` of a source;
- ``source.text[c.start:c.end] == c.quote`` for every citation ``c`` that points into that source.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from citebrief.core.paths import display


class SentenceRole(StrEnum):
    """What a unit of source text is; only ``BODY`` units are candidates for a brief."""

    BODY = "body"
    HEADING = "heading"  # a headline or section title: its own unit, never glued to the next
    BYLINE = "byline"  # author, agency, date or credit lines
    BOILERPLATE = "boilerplate"  # share buttons, comment policy, navigation, repeated lines


class DateOrigin(StrEnum):
    """Where a source's date came from; only the article's own dates (metadata, dateline) are shown."""

    NONE = ""
    METADATA = "metadata"  # the page's metadata (HTML)
    DATELINE = "dateline"  # a dateline or date line at the top of the article
    FILE_TIME = "file time"  # the file's modification day: orders versions, never shown as the article's


# How a date is named beside it when an update's order rests on a file's day (`Disagreement.when`).
DATE_KINDS = {
    DateOrigin.METADATA: "metadata",
    DateOrigin.DATELINE: "dateline",
    DateOrigin.FILE_TIME: "file's day",
}


class LengthUnit(StrEnum):
    WORDS = "words"
    SENTENCES = "sentences"


@dataclass(frozen=True, slots=True)
class Sentence:
    source_id: str
    index: int
    start: int
    end: int
    text: str
    role: SentenceRole = SentenceRole.BODY

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Source:
    """One readable document: ``text`` is exactly what the viewer shows and offsets index into."""

    id: str
    path: str
    title: str
    text: str
    sha256: str
    language: str
    sentences: tuple[Sentence, ...]
    relpath: str = ""
    # The day (ISO) disagreements order versions by: ingest's choice of metadata, dateline or file time,
    # recorded in ``date_from``; stories and exports read only the article's own date (``own_date``).
    date: str = ""
    date_from: DateOrigin = DateOrigin.NONE

    @property
    def display_path(self) -> str:
        return display(self.relpath or self.path)

    @property
    def own_date(self) -> str:
        """The date the article itself gives (what exports show): never the file's time."""
        return "" if self.date_from is DateOrigin.FILE_TIME else self.date

    def sentence(self, index: int) -> Sentence:
        return self.sentences[index]


@dataclass(frozen=True, slots=True)
class Notice:
    """A file that was skipped (or read only in part) and the reason, in the user's words."""

    path: str
    reason: str
    skipped: bool = True


@dataclass(frozen=True, slots=True)
class Corpus:
    sources: tuple[Source, ...]
    notices: tuple[Notice, ...] = ()
    root: str = ""

    def source(self, source_id: str) -> Source:
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def by_id(self) -> dict[str, Source]:
        return {src.id: src for src in self.sources}

    def without(self, excluded: frozenset[str] | set[str]) -> Corpus:
        """The same corpus with the given source ids left out (the user unticked them)."""
        return replace(self, sources=tuple(s for s in self.sources if s.id not in excluded))


@dataclass(frozen=True, slots=True)
class Citation:
    source_id: str
    sentence_index: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class StatedValue:
    """One version of a value that sources give for one fact, as its sentences word it."""

    text: str  # "15 killed"
    citations: tuple[Citation, ...]  # every source sentence that states it
    date: str = ""  # the earliest date of its sources (ISO), when known
    date_from: DateOrigin = DateOrigin.NONE  # where that date came from


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sentences that state one fact with different values ("12 killed" / "15 killed").

    ``values[0]`` is the value of the sentence the brief shows, unless ``update``: then the values
    are in the order of their sources' dates, the last being the latest report.
    """

    kind: str  # count, amount, share, measure, age, name, date, place
    about: str  # what the values are of: "killed", "led by", "$"
    values: tuple[StatedValue, ...]
    update: bool = False
    dismissed: bool = False  # the user said it is no disagreement; kept with the brief

    def citations(self) -> tuple[Citation, ...]:
        return tuple(cit for value in self.values for cit in value.citations)

    def when(self, value: StatedValue) -> str:
        """The date an update shows beside ``value`` ("" when not an update). A file's day only says
        when the file was saved, so when one orders the versions every date says what it is:
        "2026-05-27, file's day", "2026-05-30, dateline"."""
        if not self.update or not value.date:
            return ""
        if any(v.date_from is DateOrigin.FILE_TIME for v in self.values) and value.date_from in DATE_KINDS:
            return f"{value.date}, {DATE_KINDS[value.date_from]}"
        return value.date

    def describe(self, numbers: Mapping[str, int]) -> str:
        """Each version with its citation numbers: "15 killed [1, 3]; 12 killed [2]"."""
        parts = []
        for value in self.values:
            cited = sorted({numbers[c.source_id] for c in value.citations if c.source_id in numbers})
            marks = f" [{', '.join(str(n) for n in cited)}]" if cited else ""
            when = f" ({self.when(value)})" if self.when(value) else ""
            parts.append(f"{value.text}{marks}{when}")
        if self.update:
            return "Updated: " + " → ".join(parts)
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class BriefItem:
    """One brief sentence: the text shown, the source sentences it stands for, whether it was edited.

    ``citations[0]`` is the sentence the text was taken from; the rest say the same in other places.
    ``section`` is the heading the item sits under ("" when the brief has no sections).
    ``new``: an update of the brief added it and the user has not accepted it yet.
    ``story`` is the id of the `Story` the item belongs to ("" when the brief is on one story).
    """

    text: str
    citations: tuple[Citation, ...]
    edited: bool = False
    section: str = ""
    new: bool = False
    disagreements: tuple[Disagreement, ...] = ()  # where the sources of its fact give other values

    def open_disagreements(self) -> tuple[Disagreement, ...]:
        """The disagreements the user has not dismissed: the window marks them, exports list them."""
        return tuple(d for d in self.disagreements if not d.dismissed)
    story: str = ""


@dataclass(frozen=True, slots=True)
class BriefOptions:
    algorithm: str = "citebrief"
    unit: LengthUnit = LengthUnit.WORDS
    length: int = 150
    focus: tuple[str, ...] = ()
    language: str = "auto"
    sections: str = "auto"  # "auto" or "off"
    stories: str = "auto"  # "auto": a folder of several stories gets a section per story; "off": one brief
    # The user's own story assignments, (source id, story id), which the grouping honours: a story id
    # the grouping does not know makes a new story of its own; `UNGROUPED` puts the document in no story.
    story_moves: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.length < 1:
            raise ValueError("length must be at least 1")
        if self.sections not in ("auto", "off"):
            raise ValueError("sections must be 'auto' or 'off'")
        if self.stories not in ("auto", "off"):
            raise ValueError("stories must be 'auto' or 'off'")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """What a brief remembers of a source, so a reopened brief can tell if it changed."""

    id: str
    path: str
    title: str
    sha256: str
    relpath: str = ""
    date: str = ""  # the article's own date when known (ISO or as printed); exports show it


UNGROUPED = ""
"""The story id of a document in no story (a scraped page, a notice): the brief lists it as "Not grouped"."""


@dataclass(frozen=True, slots=True)
class Story:
    """One story of a folder of many: the documents that tell it, and the heading its section gets.

    ``id`` is stable for the same folder (it is derived from the story's first document as the
    grouping found it), so a user's move of a document to a story still points at it after a rebuild.
    ``shown`` is False for a story the brief's length had no room for: exports list it under
    "Also in this folder". ``date`` is the newest known date of its documents (ISO), "" if none.
    """

    id: str
    heading: str
    documents: tuple[str, ...]  # source ids, in the folder's order
    date: str = ""
    shown: bool = True

    @property
    def source_count(self) -> int:
        return len(self.documents)


def _today() -> str:
    return _dt.date.today().isoformat()


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    items: tuple[BriefItem, ...]
    options: BriefOptions
    sources: tuple[SourceRef, ...]
    created: str = field(default_factory=_today)
    root: str = ""
    # A folder of several stories: its stories in the brief's order (shown ones first), and the source
    # ids in no story. Both empty for a brief on one story (today's brief).
    stories: tuple[Story, ...] = ()
    ungrouped: tuple[str, ...] = ()
    # Disagreements the user dismissed whose fact the brief does not hold now (a shorter length, a
    # source left out): a rebuild that brings the fact back keeps them dismissed.
    dismissed: tuple[Disagreement, ...] = ()

    @property
    def word_count(self) -> int:
        return sum(len(item.text.split()) for item in self.items)

    def cited_source_ids(self) -> list[str]:
        """The cited sources in citation-number order (the window and every export number them so)."""
        cited = (cit.source_id for item in self.items for cit in item_citations(item))
        return number_order(self.sources, cited)

    def story(self, story_id: str) -> Story:
        for story in self.stories:
            if story.id == story_id:
                return story
        raise KeyError(story_id)

    def source_ref(self, source_id: str) -> SourceRef:
        for ref in self.sources:
            if ref.id == source_id:
                return ref
        raise KeyError(source_id)


def number_order(sources: Sequence[SourceRef], cited: Iterable[str]) -> list[str]:
    """Citation numbers: the cited sources in the folder's order (``sources``), sources the folder
    does not list last, in order of first citation.

    A rebuild or an edit that moves sentences around keeps every number; numbers change only when the
    set of cited sources does.
    """
    first: dict[str, None] = dict.fromkeys(cited)
    rank = {ref.id: k for k, ref in enumerate(sources)}
    order = {sid: k for k, sid in enumerate(first)}
    return sorted(first, key=lambda sid: (rank.get(sid, len(rank)), order[sid]))


def item_citations(item: BriefItem) -> Iterable[Citation]:
    """What an item cites: its own citations, then the sentences of the disagreements it shows.

    A source that only gives another value for a fact is numbered too, so "12 killed [2]" points
    somewhere.
    """
    yield from item.citations
    for found in item.open_disagreements():
        yield from found.citations()
