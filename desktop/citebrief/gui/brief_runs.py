"""Reading the brief's QTextDocument: its fragments as `Run`s, gathered into brief sentences (`Entry`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument, QTextFragment

from citebrief.export.model import FSI, PDI
from citebrief.gui.brief_marks import HEADING, ISOLATE, ITEM, MARKER_CITATION, MARKER_ITEM, Run
from citebrief.gui.brief_stories import END_LIST, STORY_HEADING

# Only the isolate characters of an isolate-marked fragment are marks: anything else typed with its
# format is the sentence's own text.
_MARKS_OR_TEXT = re.compile(f"[{FSI}{PDI}]+|[^{FSI}{PDI}]+")


@dataclass(slots=True)
class Entry:
    """One brief sentence as the document holds it: its text parts and its markers' citation indices."""

    item: int | None
    section: str
    parts: list[str] = field(default_factory=list)
    citations: list[int] = field(default_factory=list)
    start: int = 0
    end: int = 0
    story: str = ""  # the id of the story whose heading it stands under


def walk(document: QTextDocument) -> list[Run]:
    """The document's fragments in reading order, a "\\n" run closing each block."""
    result: list[Run] = []
    block = document.begin()
    while block.isValid():
        heading = bool(block.blockFormat().property(HEADING))
        story = block.blockFormat().property(STORY_HEADING)
        story = story if heading and isinstance(story, str) else None
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and not frag.charFormat().hasProperty(END_LIST):
                result.extend(_fragment_runs(frag, heading, story))
            it += 1
        result.append(
            Run(
                block.position() + block.length() - 1,
                block.position() + block.length(),
                "\n",
                heading=heading,
                story=story,
            )
        )
        block = block.next()
    return result


def _fragment_runs(frag: QTextFragment, heading: bool, story: str | None) -> list[Run]:
    fmt = frag.charFormat()
    run = Run(frag.position(), frag.position() + frag.length(), frag.text(), heading=heading, story=story)
    if fmt.hasProperty(MARKER_ITEM):
        run.marker = (int(fmt.property(MARKER_ITEM)), int(fmt.property(MARKER_CITATION)))
    elif fmt.hasProperty(ISOLATE):
        return _isolate_runs(run, int(fmt.property(ITEM)))
    elif fmt.hasProperty(ITEM) and not heading:
        run.item = int(fmt.property(ITEM))
    return [run]


def _isolate_runs(run: Run, item: int) -> list[Run]:
    """An isolate-marked fragment as its marks (``isolate``) and any text typed with their format."""
    if not run.text.strip(FSI + PDI):  # nearly always: marks only
        run.item, run.isolate = item, True
        return [run]
    runs = []
    for match in _MARKS_OR_TEXT.finditer(run.text):
        marks = match.group()[0] in (FSI, PDI)
        start, end = run.start + match.start(), run.start + match.end()
        piece = Run(start, end, match.group(), heading=run.heading, story=run.story)
        piece.isolate = marks
        piece.item = item if marks or not run.heading else None
        runs.append(piece)
    return runs


def group(runs: list[Run]) -> list[Entry]:
    """Runs gathered into brief sentences: an item's text and markers, under their section heading."""
    entries: list[Entry] = []
    section = ""
    story = ""
    heading_text: list[str] = []
    for run in runs:
        if run.story is not None:  # a story's heading: a new story, not yet in any of its sections
            story, section, heading_text = run.story, "", []
            continue
        if run.heading:
            if run.isolate:
                continue
            if run.text == "\n":
                section = " ".join("".join(heading_text).split())
                heading_text = []
            else:
                heading_text.append(run.text)
            continue
        owner = run.marker[0] if run.marker else run.item
        last = entries[-1] if entries else None
        if run.marker is None and run.item is None and not run.text.strip():
            if last is not None:
                last.parts.append(" ")
            continue
        if run.marker is not None and _typed_between_markers(entries, owner, section, story):
            typed = entries.pop()  # words typed among a sentence's markers join that sentence
            last = entries[-1]
            last.parts += typed.parts
        if (
            last is None
            or last.item != owner
            or last.section != section
            or last.story != story
            or (owner is None and last.citations)
        ):
            last = Entry(item=owner, section=section, start=run.start, story=story)
            entries.append(last)
        if run.marker is not None:
            if run.marker[1] not in last.citations:
                last.citations.append(run.marker[1])
        elif not run.isolate:  # the marks belong to the sentence's span, never to its text
            last.parts.append(run.text)
        last.end = run.end
    return entries


def _typed_between_markers(entries: list[Entry], owner: int | None, section: str, story: str) -> bool:
    """Whether the last entry is the user's words typed after a marker of sentence ``owner``, which a
    further marker of the same sentence follows: those words belong to the sentence, and its markers
    stay together with it."""
    if owner is None or len(entries) < 2:
        return False
    typed, before = entries[-1], entries[-2]
    return (
        typed.item is None
        and not typed.citations
        and before.item == owner
        and bool(before.citations)
        and (before.section, before.story) == (section, story)
        and typed.section == section
    )
