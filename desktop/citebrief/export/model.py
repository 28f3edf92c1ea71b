"""The neutral document every export format renders, so all formats say exactly the same thing.

Numbering (the same in every format and in the window): a citation number names a *source*; the cited
sources are numbered in the folder's order (`Brief.cited_source_ids`, `core.model.number_order`), so
a rebuild keeps every number unless the set of cited sources changes. A reader learns "1 is the Valley
Courier" once, and the Sources section lists each source once, under its number. Each number is a
link to the exact quoted sentence inside that source's entry, so a click lands on the words the brief
sentence stands for, not just on the source. When one brief sentence cites two sentences of the same
source, its number appears once and links to the first; both quotes are listed under the source.

A brief sentence the user edited no longer matches its source word for word; the entry of every quote
it cites carries a note saying so, next to the original wording.
"""

from __future__ import annotations

import datetime as _dt
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from citebrief.core.model import Brief, Citation, DateOrigin, Disagreement, SourceRef

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quoted source sentence, listed once under its source."""

    anchor: str  # a link target id, ASCII letters, digits and hyphens only
    text: str  # the quote as the source has it (runs of white space made single spaces)
    edited_in: tuple[int, ...]  # 1-based numbers of edited brief sentences that cite this quote


@dataclass(frozen=True, slots=True)
class SourceEntry:
    number: int
    anchor: str
    title: str
    location: str  # path relative to the opened folder, or the file name
    date: str
    quotes: tuple[QuoteEntry, ...]


@dataclass(frozen=True, slots=True)
class CiteMark:
    """A citation number after a brief sentence; ``quotes`` are what it points to (for tooltips)."""

    number: int
    anchor: str  # the anchor of the first quote this sentence cites in that source
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocSentence:
    number: int  # 1-based position in the brief
    text: str
    marks: tuple[CiteMark, ...]
    edited: bool
    new: bool = False  # added by an update of the brief and not yet accepted: shown with `NEW_LABEL`
    differs: str = ""  # the note at a sentence whose sources differ: "killing 15 [1, 2]; killing 12 [3]"


@dataclass(frozen=True, slots=True)
class DiffValue:
    """One version of a value, with the citation numbers of the sources that give it."""

    text: str
    marks: tuple[CiteMark, ...]
    citations: tuple[Citation, ...]
    date: str  # ISO, when known
    titles: tuple[str, ...] = ()  # the sources' titles, in number order (for formats without numbers)
    date_from: DateOrigin = DateOrigin.NONE
    when: str = ""  # the date beside an update's version: "2026-05-27, file's day" (`Disagreement.when`)

    def line(self, *, update: bool, titles: bool = False) -> str:
        """The version as one line: "killing 15 people [1, 2]" (or with the sources' titles)."""
        said = ", ".join(self.titles) if titles else ", ".join(str(m.number) for m in self.marks)
        cited = f" ({said})" if titles else f" [{said}]"
        return f"{self.text}{cited}" + (f", {self.when}" if update and self.when else "")


@dataclass(frozen=True, slots=True)
class DiffEntry:
    """One entry of "Where sources differ": the brief sentence, what differs and each version."""

    sentence: int  # the brief sentence's number
    sentence_text: str
    kind: str
    about: str
    update: bool
    note: str  # the same words as the note at the sentence
    values: tuple[DiffValue, ...]


@dataclass(frozen=True, slots=True)
class DocSection:
    heading: str  # "" for the sentences of a brief without sections
    sentences: tuple[DocSentence, ...]
    # 0: a heading of the brief's own (a story, or a sub-topic of a one-story brief); 1: a sub-topic
    # beneath its story's heading. A story's heading is a section of its own, with no sentences.
    level: int = 0


@dataclass(frozen=True, slots=True)
class ExportDocument:
    title: str
    date: str  # for people: "22 November 2026"
    date_iso: str  # for metadata; "" when the brief's date is not a calendar date
    source_line: str  # "Draws on 3 of the 4 sources read."
    sections: tuple[DocSection, ...]
    sources: tuple[SourceEntry, ...]
    differences: tuple[DiffEntry, ...] = ()  # "Where sources differ", in brief order
    # A brief of several stories: the stories it had no room for ("Heading — 3 sources") and the
    # files in no story, listed after the brief's text under `ALSO_HEADING` and `UNGROUPED_HEADING`.
    also: tuple[str, ...] = ()
    ungrouped: tuple[str, ...] = ()

    @property
    def end_lists(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(heading, lines) of each list after the brief's text that has lines."""
        lists = ((ALSO_HEADING, self.also), (UNGROUPED_HEADING, self.ungrouped))
        return tuple((heading, lines) for heading, lines in lists if lines)

    @property
    def sentences(self) -> tuple[DocSentence, ...]:
        return tuple(s for section in self.sections for s in section.sentences)


NEW_LABEL = "New"  # before a sentence an update added, in every format
ALSO_HEADING = "Also in this folder"
UNGROUPED_HEADING = "Not grouped"


def also_line(heading: str, sources: int) -> str:
    """A story the brief had no room for, as the "Also in this folder" list shows it."""
    return f"{heading} — {sources} source" + ("" if sources == 1 else "s")


# Control characters a document cannot hold (XML 1.0 forbids them; they print as boxes elsewhere).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def one_line(text: str) -> str:
    """Text as a reader sees it: one line, single spaces, no control characters."""
    words = (_INVISIBLE.sub("", word) for word in text.split())  # split() already ate \t, \v, \f...
    return " ".join(word for word in words if word)


# Unicode bidi isolates (UAX #9): a quote's own direction controls, say U+202E RIGHT-TO-LEFT OVERRIDE,
# or its right-to-left letters end at its edges and cannot reorder the citation numbers or words around
# it. Presentation only: the quote's characters are kept as its source has them, and citations and
# JSON never hold the isolates. Text with no right-to-left letter or control cannot reorder anything,
# so it is left as it is (no invisible characters in every line of a Markdown or text file).
FSI, PDI = "\u2068", "\u2069"
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_REORDERING = frozenset({"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})


_FIRST_REORDERING = "\u0590"  # no character before the Hebrew block has a class in _REORDERING


def _reorders(text: str) -> bool:
    # The editor asks this of every sentence at each key typed: most sentences are settled by `max`.
    if not text or max(text) < _FIRST_REORDERING:
        return False
    return any(unicodedata.bidirectional(char) in _REORDERING for char in text)


def isolate(text: str, *, html: bool = False) -> str:
    """``text`` set apart for bidi, between FSI and PDI or in ``<bdi>`` for HTML (``text`` escaped),
    when it holds anything that could reorder its surroundings.

    Stray isolate controls inside the quote are matched by extra isolates around it, so an unpaired
    U+2069 cannot end the isolation early and an unclosed one cannot swallow what follows. (A `<bdi>`
    element is isolated by the page's structure, whatever its text holds.)
    """
    if not _reorders(text):
        return text
    if html:
        return f"<bdi>{text}</bdi>"
    opening, closing = isolates(text)
    return opening + text + closing


def isolates(text: str) -> tuple[str, str]:
    """The marks `isolate` puts before and after ``text`` ("" and "" when it needs none)."""
    if not _reorders(text):
        return "", ""
    if not any(char in text for char in (*_ISOLATE_OPENERS, PDI)):
        return FSI, PDI
    depth = unmatched_closers = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            if depth:
                depth -= 1
            else:
                unmatched_closers += 1
    return FSI * (1 + unmatched_closers), PDI * (1 + depth)


def display_date(value: str) -> tuple[str, str]:
    """(human date, ISO date) for an ISO date string; other strings are shown as they are."""
    value = value.strip()
    try:
        day = _dt.date.fromisoformat(value[:10])
    except ValueError:
        return value, ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}", day.isoformat()


def _location(ref: SourceRef) -> str:
    if ref.relpath:
        return ref.relpath.replace("\\", "/")
    return posixpath.basename(ref.path.replace("\\", "/")) or ref.path


def _source_line(cited: int, read: int) -> str:
    noun = "source" if cited == 1 else "sources"
    if read > cited:
        return f"Draws on {cited} of the {read} sources read."
    return f"Draws on {cited} {noun}."


def _sections(
    sentences: Iterable[tuple[str, DocSentence]],
    story_of: Iterable[str] = (),
    stories: dict[str, str] | None = None,
) -> tuple[DocSection, ...]:
    """Consecutive sentences with the same heading share one section; with ``stories`` (story id ->
    heading) each story opens with its heading and its sub-topics sit beneath it."""
    sections: list[DocSection] = []
    story_ids = iter(story_of)
    current: str | None = None
    for heading, sentence in sentences:
        level = 0
        if stories is not None:
            story = next(story_ids, "")
            level = 1
            if story != current:
                current = story
                sections.append(DocSection(one_line(stories.get(story, "")), (), 0))
                sections.append(DocSection(heading, (sentence,), level))
                continue
        if (
            sections
            and sections[-1].heading == heading
            and sections[-1].level == level
            and sections[-1].sentences
        ):
            last = sections[-1]
            sections[-1] = DocSection(last.heading, (*last.sentences, sentence), level)
        else:
            sections.append(DocSection(heading, (sentence,), level))
    return tuple(sections)


def build_document(brief: Brief) -> ExportDocument:
    """Number sources and quotes once; every renderer reads the result and nothing else."""
    refs = {ref.id: ref for ref in brief.sources}
    numbers = {source_id: n for n, source_id in enumerate(brief.cited_source_ids(), start=1)}
    # Quotes per source in order of first citation. A sentence a source prints twice (a repeated
    # paragraph) is one quote to a reader: it is listed once, whichever copy was cited.
    quote_keys: dict[str, list[str]] = {sid: [] for sid in numbers}
    edited_in: dict[tuple[str, str], list[int]] = {}

    def quote_anchor(cit: Citation) -> str:
        keys = quote_keys[cit.source_id]
        key = one_line(cit.quote)
        if key not in keys:
            keys.append(key)
        return f"source-{numbers[cit.source_id]}-quote-{keys.index(key) + 1}"

    placed: list[tuple[str, DocSentence]] = []
    differences: list[DiffEntry] = []
    titles = {ref.id: one_line(ref.title) or one_line(_location(ref)) for ref in brief.sources}
    for position, item in enumerate(brief.items, start=1):
        for cit in item.citations:
            if item.edited:
                edited_in.setdefault((cit.source_id, one_line(cit.quote)), []).append(position)
        marks = _marks_of(item.citations, numbers, quote_anchor)
        found = item.open_disagreements()
        note = one_line(" ".join(differ_note(d, numbers) for d in found))
        sentence = DocSentence(position, one_line(item.text), marks, item.edited, new=item.new, differs=note)
        placed.append((one_line(item.section), sentence))
        differences += [_diff_entry(sentence, d, numbers, quote_anchor, titles) for d in found]

    date, date_iso = display_date(one_line(brief.created))
    return ExportDocument(
        title=one_line(brief.title) or "Brief",
        date=date,
        date_iso=date_iso,
        source_line=_source_line(len(numbers), max(len(brief.sources), len(numbers))),
        sections=_sections(
            placed,
            (item.story for item in brief.items),
            {story.id: story.heading for story in brief.stories} if brief.stories else None,
        ),
        sources=_source_entries(refs, numbers, quote_keys, edited_in),
        differences=tuple(differences),
        also=tuple(one_line(also_line(s.heading, s.source_count)) for s in brief.stories if not s.shown),
        ungrouped=tuple(one_line(_location(refs[sid])) for sid in brief.ungrouped if sid in refs),
    )


def _source_entries(
    refs: dict[str, SourceRef],
    numbers: dict[str, int],
    quote_keys: dict[str, list[str]],
    edited_in: dict[tuple[str, str], list[int]],
) -> tuple[SourceEntry, ...]:
    """The Sources section: each cited source in number order with its quotes."""
    entries: list[SourceEntry] = []
    for source_id, number in numbers.items():
        ref = refs.get(source_id) or SourceRef(id=source_id, path=source_id, title=source_id, sha256="")
        quotes_out = tuple(
            QuoteEntry(
                anchor=f"source-{number}-quote-{i}",
                text=quote,
                edited_in=tuple(sorted(set(edited_in.get((source_id, quote), ())))),
            )
            for i, quote in enumerate(quote_keys[source_id], start=1)
        )
        location = one_line(_location(ref))
        entries.append(
            SourceEntry(
                number=number,
                anchor=f"source-{number}",
                title=one_line(ref.title) or location,
                location=location,
                date=one_line(display_date(ref.date)[0]) if ref.date else "",
                quotes=quotes_out,
            )
        )

    return tuple(entries)


def _marks_of(
    citations: Iterable[Citation], numbers: dict[str, int], quote_anchor: Callable[[Citation], str]
) -> tuple[CiteMark, ...]:
    """One mark per cited source, in number order, pointing at its first quote."""
    first_anchor: dict[str, str] = {}
    quotes: dict[str, list[str]] = {}
    for cit in citations:
        first_anchor.setdefault(cit.source_id, quote_anchor(cit))
        text = one_line(cit.quote)
        if text not in quotes.setdefault(cit.source_id, []):
            quotes[cit.source_id].append(text)
    return tuple(
        CiteMark(numbers[sid], first_anchor[sid], tuple(quotes[sid]))
        for sid in sorted(first_anchor, key=numbers.__getitem__)
    )


def _diff_entry(
    sentence: DocSentence,
    found: Disagreement,
    numbers: dict[str, int],
    quote_anchor: Callable[[Citation], str],
    titles: dict[str, str],
) -> DiffEntry:
    values = []
    for value in found.values:
        marks = _marks_of(value.citations, numbers, quote_anchor)
        cited = sorted({c.source_id for c in value.citations}, key=lambda sid: numbers.get(sid, 0))
        titled = tuple(titles.get(sid, sid) for sid in cited)
        values.append(
            DiffValue(
                one_line(value.text),
                marks,
                value.citations,
                value.date,
                titled,
                date_from=value.date_from,
                when=one_line(found.when(value)),
            )
        )
    return DiffEntry(
        sentence=sentence.number,
        sentence_text=sentence.text,
        kind=found.kind,
        about=one_line(found.about),
        update=found.update,
        note=one_line(differ_note(found, numbers)),
        values=tuple(values),
    )


def differ_note(found: Disagreement, numbers: dict[str, int]) -> str:
    """The note at a sentence: "Sources differ: killing 15 people [1, 2]; killing 12 people [3]."."""
    said = found.describe(numbers)
    return f"{said}." if found.update else f"Sources differ: {said}."


def differs_heading(entry: DiffEntry) -> str:
    """The line that opens an entry of "Where sources differ"."""
    what = "updated" if entry.update else "sources differ"
    return f"Sentence {entry.sentence}: {what} on {entry.about}"


DIFFER_TITLE = "Where sources differ"


def edited_note(numbers: tuple[int, ...]) -> str:
    """The note beside an original quote whose brief sentence(s) the user reworded."""
    if len(numbers) == 1:
        return f"Sentence {numbers[0]} of the brief was edited; this is the original wording."
    listed = ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
    return f"Sentences {listed} of the brief were edited; this is the original wording."
