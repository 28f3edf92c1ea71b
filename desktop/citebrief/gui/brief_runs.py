"""Reading the brief's QTextDocument: its fragments as `Run`s, gathered into brief sentences (`Entry`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument

from citebrief.gui.brief_marks import HEADING, ITEM, MARKER_CITATION, MARKER_ITEM, Run
from citebrief.gui.brief_stories import END_LIST, STORY_HEADING


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
                fmt = frag.charFormat()
                start = frag.position()
                run = Run(start, start + frag.length(), frag.text(), heading=heading, story=story)
                if fmt.hasProperty(MARKER_ITEM):
                    run.marker = (int(fmt.property(MARKER_ITEM)), int(fmt.property(MARKER_CITATION)))
                elif fmt.hasProperty(ITEM) and not heading:
                    run.item = int(fmt.property(ITEM))
                result.append(run)
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
        else:
            last.parts.append(run.text)
        last.end = run.end
    return entries
