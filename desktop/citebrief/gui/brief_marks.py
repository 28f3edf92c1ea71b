"""How the brief's text carries its citations: character-format properties and marker anchors.

A sentence's characters hold its item id (``ITEM``); a marker such as "[2]" is an anchor whose format
holds the item id and the citation's index (``MARKER_ITEM``, ``MARKER_CITATION``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

ITEM = int(QTextFormat.Property.UserProperty) + 1
MARKER_ITEM = int(QTextFormat.Property.UserProperty) + 2
MARKER_CITATION = int(QTextFormat.Property.UserProperty) + 3
HEADING = int(QTextFormat.Property.UserProperty) + 4

MAX_MARKERS = 6  # a sentence said by hundreds of sources shows six markers, not hundreds
MARKER_TEXT = re.compile(r"\[\d+\]")


@dataclass(slots=True)
class Run:
    """One fragment of the document as the brief sees it."""

    start: int
    end: int
    text: str
    item: int | None = None
    marker: tuple[int, int] | None = None  # (item id, citation index)
    heading: bool = False


def item_format(item_id: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(ITEM, item_id)
    return fmt


def marker_format(item_id: int, index: int, color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorHref(f"cite:{item_id}:{index}")
    fmt.setProperty(MARKER_ITEM, item_id)
    fmt.setProperty(MARKER_CITATION, index)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    if color is not None:
        fmt.setForeground(color)
    return fmt


def parse_href(href: str) -> tuple[int, int] | None:
    parts = href.split(":")
    if len(parts) == 3 and parts[0] == "cite" and parts[1].isdigit() and parts[2].isdigit():
        return int(parts[1]), int(parts[2])
    return None
