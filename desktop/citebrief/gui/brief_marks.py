"""How the brief's text carries its citations: character-format properties and marker anchors.

A sentence's characters hold its item id (``ITEM``); a marker such as "[2]" is an anchor whose format
holds the item id and the citation's index (``MARKER_ITEM``, ``MARKER_CITATION``). The invisible bidi
isolates around a sentence that needs them are marked ``ISOLATE``: they are presentation, never text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

from citebrief.core.model import Citation

ITEM = int(QTextFormat.Property.UserProperty) + 1
MARKER_ITEM = int(QTextFormat.Property.UserProperty) + 2
MARKER_CITATION = int(QTextFormat.Property.UserProperty) + 3
HEADING = int(QTextFormat.Property.UserProperty) + 4
ISOLATE = int(QTextFormat.Property.UserProperty) + 5

MAX_MARKERS = 6  # a sentence said by hundreds of sources shows six markers, not hundreds
# A word joiner glues each marker to what comes before it, so a sentence's markers never wrap apart
# from it or from each other.
GLUE = "\u2060"
MARKER_TEXT = re.compile(GLUE + r"?\[\d+\]")


def marker_text(number: int) -> str:
    return f"{GLUE}[{number}]"


def marked_sources(citations: tuple[Citation, ...]) -> tuple[list[int], list[str]]:
    """One marker per cited source: the index of each shown source's first citation (at most
    `MAX_MARKERS`), and the sources beyond them, which the last marker tells of."""
    firsts: dict[str, int] = {}
    for j, cit in enumerate(citations):
        firsts.setdefault(cit.source_id, j)
    sources = list(firsts)
    return [firsts[sid] for sid in sources[:MAX_MARKERS]], sources[MAX_MARKERS:]


@dataclass(slots=True)
class Run:
    """One fragment of the document as the brief sees it."""

    start: int
    end: int
    text: str
    item: int | None = None
    marker: tuple[int, int] | None = None  # (item id, citation index)
    heading: bool = False
    isolate: bool = False  # bidi isolate marks around the sentence ``item``, not part of its text
    story: str | None = None  # the story id of a story's heading (see `brief_stories`)


def item_format(item_id: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(ITEM, item_id)
    return fmt


def isolate_format(item_id: int) -> QTextCharFormat:
    fmt = item_format(item_id)
    fmt.setProperty(ISOLATE, True)
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
