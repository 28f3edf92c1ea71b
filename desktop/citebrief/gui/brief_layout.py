"""Laying a brief out as text: paragraphs, section headings, sentences and their citation markers.

What `BriefDocument.set_brief` writes and what its inserts add; the formats written here are what
`brief_reading` reads back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

from citebrief.core.model import Brief, BriefItem
from citebrief.export.model import isolates
from citebrief.gui.brief_marks import (
    HEADING,
    isolate_format,
    item_format,
    marked_sources,
    marker_format,
    marker_text,
)
from citebrief.gui.brief_stories import (
    SECTION_HEADING_SCALE,
    STORY_HEADING,
    STORY_HEADING_SCALE,
    heading_font_size,
)
from citebrief.gui.new_marks import new_format
from citebrief.gui.paragraphs import paragraph_starts


def paragraph_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(10)
    fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def insert_heading(cursor: QTextCursor, title: str, first: bool, *, story_id: str | None = None) -> None:
    """A sub-topic's heading, or with ``story_id`` a story's, a level above its sub-topics'."""
    block = QTextBlockFormat()
    block.setProperty(HEADING, True)
    if story_id is not None:
        block.setProperty(STORY_HEADING, story_id)
    story = story_id is not None
    top, bottom, level, scale = (18, 6, 1, STORY_HEADING_SCALE) if story else (8, 4, 2, SECTION_HEADING_SCALE)
    block.setTopMargin(0 if first else top)
    block.setBottomMargin(bottom)
    block.setHeadingLevel(level)
    char = QTextCharFormat()
    char.setFontWeight(QFont.Weight.Bold)
    char.setFontPointSize(heading_font_size(cursor, scale))
    if first:
        cursor.setBlockFormat(block)
        cursor.setCharFormat(char)
    else:
        cursor.insertBlock(block, char)
    cursor.insertText(title, char)


def insert_text(cursor: QTextCursor, item_id: int, text: str, *, new: bool = False) -> None:
    """A sentence's text, isolated when it needs it."""
    opening, closing = isolates(text)
    if opening:
        cursor.insertText(opening, isolate_format(item_id))
    cursor.insertText(text, new_format(item_id) if new else item_format(item_id))
    if closing:
        cursor.insertText(closing, isolate_format(item_id))


def insert_item(
    cursor: QTextCursor, item_id: int, item: BriefItem, numbers: dict[str, int], color: QColor | None
) -> None:
    insert_text(cursor, item_id, item.text, new=item.new)
    # One marker per source, reading in ascending order ("[2][3][4]"); each keeps the index of its
    # source's first citation, so the sentence the text was taken from is still the first.
    shown, _hidden = marked_sources(item.citations)
    for j in sorted(shown, key=lambda j: (numbers.get(item.citations[j].source_id, 0), j)):
        cursor.insertText(marker_text(0), marker_format(item_id, j, color))


def lay_out(
    cursor: QTextCursor, brief: Brief, register: Callable[[BriefItem], int], color: QColor | None
) -> list[int]:
    """Write ``brief``'s items (under their story and section headings) at ``cursor``, in an empty
    document; the item ids ``register`` gave them, in the brief's order."""
    cursor.setBlockFormat(paragraph_format())
    section: str | None = None
    first_block = True
    numbers = {source_id: n for n, source_id in enumerate(brief.cited_source_ids(), start=1)}
    starts = paragraph_starts(brief.items)
    headings = {story.id: story.heading for story in brief.stories}
    story: str | None = None
    ids: list[int] = []
    for index, item in enumerate(brief.items):
        if item.story in headings and item.story != story:  # several stories: each under its heading
            story, section = item.story, None
            insert_heading(cursor, headings[story], first_block, story_id=story)
            first_block = False
        if item.section != section:
            section = item.section
            if section:
                insert_heading(cursor, section, first_block)
                first_block = False
            if not first_block:
                cursor.insertBlock(paragraph_format(), QTextCharFormat())
            first_block = False
        elif starts[index]:
            cursor.insertBlock(paragraph_format(), QTextCharFormat())
        elif index:
            cursor.insertText(" ", QTextCharFormat())
        ids.append(register(item))
        insert_item(cursor, ids[-1], item, numbers, color)
    return ids
