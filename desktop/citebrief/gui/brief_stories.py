"""A brief of several stories in the editor: each story's heading above its sections, and the lists after
the brief's text ("Also in this folder", "Not grouped") that every export ends with too.

A story's heading is a block whose format holds the story's id (``STORY_HEADING``), so sentences read
back from the document know their story by the heading they stand under, wherever the user moves them.
The lists after the text are not the brief's sentences: their characters hold ``END_LIST`` and reading
the brief skips them. Each "Also in this folder" entry is a link (``story:<id>``) that brings the story
into the brief. Words the user types into the lists or after them are the user's own text: the editor
types them without the lists' format, and `typed_into_lists` finds any that took it (typed over a
selection, say), so reading never drops what the user wrote. The lists are written anew after the
brief's text when it is rebuilt or reopened.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from citebrief.core.model import Brief, Story
from citebrief.export.model import ALSO_HEADING, UNGROUPED_HEADING, also_line
from citebrief.gui.brief_marks import HEADING

# Far from the properties `brief_marks` numbers one by one, so new ones there cannot collide.
STORY_HEADING = int(QTextFormat.Property.UserProperty) + 40
END_LIST = int(QTextFormat.Property.UserProperty) + 41
STORY_SCHEME = "story:"
SECTION_HEADING_SCALE = 1.2  # a sub-topic's heading, and the lists after the brief's text
STORY_HEADING_SCALE = 1.45  # a story's heading, above its sub-topics'


def story_href(story_id: str) -> str:
    return STORY_SCHEME + story_id


def parse_story_href(href: str) -> str | None:
    """The story id of an "Also in this folder" link, None for any other href."""
    story_id = href[len(STORY_SCHEME) :]
    return story_id if href.startswith(STORY_SCHEME) and story_id else None


def heading_font_size(cursor: QTextCursor, scale: float) -> float:
    return max(cursor.document().defaultFont().pointSizeF(), 9.0) * scale


def end_lines(brief: Brief) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(line, story id or "")]) of each list after the brief's text that has lines."""
    also = [(also_line(s.heading, s.source_count), s.id) for s in brief.stories if not s.shown]
    refs = {ref.id: ref for ref in brief.sources}
    ungrouped = [(refs[sid].relpath or refs[sid].title or sid, "") for sid in brief.ungrouped if sid in refs]
    lists = [(ALSO_HEADING, also), (UNGROUPED_HEADING, ungrouped)]
    return [(heading, lines) for heading, lines in lists if lines]


def insert_end_lists(cursor: QTextCursor, brief: Brief, link_color: QColor | None) -> None:
    """The stories the brief had no room for, each a link that brings it in, and the files in no story."""
    for heading, lines in end_lines(brief):
        block = QTextBlockFormat()
        block.setTopMargin(16)
        block.setBottomMargin(4)
        block.setHeadingLevel(2)
        char = QTextCharFormat()
        char.setProperty(END_LIST, True)
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(heading_font_size(cursor, SECTION_HEADING_SCALE))
        cursor.insertBlock(block, char)
        cursor.insertText(heading, char)
        for line, story_id in lines:
            entry = QTextBlockFormat()
            entry.setBottomMargin(2)
            entry.setIndent(1)
            fmt = QTextCharFormat()
            fmt.setProperty(END_LIST, True)
            if story_id:
                fmt.setAnchor(True)
                fmt.setAnchorHref(story_href(story_id))
                fmt.setToolTip("Add this story to the brief")
                fmt.setFontUnderline(True)
                if link_color is not None:
                    fmt.setForeground(link_color)
            cursor.insertBlock(entry, fmt)
            cursor.insertText(line, fmt)


def edited_headings(document: QTextDocument, stories: tuple[Story, ...]) -> tuple[Story, ...]:
    """``stories`` with the headings as the user has written them in the brief (a heading left empty
    keeps its own)."""
    if not stories:
        return stories
    written: dict[str, str] = {}
    block = document.begin()
    while block.isValid():
        story_id = block.blockFormat().property(STORY_HEADING)
        if isinstance(story_id, str) and block.blockFormat().property(HEADING):
            written.setdefault(story_id, " ".join(block.text().split()))
        block = block.next()
    return tuple(
        replace(story, heading=written[story.id]) if written.get(story.id) else story for story in stories
    )


def story_heading_block(document: QTextDocument, story_id: str) -> QTextBlock | None:
    """The heading block of a story in the document, None when the brief does not show it."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().property(STORY_HEADING) == story_id:
            return block
        block = block.next()
    return None


def also_entry_block(document: QTextDocument, story_id: str) -> QTextBlock | None:
    """The "Also in this folder" entry of a story, None when there is none."""
    href = story_href(story_id)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().anchorHref() == href:
                return block
            it += 1
        block = block.next()
    return None


def typed_into_lists(document: QTextDocument, brief: Brief) -> list[tuple[QTextBlock, list[tuple[int, int]]]]:
    """The blocks where list characters (``END_LIST``) hold more than a line the lists write, each with
    the ranges of those characters: the user typed there. (What is left of a line the user deleted part
    of is still the list's: nothing of the user's is in it.)"""
    lines = [line for heading, entries in end_lines(brief) for line in (heading, *(e for e, _ in entries))]
    if not lines:
        return []
    found = []
    block = document.begin()
    while block.isValid():
        listed: list[tuple[int, int]] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(END_LIST):
                listed.append((fragment.position(), fragment.position() + fragment.length()))
            it += 1
        at = block.position()
        text = "".join(block.text()[start - at : end - at] for start, end in listed)
        if listed and not any(text in line for line in lines):
            found.append((block, listed))
        block = block.next()
    return found


def story_link_at(document: QTextDocument, position: int) -> str | None:
    """The story of the "Also in this folder" entry holding ``position``, None elsewhere."""
    block = document.findBlock(position)
    it = block.begin()
    while not it.atEnd():
        story_id = parse_story_href(it.fragment().charFormat().anchorHref())
        if story_id is not None:
            return story_id
        it += 1
    return None
